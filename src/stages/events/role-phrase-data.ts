// The role phrases an event annotation reports: the words that name its actor, target, victims and place, and who those words name.

import type { Document, EventData, RolePhraseData } from "../../core/index.js";
import { layer, type Span } from "../../core/index.js";
import { createOverlapIndex } from "../../core/overlap-index.js";
import { mapped } from "../../core/keep.js";
import { findAnnotation } from "./find-annotation.js";
import { participantOf } from "./assign-arguments.js";
import { conjunctsOf, findRolePhrases, placeNounPhrase, sitePhrase, type RolePhrase } from "./find-role-phrases.js";
import { firstEndingAfter, type SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { POSSESSIVE_MARKS } from "../../lexicons/grammar-words.js";
import { placeOfAnotherPhrase } from "./attach-places-and-dates.js";
import { COMMENT_TYPES, PHYSICAL_TYPES } from "./event-type-groups.js";

const EVENT_WORDS = stageWordClasses("events");

/** Per document, the actor mentions in an overlap index with the participant each stands for (a scan per event was quadratic). */
const owners = new WeakMap<object, MentionOwners>();
interface MentionOwners {
  at(start: number, end: number): string[];
  /** The participant of the earliest mention overlapping the span, or null. */
  firstAt(start: number, end: number): string | null;
}
function mentionOwners(doc: Document): MentionOwners {
  const actors = layer(doc, "actor");
  let found = owners.get(actors);
  if (!found) {
    const spans: Span[] = [];
    const ids: string[] = [];
    for (const a of actors) {
      const id = participantOf(doc, a.id);
      for (const m of a.data.mentions) { spans.push(m); ids.push(id); }
    }
    const index = createOverlapIndex(spans);
    found = {
      at: (start, end) => index.overlapping(start, end).map((k) => ids[k]!),
      firstAt: (start, end) => {
        let best = -1;
        for (const k of index.overlapping(start, end)) if (best < 0 || spans[k]!.start < spans[best]!.start) best = k;
        return best < 0 ? null : ids[best]!;
      },
    };
    owners.set(actors, found);
  }
  return found;
}

/** Whether a role phrase holds a mention of the participant `id`. (Module functions rather than closures per event: see overlap-index.ts.) */
/** Whether the participant has a mention in the sentence before token `at` (its own, or one of a person acting for it). */
function namedBefore(doc: Document, s: SentenceView, id: string, at: number): boolean {
  return at > 0 && mentionOwners(doc).at(s.start, s.spans[at - 1]!.end).includes(id);
}

function phraseHolds(doc: Document, s: SentenceView, p: RolePhrase | null | undefined, id: string | null): boolean {
  return !!p && !!id && (mentionOwners(doc).at(s.spans[p.first]!.start, s.spans[p.last]!.end).includes(id) || namedHolds(doc, s, p, id) || memberOfHolds(doc, s, p, id) || carriedHolds(doc, s, p, id));
}

/** Words that link a carrier noun to the people it holds ("a convoy of", "a bus carrying", "a camp for"). */
const CARRIER_LINKS: ReadonlySet<string> = EVENT_WORDS.get("carrier-links");
/** Tokens after the link that may name the people a carrier holds ("of [gold miners]", "for [internally displaced people]"). */
const CARRIED_PEOPLE_REACH = 3;

/**
 * "ambushed a convoy of gold miners", "a bomb struck a bus carrying pilgrims", "air strikes on a camp for
 * displaced people": a phrase headed by a vehicle, column or shelter (sense-classes.tsv carrier) names, after
 * its link word, the people it holds, at whom the attack was aimed. The tokens that may name them, or null.
 */
function carriedSpan(s: SentenceView, p: RolePhrase): readonly [number, number] | null {
  return spanAfterLink(s, p, CARRIER_LINKS, s.carriers, CARRIED_PEOPLE_REACH);
}

function carriedHolds(doc: Document, s: SentenceView, p: RolePhrase, id: string): boolean {
  return spanHolds(doc, s, carriedSpan(s, p), id);
}

/** The participant the people a carrier phrase holds stand for ("a convoy of [traders]"), or null. */
function carriedParticipant(doc: Document, s: SentenceView, p: RolePhrase, other: string | null): string | null {
  const span = carriedSpan(s, p);
  if (!span) return null;
  const id = mentionOwners(doc).firstAt(s.spans[span[0]]!.start, s.spans[span[1]]!.end);
  return id && id !== other ? id : null;
}

/** Tokens after "members of" that may hold the party's name ("the Kurdish-led SDF"). Unit: tokens. */
const MEMBERS_OF_NAME_REACH = 3;

/**
 * "three suspected members of the New People's Army", "fighters from Popular Committees": a phrase
 * headed by a member noun holds the party named right after its "of" or "from", whose members it counts.
 */
function memberOfHolds(doc: Document, s: SentenceView, p: RolePhrase, id: string): boolean {
  return spanHolds(doc, s, memberOfSpan(s, p), id);
}

/** Whether a mention of `id` lies in the tokens (first, last) of the sentence. */
function spanHolds(doc: Document, s: SentenceView, span: readonly [number, number] | null, id: string): boolean {
  return !!span && mentionOwners(doc).at(s.spans[span[0]]!.start, s.spans[span[1]]!.end).includes(id);
}

/** The tokens (first, last) that may name the party a member-noun phrase counts ("members of the Taliban"), or null. */
export function memberOfSpan(s: SentenceView, p: RolePhrase): readonly [number, number] | null {
  return spanAfterLink(s, p, MEMBER_LINKS, s.members, MEMBERS_OF_NAME_REACH);
}
const MEMBER_LINKS: ReadonlySet<string> = new Set(["of", "from"]);

/**
 * The tokens after a phrase headed by a word of `heads`, past one of its link words, that may name the
 * party the head stands for ("members [of] the Taliban", "a convoy [of] gold miners"), or null.
 */
function spanAfterLink(s: SentenceView, p: RolePhrase, links: ReadonlySet<string>, heads: ReadonlySet<string> | undefined, reach: number): readonly [number, number] | null {
  const link = s.words[p.last + 1];
  if (!link || !links.has(link) || !heads?.has(s.words[p.head]!) || p.last + 2 >= s.spans.length) return null;
  return [p.last + 2, Math.min(p.last + 1 + reach, s.spans.length - 1)];
}

/** Whether the name a description stands beside ("Abu Jandal, an ISIL gang leader") holds a mention of `id`. */
function namedHolds(doc: Document, s: SentenceView, p: RolePhrase, id: string): boolean {
  return !!p.named && mentionOwners(doc).at(s.spans[p.named.first]!.start, s.spans[p.named.head]!.end).includes(id);
}

/** A role phrase's data, with the other items of its list; beside a canonical actor `id`, only a phrase that holds one of its mentions. */
function rolePhraseData(doc: Document, s: SentenceView, p: RolePhrase | null, id: string | null): RolePhraseData | undefined {
  if (!p) return undefined;
  const start = s.spans[p.first]!.start;
  const end = s.spans[p.last]!.end;
  // "the maiming of men, women and children": the list's other items are more participants in the role
  // (none for the sides of "a battle between troops and terrorists", each its own role).
  const items = p.alone ? [] : conjunctsOf(s, p);
  // Beside a canonical actor, the phrase is kept only as that actor's words in this clause
  // ("more than two dozen Syrian pro-regime fighters" for Syrians): it, or an item of its list
  // ("Taliban gunmen and suicide bombers"), must hold one of its mentions.
  if (id && !mentionOwners(doc).at(start, end).includes(id) && !namedHolds(doc, s, p, id) && !memberOfHolds(doc, s, p, id) && !items.some((q) => phraseHolds(doc, s, q, id)) && !phraseHolds(doc, s, p.antecedent ?? null, id)) return undefined;
  // "Soldiers and police officers arrested": the item that holds the canonical actor ("Soldiers") is the actor's
  // own words; the phrase read before the verb ("police officers") is then one more item of the list.
  const own = id && items.length && !mentionOwners(doc).at(start, end).includes(id) ? items.find((q) => phraseHolds(doc, s, q, id)) : undefined;
  const main = own ?? p;
  const conjuncts = mapped(own ? [p, ...items.filter((q) => q !== own)] : items, (q) => phraseData(doc, s, q));
  // "she" with "A woman" before it: the words the pronoun stands for, another mention of the participant.
  const antecedent = p.antecedent ? phraseData(doc, s, p.antecedent) : undefined;
  return { ...phraseData(doc, s, main), ...(conjuncts.length ? { conjuncts } : {}), ...(antecedent ? { antecedent } : {}) };
}

/**
 * The clause's words for a doer or undergoer no canonical actor fills (find-role-phrases.ts), and
 * the target as the clause leaves it (a canonical target the clause's undergoer does not hold is dropped).
 */
/**
 * Whether a party no dictionary row names is only ever written as a town, district or province the places stage
 * resolved, and is this event's place ("shelled Nikopol" with "Nikopol" tagged as an organisation).
 */
function isPlaceReadAsParty(doc: Document, actorId: string, placeId: string): boolean {
  const a = findAnnotation(doc, "actor", actorId);
  const p = findAnnotation(doc, "place", placeId);
  if (!a || !p || a.start !== p.start || a.end !== p.end || a.data.dictionaryId || p.data.kind === "country" || p.data.resolution === "enclosing") return false;
  const places = layer(doc, "place");
  return (a.data.mentions?.length ? a.data.mentions : [a]).every((x) => places.some((q) => q.start === x.start && q.end === x.end));
}

/** Whether a country actor has a mention in the possessive right before the noun phrase a trigger opens or heads ("Iran's mass protests"). */
function isCountryPossessorOf(doc: Document, s: SentenceView, actorId: string, anchor: number): boolean {
  const a = findAnnotation(doc, "actor", actorId);
  if (!a || a.data.kind !== COUNTRY_ACTOR_KIND) return false;
  let i = anchor - 1;
  while (i >= 0 && POSSESSED_NOUN_MODIFIERS.has(s.tokens[i]!.pos)) i--;
  if (i < 1 || !POSSESSIVE_MARKS.has(s.words[i]!)) return false;
  const end = s.spans[i - 1]!.end;
  return (a.data.mentions?.length ? a.data.mentions : [a]).some((x) => x.end === end);
}
const PROTEST_TYPE = "PROTEST";
const COUNTRY_ACTOR_KIND = "country";
/** Parts of speech between a possessive and the noun it possesses ("Venezuela's political protests"). */
const POSSESSED_NOUN_MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "NUM"]);

