import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The project README, whose generated sections sit between `<!-- name:start -->` and `<!-- name:end -->`. */
export const README_PATH = resolve(import.meta.dirname, '../../README.md');

/** Replaces what lies between the named markers, keeping the markers and everything outside them. */
export const replaceMarkedBlock = (document: string, marker: string, content: string): string => {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const startAt = document.indexOf(start);
  const endAt = document.indexOf(end, startAt + start.length);
  if (startAt === -1 || endAt === -1) throw new Error(`markers ${start} ... ${end} not found in order`);
  return `${document.slice(0, startAt + start.length)}\n${content.trim()}\n${document.slice(endAt)}`;
};

/** Rewrites one marked block of a file in place. */
export const writeMarkedBlock = (file: string, marker: string, content: string): void => {
  writeFileSync(file, replaceMarkedBlock(readFileSync(file, 'utf8'), marker, content));
};
