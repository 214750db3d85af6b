import type { EventData, LayerAnnotation } from "../../core/index.js";
import { toldAsHappened, type EventMention } from "./event-mention.js";
import type { SentenceView } from "./sentence-view.js";
import { causeWordBefore } from "./cause-words.js";
import { DURING_WORDS } from "./refine-acled.js";
import { isCrowdName } from "./acled-actors.js";
import { isStateForceClass } from "./resources.js";
import { isNonStateBombing } from "./event-type-groups.js";

/**
 * ACLED codes a demonstration and what the state does to it on the spot as one event: "Police arrested 15
 * protesters during a demonstration" is one "Protest with intervention" (Protesters as actor1, the police as
 * actor2), "Security forces shot dead three protesters during a rally" one "Excessive force against
 * protesters" with its three dead. PLOVER keeps the arrest or the shooting as an event of its own, and so does
 * sitrep; only the ACLED coding folds them: the policing event takes the protest's coding with `partOf` naming
 * the protest (the ACLED row that stands for both), and the protest's coding takes the intervening force as
 * its missing party, the intervention as its sub-type, and the deaths its parts report.
 */

/** ACLED event types of a demonstration and of what happens to it. */
const PROTEST_TYPES: ReadonlySet<string> = new Set(["Protests", "Riots"]);
/** Sentences either side of a demonstration's tellings within which an act on "the protesters" is its policing. */
const PROTESTERS_REACH_SENTENCES = 2;
/** COERCE modes that are policing on the spot: detaining and dispersing. */
const POLICING_MODES: ReadonlySet<string> = new Set(["arrest", "crowd-control"]);

/**
 * An event that stands for a demonstration's ACLED row: the demonstration, or a dispersal told with no
 * demonstration word near it ("security forces fired tear gas to disperse anti-government crowds"); a
 * dispersal beside one was absorbed into it already (extract-events.ts absorbPolicingIntoProtests).
 */
function isDemonstration(m: EventMention): boolean {
  const word = m.type === "PROTEST" || (m.type === "COERCE" && m.mode === "crowd-control");
  return word && m.acled !== null && PROTEST_TYPES.has(m.acled.eventType) && toldAsHappened(m);
}

/** The sentences an event is told in: its carrier's and every merged telling's. */
function sentencesOf(m: EventMention): Set<number> {
  return new Set([m.sentence, ...(m.told ?? []).map((t) => t.sentence)]);
}

/** Done by a state's forces, or by no one the text names (the force a demonstration meets is the state's). */
function byStateOrNoOne(m: EventMention): boolean {
  return (m.actor === null || isStateForceClass(m.sourceClass)) && !isNonStateBombing(m);
}

/**
 * Whether the event is told behind a word of cause or grievance: "the bandh, in protest against the killing of
 * kar sevaks" names what a protest is about, a happening of its own, not what was done to it.
 */
function toldAsACause(s: SentenceView | undefined, q: EventMention, causeWords: ReadonlySet<string>): boolean {
  return s !== undefined && causeWordBefore(s, q.tokens[0]!, causeWords);
}

/** Whether a word between an arrest and a demonstration of one sentence puts the arrest at it ("detained during the protest", "arrested at a rally"). */
function toldAtTheScene(s: SentenceView | undefined, q: EventMention, d: EventMention): boolean {
  // The demonstration's telling in the arrest's sentence: the carrier's own words may stand in another.
  const there = tellingIn(d, q);
  if (!s || there === undefined) return false;
  const from = Math.min(q.tokens[0]!, there);
  const to = Math.max(q.tokens[0]!, there);
  for (let i = from + 1; i < to; i++) if (DURING_WORDS.has(s.tokens[i]!.normal)) return true;
  return false;
}

/** Whether those `q` acts on are protesters, or the demonstration's own crowd (its actor). */
function arrestsTheCrowd(q: EventMention, d: EventMention): boolean {
  return q.targetClass === "protesters" || (q.target !== null && q.target === d.actor);
}

/** The token where the demonstration is told in the sentence of `q`, or undefined. */
function tellingIn(d: EventMention, q: EventMention): number | undefined {
  return d.sentence === q.sentence ? d.tokens[0] : d.told?.find((t) => t.sentence === q.sentence)?.tokens[0];
}