/** An event's or telling's participants and the phrases that name them (rolePhrasesOf). */
export type RolePhrases = Pick<EventData, "actorPhrase" | "targetPhrase" | "placePhrase" | "actor" | "target" | "victims">;

export function rolePhrasesOf(doc: Document, s: SentenceView, m: { readonly actor: string | null; readonly target: string | null; readonly tokens: readonly number[]; readonly listedSide?: boolean; readonly victimPhrase?: RolePhrase; readonly deadPhrase?: RolePhrase; readonly injuredPhrase?: RolePhrase; readonly place?: string | null; readonly type: string }): RolePhrases {
  const found = findRolePhrases(s, m.tokens);
  // "concluded the aircraft was destroyed by a missile": the undergoer the clause names (the object,
  // a passive's subject) outranks a name merely nearest the trigger by word order; the name stays
  // the target only where the clause's phrase holds it, or where it was read from the victims.
  // An item of the phrase's list holds it too ("Two soldiers and a policeman were killed": the soldiers, named first).
  // "Iran and Saudi Arabia signed an agreement": the other side of a joint act is read from the subject's list, not from its object.
  const listedSide = readsListedSide(m);
  // The doer and undergoer as read so far, in two locals: copies of `m` ({ ...m, target }) made objects of
  // a map V8 had not met in every function that read them, and deoptimised this one again and again.
  let actor = m.actor;
  let target = m.target;
  // "Two policemen and a civilian were wounded when gunmen opened fire": an item of the victims' list holds it too.
  if (found.target && target && !listedSide && !phraseHolds(doc, s, found.target, target) && !phraseHolds(doc, s, m.victimPhrase, target) && !(found.target.alone ? [] : conjunctsOf(s, found.target)).some((q) => phraseHolds(doc, s, q, target)) && !(m.victimPhrase && !m.victimPhrase.alone && conjunctsOf(s, m.victimPhrase).some((q) => phraseHolds(doc, s, q, target)))) target = null;
  if (actor && namesTheEvent(doc, s, actor, m.tokens[0]!)) actor = null;
  // "Abu Jandal al-Kuwaiti, an ISIL gang leader in Raqqah was struck and killed": the name stands
  // in another clause than the verb (a comma opens one), out of reach of the clause's names, but
  // the role phrase the clause reads is headed by it: its actor fills the role left empty.
  // The name outranks its description ("X, a senior commander in Mosul was shot": X, not "senior commander").
  const undergoer = found.target ?? m.victimPhrase;
  if (undergoer && (!target || undergoer.named)) target = actorHeading(doc, s, undergoer, actor) ?? target;
  if (!target && found.target) target = carriedParticipant(doc, s, found.target, actor);
  if (found.actor && (!actor || found.actor.named) && !namesTheEventAt(doc, s, found.actor, m.tokens[0]!)) actor = actorHeading(doc, s, found.actor, target) ?? actor;
  // "Biden will meet Xi on the sidelines of the G20 summit": a meeting's side read from the sentence at large (the
  // symmetric reading of assign-arguments) that the clause's subject phrase does not hold, named only after the
  // trigger, is no side of it; the subject is.
  if (actor && found.actor && m.type === "CONSULT" && !phraseHolds(doc, s, found.actor, actor) && !namedBefore(doc, s, actor, m.tokens[0]!)) actor = actorHeading(doc, s, found.actor, target);
  // "The FBI announced that its investigation ...": a pronoun left unnamed is the participant its antecedent names.
  if (!target && undergoer?.antecedent) target = actorHeading(doc, s, undergoer.antecedent, actor);
  if (!actor && found.actor?.antecedent && !namesTheEventAt(doc, s, found.actor.antecedent, m.tokens[0]!)) actor = actorHeading(doc, s, found.actor.antecedent, target);
  // "the deadliest attack by a gunman ... the terrorist": one party is not both sides of its own deed;
  // the doer the clause read stays, the target it would also fill is left open.
  // "Clashes between rival tribes": a phrase naming both sides is the doer and the undergoer at once.
  if (found.actor?.mutual && found.target?.mutual) { if (actor) target = actor; else actor = target; }
  else if (target && target === actor) target = null;
  // "Russian forces shelled Nikopol": a town the tagger read as an organisation, resolved as the event's place, is where it struck, no party.
  if (target && m.place && isPlaceReadAsParty(doc, target, m.place)) target = null;
  // "Venezuela's political protests", "Iran's protests": a country's possessive before a protest's noun says whose
  // land the protests are in; the state is no demonstrator.
  const possessorLand = !!actor && m.type === PROTEST_TYPE && isCountryPossessorOf(doc, s, actor, m.tokens[0]!);
  if (possessorLand) actor = null;
  const actorPhrase = possessorLand ? undefined : rolePhraseData(doc, s, found.actor, actor);
  const partyTarget = found.target && !target && PARTY_TARGET_TYPES.has(m.type) && namesContent(s, found.target) ? null : found.target;
  const targetPhrase = rolePhraseData(doc, s, partyTarget, target) ?? rolePhraseData(doc, s, m.victimPhrase ?? null, target);
  const placePhrase = placePhraseOf(doc, s, m.place ?? null) ?? rolePhraseData(doc, s, sitePhraseOf(s, m), null);
  // With the other items of their lists ("eight women, a 10-year-old girl and four men injured").
  const dead = rolePhraseData(doc, s, m.deadPhrase ?? null, null);
  const injured = rolePhraseData(doc, s, m.injuredPhrase ?? null, null);
  const victims = dead || injured ? { ...(dead ? { dead } : {}), ...(injured ? { injured } : {}) } : undefined;
  return { actor, target, ...(actorPhrase ? { actorPhrase } : {}), ...(targetPhrase ? { targetPhrase } : {}), ...(placePhrase ? { placePhrase } : {}), ...(victims ? { victims } : {}) };
}

