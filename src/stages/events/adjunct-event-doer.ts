import type { ActorMention } from "./assign-arguments.js";
import { anchorOf, type EventMention } from "./event-mention.js";
import type { SentenceView } from "./sentence-view.js";

/** The rule of a doer an event noun takes from the verb whose "in"/"during" phrase holds it. */
export const ADJUNCT_DOER_RULE = "actor:verb-of-adjunct";

/** Prepositions that put a verb's act inside the happening their noun names ("arrested ... in a raid", "during an operation"). */
const INSIDE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during"]);
/** Parts of speech between the preposition and the event noun ("in (overnight) raids", "during a (military) operation"). */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Words from the preposition to the event noun ("during a joint military operation": 4). Unit: tokens. */
const PREPOSITION_TO_NOUN_MAX_TOKENS = 4;

/**
 * "Troops arrested the suspects in a raid on a house", "Israeli troops detained 15 Palestinians in
 * overnight raids", "Police detained 30 people during an operation": an event noun in an "in" or
 * "during" phrase of an active verb's clause names the happening the verb's act was part of, and the
 * verb's subject did it. Word order alone gives the noun the nearest party before it, which is the
 * verb's object ("15 Palestinians") or a name inside it ("suspected of links to Islamic State"). Only
 * an indefinite noun: "arrested two suspects in the bombing" names a known happening the suspects are
 * held for, not one the police carried out.
 */
export function lendDoersToAdjunctNouns(s: SentenceView, events: readonly EventMention[], mentions: readonly ActorMention[]): void {
  for (const noun of events) {
    const n = anchorOf(noun);
    if (noun.definite || s.tokens[n]!.pos !== "NOUN") continue;
    const p = prepositionBefore(s, n);
    if (p < 0) continue;
    let verb: EventMention | undefined;
    for (const v of events) if (v !== noun && anchorOf(v) < p && s.clause[anchorOf(v)] === s.clause[n] && (!verb || anchorOf(v) > anchorOf(verb))) verb = v;
    // The nearest act of the clause before the phrase, told by an active verb with a doer.
    if (!verb || !verb.actor || verb.voice !== "active" || s.tokens[anchorOf(verb)]!.pos !== "VERB") continue;
    if (verb.actor === noun.actor) continue;
    // A doer the noun reads after it ("raids by Turkish police") is its own; one between the verb and the noun is word order's guess.
    const v = anchorOf(verb);
    if (noun.actor && noun.actor !== verb.target && !mentions.some((m) => m.actor === noun.actor && m.first > v && m.last < n)) continue;
    noun.actor = verb.actor;
    if (noun.target === verb.actor) noun.target = null;
    noun.sourceClass = verb.sourceClass ?? noun.sourceClass;
    noun.rules.push(ADJUNCT_DOER_RULE);
  }
}

/** The rule of a doer a verb with none takes from the event noun of its "in"/"during" phrase. */
export const ADJUNCT_NOUN_DOER_RULE = "actor:noun-of-adjunct";
/** Words between a verb and the "in"/"during" of its phrase ("arrested on Monday in a raid": 2). Unit: tokens. */
const VERB_TO_PREPOSITION_MAX_TOKENS = 3;

/**
 * "The suspects, arrested in a joint operation by police and the army, were taken to Abuja", "Six men were
 * detained during a raid by soldiers": a verb that names no doer of its own, whose "in" or "during" phrase holds
 * an event noun with a doer ("by police"), is part of that happening and done by its doer.
 */
export function takeDoersFromAdjunctNouns(s: SentenceView, events: readonly EventMention[]): void {
  for (const verb of events) {
    const v = verb.tokens[verb.tokens.length - 1]!;
    if (verb.actor || s.tokens[anchorOf(verb)]!.pos !== "VERB") continue;
    const noun = events.find((n) => {
      if (n === verb || !n.actor || s.tokens[anchorOf(n)]!.pos !== "NOUN" || s.clause[anchorOf(n)] !== s.clause[v]) return false;
      const p = prepositionBefore(s, anchorOf(n));
      if (p <= v || p - v - 1 > VERB_TO_PREPOSITION_MAX_TOKENS) return false;
      for (let i = v + 1; i < p; i++) if (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX" || s.words[i] === ",") return false;
      return true;
    });
    if (!noun || noun.actor === verb.target) continue;
    verb.actor = noun.actor;
    verb.sourceClass = noun.sourceClass ?? verb.sourceClass;
    verb.rules.push(ADJUNCT_NOUN_DOER_RULE);
  }
}

/** The "in"/"during" that opens the noun phrase ending at the event noun `n`, or -1. */
function prepositionBefore(s: SentenceView, n: number): number {
  let k = n - 1;
  while (k >= 0 && n - k <= PREPOSITION_TO_NOUN_MAX_TOKENS && NOUN_PHRASE_POS.has(s.tokens[k]!.pos)) k--;
  return k >= 0 && s.tokens[k]!.pos === "ADP" && INSIDE_PREPOSITIONS.has(s.words[k]!) ? k : -1;
}
