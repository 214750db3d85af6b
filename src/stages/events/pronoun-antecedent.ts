import type { SentenceView } from "./sentence-view.js";
import { isIrregularPlural, isPluralNoun } from "./plural-nouns.js";

/** A noun phrase of a sentence view: first, last and head token. */
export interface PhraseTokens {
  readonly first: number;
  readonly last: number;
  readonly head: number;
}

/** Pronouns (and possessive determiners) that stand for one person or thing. */
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(["he", "him", "his", "she", "her", "it", "its"]);
/** Pronouns (and possessive determiners) that stand for several, or for a body of people. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(["they", "them", "their"]);
/** Pronouns that stand for things or bodies, never for one person. */
const THING_PRONOUNS: ReadonlySet<string> = new Set(["it", "its"]);
/** Pronouns that follow the verb governing them. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "them", "it"]);
/** Words no antecedent is: pronouns and relative words. */
const NOT_ANTECEDENT: ReadonlySet<string> = new Set(["he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "we", "us", "our", "i", "me", "my", "you", "your", "who", "whom", "which", "that", "this", "these", "those", "one", "all", "some", "none", "each"]);

/** Whether the noun at `head` can be what the pronoun `w` stands for: its number, and for "it" no person. */
function agrees(s: SentenceView, w: string, head: number): boolean {
  const t = s.tokens[head]!;
  if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  const word = s.words[head]!;
  if (NOT_ANTECEDENT.has(word) || s.times?.has(word) || s.weapons?.has(word)) return false;
  // A name may stand for a body ("Hamas said they", "the FBI ... its") or for one person.
  // Not "Police" (a plural a tagger may read as a name at a sentence's start) for "he" or "it".
  if (t.pos === "PROPN") return PLURAL_PRONOUNS.has(w) || !isIrregularPlural(word);
  if (PLURAL_PRONOUNS.has(w)) return isPluralNoun(s, head) || !!s.collectives?.has(word);
  if (isPluralNoun(s, head)) return false;
  // "it" stands for a body or a thing: a collective noun or a name, not a person's noun.
  return !THING_PRONOUNS.has(w) || !!s.collectives?.has(word);
}

/**
 * The noun phrase a pronoun at token `at` stands for within its sentence: the subject of the
 * nearest verb before it whose head agrees with it in number ("they" a plural or a body of people,
 * "she" one, "it" a body or a name). Subjects are preferred as antecedents, as they are in
 * centering accounts of reference: "A woman was arrested after she vandalized a sign" (A woman),
 * "The FBI announced that its investigation found nothing" (The FBI). Null when the pronoun opens
 * the sentence or no subject before it agrees (the pronoun then stands for someone named earlier,
 * which the actors stage resolves among named actors). `subjectOf` reads a verb's subject.
 */
export function antecedentOf(s: SentenceView, at: number, subjectOf: (s: SentenceView, verb: number) => PhraseTokens | null): PhraseTokens | null {
  const w = s.words[at]!;
  if (!SINGULAR_PRONOUNS.has(w) && !PLURAL_PRONOUNS.has(w)) return null;
  // "Police arrested them": the verb an object pronoun follows governs it; its subject is someone else.
  let governing = OBJECT_PRONOUNS.has(w);
  for (let v = at - 1; v >= 0; v--) {
    const pos = s.tokens[v]!.pos;
    if (pos !== "VERB" && pos !== "AUX") continue;
    if (governing && s.clause[v] === s.clause[at]) { governing = false; continue; }
    const subject = subjectOf(s, v);
    if (!subject || subject.last >= at) continue;
    if (agrees(s, w, subject.head)) return subject;
  }
  return null;
}

/**
 * "Hamas said it carried out the attack", "The Syrian government announced ... that it intends to
 * retake Aleppo": the "it" doing a deed in reported speech stands for the one reporting, the subject
 * of the nearest verb of speech before it (`reportVerbs`) when that agrees with it; null otherwise.
 * The nearest subject of any verb is no safe antecedent for "it" (after "a US-Russian brokered
 * ceasefire that it intends": "Russian"), so a doer's bare "it" is read only this way.
 */
export function reporterOf(s: SentenceView, at: number, subjectOf: (s: SentenceView, verb: number) => PhraseTokens | null): PhraseTokens | null {
  const w = s.words[at]!;
  if (!s.reportVerbs) return null;
  for (let v = at - 1; v >= 0; v--) {
    if (!s.reportVerbs.has(s.tokens[v]!.normal) || (s.tokens[v]!.pos !== "VERB" && s.tokens[v]!.pos !== "AUX")) continue;
    const subject = subjectOf(s, v);
    return subject && subject.last < at && agrees(s, w, subject.head) ? subject : null;
  }
  return null;
}
