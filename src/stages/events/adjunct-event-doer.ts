import type { ActorMention } from "./assign-arguments.js";
import { anchorOf, type EventMention } from "./event-mention.js";
import { PASSIVE_AUXILIARIES } from "../../lexicons/grammar-words.js";
import { isArmedClass, type ActorClass } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";

/** The rule of a doer an event noun takes from the verb whose "in"/"during" phrase holds it. */
export const ADJUNCT_DOER_RULE = "actor:verb-of-adjunct";

/** Prepositions that put a verb's act inside the happening their noun names ("arrested ... in a raid", "during an operation"). */
const INSIDE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during"]);
/** Parts of speech between the preposition and the event noun ("in (overnight) raids", "during a (military) operation"). */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Types of the acts a party does as part of an operation or a fight (arrests, killings, deployments), not those of the people it befalls. */
const ACTS_INSIDE_OPERATIONS: ReadonlySet<string> = new Set(["ASSAULT", "COERCE", "MOBILIZE"]);
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
    // The nearest act of the clause before the phrase, told by an active verb with a doer, and an act a
    // party does in a raid or an operation: "Residents fled during clashes with rebels" is no part of the clashes.
    if (!verb || !verb.actor || verb.voice !== "active" || s.tokens[anchorOf(verb)]!.pos !== "VERB" || !ACTS_INSIDE_OPERATIONS.has(verb.type)) continue;
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

/** The rule of a fight's side read from the subject of the clause whose "in"/"during" phrase holds the fight. */
export const ADJUNCT_FIGHT_SIDE_RULE = "actor:side-of-adjunct-fight";

/**
 * "Government troops suffered heavy losses in clashes with rebels", "The army sustained 11 casualties
 * during fighting with Boko Haram": a fight named by a noun with its "with" side, inside an "in" or
 * "during" phrase, is fought by the subject of the clause's verb when that subject is a party in arms
 * (a state's forces or an armed group): what the verb says of it (losses, casualties, retreat) it
 * suffered in the fight. Crowds and civilians are left out ("Residents fled during clashes with
 * rebels": they fled the fight, they did not fight it), and so is a passive's subject, which undergoes.
 * Only for a noun with no doer of its own, and a subject that is not its "with" side.
 */
export function lendClauseSubjectsToAdjunctFights(s: SentenceView, events: readonly EventMention[], mentions: readonly ActorMention[], classOf: (actor: string) => ActorClass | null): void {
  for (const noun of events) {
    const n = anchorOf(noun);
    if (noun.actor || !noun.target || noun.type !== "ASSAULT" || s.tokens[n]!.pos !== "NOUN" || s.words[n + 1] !== "with") continue;
    const p = prepositionBefore(s, n);
    if (p < 0) continue;
    // The verb whose phrase it is: the last verb before the preposition in the clause, no comma between.
    let verb = -1;
    for (let i = p - 1; i >= 0 && s.clause[i] === s.clause[n] && s.words[i] !== ","; i--) if (s.tokens[i]!.pos === "VERB") { verb = i; break; }
    if (verb < 0) continue;
    // Its subject: the nearest party before it in the clause, with no verb between (the verb's own subject).
    let subject: ActorMention | undefined;
    for (const m of mentions) if (m.last < verb && s.clause[m.first] === s.clause[n] && (!subject || m.last > subject.last)) subject = m;
    if (!subject || subject.actor === noun.target) continue;
    let between = false;
    // A passive's subject undergoes ("Five soldiers were killed in clashes with the Taliban": the soldiers are the fallen).
    for (let i = subject.last + 1; i < verb; i++) if (s.tokens[i]!.pos === "VERB" || s.words[i] === "," || PASSIVE_AUXILIARIES.has(s.tokens[i]!.normal)) between = true;
    if (between || !isArmedClass(classOf(subject.actor))) continue;
    noun.actor = subject.actor;
    noun.rules.push(ADJUNCT_FIGHT_SIDE_RULE);
  }
}