/**
 * The site phrase of an event with no place phrase; a comment's only as a place name would be its place
 * (placeOfAnotherPhrase: "ordered the departure of ... staff at its embassy").
 */
function sitePhraseOf(s: SentenceView, m: { readonly tokens: readonly number[]; readonly type: string }): RolePhrase | null {
  const site = sitePhrase(s, m.tokens, PHYSICAL_TYPES.has(m.type));
  return site && COMMENT_TYPES.has(m.type) && placeOfAnotherPhrase(s, m.tokens, site.first, new Set(m.tokens)) ? null : site;
}

/**
 * Acts aimed at a party (asking, threatening, protesting, accusing or investigating someone): their
 * undergoer is a person, group or institution. "The Pope urged reconciliation", "demanding repayment",
 * "protests over the election", "investigating cyberintrusions": what is asked, threatened, protested
 * or alleged is the act's content, not its target.
 */
const PARTY_TARGET_TYPES: ReadonlySet<string> = new Set(["REQUEST", "THREATEN", "PROTEST", "ACCUSE"]);

/**
 * A role phrase no canonical actor fills whose head is an abstract noun (an ending of
 * content-noun-endings.tsv, a plural -s allowed), unless the word is one for people or a body of them
 * (the member, collective and generic-people classes: "government", "coalition", "opposition").
 */
