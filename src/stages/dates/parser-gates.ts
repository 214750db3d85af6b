import type { Parser, ParsingContext } from "chrono-node";

/**
 * chrono runs every parser's regex over every piece of text that may hold a date (~25 parsers, each
 * a scan from every position, most of them starting with a look-behind that defeats V8's fast
 * literal search): ~45% of the dates stage's CPU. Most parsers cannot match without one of a few
 * words or a digit, which a plain substring search finds many times faster. A gated parser is run
 * only where its necessary condition holds, so its results are exactly the ungated ones: a gate may
 * let through text the parser then finds nothing in, never hold back text it would match.
 *
 * Why the conditions are necessary (chrono 2.10's English patterns, case-insensitive, without the
 * `u` flag, so a letter of the pattern matches only the same ASCII letter in either case, and a
 * lower-cased text keeps every such run of ASCII letters):
 *   - the month-name parsers each require a key of chrono's MONTH_DICTIONARY ("january", "sept.",
 *     "may", ...), every one of which starts with one of the twelve three-letter stems;
 *   - the weekday parser requires a key of WEEKDAY_DICTIONARY (each starts with a weekday's three-letter
 *     stem) or "weekend"/"weekday";
 *   - the casual date and casual time parsers require one of their listed words ("last night",
 *     "tonight" and "midnight" all hold "night");
 *   - the time-expression parser requires `\d{1,4}`; the ISO and year-month-day parsers `[0-9]{4}`;
 *     the slash parsers a digit, a separator (/ . -) and a digit in a row.
 * test/dates/parser-gates.test.ts checks the stems against chrono's dictionaries and every gate
 * against the patterns of the installed chrono, so an upgrade that adds a word fails there.
 * sitrep's own parsers are gated where their pattern lists its necessary words in the same way.
 */
export interface ParserGate {
  /** Lower-case words, one of which the text must contain (as a substring of the lower-cased text). */
  readonly anyOf?: readonly string[];
  /** A linear regex the text must match (digits and separators). */
  readonly pattern?: RegExp;
  /**
   * A linear regex that opens the gate by itself where it matches; else `anyOf` and `pattern` decide.
   * For a parser whose alternatives need a digit or one of a few words ("1998", "the nineties").
   */
  readonly orPattern?: RegExp;
  /**
   * Groups of lower-case words: the text must hold every word of one group (as substrings of the
   * lower-cased text). For a parser of names of several words ("may day"), where a first word alone
   * ("may", "new", "good") is in most text.
   */
  readonly allOfOne?: readonly (readonly string[])[];
  /**
   * When set, a word of `anyOf` counts only where it opens a word of the text: at the text's start, after a
   * character that is no ASCII letter, digit or underscore (the patterns' \\W, their flags have no \`u\`), or
   * after one of these letters (in either case), which the pattern may match right before the word ("on" or
   * "this" run on to "onmonday", "thisweekend"). For a pattern that can match its word only so: chrono's
   * word-boundary parsers (a left \`(\\W|^)\`), sitrep's parsers (a left \`(?<![\\w'’])\`, the gate's words after
   * \`\\s\` or \`-\` inside). "Wednesday" is found, not the "wed" of "showed", the "mon" of "among", the "now" of "know".
   */
  readonly wordStart?: string;
}

/** A gate that is always open: a parser whose necessary words cannot be listed. */
export const OPEN: ParserGate = {};

/**
 * The gate of a pattern that cannot match without one of these words (lexicon keys, which the
 * patterns join with `\s+` between their words: alternationOf): the first word of each, lower-cased.
 * A word outside ASCII leaves the gate open: only for ASCII letters does a case-insensitive match
 * imply the lower-cased text holds the lower-cased word (no \`u\` flag: "σ" matches "ς").
 */
