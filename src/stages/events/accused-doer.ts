import type { SentenceView } from "./sentence-view.js";
import type { PhraseTokens } from "./pronoun-antecedent.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { PASSIVE_AUXILIARIES, POSSESSIVE_DETERMINERS } from "../../lexicons/grammar-words.js";

const EVENT_WORDS = stageWordClasses("events");

/**
 * The doer of an event noun that a verb of accusation (lexicon class `accusation-verb`) lays at
 * someone's door. News tells most suspects and perpetrators this way, not as a verb's subject:
 *
 * - "X was charged with the murder of two women", "a man suspected of the bombing", "accused the
 *   army of the massacre", "blamed the rebels for the attack": the noun in the verb's "with"/"of"/
 *   "for" phrase is done by the one accused, the passive verb's subject or the active verb's object
 *   (accusedDoer). Before, the noun had no doer, or the clause's other names were taken for it.
 * - "blamed the attack on the rebels", "the bombing was blamed on Boko Haram": the "on" phrase after
 *   a blamed deed is its doer (blamedOn), not its undergoer as in "the attack on the base": read as
 *   an undergoer, the party blamed became the attack's target.
 *
 * The accusation is reported, not asserted by the reporter: the deed's attribution is already marked
 * by the claim and blame triggers (extract-events.ts attachClaims); these only read who is named.
 * The syntactic helpers are find-role-phrases.ts's, passed in so this module stays free of them.
 */
export interface PhraseReader {
  readonly subjectOf: (s: SentenceView, verb: number) => PhraseTokens | null;
  readonly phraseEndingAt: (s: SentenceView, head: number) => PhraseTokens;
  readonly phraseStartingAt: (s: SentenceView, first: number) => PhraseTokens | null;
  readonly isHead: (s: SentenceView, i: number) => boolean;
}

/** Prepositions of a verb of accusation that introduce the deed ("charged with", "accused of", "blamed for", "jailed over"). */
const DEED_PREPOSITIONS: ReadonlySet<string> = new Set(["with", "of", "for", "over"]);
/** Parts of speech of a noun phrase's own words before its head (and "'s": "Friday's bombing"). */
const NP_WORDS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"]);
const BE: ReadonlySet<string> = PASSIVE_AUXILIARIES;
/** From an event noun back to the preposition of its accusation ("charged with the first-degree murder": 3). Unit: tokens. */
const DEED_PHRASE_REACH_TOKENS = 5;
/**
 * Whether the noun phrase headed at h hands the accusation on to an "in" phrase after it: a time
 * ("murder in November in the shooting"), the deed itself ("murder in the shooting of") or taking
 * part (lexicon class `participation-noun`: "accuses Russia of involvement in the poisoning"); not
 * "charged with complicity in the assassination", whose accused only helped.
 */
function passesDeedOn(s: SentenceView, h: number): boolean {
  const w = s.words[h]!;
  return !!s.times?.has(w) || !!s.participationNouns?.has(w) || (!isInquiry(s, h) && !!s.triggerRows?.[h]?.some((r) => !r.participant));
}

/** An event noun of inquiry or trial ("investigation", "probe", "trial"): others hold it about the accused. */
function isInquiry(s: SentenceView, i: number): boolean {
  return !!s.triggerRows?.[i]?.some((r) => INQUIRY_TYPES.has(r.type));
}
const INQUIRY_TYPES: ReadonlySet<string> = new Set(["ACCUSE", "SANCTION"]);

/** Noun phrases in "in" walked back to the accusation ("charged with murder | in November | in the shooting": 2). */
const IN_PHRASE_HOPS = 2;
/** From a blamed deed to the "on" naming whom it is blamed on ("blamed the attack in Maiduguri on": 3). Unit: tokens. */
const BLAMED_ON_REACH_TOKENS = 5;

/** Whether the token at i is a verb of accusation (tagged as a verb, or a participle the tagger read as an adjective). */
/** Verbs of accusation whose blamed party follows "to", not "on" ("attributed the attack to the rebels"). */
const ATTRIBUTION_VERBS: ReadonlySet<string> = EVENT_WORDS.get("attribution-verbs");

function isAccusation(s: SentenceView, i: number): boolean {
  const t = s.tokens[i];
  return !!t && (t.pos === "VERB" || (t.pos === "ADJ" && t.normal.endsWith("ed"))) && !!s.accusationVerbs?.has(t.normal);
}

