// An event mention written as an annotation: its ACLED coding, its role phrases and the tellings of its tolls.

import type { Document, EventData, EventMentionData, LayerAnnotation, RolePhraseData } from "../../core/index.js";
import { isEthnicGroupId, layer, type Span } from "../../core/index.js";
import { mapped } from "../../core/keep.js";
import { findAnnotation } from "./find-annotation.js";
import { mainCountryOfPlaces } from "./assign-arguments.js";
import { anchorOf, lastTokenOf, tellingsOf, toldOf, type EventMention, type ToldMention } from "./event-mention.js";
import { inferDatelineDate } from "./infer-dateline-date.js";
import { acledActorsOf, acledNameOfParty, civiliansOf, forceAmong, type AcledParty } from "./acled-actors.js";
import { ownerOfSite, ownerWordBefore, type SiteOwner } from "./site-owners.js";
import { isArmedClass, isStateForceClass } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { type RolePhrases, readsListedSide, rolePhrasesOf } from "./role-phrase-data.js";

const EVENT_WORDS = stageWordClasses("events");

export function toAnnotation(doc: Document, sentences: ReadonlyMap<number, SentenceView>, m: EventMention, i: number, dateline: string | null = null, forces?: Map<number, string>): LayerAnnotation<"event"> {
  const s = sentences.get(m.sentence)!;
  const tellings = mapped(m.told ?? [], (t) => ({ s: sentences.get(t.sentence)!, tokens: t.tokens }));
  const inferredDate = inferDatelineDate(m, s, dateline, tellings);
  if (inferredDate) m.rules.push(inferredDate.rule);
  const first = s.spans[anchorOf(m)]!;
  const last = s.spans[lastTokenOf(m)]!;
  const own = rolePhrasesOf(doc, s, m);
  const trigger = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
  // Coded before the data is built, so the data is made once with its coding, not copied to set it.
  const coded = acledCodingOf(doc, m.acled, own.actor, own.target, m.place, attackedSiteOwner(m, own, trigger, doc.text), isArmedClass(m.targetClass), actingForce(s, m, own, trigger, doc.text));
  const { force } = coded;
  const coding = codedDoer(doc.text, codedAsCivilians(doc, coded.coding, own.targetPhrase, m.place), trigger.start);
  if (force && forces) forces.set(i, force);
  const data: EventData = {
    type: m.type,
    mode: m.mode,
    modality: m.modality,
    background: m.background,
    ...own,
    place: m.place,
    date: m.date,
    ...(inferredDate ? { inferredDate } : {}),
    geoPrecision: m.geoPrecision,
    fatalities: m.fatalities,
    injuries: m.injuries,
    evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
    trigger,
    cameo: m.row.cameo,
    acled: coding,
    claimedBy: m.claimedBy,
    contexts: [...m.contexts],
    ...mentionsOf(doc, sentences, m, own),
  };
  return { id: `v${i + 1}`, layer: "event", start: first.start, end: last.end, data, source: { stage: "events", rule: joinDistinct(m.rules) } };
}

/**
 * The rules, each once in the order first met, joined by "+" (what `[...new Set(rules)].join("+")` gives, without
 * the set and the array: a rule list holds a handful of ids).
 */
function joinDistinct(rules: readonly string[]): string {
  let out = "";
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    if (rules.indexOf(r) !== i) continue;
    out = i === 0 ? r : `${out}+${r}`;
  }
  return out;
}

/** The verb and the party words of an incident note's coding aside: "(coded as civilian)". */
const CODER_NOTE_VERBS: ReadonlySet<string> = EVENT_WORDS.get("coder-note-verbs");
const CODED_CIVILIAN_WORDS: ReadonlySet<string> = EVENT_WORDS.get("coded-civilian");
/** Characters after a target phrase read for its coding aside. */
const CODER_NOTE_REACH = 40;

/**
 * "killed a former ANDSF member (coded as civilian)": an incident note's coder says in brackets after the victims how
 * they are coded; the event's ACLED actor2 is then the civilians of the event's country, whatever the phrase names.
 */
