/**
 * Every threshold of the ingest stage, in one place, with its unit and the reason for its value.
 */

/** Default input size limit in bytes (10 MB): a long news article is ~50 kB of HTML text, a bloated page ~3 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Default time limit for a URL fetch in milliseconds, headers and body together. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

/**
 * The largest delay Node's timers take (2^31 - 1 ms, about 24.8 days): a longer one fires at once
 * with a warning, and past 2^32 - 1 AbortSignal.timeout throws. Time limits are checked against it.
 */
export const MAX_TIMER_MS = 2_147_483_647;

/** Content encodings a fetch asks for; each is decoded with node:zlib and the size limit applies after decoding. */
export const ACCEPTED_ENCODINGS = "gzip, deflate, br";

/** Redirects followed before giving up; each hop's address is re-checked. Browsers allow 20, news sites need 2-3. */
export const MAX_REDIRECTS = 5;

/** Bytes inspected to tell binary from text: enough for a file header and the start of a body. */
export const BINARY_SNIFF_BYTES = 8192;

/** Share of control characters (other than tab/CR/LF/FF) in the sniffed bytes above which input is binary. */
export const MAX_CONTROL_CHAR_RATIO = 0.1;

/**
 * Share of the decoded windows-1252 text that may be C1/odd symbols before the latin1 fallback is
 * refused: a real latin1 article has a few accented letters; random bytes give many symbols.
 */
export const MAX_LATIN1_ODD_CHAR_RATIO = 0.02;

/**
 * A block whose text is at least this share link text is a related-story list or a navigation
 * remnant, not body text (the founding article's HTML has a <p> that is one link to another story).
 * Readability's own cut-off for link density is 0.5 for whole containers; a body paragraph with one
 * or two inline links stays far below 0.5.
 */
export const MAX_BODY_LINK_DENSITY = 0.5;

/** A link-dense block longer than this many words is kept: long link-heavy paragraphs are rare but are text. */
export const MAX_LINK_BLOCK_WORDS = 40;

/** Readability's minimum article length in characters; below it, it falls back to the whole page. */
export const READABILITY_CHAR_THRESHOLD = 300;

/**
 * An element whose class or id names it as furniture ("share", "related", "promo"...) is dropped
 * only when it holds at most this many non-space characters (or is mostly links): a whole article
 * body can carry such a class ("story-body share-enabled"), a share bar or promo box is short.
 */
export const MAX_FURNITURE_CHARS = 600;

/**
 * Share of code units whose high (or low) byte is zero above which BOM-less input is read as UTF-16:
 * English text in UTF-16 has a zero high byte in nearly every unit; binary files have zeros on both sides.
 */
export const MIN_UTF16_ZERO_SHARE = 0.7;

/**
 * A heading of at least this many words ending with sentence punctuation is a standfirst (a summary
 * paragraph set as <h2>, as on CNN pages), kept as text; shorter or unpunctuated headings ("Kenya
 * trip", "Analysis: Jon Sopel, BBC News") are section furniture and are dropped.
 */
export const MIN_STANDFIRST_WORDS = 8;

/**
 * Element nesting depth above which Readability is skipped and the whole body is read as the article.
 * News pages nest 15-40 elements deep; Readability's time grows with the square of the depth or worse
 * (0.1 s at 100 levels, 1.3 s at 400, 20 s at 1,000), so a hostile or broken page would stall a worker.
 */
export const MAX_READABILITY_DEPTH = 100;

/**
 * Element nesting depth above which a page is refused (INPUT_UNREADABLE_HTML): the paragraph walk
 * recurses once per level, and no real page comes near this; only generated or hostile markup does.
 */
export const MAX_HTML_DEPTH = 2000;

/**
 * Elements (start tags) above which Readability is skipped and the whole body is read as the article.
 * A news page has 1,000-5,000 elements; Readability takes ~40 µs an element (100,000 take it 4 s).
 */
export const MAX_READABILITY_ELEMENTS = 30_000;
