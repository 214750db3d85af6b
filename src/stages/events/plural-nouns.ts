import type { SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const EVENT_WORDS = stageWordClasses("events");

/** Plural nouns that do not end in "-s". */
const IRREGULAR_PLURALS: ReadonlySet<string> = EVENT_WORDS.get("irregular-plurals");
/** A regular plural's ending ("fighters", "Iraqis"), not a singular's -ss ("boss"), -us ("status") or a clitic's ("'s"). */
const PLURAL_ENDING = /[^su'’]s$/;
/** Singulars of Greek nouns in -sis ("crisis", "analysis", "basis"). */
const SINGULAR_SIS = /sis$/;

/** Whether a lower-case word ends like a regular plural noun ("militants", "bombings"), not like "mass", "bus" or "crisis". */
export function hasPluralEnding(word: string): boolean {
  return PLURAL_ENDING.test(word) && !SINGULAR_SIS.test(word);
}

/** Whether the word at `i` names several: an irregular plural, or a common noun's regular plural ("militias", "groups"). */
export function isPluralNoun(s: SentenceView, i: number): boolean {
  const w = s.words[i]!;
  return IRREGULAR_PLURALS.has(w) || (s.tokens[i]!.pos !== "PROPN" && hasPluralEnding(w));
}

/** Whether a lower-case word is a plural that does not end in "-s" ("people", "police", "troops"). */
export function isIrregularPlural(word: string): boolean {
  return IRREGULAR_PLURALS.has(word);
}