function codedAsCivilians(doc: Document, coding: EventData["acled"], target: RolePhraseData | undefined, place: string | null): EventData["acled"] {
  if (!coding || !target) return coding;
  const after = doc.text.slice(target.end, target.end + CODER_NOTE_REACH).trimStart();
  if (!after.startsWith("(")) return coding;
  const close = after.indexOf(")");
  if (close < 0) return coding;
  const words = after.slice(1, close).trim().split(/\s+/);
  let k = 0;
  if (!CODER_NOTE_VERBS.has(words[k++]!.toLowerCase()) || words[k++]?.toLowerCase() !== "as") return coding;
  if (words[k] === "a" || words[k] === "an") k++;
  if (k !== words.length - 1 || !CODED_CIVILIAN_WORDS.has(words[k]!.toLowerCase())) return coding;
  const country = (place && findAnnotation(doc, "place", place)?.data.country) || countryOfPlaces(doc);
  const civilians = country ? civiliansOf(country) : null;
  if (!civilians) return coding;
  // A battle has armed parties on both sides: armed violence on civilians is an attack on them.
  return coding.eventType === "Battles" ? { ...coding, eventType: "Violence against civilians", subEventType: "Attack", actor2: civilians } : { ...coding, actor2: civilians };
}

/** Characters before an event's verb read for a coding aside of its doer, brackets included. */
const CODED_DOER_REACH = 120;

/**
 * "illegal miners (coded as Unidentified Armed Group (Peru)) killed 3 workers", "Military Police of Rio de Janeiro
 * (coded as Police Forces of Brazil (2023-)) killed 8": a coding aside between the doer and the event's verb gives the
 * doer as the coder writes it, brackets inside it kept; it is the event's ACLED actor1. The name must open with a
 * capital ("coded as civilian" is a party word, read for the target by codedAsCivilians).
 */
function codedDoer(text: string, coding: EventData["acled"], verbStart: number): EventData["acled"] {
  if (!coding) return coding;
  let close = verbStart - 1;
  while (close >= 0 && (text[close] === " " || text[close] === "\t")) close--;
  if (text[close] !== ")") return coding;
  // The bracket that opens the aside: scanned back with its depth, within the reach.
  let depth = 0;
  let open = -1;
  for (let k = close; k >= 0 && k >= close - CODED_DOER_REACH; k--) {
    if (text[k] === ")") depth++;
    else if (text[k] === "(" && --depth === 0) { open = k; break; }
  }
  if (open < 0) return coding;
  const inner = text.slice(open + 1, close).trim();
  const verbEnd = inner.indexOf(" ");
  if (verbEnd < 0 || !CODER_NOTE_VERBS.has(inner.slice(0, verbEnd).toLowerCase())) return coding;
  const rest = inner.slice(verbEnd + 1).trimStart();
  if (!rest.toLowerCase().startsWith("as ")) return coding;
  const name = rest.slice(3).trim();
  if (!/^\p{Lu}/u.test(name)) return coding;
  return { ...coding, actor1: name };
}

/** Whose site an attack with no party named for its target struck (site-owners.ts), or "CVL" for civilian victims; null for any other event. */
function attackedSiteOwner(m: EventMention, own: RolePhrases, trigger: Span & { readonly text: string }, text: string): SiteOwner | null {
  if (own.target) return null;
  // "ISWAP fighters overran a military base": a site an armed group takes over, named in the trigger after its verb, is the
  // party that lost it, as the site of an attack is its target.
  if (m.type === "COERCE" && m.acled?.subEventType === NON_STATE_TAKEOVER) return takenSiteOwner(trigger.text);
  if (m.type !== "ASSAULT") return null;
  // "targeted a police station": in an attack, a target phrase no party fills may name whose site was attacked.
  // "warplanes bombed a market in Saada": a site right after the verb is its object, though read as the place.
  const objectSite = own.placePhrase && !own.targetPhrase && own.placePhrase.start >= trigger.end && /^\s*$/.test(text.slice(trigger.end, own.placePhrase.start)) ? own.placePhrase : null;
  const sitePhrase = own.targetPhrase ?? objectSite;
  // "shelled Nikopol, killing a woman": with no party named for the target, victims read as civilians are ACLED's "Civilians".
  return (sitePhrase ? ownerOfSite(sitePhrase) : null) ?? (m.targetClass === "civilians" ? "CVL" : null);
}

/** ACLED's sub-event of territory an armed group other than the state's forces takes over. */
const NON_STATE_TAKEOVER = "Non-state actor overtakes territory";

/** Whose site a takeover's trigger names after its verb ("overran a military base": MIL), or null for a trigger of one word. */
function takenSiteOwner(trigger: string): SiteOwner | null {
  const words = trigger.trim().split(/\s+/);
  if (words.length < 2) return null;
  return ownerOfSite({ text: words.slice(1).join(" "), head: words[words.length - 1]! });
}

