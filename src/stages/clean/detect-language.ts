import { LANGUAGE_SAMPLE_CHARS, MIN_OTHER_FUNCTION_WORDS, MIN_WORDS_FOR_SHARE_TEST, MAX_NON_LATIN_LETTER_SHARE, MIN_ENGLISH_FUNCTION_WORD_SHARE, MIN_WORDS_FOR_LANGUAGE_CHECK } from "./heuristics.js";

export interface LanguageVerdict {
  readonly english: boolean;
  /** Why, in words, for the `empty` reason. */
  readonly reason: string;
}

const WORD = /[\p{L}’']+/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/**
 * A cheap English check: the share of words that are English function words, and the share of
 * letters outside the Latin script. Too-short texts pass (there is nothing to judge).
 */
export function detectEnglish(fullText: string, words: { englishFunctionWords: ReadonlySet<string>; otherFunctionWords: ReadonlySet<string> }): LanguageVerdict {
  const text = fullText.length > LANGUAGE_SAMPLE_CHARS ? fullText.slice(0, LANGUAGE_SAMPLE_CHARS) : fullText;
  let letters = 0;
  let nonLatin = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
      continue;
    }
    if (!LETTER.test(ch)) continue;
    letters++;
    if (!LATIN_LETTER.test(ch)) nonLatin++;
  }
  if (letters > 0 && nonLatin / letters > MAX_NON_LATIN_LETTER_SHARE) {
    return { english: false, reason: `${Math.round((100 * nonLatin) / letters)}% of letters are not Latin script` };
  }
  const tokens = text.toLowerCase().match(WORD) ?? [];
  if (tokens.length < MIN_WORDS_FOR_LANGUAGE_CHECK) return { english: true, reason: "too short to judge" };
  let english = 0;
  let other = 0;
  for (const w of tokens) {
    if (words.englishFunctionWords.has(w)) english++;
    else if (words.otherFunctionWords.has(w)) other++;
  }
  const share = english / tokens.length;
  const percent = (n: number) => `${Math.round((100 * n) / tokens.length)}%`;
  if (tokens.length >= MIN_WORDS_FOR_SHARE_TEST && share < MIN_ENGLISH_FUNCTION_WORD_SHARE) return { english: false, reason: `only ${percent(english)} of words are English function words` };
  if (other >= MIN_OTHER_FUNCTION_WORDS && other > english) return { english: false, reason: `${percent(other)} of words are function words of other languages, ${percent(english)} English ones` };
  return { english: true, reason: `${percent(english)} English function words, ${percent(other)} of other languages` };
}
