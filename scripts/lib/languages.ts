import { LANGUAGES, type Language } from '../../functions/policy/rules';

/** Type guard for language codes read from data files. */
export const isLanguage = (lang: string): lang is Language => (LANGUAGES as readonly string[]).includes(lang);