/** Types whose event noun a state force's owner word may name the doer of ("an army operation", "a police raid", "a police crackdown"). */
const FORCE_ACT_TYPES: ReadonlySet<string> = new Set(["ASSAULT", "COERCE"]);

/** The state force an owner word right before an act's noun names as its doer when no party is named for it ("an army operation": MIL), else null. */
function actingForce(s: SentenceView, m: EventMention, own: RolePhrases, trigger: Span, text: string): SiteOwner | null {
  // "police shootings" read with the police as undergoers: the word is not read twice, as doer too.
  if (own.actor || !FORCE_ACT_TYPES.has(m.type) || s.tokens[anchorOf(m)]!.pos !== "NOUN" || isStateForceClass(m.targetClass)) return null;
  return ownerWordBefore(text, trigger.start);
}

/** The event's ACLED type with its parties as ACLED writes them (acled-actors.ts), and the force among those parties (forceAmong). */
function acledCodingOf(doc: Document, acled: EventMention["acled"], actor: string | null, target: string | null, place: string | null, site: SiteOwner | null = null, armedTarget = false, doerSite: SiteOwner | null = null): { coding: EventData["acled"]; force: string | null } {
  if (!acled) return { coding: null, force: null };
  const targetParty = acledParty(doc, target);
  // "Turkish jets struck Kurdish militants": the words of the target phrase say its people were in arms.
  const parties = acledActorsOf(acled, acledParty(doc, actor), targetParty && armedTarget ? { ...targetParty, armed: true } : targetParty, (place && findAnnotation(doc, "place", place)?.data.country) || null, countryOfPlaces(doc), site, doerSite);
  if (!parties) return { coding: { ...acled }, force: null };
  const coding = {
    ...acled,
    actor1: acledNameOfParty(parties.actor1),
    ...(parties.assocActor1 ? { assocActor1: acledNameOfParty(parties.assocActor1)! } : {}),
    actor2: acledNameOfParty(parties.actor2),
    ...(parties.conventions.length > 0 ? { conventions: parties.conventions } : {}),
  };
  return { coding, force: forceAmong(parties) };
}

/** Per document, the country most of its places lie in (first named on a tie, no bar: ACLED names every party's country), or null with none. */
const placesCountry = new WeakMap<object, string | null>();
function countryOfPlaces(doc: Document): string | null {
  const places = layer(doc, "place");
  if (!placesCountry.has(places)) placesCountry.set(places, mainCountryOfPlaces(places, {}));
  return placesCountry.get(places)!;
}

/** Dictionary ids of a faith's community ("religion:shia"). */
const RELIGION_PREFIX = "religion:";

/** An event's participant (an actor, or an entity no actor took) as a party to ACLED's coding. */
export function acledParty(doc: Document, id: string | null): AcledParty | null {
  if (!id) return null;
  const a = findAnnotation(doc, "actor", id)?.data;
  if (a) return { name: a.name, acledName: a.acledName ?? null, partyType: a.partyType ?? null, country: a.country, ...(isEthnicGroupId(a.dictionaryId) ? { ethnic: true } : {}), ...(a.dictionaryId?.startsWith(RELIGION_PREFIX) ? { religious: true } : {}) };
  const e = findAnnotation(doc, "entity", id);
  return e ? { name: doc.text.slice(e.start, e.end) } : null;
}

/**
 * Whether a count's words include one of a telling's words. Made by a module function returning an anonymous
 * arrow: under the bundler's keepNames (and tsx) a closure bound to a name costs a defineProperty per call.
 */
function saidByTest(doc: Document, sentences: ReadonlyMap<number, SentenceView>): (count: ToldMention["fatalities"], t: ToldMention) => boolean {
  return (count, t) => {
    if (count === null) return false;
    const s = sentences.get(t.sentence)!;
    const words = t.tokens.map((k) => doc.text.slice(s.spans[k]!.start, s.spans[k]!.end).toLowerCase());
    return words.some((w) => count.text.toLowerCase().split(/\s+/).includes(w));
  };
}

/**
 * "A bomb killed 12 people": the toll was read at "killed", so that telling carries it, not the
 * bomb's, when both words are tellings of the event in one sentence; so does a death word ("died",
 * "shot dead") of the toll's sentence.
 */
