import type { ParsingContext } from "chrono-node";
import type { DatePrecision } from "../../core/layers.js";
import { alternationOf, type DateLexicon } from "./date-lexicon.js";
import type { Day } from "./calendar.js";
import { FUTURE_CUE_WORDS_AFTER, FUTURE_CUE_WORDS_BEFORE } from "./heuristics.js";
import { compilePattern } from "../../lexicons/compile-pattern.js";

/** The date word tables compiled once into regex sources and lookups that every parser shares. */
export interface CompiledWords {
  readonly lexicon: DateLexicon;
  /** A count: digits, number words ("twenty-four"), or vague quantities ("several"). */
  readonly count: string;
  readonly unit: string;
  readonly season: string;
  readonly partOfDay: string;
  readonly month: string;
  readonly weekday: string;
  readonly futureCue: RegExp;
  /** Cues that speak of the future only before the date ("said he would visit on Wednesday", not "said Friday that he would"). */
  readonly futureCueBefore: RegExp | null;
  /** The number a count stands for, "X" for a vague count, null when it is not a count. */
  parseCount(text: string): number | "X" | null;
  unitCode(word: string): string | undefined;
}

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8],
  ["september", 9], ["sept", 9], ["sep", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6],
]);

export function compileWords(lexicon: DateLexicon): CompiledWords {
  const small = [...lexicon.numbers.entries()].filter(([, v]) => /^\d+$/.test(v) && Number(v) < 10 && Number(v) > 0).map(([w]) => w);
  const tens = [...lexicon.numbers.entries()].filter(([, v]) => /^\d+$/.test(v) && Number(v) >= 20 && Number(v) < 100).map(([w]) => w);
  const words = [...lexicon.numbers.keys()];
  const count = `(?:\\d+(?:\\.\\d+)?|(?:${alternationOf(tens)})[\\s-](?:${alternationOf(small)})|${alternationOf(words)})`;
  const cueWords = (before: boolean) => [...lexicon.futureCues].filter(([, v]) => (v === BEFORE_ONLY) === before).map(([w]) => w);
  const cuePattern = (cues: readonly string[], name: string) => {
    const glued = cues.filter((c) => c.startsWith("'"));
    const free = cues.filter((c) => !c.startsWith("'"));
    return compilePattern(`(?:(?<![\\w])(?:${alternationOf(free)})(?![\\w])${glued.length ? `|(?:${alternationOf(glued)})(?![\\w])` : ""})`, "i", name);
  };
  const futureCue = cuePattern(cueWords(false), "dates: future cue");
  const beforeOnly = cueWords(true);
  const futureCueBefore = beforeOnly.length ? cuePattern(beforeOnly, "dates: future cue before") : null;
  return {
    lexicon,
    count,
    unit: alternationOf(lexicon.units.keys()),
    season: alternationOf(lexicon.seasons.keys()),
    partOfDay: alternationOf(lexicon.partsOfDay.keys()),
    month: `(?:${alternationOf([...MONTHS.keys()].filter((m) => m.length > 3 || m === "may"))}|(?:${alternationOf([...MONTHS.keys()].filter((m) => m.length <= 4 && m !== "may"))})\\.?)`,
    weekday: alternationOf(WEEKDAYS.keys()),
    futureCue,
    futureCueBefore,
    parseCount(text: string) {
      const t = text.toLowerCase().replace(/\s+/g, " ").trim();
      if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
      const direct = lexicon.numbers.get(t);
      if (direct !== undefined) return direct === "X" ? "X" : Number(direct);
      const parts = t.split(/[\s-]/);
      if (parts.length === 2) {
        const a = lexicon.numbers.get(parts[0]!);
        const b = lexicon.numbers.get(parts[1]!);
        if (a && b && /^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) + Number(b);
      }
      return null;
    },
    unitCode(word: string) {
      return lexicon.units.get(word.toLowerCase());
    },
  };
}

