import type { SentenceView } from "./sentence-view.js";

/** Plural nouns that do not end in "-s". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(["people", "men", "women", "children", "police", "personnel", "militia", "youths", "folk", "staff", "clergy", "troops"]);
/** A regular plural noun ("fighters", "officials"), not a singular in -ss ("boss") or -us ("status"). */
const PLURAL_NOUN = /[^su]s$/;

/** Whether the word at `i` names several: an irregular plural, or a common noun's regular plural ("militias", "groups"). */
export function isPluralNoun(s: SentenceView, i: number): boolean {
  const w = s.words[i]!;
  return IRREGULAR_PLURALS.has(w) || (s.tokens[i]!.pos !== "PROPN" && PLURAL_NOUN.test(w));
}

/** Whether a lower-case word is a plural that does not end in "-s" ("people", "police", "troops"). */
export function isIrregularPlural(word: string): boolean {
  return IRREGULAR_PLURALS.has(word);
}
