/**
 * Every threshold of the clean stage, with its unit and the reason for its value.
 */

/**
 * A standalone line without final punctuation and at most this many words, between paragraphs, is a
 * stray headline. Headlines run 6-14 words (the founding article's two related-story headlines have 8
 * and 12); real body paragraphs that lack final punctuation are rare and usually much longer.
 */
export const MAX_HEADLINE_WORDS = 16;

/**
 * The first line of a plain-text article is its title (not body) when it is a standalone line without
 * final punctuation of at most this many words; longer first lines are body text missing a period.
 */
export const MAX_TITLE_WORDS = 25;

/**
 * Hard-wrapped text (MUC-4 wires, e-mailed copy) has lines of nearly equal length. A document is
 * hard-wrapped when at least this share of the non-final lines of multi-line paragraphs fall within
 * the wrap band below; each paragraph is then joined into one line (a line break ends a sentence
 * downstream, so wrapped lines would cut sentences).
 */
export const MIN_WRAPPED_LINE_SHARE = 0.8;

/** Width band of a wrapped line, in characters: typewriter and e-mail wraps are 60-80 columns. */
export const MIN_WRAP_WIDTH_CHARS = 40;
export const MAX_WRAP_WIDTH_CHARS = 100;

/** Multi-line paragraphs needed before wrapping is judged (one paragraph says nothing about style). */
export const MIN_WRAPPED_PARAGRAPHS = 2;

/** Below this many words the language check is skipped: too few words to judge. */
export const MIN_WORDS_FOR_LANGUAGE_CHECK = 12;

/**
 * Below this share of English function words (data/lexicons/clean/english-function-words.tsv) a text
 * is not English whatever else it contains. English news measures 0.2-0.45 on the development corpora,
 * but name-heavy photo captions in LGL go down to 0.09; foreign prose measures about 0.01. The main
 * test is the comparison with other languages' function words (other-function-words.tsv).
 */
export const MIN_ENGLISH_FUNCTION_WORD_SHARE = 0.04;

/** Share of letters outside the Latin script above which a text is not English (Arabic, Cyrillic, CJK...). */
export const MAX_NON_LATIN_LETTER_SHARE = 0.3;

/**
 * A text whose upper-case (or lower-case) letters are under this share of all letters is "caseless"
 * (india-police-events is all lower case, MUC-4 all upper case): line starts then say nothing about
 * whether a line continues a sentence. Normal English news has about 3-5% capitals.
 */
export const CASELESS_MINORITY_SHARE = 0.01;

/** Characters of the text the language check reads: a few paragraphs tell the language; reading 10 MB would not tell more. */
export const LANGUAGE_SAMPLE_CHARS = 5000;

/**
 * The share test needs this many words: a one-sentence snippet can lack every listed function word
 * (CASE 2021 snippet 605: "Black-clad rioters set fire on a street in Sai Wan Ho in South China's
 * Hong Kong, November 11, 2019"). Shorter texts are judged by the comparison with other languages only.
 */
export const MIN_WORDS_FOR_SHARE_TEST = 30;

/** Function words of other languages needed before a text is called foreign: one "de" or "la" is a name. */
export const MIN_OTHER_FUNCTION_WORDS = 2;

/**
 * A text that is a single line longer than this many words is never removed as boilerplate: it is
 * the article (LGL has one-line articles made of captions with photo credits). A lone short line
 * ("Advertisement") still is.
 */
export const MAX_SOLE_LINE_BOILERPLATE_WORDS = 12;

/**
 * This many consecutive headline-shaped lines (no final punctuation, at most MAX_HEADLINE_WORDS words)
 * are a list of headlines (a related-stories box, an index page), removed even inside running text.
 * Two in a row are often a title and a standfirst; three unpunctuated short lines in a row were not
 * seen in the body text of the development corpora (see docs/robustness.md).
 */
export const MIN_HEADLINE_LIST_LINES = 3;
