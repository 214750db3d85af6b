import type { BoilerplateRule } from "./resources.js";
import { MAX_HEADLINE_WORDS, MAX_SOLE_LINE_BOILERPLATE_WORDS, MAX_TITLE_WORDS } from "./heuristics.js";
import { compilePattern } from "../../lexicons/compile-pattern.js";

/** One line (or one unwrapped paragraph) of the article, with what the classifier needs to know around it. */
export interface LineContext {
  /** The line, white space normalised. */
  readonly text: string;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  /** A blank line (or the start of the text) separates it from the line before. */
  readonly blankBefore: boolean;
  readonly blankAfter: boolean;
  /** The previous line's text ("" at the start). */
  readonly previous: string;
  /** The next line's text ("" at the end). */
  readonly next: string;
  /** The whole text is in one case (all lower or all upper), so capitals say nothing about structure. */
  readonly caseless: boolean;
}

export interface LineVerdict {
  readonly reason: string;
  readonly rule: string;
}

const FINAL_PUNCTUATION = /(?:[.!?…:;"”’'»]|[.!?"”’']\s*[)\]])$/u;
/** A line ending like this continues on the next line. */
const CONTINUATION_END = /[,\-–—/&(]$|\b(?:and|or|the|of|to|a|an|in|for|with|by)$/iu;
/** "KABUL, Oct 10 (Reuters) --", "EL SALVADOR, 2 NOVEMBER 1989", "UNITED NATIONS (AP) _": a dateline, which later stages read for place and date. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{0,39}[\p{Lu}\p{M}.'’-](?:,\s.*(?:\d|\(|--|—)|\s*\([^)]{1,40}\)\s*(?:[-_–—:]+\s*)?$|\s*(?:--|[_–—])\s*$)/u;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?";
/** A line that is only a date ("30 January 1990", "Sunday, October 10, 2021"): the dates stage reads it. */
const DATE_ONLY = compilePattern(`^(?:\\p{L}+,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{2,4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})$`, "iu", "clean: date-only line");
/** Bracketed editorial notes of wire transcripts ("[CONTINUED]") end lines that are not headlines. */
const BRACKET_END = /\]$/;
/** A sentence ending inside the line ("... the programme. the meeting ..."): running prose, not a headline. */
const SENTENCE_BREAK = /\p{L}{2}[.!?]["”’]?\s+\S/u;
const BULLET = /^(?:[-–—•*·▪►]|\d{1,2}[.)])\s/u;

/**
 * Decides whether a line is boilerplate, and why: first the lexicon of boilerplate lines (kickers,
 * promos, bylines, captions...), then the general stray-headline rule: a short standalone line with no
 * final punctuation, set apart from the paragraphs around it. Returns null to keep the line.
 */
export function classifyLine(line: LineContext, rules: readonly BoilerplateRule[]): LineVerdict | null {
  const words = countWords(line.text);
  // A text that is one long line is the article, whatever its tail looks like (LGL stores whole
  // caption-like articles ending in "(Greg Trotter / News-Leader)" as one line).
  if (line.isFirst && line.isLast && words > MAX_SOLE_LINE_BOILERPLATE_WORDS) return null;
  for (const rule of rules) {
    if (words <= rule.maxWords && rule.pattern.test(line.text)) {
      // A kicker on the first line ("Analysis: ...", "Poll: ...") heads this article, not another one.
      const ownTitle = line.isFirst && !line.isLast && rule.reason === "related-story headline";
      return { reason: ownTitle ? "headline" : rule.reason, rule: rule.id };
    }
  }
  // In one-case text (MUC-4 wires, lower-cased archives) a short unpunctuated line is as often a
  // signature or a date as a headline: only the lexicon's explicit patterns apply there.
  if (line.caseless) return null;
  if (!isHeadlineShaped(line.text, words, line.caseless)) return null;
  if (line.isFirst && !line.isLast && words <= MAX_TITLE_WORDS && (line.blankAfter || startsParagraph(line.next, line.caseless))) {
    return { reason: "headline", rule: "clean:title-line" };
  }
  if (words > MAX_HEADLINE_WORDS || line.isFirst) return null;
  if (!isSetApart(line)) return null;
  return { reason: "related-story headline", rule: "clean:stray-headline" };
}

/**
 * A line that could be one item of a list of headlines (a related-stories box, an index page): headline
 * shaped and no longer than a headline. In one-case text such a line is as often a signature or a
 * date, so the caller decides how much to trust it there.
 */
export function isHeadlineListItem(text: string, caseless: boolean): boolean {
  const words = countWords(text);
  return words <= MAX_HEADLINE_WORDS && isHeadlineShaped(text, words, caseless);
}

/** No final punctuation, not a list item, not a continuation, starts like a headline. */
function isHeadlineShaped(text: string, words: number, caseless: boolean): boolean {
  if (words < 3) return false;
  if (FINAL_PUNCTUATION.test(text) || CONTINUATION_END.test(text) || BRACKET_END.test(text)) return false;
  if (BULLET.test(text) || DATELINE.test(text) || DATE_ONLY.test(text) || SENTENCE_BREAK.test(text)) return false;
  // A headline starts with a capital, a digit or a quote; a lower-case start continues a sentence
  // (unless the whole text is in one case, as in some archives: then case says nothing).
  return caseless || !/^\p{Ll}/u.test(text);
}

/**
 * Between paragraphs: a blank line (or the text's edge) on both sides, or a previous line that ended
 * its sentence and a next line that starts a new one. A line inside running text is never removed.
 */
function isSetApart(line: LineContext): boolean {
  // A line after "the following:" is a list item or the announced text, not furniture.
  if (/:$/.test(line.previous)) return false;
  const before = line.blankBefore || FINAL_PUNCTUATION.test(line.previous);
  const after = line.isLast || line.blankAfter || startsParagraph(line.next, line.caseless);
  return before && after;
}

/** In caseless text only a blank line says a paragraph starts; elsewhere a capital (or a quote, digit...) does. */
function startsParagraph(next: string, caseless: boolean): boolean {
  return next === "" || (!caseless && !/^\p{Ll}/u.test(next));
}

/** Words of a white-space-normalised line: runs between single spaces that hold a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      if (inWord && hasAlnum) n++;
      inWord = false;
      hasAlnum = false;
    } else {
      inWord = true;
      if (!hasAlnum && (c >= 0x80 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) hasAlnum = true;
    }
  }
  return n;
}
