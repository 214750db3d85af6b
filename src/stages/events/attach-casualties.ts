// Casualty figures given to the events of their sentence or of the one before, the victims and sides they name, and tolls revised later in the story.

import type { Document } from "../../core/index.js";
import { keep, keepFlat } from "../../core/keep.js";
import { findAnnotation } from "./find-annotation.js";
import { victimOf, type ActorMention } from "./assign-arguments.js";
import { classifyVictims } from "./classify-parties.js";
import { absorbInto, anchorOf, lastTokenOf, takesWithoutKilling, type EventMention } from "./event-mention.js";
import { causeWordBefore } from "./cause-words.js";
import { findCueAt, findCueBefore } from "./find-triggers.js";
import { CASUALTY_NEXT_SENTENCE_WINDOW, MAX_CLAUSES_BACK_TO_EVENT, MODALITY_WINDOW_TOKENS } from "./heuristics.js";
import { ADDED_VICTIMS, addCounts, readQuantityAt, type CasualtyMention } from "./parse-casualties.js";
import { conjunctsOf, findRolePhrases, isAfterBe, relativeOpenerBefore, type RolePhrase } from "./find-role-phrases.js";
import { isPluralNoun } from "./plural-nouns.js";
import { NOT_AN_EVENT, isStateForceClass, type EventsLexicons } from "./resources.js";
import { isCommaParticiple, type SentenceView } from "./sentence-view.js";
import { CARRY_OVER_TYPES, CROWD_CONTROL, NO_WORDS, carriesCasualties } from "./event-type-groups.js";

/**
 * One-sided violence: the victims of a casualty word are the event's target ("killing six civilians" ->
 * Civilians); in the next sentence ("Gunmen attacked a bus. Three passengers were killed.") they give the
 * target's kind only. The victims' own words are kept beside (or instead of) an actor: "killing 130 people",
 * "six soldiers were killed"; the dead and the injured apart ("killed 13 people and wounded 71").
 * `sameSentence`: the event's trigger is in `s`, so an active trigger before the casualty word is no victim.
 */
function takeVictims(s: SentenceView, lex: EventsLexicons, mentions: readonly ActorMention[], e: EventMention, c: CasualtyMention, sameSentence: boolean): void {
  const victims = findRolePhrases(s, [c.word]).target ?? undefined;
  if (sameSentence) {
    e.victimPhrase ??= victims;
    if (c.kind === "fatal") e.deadPhrase ??= victims;
    else if (c.kind === "injured") e.injuredPhrase ??= victims;
  }
  // From the next sentence only the victims' kind is read (an attack on civilians, not a clash): which
  // named party the victims were is left to the event's own sentence.
  const victim = e.target || !sameSentence ? null : victimOf(s, mentions, c.word, readQuantityAt(s, c.word + 1, lex)?.end ?? -1);
  if (victim && victim !== e.actor) { e.target = victim; e.rules.push("target:victims"); }
  if (!e.targetClass) {
    const trigger = anchorOf(e);
    const classified = classifyVictims(s, lex, c.word, sameSentence && e.voice === "active" && trigger < c.word ? trigger : -1);
    if (classified) e.targetClass = classified;
  }
}

/** The party named right after "with" behind a fight's word ("clashes with militants", "a gunfight with suspected bandits"). */
function partnerAfterWith(s: SentenceView, mentions: readonly ActorMention[], last: number): string | null {
  if (s.words[last + 1] !== "with") return null;
  let best: ActorMention | null = null;
  for (const m of mentions) if (m.first > last + 1 && m.first <= last + 1 + WITH_PARTNER_REACH_TOKENS && (!best || m.first < best.first)) best = m;
  return best?.actor ?? null;
}
/** Words a fight's partner may stand from "with": "with the suspected bandits". Unit: tokens. */
const WITH_PARTNER_REACH_TOKENS = 3;

/** Kinds of actor that fight: the sides of a clash. */
const FIGHTING_KINDS: ReadonlySet<string> = new Set(["military", "police", "armed group"]);

