import { PLACE_PREPOSITIONS } from "./heuristics.js";
import { RELATIVE_PLACE_WORDS } from "./place-setting.js";
import { POSSESSIVE_MARKS } from "../../lexicons/grammar-words.js";

/**
 * The word classes isLocative (assign-arguments.ts) tests every token of its window against, as bits of one
 * number per word: the sentence view's cached per-word entries carry it (sentence-view.ts), so the test of a
 * token reads a field instead of looking its word up in up to five sets (~180 windows an article).
 */
export const PLACE_PREPOSITION = 1;
/** Prepositions that aim an act at people rather than place it (AIMING). */
export const AIMING_PREPOSITION = 2;
export const RELATIVE_PLACE_WORD = 4;
export const POSSESSIVE_MARK = 8;
/** Prepositions that take a party (PARTNER_PREPOSITIONS). */
export const PARTNER_PREPOSITION = 16;

/**
 * Prepositions that aim an act at people rather than place it: "fired tear gas at protesters",
 * "shot at police", "drove into the crowd of demonstrators". Before a people-like party (AIMED_AT_PARTIES)
 * that heads its phrase they mark the undergoer; before anything else ("at the embassy", "at the
 * police station") they stay locative.
 */
export const AIMING: ReadonlySet<string> = new Set(["at", "into"]);

/** Prepositions that take a party (a fight's other side, its two sides, a doer), never a place. */
export const PARTNER_PREPOSITIONS: ReadonlySet<string> = new Set(["with", "between", "by", "against"]);

/** The bits of a word (its lower-case normal form). */
export function locativeBitsOf(word: string): number {
  let bits = 0;
  if (PLACE_PREPOSITIONS.has(word)) bits |= PLACE_PREPOSITION;
  if (AIMING.has(word)) bits |= AIMING_PREPOSITION;
  if (RELATIVE_PLACE_WORDS.has(word)) bits |= RELATIVE_PLACE_WORD;
  if (POSSESSIVE_MARKS.has(word)) bits |= POSSESSIVE_MARK;
  if (PARTNER_PREPOSITIONS.has(word)) bits |= PARTNER_PREPOSITION;
  return bits;
}
