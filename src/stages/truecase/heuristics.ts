/**
 * Thresholds of the truecaser. Counts are word occurrences in the case corpus (CoNLL-2003 training
 * text); shares are fractions in [0, 1].
 */

/** A text is treated as all-caps when at most this share of its letters are lower case (FBIS wire copy has none). */
export const MAX_LOWER_SHARE_OF_UPPER_TEXT = 0.05;

/**
 * Letters a text with no capital must have before it is taken for a text typed in small letters (a short one, "ok"
 * or "n/a", says nothing of how its names would be written).
 */
export const MIN_LETTERS_OF_LOWER_TEXT = 20;

/** A corpus sentence whose letters are at least this share upper case is a headline: its casing says nothing. */
export const MIN_UPPER_SHARE_OF_HEADLINE = 0.6;

/** Occurrences (not sentence-initial) a word needs before its corpus casing is trusted; rarer words fall to the unknown-word rule. */
export const MIN_WORD_OCCURRENCES = 2;

/** Shortest unknown word capitalised as a name; shorter unknown words are lower-cased (mostly Spanish particles and typos). */
export const MIN_UNKNOWN_NAME_LENGTH = 3;
