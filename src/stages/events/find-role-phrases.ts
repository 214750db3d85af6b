import type { SentenceView } from "./sentence-view.js";
import { accusationOfDeed, accusedDoer, blamedOn, type PhraseReader } from "./accused-doer.js";
import { antecedentOf, reporterOf } from "./pronoun-antecedent.js";
import { PLACE_PREPOSITIONS } from "./heuristics.js";
import { hasPluralEnding, isPluralNoun } from "./plural-nouns.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { UNAIMED_TYPES } from "./event-type-groups.js";
import { ASIDE_MARKS, CLAUSE_OPENING_WORDS, GROUP_POSSESSIVES, HAVE_FORMS, INDEFINITE_ARTICLES, LIST_JOINERS, PASSIVE_AUXILIARIES, PERSONAL_PRONOUNS, PHRASAL_PARTICLES, POSSESSIVE_DETERMINERS, POSSESSIVE_MARKS, RELATIVE_THAT_WHICH } from "../../lexicons/grammar-words.js";

const EVENT_WORDS = stageWordClasses("events");

/**
 * The words of a trigger's clause that name its doer and its undergoer when no canonical actor
 * does: "she was arrested", "a suicide bomber who detonated his belt", "killing the three", "the
 * men put bags over her head", "Police have urged people to avoid the area". They are kept as the
 * event's typed description of a participant (EventData.actorPhrase / targetPhrase), beside the
 * canonical actor ids, which stay null when nothing resolves. Read by clause roles from word
 * order and parts of speech (no parser): the subject before a verb (through auxiliaries, adverbs
 * and "tried to"), its object after it, a passive's subject as the undergoer and its "by" phrase
 * as the doer, a noun event's "by"/possessive doer and its "on"/"against"/"of" undergoer.
 */
export interface RolePhrase {
  /** First and last token of the noun phrase, and its head word. */
  readonly first: number;
  readonly last: number;
  readonly head: number;
  /** One side of a pair ("between troops and terrorists"): the other side is another role, not an item of this one's list. */
  readonly alone?: boolean;
  /** The phrase names both sides at once ("clashes between rival tribes"): the doer and the undergoer are one party. */
  readonly mutual?: boolean;
  /**
   * For a description set off after a name ("Abu Jandal al-Kuwaiti, an ISIL gang leader"), the
   * name's first and head token: who the description is. The phrase keeps the description's words
   * (as corpora annotate the role), the name gives its canonical actor.
   */
  readonly named?: { readonly first: number; readonly head: number };
  /**
   * For a pronoun standing alone as the phrase ("she", "they", the "its" of "its investigation"), the
   * noun phrase it stands for in its sentence (pronoun-antecedent.ts): "A woman was arrested after
   * she vandalized a sign" gives "A woman" for "she". The phrase keeps the pronoun's words.
   */
  readonly antecedent?: { readonly first: number; readonly last: number; readonly head: number };
}

const BE = PASSIVE_AUXILIARIES;
/** Object pronouns and subject pronouns that stand for a participant. */
const PRONOUNS = new Set([...PERSONAL_PRONOUNS, "you", "it", "who"]);
const RELATIVES = new Set(["who", "that", "which"]);
/** Words a tagger may read as determiners that open a clause, never a noun phrase ("said that gunmen killed"). */
const CLAUSE_OPENERS = CLAUSE_OPENING_WORDS;
/** Prepositions after an event noun that name its undergoer ("the attack on a bakery", "the killing of 13 people"). */
const UNDERGOER_PREPOSITIONS = new Set(["on", "against", "of", "upon", "at"]);
/** Words a noun phrase is made of, before its head. */
const NP_INSIDE = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"]);
/** Tokens a noun phrase may end with. */
const HEADS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
/** Tokens between a subject and its verb: "have", "were reportedly", "tried to", "had not". */
const BETWEEN_SUBJECT_AND_VERB = new Set(["AUX", "ADV", "PART"]);
/** Words of place that may close a subject's phrase with no object of their own ("residents nearby", "guests ... above"). */
const LOCATIVE_POST_MODIFIERS: ReadonlySet<string> = EVENT_WORDS.get("locative-post-modifiers");
/**
 * Verbs whose subject undergoes them: "two civilians died", "a soldier drowned". Their subject is
 * the event's undergoer, and they have no doer of their own. So is a plea's: "Epstein pleaded guilty"
 * is Epstein's conviction (triggers.tsv trg:pleaded-guilty), whose doer is the court, unnamed. So is
 * the subject of a collapse or a capsizing: "the hotel's roof collapsed", "a ferry capsized" (neither
 * the roof, nor the hotel that owns it, nor the ferry did anything). Not "crashed", "collided" or
 * "sank", which also take objects: "a man crashed his car", "a torpedo sank the ship".
 */
export const UNDERGOER_SUBJECT_VERBS: ReadonlySet<string> = EVENT_WORDS.get("undergoer-subject-verbs");
/**
 * "died of a gunshot wound", "succumbed to stab wounds": the verb whose subject died of the event noun at `anchor` (its
 * determiners and modifiers aside), or -1.
 */
export function undergoneCauseVerb(s: SentenceView, anchor: number): number {
  let i = anchor - 1;
  while (i > 0 && CAUSE_NOUN_PREMODIFIER_POS.has(s.tokens[i]!.pos)) i--;
  return i > 0 && CAUSE_PREPOSITIONS.has(s.words[i]!) && UNDERGOER_SUBJECT_VERBS.has(s.tokens[i - 1]!.normal) ? i - 1 : -1;
}
const CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "from", "to"]);
const CAUSE_NOUN_PREMODIFIER_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "NUM", "PROPN"]);

/**
 * Verbs whose subject, with no object, is the weapon: "the device exploded", "a bomb went off".
 * Only "X detonated the bomb" (an object) makes X the doer.
 */
const INSTRUMENT_SUBJECT_VERBS = EVENT_WORDS.get("instrument-subject-verbs");
/** Past forms of verbs no one does to anyone ("clashed", "rioted", "marched"): never a reduced passive. */
const INTRANSITIVE_PASTS: ReadonlySet<string> = EVENT_WORDS.get("intransitive-pasts");
/**
 * Verbs whose object is the weapon, not the target: "detonated explosive belts", "fired rockets at
 * the base", "planted a bomb near the gate". Their target is the phrase after "at"/"on"/"against"
 * that follows the weapon, if any.
 */
