import type { Lexicon } from './types';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { pt } from './pt';
import { ru } from './ru';
import { zh } from './zh';

/** Every language's lexicon: the engine matches all of them on every text (messages mix languages). */
export const LEXICONS: readonly Lexicon[] = [en, es, fr, de, it, pt, ru, ja, zh, ko, ar, hi];
