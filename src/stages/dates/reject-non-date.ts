import type { LayerAnnotation } from "../../core/index.js";
import type { DateMatch } from "./normalise-result.js";
import { findSpanAt } from "../../core/span.js";

type Token = LayerAnnotation<"token">;

const MONTH_OR_WEEKDAY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Plural nouns without an -s that follow a count ("2000 people"); an adjectival year precedes singulars ("the 1996 campaign"). */
const IRREGULAR_PLURALS = /^(?:people|men|women|children|police|personnel|staff|cattle|sheep|feet|million|billion)$/;
/** Capitalised words that start a sentence or a date phrase, not a name. */
const NOT_A_NAME = /^(?:in|on|by|since|until|from|last|next|this|early|mid|late|the|and|or|but|of|to|at|for|during|before|after|through|each|every)$/i;

/** A token's text ("" for none). A module function, not a closure per match: under the bundler's keepNames each closure made costs a defineProperty. */
function wordOf(text: string, t: Token | undefined): string {
  return t ? text.slice(t.start, t.end) : "";
}

/** A capitalised word inside a sentence; wink tags some name parts NOUN or ADJ ("Million Man March"). */
function isNameInside(text: string, t: Token | undefined, sentenceStart: number | undefined): boolean {
  return !!t && t.start !== sentenceStart && /^(?:PROPN|NOUN|ADJ)$/.test(t.data.pos) && /^[A-Z]/.test(wordOf(text, t)) && !NOT_A_NAME.test(wordOf(text, t)) && !MONTH_OR_WEEKDAY.test(wordOf(text, t));
}

/**
 * Matches that look like dates but are not: "may" the modal, "March" the protest or the verb,
 * "Theresa May", "the Sunday Times", "2000 people". Uses the segment stage's part of speech.
 */
export function rejectsAsDate(match: DateMatch, text: string, tokens: readonly Token[]): boolean {
  const span = text.slice(match.start, match.end);
  const index = findSpanAt(tokens, match.start);
  const prev = index > 0 ? tokens[index - 1] : undefined;
  const lastIndex = findSpanAt(tokens, match.end - 1);
  const next = lastIndex >= 0 ? tokens[lastIndex + 1] : undefined;
  const sentenceStart = tokens[0]?.start;

  // "Sun" (Microsystems), "Sat" (the exam), "Wed" (married): an abbreviated weekday alone is no date.
  if (/^(?:sun|mon|tues?|wed|thu|thurs?|fri|sat)\.?$/i.test(span)) return true;
  // Stock prices and ratios ("7/8", "125 a share") read by chrono as a slash date or a clock time.
  // A slash date needs its year: "9/11" and "24/7" are names and ratios, and "9/11" is not this year's.
  if (match.rule.startsWith("chrono:SlashDateFormatParser") && !/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(span)) return true;
  if (match.data.timexType === "TIME" && match.rule.startsWith("chrono:") && !/:|\b[ap]\.?m\b|o'clock|noon|midnight/i.test(span)) return true;
  if (MONTH_OR_WEEKDAY.test(span)) {
    // "may", "march" and "august" in lower case are a modal, a verb and an adjective; other month and
    // weekday names stay dates even in lower-cased text ("on friday"). Inside a name ("Theresa May",
    // "Million Man March", "Sunday Times") or used as a verb by wink, they are no date.
    if (/^(?:may|march|august)$/.test(span)) return true;
    const token = tokens[index];
    if (token && (token.data.pos === "AUX" || token.data.pos === "VERB")) return true;
    // Only these months are also given names; weekdays lead titles ("the Sunday Times").
    if (/^(?:may|march|june|august)$/i.test(span) && isNameInside(text, prev, sentenceStart)) return true;
    const leadsName = !prev || /^the$/i.test(wordOf(text, prev)) || isNameInside(text, prev, sentenceStart);
    if (isNameInside(text, next, sentenceStart) && leadsName) return true;
    // "a march", "the March on Washington": a month needs no article.
    if (/^(?:a|the)$/i.test(wordOf(text, prev)) && /^(?:march|may)$/i.test(span)) return true;
  }
  if (match.rule === "year:bare") {
    // "2000 people", "1500 troops": a number counting something is no year; "the 1996 elections",
    // "in 1990 sales rose" and "a 1996 law" are years.
    const counted = next && (next.data.pos === "NOUN" || next.data.pos === "NUM") && (/^[a-z]+s$/.test(wordOf(text, next)) || IRREGULAR_PLURALS.test(wordOf(text, next)));
    if (counted && !/^(?:the|a|an|in|since|by|of|during|from|until|before|after|its|their|his|her|this|that)$/i.test(wordOf(text, prev))) return true;
    // "Resolution 1973", "Flight 1549", "Chapter 1999": numbers that name things.
    if (/^(?:\$|no\.?|number|nos?\.|page|pages|flight|route|highway|room|chapter|article|section|paragraph|resolution|resolutions|decree|law|bill|act|item|code|model|#)$/i.test(wordOf(text, prev))) return true;
  }
  return false;
}
