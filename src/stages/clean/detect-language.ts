import {
  LANGUAGE_SAMPLE_CHARS,
  MAX_NON_LATIN_LETTER_SHARE,
  MIN_ENGLISH_FUNCTION_WORD_SHARE,
  MIN_OTHER_FUNCTION_WORDS,
  MIN_WORDS_FOR_LANGUAGE_CHECK,
  MIN_WORDS_FOR_SHARE_TEST,
} from "./heuristics.js";

export interface LanguageVerdict {
  readonly english: boolean;
  /** Why, in words, for the `empty` reason. */
  readonly reason: string;
}

export interface FunctionWords {
  readonly englishFunctionWords: ReadonlySet<string>;
  readonly otherFunctionWords: ReadonlySet<string>;
}

const LETTER = /\p{L}/u;

/**
 * A cheap English check: the share of letters outside the Latin script, the share of words that are
 * English function words, and whether function words of other languages outnumber English ones.
 * Reads a sample from the start of the text; too-short texts pass (there is nothing to judge).
 */
export function detectEnglish(fullText: string, words: FunctionWords): LanguageVerdict {
  const text = fullText.length > LANGUAGE_SAMPLE_CHARS ? fullText.slice(0, LANGUAGE_SAMPLE_CHARS) : fullText;
  const { letters, nonLatin } = countLetters(text);
  if (letters > 0 && nonLatin / letters > MAX_NON_LATIN_LETTER_SHARE) {
    return { english: false, reason: `${Math.round((100 * nonLatin) / letters)}% of letters are not Latin script` };
  }
  // Latin-script words (runs of ASCII and Latin-1/Extended-A/B letters, with apostrophes: isLatinWordChar) read off the lower-cased sample in one scan, counted as they come: no array of every word.
  const lower = text.toLowerCase();
  // A word longer than every function word is in neither list: counted, not cut out and looked up.
  const longest = Math.max(longestWord(words.englishFunctionWords), longestWord(words.otherFunctionWords));
  let count = 0;
  let english = 0;
  let shared = 0;
  let other = 0;
  for (let i = 0; i < lower.length; ) {
    if (!isLatinWordChar(lower.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < lower.length && isLatinWordChar(lower.charCodeAt(i))) i++;
    count++;
    if (i - start > longest) continue;
    const w = lower.slice(start, i);
    if (words.englishFunctionWords.has(w)) english++;
    else if (SHARED_FUNCTION_WORDS.has(w)) shared++;
    // "El Fasher", "Abu Bakr al-Baghdadi", "von der Leyen", "Barra da Tijuca": a word of another language that opens
    // a capitalised name is part of that name, not prose of that language.
    else if (words.otherFunctionWords.has(w) && !opensName(text, i)) other++;
  }
  if (count < MIN_WORDS_FOR_LANGUAGE_CHECK) return { english: true, reason: "too short to judge" };
  // The share test counts the words English shares with other languages: "Gunmen stormed a Fulani settlement in Plateau
  // state on Tuesday, killing seven herders." has no word of the English list, and notes like it three times over were
  // judged foreign. Foreign prose stays under the share with them, and the comparison below tells it apart.
  const share = (english + shared) / count;
  const percent = (n: number) => `${Math.round((100 * n) / count)}%`;
  if (count >= MIN_WORDS_FOR_SHARE_TEST && share < MIN_ENGLISH_FUNCTION_WORD_SHARE) {
    return { english: false, reason: `only ${percent(english + shared)} of words are English function words` };
  }
  if (other >= MIN_OTHER_FUNCTION_WORDS && other > english) {
    return { english: false, reason: `${percent(other)} of words are function words of other languages, ${percent(english)} English ones` };
  }
  return { english: true, reason: `${percent(english)} English function words, ${percent(other)} of other languages` };
}

/**
 * English function words that other languages also write ("a" in Spanish and Italian, "in" in German and Dutch, "on" in
 * French), left out of both lists: counted for the share of English words only, never against another language.
 */
const SHARED_FUNCTION_WORDS: ReadonlySet<string> = new Set(["a", "an", "in", "on", "as"]);

/** Whether the word ending at `end` is followed (past spaces and a hyphen) by a capital letter: it opens a name. */
function opensName(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45)) j++;
  if (j === end || j >= text.length) return false;
  const c = text[j]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The length of a list's longest word, found once per list. */
const longestWords = new WeakMap<ReadonlySet<string>, number>();
function longestWord(list: ReadonlySet<string>): number {
  let longest = longestWords.get(list);
  if (longest === undefined) {
    longest = 0;
    for (const w of list) longest = Math.max(longest, w.length);
    longestWords.set(list, longest);
  }
  return longest;
}

/** Whether a UTF-16 code unit is in a Latin-script word, the class [a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f’']: a-z, U+00C0-U+00D6, U+00D8-U+00F6, U+00F8-U+024F, ’ and '. */
function isLatinWordChar(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || c === 39;
  return (c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0x2019;
}

/** Letters, and letters outside the Latin script; ASCII, Latin-1 and punctuation take a fast path. */
function countLetters(text: string): { letters: number; nonLatin: number } {
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
      continue;
    }
    if (c <= 0x24f) {
      if (c !== 0xd7 && c !== 0xf7) letters++;
      continue;
    }
    if ((c >= 0x2000 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)) continue; // punctuation; surrogate halves (emoji, rare scripts) skipped
    if (LETTER.test(text.charAt(i))) {
      letters++;
      // Latin Extended Additional (Vietnamese) and similar stay Latin.
      if (!(c >= 0x1e00 && c <= 0x1eff)) nonLatin++;
    }
  }
  return { letters, nonLatin };
}