function creditTollsToTheirWords(doc: Document, sentences: ReadonlyMap<number, SentenceView>, told: readonly ToldMention[]): ToldMention[] {
  const out = mapped(told, (t) => t);
  const saidBy = saidByTest(doc, sentences);
  for (const key of ["fatalities", "injuries"] as const) {
    out.forEach((u, k) => {
      const count = u[key];
      if (!count || u.deathWord) return;
      // "A bomb exploded in X. Two people died.": the toll read in the next sentence belongs to the telling there.
      const told = u.tollSentence?.[key];
      if (told !== undefined) {
        // A death word ("nine people were dead and 130 more were injured") tells the deaths, not the injuries.
        const there = out.findIndex((t) => t !== u && t.sentence === told && t[key] === null && !(key === "injuries" && t.deathWord));
        if (there >= 0) { out[there] = { ...out[there]!, [key]: count }; out[k] = { ...out[k]!, [key]: null }; return; }
      }
      // "Scores died in the attacks", "a man was shot dead": the death word of the toll's sentence tells the deaths.
      const byDeathWord = key === "fatalities" ? out.findIndex((t) => t !== u && t.sentence === u.sentence && t[key] === null && t.deathWord === true) : -1;
      const j = byDeathWord >= 0 ? byDeathWord : saidBy(count, u) ? -1 : out.findIndex((t) => t !== u && t.sentence === u.sentence && t[key] === null && saidBy(count, t));
      if (j < 0) return;
      out[j] = { ...out[j]!, [key]: count };
      out[k] = { ...out[k]!, [key]: null };
    });
  }
  return out;
}

/**
 * Two tellings of one event in one sentence tell it at one place: "a Moroccan pilot died when his
 * F-16 crashed in the north Yemen governorate of Saada" -- the death, told in another clause than the
 * place, was in Saada too. A telling with no place of its own takes the place another telling of its
 * sentence gave (never a place borrowed from a scene or dateline, which tellings do not carry).
 */
function sharePlacesInSentences(told: readonly ToldMention[]): readonly ToldMention[] {
  return mapped(told, (t) => {
    if (t.place) return t;
    const placed = told.find((o) => o !== t && o.sentence === t.sentence && o.place);
    return placed ? { ...t, place: placed.place } : t;
  });
}

/**
 * Every telling of the event with its own evidence, and which of them gave the toll: a reader who
 * doubts "12 killed" finds the sentence that said it, even when another sentence carries the event.
 */
function mentionsOf(doc: Document, sentences: ReadonlyMap<number, SentenceView>, m: EventMention, own: RolePhrases): Pick<EventData, "mentions" | "fatalitiesFrom" | "injuriesFrom"> {
  const told: readonly ToldMention[] = sharePlacesInSentences(creditTollsToTheirWords(doc, sentences, m.told ?? mapped(tellingsOf(m), toldOf)));
  const mentions: EventMentionData[] = told.map((t) => {
    const s = sentences.get(t.sentence)!;
    const first = s.spans[t.tokens[0]!]!;
    const last = s.spans[t.tokens[t.tokens.length - 1]!]!;
    return {
      trigger: { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) },
      evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
      type: t.type,
      mode: t.mode,
      place: t.place,
      date: t.date,
      fatalities: t.fatalities,
      injuries: t.injuries,
      rule: t.rule,
      // The event's own telling, read as the event was (most events have no other), reads the same phrases.
      ...(readsAsEvent(t, m) ? own : rolePhrasesOf(doc, s, t)),
    };
  });
  const f = m.fatalities ? told.findIndex((t) => t.fatalities === m.fatalities) : -1;
  const i = m.injuries ? told.findIndex((t) => t.injuries === m.injuries) : -1;
  return { mentions, ...(f >= 0 ? { fatalitiesFrom: f } : {}), ...(i >= 0 ? { injuriesFrom: i } : {}) };
}

/**
 * Whether rolePhrasesOf reads telling `t` as it reads event `m`: the same words of the same sentence, with the
 * same participants, victim phrases, place and type (the only fields it reads). A telling whose place was
 * dropped (borrowed from a scene: toldOf) or shared from another telling differs, and is read apart.
 */
function readsAsEvent(t: ToldMention, m: EventMention): boolean {
  return t.sentence === m.sentence && sameTokens(t.tokens, m.tokens) && t.type === m.type && t.actor === m.actor && t.target === m.target && (t.place ?? null) === (m.place ?? null) &&
    t.victimPhrase === m.victimPhrase && t.deadPhrase === m.deadPhrase && t.injuredPhrase === m.injuredPhrase && readsListedSide(t) === readsListedSide(m);
}

function sameTokens(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((t, i) => t === b[i]));
}