/**
 * "Three soldiers and five militants were killed in clashes": the dead of a two-sided fight, listed for
 * two parties, are its two sides; ACLED codes the first listed as actor 1 and the other as actor 2.
 */
export function takeSidesFromDead(doc: Document, s: SentenceView, mentions: readonly ActorMention[], e: EventMention, dead: RolePhrase): void {
  const fights = (id: string) => FIGHTING_KINDS.has(findAnnotation(doc, "actor", id)?.data.kind ?? "");
  const sides: string[] = [];
  for (const item of [dead, ...conjunctsOf(s, dead)].sort((a, b) => a.first - b.first)) {
    const m = mentions.find((x) => x.first <= item.last && x.last >= item.first);
    // "Two police officers and a civilian were killed in a gunfight": a civilian caught in it is no side.
    if (m && fights(m.actor) && !sides.includes(m.actor)) sides.push(m.actor);
  }
  // "Two police officers were killed in a gunfight with bandits": the side named after "with" killed them, as
  // MUC-4 and the event-argument corpora code it (the killers the attacker, the dead's side the target).
  const partner = partnerAfterWith(s, mentions, e.tokens[e.tokens.length - 1]!);
  if (sides.length === 2) {
    e.actor = sides[0]!;
    e.target = sides[1]!;
  } else if (sides.length === 1 && partner && partner !== sides[0] && fights(partner)) {
    e.actor = partner;
    e.target = sides[0]!;
  } else return;
  e.rules.push("sides:listed-dead");
}

/** Whether an event's verb opens a relative clause ("who stormed") after another event of the pool. */
function inRelativeClauseAfter(s: SentenceView, e: EventMention, pool: readonly EventMention[]): boolean {
  const opener = relativeOpenerBefore(s, anchorOf(e));
  return opener >= 0 && pool.some((o) => o !== e && anchorOf(o) < opener);
}

/**
 * "Police fired tear gas at protesters rejecting the military coup in Khartoum, killing 15 people": an event inside
 * an -ing phrase that describes a noun after an earlier act of the pool ("protesters rejecting the coup"), or that
 * phrase's own verb, is what the act's object did or is about, not the act the comma's participle (at `word`) goes on.
 */
function inParticipleModifierAfter(s: SentenceView, e: EventMention, pool: readonly EventMention[], word: number): boolean {
  const a = anchorOf(e);
  if (a >= word) return false;
  let first = a;
  for (const o of pool) if (anchorOf(o) < first) first = anchorOf(o);
  for (let j = a; j > first; j--) {
    const w = s.words[j]!;
    if (w === "," || w === ";") return false;
    if (s.tokens[j]!.pos === "VERB" && w.endsWith("ing") && (s.tokens[j - 1]!.pos === "NOUN" || s.tokens[j - 1]!.pos === "PROPN")) return true;
  }
  return false;
}

/**
 * Whether event e is told as what an act of the pool before it was aimed at: an infinitive of purpose or of a try
 * ("to lynch", "tried to storm") or a noun event whose doers are that act's target ("opened fire on a mob").
 */
function isAimedAt(s: SentenceView, e: EventMention, pool: readonly EventMention[]): boolean {
  const a = anchorOf(e);
  const t = s.tokens[a]!;
  const before = pool.filter((o) => o !== e && anchorOf(o) < a);
  if (before.length === 0) return false;
  if (t.pos === "VERB" && s.words[a - 1] === "to" && s.tokens[a - 1]!.pos === "PART") return true;
  return t.pos === "NOUN" && e.actor !== null && before.some((o) => o.target === e.actor);
}

/**
 * The event a toll told in the next sentence belongs to: one of the last sentence that told any, the last
 * of them that kills, not a kidnapping or looting told beside the attack ("Bandits stormed the village and
 * abducted 20 people. Five villagers were killed.": the storming's dead); the last event when all take.
 */