/** The first word of the noun phrase an event noun at `anchor` heads: its determiners and modifiers walked back. */
function phraseOpening(s: SentenceView, anchor: number, reach: number): number {
  let i = anchor;
  while (i > 0 && anchor - (i - 1) <= reach) {
    const t = s.tokens[i - 1]!;
    if (!(NP_WORDS.has(t.pos) || POSSESSIVE_DETERMINERS.has(t.normal) || /^['’]s$/.test(t.normal))) break;
    i--;
  }
  return i;
}

/**
 * Whether a noun follows the event's word, which is then a modifier in another noun's phrase
 * ("bombing suspect"; a tagger may read "suspect" there as a verb, which cannot follow the deed either).
 */
function headsOn(s: SentenceView, last: number): boolean {
  const next = s.tokens[last + 1];
  // "implicated in the coup attempt", "suspected of a bombing plot": the deed's attempt is still the deed.
  if (next && ATTEMPT_NOUNS.has(next.normal)) return false;
  return !!next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "VERB");
}

/**
 * "was charged with the murder", "accused the army of the massacre": the one accused of the event
 * noun at `anchor`..`last`, or null when no verb of accusation governs the noun's phrase.
 */
export function accusedDoer(s: SentenceView, anchor: number, last: number, read: PhraseReader): PhraseTokens | null {
  // "faces murder charges", "a rape charge against him": the deed noun modifies a charge noun, whose holder did it
  // (not a verb taking the charge as its object: "recommending charges against her").
  if (CHARGE_NOUNS.has(s.words[last + 1] ?? "") && s.tokens[last]!.pos === "NOUN") return chargeHolder(s, phraseOpening(s, anchor, DEED_PHRASE_REACH_TOKENS), last + 1, read);
  // "convicted a friend of Boston Marathon bombing suspect X": a word after the event's heads the phrase; the deed is a modifier.
  if (!s.accusationVerbs || headsOn(s, last)) return null;
  let prep = phraseOpening(s, anchor, DEED_PHRASE_REACH_TOKENS) - 1;
  // "faces charges of murder", "two counts of attempted murder against": the charge noun before the deed's "of" or "for".
  if (prep > 0 && (s.words[prep] === "of" || s.words[prep] === "for") && CHARGE_NOUNS.has(s.words[prep - 1]!)) return chargeHolder(s, phraseOpening(s, prep - 1, DEED_PHRASE_REACH_TOKENS), prep - 1, read);
  prep = pastInPhrases(s, prep, read);
  const accusation = accusationAt(s, prep, anchor, read);
  if (!accusation) return null;
  return accusation.passive ? read.subjectOf(s, accusation.verb) : read.phraseEndingAt(s, accusation.objectEnd);
}

/**
 * "charged with murder in November in the fatal shooting of", "was charged in the killing of": an "in"
 * phrase names the deed too, after the accusation's own phrase (and a time's) or right after its verb;
 * the preposition of the phrase the "in" phrases hang from.
 */
function pastInPhrases(s: SentenceView, prep: number, read: PhraseReader): number {
  for (let hop = 0; hop < IN_PHRASE_HOPS && prep > 1 && s.tokens[prep]!.normal === "in" && !isAccusation(s, prep - 1) && read.isHead(s, prep - 1) && passesDeedOn(s, prep - 1); hop++) {
    prep = phraseOpening(s, prep - 1, DEED_PHRASE_REACH_TOKENS) - 1;
  }
  return prep;
}

/**
 * The verb of accusation whose deed phrase opens with the preposition at `prep` (the event noun at `anchor`
 * in it), and whether it is passive (its subject is accused) or active (its object, right before the
 * preposition, is); null when no such verb governs the phrase.
 */
function accusationAt(s: SentenceView, prep: number, anchor: number, read: PhraseReader): { verb: number; passive: boolean; objectEnd: number } | null {
  if (prep < 1 || !(DEED_PREPOSITIONS.has(s.tokens[prep]!.normal) || s.tokens[prep]!.normal === "in") || s.clause[prep] !== s.clause[anchor]) return null;
  const v = prep - 1;
  // "the army in the attack": an "in" phrase names the deed only right after a verb of accusation;
  // "indicted in a bribery investigation": and never an inquiry into it, which others make.
  if (s.tokens[prep]!.normal === "in" && (!isAccusation(s, v) || isInquiry(s, anchor))) return null;
  // "was charged with", "a man suspected of": the verb right before its preposition is passive; its subject is accused.
  if (isAccusation(s, v)) return isPassiveAt(s, v) ? { verb: v, passive: true, objectEnd: -1 } : null;
  // "was executed in Tehran on Monday for the murder", "arrested the men in Kano on Friday over the killing":
  // a "for"/"over"/"with" of the deed comes after the verb's (or its object's) place and time as well.
  const w = CAUSE_PREPOSITIONS.has(s.tokens[prep]!.normal) ? beforeAdjuncts(s, prep) : v;
  if (w !== v && isAccusation(s, w)) return isPassiveAt(s, w) ? { verb: w, passive: true, objectEnd: -1 } : null;
  // "accused the army of", "blamed the rebels for": the active verb's object, right before the preposition, is accused.
  if (!read.isHead(s, w)) return null;
  const accused = read.phraseEndingAt(s, w);
  const verb = accused.first - 1;
  return isAccusation(s, verb) && s.tokens[verb]!.pos === "VERB" ? { verb, passive: false, objectEnd: w } : null;
}

/**
 * A passive participle at v (adverbs before it read past): after a "be", or right after a noun ("a man suspected
 * of", "a man held on"), or, when `afterPronoun`, a pronoun ("those suspected of"; a charge's holder is read without
 * it: "he held on murder charges" is active).
 */
function isPassiveAt(s: SentenceView, v: number, afterPronoun = true): boolean {
  let b = v - 1;
  while (b >= 0 && s.tokens[b]!.pos === "ADV") b--;
  if (b < 0) return false;
  const pos = s.tokens[b]!.pos;
  return BE.has(s.tokens[b]!.normal) || pos === "NOUN" || pos === "PROPN" || (afterPronoun && pos === "PRON");
}

/** Prepositions of the deed, which may follow the verb's place and time ("executed in Tehran for", "charged on Monday with"); not "of", which a place's own noun takes ("the city of"). */
const CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "over", "with"]);
/** From a "for"/"over" back over the verb's place and time phrases ("executed in Tehran on Monday for": 5). Unit: tokens. */
const ADJUNCTS_REACH_TOKENS = 7;
/** Parts of speech of a noun phrase inside a place or time phrase ("the northern city of Tabriz", "Monday", "last week"). */
const ADJUNCT_NP_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * The last token before the place and time phrases that end right before `prep` ("executed | in Tehran on
 * Monday | for", "arrested the men | in Kano on Friday | over"), or prep - 1 when there are none: each phrase
 * a preposition and its noun phrase of place, time or agent (isSettingOrAgent), or a time word alone
 * ("Monday", "last week"), with no verb or comma between.
 */
function beforeAdjuncts(s: SentenceView, prep: number): number {
  let k = prep - 1;
  while (k > 0 && prep - k <= ADJUNCTS_REACH_TOKENS) {
    let open = k;
    while (open >= 0 && ADJUNCT_NP_POS.has(s.tokens[open]!.pos)) open--;
    if (open === k) break;
    if (open >= 0 && s.tokens[open]!.pos === "ADP" && s.clause[open] === s.clause[prep] && isSettingOrAgent(s, open, k)) k = open - 1;
    else if (allTimes(s, open + 1, k)) k = open;
    else break;
  }
  return k;
}

/**
 * Whether the phrase from preposition `prep` to head `head` gives a place, a time or the passive's agent
 * ("in Tehran", "at the market", "on Monday", "by police"), not a noun the deed's preposition belongs to
 * ("in connection with the attack", "in relation to": the accused is then only linked to the deed).
 */
function isSettingOrAgent(s: SentenceView, prep: number, head: number): boolean {
  const t = s.tokens[head]!;
  // "sentenced a soldier to death for", "jailed him to 10 years in prison for": the term of the sentence comes before the deed too.
  if (s.words[prep] === "to" && PUNISHMENT_TERMS.has(t.normal)) return true;
  return s.words[prep] === "by" || t.pos === "PROPN" || !!s.times?.has(t.normal) || !!s.sites?.has(t.normal);
}
/** Heads of a sentence's term after "to" ("to death", "to life", "to 10 years", "to 80 lashes"). */
const PUNISHMENT_TERMS: ReadonlySet<string> = EVENT_WORDS.get("punishment-terms");

/** Whether the words first..last are all time words ("last week": "last" is an adjective of time). */
function allTimes(s: SentenceView, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!s.times?.has(s.words[i]!) && !(i < last && s.tokens[i]!.pos === "ADJ")) return false;
  return true;
}