function namesContent(s: SentenceView, p: RolePhrase): boolean {
  const head = s.words[p.head]!.toLowerCase();
  if (s.tokens[p.head]!.pos === "PROPN" || s.members?.has(head) || s.collectives?.has(head) || s.genericPeople?.has(head)) return false;
  const singular = head.endsWith("s") ? head.slice(0, -1) : head;
  return (s.contentNounEndings ?? []).some((e) => head.endsWith(e) || singular.endsWith(e));
}

/**
 * The participant a role phrase's head names, unless it is `other` (the event's other role): the
 * earliest mention over the name the head ends ("Abu Jandal al-Kuwaiti": Abu Jandal, not the
 * demonym in "al-Kuwaiti"), or the one mention over a common noun head; else null.
 */
function actorHeading(doc: Document, s: SentenceView, p: RolePhrase, other: string | null): string | null {
  const lowest = p.named?.first ?? p.first;
  const head = p.named?.head ?? p.head;
  let first = head;
  if (s.tokens[head]!.pos === "PROPN") while (first > lowest && (s.tokens[first - 1]!.pos === "PROPN" || s.words[first - 1] === "-")) first--;
  const id = mentionOwners(doc).firstAt(s.spans[first]!.start, s.spans[head]!.end);
  return id && id !== other ? id : null;
}

