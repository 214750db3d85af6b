import { datelineDashIndex, DATELINE_DASHES } from "../../core/dateline.js";
import { ADVERBIAL_CLAUSE_OPENERS, ARTICLES, CLAUSE_OPENING_WORDS, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, TITLE_CASE_MINOR_WORDS } from "../../lexicons/grammar-words.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { MAX_GLUED_HEADLINE_WORDS, MIN_GLUED_HEADLINE_WORDS, TITLE_BODY_REACH_TOKENS } from "./heuristics.js";

/**
 * Scraped news often arrives with its parts glued together: a headline run into the first sentence
 * ("Court Convicts Friend of Boston Bombing Suspect A court has convicted ..."), or into the dateline
 * ("7 militants killed in blasts in Afghanistan KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --"), with or
 * without the space ("... in SyriaThe desert ..."), and a clock time's "p.m." that also ends its
 * sentence ("at 5 p.m. Police said"). wink reads each as one sentence, so the headline's event is lost
 * and casualties attach to the wrong clause. The cuts found here are sentence boundaries only (standoff):
 * the text is never changed, and a token keeps its offsets.
 */

const SEGMENT_CLASSES = stageWordClasses("segment");
/** "a.m.", "p.m." (as one token). */
const CLOCK_SUFFIXES = SEGMENT_CLASSES.get("clock-suffixes");
/** Capitalised words that go on telling the time after "p.m." ("5 p.m. Sunday", "9 a.m. Eastern"). */
const CLOCK_FOLLOWERS = SEGMENT_CLASSES.get("clock-followers");
/** "Minister Says The economy is growing": a headline that ends on one of these goes on in its object. */
const SAYING_VERBS = SEGMENT_CLASSES.get("saying-verbs");
/**
 * Words that open a sentence and are written with a capital only there (lower-cased here): articles,
 * demonstratives, possessive determiners and subject pronouns other than "I" ("World War I").
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS, "he", "she", "it", "they", "we"]);
/** The longest sentence opener ("these", "their"): a longer word is none, without lower-casing it. */
const MAX_OPENER_LENGTH = Math.max(...[...SENTENCE_OPENERS].map((w) => w.length));
/** Sentence openers that a noun (or an adjective) must follow: "Suspect A court has", not "Plan A the". */
const DETERMINER_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS]);
/** Words that a clause follows: a headline does not end on one ("Final Column Explains Why She Sees ..."). */
const CLAUSE_TAKERS: ReadonlySet<string> = new Set([...ADVERBIAL_CLAUSE_OPENERS, ...CLAUSE_OPENING_WORDS, "why", "how", "what", "who", "whom", "whose"]);
/** Tokens that end a sentence inside a piece: a headline never runs on past one. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([".", "!", "?", ":", ";"]);

/** How a sentence's end was found when it was not by wink or a line break: the rule names the cut. */
export type GlueRule = "glued-headline" | "glued-dateline" | "glued-sentence" | "clock-then-sentence";

/** What glueAt finds at an upper-case letter: nothing, a word glued to the one before (wink is to read a space), or a sentence opener so glued. */
export const NO_GLUE = 0;
export const GLUED_WORD = 1;
export const GLUED_OPENER = 2;

/**
 * Whether the upper-case letter at `i` starts a word glued to the word before it with no space: after a
 * lower-case run of at least three letters, a sentence opener followed by a space ("SyriaThe desert": GLUED_OPENER),
 * or an upper-case word of three letters or more followed by a comma or a bracket, as a dateline's place is
 * ("AfghanistanKANDAHAR, Afghanistan": GLUED_WORD); or any capital right after "a.m."/"p.m." ("8 p.m.A rehab
 * station": GLUED_WORD, the clock rule of findCuts then decides). Called by the segment stage's one scan of
 * the text, only at upper-case ASCII letters; a word is only sliced at a lower-to-upper turn.
 */
