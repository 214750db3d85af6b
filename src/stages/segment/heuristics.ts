/**
 * wink's tokenizer takes time quadratic in the length of a run of characters without white space
 * (measured: 10,000 characters 0.2 s, 40,000 characters 12 s). Real words and most URLs are
 * shorter than this; longer runs (base64 blobs, ASCII art, hyphen chains) are handed to wink cut
 * into pieces of this many characters (UTF-16 units), which keeps any run linear (a few ms a piece at most).
 */
export const MAX_WINK_RUN_CHARS = 300;