function tollHeir(previous: readonly EventMention[]): EventMention {
  const last = previous[previous.length - 1]!;
  for (let i = previous.length - 1; i >= 0 && previous[i]!.sentence === last.sentence; i--) {
    if (!takesWithoutKilling(previous[i]!)) return previous[i]!;
  }
  return last;
}

/**
 * Casualties go to the nearest event that can have them, in the same clause first; a sentence
 * with only a casualty verb right after an event sentence belongs to that event
 * ("A bomb exploded in X. Two people died.").
 */
export function attachCasualties(s: SentenceView, lex: EventsLexicons, perSentence: EventMention[][], k: number, casualties: readonly CasualtyMention[], mentions: readonly ActorMention[] = [], placedApart: (e: EventMention, heir: EventMention) => boolean = () => false, shifted = false, morePrecise: (a: string, b: string) => boolean = () => false): EventMention[] {
  let events = perSentence[k]!;
  const onlyWeak = events.length > 0 && events.every((e) => e.row.weak);
  // Most sentences tell neither a casualty nor an event: nothing to attach.
  if (events.length === 0 && casualties.length === 0) return events;
  // The heir is read only by a sentence of weak words alone or by casualties with no event of their own.
  // The events a casualty report of this sentence may carry on from, read once for the heir and for each count.
  const carrying = onlyWeak || events.length === 0 ? carryingEventsBefore(perSentence, k) : [];
  const heir = carrying.length > 0 ? tollHeir(carrying) : null;
  // A death told at another place than the event before it, or counted away from its time, is another happening.
  // "In a separate incident, bandits killed three farmers": a killing told as another happening is no retelling.
  if (onlyWeak && heir && !shifted && !events.some((e) => e.distinct || placedApart(e, heir))) {
    // "A bomb exploded in X. Two people died.": "died" tells the bombing's toll, one more telling of it.
    for (const e of events) {
      if (!e.row.weak || e.type !== heir.type) continue;
      absorbInto(heir, e);
      // "Militants attacked a checkpoint in Pakistan's northwest ... Four attackers were killed at the post in Dera Ismail
      // Khan district": the retelling's place, which agrees with the event's country, says more precisely where it was.
      if (e.place && heir.place !== null && morePrecise(e.place, heir.place)) {
        heir.place = e.place;
        heir.geoPrecision = e.geoPrecision;
      }
    }
    events = keep(events, (e) => !e.row.weak);
    // "Two more people died of their wounds, bringing the death toll to 14": with more victims of the event
    // before in its clause, the total they bring the toll to is that event's, not a running count of many.
    const moreOfHeir = casualties.some((c) => c.kind === "fatal" && !c.toll && ADDED_VICTIMS.test(c.count.text));
    for (const c of casualties) {
      if ((c.cumulative && !(c.toll && moreOfHeir)) || isHedged(s, lex, c)) continue;
      const holder = holderOfToll(carrying, c, heir);
      addCount(holder, c, "casualty:next-sentence", s.index);
      takeVictims(s, lex, mentions, holder, c, false);
    }
    return events;
  }
  const eligible = events.filter(carriesCasualties);
  const protestCauses = lex.wordClasses.get("protest-cause") ?? NO_WORDS;
  for (const c of casualties) {
    // "as many as 1,103 may have died": a feared or possible toll is no reported death.
    if (isHedged(s, lex, c)) continue;
    // A total or a rate ("has killed 2,000 since 2015") is no event's toll; a casualty verb that only reports it is context.
    // Only in the total's clause: "Gunmen killed 3 people on Monday, bringing the death toll this week to 20" tells a killing.
    if (c.cumulative) {
      // "More than 400 people have been killed in attacks this year": the plural happenings a total is counted over are background too.
      for (const e of events) if ((e.row.weak || isPluralNoun(s, anchorOf(e))) && !e.background && s.clause[anchorOf(e)] === s.clause[c.word]) { e.background = true; e.rules.push("toll:cumulative"); }
      continue;
    }
    // "protesters angered by the killing of a cleric blocked a highway and set fire to a van": a death the protest is
    // about is its cause, no toll of it nor of the protesters' acts told after it in its clause.
    const grievance = eligible.some((e) => e.type === "PROTEST" && anchorOf(e) < c.word && causeWordBefore(s, c.word, protestCauses, lastTokenOf(e)));
    const takers = grievance ? keep(eligible, (e) => e.type !== "PROTEST" && !(anchorOf(e) > c.word && s.clause[anchorOf(e)] === s.clause[c.word])) : eligible;
    const sameClause = takers.filter((e) => s.clause[anchorOf(e)] === s.clause[c.word]);
    const reachable = takers.filter((e) => anchorOf(e) < c.word || clauseBreaksBetween(s, c.word, anchorOf(e)) <= MAX_CLAUSES_BACK_TO_EVENT);
    const near = sameClause.length > 0 ? sameClause : reachable;
    // "Police opened fire on protesters, killing three", "three protesters were killed when police fired on
    // a march": the dead are the violence's, not the protest's nearer word; a protest keeps a toll only
    // when nothing violent is told within reach (a riot's dead).
    const violent = [...new Set([...near, ...reachable])].filter((e) => e.type !== "PROTEST");
    let pool = violent.length > 0 && near.some((e) => e.type === "PROTEST") ? violent : near;
    // "gunmen killed 5 people in retaliation for the killing of a herder": the dead of the deed answered for are
    // that deed's, not the toll of an event told before the cue.
    const cause = responseCueBefore(s, lex, c.word);
    if (cause >= 0) pool = pool.filter((e) => anchorOf(e) > cause);
    // "Gunmen attacked the village, killing 12 farmers and burning houses": the dead are the attack's,
    // not the arson's or the abduction's that shares their clause; a taking keeps them only when
    // nothing that kills is within reach.
    // So when both are within reach: "killed 14 villagers and abducted dozens more in an overnight raid" (the raid's dead).
    if ((c.kind === "fatal" || c.kind === "casualties") && pool.some(takesWithoutKilling)) {
      const killers = (pool.every(takesWithoutKilling) ? reachable : pool).filter((e) => !takesWithoutKilling(e));
      if (killers.length > 0) pool = killers;
      // "ISWAP militants attacked Dikwa. 2 soldiers were killed and the attackers looted the town.": with only a taking
      // in its sentence, a death told with no doer is the toll of the attack told just before, as with no event at all.
      else if (c.kind === "fatal" && !shifted && isAgentlessDeath(s, c)) {
        const before = carryingEventsBefore(perSentence, k);
        const heirBefore = before.length > 0 ? tollHeir(before) : null;
        if (heirBefore && !takesWithoutKilling(heirBefore) && !events.some((e) => e.distinct || placedApart(e, heirBefore))) {
          addCount(holderOfToll(before, c, heirBefore), c, "casualty:next-sentence", s.index);
          continue;
        }
      }
    }
    // "Police fired live ammunition and tear gas at protesters, killing 15": the dead are the firing's, not the crowd
    // control's told beside it (tear gas, a dispersal), which kills no one by itself.
    if ((c.kind === "fatal" || c.kind === "casualties") && pool.some((e) => e.mode === CROWD_CONTROL) && pool.some((e) => e.type === "ASSAULT")) pool = keep(pool, (e) => e.mode !== CROWD_CONTROL);
    // "police opened fire on protesters who stormed parliament on Tuesday, killing at least five": a participle after the
    // comma that closes a relative clause tells what the main clause's act did, not the relative clause's.
    if (isCommaParticiple(s, c.word)) {
      pool = keep(pool, (e) => !inRelativeClauseAfter(s, e, pool) && !inParticipleModifierAfter(s, e, pool, c.word));
      // "Police opened fire on a mob that tried to storm the post to lynch the suspects, killing 19": nor what the main
      // clause's act was aimed at, told after it: an act only tried or meant ("tried to storm", "to lynch"), or the crowd
      // its object names ("a mob", whose own event is the one fired on). The dead are the firing's.
      const mainAct = pool.find((e) => !isAimedAt(s, e, pool) && !UNREAL_MODALITIES.has(e.modality));
      if (mainAct) pool = keep(pool, (e) => !isAimedAt(s, e, pool) && !(UNREAL_MODALITIES.has(e.modality) && anchorOf(e) > anchorOf(mainAct)));
    }
    let best: EventMention | null = null, bestDist = Infinity;
    for (const e of pool) {
      const a = anchorOf(e);
      const d = a <= c.word ? c.word - a : (a - c.word) + 0.5;
      if (d < bestDist) { bestDist = d; best = e; }
    }
    if (best) {
      addCount(best, c, c.ruleId);
      takeVictims(s, lex, mentions, best, c, true);
    } else if (events.length === 0 && heir && !shifted) {
      const holder = holderOfToll(carrying, c, heir);
      addCount(holder, c, "casualty:next-sentence", s.index);
      takeVictims(s, lex, mentions, holder, c, false);
    } else if (events.length === 0 && !shifted && c.toll && c.kind === "fatal") {
      // "... killing at least 46 worshippers." [a claim, a quote] "The death toll later rose to 55": a toll
      // that revises a count paragraphs later belongs to the one event with dead told before it, if only one.
      const revised = onlyLethalEventBefore(perSentence, k);
      // A jump beyond REVISION_MAX_FACTOR times the count is a running total of a wider crisis ("the death toll from 544
      // to 607" in riots across a state), not that one event's count revised.
      const had = revised?.fatalities?.min ?? 0;
      // A note's fatality label ("Several soldiers were killed. Fatalities coded as 10.") is the coder's figure for that
      // one event (ACLED codes "several" and "many" as it chooses), never a wider crisis's count: no bound on the jump.
      if (revised && c.count.min !== null && had > 0 && c.count.min >= had && (c.coded || c.count.min <= had * REVISION_MAX_FACTOR)) addCount(revised, c, "casualty:toll-revised", s.index);
    }
  }
  // "No one was killed" tells of no event: its zero went to the event before it, if any.
  return keep(events, (e) => !(e.row.weak && e.modality === "negated"));
}