export function glueAt(text: string, i: number): number {
  if (i < 3) return NO_GLUE;
  if (isClockGlue(text, i)) return GLUED_WORD;
  if (!isLower(text.charCodeAt(i - 1)) || !isLower(text.charCodeAt(i - 2)) || !isLower(text.charCodeAt(i - 3))) return NO_GLUE;
  // A hashtag or a handle runs its words together on purpose ("#ImWithHer", "@WIStateFair").
  let w = i - 3;
  while (w > 0 && isLetter(text.charCodeAt(w - 1))) w--;
  if (w > 0 && (text.charCodeAt(w - 1) === 35 || text.charCodeAt(w - 1) === 64)) return NO_GLUE;
  const n = text.length;
  let j = i + 1;
  let allUpper = true;
  while (j < n && isLetter(text.charCodeAt(j))) {
    if (!isUpper(text.charCodeAt(j))) allUpper = false;
    j++;
  }
  const after = j < n ? text.charCodeAt(j) : -1;
  if (after === 32 && !allUpper && SENTENCE_OPENERS.has(text.slice(i, j).toLowerCase())) return GLUED_OPENER;
  if (allUpper && j - i >= 3 && (after === 44 || (after === 32 && text.charCodeAt(j + 1) === 40))) return GLUED_WORD;
  return NO_GLUE;
}

/** "after 8 p.m.A rehab station": a capital right after "a.m."/"p.m.", which wink would keep in one token with it. */
function isClockGlue(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 46 || (text.charCodeAt(i - 2) | 32) !== 109 || text.charCodeAt(i - 3) !== 46) return false;
  const half = text.charCodeAt(i - 4) | 32;
  return (half === 97 || half === 112) && (i < 5 || !isLetter(text.charCodeAt(i - 5)));
}

/** One piece of text wink read as a sentence (or part of one): its tokens, by position in wink's columns. */
export interface Piece {
  readonly at: readonly number[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly values: readonly string[];
  readonly pos: readonly string[];
}

export interface Cut {
  /** The piece's token that opens the next sentence. */
  readonly at: number;
  readonly rule: GlueRule;
}

/**
 * The sentence starts inside one piece, in order, written into `out` (cleared first). `lineStart`: the
 * piece opens a line (or the text), where a headline stands; `gluedOpeners`: the offsets where glueAt found
 * a sentence opener glued to the word before (always a sentence start), or null when there are none.
 */
export function findCuts(text: string, piece: Piece, lineStart: boolean, gluedOpeners: ReadonlySet<number> | null, out: Cut[]): void {
  out.length = 0;
  const count = piece.at.length;
  if (count < 2) return;
  const headline = lineStart ? headlineEnd(text, piece) : null;
  for (let k = 1; k < count; k++) {
    if (headline && headline.at === k) out.push(headline);
    else if (gluedOpeners?.has(piece.starts[k]!)) out.push({ at: k, rule: lineStart && out.length === 0 ? "glued-headline" : "glued-sentence" });
    else if (mayEndClock(piece.values[piece.at[k - 1]!]!) && isClockThenSentence(piece, k) && hasVerb(piece, out.length > 0 ? out[out.length - 1]!.at : 0, k)) out.push({ at: k, rule: "clock-then-sentence" });
  }
}

/**
 * Whether the tokens [from, to) hold a verb: a clause that a clock time ends. "At 12:03 p.m. Walker County
 * dispatchers received a call" is one sentence, its time fronted; "were on the scene as late as 10:30 p.m. Fire
 * Marshal Tim Tharau said" is two.
 */
function hasVerb(piece: Piece, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = piece.pos[piece.at[k]!];
    if (pos === "VERB" || pos === "AUX") return true;
  }
  return false;
}

/**
 * Where a headline at the start of a line ends and a sentence or a dateline glued to it begins, or null.
 * The headline is MIN_GLUED_HEADLINE_WORDS to MAX_GLUED_HEADLINE_WORDS words with no full stop, colon or
 * semicolon, and does not end on a minor word ("Arrested After") or a verb of saying ("Minister Says").
 * What follows it is
 * - a dateline: a place in capitals, then a comma or a bracket, and the dateline's dash before any verb
 *   ("... in Afghanistan KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --"), after a headline that is not in capitals;
 * - or a sentence opener with a capital, after a headline told with a verb or in title case: followed by a
 *   word in lower case ("... in Syria The desert south", "... Bombing Suspect A court has"), or, after a
 *   title-case headline, by capitalised words and then the first lower-case word of the body, with no other
 *   opener between ("... Major General in Syria The Russian Defence Ministry said").
 */
