import { isCapitalised } from "../../models/ner/features.js";
import { mapped } from "../../core/keep.js";
import { TITLE_CASE_MIN_SHARE, TITLE_CASE_MIN_WORDS } from "./heuristics.js";

/**
 * How an article writes each word where case carries meaning (not in headlines, not first in a
 * sentence). The tagger leans on capitals, so title-case headlines and sentence-initial common
 * words mislead it; the rest of the article says which capitals are names.
 */
export interface CaseEvidence {
  /** Lower-cased words the article writes in lower case. */
  readonly lower: ReadonlySet<string>;
  /** Lower-cased words the article writes capitalised where capitals mean a name. */
  readonly capitalised: ReadonlySet<string>;
  /** Per sentence: written in title case (a headline whose common words the article's casing can restore). */
  readonly titleCase: readonly boolean[];
  /** Per sentence: written in capitals or in title case, so its case says nothing. */
  readonly headline: readonly boolean[];
}

const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const DIGIT = /\d/;

/** Whether a word starts with a letter; ASCII answered without a regular expression (most words). */
function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_START.test(w);
}

/** Whether a word starts with an upper-case letter; ASCII answered without a regular expression. */
export function startsUpperCase(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(w);
}

export function isTitleCase(words: readonly string[]): boolean {
  // Result tables and score lines ("Hove : Sussex 363 ( W. Athey 111 )") are capitalised too, but they are lists of names.
  if (isCapitalised(words)) return false;
  for (const w of words) if (DIGIT.test(w)) return false;
  let n = 0;
  let upper = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!startsWithLetter(w)) continue;
    n++;
    if (startsUpperCase(w)) upper++;
  }
  return n >= TITLE_CASE_MIN_WORDS && upper / n >= TITLE_CASE_MIN_SHARE;
}

export function gatherCaseEvidence(words: readonly (readonly string[])[]): CaseEvidence {
  const titleCase = mapped(words, isTitleCase);
  const headline = mapped(words, (ws, s) => titleCase[s]! || isCapitalised(ws));
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  words.forEach((ws, s) => {
    if (headline[s]) return;
    ws.forEach((w, i) => {
      if (!startsWithLetter(w)) return;
      if (!startsUpperCase(w)) lower.add(w);
      else if (i > 0 && !/^["'(:]$/.test(ws[i - 1]!)) capitalised.add(w.toLowerCase());
    });
  });
  return { lower, capitalised, titleCase, headline };
}

/** Whether the article writes this capitalised word in lower case and never as a name elsewhere. */
export function isCommonWord(word: string, evidence: CaseEvidence): boolean {
  const lower = word.toLowerCase();
  return evidence.lower.has(lower) && !evidence.capitalised.has(lower);
}

/**
 * Title-case headlines, rewritten for the tagger with the article's own casing: "Won't Be at
 * Debate" becomes "won't be at debate" when the article writes those words in lower case.
 * All-capital headlines are left alone: the training data has them, and the tagger has features for them.
 */
export function recaseTitleCaseHeadlines(words: readonly string[][], evidence: CaseEvidence): string[][] {
  return mapped(words, (ws, s) => {
    if (!evidence.titleCase[s]) return ws;
    return mapped(ws, (w) => (startsUpperCase(w) && isCommonWord(w, evidence) ? w.toLowerCase() : w));
  });
}