const WEAPON_OBJECT_VERBS = EVENT_WORDS.get("weapon-object-verbs");
/** The longest bracketed expansion skipped between a name and its relative pronoun ("[Army of National Liberation]": 5). Unit: tokens. */
const BRACKET_MAX_TOKENS = 10;
/** A quotation mark token (straight or curly, single or double). */
export const QUOTE_MARK = /^["“”'‘’]$/;
/** How far a verb's subject or object may lie, in tokens ("Three other Russian military personnel were wounded"). */
const ROLE_REACH_TOKENS = 8;

function isHead(s: SentenceView, i: number): boolean {
  const t = s.tokens[i];
  if (!t || !HEADS.has(t.pos)) return false;
  if (t.pos === "PRON") return PRONOUNS.has(t.normal);
  // "her" before a noun is a possessive ("her husband"), not the phrase's head.
  return true;
}

/** The noun phrase ending at head `h`: its modifiers and determiner to the left. */
export function phraseEndingAt(s: SentenceView, h: number): RolePhrase {
  let first = h;
  if (s.tokens[h]!.pos !== "PRON") {
    while (first - 1 >= 0 && h - first < ROLE_REACH_TOKENS && (NP_INSIDE.has(s.tokens[first - 1]!.pos) || /^['’]s$/.test(s.tokens[first - 1]!.normal) || joinsAdjectives(s, first - 1)) && !CLAUSE_OPENERS.has(s.tokens[first - 1]!.normal) && s.clause[first - 1] === s.clause[h]) first--;
  }
  return { first, last: h, head: h };
}

/** "a high or moderate risk", "local and foreign journalists": an "and"/"or" between two adjectives is inside the noun phrase. */
function joinsAdjectives(s: SentenceView, i: number): boolean {
  if (!(s.words[i] === "or" || s.words[i] === "and")) return false;
  // "one and a half million Armenian people", "two or three soldiers": an "and"/"or" between numbers is inside one figure.
  if (s.tokens[i - 1]?.pos === "NUM" && (s.tokens[i + 1]?.pos === "NUM" || (s.words[i + 1] === "a" && FRACTIONS.has(s.words[i + 2] ?? "")))) return true;
  return s.tokens[i - 1]?.pos === "ADJ" && s.tokens[i + 1]?.pos === "ADJ";
}
/** Fractions that join a number ("one and a half million"). */
const FRACTIONS: ReadonlySet<string> = EVENT_WORDS.get("fractions");

/** The noun phrase starting at token `from`: up to its last noun before anything else ("a young man on TV" -> "a young man"). */
function phraseStartingAt(s: SentenceView, start: number): RolePhrase | null {
  // "killing at least 25 people", "injuring more than 260 others": the bound is the count's, the phrase starts at the number.
  const from = start + boundBefore(s, start);
  let i = from;
  const t0 = s.tokens[i];
  if (!t0) return null;
  if (t0.pos === "PRON") {
    // "her husband", "his enemies": a possessive determiner; "them", "him": the phrase itself.
    if (POSSESSIVE_DETERMINERS.has(t0.normal) && s.tokens[i + 1] && NP_INSIDE.has(s.tokens[i + 1]!.pos)) i++;
    else return PRONOUNS.has(t0.normal) ? { first: from, last: from, head: from } : null;
  }
  let head = -1;
  for (; i < s.tokens.length && i <= from + ROLE_REACH_TOKENS; i++) {
    const t = s.tokens[i]!;
    // "a judge last week": a time after the head is an adjunct, not the phrase's head.
    if (head >= 0 && s.times?.has(s.words[i]!)) break;
    // "found the area the police had searched", "gave the chief a warning": no determiner follows a noun
    // phrase's head inside it; the determiner opens another phrase. Not "no" before a number: "detachment
    // no 1 commandos" abbreviates "number" inside the phrase.
    if (head >= 0 && t.pos === "DET" && s.tokens[i + 1]?.pos !== "NUM") break;
    // "demanded Obama release his records", "insisted the governor resign": after a verb that takes a bare
    // (mandative) infinitive, a noun before a determiner is that infinitive, the tagger's noun; the phrase
    // is the name before it. Only there: "gave the Kano government its share" is one phrase before "its".
    if (head >= 0 && t.pos === "NOUN" && opensObjectAfter(s, i + 1) && MANDATIVE_VERBS.has(s.words[from - 1] ?? "")) break;
    if (t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "NUM" && !isNounAfter(s, i))) head = i;
    // "killed a village chief in", "the army chief of": a word the tagger calls an adjective, right after the noun
    // heading the phrase and ending it, is a noun of a compound (English puts few adjectives after their noun).
    else if (t.pos === "ADJ" && head === i - 1 && s.tokens[head]!.pos === "NOUN" && !NP_INSIDE.has(s.tokens[i + 1]?.pos ?? "") && !ADJECTIVE_ENDING.test(t.normal) && !POSTPOSITIVE_ADJECTIVES.has(t.normal)) head = i;
    // "130 more", "260 others": after a number, "more" and "others" stand for the people counted.
    else if (COUNTED_ELLIPSIS.has(t.normal) && s.tokens[i - 1]?.pos === "NUM" && i > from) head = i;
    // "four suspected militants", "two abducted girls": a participle the tagger read as a verb, between a count or
    // determiner and a noun, modifies the noun; so does one opening an agent's phrase ("by self-radicalized terrorists").
    else if ((i > from || s.words[from - 1] === "by") && isPrenominalParticiple(s, i)) continue;
    else if (!NP_INSIDE.has(t.pos) && !/^['’]s$/.test(t.normal)) break;
  }
  if (head < 0 && i - 1 > from && isNominalAdjective(s, i - 1)) {
    // "shot her dead", "found her guilty", "beat her unconscious": "her" is both a possessive and an object
    // pronoun; with no noun after it, the adjective is what the verb left her in, and "her" is the phrase.
    if (PRONOUNS.has(t0.normal)) return { first: from, last: from, head: from };
    head = i - 1;
  }
  if (head < 0) return null;
  // "detained dozens of opposition supporters", "a handful of soldiers": an amount's "of" ties it to what is counted, which heads the phrase.
  // "killed 15 of the assailants": a number with no noun after it counts the people of the "of the" phrase.
  if ((QUANTITY_NOUNS.has(s.words[head]!) || (s.tokens[head]!.pos === "NUM" && PARTITIVE_OPENERS.has(s.words[head + 2] ?? ""))) && s.words[head + 1] === "of" && s.clause[head + 2] === s.clause[head]) {
    const counted = phraseStartingAt(s, head + 2);
    if (counted && (s.tokens[counted.head]!.pos === "NOUN" || s.tokens[counted.head]!.pos === "PROPN")) return { first: from, last: counted.last, head: counted.head };
  }
  return { first: from, last: head, head };
}
/** Endings only adjectives have ("responsible", "wounded", "dangerous"): such a word after a noun stays its modifier. */
const ADJECTIVE_ENDING = /(?:ble|ed|ing|ous|ful|less|ive|ic|ish|ary|ent|ant)$/;
/** Determiners of a partitive's whole after a bare number ("15 of the assailants", "two of their guards"). */
const PARTITIVE_OPENERS: ReadonlySet<string> = new Set(["the", "these", "those", ...POSSESSIVE_DETERMINERS]);
/** Adjectives that follow their noun ("people worldwide", "deals such as"). */
const POSTPOSITIVE_ADJECTIVES: ReadonlySet<string> = EVENT_WORDS.get("postpositive-adjectives");
/** Nouns of an amount ("dozens", "a handful"). */
const QUANTITY_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("quantity-nouns");

/** Verbs whose object may be the subject of a bare infinitive ("demanded Obama release", "insisted the minister resign"). */
const MANDATIVE_VERBS: ReadonlySet<string> = EVENT_WORDS.get("mandative-verbs");

/** A determiner or a possessive determiner at token i, opening a noun phrase ("the", "his"). */
function opensObjectAfter(s: SentenceView, i: number): boolean {
  const t = s.tokens[i];
  return !!t && ((t.pos === "DET" && !CLAUSE_OPENERS.has(t.normal)) || (t.pos === "PRON" && POSSESSIVE_DETERMINERS.has(t.normal)));
}

/**
 * An adjective that ends a noun phrase a determiner or number opens, with nothing nominal after
 * it: "a major general", "the wounded", "the elderly". Taggers read such heads (a title, a
 * nominalised adjective) as adjectives; the phrase still names people.
 */
function isNominalAdjective(s: SentenceView, i: number): boolean {
  if (s.tokens[i]?.pos !== "ADJ") return false;
  const next = s.tokens[i + 1];
  if (next && NP_INSIDE.has(next.pos)) return false;
  for (let k = i - 1; k >= 0 && i - k <= NOMINAL_ADJECTIVE_REACH_TOKENS; k--) {
    const t = s.tokens[k]!;
    if (t.pos === "ADJ" || t.pos === "ADV") continue;
    return (t.pos === "DET" || t.pos === "NUM" || POSSESSIVE_DETERMINERS.has(t.normal)) && !CLAUSE_OPENERS.has(t.normal);
  }
  return false;
}
/** Adjectives between the determiner and the adjective that heads its phrase ("a retired army major general": 3). Unit: tokens. */
const NOMINAL_ADJECTIVE_REACH_TOKENS = 3;

/** Words standing for the people a number counts when no noun follows it ("130 more", "260 others"). */
const COUNTED_ELLIPSIS = new Set(["more", "others", "other"]);

/** The length of a bound ("at least", "more than", "some") at token i that a number follows; 0 when there is none. */
function boundBefore(s: SentenceView, i: number): number {
  for (const b of s.quantityBounds?.get(s.words[i] ?? "") ?? []) {
    const n = b.words.length;
    if (b.words.every((w, k) => s.words[i + k] === w) && s.tokens[i + n]?.pos === "NUM") return n;
  }
  return 0;
}

/** Whether a bound ("more than", "at least") ends right before token i, the number it bounds. */
function boundEndsAt(s: SentenceView, i: number): boolean {
  for (let n = 1; n <= MAX_BOUND_WORDS; n++) if (i - n >= 0 && boundBefore(s, i - n) === n) return true;
  return false;
}
/** The longest bound of quantity-modifiers.tsv ("more than", "up to", "as many as": 3). Unit: tokens. */
const MAX_BOUND_WORDS = 3;

function isNounAfter(s: SentenceView, i: number): boolean {
  const n = s.tokens[i + 1];
  return !!n && (n.pos === "NOUN" || n.pos === "PROPN" || n.pos === "ADJ" || n.pos === "NUM");
}

/** The subject of the verb at `anchor`: the head left of it, through auxiliaries, adverbs and "tried to"; a relative pronoun gives its antecedent. */
function subjectOf(s: SentenceView, anchor: number): RolePhrase | null {
  // Set on the "to" of an infinitive, and on an adjunct skipped after it (purposeAdjunctBefore).
  let infinitive = false, skippedAdjunct = false;
  // Set on a control noun's verb ahead ("made an attempt to arrest": "made"), which shares its subject with the infinitive.
  let controlled = false;
  for (let i = anchor - 1, reach = 0; i >= 0 && reach < ROLE_REACH_TOKENS; i--) {
    const t = s.tokens[i]!;
    // "A neo-Nazi group, including former SS veterans, has demolished": an aside between the
    // subject and its verb is skipped, whatever its length; the subject is the phrase before it.
    if (s.aside[i]) continue;
    // 'the Khans had "viciously attacked" him': a quotation mark around the verb stands in no role.
    if (QUOTE_MARK.test(s.words[i]!)) continue;
    reach++;
    // "Chaika, Russia's prosecutor general, publicly urged": a noun phrase set off by commas right
    // before the verb is an apposition to the subject, and names it.
    if (t.normal === ",") { const a = appositionBefore(s, i); return a ? withNameBefore(s, a) : participialAsideBefore(s, i) ?? relativeAsideBefore(s, i); }
    if (RELATIVES.has(t.normal) && t.pos !== "DET") {
      let j = i - 1;
      if (s.tokens[j]?.normal === ",") j--;
      // "the ELN [Army of National Liberation], which kidnapped": a bracketed expansion of the name is skipped.
      if (s.words[j] === ")" || s.words[j] === "]") {
        const opener = s.words[j] === ")" ? "(" : "[";
        let k = j - 1;
        while (k > 0 && j - k <= BRACKET_MAX_TOKENS && s.words[k] !== opener) k--;
        if (s.words[k] === opener) j = k - 1;
      }
      // "Omar Mateen, the gunman who killed": the description the relative hangs on names the man before its comma.
      return j >= 0 && isHead(s, j) && s.tokens[j]!.pos !== "PRON" ? withNameBefore(s, phraseEndingAt(s, j)) : null;
    }
    // "Residents nearby were injured", "guests staying in a pension above were injured": a locative word
    // closing the subject right before its verb post-modifies it (a tagger may read it as an adjective or a preposition).
    if (LOCATIVE_POST_MODIFIERS.has(t.normal) && i + 1 < anchor && (s.tokens[i + 1]!.pos === "AUX" || s.tokens[i + 1]!.pos === "VERB") && i > 0 && (isHead(s, i - 1) || s.tokens[i - 1]!.pos === "PROPN")) continue;
    // "Militants tonight carried out", "The army last night shelled": a bare time between the subject and
    // its verb is an adjunct; the subject is the noun phrase before it.
    if (s.times?.has(s.words[i]!) && (s.tokens[i]!.pos === "NOUN" || s.tokens[i]!.pos === "PROPN" || s.tokens[i]!.pos === "ADV")) {
      const j = TIME_MODIFIERS.has(s.words[i - 1] ?? "") ? i - 2 : i - 1;
      if (j >= 0 && s.tokens[j]!.pos !== "ADP" && (isHead(s, j) || isNominalAdjective(s, j)) && !s.times.has(s.words[j]!)) { i = j + 1; continue; }
    }
    if (isHead(s, i)) {
      // "On Monday in Kabul gunmen attacked": a fronted locative phrase with no comma ends at its name; the subject follows it.
      const p = phraseEndingAt(s, i);
      const fronted = afterFrontedPlace(s, p);
      if (fronted) return fronted;
      // "gathered in the square in order to protest", "went to the village to arrest": the noun
      // before an infinitive's "to" may end an adjunct of the verb before it; that verb's subject
      // does the infinitive's deed, so the scan goes on past the adjunct to it.
      const adjunct = infinitive ? purposeAdjunctBefore(s, p) : -1;
      if (adjunct >= 0) { i = adjunct; skippedAdjunct = true; continue; }
      // "had guns at the ready to shoot": a noun between the skipped adjunct and its verb is that verb's object.
      if (skippedAdjunct) return null;
      // "fighters entered the town to attack", "stormed the prison to free": a site right before the
      // infinitive's "to" is the object of the verb before it, and no site does a deed; the infinitive
      // tells that verb's purpose, so that verb's subject does it (as after an adjunct).
      if (infinitive && objectSiteBeforeInfinitive(s, p, anchor)) { i = p.first; skippedAdjunct = true; continue; }
      // "he has the right to attack", "the group's decision to attack": a control noun right before the
      // infinitive's "to" does not do its deed; its possessor does, or the subject of the verb it is the object of.
      if (infinitive && s.words[p.last + 1] === "to" && s.controlNouns?.has(s.words[p.head]!) && isInfinitiveOf(s, p.last + 1, anchor)) {
        // "Clinton plans to visit", "the army vows to fight": a plural-looking control noun after a noun of its
        // phrase is a verb the tagger read as a noun; the phrase before it is the subject.
        if (p.head > p.first && s.words[p.head]!.endsWith("s") && isHead(s, p.head - 1)) return withNameBefore(s, headOfPostModified(s, phraseEndingAt(s, p.head - 1)));
        const controller = controllerOf(s, p);
        if (controller === "verb") { i = p.first; controlled = true; continue; }
        return controller;
      }
      // "The opposition on Thursday called": a time after a preposition is an adjunct; the subject is before it.
      if (s.times?.has(s.words[i]!) && s.tokens[p.first - 1]?.pos === "ADP") { i = p.first - 1; continue; }
      return withNameBefore(s, headOfPostModified(s, p));
    }
    // "A major general was killed", "the wounded were taken": a tagger may read a noun phrase's last word as an adjective.
    if (isNominalAdjective(s, i)) {
      const p = phraseEndingAt(s, i);
      const adjunct = infinitive ? purposeAdjunctBefore(s, p) : -1;
      if (adjunct >= 0) { i = adjunct; skippedAdjunct = true; continue; }
      return skippedAdjunct ? null : p;
    }
    if (t.normal === "to" && !skippedAdjunct) infinitive = true;
    if (BETWEEN_SUBJECT_AND_VERB.has(t.pos) || t.normal === "to") continue;
    // "opted to", "tried to": a verb governing the trigger's infinitive shares its subject; so does
    // one governing its gerund ("planes began bombarding the city", "kept firing"), and one whose
    // adjunct was skipped ("gathered in the square in order to protest": "gathered").
    if (t.pos === "VERB" && (skippedAdjunct || controlled || s.tokens[i + 1]?.normal === "to" || (reach === 1 && s.tokens[anchor]!.normal.endsWith("ing")))) {
      infinitive = skippedAdjunct = controlled = false;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * "In Kabul gunmen attacked", "On Monday in Caracas protesters clashed", "In northern Nigeria militants
 * killed": a locative phrase that opens the sentence (after a time at most) with no comma before its
 * subject runs its name into the subject's nouns; the subject is the common nouns after the name. Null
 * when the phrase `p` is no such run (no name then a common noun, or no opening preposition of place).
 */
function afterFrontedPlace(s: SentenceView, p: RolePhrase): RolePhrase | null {
  const prep = p.first - 1;
  if (prep < 0 || s.tokens[prep]!.pos !== "ADP" || !FRONTED_PLACE_PREPOSITIONS.has(s.tokens[prep]!.normal)) return null;
  // Only a time may stand before the preposition ("On Monday in Kabul").
  for (let k = 0; k < prep; k++) {
    const w = s.tokens[k]!;
    if (!(s.times?.has(s.words[k]!) || w.pos === "ADP" || w.pos === "DET" || w.pos === "NUM")) return null;
  }
  let k = p.first;
  while (k <= p.last && (s.tokens[k]!.pos === "ADJ" || s.tokens[k]!.pos === "DET")) k++;
  if (k > p.last || s.tokens[k]!.pos !== "PROPN") return null;
  while (k <= p.last && s.tokens[k]!.pos === "PROPN") k++;
  if (k > p.last || k > p.head || s.tokens[p.head]!.pos !== "NOUN") return null;
  for (let j = k; j <= p.last; j++) if (s.tokens[j]!.pos !== "NOUN" && s.tokens[j]!.pos !== "ADJ") return null;
  return { first: k, last: p.last, head: p.head };
}
/** Prepositions that open a fronted place ("In Kabul gunmen attacked"). */
const FRONTED_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "near", "across", "throughout"]);

/** Whether the "to" at `to` is the infinitive marker of the verb at `anchor` (adverbs between: "to swiftly attack"). */
function isInfinitiveOf(s: SentenceView, to: number, anchor: number): boolean {
  let k = to + 1;
  while (k < anchor && s.tokens[k]!.pos === "ADV") k++;
  return k === anchor;
}

/**
 * Who does the infinitive after a control noun phrase `p` ("the right", "an attempt", "the group's
 * decision"): its possessor ("its threat to strike": "its"; "the group's decision to attack": "the
 * group"), or "verb" when a verb (maybe a passive's: "were given the power to") takes the phrase as
 * its object, whose subject the scan goes on to; null when neither ("the plan to attack the city
 * was foiled" names no doer).
 */
function controllerOf(s: SentenceView, p: RolePhrase): RolePhrase | "verb" | null {
  const before = p.first - 1;
  if (before >= 0 && POSSESSIVE_DETERMINERS.has(s.tokens[before]!.normal) && s.tokens[before]!.pos === "PRON") return { first: before, last: before, head: before };
  for (let k = p.head - 1; k > p.first; k--) if (/^['’]s$/.test(s.words[k]!) && isHead(s, k - 1)) return phraseEndingAt(s, k - 1);
  let v = before;
  while (v >= 0 && s.tokens[v]!.pos === "ADV") v--;
  return v >= 0 && (s.tokens[v]!.pos === "VERB" || s.tokens[v]!.pos === "AUX") && !s.reportVerbs?.has(s.tokens[v]!.normal) ? "verb" : null;
}

/**
 * The preposition opening the adjunct that phrase `p` ends, when an infinitive follows it ("in the
 * square", "in order", "to the village" before "to arrest"), or -1. Prepositions that can introduce
 * the infinitive's own subject ("called on Russia to stop", "appealed to the rebels to release",
 * "time for the army to act") are not in ADJUNCT_PREPOSITIONS: their object stays the subject.
 */
function purposeAdjunctBefore(s: SentenceView, p: RolePhrase): number {
  const k = p.first - 1;
  const prep = s.tokens[k];
  if (!prep || prep.pos !== "ADP" || !ADJUNCT_PREPOSITIONS.has(prep.normal)) return -1;
  // "in the square", "at the ready", "to Kabul", and the idiom "in order": a bare plural after a
  // verb's particle is its object ("bus in supporters to stage a protest": the supporters stage it).
  const first = s.tokens[p.first]!;
  if (!(first.pos === "DET" || first.pos === "PROPN" || POSSESSIVE_DETERMINERS.has(first.normal) || (prep.normal === "in" && s.words[p.head] === "order"))) return -1;
  // "to the village" is an adjunct only where a verb governs it ("went to the village"); "appealed to the rebels" names the addressee.
  return prep.normal === "to" && !s.motionVerbs?.has(s.words[k - 1] ?? "") ? -1 : k;
}
/**
 * Whether phrase `p` is a verb's object naming a site (lexicon classes `site`, `site-plural`: "the
 * town", "the prisons") right before the "to" of the infinitive at `anchor`. An object that may do the
 * infinitive's deed ("urged the rebels to attack") is a person or group, never a site.
 */
function objectSiteBeforeInfinitive(s: SentenceView, p: RolePhrase, anchor: number): boolean {
  if (s.words[p.last + 1] !== "to" || !isInfinitiveOf(s, p.last + 1, anchor)) return false;
  const head = s.tokens[p.head]!;
  if (head.pos !== "NOUN" || !s.sites?.has(head.normal)) return false;
  const before = s.tokens[p.first - 1];
  return !!before && before.pos === "VERB" && !s.reportVerbs?.has(before.normal);
}
/** Prepositions of place, time and manner whose object is an adjunct, never the subject of an infinitive after it. */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "into", "from", "near", "across", "around", "inside", "outside", "throughout", "during", "through", "over", "toward", "towards", "to"]);

/**
 * "Abu Jandal al-Kuwaiti, an ISIL gang leader in Raqqah, was killed", "Chaika, Russia's prosecutor
 * general, urged": a description set off by a comma after a name is an apposition to it; the
 * subject is the name with its description, headed by the name (the description's head is a
 * title, the name is who took part). Not when the name is a preposition's object ("In Kabul, the
 * police said"): then the phrase after the comma is the subject itself.
 */
function withNameBefore(s: SentenceView, p: RolePhrase): RolePhrase {
  const comma = p.first - 1;
  if (s.tokens[comma]?.normal !== "," || s.tokens[p.first]!.pos === "PRON" || s.tokens[comma - 1]?.pos !== "PROPN") return p;
  // "According to the FMLN station, radio Venceremos, the guerrilla fighters destroyed": a plural
  // phrase describes no single name; the name before it ends a fronted adjunct.
  if (s.tokens[p.head]!.pos === "NOUN" && hasPluralEnding(s.words[p.head]!)) return p;
  const name = phraseEndingAt(s, comma - 1);
  if (s.tokens[name.first - 1]?.pos === "ADP" || s.times?.has(s.words[name.head]!)) return p;
  return { ...p, named: { first: name.first, head: name.head } };
}


/**
 * The noun phrase between two commas that ends at `comma` - 1, when it is an apposition: a noun
 * phrase (with its post-modifiers, no verb) whose opening comma follows a noun ("McCarthy, a
 * senator from Wisconsin, threatened ..." -> "a senator"). Null for anything else ("In Kabul, on
 * Monday, police said" has no noun before the verb's comma that another noun precedes).
 */
/** The first word of the name ending at h after an apposition's comma ("Maria" of "Maria Eugenia Landaeta"). */
function nameStart(s: SentenceView, from: number, h: number): number {
  let k = h;
  while (k > from && s.tokens[k - 1]!.pos === "PROPN") k--;
  return k;
}

function appositionBefore(s: SentenceView, comma: number): RolePhrase | null {
  // "Tamerlan, 26, died": an age between commas describes the name before it, which is the subject.
  if (s.tokens[comma - 1]?.pos === "NUM" && s.tokens[comma - 2]?.normal === "," && isNounHead(s, comma - 3)) return phraseEndingAt(s, comma - 3);
  // "Russia's prosecutor general": a tagger may read a title's last word as an adjective.
  const trailingAdjective = s.tokens[comma - 1]?.pos === "ADJ" && isNounHead(s, comma - 2);
  let h = trailingAdjective ? comma - 2 : comma - 1;
  if (!isNounHead(s, h)) return null;
  let open = -1;
  let postModified = false;
  for (let k = h - 1; k >= 0 && h - k <= APPOSITION_MAX_TOKENS; k--) {
    const w = s.tokens[k]!;
    if (w.normal === ",") { open = k; break; }
    // "Al-Shabaab, a Somali militant group linked to al-Qaeda, attacked": a participle after the apposition's
    // noun post-modifies it (once); the apposition's head is that noun, not the name after the participle.
    if (w.pos === "VERB" && !postModified && k < h && isPastParticiple(s, k) && isNounHead(s, k - 1)) { h = k - 1; postModified = true; continue; }
    if (w.pos === "VERB" || w.pos === "AUX" || w.pos === "SCONJ" || w.pos === "PUNCT") return null;
    // "the militant group that rules Gaza": a relative word after a noun opens a clause, whatever a tagger made of its verb (appositionWithRelativeBefore).
    if (RELATIVES.has(w.normal) && k > 0 && isNounHead(s, k - 1)) return null;
  }
  if (open < 1 || !isNounHead(s, open - 1)) return null;
  // ", who control the city,": a relative clause, whatever a tagger made of its verb (relativeAsideBefore).
  if (s.words[open + 1] === "who" || s.words[open + 1] === "which") return null;
  // "A local commander of Syria's National Defense Forces, a pro-Assad militia, was killed": an
  // apposition to a post-modifier's noun describes that noun; the subject is the phrase it hangs on.
  const before = phraseEndingAt(s, open - 1);
  const outer = headOfPostModified(s, before);
  // "The head of the department at the hospital, Maria Eugenia Landaeta, called": a name set off after
  // a post-modified description is that description's name (it outranks the description, as a name before it does).
  if (outer.head !== before.head) return s.tokens[h]!.pos === "PROPN" && s.tokens[outer.head]!.pos === "NOUN" && !trailingAdjective && !postModified ? { ...outer, named: { first: nameStart(s, open + 1, h), head: h } } : outer;
  const p = headOfPostModified(s, phraseEndingAt(s, h));
  if (p.first <= open) return null;
  return trailingAdjective && !postModified && p.last === h ? { ...p, last: h + 1 } : p;
}
/**
 * "Yemeni army soldiers, backed by allied fighters from Popular Committees, have launched": a
 * participle phrase set off by commas between a subject and its verb describes the subject; the
 * subject is the noun phrase before its opening comma. Null when no such phrase ends at `comma`.
 */
function participialAsideBefore(s: SentenceView, comma: number): RolePhrase | null {
  for (let k = comma - 1; k >= 1 && comma - k <= PARTICIPIAL_ASIDE_MAX_TOKENS; k--) {
    const w = s.tokens[k]!;
    if (w.normal === ",") return null;
    if (s.words[k - 1] !== ",") {
      if (w.pos === "AUX" || w.pos === "SCONJ" || (w.pos === "VERB" && k < comma - 1 && !isParticiple(s, k))) return null;
      continue;
    }
    // k opens the aside: it must be a participle ("backed", "led", "armed", "riding", "known"), after a noun.
    if (!(isParticiple(s, k) || isPastParticiple(s, k)) || !isNounHead(s, k - 2)) return null;
    return headOfPostModified(s, phraseEndingAt(s, k - 2));
  }
  return null;
}
/**
 * "The gunmen, who arrived on motorcycles, opened fire", "The army, which has fought the rebels for
 * years, shelled the town": a relative clause set off by commas between a subject and its verb
 * describes the subject; the subject is the noun phrase before its opening comma. Null when no such
 * clause ends at `comma`.
 */
function relativeAsideBefore(s: SentenceView, comma: number): RolePhrase | null {
  for (let k = comma - 1; k >= 1 && comma - k <= RELATIVE_ASIDE_MAX_TOKENS; k--) {
    const w = s.words[k]!;
    if (w === "," && !RELATIVES.has(s.words[k + 1] ?? "")) return appositionWithRelativeBefore(s, k, comma);
    if (w !== "," || !(s.words[k + 1] === "who" || s.words[k + 1] === "which")) continue;
    // The clause hangs on a noun ("who control the city": a tagger may read its verb as a noun).
    if (k + 2 >= comma || !isNounHead(s, k - 1)) return null;
    return headOfPostModified(s, phraseEndingAt(s, k - 1));
  }
  return null;
}
/**
 * "Hamas, the militant group that rules Gaza, fired rockets", "Boko Haram, a jihadist group which has
 * killed thousands, attacked": an apposition whose noun a relative clause post-modifies, set off by
 * commas between a subject and its verb, describes the subject; the subject is the noun phrase before
 * its opening comma (`open`). Null when the words between the commas are no such apposition, or when
 * the phrase before it is a preposition's object or a time ("In Kabul, the group that ...").
 */
function appositionWithRelativeBefore(s: SentenceView, open: number, comma: number): RolePhrase | null {
  if (open < 1 || !isNounHead(s, open - 1)) return null;
  let r = open + 1;
  while (r < comma && (NP_INSIDE.has(s.tokens[r]!.pos) || POSSESSIVE_MARKS.has(s.words[r]!)) && !RELATIVES.has(s.words[r]!)) r++;
  // The relative word after the apposition's noun, and words of its clause before the closing comma (whatever a tagger made of its verb).
  if (r >= comma - 1 || r === open + 1 || !RELATIVES.has(s.words[r]!) || !isNounHead(s, r - 1)) return null;
  const q = headOfPostModified(s, phraseEndingAt(s, open - 1));
  if (s.tokens[q.first - 1]?.pos === "ADP" || s.times?.has(s.words[q.head]!)) return null;
  return q;
}
/** The longest relative clause read between two commas ("who has been fighting the rebels for years": 8). Unit: tokens. */
const RELATIVE_ASIDE_MAX_TOKENS = 14;

/** The longest participle phrase read between two commas ("backed by allied fighters from Popular Committees": 6). Unit: tokens. */
const PARTICIPIAL_ASIDE_MAX_TOKENS = 10;

/** The longest apposition read between two commas ("Russia's prosecutor general": 4; "a senator from the state of Wisconsin": 7). Unit: tokens. */
const APPOSITION_MAX_TOKENS = 8;

/**
 * "the former mayor of Caracas was arrested", "100 physicians from around the world posted": the
 * noun right before a verb may end a prepositional post-modifier; the subject's head is the noun
 * the preposition hangs on. Followed back over at most POST_MODIFIER_HOPS prepositions.
 */
function headOfPostModified(s: SentenceView, p: RolePhrase): RolePhrase {
  let cur = p;
  for (let hop = 0; hop < POST_MODIFIER_HOPS; hop++) {
    let k = cur.first - 1;
    // "from around the world": a preposition, maybe an adverb before the phrase.
    while (k >= 0 && s.tokens[k]!.pos === "ADV") k--;
    // "from around the world", "from across the country": two prepositions, the first hangs on the noun.
    if (k >= 1 && s.tokens[k]!.pos === "ADP" && s.tokens[k - 1]!.pos === "ADP" && POST_MODIFIER_PREPOSITIONS.has(s.tokens[k - 1]!.normal)) k--;
    const prep = s.tokens[k];
    // "gunmen riding motorcycles", "a motorcycle loaded with explosives": a participle (with its
    // object or its preposition) post-modifies the noun before it, which heads the subject.
    if (prep && isParticiple(s, k) && prep.normal.endsWith("ing") && s.clause[k] === s.clause[cur.first]) {
      if (!isNounHead(s, k - 1)) return cur;
      cur = phraseEndingAt(s, k - 1);
      continue;
    }
    // "about 20 of those who planned the coup were killed", "the man who attacked the police was shot":
    // the noun right before the verb ends a relative clause; the subject is the noun the clause hangs on.
    // Not past an object pronoun: "women, who helped her beat back a challenge" ("her" does the beating).
    const relative = prep && s.tokens[cur.head]!.pos !== "PRON" ? relativeOpenerBefore(s, k) : -1;
    if (relative >= 0) {
      const h = s.words[relative - 1] === "," ? relative - 2 : relative - 1;
      if (!isNounHead(s, h) && s.words[h] !== "those") return cur;
      cur = phraseEndingAt(s, h);
      continue;
    }
    // "forces loyal to Assad", "leftists known to be sympathetic to ETA": a word of allegiance (lexicon
    // class `allegiance-word`) with its "to" or "with" post-modifies the noun before it, which heads the subject.
    // Not from a bare "it": "the land belonging to it acquired by the government ... and lift" has crossed a clause.
    if (prep && ALLEGIANCE_PREPOSITIONS.has(prep.normal) && s.allegianceWords?.has(s.words[k - 1] ?? "") && s.words[cur.head] !== "it") {
      let h = k - 2;
      if (s.words[h] === "be" && s.words[h - 1] === "to" && RAISING_WORDS.has(s.words[h - 2] ?? "")) h -= 3;
      if (!isNounHead(s, h) || s.clause[h] !== s.clause[cur.first]) return cur;
      cur = phraseEndingAt(s, h);
      continue;
    }
    // "Gang members led by Jimmy Cherizier set fire", "militias backed by Iran attacked": a past participle with
    // its "by" post-modifies the noun before it, which heads the subject; the name after "by" only describes it.
    if (prep?.normal === "by" && isPastParticiple(s, k - 1) && isNounHead(s, k - 2) && s.clause[k - 2] === s.clause[cur.first]) {
      cur = phraseEndingAt(s, k - 2);
      continue;
    }
    if (!prep || prep.pos !== "ADP" || prep.normal === "by" || !(POST_MODIFIER_PREPOSITIONS.has(prep.normal) || isPeopleOnSomething(s, k) || isActOnSomething(s, k))) return cur;
    // "a motorcycle loaded with explosives", "men armed with knives": the preposition may hang on a participle, which hangs on the noun.
    if (isParticiple(s, k - 1) && isNounHead(s, k - 2) && s.clause[k - 2] === s.clause[cur.first]) { cur = phraseEndingAt(s, k - 2); continue; }
    if (!isNounHead(s, k - 1)) return cur;
    // "Thousands of Kenyans took part": an amount's "of" phrase names the people counted, which head the subject.
    // "Tens of thousands of Georgians": amounts of amounts too.
    if (prep.normal === "of" && QUANTITY_NOUNS.has(s.words[k - 1]!)) { cur = { first: phraseEndingAt(s, k - 1).first, last: cur.last, head: cur.head }; continue; }
    cur = phraseEndingAt(s, k - 1);
  }
  return cur;
}

/**
 * The relative pronoun ("who", "that", "which") opening the verb group that ends at `k` ("who
 * planned", "that had attacked", "who have long opposed"), or -1: the noun after that verb group is
 * inside the relative clause, not the subject of the verb after it.
 */
export function relativeOpenerBefore(s: SentenceView, k: number): number {
  if (s.tokens[k]?.pos !== "VERB") return -1;
  for (let i = k - 1; i >= 0 && k - i <= RELATIVE_VERB_GROUP_TOKENS; i--) {
    const t = s.tokens[i]!;
    if (RELATIVES.has(t.normal) || t.normal === "whom") return t.normal === "that" && t.pos === "SCONJ" ? -1 : i;
    if (t.pos !== "AUX" && t.pos !== "ADV" && t.pos !== "PART") return -1;
  }
  return -1;
}
/** Words of a relative clause's verb group before its verb ("who had already been": 3). Unit: tokens. */
const RELATIVE_VERB_GROUP_TOKENS = 4;

/** A noun (not a pronoun or a number) that can head a subject. */
function isNounHead(s: SentenceView, i: number): boolean {
  return i >= 0 && isHead(s, i) && s.tokens[i]!.pos !== "PRON" && s.tokens[i]!.pos !== "NUM";
}

/** A past participle right after a noun (`before`, adverbs skipped): "a man killed", "soldiers abducted". */
export function isReducedPassive(s: SentenceView, anchor: number, before: number): boolean {
  const t = s.tokens[anchor]!;
  // "a man shot by police", "a woman hit by a bus": an irregular participle too (a form other than its lemma's).
  return t.pos === "VERB" && (t.normal.endsWith("ed") || isPastParticiple(s, anchor)) && isNounHead(s, before) && s.clause[before] === s.clause[anchor];
}

/**
 * The noun phrase before an aside that a past participle opens ("Chérif Chekatt – shot dead by police –
 * had pledged", "The man, wounded in the attack, died"): the aside is closed by the same mark before the
 * sentence's verb, which follows it at once. With commas, no verb may stand before the noun (the noun
 * is the subject): "Militants attacked the village, killed five people, burned houses" is a list of verbs.
 */
function asideParticipleHost(s: SentenceView, anchor: number, before: number): RolePhrase | null {
  const mark = s.words[before];
  // An irregular past the tagger read as a noun keeps its noun lemma ("shot"): the lexicon's class says it is a past.
  const participle = isPastParticiple(s, anchor) || (s.tokens[anchor]!.pos === "VERB" && !!s.irregularPasts?.has(s.words[anchor]!));
  if (!mark || !ASIDE_MARKS.has(mark) || !participle || !isNounHead(s, before - 1)) return null;
  let close = anchor + 1;
  while (close < s.tokens.length && close - anchor <= ASIDE_PARTICIPLE_REACH_TOKENS && s.words[close] !== mark && s.tokens[close]!.pos !== "VERB" && s.tokens[close]!.pos !== "AUX") close++;
  if (s.words[close] !== mark) return null;
  let v = close + 1;
  while (s.tokens[v]?.pos === "ADV") v++;
  if (s.tokens[v]?.pos !== "VERB" && s.tokens[v]?.pos !== "AUX") return null;
  if (mark === ",") for (let k = 0; k < before - 1; k++) if (s.tokens[k]!.pos === "VERB") return null;
  return phraseEndingAt(s, before - 1);
}
/** From an aside's participle to its closing mark ("shot dead by French police –": 4). Unit: tokens. */
const ASIDE_PARTICIPLE_REACH_TOKENS = 8;

/**
 * The noun phrase a past participle right after it undergoes when that phrase is a preposition's
 * object ("of the members killed", "to those injured", "Of the 130 injured"): such a noun is no
 * subject, so the participle is passive. Null otherwise ("Gunmen killed three", "members of X
 * kidnapped a peasant": an object follows, the verb is active).
 */
export function reducedPassiveAfterPreposition(s: SentenceView, anchor: number, before: number): RolePhrase | null {
  const t = s.tokens[anchor]!;
  if (!(t.pos === "VERB" || t.pos === "ADJ") || !t.normal.endsWith("ed") || before < 0 || s.clause[before] !== s.clause[anchor]) return null;
  // "the release of a cleric clashed with police": a verb no one does to anyone has no passive.
  if (INTRANSITIVE_PASTS.has(t.normal)) return null;
  // "as FMLN members kidnapped a peasant", "the device in Manrique destroyed the bank": an object makes it active.
  if (objectOf(s, anchor)) return null;
  const head = s.tokens[before]!;
  // "of those imprisoned": a tagger reads "those" as a pronoun or as a determiner; standing right before the participle it is the phrase.
  const those = head.normal === "those";
  if (!(isNounHead(s, before) || head.pos === "NUM" || those)) return null;
  const p = those ? { first: before, last: before, head: before } : phraseEndingAt(s, before);
  const prep = s.tokens[p.first - 1];
  if (!prep || !PARTITIVE_PREPOSITIONS.has(prep.normal) || s.clause[p.first - 1] !== s.clause[anchor]) return null;
  // "ransacked and firebombed the embassy": a coordinated verb shares an object; the verb is active.
  let n = anchor + 1;
  while (s.tokens[n]?.pos === "ADV") n++;
  if ((s.tokens[n]?.normal === "and" || s.tokens[n]?.normal === "or") && s.tokens[n + 1]?.pos === "VERB") return null;
  // "Thousands of Sudanese rallied in the capital": a count's phrase that opens the clause is its subject,
  // and with no other finite verb after it the participle-looking word is the clause's own verb (active).
  // "Tens of thousands of Georgians rallied": a count of counts opens the clause the same way.
  if (prep.normal === "of" && opensClause(s, countChainStart(s, p.first - 2), anchor) && !finiteVerbAfter(s, anchor)) return null;
  return p;
}

/** The head of the first amount of a chain of amounts ending at `h` ("Tens" of "Tens of thousands"), or `h`. */
function countChainStart(s: SentenceView, h: number): number {
  let k = h;
  for (let hop = 0; hop < MAX_COUNT_CHAIN && s.words[k - 1] === "of" && QUANTITY_NOUNS.has(s.words[k - 2] ?? ""); hop++) k -= 2;
  return k;
}
/** Amounts of amounts read back ("tens of thousands of": 1). */
const MAX_COUNT_CHAIN = 2;

/** The noun phrase ending at token `h` is the first thing in its clause (a dateline or a comma may come before). */
function opensClause(s: SentenceView, h: number, anchor: number): boolean {
  if (h < 0 || (!isNounHead(s, h) && s.tokens[h]!.pos !== "NUM")) return false;
  const first = phraseEndingAt(s, h).first;
  const prev = s.tokens[first - 1];
  return !prev || s.clause[first - 1] !== s.clause[anchor] || prev.pos === "PUNCT";
}

/** A tensed verb or auxiliary after token `anchor` in its clause ("Dozens of people hurt in the blast were taken ..."). */
function finiteVerbAfter(s: SentenceView, anchor: number): boolean {
  for (let i = anchor + 1; i < s.tokens.length && s.clause[i] === s.clause[anchor]; i++) {
    const t = s.tokens[i]!;
    if (t.pos === "AUX" || (t.pos === "VERB" && !t.normal.endsWith("ing") && s.tokens[i - 1]!.normal !== "to")) return true;
  }
  return false;
}
/**
 * "four men injured", "the 12 killed were policemen": a casualty participle with no object right
 * after a noun phrase is passive whatever comes before (no one "injured" without an object), so the
 * phrase undergoes it. Null when an object follows or a verb is coordinated ("killed and burned the village").
 */
function casualtyParticipleAfter(s: SentenceView, anchor: number, before: number): RolePhrase | null {
  const t = s.tokens[anchor]!;
  if (!CASUALTY_PARTICIPLES.has(t.normal) || before < 0 || s.clause[before] !== s.clause[anchor]) return null;
  if (!(isNounHead(s, before) || s.tokens[before]!.pos === "NUM" || s.words[before] === "those") || objectOf(s, anchor)) return null;
  let n = anchor + 1;
  while (s.tokens[n]?.pos === "ADV") n++;
  if ((s.words[n] === "and" || s.words[n] === "or") && s.tokens[n + 1]?.pos === "VERB") return null;
  return phraseEndingAt(s, before);
}
/**
 * "the slain military officials", "two wounded soldiers", "his kidnapped son": a past participle
 * after a determiner, number, adjective or possessive and before a noun is inside that noun's
 * phrase, which undergoes it. Null for anything else ("police arrested two men": no determiner before).
 */
function attributiveUndergoer(s: SentenceView, anchor: number): RolePhrase | null {
  const t = s.tokens[anchor]!;
  if (!(t.normal.endsWith("ed") || IRREGULAR_PARTICIPLES.has(t.normal)) || t.pos === "PROPN") return null;
  const prev = s.tokens[anchor - 1];
  if (!prev || !(prev.pos === "DET" || prev.pos === "NUM" || prev.pos === "ADJ" || POSSESSIVE_DETERMINERS.has(prev.normal) || /^['’]s$/.test(prev.normal))) return null;
  // "that killed": a relative pronoun or complementiser read as a determiner opens a clause.
  if (CLAUSE_OPENERS.has(prev.normal)) return null;
  const next = s.tokens[anchor + 1];
  if (!next || !(next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN")) return null;
  const rest = phraseStartingAt(s, anchor + 1);
  // "a mined field", "the shelled area": a site so described is where the deed was done; the clause's place, not its undergoer.
  if (!rest || !isNounHead(s, rest.head) || s.clause[rest.head] !== s.clause[anchor] || s.times?.has(s.words[rest.head]!) || s.weapons?.has(s.words[rest.head]!) || s.sites?.has(s.words[rest.head]!)) return null;
  let first = anchor;
  while (first - 1 >= 0 && anchor - first < ROLE_REACH_TOKENS && (NP_INSIDE.has(s.tokens[first - 1]!.pos) || POSSESSIVE_DETERMINERS.has(s.words[first - 1]!)) && !CLAUSE_OPENERS.has(s.words[first - 1]!)) first--;
  return { first, last: rest.last, head: rest.head };
}
/**
 * "Police freed kidnapped aid workers", "the UN condemned the killed journalists", "flew on convicted
 * sex offender Epstein's plane", "met jailed opposition leader Navalny": a past participle before the
 * noun it describes (after a verb, a preposition, a determiner, a number, an adjective or a
 * possessive; never after "be", "have" or a relative pronoun, which make it a verb, nor first in its sentence) tells that
 * noun's state. Whoever the clause names before it did something else, not this deed.
 */
export function isPrenominalParticiple(s: SentenceView, anchor: number): boolean {
  const t = s.tokens[anchor]!;
  if (!(t.normal.endsWith("ed") || IRREGULAR_PARTICIPLES.has(t.normal)) || (t.pos !== "VERB" && t.pos !== "ADJ")) return false;
  const next = s.tokens[anchor + 1];
  if (!next || !(next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ") || s.times?.has(s.words[anchor + 1]!)) return false;
  const prev = s.tokens[anchor - 1];
  // A sentence's first word is more often a verb whose subject a fragment lost than a participle.
  if (!prev) return false;
  if (CLAUSE_OPENERS.has(prev.normal) || RELATIVES.has(prev.normal) || BE.has(prev.normal) || HAVE.has(prev.normal)) return false;
  return PRENOMINAL_OPENERS.has(prev.pos) || POSSESSIVE_DETERMINERS.has(prev.normal) || /^['’]s$/.test(prev.normal);
}
/** Tags of a word right before a participle that opens a noun phrase ("freed kidnapped", "on convicted", "the killed"). */
const PRENOMINAL_OPENERS: ReadonlySet<string> = new Set(["VERB", "ADP", "DET", "NUM", "ADJ"]);
const HAVE = new Set([...HAVE_FORMS, "having"]);

/** Past participles of harm that do not end in "-ed" ("the slain journalist", "a beaten man"). */
const IRREGULAR_PARTICIPLES = EVENT_WORDS.get("irregular-participles");

/** "left 89 people dead", "leaving two soldiers wounded": the noun phrase between a verb of leaving and the casualty word. */
function leftInState(s: SentenceView, anchor: number): RolePhrase | null {
  if (s.tokens[anchor]!.pos !== "ADJ" || !isHead(s, anchor - 1)) return null;
  const p = phraseEndingAt(s, anchor - 1);
  return LEAVE_VERBS.has(s.words[p.first - 1] ?? "") ? p : null;
}
const LEAVE_VERBS = EVENT_WORDS.get("leave-verbs");

/**
 * "Six soldiers killed in a Taliban attack were buried", "those injured in the blast": a casualty
 * participle with no object after a noun is a reduced passive. Not after a verb of leaving ("left
 * students injured"), whose subject caused the state (leftInState reads its undergoer).
 */
export function isObjectlessCasualtyParticiple(s: SentenceView, anchor: number): boolean {
  const p = casualtyParticipleAfter(s, anchor, anchor - 1);
  return p !== null && !LEAVE_VERBS.has(s.words[p.first - 1] ?? "");
}

/** Past participles of harm that take an object whenever they are active. */
const CASUALTY_PARTICIPLES = EVENT_WORDS.get("casualty-participles");

/**
 * Prepositions whose object a participle can only modify ("of the members killed", "to those
 * injured", "among the dead", "with two others injured"). Not the locative ones: "protesters in
 * Iran ransacked the embassy" has "in Iran" inside the subject of an active verb.
 */
const PARTITIVE_PREPOSITIONS = new Set(["of", "to", "among", "for", "with"]);

/** "and" or "or" at token i. */
function isJoiner(s: SentenceView, i: number): boolean {
  return s.words[i] === "and" || s.words[i] === "or";
}

/** "battling ISIS and the U.S government supplied ...": a phrase a verb follows begins a clause. */
function startsClause(s: SentenceView, q: RolePhrase): boolean {
  const n = s.tokens[q.last + 1];
  return !!n && (n.pos === "AUX" || n.pos === "VERB");
}

/** "beating politicians, and warning locals": an -ing word after the comma is another verb, not an item. */
function isGerund(s: SentenceView, q: RolePhrase): boolean {
  return s.words[q.first]!.endsWith("ing") && s.tokens[q.first]!.pos !== "DET";
}

/**
 * The other noun phrases of the list `p` stands in, in text order: "the maiming of men, women and
 * children" (women, children for "men"); "eight women, a 10-year-old girl and four men injured"
 * (eight women, a girl for "four men"). Items are joined by commas and a closing "and"/"or"; a list
 * with no "and"/"or" is none (a comma alone may open an apposition or a new clause), nor is a
 * phrase a verb follows ("killed two soldiers and police arrested two": police begin a clause).
 */
/** Tokens a list item's bracketed short name or expansion may span ("(IRGC)": 3). Unit: tokens. */
const ITEM_BRACKET_MAX_TOKENS = 10;

/** The token after a bracket that opens at i and closes within ITEM_BRACKET_MAX_TOKENS, else i. */
function pastBracket(s: SentenceView, i: number): number {
  if (s.words[i] !== "(") return i;
  for (let k = i + 1; k < s.words.length && k - i <= ITEM_BRACKET_MAX_TOKENS; k++) {
    if (s.words[k] === ")") return k + 1;
    if (s.words[k] === "(") return i;
  }
  return i;
}

/** The token before a bracket that closes at i and opens within ITEM_BRACKET_MAX_TOKENS, else i. */
function beforeBracket(s: SentenceView, i: number): number {
  if (s.words[i] !== ")") return i;
  for (let k = i - 1; k >= 0 && i - k <= ITEM_BRACKET_MAX_TOKENS; k--) {
    if (s.words[k] === "(") return k - 1;
    if (s.words[k] === ")") return i;
  }
  return i;
}

export function conjunctsOf(s: SentenceView, p: RolePhrase): RolePhrase[] {
  const right: RolePhrase[] = [];
  let joined = false;
  // "arrested 12 people, seven women and five men": a count of people in general that a comma list
  // follows is broken down by it (an apposition), not listed with it.
  if (isPeopleCount(s, p) && s.words[p.last + 1] === ",") return [];
  for (let cur = p; right.length < MAX_CONJUNCTS && !joined;) {
    // "Military Forces of Iran (IRGC) and Police Forces of Iran": an item's bracketed short name stands before the
    // joiner (only a joiner right after it: "This year (2018), the Japanese" is no list).
    const bracketed = pastBracket(s, cur.last + 1);
    let i = isJoiner(s, bracketed) ? bracketed : cur.last + 1;
    if (s.words[i] === ",") i++;
    if (isJoiner(s, i)) { joined = true; i++; } else if (i === cur.last + 1) break;
    const next = phraseStartingAt(s, i);
    if (!next || !isNounHead(s, next.head) || startsClause(s, next) || isGerund(s, next)) { joined = false; break; }
    right.push(next);
    cur = next;
  }
  const left: RolePhrase[] = [];
  let leftJoined = false;
  for (let cur = p; left.length < MAX_CONJUNCTS;) {
    let i = cur.first - 1;
    const joiner = isJoiner(s, i);
    if (joiner) i--;
    const comma = s.words[i] === ",";
    if (comma) i--;
    else if (!joiner) break;
    if (joiner && !comma) i = beforeBracket(s, i);
    // The list's closing "and" sits before its last item: only the item right before `p` may carry it.
    if (joiner && cur !== p) break;
    // "he and other public transit employees were given an ultimatum": a personal pronoun joined by "and" is an item too.
    const pronoun = joiner && PERSONAL_PRONOUNS.has(s.tokens[i]?.normal ?? "");
    if (!isNounHead(s, i) && !(s.tokens[i]?.pos === "NUM") && !pronoun) break;
    const prev = pronoun ? { first: i, last: i, head: i } : phraseEndingAt(s, i);
    // "in Northern Ireland, four workers and two soldiers": a phrase inside a preposition before the comma is no item.
    // "More than 100 prominent physicians, bioethicists and scientists": the "than" of a bound before the number is no preposition.
    // "even after a Supreme Court decision, and Republicans in Congress will": nor before a comma and its "and" (a clause's edge).
    if (comma && s.tokens[prev.first - 1]?.pos === "ADP" && !boundEndsAt(s, prev.first)) break;
    left.unshift(prev);
    if (joiner) leftJoined = true;
    cur = prev;
  }
  // Pushed to one list, not spread: one V8 elements kind for every result (core/keep.ts says why).
  const items: RolePhrase[] = [];
  if (leftJoined || joined) for (const q of left) items.push(q);
  if (joined) for (const q of right) items.push(q);
  return items;
}
/** A number of people in general ("12 people", "three persons"): lexicon class `generic-people` after a number. */
function isPeopleCount(s: SentenceView, p: RolePhrase): boolean {
  return !!s.genericPeople?.has(s.words[p.head]!) && s.tokens[p.head - 1]?.pos === "NUM";
}

/** Items read on either side of a list's phrase: a bound on the scan ("the Samaritans, the police, newspapers, ...": 6). */
const MAX_CONJUNCTS = 6;

/** "riding" in "gunmen riding motorcycles", "loaded" in "a motorcycle loaded with explosives": a participle with no auxiliary. */
function isParticiple(s: SentenceView, i: number): boolean {
  const t = s.tokens[i];
  // A tagger may read "armed" in "men armed with knives" as an adjective.
  return !!t && (t.pos === "VERB" ? /(?:ing|ed)$/.test(t.normal) : t.pos === "ADJ" && t.normal.endsWith("ed"));
}
/** Prepositions that post-modify a noun ("mayor of Caracas", "physicians from around the world", "people in Kabul", "France inside Syria"; not "on": "opened fire on the crowd", "called on Russia"). */
const ALLEGIANCE_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "with"]);
const POST_MODIFIER_PREPOSITIONS = new Set(["of", "from", "in", "at", "with", "around", "inside", "outside", "near", "across"]);
/**
 * "Gunmen on motorcycles killed", "soldiers on patrol were ambushed": "on" post-modifies the noun before it
 * when that noun starts no event word; "opened fire on the crowd", "an attack on a checkpoint" keep "on"
 * for the event's undergoer.
 */
function isPeopleOnSomething(s: SentenceView, k: number): boolean {
  return s.tokens[k]!.normal === "on" && k > 0 && (s.tokens[k - 1]!.pos === "NOUN" || s.tokens[k - 1]!.pos === "PROPN") && (s.triggerRows?.[k - 1] ?? NO_ROWS).length === 0;
}
const NO_ROWS: readonly unknown[] = [];
/**
 * "The Taliban's attack on the police station killed nine", "a night raid on the compound killed": "on" or
 * "against" after an event's noun names that event's undergoer, inside the subject the noun heads; the
 * phrase after it is no subject of the verb (it was read as the killing's doer).
 */
function isActOnSomething(s: SentenceView, k: number): boolean {
  return ACT_UNDERGOER_PREPOSITIONS.has(s.tokens[k]!.normal) && k > 0 && isEventNoun(s, k - 1);
}
const ACT_UNDERGOER_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "against"]);
/** Prepositions and participles followed back from a verb's nearest noun to the subject's head ("a bomber riding a motorcycle loaded with explosives": 2). */
const POST_MODIFIER_HOPS = 2;

/**
 * The subject of a participle with no auxiliary ("..., beating and kicking them", "posted a letter
 * urging ..."): the subject of the sentence's first verb before it.
 */
function participleSubject(s: SentenceView, anchor: number): RolePhrase | null {
  // "..., literally killing his enemies": adverbs before the participle are skipped.
  let p = anchor - 1;
  while (p > 0 && s.tokens[p]!.pos === "ADV") p--;
  const prev = s.tokens[p];
  // "is suspected of vandalizing signs", "were arrested after torching a bus", "while demanding
  // repayment": a gerund after a preposition or subordinator has no subject of its own either.
  // "Russia will not stop bombing it", "planes began shelling": a verb governing the gerund shares its subject.
  if (prev?.pos === "VERB" && p === anchor - 1 && !prev.normal.endsWith("ing")) return subjectOf(s, anchor);
  if (!prev || !(prev.normal === "," || prev.pos === "NOUN" || prev.pos === "PROPN" || prev.normal === "and" || GERUND_OPENERS.has(prev.normal))) return null;
  const described = reducedRelativeHead(s, anchor, p);
  if (described) return described;
  // The participle hangs on the nearest finite verb before it: "Police said gunmen opened fire on a
  // bus, killing five" (the gunmen, not the police); "... since the group launched attacks, killing 130".
  for (let i = p - 1; i > 0 && p - i <= MAX_SUBJECT_SEARCH_TOKENS; i--) {
    const t = s.tokens[i]!;
    if (t.pos !== "VERB" || t.normal.endsWith("ing")) continue;
    // "The building was shattered by an explosion ..., killing 168 people": a participle set off by a comma
    // after a passive with a "by" phrase tells what the agent's act did, not what its subject (who underwent
    // it) did; an event's or a weapon's noun there ("an explosion", "a roadside bomb") is the act itself, no
    // party. After a subordinator the clause's subject stays the doer ("was killed by a bomb while battling").
    // The same goes for a participle joined to such a one ("killing 168 people and injuring 500 others").
    const agent = (prev.normal === "," || prev.normal === "and") && isPassiveChain(s, i) ? agentRightAfter(s, i) : null;
    if (agent) return isEventNoun(s, agent.head) ? null : agent;
    const subject = subjectOf(s, i);
    if (subject) return subject;
  }
  let firstVerb = -1;
  for (let i = 0; i < anchor && i <= MAX_SUBJECT_SEARCH_TOKENS; i++) {
    if (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX") { firstVerb = i; break; }
  }
  return firstVerb > 0 && firstVerb < p ? subjectOf(s, firstVerb) : null;
}
/**
 * "students protesting the increase clashed", "air strikes from the US-led coalition bombing IS",
 * "was Trump threatening his opponent": a participle right after a noun phrase, with no comma, is a
 * reduced relative on that phrase, which does it. Not when the phrase is a verb's object and the
 * participle tells what that act did ("attacked the village killing 12": the attackers killed), nor
 * when the participle counts its undergoers ("in the market killing 12 people"): those are the
 * clause's consequences, whose doer is the clause's subject. Null then, and for a time ("on Monday").
 */
function reducedRelativeHead(s: SentenceView, anchor: number, prev: number): RolePhrase | null {
  const t = s.tokens[prev]!;
  if (!(t.pos === "NOUN" || t.pos === "PROPN") || s.times?.has(s.words[prev]!)) return null;
  const object = objectOf(s, anchor);
  if (object && (s.tokens[object.first]!.pos === "NUM" || boundBefore(s, object.first) > 0)) return null;
  const q = phraseEndingAt(s, prev);
  // "Police dispersed students protesting against fee hikes": a protest is never what the clause's act did
  // to its object, so the people right before the participle protest, object or not (people: a plural common
  // noun that is no site; not "visit the worst hit areas including godhra where setting ablaze").
  if (s.tokens[q.first - 1]?.pos === "VERB" && !(isPeopleHead(s, q.head) && s.triggerRows?.[anchor]?.some((r) => r.type === "PROTEST"))) return null;
  // "demonstrated in front of the ministry in Lilongwe demanding payment": a name after a locative word is
  // where the clause happened, and the participle after it tells more of the clause's act (its subject's).
  if (t.pos === "PROPN" && PLACE_PREPOSITIONS.has(s.words[q.first - 1] ?? "")) return null;
  // "fired tear gas at students protesting", "opened fire on worshippers leaving the mosque": people an act is
  // aimed at are no post-modifier of the noun before them; the participle describes them, and they do it.
  if (AIM_PREPOSITIONS.has(s.words[q.first - 1] ?? "") && !s.sites?.has(s.words[q.head]!)) return q;
  return headOfPostModified(s, q);
}
/** A plural common noun that names no site: "students", "workers" (not "areas", "godhra"). */
function isPeopleHead(s: SentenceView, head: number): boolean {
  return s.tokens[head]!.pos === "NOUN" && isPluralNoun(s, head) && !s.sites?.has(s.words[head]!);
}
/** Prepositions that aim an act at people ("fired at", "opened fire on", "a crackdown against"). */
const AIM_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "against", "on", "upon"]);

/** Prepositions and subordinators after which a gerund shares the sentence's subject ("suspected of vandalizing", "after torching", "while demanding"). */
const GERUND_OPENERS = new Set(["of", "for", "after", "before", "while", "when", "by", "without", "since", "upon", "in"]);
/** How far into a sentence its first verb is looked for (a bound on the scan, not a rule of grammar). */
const MAX_SUBJECT_SEARCH_TOKENS = 40;

/** The object of the verb ending at `last`: a noun phrase right after it (a particle or adverb between). */
function objectOf(s: SentenceView, last: number): RolePhrase | null {
  let i = last + 1;
  while (i < s.tokens.length && (s.tokens[i]!.pos === "ADV" || QUOTE_MARK.test(s.words[i]!) || s.tokens[i]!.pos === "ADP" && ["up", "down", "off", "out"].includes(s.tokens[i]!.normal))) i++;
  // "shot dead two guards": the state the deed left its object in comes before the object.
  if (i === last + 1 && s.words[i] === "dead" && s.tokens[i + 1] && NP_INSIDE.has(s.tokens[i + 1]!.pos)) i++;
  // "killed between 10 and 15 civilians": a range of counts opens the object; its phrase runs from the second count.
  if (s.words[i] === "between" && s.tokens[i + 1]?.pos === "NUM" && s.words[i + 2] === "and" && s.tokens[i + 3]?.pos === "NUM") return phraseStartingAt(s, i + 3);
  const t = s.tokens[i];
  if (!t || !(NP_INSIDE.has(t.pos) || t.pos === "PRON" || boundBefore(s, i) > 0)) return null;
  return phraseStartingAt(s, i);
}

/**
 * "fire" in "opened fire", "attack" in "launched an attack": a bare noun that is no person
 * ("arrested smugglers" holds its undergoer; "-ers", "-ists", "men" name people).
 */
function isBareThingNoun(s: SentenceView, p: RolePhrase): boolean {
  return p.first === p.last && s.tokens[p.head]!.pos === "NOUN" && !PERSON_NOUN.test(s.tokens[p.head]!.normal);
}
const PERSON_NOUN = /(?:ers|ors|ists|men|ians|ees)$/;

/** "at the base", "on a checkpoint": what a weapon was aimed at, right after it. */
function aimedAt(s: SentenceView, weaponLast: number): RolePhrase | null {
  const p = s.tokens[weaponLast + 1];
  return p && (p.normal === "at" || p.normal === "on" || p.normal === "against" || p.normal === "into") ? phraseStartingAt(s, weaponLast + 2) : null;
}

/** "by a sniper", "by the men": the phrase after a "by" within reach of the trigger, in its clause. */
function agentAfter(s: SentenceView, last: number, nominal = false): RolePhrase | null {
  // "three improvised explosive devices, emplaced by unidentified militants, detonated": a participle
  // set off by commas after a noun event is a reduced relative; its "by" names who used the thing.
  if (nominal && s.words[last + 1] === "," && isPastParticiple(s, last + 2)) return agentRightAfter(s, last + 2);
  // "two mass shootings — in Kano and Kaduna — by bandits", "the attack (the third this month) by Boko
  // Haram", "the assault, the deadliest this year, by the rebels": an aside closed right before a "by"
  // does not part a noun event from its doer.
  const byAfterAside = nominal ? byAfterClosedAside(s, last + 1) : -1;
  if (byAfterAside >= 0) return phraseStartingAt(s, byAfterAside + 1);
  for (let i = last + 1; i < s.tokens.length && i <= last + 4; i++) {
    if (s.clause[i] !== s.clause[last]) return null;
    if (s.tokens[i]!.normal === "by") return phraseStartingAt(s, i + 1);
    if (s.tokens[i]!.pos === "VERB") {
      // "the attack carried out on 30 October by the FMLN": a support verb's participle passes its "by" on;
      // so does any past participle right after a noun event: "artillery shells fired by Russian
      // occupants", "a mine laid by the rebels" (a reduced relative, whose "by" is the user of the thing).
      const k = i === last + 1 ? afterSupportParticiple(s, i) : -1;
      if (k > 0) return agentAfter(s, k - 1);
      // "the attack reported by the agency": a verb of speech's "by" names who told of it, not who did it.
      return nominal && i === compoundEnd(s, last) + 1 && isPastParticiple(s, i) && !s.reportVerbs?.has(s.tokens[i]!.normal) ? agentRightAfter(s, i) : null;
    }
  }
  return null;
}

/**
 * "five people were killed inside a house in Duran (Duran, Guayas) by gang members": a passive verb's "by" phrase
 * after place and time adjuncts longer than agentAfter reaches, in the same clause. Only prepositions, nouns, names,
 * numbers, adjectives, determiners and a bracket (its commas too) may stand between: any verb, or a comma outside a
 * bracket, ends the search.
 */
function agentPastAdjuncts(s: SentenceView, last: number): RolePhrase | null {
  let depth = 0;
  for (let i = last + 1; i < s.tokens.length && i <= last + PASSIVE_ADJUNCT_REACH_TOKENS; i++) {
    const t = s.tokens[i]!;
    if (t.normal === "(") { depth++; continue; }
    if (t.normal === ")") { if (--depth < 0) return null; continue; }
    if (depth > 0) continue;
    if (s.clause[i] !== s.clause[last]) return null;
    if (t.normal === "by") return i > last + 1 ? phraseStartingAt(s, i + 1) : null;
    if (!ADJUNCT_POS.has(t.pos)) return null;
  }
  return null;
}
/** From a passive verb to its "by" past place and time adjuncts ("shot dead inside a house in Duran (Duran, Guayas) on 18 March 2026 by": 15). Unit: tokens. */
const PASSIVE_ADJUNCT_REACH_TOKENS = 20;
/** Parts of speech of the words of a place or time adjunct ("in the village of X", "on 3 May 2026"). */
const ADJUNCT_POS: ReadonlySet<string> = new Set(["ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ"]);

/**
 * The "by" right after an aside that opens at token `open` and closes within reach: a bracket, a pair of
 * dashes, or a pair of commas around a noun phrase with no verb ("the deadliest this year"); -1 otherwise.
 * "by far" is a degree, not an agent ("the bombing, by far the deadliest"): it opens no aside here, and
 * a "by" followed by "far" after one is no agent either.
 */
function byAfterClosedAside(s: SentenceView, open: number): number {
  const opener = s.words[open];
  const closer = opener === "(" ? ")" : opener === "[" ? "]" : opener === "—" || opener === "–" || opener === "--" || opener === "," ? opener : null;
  if (!closer) return -1;
  for (let k = open + 1; k < s.tokens.length && k - open <= ASIDE_BEFORE_BY_MAX_TOKENS; k++) {
    if (s.words[k] === closer) return s.words[k + 1] === "by" && s.words[k + 2] !== "far" && k > open + 1 ? k + 1 : -1;
    // A comma pair sets off a noun phrase only: a verb inside makes it a clause of its own ("the attack, which killed ..., by").
    if (opener === "," && (s.tokens[k]!.pos === "VERB" || s.tokens[k]!.pos === "AUX" || RELATIVES.has(s.tokens[k]!.normal) || s.words[k] === "by")) return -1;
    if (s.words[k] === "." || s.words[k] === ";") return -1;
  }
  return -1;
}
/** The longest aside between a noun event and its "by" ("— in San Bernardino and Orlando —": 6). Unit: tokens. */
const ASIDE_BEFORE_BY_MAX_TOKENS = 10;

/**
 * "the attack was carried out by ETA", "the attack is widely believed to have been carried out by the
 * group", "the bombings, which were claimed ... ": an event noun that is the subject of a passive support
 * verb (lexicon class `support-verb`) has that verb's "by" phrase as its doer, as the active "ETA carried
 * out the attack" has its subject (supportVerbSubject). Only auxiliaries, adverbs, "to" and a verb of
 * belief before "to" ("believed to have been") may stand between the noun and the participle, so the
 * participle is the noun's own verb; a form of "be" must be among them (a passive).
 */
function passiveSupportAgent(s: SentenceView, last: number): RolePhrase | null {
  let i = last + 1;
  // "the attacks, which were carried out by": a relative pronoun right after the noun stands for it.
  if (s.words[i] === ",") i++;
  if (RELATIVE_SUBJECTS.has(s.tokens[i]?.normal ?? "")) i++;
  else if (i > last + 1) return null;
  let passive = false;
  for (; i < s.tokens.length && i <= last + PASSIVE_CHAIN_REACH_TOKENS; i++) {
    const t = s.tokens[i]!;
    if (BE.has(t.normal)) { passive = true; continue; }
    // A tagger may read the perfect's "have" in "to have been" as a main verb.
    if (t.pos === "AUX" || t.pos === "ADV" || t.normal === "to" || PERFECT_HAVE.has(t.normal)) continue;
    if (RAISING_WORDS.has(t.normal) && s.words[i + 1] === "to") continue;
    const k = passive ? afterSupportParticiple(s, i) : -1;
    return k > 0 ? agentRightAfter(s, k - 1) : null;
  }
  return null;
}
/** From an event noun to its passive support verb ("is widely believed to have been carried": 8). Unit: tokens. */
const PASSIVE_CHAIN_REACH_TOKENS = 9;
const RELATIVE_SUBJECTS: ReadonlySet<string> = RELATIVE_THAT_WHICH;
const PERFECT_HAVE: ReadonlySet<string> = HAVE_FORMS;
/** Words of belief or likelihood that pass a subject on to the verb after "to" ("believed to have been carried out"). */
const RAISING_WORDS: ReadonlySet<string> = EVENT_WORDS.get("raising-words");

/** The phrase after a "by" that follows the participle at i closely (adverbs, a particle, a short adjunct between). */
function agentRightAfter(s: SentenceView, i: number): RolePhrase | null {
  for (let k = i + 1; k < s.tokens.length && k <= i + REDUCED_RELATIVE_BY_REACH_TOKENS; k++) {
    if (s.words[k] === "by") return phraseStartingAt(s, k + 1);
    if (s.tokens[k]!.pos === "VERB" || s.tokens[k]!.pos === "AUX" || s.words[k] === "," || s.words[k] === ".") return null;
  }
  return null;
}
/** From a participle to its "by" past a short time or place adjunct ("fired on Monday by": 3; "carried out on 30 October by": 4). Unit: tokens. */
const REDUCED_RELATIVE_BY_REACH_TOKENS = 5;

/** The last noun of the compound a noun event's word begins ("artillery" in "artillery shells fired by"). */
export function compoundEnd(s: SentenceView, last: number): number {
  let k = last;
  while (k + 1 < s.tokens.length && k - last < COMPOUND_MAX_TOKENS && s.tokens[k + 1]!.pos === "NOUN") k++;
  return k;
}
/** Nouns after an event noun read as its compound ("artillery shells": 1). Unit: tokens. */
const COMPOUND_MAX_TOKENS = 2;

/** A past participle: a verb form that is not its lemma, not "-ing", not the third person's "-s" ("fired", "laid", "emplaced"). */
export function isPastParticiple(s: SentenceView, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.pos !== "VERB") return false;
  const lemma = t.forms[1] ?? t.normal;
  return t.normal !== lemma && !/(?:ing|s)$/.test(t.normal);
}

/**
 * "the attack carried out by the FMLN", "attacks launched on Monday by gunmen": the past participle
 * of a support verb (lexicon class `support-verb`) at i, which hands its "by" phrase to the noun event
 * before it; the token after it (and its particle "out", "up"), or -1.
 */
export function afterSupportParticiple(s: SentenceView, i: number): number {
  const t = s.tokens[i];
  if (!t || !s.supportVerbs?.has(t.normal)) return -1;
  const lemma = t.forms[1] ?? t.normal;
  // A past form: not the lemma, not "-ing", not the third person's "-s".
  if (t.normal === lemma || /(?:ing|s)$/.test(t.normal)) return -1;
  return PARTICLES.has(s.words[i + 1] ?? "") ? i + 2 : i + 1;
}

/** The phrase after an event noun's undergoer preposition ("the assault on Sunni groups", "the killing of 13 people"). */
export function undergoerAfter(s: SentenceView, last: number): RolePhrase | null {
  const p = s.tokens[last + 1];
  if (!p || !UNDERGOER_PREPOSITIONS.has(p.normal)) return null;
  const q = phraseStartingAt(s, last + 2);
  // "the explosions at Oxford Street", "an attack at Camp Bastion": a name after "at" says where;
  // people or a thing after it are aimed at ("fired at protesters", "the attack at the checkpoint").
  return q && p.normal === "at" && s.tokens[q.head]!.pos === "PROPN" ? null : q;
}

/**
 * "the attack by Hamas on Israeli towns", "air strikes by the coalition against IS positions": the
 * undergoer's preposition may follow the noun event's "by" phrase, which comes first. Not "of", which
 * post-modifies the agent ("visits by US Secretary of State Condoleezza Rice").
 */
function undergoerAfterAgent(s: SentenceView, last: number): RolePhrase | null {
  if (s.words[last + 1] !== "by") return null;
  const agent = phraseStartingAt(s, last + 2);
  return agent && s.words[agent.last + 1] !== "of" ? undergoerAfter(s, agent.last) : null;
}

/**
 * "telephoned warnings were given to the Samaritans", "a threat was sent to the newspaper": a noun
 * event that is the subject of a passive verb of passing on (lexicon class `recipient-verb`) is
 * aimed at the phrase after that verb's "to". Only the noun's own adjuncts, "be" and adverbs may
 * stand between the noun and the verb; at most a short adjunct between the verb and its "to".
 */
function recipientOf(s: SentenceView, last: number): RolePhrase | null {
  if (!s.recipientVerbs) return null;
  let i = last + 1;
  while (s.tokens[i]?.pos === "ADV") i++;
  if (!BE.has(s.words[i] ?? "") && s.tokens[i]?.pos !== "AUX") return null;
  while (s.tokens[i]?.pos === "AUX" || s.tokens[i]?.pos === "ADV" || BE.has(s.words[i] ?? "")) i++;
  if (!s.recipientVerbs.has(s.words[i] ?? "") || !isPastParticiple(s, i)) return null;
  for (let k = i + 1; k < s.tokens.length && k - i <= RECIPIENT_REACH_TOKENS; k++) {
    if (s.words[k] === "to") return phraseStartingAt(s, k + 1);
    if (s.tokens[k]!.pos === "VERB" || s.tokens[k]!.pos === "AUX" || s.clause[k] !== s.clause[i]) return null;
  }
  return null;
}
/**
 * "the explosion targeted a bakery", "a suicide bomber targeted a police station", "the bombings, which
 * seemed to be aimed at civilians": a noun event (or its doer's event word) that is the subject of a
 * verb of aiming (lexicon class `aim-verb`) is aimed at that verb's object, or at its "at" phrase.
 * Only auxiliaries, adverbs, "to" and a verb of seeming before "to" may stand between the noun and the
 * verb (a relative "which" right after the noun stands for it), so the verb is the noun's own.
 */
function aimedBySubject(s: SentenceView, last: number): RolePhrase | null {
  if (!s.aimVerbs) return null;
  let i = last + 1;
  if (s.words[i] === ",") i++;
  if (RELATIVE_SUBJECTS.has(s.tokens[i]?.normal ?? "")) i++;
  else if (i > last + 1) return null;
  for (; i < s.tokens.length && i <= last + PASSIVE_CHAIN_REACH_TOKENS; i++) {
    const t = s.tokens[i]!;
    if (BE.has(t.normal) || t.pos === "AUX" || t.pos === "ADV" || t.normal === "to" || PERFECT_HAVE.has(t.normal)) continue;
    if ((RAISING_WORDS.has(t.normal) || SEEMING_VERBS.has(t.normal)) && s.words[i + 1] === "to") continue;
    // "A suicide bomber riding a motorcycle loaded with explosives crashed into a foot patrol": past the
    // noun's own post-modifiers, the verb whose subject the noun heads.
    const v = t.pos === "VERB" && s.aimVerbs.has(t.normal) ? i : verbHeadedBy(s, last, i);
    return v >= 0 ? aimOf(s, v) : null;
  }
  return null;
}

/** What the verb of aiming at v is aimed at: its "at" or "into" phrase, or its object ("targeted a bakery"); null for other verbs. */
function aimOf(s: SentenceView, v: number): RolePhrase | null {
  const w = s.tokens[v]!.normal;
  // "aimed at civilians", "crashed into a foot patrol": the phrase after the preposition.
  if (s.words[v + 1] === "at" && s.aimVerbs?.has(w)) return phraseStartingAt(s, v + 2);
  // "rammed his car into a checkpoint": the vehicle's own phrase may stand before "into".
  if (s.ramVerbs?.has(w)) {
    for (let k = v + 1; k < s.tokens.length && k - v <= RAM_INTO_REACH_TOKENS; k++) {
      if (s.words[k] === "into") return phraseStartingAt(s, k + 1);
      if (!NP_INSIDE.has(s.tokens[k]!.pos) && !POSSESSIVE_DETERMINERS.has(s.tokens[k]!.normal)) return null;
    }
    return null;
  }
  return s.aimVerbs?.has(w) && !isAfterBe(s, v) && NP_INSIDE.has(s.tokens[v + 1]?.pos ?? "") ? phraseStartingAt(s, v + 1) : null;
}

/** The first verb of the clause after token `from` whose subject the noun at `last` heads, or -1. */
function verbHeadedBy(s: SentenceView, last: number, from: number): number {
  for (let v = from; v < s.tokens.length && v - last <= AIM_VERB_REACH_TOKENS; v++) {
    if (s.tokens[v]!.pos !== "VERB" || !(s.aimVerbs?.has(s.tokens[v]!.normal) || s.ramVerbs?.has(s.tokens[v]!.normal))) continue;
    return subjectOf(s, v)?.head === last ? v : -1;
  }
  return -1;
}
/** From a noun event to the verb it is the subject of, past its post-modifiers ("bomber riding a motorcycle loaded with explosives crashed": 7). Unit: tokens. */
const AIM_VERB_REACH_TOKENS = 10;
/** From a verb of ramming to its "into" ("rammed his explosives-laden car into": 4). Unit: tokens. */
const RAM_INTO_REACH_TOKENS = 4;
/** An act someone aims: not a disaster ("a tsunami hit the island of Java": the island is where it struck). */
function isAimed(s: SentenceView, anchor: number): boolean {
  return !!s.triggerRows?.[anchor]?.some((r) => !UNAIMED_TYPES.has(r.type));
}

/** Verbs of seeming that pass their subject on to the verb after "to" ("seemed to be aimed at"). */
const SEEMING_VERBS: ReadonlySet<string> = EVENT_WORDS.get("seeming-verbs");

/**
 * "the convoy was hit by a roadside bomb", "police were targeted by a suicide bomber": a noun event in
 * the "by" phrase of a passive verb of aiming (lexicon class `aim-verb`) is aimed at that verb's subject.
 * Only the noun phrase's own words stand between "by" and the noun.
 */
function aimedByAgent(s: SentenceView, anchor: number): RolePhrase | null {
  if (!s.aimVerbs) return null;
  let by = anchor - 1;
  while (by >= 0 && by >= anchor - AGENT_PHRASE_REACH_TOKENS && AGENT_PHRASE_INSIDE.has(s.tokens[by]!.pos)) by--;
  if (s.words[by] !== "by") return null;
  let v = by - 1;
  while (v >= 0 && s.tokens[v]!.pos === "ADV") v--;
  if (v < 0 || s.tokens[v]!.pos !== "VERB" || !s.aimVerbs.has(s.tokens[v]!.normal) || !isAfterBe(s, v)) return null;
  return subjectOf(s, v);
}
/**
 * "The Houthis targeted a ship with a ballistic missile", "the army struck the camp with drones": a weapon
 * in the "with" phrase of an active verb of aiming is that verb's means; the verb's subject used it and its
 * object is what it was aimed at. The verb's index, or -1. Only the weapon's and the object's own words
 * (and a possessive determiner) stand between the verb, "with" and the weapon.
 */
function aimedWithWeapon(s: SentenceView, anchor: number): number {
  if (!s.aimVerbs || !s.weapons?.has(s.words[anchor]!)) return -1;
  let w = anchor - 1;
  while (w >= 0 && anchor - w <= AGENT_PHRASE_REACH_TOKENS && NP_INSIDE.has(s.tokens[w]!.pos)) w--;
  if (s.words[w] !== "with") return -1;
  // "hit an apartment block in Kharkiv with a guided bomb": the object's place may stand before "with".
  const v = beforeObject(s, w, true);
  if (v < 0 || v === w - 1 || s.clause[v] !== s.clause[anchor] || s.tokens[v]!.pos !== "VERB" || !s.aimVerbs.has(s.words[v]!) || isAfterBe(s, v)) return -1;
  return v;
}
/**
 * "took its 25 crew members hostage", "are holding two journalists captive", "were taken hostage": a captive noun
 * after the object of a verb of taking or holding makes that verb the captivity's: its subject holds, its object
 * (or a passive's subject) is held. The verb's index, or -1.
 */
export function captiveTakingVerb(s: SentenceView, anchor: number): number {
  if (!CAPTIVE_NOUNS.has(s.words[anchor]!)) return -1;
  const v = beforeObject(s, anchor, false);
  if (v < 0 || s.clause[v] !== s.clause[anchor] || !TAKING_VERBS.has(s.words[v]!)) return -1;
  // "were taken hostage": the passive's subject is held, with nothing between the verb and the noun.
  if (v === anchor - 1) return isAfterBe(s, v) ? v : -1;
  return isAfterBe(s, v) ? -1 : v;
}
/**
 * The token before the object phrase that ends right before `end` (its determiners, possessive, modifiers and head
 * walked back, up to WITH_OBJECT_REACH_TOKENS; with `places`, also the object's own place phrase: "an apartment
 * block in Kharkiv"): where its verb should stand, or -1.
 */
function beforeObject(s: SentenceView, end: number, places: boolean): number {
  let v = end - 1;
  // Tokens of a bracketed gloss skipped on the way ("in Dnipro (Dniprovska, Dnipropetrovsk)": ACLED's districts of a
  // place): they are the place's own words, so they do not count towards the reach.
  let skipped = 0;
  while (v >= 0 && end - v - skipped <= WITH_OBJECT_REACH_TOKENS) {
    if (places && s.words[v] === ")" && s.aside[v]) {
      let k = v - 1;
      while (k >= 0 && s.aside[k] && s.words[k] !== "(") k--;
      if (k < 0 || s.words[k] !== "(") break;
      skipped += v - k + 1;
      v = k - 1;
      continue;
    }
    if (!(NP_INSIDE.has(s.tokens[v]!.pos) || s.tokens[v]!.pos === "PRON" || POSSESSIVE_DETERMINERS.has(s.words[v]!) || (places && s.tokens[v]!.pos === "ADP" && !OBJECT_ENDING_PREPOSITIONS.has(s.words[v]!)))) break;
    v--;
  }
  return v;
}
const CAPTIVE_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("captive-nouns");
const TAKING_VERBS: ReadonlySet<string> = EVENT_WORDS.get("captive-taking-verbs");

/** Prepositions that open no part of a verb's object: another "with" or "by" is a phrase of its own. */
const OBJECT_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(["with", "by"]);
/** From a verb of aiming to the "with" after its object ("targeted a commercial oil tanker with": 5). Unit: tokens. */
const WITH_OBJECT_REACH_TOKENS = 6;

/** From "by" to the noun event after it ("by a powerful roadside bomb": 3). Unit: tokens. */
const AGENT_PHRASE_REACH_TOKENS = 4;
const AGENT_PHRASE_INSIDE: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);

/**
 * "employees were given an ultimatum by their bosses", "The army gave the rebels an ultimatum",
 * "journalists received death threats": a noun event that is the object of a verb of passing on
 * (lexicon class `recipient-verb`) or of receiving (`receipt-verb`) is aimed at the one who gets it:
 * the passive's subject, the active verb's first object, the receiver's subject. The active giver is
 * the doer. Only the noun phrase's own words stand between the verb and the noun.
 */
function recipientFrame(s: SentenceView, anchor: number): { actor: RolePhrase | null; target: RolePhrase | null } | null {
  let start = anchor;
  // "suffered mostly minor injuries": an adverb may grade the adjective after it.
  while (start > 0 && (s.tokens[start - 1]!.pos === "ADJ" || s.tokens[start - 1]!.pos === "NOUN" || s.tokens[start - 1]!.pos === "NUM" || (s.tokens[start - 1]!.pos === "ADV" && s.tokens[start]!.pos === "ADJ"))) start--;
  if (s.tokens[start - 1]?.pos === "DET") start--;
  // An active verb of passing on may have its first object between it and the noun ("gave the rebels an ultimatum").
  let v = start - 1;
  let io: RolePhrase | null = null;
  // The event noun's own phrase must open with a determiner there: "a 72 hour Australia wide travel ban" has no first object.
  if (s.tokens[v] && s.tokens[start]!.pos === "DET" && s.tokens[v]!.pos !== "VERB" && s.tokens[v]!.pos !== "AUX" && isHead(s, v)) {
    const p = phraseEndingAt(s, v);
    io = p;
    v = p.first - 1;
  }
  const verb = s.tokens[v];
  if (!verb || verb.pos !== "VERB" || v < anchor - RECIPIENT_FRAME_REACH_TOKENS) return null;
  const w = s.words[v]!;
  if (s.receiptVerbs?.has(w)) return io ? null : { actor: null, target: subjectOf(s, v) };
  if (!s.recipientVerbs?.has(w)) return null;
  let b = v - 1;
  while (b >= 0 && s.tokens[b]!.pos === "ADV") b--;
  const passive = b >= 0 && BE.has(s.tokens[b]!.normal) && isPastParticiple(s, v);
  if (passive) return io ? null : { actor: null, target: subjectOf(s, v) };
  return io ? { actor: subjectOf(s, v), target: io } : null;
}
/** From a verb of passing on to its event noun ("gave the rebel commanders a final ultimatum": 7). Unit: tokens. */
const RECIPIENT_FRAME_REACH_TOKENS = 8;

/** From a verb of passing on to its "to" ("given in advance to": 3). Unit: tokens. */
const RECIPIENT_REACH_TOKENS = 3;

/** The possessive or modifier that names a noun event's doer: "the army's shelling", "IS attacks". */
function possessorBefore(s: SentenceView, anchor: number): RolePhrase | null {
  const prev = s.tokens[anchor - 1];
  if (!prev) return null;
  if (/^['’]s$/.test(prev.normal) && anchor - 2 >= 0 && isHead(s, anchor - 2)) return phraseEndingAt(s, anchor - 2);
  return null;
}

/**
 * "our demand", "their attacks", "its investigation": a possessive determiner right before the event
 * noun is its doer, unless the noun is one its possessor undergoes ("his arrest", "their deaths":
 * possessedUndergoer). After a support verb's subject ("it launched its massacre": "it").
 */
function possessiveDoer(s: SentenceView, anchor: number): RolePhrase | null {
  const prev = s.tokens[anchor - 1];
  // "the group, whose attacks have killed thousands": the phrase a relative "whose" hangs on does it.
  if (prev?.normal === "whose") return s.possessorUndergoes?.has(s.words[anchor]!) ? null : whoseOwner(s, anchor - 1);
  if (!prev || !POSSESSIVE_DETERMINERS.has(prev.normal) || s.possessorUndergoes?.has(s.words[anchor]!)) return null;
  return { first: anchor - 1, last: anchor - 1, head: anchor - 1 };
}

/** The noun phrase before the relative "whose" at i (a comma between), or null. */
function whoseOwner(s: SentenceView, i: number): RolePhrase | null {
  const j = s.words[i - 1] === "," ? i - 2 : i - 1;
  return j >= 0 && isHead(s, j) && s.tokens[j]!.pos !== "PRON" ? withNameBefore(s, headOfPostModified(s, phraseEndingAt(s, j))) : null;
}

/**
 * "the hospital attacks", "They were civilian massacres", "a school shooting": a noun modifying an
 * act of violence (lexicon class `target-modifier`) right before it names what the act was aimed at.
 * Only an assault's noun: "school protests" are the pupils' own.
 */
function modifierUndergoer(s: SentenceView, anchor: number): RolePhrase | null {
  const m = anchor - 1;
  if (m < 0 || !s.targetModifiers?.has(s.words[m]!) || !s.triggerRows?.[anchor]?.some((r) => r.type === "ASSAULT")) return null;
  return { first: m, last: m, head: m };
}

/** "his arrest", "their deaths": the possessive determiner of an event noun its possessor undergoes (lexicon class `possessor-undergoes`). */
function possessedUndergoer(s: SentenceView, anchor: number): RolePhrase | null {
  const prev = s.tokens[anchor - 1];
  // "the Google employee whose arrest": the phrase a relative "whose" hangs on undergoes it.
  if (prev?.normal === "whose") return s.possessorUndergoes?.has(s.words[anchor]!) ? whoseOwner(s, anchor - 1) : null;
  if (!prev || !POSSESSIVE_DETERMINERS.has(prev.normal) || !s.possessorUndergoes?.has(s.words[anchor]!)) return null;
  return { first: anchor - 1, last: anchor - 1, head: anchor - 1 };
}

/**
 * "the group launched a series of attacks", "three countries are waging brutal assaults", "aircraft
 * have carried out strikes": a noun event that is the object of a support verb (lexicon class
 * `support-verb`) is done by that verb's subject. Only the noun phrase's own words (determiners,
 * modifiers, "a series of") and a particle ("out", "up") may stand between the verb and the noun.
 */
function supportVerbSubject(s: SentenceView, anchor: number): RolePhrase | null {
  if (!s.supportVerbs) return null;
  // The clause of the list item being read: a list's comma opens a clause of its own, which the list does not leave.
  let clause = s.clause[anchor];
  for (let i = anchor - 1; i >= 0 && anchor - i <= SUPPORT_VERB_REACH_TOKENS; i--) {
    const t = s.tokens[i]!;
    // "carried out bombings, kidnappings and assassinations", "engage in looting and extortion": a later
    // item of a list of event nouns is the support verb's object too (not of "carry out reconnaissance
    // and drop bombs", "carry chemicals, material or grenades", whose items before are no events).
    if (LIST_JOINERS.has(t.normal) && i > 0 && isEventNoun(s, i - 1)) { clause = s.clause[i - 1]; continue; }
    if (s.clause[i] !== clause) return null;
    // "its guerrillas participated in an attack", "took part in the raid", "were involved in the bombing":
    // the subject of a participation verb does the event its "in" phrase names.
    const participation = t.normal === "in" ? participationVerbBefore(s, i) : -1;
    if (participation >= 0) {
      const v = participation;
      // "our forces did not participate in the attack": a denied part names no doer.
      if (isNegated(s, v)) return null;
      // "those involved in the attack": the demonstrative is the phrase the participle hangs on.
      if (s.words[v - 1] === "those") return { first: v - 1, last: v - 1, head: v - 1 };
      // "the number of people involved in the attempt": a reduced relative hangs on the noun right before it.
      // Only a participle the tagger read as an adjective: "officials participated in the talks" is a finite verb.
      if (s.tokens[v]!.pos === "ADJ" && !isAfterBe(s, v) && isNounHead(s, v - 1)) return phraseEndingAt(s, v - 1);
      return (s.tokens[v]!.normal.endsWith("ing") ? participleSubject(s, v) : null) ?? subjectOf(s, v);
    }
    // "involved in the failed assassination attempt": a participle between a determiner and the noun modifies it.
    if (t.pos === "VERB" && s.tokens[i - 1]?.pos === "DET" && isPastParticiple(s, i)) continue;
    if (t.pos === "VERB" || t.pos === "AUX") {
      // "militants lobbed a grenade", "a detective hurled four grenades": a weapon's user is the subject of the verb that uses it.
      const weaponVerb = !!s.weaponVerbs?.has(t.normal) && !!s.weapons?.has(s.words[anchor]!);
      if (!s.supportVerbs.has(t.normal) && !weaponVerb) return null;
      // "carrying out attacks": a participle's subject is the sentence's; "were carried out": a passive's doer is its "by".
      let b = i - 1;
      while (b >= 0 && s.tokens[b]!.pos === "ADV") b--;
      if (b >= 0 && BE.has(s.tokens[b]!.normal)) return t.normal.endsWith("ing") ? subjectOf(s, i) : null;
      return (t.normal.endsWith("ing") ? participleSubject(s, i) : null) ?? subjectOf(s, i);
    }
    // "launched its massacre", "carried out their attacks": a possessive determiner is the noun phrase's own word.
    if (NP_INSIDE.has(t.pos) || t.normal === "of" || PARTICLES.has(t.normal) || /^['’]s$/.test(t.normal) || POSSESSIVE_DETERMINERS.has(t.normal)) continue;
    return null;
  }
  return null;
}
/**
 * "the offensive that the FMLN launched against the people", "the attacks the rebels carried out last
 * week": a noun event that a relative clause after it (with "that"/"which", or none) makes the object of
 * a support verb is done by that clause's subject. The verb must have no object of its own ("after the
 * attack the rebels launched a second wave": the wave is theirs, the attack is not said to be).
 */
function relativeSupportSubject(s: SentenceView, last: number): RolePhrase | null {
  if (!s.supportVerbs) return null;
  let i = last + 1;
  if (RELATIVE_OBJECT_PRONOUNS.has(s.words[i] ?? "")) i++;
  const subject = phraseStartingAt(s, i);
  if (!subject || !isNounHead(s, subject.head) || s.times?.has(s.words[subject.head]!)) return null;
  let v = subject.last + 1;
  while (v < s.tokens.length && BETWEEN_SUBJECT_AND_VERB.has(s.tokens[v]!.pos)) v++;
  const verb = s.tokens[v];
  if (!verb || verb.pos !== "VERB" || !s.supportVerbs.has(verb.normal) || verb.normal.endsWith("ing")) return null;
  let after = v + 1;
  while (after < s.tokens.length && PARTICLES.has(s.tokens[after]!.normal)) after++;
  const next = s.tokens[after];
  if (!next || !(NP_INSIDE.has(next.pos) || next.pos === "PRON")) return subject;
  // "carried out last week": a time after the verb is an adjunct, no object.
  const object = phraseStartingAt(s, after);
  return object && s.times?.has(s.words[object.head]!) ? subject : null;
}
/** Relative pronouns that may open a clause whose object is the noun before ("the attack that the group launched"). */
const RELATIVE_OBJECT_PRONOUNS: ReadonlySet<string> = RELATIVE_THAT_WHICH;

/**
 * "the organisation had to admit responsibility for attacks", "the group claimed responsibility for the
 * bombing", "IS took credit for the attack": the subject of a claim verb (lexicon class `claim-verb`)
 * whose claim noun (class `claim-noun`) is "for" the event noun does that event, as ACLED codes a claimed
 * attack to its claimant. Only the noun phrase's own words stand between "for" and the noun; a negated
 * claim ("did not claim responsibility") names no doer.
 */
function claimantSubject(s: SentenceView, anchor: number): RolePhrase | null {
  if (!s.claimVerbs || !s.claimNouns) return null;
  let i = anchor - 1;
  while (i >= 0 && anchor - i <= SUPPORT_VERB_REACH_TOKENS && (NP_INSIDE.has(s.tokens[i]!.pos) || POSSESSIVE_DETERMINERS.has(s.tokens[i]!.normal))) i--;
  if (s.words[i] !== "for" || !s.claimNouns.has(s.words[i - 1] ?? "")) return null;
  const v = i - 2;
  const t = s.tokens[v];
  if (!t || (t.pos !== "VERB" && t.pos !== "AUX") || !s.claimVerbs.has(t.normal) || isNegated(s, v)) return null;
  const claimant = (t.normal.endsWith("ing") ? participleSubject(s, v) : null) ?? subjectOf(s, v);
  // "No group has claimed responsibility": a claim nobody made.
  return claimant && !NO_ONE.has(s.tokens[claimant.first]!.normal) ? claimant : null;
}
const NO_ONE: ReadonlySet<string> = new Set(["no", "nobody", "none", "neither", "noone"]);

/**
 * The participation verb whose "in" stands at `at` ("participated in", "engaged in", "involved in"),
 * or the form of "take" before "part in" ("took part in"); -1 when none. "part" counts only after
 * "take": "in part", "part of the city" are no taking part.
 */
function participationVerbBefore(s: SentenceView, at: number): number {
  const v = at - 1;
  const w = s.words[v]?.toLowerCase();
  if (!w || !s.participationVerbs?.has(w)) return -1;
  // "Five men were involved in the attack", "the men involved in the attack", "those involved in it": a
  // tagger may read the participle after "be" or after its noun (a reduced relative) as an adjective.
  if (w !== "part") return s.tokens[v]!.pos === "VERB" || s.tokens[v]!.pos === "AUX" || (s.tokens[v]!.pos === "ADJ" && (isAfterBe(s, v) || isNounHead(s, v - 1) || s.words[v - 1] === "those")) ? v : -1;
  return TAKE_FORMS.has(s.tokens[v - 1]?.normal ?? "") ? v - 1 : -1;
}
const TAKE_FORMS: ReadonlySet<string> = EVENT_WORDS.get("take-forms");

/** A negation among the auxiliaries and adverbs right before the verb at `v` ("did not participate", "never took part"). */
function isNegated(s: SentenceView, v: number): boolean {
  for (let k = v - 1; k >= 0 && BETWEEN_SUBJECT_AND_VERB.has(s.tokens[k]!.pos); k--) if (NEGATIONS.has(s.tokens[k]!.normal)) return true;
  return false;
}
const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never"]);

/** Words that make a time word an adjunct of their own ("last night", "this morning", "early Monday"). */
const TIME_MODIFIERS: ReadonlySet<string> = EVENT_WORDS.get("time-modifiers");


/** From a support verb to its event noun ("carried out a series of deadly attacks": 6). Unit: tokens. */
const SUPPORT_VERB_REACH_TOKENS = 7;
const PARTICLES = PHRASAL_PARTICLES;

/** The two sides after a noun event's "between" ("a battle between troops and terrorists"), each alone; null without both. */
function sidesAfterBetween(s: SentenceView, last: number): { actor: RolePhrase; target: RolePhrase } | null {
  const at = s.words[last + 1] === "between" ? last + 1 : -1;
  if (at < 0) return null;
  const first = phraseStartingAt(s, at + 1);
  // "clashes between rival tribes", "fighting between two clans": a plural whose modifier makes its members
  // each other's opponents names both sides.
  if (first && s.words[first.last + 1] !== "and" && isNounHead(s, first.head) && isMutualPlural(s, first)) return { actor: { ...first, alone: true, mutual: true }, target: { ...first, alone: true, mutual: true } };
  if (!first || s.words[first.last + 1] !== "and") return null;
  const second = phraseStartingAt(s, first.last + 2);
  if (!second || !isNounHead(s, first.head) || !isNounHead(s, second.head)) return null;
  return { actor: { ...first, alone: true }, target: { ...second, alone: true } };
}

/** Whether the phrase is a plural modified by a word of mutual opposition ("rival tribes", "two clans", "warring factions"). */
function isMutualPlural(s: SentenceView, p: RolePhrase): boolean {
  if (!hasPluralEnding(s.words[p.head]!)) return false;
  for (let i = p.first; i < p.head; i++) if (MUTUAL_MODIFIERS.has(s.words[i]!)) return true;
  return false;
}
const MUTUAL_MODIFIERS: ReadonlySet<string> = EVENT_WORDS.get("mutual-modifiers");

/** "-ing" noun with no determiner or modifier before it and a noun phrase right after: a gerund taking an object. */
function isBareGerund(s: SentenceView, anchor: number, last: number): boolean {
  if (anchor !== last || !s.tokens[anchor]!.normal.endsWith("ing")) return false;
  const prev = s.tokens[anchor - 1];
  if (prev && (prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NOUN" || prev.pos === "PROPN" || /^['’]s$/.test(prev.normal))) return false;
  const next = s.tokens[anchor + 1];
  return !!next && (next.pos === "DET" || next.pos === "NUM" || next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || (next.pos === "PRON" && PRONOUNS.has(next.normal)));
}

/**
 * The noun phrase a place's name modifies, when it does: "the busy Oxford Street bus station",
 * "the Markets area", "the north Yemen governorate of Saada" -> "the north Yemen governorate".
 * Null when the name is the whole phrase ("in Kabul").
 */
export function placeNounPhrase(s: SentenceView, first: number, last: number): RolePhrase | null {
  let head = last;
  while (head + 1 < s.tokens.length && head - last < ROLE_REACH_TOKENS && s.tokens[head + 1]!.pos === "NOUN" && s.clause[head + 1] === s.clause[last]) head++;
  const own = head === last ? siteBeforeName(s, first, last) : { first: Math.min(phraseEndingAt(s, head).first, first), last: head, head };
  return siteLocatedBy(s, own ?? { first, last, head: last }) ?? own;
}

/** Prepositions by which a site is located at a named place ("the village near Bagram Air Base", "a street in the city of Lyon"). */
const LOCATING_PREPOSITIONS = new Set(["near", "in", "at", "outside", "inside", "of"]);

/**
 * "throughout the village near Bagram Air Base", "on a busy pedestrian street in the city of Lyon":
 * a site noun phrase that the place's phrase locates is where the event happened, in the words of
 * the clause; the named place says where that site lies. Null when no site noun stands right before.
 */
function siteLocatedBy(s: SentenceView, named: RolePhrase): RolePhrase | null {
  const h = named.first - 2;
  if (h < 0 || !LOCATING_PREPOSITIONS.has(s.words[named.first - 1]!) || !isSite(s, h) || s.clause[h] !== s.clause[named.first]) return null;
  return { first: phraseEndingAt(s, h).first, last: named.last, head: h };
}

/** "the French port city of Marseille", "the town of Gwarzo": a site noun the name follows after "of" heads the phrase. */
function siteBeforeName(s: SentenceView, first: number, last: number): RolePhrase | null {
  const h = first - 2;
  if (h < 0 || s.words[first - 1] !== "of" || !isSite(s, h) || s.clause[h] !== s.clause[first]) return null;
  return { first: phraseEndingAt(s, h).first, last, head: h };
}

function isSite(s: SentenceView, i: number): boolean {
  return s.tokens[i]!.pos === "NOUN" && !!s.sites?.has(s.words[i]!);
}

/** Prepositions that put an event at a site ("in a Latvian town", "on a busy street", "throughout the village"). */
const SITE_PREPOSITIONS = new Set(["in", "at", "on", "near", "inside", "outside", "throughout", "across", "into", "outside"]);
/** How far from the trigger, within its clause, a site is looked for. Unit: tokens. */
const SITE_REACH_TOKENS = 12;

/**
 * The site a trigger's clause puts the event at in common nouns, when it names no place there:
 * "killed in the same province", "were detained in hospital", "in a Latvian town". The nearest
 * such phrase to the trigger; its head must be a site noun (lexicon class `site`).
 */
export function sitePhrase(s: SentenceView, trigger: readonly number[], onGround = false): RolePhrase | null {
  const anchor = trigger[0]!;
  const last = trigger[trigger.length - 1]!;
  const clause = s.clause[anchor];
  let best: RolePhrase | null = null;
  let bestDist = Infinity;
  for (let i = Math.max(0, anchor - SITE_REACH_TOKENS); i < s.tokens.length && i <= last + SITE_REACH_TOKENS; i++) {
    if (s.clause[i] !== clause || !(SITE_PREPOSITIONS.has(s.words[i]!) || isGroundOf(s, i, last))) continue;
    const p = phraseStartingAt(s, i + 1);
    if (!p || !isSite(s, p.head) || s.clause[p.head] !== clause || holdsTimeBeforeHead(s, p)) continue;
    const dist = i > last ? i - last : anchor - p.last;
    if (dist > 0 && dist < bestDist) { best = p; bestDist = dist; }
  }
  return best ?? (onGround ? siteBeforeWhere(s, anchor) ?? siteModifier(s, trigger) : null);
}

/**
 * "the prisons where his regime tortured and executed thousands", "taken to a hospital, where he
 * died": a site noun that a clause opened by "where" qualifies is where that clause's event on the
 * ground went on, when the clause names no site of its own (the caller reads its own first). An
 * event named as what another word is of ("where he was accused of embezzlement") is that word's
 * content, not told as happening there.
 */
function siteBeforeWhere(s: SentenceView, anchor: number): RolePhrase | null {
  if (s.words[anchor - 1] === "of") return null;
  const clause = s.clause[anchor];
  let w = anchor;
  while (w > 0 && s.clause[w - 1] === clause) w--;
  if (s.words[w] !== "where") return null;
  const h = s.words[w - 1] === "," ? w - 2 : w - 1;
  if (h < 0 || !isSite(s, h)) return null;
  return { first: phraseEndingAt(s, h).first, last: h, head: h };
}

/**
 * "no record of an air strike on Abu Kamal on the day the hospital was hit": a time noun (lexicon
 * class `time`) before the head opens a time adjunct ("on the day"), and the site after it stands in
 * a clause of its own that describes the day; the adjunct names no site of the event.
 */
function holdsTimeBeforeHead(s: SentenceView, p: RolePhrase): boolean {
  for (let k = p.first; k < p.head; k++) if (s.tokens[k]!.pos === "NOUN" && s.times?.has(s.words[k]!)) return true;
  return false;
}

/**
 * "house arrest", "the mosque bombing", "a school shooting", "street protests": a site noun that
 * modifies the noun of an event on the ground says where it happened (a "prison sentence" is no
 * happening at a prison: the caller asks only for events on the ground). Only a noun trigger, with
 * the site right before it.
 */
function siteModifier(s: SentenceView, trigger: readonly number[]): RolePhrase | null {
  const before = trigger[0]! - 1;
  const head = trigger[trigger.length - 1]!;
  if (before < 0 || s.tokens[head]!.pos !== "NOUN" || !isSite(s, before) || s.clause[before] !== s.clause[head]) return null;
  return { first: before, last: before, head: before };
}

/**
 * "the IRA's bombing of the city", "the shelling of the town", "the siege of the village": the "of"
 * right after a noun whose object is ground (lexicon class `place-object`) names the site the act took place at.
 */
function isGroundOf(s: SentenceView, i: number, last: number): boolean {
  return i === last + 1 && s.words[i] === "of" && s.tokens[last]!.pos === "NOUN" && !!s.placeObjects?.has(s.words[last]!);
}

/**
 * The roles of one trigger are asked for several times (when its participants are read, when its
 * event and each of its tellings are written, at casualty words): they are read once per sentence
 * view and trigger: on the view (SentenceMemo), or keyed by a view built elsewhere, so nothing outlives the article.
 */
const rolesMemo = new WeakMap<SentenceView, Map<string, { actor: RolePhrase | null; target: RolePhrase | null }>>();

/** find-role-phrases' readers of noun phrases and subjects, for the frames read in accused-doer.ts. */
const PHRASE_READER: PhraseReader = { subjectOf, phraseEndingAt, phraseStartingAt, isHead };

/** "blamed the attack on the rebels": the party a blame puts after the event noun at anchor..last (accused-doer.ts), or null. */
export function blamedOnPhrase(s: SentenceView, anchor: number, last: number): RolePhrase | null {
  return blamedOn(s, anchor, last, PHRASE_READER);
}

/** "executed in Tehran for the murder of": the verb of accusation or punishment whose deed phrase holds the event noun at anchor..last, and the phrase's preposition (accused-doer.ts), or null. */
export function accusationOfDeedAt(s: SentenceView, anchor: number, last: number): ReturnType<typeof accusationOfDeed> {
  return accusationOfDeed(s, anchor, last, PHRASE_READER);
}

export function findRolePhrases(s: SentenceView, trigger: readonly number[]): { readonly actor: RolePhrase | null; readonly target: RolePhrase | null } {
  let memo = s.memo ? s.memo.roles : rolesMemo.get(s);
  if (!memo) {
    memo = new Map();
    if (s.memo) s.memo.roles = memo;
    else rolesMemo.set(s, memo);
  }
  const key = trigger.join(",");
  const known = memo.get(key);
  if (known) return known;
  const roles = readRoles(s, trigger);
  memo.set(key, roles);
  return roles;
}

function readRoles(s: SentenceView, trigger: readonly number[]): { actor: RolePhrase | null; target: RolePhrase | null } {
  const found = clauseRoles(s, trigger);
  // A time is no participant: "the bombing on Monday", "The opposition on Thursday called".
  const actor = untimed(s, found.actor);
  // A weapon is no doer: "killed by an improvised explosive device", "the device detonated, killing three";
  // nor is "it" alone, which names no one ("it exploded", "it was an attack") unless a name stands for it.
  // "Hamas said it carried out the attack": an "it" whose antecedent in the sentence is a body of people names that body.
  const kept = actor && (s.weapons?.has(s.words[actor.head]!) || isEventNoun(s, actor.head)) ? null : withAntecedent(s, actor);
  const doer = kept && isBareIt(s, kept) ? reportedIt(s, kept) : kept;
  return { actor: doer ?? doersNamedByTrigger(s, trigger), target: withAntecedent(s, untimed(s, found.target)) };
}

/** Tags of a trigger word that can name the people who do the act: a common noun, or one a capital made a name's. */
const NOUN_TAGS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);

/**
 * "Taliban gunmen and suicide bombers attacked", "Protesters clash with police": a trigger that names the
 * people who do the act (an agent noun: "bombers", "attackers"; a participant row: "protesters") is its own
 * doer phrase when its clause names no other, with the other items of its list ("Taliban gunmen"). Only as
 * the subject of an event's verb right after it: "intimidating protesters and journalists" names undergoers,
 * "charges of murder and conspiracy" no people.
 */
function doersNamedByTrigger(s: SentenceView, trigger: readonly number[]): RolePhrase | null {
  const last = trigger[trigger.length - 1]!;
  const verb = last + 1;
  // "Protesters clash with police" opening a sentence or a headline: the tagger may read the capital as a name's.
  if (!NOUN_TAGS.has(s.tokens[last]!.pos) || s.tokens[verb]?.pos !== "VERB" || !s.triggerRows?.[verb]?.length) return null;
  const rows = s.triggerRows?.[trigger[0]!];
  if (!AGENT_NOUN.test(s.words[last]!) && !rows?.some((r) => r.participant)) return null;
  return phraseEndingAt(s, last);
}

/** A pronoun phrase with the noun phrase it stands for in its sentence, when one agrees with it (pronoun-antecedent.ts). */
function withAntecedent(s: SentenceView, p: RolePhrase | null): RolePhrase | null {
  if (!p) return p;
  // "The FMLN denied that its members took part", "Hamas said their gunmen fired": people of a body
  // named by a possessive determiner are that body's, the determiner's antecedent.
  // Only a body's determiner: "his supporters" are not the man himself.
  const possessive = BODY_DETERMINERS.has(s.tokens[p.first]!.normal) ? p.first : BODY_DETERMINERS.has(s.tokens[p.first - 1]?.normal ?? "") ? p.first - 1 : -1;
  const owner = possessive >= 0 && possessive !== p.head && s.members?.has(s.words[p.head]!) ? possessive : p.first === p.last ? p.head : -1;
  if (owner < 0) return p;
  const antecedent = antecedentOf(s, owner, subjectOf);
  return antecedent ? { ...p, antecedent } : p;
}

const BODY_DETERMINERS: ReadonlySet<string> = GROUP_POSSESSIVES;

/** Agent nouns among the trigger words ("attackers", "bombers", "gunmen"): they name doers, not acts. */
const AGENT_NOUN = /(?:ers?|ors?|ists?|m[ae]n)$/;

/**
 * "the April 15 attack, which killed three people", "the explosion injured": a noun that is itself
 * an event's word (a trigger row's, not a participant's like "protesters") names an act, never its
 * doer; the doer is unknown from this clause.
 */
function isEventNoun(s: SentenceView, i: number): boolean {
  const rows = s.triggerRows?.[i];
  if (!rows?.length || s.tokens[i]!.pos !== "NOUN" || AGENT_NOUN.test(s.words[i]!)) return false;
  return rows.some((r) => !r.participant && r.pattern.elements.length === 1);
}

/**
 * "The blast destroyed the front of the hotel": the trigger's doer read from its clause is a noun that is
 * itself an event's word, which readRoles drops as no doer. The damage is that event's (merge-events.ts).
 */
export function hasEventNounDoer(s: SentenceView, trigger: readonly number[]): boolean {
  return eventNounDoer(s, trigger) !== null;
}

/** The phrase the trigger's clause reads as its doer when its head is an event's noun ("a revenge attack in Lagos killed"), or null. */
export function eventNounDoer(s: SentenceView, trigger: readonly number[]): RolePhrase | null {
  const doer = clauseRoles(s, trigger).actor;
  return doer !== null && isEventNoun(s, doer.head) ? doer : null;
}

/** The phrase, unless its head is a time word, or a day's number after a month ("on August 6"). */
function untimed(s: SentenceView, p: RolePhrase | null): RolePhrase | null {
  if (!p) return p;
  if (s.times?.has(s.words[p.head]!) || isClockTime(s, p) || isYearOrPartOfTime(s, p)) return null;
  return s.tokens[p.head]!.pos === "NUM" && p.head > p.first && s.times?.has(s.words[p.head - 1]!) ? null : p;
}

/**
 * "destroyed by 2019", "will be arrested by the end of the year": a phrase that is a year alone, or
 * the end, start or middle of a time, is a time (a deadline after "by"), no participant.
 */
function isYearOrPartOfTime(s: SentenceView, p: RolePhrase): boolean {
  if (p.first === p.last && s.tokens[p.head]!.pos === "NUM" && YEAR.test(s.words[p.head]!)) return true;
  if (!PARTS_OF_TIME.has(s.words[p.head]!) || s.words[p.head + 1] !== "of") return false;
  for (let k = p.head + 2; k < s.tokens.length && k <= p.head + 1 + PART_OF_TIME_REACH_TOKENS; k++) if (s.times?.has(s.words[k]!) || YEAR.test(s.words[k]!)) return true;
  return false;
}
const YEAR = /^(?:1[89]|20)\d\d$/;
const PARTS_OF_TIME: ReadonlySet<string> = EVENT_WORDS.get("parts-of-time");
/** From "of" to the time it parts ("the end of next year": 2). Unit: tokens. */
const PART_OF_TIME_REACH_TOKENS = 3;

/**
 * "an explosion at 9:02 a.m.", "the attack at 10:30", "at 9 p.m.": a phrase that is a time of day is
 * no participant (read after "at" as an undergoer). Its head is an hour ("10:30", or "9" before ":"
 * and minutes) or the phrase is a number with a word of the day's half ("a.m.", "p.m.", "o'clock").
 */
function isClockTime(s: SentenceView, p: RolePhrase): boolean {
  const head = s.words[p.head]!;
  if (CLOCK.test(head)) return true;
  if (s.tokens[p.head]!.pos === "NUM" && HOUR.test(head) && s.words[p.head + 1] === ":" && MINUTES.test(s.words[p.head + 2] ?? "")) return true;
  const beforeLast = s.words[p.last - 1] ?? "";
  return (DAY_HALVES.has(s.words[p.last]!) && p.last > p.first && (HOUR.test(beforeLast) || CLOCK.test(beforeLast))) || (DAY_HALVES.has(s.words[p.head + 1] ?? "") && HOUR.test(head));
}
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
const HOUR = /^\d{1,2}$/;
const MINUTES = /^\d{2}$/;
const DAY_HALVES: ReadonlySet<string> = EVENT_WORDS.get("day-halves");

/**
 * A doer's bare "it" with the one reporting as its antecedent ("Hamas said it carried out the attack",
 * pronoun-antecedent.ts reporterOf), when that names a body of people: not a thing a brand name makes
 * a common noun (the name of a body takes no "a"); null otherwise ("it exploded" names no one).
 */
function reportedIt(s: SentenceView, p: RolePhrase): RolePhrase | null {
  const reporter = reporterOf(s, p.head, subjectOf);
  return reporter && !INDEFINITE_ARTICLES.has(s.tokens[reporter.first]!.normal) ? { ...p, antecedent: reporter } : null;
}

/** The pronoun "it" standing alone as the phrase. */
function isBareIt(s: SentenceView, p: RolePhrase): boolean {
  return p.first === p.last && s.words[p.head] === "it";
}

function clauseRoles(s: SentenceView, trigger: readonly number[]): { actor: RolePhrase | null; target: RolePhrase | null } {
  // "fatally shot", "sexually assaulted", "forcibly disappeared": an adverb opening the trigger modifies its
  // verb, whose clause gives the roles ("A man was fatally stabbed by his neighbour").
  if (trigger.length > 1 && s.tokens[trigger[0]!]!.pos === "ADV" && s.tokens[trigger[1]!]!.pos !== "ADV") return clauseRoles(s, trigger.slice(1));
  const anchor = trigger[0]!;
  const last = trigger[trigger.length - 1]!;
  const t = s.tokens[anchor]!;
  // "the slain officials", "two wounded soldiers": a participle inside a noun phrase is undergone by it.
  const attributive = anchor === last ? attributiveUndergoer(s, anchor) : null;
  if (attributive) return { actor: null, target: attributive };
  // "a massacre which left 89 people dead": the phrase between "left" and the casualty word undergoes it.
  const left = anchor === last ? leftInState(s, anchor) : null;
  if (left) return { actor: null, target: left };
  // "the slaughter and maiming of men": an -ing word with an "of" undergoer is a noun, whatever its tag.
  // "the fatal shooting of a teenager": a trigger of an adjective and its noun is a noun event.
  const adjectiveNoun = anchor !== last && t.pos === "ADJ" && s.tokens[last]!.pos === "NOUN";
  // "engage in blackmail", "arrested for theft": a bare verb form right after a preposition is a noun, whatever
  // its tag; not after "to" or "than", which take a verb ("to attack", "rather than criticize him").
  const afterPreposition = anchor === last && t.pos === "VERB" && s.tokens[anchor - 1]?.pos === "ADP" && !VERB_TAKING_PREPOSITIONS.has(s.tokens[anchor - 1]!.normal) && !/(?:ing|ed)$/.test(t.normal) && !isPastParticiple(s, anchor);
  // "Russia has been bombing rebel-held areas", "jets were shelling the town": an -ing word right after a form of
  // "be" (adverbs between) is a progressive verb, whatever its tag; its clause's subject does it.
  const progressive = anchor === last && t.normal.endsWith("ing") && t.pos === "NOUN" && s.words[last + 1] !== "of" && isAfterBe(s, anchor);
  // "burned homes and abducted 30 women": a past form joined to a verb is a verb too, whatever its tag.
  const nominal = (t.pos === "NOUN" || t.pos === "PROPN" || adjectiveNoun || afterPreposition || (anchor === last && t.normal.endsWith("ing") && s.words[last + 1] === "of")) && !(anchor === last && /(?:ed|ing)$/.test(t.normal) && isJoinedToVerb(s, anchor)) && !progressive;
  // "beating opposition politicians": a bare gerund with its object is a verb, whatever its tag.
  // "accused the rebels of shelling a hospital": the accused did it, not the accuser the clause's subject names.
  if (nominal && isBareGerund(s, anchor, last)) return { actor: accusedDoer(s, anchor, last, PHRASE_READER) ?? participleSubject(s, anchor), target: objectOf(s, last) };
  // "A farmer died of a gunshot wound": the subject of the death the noun caused underwent it.
  const died = nominal ? undergoneCauseVerb(s, anchor) : -1;
  if (died >= 0) return { actor: null, target: subjectOf(s, died) };
  if (nominal) {
    // "a battle between troops and terrorists", "clashes between police and protesters": the first side acts, the second undergoes.
    const sides = sidesAfterBetween(s, last);
    if (sides) return sides;
    // "a grenade attack on a police post": the undergoer may follow the compound the event's word begins.
    const compound = compoundEnd(s, last);
    const frame = recipientFrame(s, anchor);
    // "blamed the attack on the rebels": the "on" after a blamed deed names its doer, not its undergoer.
    const blamed = blamedOn(s, anchor, last, PHRASE_READER);
    const after = undergoerAfter(s, last);
    // "targeted a ship with a missile on Tuesday": the weapon's verb names its user and what it was aimed at
    // (the weapon's own "on" after it is no undergoer).
    const withVerb = aimedWithWeapon(s, anchor);
    // "took its 25 crew members hostage": the taking verb's object is held, its subject holds them.
    const takingVerb = captiveTakingVerb(s, anchor);
    const held = takingVerb < 0 ? null : takingVerb === anchor - 1 ? subjectOf(s, takingVerb) : { first: takingVerb + 1, last: anchor - 1, head: anchor - 1 };
    const undergoer = held ?? (withVerb >= 0 ? aimOf(s, withVerb) : null) ?? (after && blamed && after.first === blamed.first ? null : after) ?? (compound > last ? undergoerAfter(s, compound) : null) ?? undergoerAfterAgent(s, compound) ?? recipientOf(s, last) ?? (isAimed(s, anchor) ? aimedBySubject(s, compound) ?? aimedByAgent(s, anchor) : null) ?? frame?.target ?? possessedUndergoer(s, anchor) ?? modifierUndergoer(s, anchor);
    // "the massacre of 1.5 million people by Ottoman Turks": the doer's "by" may follow the undergoer.
    // "Slutsky was accused of sexual harassment by Zhuk": the "by" after an accusation's deed names the accuser; the accused did it.
    // "murder charges against two officers": the charge's "against" names the accused, no undergoer of the deed.
    // "the attacks the rebels carried out": the relative clause's subject does the deed and undergoes nothing.
    const accused = accusedDoer(s, anchor, last, PHRASE_READER) ?? (after ? relativeSupportSubject(s, compound) : null);
    // "The attack was carried out by the FMLN against the army headquarters": the passive support verb's
    // "by" phrase may be followed by the undergoer's "against" (not "on", which as often opens a date).
    const supportAgent = passiveSupportAgent(s, compound);
    const target = undergoer ?? (supportAgent && s.words[supportAgent.last + 1] === "against" ? phraseStartingAt(s, supportAgent.last + 2) : null);
    // "Pirates seized the tanker and took its crew hostage": a taking verb joined to an earlier one shares its subject.
    const takenAfter = takingVerb >= 0 && takingVerb < anchor - 1 && !s.words[takingVerb]!.endsWith("ing") ? coordinatedVerbBefore(s, takingVerb) : -1;
    const taker = takingVerb >= 0 && takingVerb < anchor - 1 ? (s.words[takingVerb]!.endsWith("ing") ? participleSubject(s, takingVerb) : null) ?? subjectOf(s, takingVerb) ?? (takenAfter >= 0 ? clauseRoles(s, [takenAfter]).actor : null) : null;
    return { actor: accused ?? taker ?? agentAfter(s, last, true) ?? (undergoer ? agentAfter(s, undergoer.last) : null) ?? supportAgent ?? (undergoer && undergoer.last > compound ? passiveSupportAgent(s, undergoer.last) : null) ?? blamed ?? possessorBefore(s, anchor) ?? (withVerb >= 0 ? (s.words[withVerb]!.endsWith("ing") ? participleSubject(s, withVerb) : null) ?? subjectOf(s, withVerb) : null) ?? supportVerbSubject(s, anchor) ?? relativeSupportSubject(s, compound) ?? claimantSubject(s, anchor) ?? frame?.actor ?? possessiveDoer(s, anchor), target: accused && target?.first === accused.first ? null : target };
  }
  // "nine people were dead", "a man was shot dead": an adjective of state undergone by its verb's undergoer
  // (a tagger may read "dead" after a participle as an adverb).
  if ((t.pos === "ADJ" || t.pos === "ADV") && anchor === last) {
    const state = stateUndergoer(s, anchor);
    if (state) return state;
  }
  // "ransacked and firebombed", "stormed and looted": a tagger may read a participle joined to a verb as an adjective.
  if (t.pos !== "VERB" && !progressive && !(anchor === last && /(?:ed|ing)$/.test(t.normal) && isJoinedToVerb(s, anchor))) return { actor: null, target: null };
  if (UNDERGOER_SUBJECT_VERBS.has(t.normal)) return { actor: null, target: subjectOf(s, anchor) };
  let b = anchor - 1;
  while (b >= 0 && s.tokens[b]!.pos === "ADV") b--;
  const passive = b >= 0 && BE.has(s.tokens[b]!.normal) && !t.normal.endsWith("ing");
  if (passive) return { actor: agentAfter(s, last) ?? agentPastAdjuncts(s, last), target: subjectOf(s, anchor) };
  // "stormed the station and looted it", "were deported, massacred, and marched": a verb joined to
  // an earlier one shares its subject (and, when that one is passive, its voice).
  const reporting = joinedReportingVerb(s, anchor);
  const earlier = reporting >= 0 ? reporting : t.normal.endsWith("ing") ? -1 : coordinatedVerbBefore(s, anchor);
  const shared = earlier >= 0 ? clauseRoles(s, [earlier]) : null;
  if (shared && isPassiveChain(s, earlier)) return { actor: agentAfter(s, last) ?? shared.actor, target: shared.target };
  // "Chérif Chekatt – shot dead by police – had pledged", "The man, wounded in the attack, died": a
  // participle opening an aside hangs on the noun before the aside, which undergoes it.
  const host = asideParticipleHost(s, anchor, b);
  if (host) return { actor: agentAfter(s, last), target: host };
  // "a man killed by gunmen", "two soldiers abducted by militants": a participle right after its
  // noun with a by-phrase is a reduced passive; the noun undergoes it, the by-phrase does it.
  if (isReducedPassive(s, anchor, b)) {
    const agent = agentAfter(s, last);
    // The participle hangs on the noun right before it: "the case of the Jesuits murdered by soldiers" (the Jesuits).
    if (agent) return { actor: agent, target: phraseEndingAt(s, b) };
  }
  // "all six of the members killed", "Of the 130 injured, 77 were women": with no "by", a participle
  // after a preposition's noun is still a reduced passive (that noun can be no verb's subject).
  const undergoer = reducedPassiveAfterPreposition(s, anchor, b) ?? casualtyParticipleAfter(s, anchor, b);
  if (undergoer) return { actor: null, target: undergoer };
  // A trigger row may hold its object ("arrested two smugglers"): the object starts right after the verb;
  // with none, a verb joined after it may give the shared one ("ransacked and firebombed the embassy").
  let object = objectOf(s, anchor) ?? (anchor === last ? sharedObjectAfter(s, anchor) : null);
  // The weapon is no target: the target is what it was aimed at ("fired rockets at the base").
  if (object && WEAPON_OBJECT_VERBS.has(t.normal)) object = aimedAt(s, object.last);
  // "opened fire on a checkpoint": a trigger whose own noun is the verb's object aims at the phrase
  // after its preposition.
  else if (object && object.last <= last && last > anchor && isBareThingNoun(s, object)) object = aimedAt(s, last) ?? (s.tokens[last + 1]?.normal === "upon" ? phraseStartingAt(s, last + 2) : null);
  if (t.normal.endsWith("ing") && !(b >= 0 && BE.has(s.tokens[b]!.normal))) {
    // "accused the rebels of shelling a hospital": the accused did it, not the accuser the clause's subject names.
    const subject = accusedDoer(s, anchor, last, PHRASE_READER) ?? participleSubject(s, anchor);
    if (subject) return { actor: subject, target: object };
  }
  // A trigger row holding its object ("detonated at least 20 bombs") is transitive too.
  if (!object && anchor === last && INSTRUMENT_SUBJECT_VERBS.has(t.normal)) return { actor: null, target: null };
  return { actor: subjectOf(s, anchor) ?? shared?.actor ?? null, target: object };
}

/** Prepositions that may take a bare verb ("to attack", "rather than criticize"). */
const VERB_TAKING_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "than"]);

/**
 * The roles of an adjective of state ("dead") from the verb it completes: after a form of "be" its
 * subject undergoes it ("nine people were dead"); after a verb of manner, that verb's undergoer
 * ("a man was shot dead": a man, with no doer named; "gunmen shot dead a local chief": the chief,
 * the gunmen doing it). Null when no verb stands right before it (adverbs skipped).
 */
function stateUndergoer(s: SentenceView, anchor: number): { actor: RolePhrase | null; target: RolePhrase | null } | null {
  let b = anchor - 1;
  while (b >= 0 && s.tokens[b]!.pos === "ADV") b--;
  if (b < 0) return null;
  if (BE.has(s.tokens[b]!.normal)) {
    const subject = subjectOf(s, b);
    return subject ? { actor: null, target: subject } : null;
  }
  if (s.tokens[b]!.pos !== "VERB" || !isPastParticiple(s, b)) return null;
  // "gunmen shot dead a local chief": the active verb's object comes after the adjective.
  if (!isAfterBe(s, b) && s.tokens[anchor + 1] && NP_INSIDE.has(s.tokens[anchor + 1]!.pos)) return { actor: subjectOf(s, b), target: phraseStartingAt(s, anchor + 1) };
  const roles = clauseRoles(s, [b]);
  return roles.target ? { actor: roles.actor, target: roles.target } : null;
}

/** A form of "be" right before the verb at i, adverbs skipped ("were deported", "was also shot"). */
export function isAfterBe(s: SentenceView, i: number): boolean {
  let b = i - 1;
  while (b >= 0 && s.tokens[b]!.pos === "ADV") b--;
  return b >= 0 && BE.has(s.tokens[b]!.normal);
}

export const COORDINATORS: ReadonlySet<string> = new Set(["and", "or"]);

/** "beating and kicking", "ransacked and firebombed": a word an "and"/"or" joins to a verb of the same form on either side. */
function isJoinedToVerb(s: SentenceView, i: number): boolean {
  const form = s.words[i]!.endsWith("ing") ? "ing" : "ed";
  const verb = (k: number) => s.tokens[k]?.pos === "VERB" && s.words[k]!.endsWith(form);
  if ((COORDINATORS.has(s.words[i + 1] ?? "") && verb(i + 2)) || (COORDINATORS.has(s.words[i - 1] ?? "") && verb(i - 2))) return true;
  // "stormed the police station and looted it": after "and", a verb with its object before.
  return form === "ed" && COORDINATORS.has(s.words[i - 1] ?? "") && coordinatedVerbBefore(s, i) >= 0;
}

/** The verb at i is passive, or joined to a passive one before it ("were deported, massacred, and marched"). */
export function isPassiveChain(s: SentenceView, i: number): boolean {
  for (let k = i, hops = 0; k >= 0 && hops <= MAX_CONJUNCTS; hops++) {
    if (isAfterBe(s, k)) return true;
    k = coordinatedVerbBefore(s, k);
  }
  return false;
}

/**
 * The verb an "and"/"or" (or a list's comma) joins the verb at `anchor` to: "killed two soldiers and
 * wounded five" (killed for "wounded"), "deported, massacred, and marched". Only its object and
 * adjuncts may stand between it and the conjunction: no other verb, no clause boundary. -1 for none.
 */
/** Quotation marks that may stand around a word of a verb's object (a quoted name or title). */
const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "‘", "’", "«", "»", "``", "''"]);

export function coordinatedVerbBefore(s: SentenceView, anchor: number): number {
  let i = anchor - 1;
  while (i >= 0 && s.tokens[i]!.pos === "ADV") i--;
  const w = s.words[i];
  if (w === undefined || (!COORDINATORS.has(w) && w !== ",")) return -1;
  let j = i - 1;
  if (COORDINATORS.has(w) && s.words[j] === ",") j--;
  // A bare comma joins verbs only in a list of them: of bare verbs ("deported, massacred, and marched"), or of
  // verbs with their objects that an "and" and a verb close ("stormed the village, burned homes and abducted 20 people").
  if (w === "," && s.tokens[j]?.pos !== "VERB" && !closesVerbList(s, anchor)) return -1;
  for (let k = j; k >= 0 && j - k < COORDINATED_VERB_REACH_TOKENS; k--) {
    const t = s.tokens[k]!;
    if (t.pos === "VERB" || (k === j && t.pos === "ADJ" && t.normal.endsWith("ed"))) return t.normal.endsWith("ing") ? -1 : k;
    // "looted the market in Um Kadada, North Darfur, and abducted": the commas of a town's container are inside the object.
    if (isContainerComma(s, k)) continue;
    // "gave the name "Kling" and requested delivery": the quotation marks around a quoted name are inside the object.
    if (QUOTATION_MARKS.has(s.words[k]!)) continue;
    if (t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "PUNCT" || s.clause[k] !== s.clause[j]) return -1;
  }
  return -1;
}

/**
 * Whether "and" (or "or") and a verb, adverbs skipped, come after the verb at `anchor` and its object within the
 * clause's reach, past commas only: the list of verb phrases that "stormed the village, burned homes and abducted"
 * is. A verb that opens a clause of its own ("..., police said") or a clause mark ends the search.
 */
function closesVerbList(s: SentenceView, anchor: number): boolean {
  for (let k = anchor + 1; k < s.tokens.length && k - anchor <= COORDINATED_VERB_REACH_TOKENS; k++) {
    const t = s.tokens[k]!;
    if (COORDINATORS.has(t.normal)) {
      let v = k + 1;
      while (s.tokens[v]?.pos === "ADV") v++;
      return s.tokens[v]?.pos === "VERB" || isMistaggedPastVerb(s, v);
    }
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || (t.pos === "PUNCT" && t.normal !== ",")) return false;
  }
  return false;
}
/** A regular past form a tagger read as a noun ("and abducted dozens of women"): after a conjunction, no noun takes that form. */
export function isMistaggedPastVerb(s: SentenceView, v: number): boolean {
  return s.tokens[v]?.pos === "NOUN" && s.words[v]!.endsWith("ed");
}

/**
 * "Police said the suspects would flee and arrested two men", "said gunmen were fleeing and arrested":
 * a past verb after "and" that the reported clause's verb group cannot take in (after a modal, "do" or
 * "to" a bare verb follows, after a progressive "be" an -ing form, and a present verb with no auxiliary
 * is no past) is joined to the past reporting verb before that clause, and shares its subject. Where the
 * forms allow both readings ("said the gunmen had entered and killed": "had" scopes both; "said gunmen
 * stormed ... and exchanged fire") the verb stays in the reported clause. The reporting verb, or -1.
 */
export function joinedReportingVerb(s: SentenceView, anchor: number): number {
  const t = s.tokens[anchor];
  if (!t || t.pos !== "VERB" || !isPastParticiple(s, anchor) || !s.reportVerbs) return -1;
  let i = anchor - 1;
  while (i >= 0 && s.tokens[i]!.pos === "ADV") i--;
  if (s.words[i] !== "and") return -1;
  // The reported clause's verb: the last verb before the "and", over its object.
  let v = i - 1;
  while (v >= 0 && anchor - v <= COORDINATED_VERB_REACH_TOKENS && s.tokens[v]!.pos !== "VERB" && s.tokens[v]!.pos !== "AUX" && s.words[v] !== ";") v--;
  if (v < 0 || s.tokens[v]!.pos !== "VERB" || s.reportVerbs.has(s.tokens[v]!.normal)) return -1;
  // Its auxiliaries, adverbs and "not" skipped.
  let a = v - 1;
  const auxiliaries: string[] = [];
  for (; a >= 0; a--) {
    const tok = s.tokens[a]!;
    if (tok.pos === "AUX" || s.words[a] === "to") auxiliaries.push(s.words[a]!);
    else if (tok.pos !== "ADV" && tok.pos !== "PART") break;
  }
  if (!cannotTakeIn(s, v, auxiliaries)) return -1;
  // The reporting verb: the verb before the reported clause's subject, with no other verb between.
  for (let r = a; r >= 0; r--) {
    const tok = s.tokens[r]!;
    if (tok.pos !== "VERB" && tok.pos !== "AUX") continue;
    return tok.pos === "VERB" && s.reportVerbs.has(tok.normal) && isPastParticiple(s, r) ? r : -1;
  }
  return -1;
}

/** Auxiliaries after which a bare verb follows: a past verb joined after such a verb group is not in it. */
const BARE_VERB_AUXILIARIES: ReadonlySet<string> = new Set(["will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does", "did", "to", "'ll", "wo", "ca"]);

/**
 * The verb group at v (its verb and the auxiliaries before it, nearest first) cannot take in a past verb
 * joined after it: its verb is bare after a modal, "do" or "to", an -ing form after "be", or a present
 * form with no auxiliary ("the suspects live nearby").
 */
function cannotTakeIn(s: SentenceView, v: number, auxiliaries: readonly string[]): boolean {
  const verb = s.words[v]!;
  if (auxiliaries.length === 0) return !isPastParticiple(s, v) && !verb.endsWith("ing");
  if (BARE_VERB_AUXILIARIES.has(auxiliaries[0]!)) return true;
  return verb.endsWith("ing") && BE.has(auxiliaries[0]!);
}

/** A comma between two names ("Um Kadada, North Darfur"): a place and its container, not a clause's edge. */
function isContainerComma(s: SentenceView, k: number): boolean {
  return s.words[k] === "," && s.tokens[k - 1]?.pos === "PROPN" && s.tokens[k + 1]?.pos === "PROPN";
}
/** From a conjunction back to the verb it joins, over that verb's object ("killed two Afghan army soldiers and": 5). Unit: tokens. */
const COORDINATED_VERB_REACH_TOKENS = 14;

/**
 * "ransacked and firebombed the Saudi embassy", "beating and kicking them": a verb with no object of
 * its own, right before "and"/"or" and another verb (or a list of them), shares that verb's object.
 */
function sharedObjectAfter(s: SentenceView, anchor: number): RolePhrase | null {
  let i = anchor + 1;
  for (let hops = 0; hops < MAX_CONJUNCTS; hops++) {
    while (s.tokens[i]?.pos === "ADV") i++;
    if (s.words[i] === ",") i++;
    if (COORDINATORS.has(s.words[i] ?? "")) i++;
    else if (s.words[i - 1] !== ",") return null;
    while (s.tokens[i]?.pos === "ADV") i++;
    if (s.tokens[i]?.pos !== "VERB" && !(s.tokens[i]?.pos === "ADJ" && s.words[i]!.endsWith("ed"))) return null;
    const object = objectOf(s, i);
    if (object) return object;
    i++;
  }
  return null;
}
