/**
 * The decimal digits people type, in every block the engine reads: ASCII first, then full-width (which NFKC
 * folds, but the reader of sums reads the original text: "借我２０００"), Arabic-Indic, Persian, Devanagari and
 * the other Indic, Thai, Lao and Myanmar blocks NFKC leaves alone. One list, so the normaliser, the reader
 * of sums and the sentence checks agree on what a digit is.
 */
export const DIGIT_ZEROS: readonly number[] = [0x30, 0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040];

/** The value of a digit code point, or -1 for any other. */
export const digitOf = (code: number): number => {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
};

export const isDigit = (code: number): boolean => digitOf(code) >= 0;