/**
 * Whether the demonstration's word in the arrest's sentence names those arrested: the arrest's undergoers are
 * protesters and the word stands right by the arrest's verb with no verb or preposition between, as its object
 * ("detained 15 protesters") or its passive subject ("The protesters were arrested").
 */
function namesTheArrested(s: SentenceView | undefined, q: EventMention, d: EventMention): boolean {
  const at = tellingIn(d, q);
  if (!s || at === undefined || !arrestsTheCrowd(q, d)) return false;
  const first = q.tokens[0]!;
  const last = q.tokens[q.tokens.length - 1]!;
  const [from, to] = at > last ? [last, at] : at < first ? [at, first] : [at, at];
  if (to - from > ARRESTED_REACH_TOKENS) return false;
  for (let i = from + 1; i < to; i++) if (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "ADP") return false;
  return true;
}

/** Tokens between an arrest's verb and the head of its object or passive subject ("arrested at least 15 young protesters"). */
const ARRESTED_REACH_TOKENS = 5;

/**
 * What a demonstration `d` told in the same sentence (`sameSentence`) or the one before can have done to it on
 * the spot: an arrest or a dispersal by the state or no one named, of protesters, or in one sentence with a word
 * that puts it at the demonstration ("during", "at"; not "before the rally", "in anticipation of protests",
 * "people who take part in demonstrations"), or in the next sentence of no one else ("arrested 20 of them");
 * violence the events stage already coded as the demonstration's (its sub-type is a protest's or a riot's);
 * violence by the state or no one named on protesters; in the demonstration's own sentence, a bare casualty
 * word with no doer or victim named (", injuring 5").
 */
function isPolicing(q: EventMention, d: EventMention, sameSentence: boolean, s: SentenceView | undefined, causeWords: ReadonlySet<string>): boolean {
  // "Another mob attacked a family": one more happening; "protested against the killing": the protest's cause.
  if (!toldAsHappened(q) || isDemonstration(q) || q.distinct === true || toldAsACause(s, q, causeWords)) return false;
  if (q.type === "COERCE") {
    if (q.mode === null || !POLICING_MODES.has(q.mode) || !byStateOrNoOne(q)) return false;
    // "arrested 15 protesters": the demonstration's own word names those arrested.
    if (sameSentence) return toldAtTheScene(s, q, d) || namesTheArrested(s, q, d);
    return q.target === null || arrestsTheCrowd(q, d);
  }
  if (q.type !== "ASSAULT") return false;
  // "Rioters set fire to a street", "a mob vandalised temples": what the crowd destroys in its own sentence is
  // its riot, as ACLED codes a violent demonstration's damage (not as looting or property destruction apart).
  if (q.mode === "destroy" && sameSentence && d.acled?.eventType === "Riots") return q.actor === null || q.actor === d.actor || q.sourceClass === "protesters";
  // Violence the events stage coded as the demonstration's (refine-acled.ts), whoever did it: ACLED codes
  // gunmen firing on a rally as the excessive force of that protest, a crowd fighting the police as its riot.
  // Told in another sentence it is the demonstration's only when it falls on the protesters: a mob's attack told
  // apart ("a mob attacked the train", then "riots rocked the state") is a happening of its own.
  if (q.acled !== null && PROTEST_TYPES.has(q.acled.eventType)) return sameSentence || q.targetClass === "protesters";
  // "Rioters clashed with police in Bignona. A young man was shot dead.": a death told in the sentence after the
  // demonstration's with no doer and no party named is a death at it, as ACLED codes the riot's toll in its row.
  if (!sameSentence && q.actor === null && q.target === null && q.voice === "undergoer" && (q.fatalities?.min ?? 0) > 0) return true;
  // "Two people were shot dead by police during the demonstrations": the state's violence a word puts at the
  // demonstration ("during", "at") falls on those there, whatever the text calls them.
  return byStateOrNoOne(q) && (q.targetClass === "protesters" || (sameSentence && q.target === null && q.mode === null) || (sameSentence && q.actor !== null && toldAtTheScene(s, q, d)));
}

/**
 * For each event that is the policing of a demonstration, the index of that demonstration among `events`:
 * told in one of its sentences or the next, at a place and on a day that agree with it (or not given),
 * the nearest such demonstration before it first.
 */
