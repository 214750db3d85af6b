import type { LayerAnnotation } from "../../core/index.js";
import type { Day } from "./calendar.js";
import { formatDay, formatYear } from "./calendar.js";
import { hasFutureCue, type CompiledWords } from "./compiled-words.js";
import type { DateMatch } from "./normalise-result.js";
import { compilePattern } from "../../lexicons/compile-pattern.js";
import { MODALS } from "../../lexicons/grammar-words.js";


/** Prepositions of a deadline or a target ("extended to Nov. 20", "until mid-November", "by Dec. 15"): the date lies ahead of the act. */
const TOWARD = new Set(["to", "until", "till", "through", "thru", "by", "before", "ahead"]);

const DEADLINE = /^(?:deadline|deadlines|expiry|expiration)$/;

/** Finite forms that make a verb group past: a past auxiliary, or a perfect ("has attacked ... in December"). */
const PAST_AUXILIARIES = new Set(["was", "were", "had", "did", "has", "have"]);
const PRESENT_AUXILIARIES = new Set(["is", "are", "am", "'s", "'re", "do", "does", "be", "being", "been"]);

/**
 * Whether the verb group ending at `last` is in the past: its first word decides ("was held",
 * "has attacked", "attacked"; not "is expected", "will be heard", "are due").
 */
function groupIsPast(tokens: readonly LayerAnnotation<"token">[], last: number): boolean {
  let first = last;
  while (first > 0) {
    const t = tokens[first - 1]!.data;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" || MODALS.has(t.normal)) first--;
    else break;
    // "agreed to purchase ... in February": the date goes with the infinitive, which has no tense.
    if (t.normal === "to") return false;
  }
  for (let i = first; i <= last; i++) {
    const { pos, normal, lemma } = tokens[i]!.data;
    if (MODALS.has(normal)) return false;
    if (PAST_AUXILIARIES.has(normal)) return true;
    if (PRESENT_AUXILIARIES.has(normal)) return false;
    if (pos !== "VERB" && pos !== "AUX") continue;
    // The first verb of the group: a past form differs from its lemma and is neither -ing nor a third person.
    return normal !== lemma && !normal.endsWith("ing") && normal !== `${lemma}s` && normal !== `${lemma}es`;
  }
  return false;
}

/** What opens and closes the stretch of a clause a date sits in. */
const STRETCH_OPENERS = [",", ";", ":", "(", "\n"];
const STRETCH_CLOSERS = [",", ";", ":", ")", "\n"];

const OPENER_CODES = new Set(STRETCH_OPENERS.map((c) => c.charCodeAt(0)));
const CLOSER_CODES = new Set(STRETCH_CLOSERS.map((c) => c.charCodeAt(0)));

/**
 * Where the stretch that goes on from `from` ends: the nearest closer, else the text's end. Scanned
 * out from the date to the first closer, not searched for each closer through the rest of the text
 * (the text is the whole document, and most closers are in none of it: a scan to its end each).
 */
export function stretchEndFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (CLOSER_CODES.has(text.charCodeAt(i))) return i;
  return text.length;
}

/**
 * Where the stretch holding a date that starts at `start` opens: after the nearest opener before it,
 * else at the text's start. Read back from `start - 1`, or from 0 when the date opens the text (as
 * lastIndexOf reads a position below 0).
 */
export function stretchStartBefore(text: string, start: number): number {
  for (let i = Math.max(start - 1, 0); i >= 0; i--) if (OPENER_CODES.has(text.charCodeAt(i))) return i + 1;
  return 0;
}

/**
 * The tense of the clause a date expression sits in: the verb group nearest before it in its
 * stretch between commas, else the nearest after it. "Rebels attacked the base in December" is
 * past; "elections are due in December" and "he would visit in December" are not.
 */
function clauseIsPast(text: string, tokens: readonly LayerAnnotation<"token">[], start: number, end: number): boolean {
  const stretchStart = stretchStartBefore(text, start);
  let stretchEnd = stretchEndFrom(text, end);
  // "On May 6, 14 people died", "In the 12 April attack, gunmen killed": a date in a phrase fronted
  // before its clause's comma, with no verb of its own, takes that clause's tense.
  if (text.charAt(stretchEnd) === "," && !tokens.some((t) => t.start >= stretchStart && t.end <= stretchEnd && (t.data.pos === "VERB" || t.data.pos === "AUX"))) {
    stretchEnd = stretchEndFrom(text, stretchEnd + 1);
  }
  const previous = tokens.filter((t) => t.end <= start);
  const before = previous[previous.length - 1];
  if (before && TOWARD.has(text.slice(before.start, before.end).toLowerCase())) return false;
  // "gave no reason for the Jan. 14 deadline", "has set Nov. 10 as the deadline": a deadline lies ahead of its setting.
  if (tokens.some((t) => t.start >= stretchStart && t.end <= stretchEnd && DEADLINE.test(t.data.normal))) return false;
  const isVerb = (t: LayerAnnotation<"token">) => t.start >= stretchStart && t.end <= stretchEnd && (t.data.pos === "VERB" || t.data.pos === "AUX");
  let nearest = -1;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.end <= start && isVerb(tokens[i]!)) nearest = i;
  if (nearest < 0) nearest = tokens.findIndex((t) => t.start >= end && isVerb(t));
  return nearest >= 0 && groupIsPast(tokens, nearest);
}

const weekdayPatterns = new WeakMap<CompiledWords, RegExp>();

function weekdayIn(words: CompiledWords): RegExp {
  let re = weekdayPatterns.get(words);
  if (!re) weekdayPatterns.set(words, (re = compilePattern(`\\b(?:${words.weekday})\\b`, "i", "dates: weekday")));
  return re;
}

/**
 * A month or day written without a year that the past-leaning window put after the dateline
 * ("attacked ... in December" on a 20 September dateline -> this December) is last year's when its
 * clause tells a past fact: what was done happened before the story was written. Future cues were
 * already read by the refiner; with one the date stays ahead.
 */
export function pastTenseYear(match: DateMatch, text: string, tokens: readonly LayerAnnotation<"token">[], dateline: Day | null, words: CompiledWords): DateMatch {
  const v = match.data.value;
  if (!dateline || !v || !match.rule.includes("+past-leaning") || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(v)) return match;
  if (v <= formatDay(dateline)) return match;
  // A weekday named with the date ("Monday, Oct. 26") already tells which year it is.
  if (weekdayIn(words).test(match.data.text)) return match;
  if (hasFutureCue(words, text, match.start, match.end) || !clauseIsPast(text, tokens, match.start, match.end)) return match;
  const year = formatYear(Number(v.slice(0, 4)) - 1);
  const value = `${year}${v.slice(4)}`;
  const timexValue = match.data.timexValue ? `${year}${match.data.timexValue.slice(4)}` : undefined;
  return { ...match, data: { ...match.data, value, ...(timexValue ? { timexValue } : {}) }, rule: `${match.rule}+past-tense` };
}