function headlineEnd(text: string, piece: Piece): Cut | null {
  const { at, values, pos } = piece;
  const count = at.length;
  if (!hasCutCandidate(piece)) return null;
  let words = 0;
  let title = true;
  let verb = false;
  let lower = false;
  // Quotation marks opened and not closed: a title inside them ("Speaking to “CBS This Morning”") goes on.
  let openQuotes = 0;
  for (let k = 0; k < count - 1 && words <= MAX_GLUED_HEADLINE_WORDS; k++) {
    const value = values[at[k]!]!;
    // A dash before the cut is a dateline's own ("NEW YORK (AP) — The Latest ...") or an aside: no headline ends after it.
    if (CLAUSE_ENDS.has(value) || DATELINE_DASHES.has(value)) return null;
    // The cheap tests first: most words are no capitalised opener and no word in capitals.
    if (k > 0 && words >= MIN_GLUED_HEADLINE_WORDS - 1 && openQuotes === 0 && isUpper(value.charCodeAt(0))) {
      const before = values[at[k - 1]!]!;
      if (lower && isCapsWord(value) && endsHeadline(before) && isDatelineAfter(piece, k)) return { at: k, rule: "glued-dateline" };
      if (words >= MIN_GLUED_HEADLINE_WORDS && (verb || title) && isCapitalisedOpener(value) && endsHeadline(before) && opensBody(piece, k, title)) {
        // "... impossible to miss. This past week": wink kept the full stop in the word; a sentence ends there, no headline.
        return { at: k, rule: before.length > 1 && before.charCodeAt(before.length - 1) === 46 && startsLower(before) ? "glued-sentence" : "glued-headline" };
      }
    }
    if (value === "“" || (value === '"' && openQuotes === 0)) openQuotes++;
    else if ((value === "”" || value === '"') && openQuotes > 0) openQuotes--;
    if (!startsWithLetterOrDigit(value)) continue;
    words++;
    if (!lower && hasLowerLetter(value)) lower = true;
    if (!verb && pos[at[k]!] === "VERB") verb = true;
    if (title && startsLower(value) && !TITLE_CASE_MINOR_WORDS.has(value)) title = false;
  }
  return null;
}

/**
 * Whether any token where a headline could end starts with a capital and is an opener or a word in capitals:
 * most lines have none, and are left after one look at each token's first letter.
 */
function hasCutCandidate(piece: Piece): boolean {
  const { at, values } = piece;
  const last = Math.min(at.length - 1, 2 * MAX_GLUED_HEADLINE_WORDS);
  for (let k = MIN_GLUED_HEADLINE_WORDS - 1; k < last; k++) {
    const value = values[at[k]!]!;
    if (isUpper(value.charCodeAt(0)) && (isCapitalisedOpener(value) || isCapsWord(value))) return true;
  }
  return false;
}

/** The headline's last word may end it: a word, not a minor word or a verb of saying. */
function endsHeadline(value: string): boolean {
  if (!startsWithLetterOrDigit(value)) return false;
  const lower = value.toLowerCase();
  return !TITLE_CASE_MINOR_WORDS.has(lower) && !DETERMINER_OPENERS.has(lower) && !SAYING_VERBS.has(lower) && !CLAUSE_TAKERS.has(lower);
}

/** "The", "A", "He": a sentence opener written with its capital (not in capitals: "A" alone is one letter). */
function isCapitalisedOpener(value: string): boolean {
  return value.length <= MAX_OPENER_LENGTH && isUpper(value.charCodeAt(0)) && (value.length === 1 || !isUpper(value.charCodeAt(1))) && SENTENCE_OPENERS.has(value.toLowerCase());
}