/** A death told in the passive with no "by" after it ("2 soldiers were killed"): no doer of its own. */
function isAgentlessDeath(s: SentenceView, c: CasualtyMention): boolean {
  return isAfterBe(s, c.word) && s.words[c.word + 1] !== "by";
}

/** An act told as only tried, feared or denied; a denial about a definite act ("no group claimed the explosion") presupposes it happened. */
function isOnlyTried(e: EventMention): boolean {
  return e.modality === "intended" || e.modality === "hypothetical" || (e.modality === "negated" && !e.presupposed);
}

/** The events of the sentences just before sentence k (within CASUALTY_NEXT_SENTENCE_WINDOW) whose toll a casualty report of sentence k may carry on. */
function carryingEventsBefore(perSentence: readonly EventMention[][], k: number): EventMention[] {
  // Only violence, disasters and force used on a crowd carry on into the next sentence's casualty report, not
  // arrests or a protest itself ("Police fired tear gas to disperse the protesters. Two people were killed.").
  // Nor an act only tried, feared or denied ("as attackers tried to storm the building. Security forces killed three"): its toll would be lost.
  return keepFlat(perSentence.slice(Math.max(0, k - CASUALTY_NEXT_SENTENCE_WINDOW), k), (e) => (CARRY_OVER_TYPES.has(e.type) || (e.type === "COERCE" && e.mode === CROWD_CONTROL)) && !e.row.weak && !isOnlyTried(e));
}

