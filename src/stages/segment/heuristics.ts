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