export function findProtestParts(
  events: readonly EventMention[],
  sentences: ReadonlyMap<number, SentenceView>,
  placesAgree: (a: string, b: string) => boolean,
  datesAgree: (a: string, b: string) => boolean,
  causeWords: ReadonlySet<string> = new Set(),
): Map<number, number> {
  const parts = new Map<number, number>();
  const demonstrations = events.flatMap((m, i) => (isDemonstration(m) ? [{ i, m, sentences: sentencesOf(m) }] : []));
  if (demonstrations.length === 0) return parts;
  // The demonstrations told in each sentence: an event looks only at those within reach of its own sentence
  // (a live blog of a thousand protest reports stays linear).
  const toldIn = new Map<number, (typeof demonstrations)[number][]>();
  for (const d of demonstrations) for (const k of d.sentences) toldIn.set(k, [...(toldIn.get(k) ?? []), d]);
  events.forEach((q, i) => {
    let best: { i: number; distance: number } | null = null;
    const within = new Set<(typeof demonstrations)[number]>();
    for (let k = q.sentence - PROTESTERS_REACH_SENTENCES; k <= q.sentence + PROTESTERS_REACH_SENTENCES; k++) for (const d of toldIn.get(k) ?? []) within.add(d);
    // In the order the events come, as ties go to the first.
    for (const d of [...within].sort((a, b) => a.i - b.i)) {
      if (d.i === i) continue;
      const same = d.sentences.has(q.sentence);
      // The next sentence ("Police fired tear gas and arrested 20 of them"); "the protesters were arrested" may
      // also come a sentence or two either side of the words that tell the protest.
      const near = d.sentences.has(q.sentence - 1) || (arrestsTheCrowd(q, d.m) && [...d.sentences].some((k) => Math.abs(k - q.sentence) <= PROTESTERS_REACH_SENTENCES));
      if (!same && !near) continue;
      if (!isPolicing(q, d.m, same, sentences.get(q.sentence), causeWords)) continue;
      if (q.place !== null && d.m.place !== null && !placesAgree(q.place, d.m.place)) continue;
      if (q.date !== null && d.m.date !== null && !datesAgree(q.date, d.m.date)) continue;
      const distance = same ? 0 : Math.min(...[...d.sentences].map((k) => Math.abs(k - q.sentence)));
      if (!best || distance < best.distance) best = { i: d.i, distance };
    }
    if (best) parts.set(i, best.i);
  });
  return parts;
}

type Acled = NonNullable<EventData["acled"]>;

const EXCESSIVE_FORCE = "Excessive force against protesters";

/**
 * ACLED's demonstration sub-types from the mildest: a row takes the gravest its tellings were coded with. A mob's
 * violence ranks with a violent demonstration: either makes the row a riot, and neither replaces the other.
 */
const SEVERITY: ReadonlyMap<string, number> = new Map([["Peaceful protest", 0], ["Protest with intervention", 1], [EXCESSIVE_FORCE, 2], ["Violent demonstration", 3], ["Mob violence", 3]]);

function severity(subEventType: string): number {
  return SEVERITY.get(subEventType) ?? -1;
}

/** Violence told with deaths or with live fire, not coded as a riot of the crowd's own. */
function isLethalForce(e: EventData): boolean {
  return e.type === "ASSAULT" && !PROTEST_TYPES.has(e.acled?.eventType ?? "") && ((e.fatalities?.min ?? 0) > 0 || e.mode === "firearms");
}

/** The demonstrators as ACLED names them, from the codings given: "Protesters (Sudan)", else a crowd of civilians renamed so. */
function protestersAmong(names: readonly (string | null | undefined)[]): string | null {
  const protesters = names.find((n) => n?.startsWith("Protesters"));
  if (protesters) return protesters;
  const civilians = names.find((n) => n?.startsWith("Civilians"));
  return civilians ? civilians.replace(/^Civilians/, "Protesters") : null;
}

/**
 * Rewrites the ACLED coding of demonstrations and their parts (findProtestParts, by index into
 * `annotations`; `forces`: by the same index, the force each event's ACLED parties name, and for a demonstration in
 * `dispersed` the force whose dispersal of it the events stage absorbed into it): the demonstration's coding gets the force
 * that met it (its own first, then its parts' in order) as the party it lacks
 * (actor1 for excessive force, where ACLED names the force first; else actor2), a peaceful protest that
 * met arrests or dispersal becomes a protest with intervention, and `fatalities` is the most any of its
 * tellings reports when a part reports more than the demonstration itself; each part's coding is the
 * demonstration's with `partOf` its id.
 */