export function wordsGate(words: Iterable<string>): ParserGate {
  const firsts = new Set<string>();
  for (const w of words) {
    const first = w.trim().split(/[\s'’]+/)[0]!.toLowerCase();
    if (first === "" || !/^[\x20-\x7e]+$/.test(first)) return OPEN;
    firsts.add(first);
  }
  return firsts.size > 0 ? { anyOf: [...firsts] } : OPEN;
}

/**
 * The gate of a pattern that cannot match without one of these names, each written in the pattern
 * as its words joined by `\s+` with an apostrophe matching ' or ’ (alternationOf): every word of one
 * name, lower-cased, split at spaces and apostrophes ("new year's eve": "new", "year", "s", "eve").
 * As for wordsGate, a name outside ASCII leaves the gate open.
 */
export function namesGate(names: Iterable<string>): ParserGate {
  const groups: string[][] = [];
  for (const name of names) {
    // Longest word first: the one most likely to have a run of three missing from the text's table.
    const words = [...new Set(name.toLowerCase().split(/[\s'’]+/).filter((w) => w !== ""))].sort((a, b) => b.length - a.length);
    if (words.length === 0 || !words.every((w) => /^[\x21-\x7e]+$/.test(w))) return OPEN;
    groups.push(words);
  }
  // A name that holds every word of another ("new year's day", "new year") opens the gate only where that one does: dropped.
  const covers = (a: readonly string[], b: readonly string[]) => a.every((w) => b.includes(w));
  const kept = groups.filter((g, i) => !groups.some((h, j) => j !== i && covers(h, g) && (!covers(g, h) || j < i)));
  return kept.length > 0 ? { allOfOne: kept } : OPEN;
}

/**
 * A gate whose words a match can only hold where they open a word (ParserGate.wordStart): for sitrep's
 * parsers, whose matches start after a look-behind that no letter or digit passes, with every gate word at an
 * alternative's start or after \`\\s\` or \`-\`.
 */
export function atWordStart(gate: ParserGate): ParserGate {
  return gate.anyOf && !gate.pattern && !gate.orPattern && !gate.allOfOne ? { anyOf: gate.anyOf, wordStart: "" } : gate;
}

/** Gates whose words are all required somewhere: the union (a parser of several alternatives needs one word of any). */
export function eitherGate(...gates: readonly ParserGate[]): ParserGate {
  const words = new Set<string>();
  for (const g of gates) {
    if (!g.anyOf || g.pattern || g.orPattern || g.allOfOne) return OPEN;
    for (const w of g.anyOf) words.add(w);
  }
  return { anyOf: [...words] };
}

export const MONTH_STEMS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
export const WEEKDAY_STEMS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

const MONTH_NAME: ParserGate = { anyOf: MONTH_STEMS };

/** Gates of chrono's English parsers, by class name. */
export const CHRONO_PARSER_GATES: ReadonlyMap<string, ParserGate> = new Map<string, ParserGate>([
  ["ENMonthNameLittleEndianParser", MONTH_NAME],
  // The month opens the pattern after its left boundary.
  ["ENMonthNameMiddleEndianParser", { anyOf: MONTH_STEMS, wordStart: "" }],
  // "in" may run on to the month ("inMarch").
  ["ENMonthNameParser", { anyOf: MONTH_STEMS, wordStart: "n" }],
  ["ENYearMonthNameParser", MONTH_NAME],
  // "on", "this", "last", "past", "next" may run on to the weekday.
  ["ENWeekdayParser", { anyOf: [...WEEKDAY_STEMS, "weekend", "weekday"], wordStart: "nst" }],
  // "last" may run on to "night" ("last\\s*night").
  ["ENCasualDateParser", { anyOf: ["now", "today", "tonight", "tomorrow", "overmorrow", "tmr", "yesterday", "night"], wordStart: "t" }],
  // "this" may run on to the part of the day ("(?:this)?\\s{0,3}").
  ["ENCasualTimeParser", { anyOf: ["morning", "afternoon", "evening", "night", "midnight", "midday", "noon"], wordStart: "s" }],
  ["ENTimeExpressionParser", { pattern: /[0-9]/ }],
  ["ISOFormatParser", { pattern: /[0-9]{4}/ }],
  ["ENYearMonthDayParser", { pattern: /[0-9]{4}/ }],
  ["SlashDateFormatParser", { pattern: /[0-9][/.-][0-9]/ }],
  ["ENSlashMonthFormatParser", { pattern: /[0-9]\/[0-9]/ }],
]);

/** A pattern whose exec never matches, without scanning: what a closed gate hands chrono. */
const NEVER: RegExp = { exec: () => null } as unknown as RegExp;

/** The last text lower-cased: every gated parser of one chrono run reads the same text. */
let lastText = "";
let lastLower = "";
function lowerOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
    markTrigrams(lastLower);
  }
  return lastLower;
}

/**
 * The three-character runs of the last lower-cased text, hashed into a bit set cleared for each text. A
 * gate's word the text holds has every one of its runs in the set, so a word with a run missing from it
 * cannot be in the text and needs no search: a gate tries ~150 words per text, most of them absent, each
 * `includes` a scan of the whole text, where the runs are one scan. A hash collision only lets a word
 * through to its search, so the gate's answer is unchanged. 4,096 bits (512 bytes, 128 words cleared per
 * text): a sentence's ~200 runs set ~5% of them. A table of 65,536 stamps (256 KB) cost more in the
 * pipeline, where each run's write and each word's read missed the CPU's caches.
 */
const TRIGRAM_BITS = 12;
const trigramSet = new Int32Array(1 << (TRIGRAM_BITS - 5));
/** False until a text is marked: every run then reads as present (a word is searched for, as without the set). */
let trigramsMarked = false;

function trigramSlot(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - TRIGRAM_BITS);
}

function markTrigrams(lower: string): void {
  trigramSet.fill(0);
  trigramsMarked = true;
  for (let i = 0; i + 2 < lower.length; i++) {
    const slot = trigramSlot(lower.charCodeAt(i), lower.charCodeAt(i + 1), lower.charCodeAt(i + 2));
    trigramSet[slot >>> 5]! |= 1 << (slot & 31);
  }
}

/** False when the last marked text cannot hold `word` (a run of it is absent); true when it may. */
function mayHold(word: string): boolean {
  if (!trigramsMarked) return true;
  for (let i = 0; i + 2 < word.length; i++) {
    const slot = trigramSlot(word.charCodeAt(i), word.charCodeAt(i + 1), word.charCodeAt(i + 2));
    if ((trigramSet[slot >>> 5]! & (1 << (slot & 31))) === 0) return false;
  }
  return true;
}

export function gateOpen(gate: ParserGate, text: string): boolean {
  if (gate.orPattern && gate.orPattern.test(text)) return true;
  if (gate.pattern && !gate.pattern.test(text)) return false;
  if (gate.anyOf) {
    const lower = lowerOf(text);
    const words = gate.anyOf;
    let any = false;
    if (gate.wordStart !== undefined && lower.length === text.length) {
      for (let k = 0; k < words.length && !any; k++) if (mayHold(words[k]!)) any = opensWord(text, lower, words[k]!, gate.wordStart);
    } else {
      // (A text whose lower-cased form is longer, "İ" lower-cased to two characters, is not read character by character.)
      for (let k = 0; k < words.length && !any; k++) if (mayHold(words[k]!) && lower.includes(words[k]!)) any = true;
    }
    if (!any) return false;
  }
  if (gate.allOfOne) {
    const lower = lowerOf(text);
    const groups = gate.allOfOne;
    for (let g = 0; g < groups.length; g++) {
      const words = groups[g]!;
      let all = true;
      for (let k = 0; k < words.length && all; k++) all = mayHold(words[k]!) && lower.includes(words[k]!);
      if (all) return true;
    }
    return false;
  }
  return true;
}

/**
 * Whether `word` occurs in `lower` (the text lower-cased, of the same length, so character i of the one is
 * character i of the other) where it opens a word (ParserGate.wordStart): the character before it is read
 * in the text as written, since lower-casing may make an ASCII letter of one that is none (the Kelvin sign).
 */
function opensWord(text: string, lower: string, word: string, after: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (at === 0) return true;
    const c = text.charCodeAt(at - 1);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!wordChar || (after !== "" && after.includes(String.fromCharCode(c | 0x20)))) return true;
  }
  return false;
}

/** The parser, run only where its gate is open; its matches and results are the parser's own. */
export function gated(parser: Parser, gate: ParserGate): Parser {
  if (!gate.anyOf && !gate.pattern && !gate.allOfOne) return parser;
  // Every gate with all five fields, in one order: one object shape for gateOpen, which the gates' several
  // shapes deoptimised for a "wrong map" and had compiled again (--trace-deopt). Absent fields stay undefined.
  const g: ParserGate = { anyOf: gate.anyOf, pattern: gate.pattern, orPattern: gate.orPattern, allOfOne: gate.allOfOne, wordStart: gate.wordStart };
  return {
    pattern: (context: ParsingContext) => (gateOpen(g, context.text) ? parser.pattern(context) : NEVER),
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}
