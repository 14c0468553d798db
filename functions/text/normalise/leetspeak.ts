const L = (ch: string): number => ch.codePointAt(0)!;

/** Digits and symbols that stand for Latin letters inside a word that also has letters ("sh1t", "a$$", "b@stard"). */
export const LEET_TO_LATIN = new Map<number, number>([
  [L('0'), L('o')], [L('1'), L('i')], [L('3'), L('e')], [L('4'), L('a')], [L('5'), L('s')], [L('7'), L('t')],
  [L('$'), L('s')], [L('@'), L('a')], [L('!'), L('i')], [L('|'), L('l')],
]);

/** `1` reads as `l` after i or l before anything but a vowel ("ki11"), as `i` elsewhere ("sh1t", "k1ll", "cogl10ne"). */
export const ONE = L('1');
export const LOWER_I = L('i');
export const LOWER_L = L('l');
export const LATIN_VOWELS = new Set([...'aeiou'].map(L));