export function foldProtestCoding(annotations: LayerAnnotation<"event">[], parts: ReadonlyMap<number, number>, forces: ReadonlyMap<number, string> = new Map(), dispersed: ReadonlySet<number> = new Set()): void {
  if (parts.size === 0 && dispersed.size === 0) return;
  const byCarrier = new Map<number, number[]>();
  // A demonstration whose dispersal was absorbed into it names the force that dispersed it, parts or none.
  for (const c of dispersed) byCarrier.set(c, []);
  for (const [part, carrier] of parts) byCarrier.set(carrier, [...(byCarrier.get(carrier) ?? []), part]);
  for (const [c, ps] of byCarrier) {
    const carrier = annotations[c]!;
    const own = carrier.data.acled;
    if (!own) continue;
    let coding: Acled = { ...own };
    const force = [c, ...ps].map((k) => forces.get(k)).find((f) => f !== undefined) ?? null;
    const intervened = ps.some((p) => annotations[p]!.data.type === "COERCE");
    if (intervened && coding.subEventType === "Peaceful protest") coding = { ...coding, subEventType: "Protest with intervention" };
    // One row, the gravest reading of its tellings: protesters who turned violent make the whole a riot.
    const gravest = ps.map((p) => annotations[p]!.data.acled).reduce<Acled>((a, b) => (b && severity(b.subEventType) > severity(a.subEventType) ? b : a), coding);
    if (gravest !== coding) {
      coding = { ...coding, eventType: gravest.eventType, subEventType: gravest.subEventType };
      if (gravest.eventType === "Riots") coding = { ...coding, actor1: coding.actor1?.replace(/^Protesters\b/, "Rioters") ?? gravest.actor1 ?? null };
    }
    // "Two people were shot dead by police during the demonstrations": lethal force of the state (or of no one named),
    // deaths or live fire, that is a part and no riot of the crowd's own is excessive force as ACLED codes it; tear gas
    // and injuries alone leave a protest with intervention.
    const forceUsed = ps.some((p) => isLethalForce(annotations[p]!.data));
    if (forceUsed && severity(coding.subEventType) < severity(EXCESSIVE_FORCE)) coding = { ...coding, eventType: "Protests", subEventType: EXCESSIVE_FORCE };
    if (coding.subEventType === EXCESSIVE_FORCE) {
      // ACLED names the force first and the protesters second, whatever roles each telling read.
      const named = [own.actor1, own.actor2, ...ps.flatMap((p) => [annotations[p]!.data.acled?.actor1, annotations[p]!.data.acled?.actor2])];
      const actor1 = force ?? (own.actor1 && !isCrowdName(own.actor1) ? own.actor1 : null);
      coding = { ...coding, actor1, actor2: protestersAmong(named) ?? (own.actor2 !== actor1 ? (own.actor2 ?? null) : null) };
    } else if (force && coding.actor1 !== force && coding.actor2 !== force) {
      if (!coding.actor1) coding = { ...coding, actor1: force };
      else if (!coding.actor2) coding = { ...coding, actor2: force };
    }
    const dead = (e: EventData) => e.fatalities?.min ?? 0;
    const most = Math.max(0, ...ps.map((p) => dead(annotations[p]!.data)));
    if (most > dead(carrier.data)) coding = { ...coding, fatalities: most };
    if (ps.length === 0 && coding.actor1 === own.actor1 && coding.actor2 === own.actor2) continue;
    annotations[c] = { ...carrier, data: { ...carrier.data, acled: coding }, source: { ...carrier.source, rule: `${carrier.source.rule}+acled:${ps.length > 0 ? "protest-parts" : "dispersed-by"}` } };
    const { fatalities: _rowToll, ...shared } = coding;
    for (const p of ps) {
      const part = annotations[p]!;
      annotations[p] = { ...part, data: { ...part.data, acled: { ...shared, partOf: carrier.id } }, source: { ...part.source, rule: `${part.source.rule}+acled:part-of-protest` } };
    }
  }
}