/**
 * The verb of accusation whose deed phrase holds the event noun at `anchor`..`last` (only the with/of/for/over
 * and "in" phrases, not a charge noun's) and the preposition that opens the phrase, or null: that deed is a happening of its own, earlier than the
 * accusation or the punishment ("executed for the murder of two police officers": two killings).
 */
export function accusationOfDeed(s: SentenceView, anchor: number, last: number, read: PhraseReader): { readonly verb: number; readonly preposition: number } | null {
  if (!s.accusationVerbs || headsOn(s, last) || followsItsSubject(s, anchor)) return null;
  const preposition = pastInPhrases(s, phraseOpening(s, anchor, DEED_PHRASE_REACH_TOKENS) - 1, read);
  const accusation = accusationAt(s, preposition, anchor, read);
  return accusation ? { verb: accusation.verb, preposition } : null;
}

/**
 * A verb right after a noun or pronoun is that word's predicate, no deed phrase's head: in "suspected members of
 * the cartel killed six people" the killing is told, not laid on the members ("suspected of killing" keeps its deed).
 */
function followsItsSubject(s: SentenceView, anchor: number): boolean {
  const before = s.tokens[anchor - 1]?.pos;
  return s.tokens[anchor]!.pos === "VERB" && (before === "NOUN" || before === "PROPN" || before === "PRON");
}