/** The dateline a chrono context was given, as a calendar day (chrono keeps it as local noon). */
export function referenceDay(context: ParsingContext): Day {
  const d = context.reference.instant;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The value of a future cue that counts only before the date expression (date-words.tsv). */
const BEFORE_ONLY = "before";

/** Whether the words around [start, end) of the sentence speak of the future ("will", "next"). */
/**
 * The marks that bound the stretch of a clause a future cue is looked for in: , ; : ( ) (by comparisons
 * rather than a Set's lookup: read for every character between a date and the nearest mark).
 */
function isClauseMark(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41;
}

/** Where the stretch holding `start` opens: after the nearest clause mark before it, else the text's start. */
export function clauseStartBefore(text: string, start: number): number {
  for (let i = start - 1; i >= 0; i--) if (isClauseMark(text.charCodeAt(i))) return i + 1;
  return 0;
}

/** Where the stretch going on from `end` closes: at the nearest clause mark from it, else the text's end. */
export function clauseEndFrom(text: string, end: number): number {
  for (let i = end; i < text.length; i++) if (isClauseMark(text.charCodeAt(i))) return i;
  return text.length;
}

export function hasFutureCue(words: CompiledWords, text: string, start: number, end: number): boolean {
  // chrono's spans may carry the punctuation around them ("Sunday,"), which is where the clause ends.
  while (end > start && /[\s,;:)）]/.test(text[end - 1]!)) end--;
  while (start < end && /[\s,;:(（]/.test(text[start]!)) start++;
  // The cue must sit in the expression's own stretch between commas: "The talks, which will resume later, began on Friday".
  // (Scanned out from the expression to the nearest mark each way, not split over the whole text: the text may be a whole document.)
  // The words are read off the text where they stand (no split of the whole stretch into an array of words).
  const before = lastWords(text, clauseStartBefore(text, start), start, FUTURE_CUE_WORDS_BEFORE);
  const after = firstWords(text, end, clauseEndFrom(text, end), FUTURE_CUE_WORDS_AFTER);
  return words.futureCue.test(before) || words.futureCue.test(after) || words.futureCue.test(text.slice(start, end)) || (words.futureCueBefore?.test(before) ?? false);
}

/** The last `n` words of text[from, to) (runs between white space, \s), joined by one space: `split(/\s+/)`'s last n words, joined. */
function lastWords(text: string, from: number, to: number, n: number): string {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  let words = 0;
  for (let i = end; i > from && words < n; ) {
    while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
    start = i;
    words++;
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  }
  return joinedWords(text, start, end);
}

/** The first `n` words of text[from, to), joined by one space: `split(/\s+/)`'s first n words, joined. */
function firstWords(text: string, from: number, to: number, n: number): string {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  let words = 0;
  for (let i = start; i < to && words < n; ) {
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    end = i;
    words++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
  }
  return joinedWords(text, start, end);
}

/** text[start, end), which starts and ends with a word, with each run of white space inside it made one space. */
function joinedWords(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || isSpace(text.charCodeAt(i + 1)))) return text.slice(start, end).replace(WHITE_SPACE_RUN, " ");
  }
  return text.slice(start, end);
}
const WHITE_SPACE_RUN = /\s+/g;

/** Whether a UTF-16 code unit is JavaScript's \s. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(String.fromCharCode(code));
}
const WHITE_SPACE = /\s/;

/** Precision of a TIMEX unit code (D, W, M, Q, Y, DE, CE, H, MIN, S). */
export function precisionOfUnit(code: string): DatePrecision {
  switch (code) {
    case "D": return "day";
    case "W": case "2W": return "week";
    case "M": return "month";
    case "Q": return "season";
    case "Y": return "year";
    case "DE": case "CE": return "decade";
    default: return "time";
  }
}

/** The TIMEX3 duration for a count of units: P2D, P3Y, PT24H, PXY. */
export function durationValue(count: number | "X", code: string): string {
  const n = count === "X" ? "X" : String(count);
  switch (code) {
    case "H": return `PT${n}H`;
    case "MIN": return `PT${n}M`;
    case "S": return `PT${n}S`;
    case "2W": return count === "X" ? "PXW" : `P${count * 2}W`;
    default: return `P${n}${code}`;
  }
}
