/**
 * wink's tokenizer takes time quadratic in the length of a run of characters without white space
 * (measured: 10,000 characters 0.2 s, 40,000 characters 12 s). Real words and most URLs are
 * shorter than this; longer runs (base64 blobs, ASCII art, hyphen chains) are handed to wink cut
 * into pieces of this many characters (UTF-16 units), which keeps any run linear (a few ms a piece at most).
 */
export const MAX_WINK_RUN_CHARS = 300;

/**
 * Most tokens in one sentence: a longer run (a text without punctuation or line breaks, a table
 * flattened to one line) is cut into sentences of this many tokens, at white space (or at twice this
 * many, inside a run of glued tokens). Later stages compare the tokens and mentions of a sentence with
 * each other, so their work grows with the square of a sentence's length: the cap keeps it linear in
 * the text's. The longest sentence of 44,483 in the PolNeAR and India police development texts has
 * 220 tokens; only 5 have more than 100.
 */
export const MAX_SENTENCE_TOKENS = 300;

/**
 * Words of a headline glued to the sentence or dateline after it ("Court Convicts Friend of Boston Bombing
 * Suspect A court has ..."): at least this many, so that a name and a capitalised "The" in a line's first
 * words ("Officials in The Hague") are not read as one.
 */
export const MIN_GLUED_HEADLINE_WORDS = 3;

/** At most this many: headlines run 6-14 words (the clean stage's MAX_HEADLINE_WORDS has the same bound). */
export const MAX_GLUED_HEADLINE_WORDS = 16;

/**
 * After a title-case headline and the capitalised opener of its body, the body's first word in lower case
 * must come within this many tokens ("... in Syria The Russian Defence Ministry said": 4): a name of up to
 * six or seven words first.
 */
export const TITLE_BODY_REACH_TOKENS = 8;