/**
 * "A drone strike killed two Hezbollah members, as the group fired rockets at a base. Hezbollah announced the
 * deaths of two of its fighters.": a death count told again, equal to the one an event just before already
 * holds, retells that event's dead, whichever event was told last; the heir otherwise.
 */
function holderOfToll(carrying: readonly EventMention[], c: CasualtyMention, heir: EventMention): EventMention {
  if (c.kind !== "fatal" || c.count.min === null || c.count.min === 0) return heir;
  const same = (e: EventMention) => e.fatalities?.min === c.count.min && e.fatalities.max === c.count.max;
  if (same(heir)) return heir;
  const holders = carrying.filter(same);
  return holders.length === 1 ? holders[0]! : heir;
}

/**
 * "Israeli forces raided Nur Shams camp, killing 2. Several others were arrested.": an arrest told in the
 * passive with no one named right after a state force's operation at the same place was that force's.
 */
export function takeArrestersFromForceBefore(events: readonly EventMention[], before: readonly EventMention[], samePlace: (a: string, b: string) => boolean): void {
  for (const e of events) {
    if (e.type !== "COERCE" || e.mode !== "arrest" || e.actor || e.voice !== "undergoer") continue;
    const force = before.find((b) => b.actor && isStateForceClass(b.sourceClass) && b.place && e.place && samePlace(b.place, e.place));
    if (!force) continue;
    e.actor = force.actor;
    e.sourceClass = force.sourceClass;
    e.rules.push("actor:force-before");
  }
}