/** Whether the phrase's head names the event rather than its doer ("the Boston Marathon bombing"). */
function namesTheEventAt(doc: Document, s: SentenceView, p: RolePhrase, anchor: number): boolean {
  const head = s.spans[p.named?.head ?? p.head]!;
  return mentionOwners(doc).at(head.start, head.end).some((id) => namesTheEvent(doc, s, id, anchor));
}

/** The longest bracketed name read after a doer phrase ("[Farabundo Marti National Liberation Front]": 5). Unit: tokens. */
export const BRACKETED_NAME_MAX_TOKENS = 8;

/** A role phrase's words and head word, in offsets of the text. */
function phraseData(doc: Document, s: SentenceView, p: RolePhrase): { start: number; end: number; text: string; head: string } {
  const start = s.spans[p.first]!.start;
  const end = s.spans[p.last]!.end;
  return { start, end, text: doc.text.slice(start, end), head: doc.text.slice(s.spans[p.head]!.start, s.spans[p.head]!.end) };
}

/**
 * "the Boston Marathon bombing", "the Bloody Friday attacks", "the Cafetería Rolando bombing": a name
 * the entity tagger alone calls an organisation (no dictionary entry), right before an event noun,
 * names the event (after its place, day or target), not its doer. Armed groups, forces and
 * countries from the dictionary ("Taliban attack", "Israeli airstrikes") stay doers.
 */
export function namesTheEvent(doc: Document, s: SentenceView, actorId: string, anchor: number): boolean {
  if (anchor === 0 || s.tokens[anchor]!.pos !== "NOUN") return false;
  const before = s.spans[anchor - 1]!;
  if (!mentionOwners(doc).at(before.start, before.end).includes(actorId)) return false;
  const a = findAnnotation(doc, "actor", actorId);
  return !!a && a.data.kind === "organisation" && a.source.rule.startsWith(TAGGER_ONLY_RULE);
}
/** The actors stage's rule for an actor made from an entity the tagger found and no dictionary knows. */
const TAGGER_ONLY_RULE = "entity:";

/** The noun phrase the event's place name modifies in this sentence ("the busy Oxford Street bus station"), if it does. */
function placePhraseOf(doc: Document, s: SentenceView, placeId: string | null): RolePhraseData | undefined {
  const place = placeId ? findAnnotation(doc, "place", placeId) : undefined;
  if (!place || place.start < s.start || place.end > s.end) return undefined;
  const first = firstEndingAfter(s.spans, place.start);
  let last = first;
  while (last + 1 < s.spans.length && s.spans[last + 1]!.start < place.end) last++;
  if (first < 0) return undefined;
  const p = placeNounPhrase(s, first, last);
  if (!p) return undefined;
  const start = s.spans[p.first]!.start;
  const end = s.spans[p.last]!.end;
  return { start, end, text: doc.text.slice(start, end), head: doc.text.slice(s.spans[p.head]!.start, s.spans[p.head]!.end) };
}

/** Whether a reading took its second party from the subject's list ("X and Y met"), by its provenance. */
export function readsListedSide(m: { readonly listedSide?: boolean }): boolean {
  return m.listedSide === true;
}