/** Whether the words after the opener at `k` read as the body's first sentence (see headlineEnd). */
function opensBody(piece: Piece, k: number, title: boolean): boolean {
  const { at, values } = piece;
  const next = values[at[k + 1]!]!;
  const determiner = DETERMINER_OPENERS.has(values[at[k]!]!.toLowerCase());
  if (startsLower(next)) return !(determiner && (TITLE_CASE_MINOR_WORDS.has(next) || SENTENCE_OPENERS.has(next)));
  if (!title) return false;
  for (let m = k + 1; m < at.length && m <= k + TITLE_BODY_REACH_TOKENS; m++) {
    const value = values[at[m]!]!;
    if (CLAUSE_ENDS.has(value) || isCapitalisedOpener(value)) return false;
    // "Reagan-like": the lower-case part of a compound is no word of the body.
    const compoundPart = piece.starts[m]! === piece.ends[m - 1]! && piece.values[at[m - 1]!] === "-";
    if (startsLower(value) && !compoundPart && !TITLE_CASE_MINOR_WORDS.has(value)) return true;
  }
  return false;
}

/**
 * A dateline from token `k`: one to four words in capitals, a comma, a bracket or a dash, and the dateline's
 * dash before any verb, with only capitalised words and numbers on the way ("KANDAHAR, Afghanistan, Oct. 3
 * (Xinhua) --"; not a list: "Air France KLM, easyJet, ... and Ryanair – met").
 */
function isDatelineAfter(piece: Piece, k: number): boolean {
  const { at, values, pos } = piece;
  let j = k + 1;
  while (j < at.length && j < k + 4 && isCapsWord(values[at[j]!]!)) j++;
  const after = values[at[j]!];
  // A dash glued to the word in capitals joins a compound ("EU-Turkey deal", "U.S.-led", "IV—a"): a dateline's dash stands apart.
  if (after === undefined || !(after === "," || after === "(" || (DATELINE_DASHES.has(after) && piece.starts[j]! > piece.ends[j - 1]!))) return false;
  const dash = datelineDashIndex(at.length - k, (i) => values[at[k + i]!]!, (i) => pos[at[k + i]!]!);
  if (dash <= 0) return false;
  for (let m = j; m < k + dash; m++) if (startsLower(values[at[m]!]!)) return false;
  return true;
}

/**
 * "at 5 p.m. Police said": a capitalised word after "a.m."/"p.m." ("p. m." as two tokens) opens a new
 * sentence, unless it goes on telling the time ("p.m. Sunday", "a.m. Eastern", "p.m. Moscow time") or is
 * in capitals ("p.m. GMT").
 */
function isClockThenSentence(piece: Piece, k: number): boolean {
  const { at, values } = piece;
  const prev = values[at[k - 1]!]!;
  const clock = CLOCK_SUFFIXES.has(prev) || (k >= 2 && (prev === "m." || prev === "M.") && /^[aApP]\.$/.test(values[at[k - 2]!]!));
  if (!clock) return false;
  const value = values[at[k]!]!;
  if (!isUpper(value.charCodeAt(0)) || !(hasLowerLetter(value) || isCapitalisedOpener(value)) || CLOCK_FOLLOWERS.has(value)) return false;
  const then = values[at[k + 1]!];
  return then === undefined || then.toLowerCase() !== "time";
}

/** Whether a token may be "a.m."/"p.m." or the "m." of "p. m.": a cheap test before the word lists. */
function mayEndClock(value: string): boolean {
  return value.length >= 2 && value.length <= 4 && value.charCodeAt(value.length - 1) === 46 && (value.charCodeAt(value.length - 2) | 32) === 109;
}

function isCapsWord(value: string): boolean {
  if (value.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isUpper(c)) letters++;
    else if (c !== 46 && c !== 45 && c !== 39 && c !== 0x2019) return false;
  }
  return letters >= 2;
}

function startsWithLetterOrDigit(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return isLetter(c) || (c >= 48 && c <= 57);
  return LETTER_START.test(value);
}
const LETTER_START = /^\p{L}/u;

function startsLower(value: string): boolean {
  return isLower(value.charCodeAt(0));
}

function hasLowerLetter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isLower(value.charCodeAt(i))) return true;
  return false;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}