/** Sentences back a toll's revision may reach for the event it revises ("The death toll later rose to 55"). */
const TOLL_REVISION_SENTENCES = 8;
/** How many times an event's count a later toll may be and still revise it (46 -> 55; not 99 -> 607). */
const REVISION_MAX_FACTOR = 3;

/** The one event with dead among the TOLL_REVISION_SENTENCES sentences before sentence k, or null when none or several. */
function onlyLethalEventBefore(perSentence: readonly EventMention[][], k: number): EventMention | null {
  let found: EventMention | null = null;
  for (let i = Math.max(0, k - TOLL_REVISION_SENTENCES); i < k; i++) {
    for (const e of perSentence[i]!) {
      if (!e.fatalities || e.background || !CARRY_OVER_TYPES.has(e.type)) continue;
      if (found && found !== e) return null;
      found = e;
    }
  }
  return found;
}

/** Clause breaks between two tokens, a run of boundary words (", when") counting once and asides (", including two children,") not at all. */
function clauseBreaksBetween(s: SentenceView, from: number, to: number): number {
  let breaks = 0, previous = from, inRun = false;
  for (let i = from + 1; i <= to; i++) {
    if (s.aside[i]) continue;
    const changed = s.clause[i] !== s.clause[previous];
    if (changed && !inRun) breaks++;
    inRun = changed && i - previous === 1;
    previous = i;
  }
  return breaks;
}

/** Subordinate cue row of a deed answered for: "in retaliation for", "in response to", "in revenge for" (subordinate-cues.tsv). */
const RESPONSE_CUE = "sub:response";
/** Tokens back from a casualty word to such a cue: "in retaliation for the brutal killing of". */
const RESPONSE_CUE_WINDOW = 5;

/** Where a response cue stands just before casualty word w in its clause, or -1. */
function responseCueBefore(s: SentenceView, lex: EventsLexicons, w: number): number {
  const found = findCueAt(s, lex.subordinateIndex, w, RESPONSE_CUE_WINDOW);
  return found && found.cue.id === RESPONSE_CUE ? found.at : -1;
}

/** A casualty word under a cue of something that did not (yet) happen: "may have died", "could kill". */
function isHedged(s: SentenceView, lex: EventsLexicons, c: CasualtyMention): boolean {
  const cue = findCueBefore(s, lex.modalityIndex, c.word, MODALITY_WINDOW_TOKENS);
  return cue !== null && (UNREAL_MODALITIES.has(cue.value) || cue.value === NOT_AN_EVENT);
}

export const EPIDEMIC = "epidemic";

/** Modalities of events that did not (yet) happen: "a mutation could kill millions" reports no deaths. */
const UNREAL_MODALITIES = new Set(["hypothetical", "intended", "demanded", "pledged"]);


/** The event field a casualty kind counts toward. */
const KIND_FIELD: Partial<Record<CasualtyMention["kind"], "fatalities" | "injuries">> = { fatal: "fatalities", injured: "injuries" };

/** A figure that picks out part of a group already counted: "one of them", "two of the wounded". */
const PART_OF_COUNTED = /\b(?:of|among)\s+(?:them|the|those|whom)\b/i;