/** Nouns of a deed tried ("coup attempt", "bombing plot": lexicon class `attempt-nouns`). */
const ATTEMPT_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("attempt-nouns");
/** Nouns of a charge laid for a deed (lexicon class `charge-nouns`: "murder charges", "charges of rape"). */
const CHARGE_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("charge-nouns");
/** Verbs whose subject holds the charge in their object ("faces murder charges", "denied the rape charge": class `charge-holding-verbs`). */
const CHARGE_HOLDING_VERBS: ReadonlySet<string> = EVENT_WORDS.get("charge-holding-verbs");

/**
 * The one a charge noun at `charge` (its phrase opening at `opening`) lays its deed on: the party after
 * "against" ("murder charges against two officers"); the subject of a verb that holds the charge as its
 * object ("X faces murder charges", "she denied the rape charge"); the subject of a passive verb whose
 * "on" gives the charge ("X was arrested on terrorism charges", "a man held on murder charges"). Null
 * for any other verb: "prosecutors filed murder charges", "police dropped the charges" name no doer.
 */
function chargeHolder(s: SentenceView, opening: number, charge: number, read: PhraseReader): PhraseTokens | null {
  if (s.words[charge + 1] === "against") return read.phraseStartingAt(s, charge + 2);
  const v = opening - 1;
  const t = s.tokens[v];
  if (!t) return null;
  if (t.pos === "VERB" && CHARGE_HOLDING_VERBS.has(t.normal)) return read.subjectOf(s, v);
  // "was arrested on", "a man held on": a passive (a "be", or a noun right before its participle), as accusedDoer reads it.
  if (t.normal !== "on" || v < 2) return null;
  const p = v - 1;
  const verb = s.tokens[p]!;
  if (verb.pos !== "VERB" && verb.pos !== "ADJ") return null;
  return isPassiveAt(s, p, false) ? read.subjectOf(s, p) : null;
}

/**
 * "blamed the attack on the rebels", "the bombing in Maiduguri was blamed on Boko Haram", "a bombing
 * blamed on Boko Haram", "a drone strike attributed to Turkey": the party after the "on" (or an
 * attribution's "to") that a blame puts after the deed, or null. Only the deed's own adjuncts may stand
 * between the noun and its "on" (or its passive "was blamed"), no verb or comma.
 */
export function blamedOn(s: SentenceView, anchor: number, last: number, read: PhraseReader): PhraseTokens | null {
  if (!s.accusationVerbs) return null;
  const opening = phraseOpening(s, anchor, DEED_PHRASE_REACH_TOKENS);
  const active = isAccusation(s, opening - 1) && s.tokens[opening - 1]!.pos === "VERB";
  for (let k = last + 1; k < s.tokens.length && k - last <= BLAMED_ON_REACH_TOKENS + 2; k++) {
    const t = s.tokens[k]!;
    if (t.normal === "on" || (t.normal === "to" && ATTRIBUTION_VERBS.has(s.tokens[k - 1]!.normal))) {
      // Active: the "on" of the verb before the noun ("blamed the attack on"); passive: the "on" right after "was blamed";
      // a participle right after the noun ("a bombing blamed on", "a strike attributed to") is a passive with its "be" left out.
      const passive = k - 1 > last && isAccusation(s, k - 1) && (BE.has(s.tokens[k - 2]?.normal ?? "") || k - 1 === last + 1);
      if ((active && k - last <= BLAMED_ON_REACH_TOKENS) || passive) return read.phraseStartingAt(s, k + 1);
      continue;
    }
    if (t.normal === "," || t.pos === "CCONJ" || t.pos === "SCONJ") return null;
    if ((t.pos === "VERB" || t.pos === "AUX") && !BE.has(t.normal) && !isAccusation(s, k)) return null;
  }
  return null;
}