function addCount(e: EventMention, c: CasualtyMention, rule: string, fromSentence?: number): void {
  if (UNREAL_MODALITIES.has(e.modality)) return;
  // "the troops sustained 11 casualties": the dead and the wounded together, neither a death toll nor
  // an injury count (as for "killed and injured"); only "no casualties" says something of both.
  if (c.kind === "casualties" && !(c.count.min === 0 && (c.count.max === 0 || c.count.max === null))) return;
  // "3,759 people have died from the disease as of February 19": an epidemic's running tally is no toll of one happening.
  if (c.tally && e.mode === EPIDEMIC) return;
  if (c.tally && (c.kind === "fatal" || c.kind === "casualties") && !e.fatalities) e.tallyToll = true;
  const from = fromSentence !== undefined && fromSentence !== e.sentence ? fromSentence : undefined;
  // "a civilian was killed in the crossfire and a soldier was also killed", "... killing 4 soldiers. 2 militants
  // were also killed.": more victims of the event, added to its toll, in its sentence or the next.
  if (c.kind === "fatal" && e.fatalities && ADDED_VICTIMS.test(c.count.text)) {
    e.fatalities = addCounts(e.fatalities, c.count);
    e.rules.push(`${rule}+added`);
    return;
  }
  // "A car bomb killed 5 people. The death toll later rose to 8.": a toll revises the event's count upward
  // (a cumulative toll never reaches here); a lower one is another report, and the first figure stays.
  // "killing at least 100 people; other reports put the toll at 168": another source's figure widens the range; the
  // lowest stays, as ACLED codes it.
  if (c.alternative && c.kind === "fatal" && e.fatalities && c.count.min !== null && c.count.min >= (e.fatalities.min ?? 0)) {
    const max = c.count.max ?? c.count.min;
    e.fatalities = { ...e.fatalities, max: e.fatalities.max === null ? null : Math.max(e.fatalities.max, max) };
    e.rules.push(`${rule}+alternative`);
    return;
  }
  if (c.toll && c.kind === "fatal" && e.fatalities && c.count.min !== null && c.count.min >= (e.fatalities.min ?? 0)) {
    e.fatalities = c.count;
    e.fatalitiesFromToll = true;
    e.rules.push(`${rule}+revised`);
    return;
  }
  // A toll is a total: neither it nor a figure told beside it ("had risen from 58 to 62 with the death of four") is one more victim group.
  if (c.kind === "fatal" && e.fatalities && (c.toll || e.fatalitiesFromToll)) return;
  // "killed 35 fighters in Borno, while 2 soldiers died": another victim group of the event in its own
  // sentence adds to its toll, as ACLED counts every side's dead; not a part of a group already counted
  // ("one of them died"), nor a death told in an aside ("including three who died in hospital").
  // "Militants killed two soldiers ..., and the two soldiers died at the scene": a figure of victims already named
  // ("the two soldiers") tells them again.
  if (from === undefined && e.tollSentence?.[KIND_FIELD[c.kind]!] === undefined && (c.kind === "fatal" || c.kind === "injured") && !c.inAside && !c.definite && !PART_OF_COUNTED.test(c.count.text)) {
    const key = KIND_FIELD[c.kind]!;
    const had = e[key];
    if (had && !had.text.includes(c.count.text) && !c.count.text.includes(had.text)) {
      e[key] = addCounts(had, c.count);
      e.rules.push(`${rule}+group`);
      return;
    }
  }
  if ((c.kind === "fatal" || c.kind === "casualties") && !e.fatalities) { e.fatalities = c.count; e.fatalitiesFromToll = c.toll; e.rules.push(rule); if (from !== undefined) (e.tollSentence ??= {}).fatalities = from; }
  if ((c.kind === "injured" || c.kind === "casualties") && !e.injuries) { e.injuries = c.count; e.rules.push(rule); if (from !== undefined) (e.tollSentence ??= {}).injuries = from; }
}
