import type { SentenceView } from "./sentence-view.js";
import { causeWordBefore } from "./cause-words.js";
import { isArmedClass, isCrowdClass, isStateForceClass } from "./resources.js";
import { isTwoSidedClash, toldAsHappened, type EventMention } from "./event-mention.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { isNonStateBombing } from "./event-type-groups.js";

const EVENT_WORDS = stageWordClasses("events");

/**
 * ACLED sub-types that depend on who acts and who is hit, or on what else the sentence (and its
 * neighbours) report. Each rule names itself in the event's provenance.
 */
const TERRITORY_MODES = new Set(["seize", "retake"]);
const DIRECT_VIOLENCE_MODES = new Set(["attack", "firearms", "raid", "beat", "assassinate", "execute", null]);
const UNOPPOSED_WORDS = EVENT_WORDS.get("unopposed-words");
const VIOLENT_WORDS = EVENT_WORDS.get("violent-words");
/** Protesters described as peaceful are not rioting, whatever force they met ("violent crackdown on peaceful demonstrators"). */
const PEACEFUL_WORDS = EVENT_WORDS.get("peaceful-words");
const FORCE_WORDS = EVENT_WORDS.get("force-words");
/** Protesters' own violence: property, fists, stones; not guns, which point to force used on them. */
const PROTESTER_VIOLENCE_MODES = new Set(["destroy", "beat", "primitive", "riot"]);
/** Words of a clash between crowds, not of a gunfight. */
const CLASH_WORDS: ReadonlySet<string> = EVENT_WORDS.get("clash-words");
/** Words between an arrest and a protest that put the arrest at the protest ("detained during unsanctioned protests"). */
export const DURING_WORDS: ReadonlySet<string> = new Set(["during", "at", "amid", "as", "while", "when"]);

/**
 * Violent words in the sentence that describe conduct, not a protest's cause: "protests against gun violence",
 * "marched to condemn the clashes" name what the protest is about (the words of cls:protest-cause, the same
 * that keep a protest from taking the dead of the killing it protests).
 */
function violentConduct(s: SentenceView, causeWords: ReadonlySet<string>): boolean {
  for (let i = 0; i < s.tokens.length; i++) if (VIOLENT_WORDS.has(s.tokens[i]!.normal) && !causeWordWithin(s, i - CAUSE_WORD_REACH_TOKENS, i, causeWords)) return true;
  return false;
}
/** Words before a violent word read for a cause word ("protests against gun violence": 2). Unit: tokens. */
const CAUSE_WORD_REACH_TOKENS = 3;

/** Whether a token from `from` (clamped at 0) up to (not including) `to` is a cause word: a loop, no slice of the tokens per violent word. */
function causeWordWithin(s: SentenceView, from: number, to: number, causeWords: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (causeWords.has(s.tokens[k]!.normal)) return true;
  return false;
}

/** Whether a word of one of the sentences is in `words`: each sentence's words read in place, with no set made of them all. */
function anyWordIn(sentences: readonly SentenceView[], words: ReadonlySet<string>): boolean {
  for (const x of sentences) for (const w of x.words) if (words.has(w)) return true;
  return false;
}

/**
 * Direct violence coded by whom it hit: civilians make it an attack on civilians, an armed party an armed clash.
 * Clashes are two-sided: who died does not make them one-sided violence. An ambush is not (no "mutual" row,
 * no generic "operation"): ACLED codes an ambush of traders or miners as an attack on civilians.
 * Also used when an attack takes the victims of an act folded into it (fold-attack-parts.ts).
 */
export function codeByTargetClass(m: EventMention): void {
  const oneSidedAct = !m.row.mutual && !m.row.generic;
  if (m.type !== "ASSAULT" || !DIRECT_VIOLENCE_MODES.has(m.mode) || (isTwoSidedClash(m) && !oneSidedAct)) return;
  if (m.targetClass === "civilians") set(m, "Violence against civilians", "Attack", "refine:civilian-target");
  else if (isArmedClass(m.targetClass)) {
    if (m.sourceClass !== "civilians" && m.sourceClass !== "protesters") set(m, "Battles", "Armed clash", "refine:armed-target");
  }
}

/**
 * "attacked a village, killing at least 18 people and abducting several women": the taking is told by the more
 * specific word, but an abduction that kills is the attack ACLED codes (its abduction sub-event is for taking alone).
 * Also used once the tellings of one happening are merged (merge-events.ts), when the toll came from another sentence.
 */
export function codeLethalAbduction(m: EventMention): void {
  if (m.type === "ASSAULT" && m.mode === "abduct" && (m.fatalities?.min ?? 0) > 0 && (m.targetClass === null || m.targetClass === "civilians") && m.acled?.subEventType === ABDUCTION) {
    set(m, "Violence against civilians", "Attack", "refine:lethal-abduction");
  }
}

function set(m: EventMention, eventType: string, subEventType: string, rule: string): void {
  if (m.acled?.subEventType === subEventType) return;
  m.acled = { eventType, subEventType };
  m.rules.push(rule);
}

/** Refines the ACLED sub-type of each event in one sentence, given the events of the sentences around it. */
export function refineAcled(s: SentenceView, events: readonly EventMention[], nearby: readonly EventMention[], nearbySentences: readonly SentenceView[] = [], causeWords: ReadonlySet<string> = new Set()): void {
  if (events.length === 0) return;
  // The sentence's words as a set only for the two tests that read it (most events reach neither).
  let wordSet: Set<string> | undefined;
  const words = { has: (w: string) => (wordSet ??= new Set(s.words)).has(w) };
  const all = [...events, ...nearby];
  for (const m of events) {
    if (m.type === "COERCE" && TERRITORY_MODES.has(m.mode ?? "")) {
      // Territory changing hands after the holder pulled out is a non-violent transfer in ACLED.
      if ([...UNOPPOSED_WORDS].some((w) => words.has(w)) || all.some((e) => e.mode === "handover" || (e.type === "RETREAT" && e.mode === "withdraw" && e.modality === "asserted"))) {
        set(m, "Strategic developments", "Non-violent transfer of territory", "refine:territory-unopposed");
      } else if (isStateForceClass(m.sourceClass)) {
        set(m, "Battles", "Government regains territory", "refine:territory-state");
      } else if (m.sourceClass === "armed-group" || m.sourceClass === "civilians") {
        set(m, "Battles", "Non-state actor overtakes territory", "refine:territory-non-state");
      }
    }
    codeByTargetClass(m);
    // "Students clashed with police": a crowd fighting a state's forces outside a demonstration is mob violence in
    // ACLED, not an armed clash (two armed, organised sides); at a demonstration the protest rules below make it a riot.
    // So is a fight between two crowds ("opposition supporters clashed with ruling party activists, leaving 3 injured"),
    // when its word is a clash, not a gunfight ("30 people were killed in a shootout as rustlers ... attacked").
    const crowdsClashed = isCrowdClass(m.targetClass) && CLASH_WORDS.has(s.words[m.tokens[0]!] ?? "");
    // "Farmers and herders clashed in Bokkos, leaving 18 dead": the sides of a pastoral conflict are communities in
    // arms; ACLED codes their deadly clash as an armed clash of communal militias (acled-actors.ts), a bloodless one
    // as mob violence, never a demonstration over its grievance ("over grazing land").
    if (m.type === "ASSAULT" && isTwoSidedClash(m) && PASTORAL_SIDES.every((side) => side.some((w) => words.has(w)))) {
      if ((m.fatalities?.min ?? 0) > 0) set(m, "Battles", "Armed clash", "refine:communal-clash");
      else set(m, "Riots", "Mob violence", "refine:communal-clash");
      continue;
    }
    if (m.type === "ASSAULT" && isTwoSidedClash(m) && isCrowdClass(m.sourceClass) && (isStateForceClass(m.targetClass) || crowdsClashed)) {
      // "Garment workers clashed with police over unpaid wages": a crowd pressing a grievance demonstrates.
      if (grievanceAfter(s, m.tokens[m.tokens.length - 1]!)) set(m, "Riots", "Violent demonstration", "refine:crowd-clash-grievance");
      else set(m, "Riots", "Mob violence", "refine:crowd-clash");
    }
    // "supporters of the former president stormed and vandalised Congress", "villagers stormed the police station": a
    // crowd's storming or wrecking that kills no one, away from a demonstration, is mob violence in ACLED (a riot of
    // "Rioters (Country)"), not an armed clash of organised sides nor property destruction by an armed group.
    if (m.type === "ASSAULT" && isCrowdClass(m.sourceClass) && CROWD_RAID_MODES.has(m.mode ?? "") && !((m.fatalities?.min ?? 0) > 0) && !all.some((e) => e.type === "PROTEST")) {
      set(m, "Riots", "Mob violence", "refine:crowd-raid");
    }
    // "set fire to houses, killing four civilians": ACLED codes destruction that kills as the attack it is; property
    // destruction is its code for damage alone. Protesters' and crowds' arson at a demonstration stays with the riot
    // rules below; away from one, civilians who kill ("herders attacked the village, killing 12 and burning houses")
    // are armed members of a community (a communal militia in the ACLED coding, acled-actors.ts).
    const armedCivilians = m.sourceClass === "civilians" && !all.some((e) => e.type === "PROTEST");
    if (m.type === "ASSAULT" && m.mode === "destroy" && (m.fatalities?.min ?? 0) > 0 && (!isCrowdClass(m.sourceClass) || armedCivilians)) {
      if (m.targetClass === null || m.targetClass === "civilians") set(m, "Violence against civilians", "Attack", "refine:lethal-destruction");
    }
    codeLethalAbduction(m);
    if (m.type === "COERCE" && m.mode === "arrest" && events.some((e) => e.type === "PROTEST" && arrestedAt(s, m, e))) set(m, "Protests", "Protest with intervention", "refine:arrest-at-protest");
    if (m.type === "COERCE" && m.mode === "crowd-control" && ((m.fatalities?.min ?? 0) > 0 || (m.injuries?.min ?? 0) > 0)) {
      set(m, "Protests", "Excessive force against protesters", "refine:crowd-control-casualties");
    }
  }
  if (all.some((e) => e.type === "PROTEST")) refineProtestCluster([s, ...nearbySentences], events, nearby, causeWords);
}

/** Modes of a crowd's act that make it mob violence when it kills no one: storming a place, wrecking or burning it. */
const CROWD_RAID_MODES: ReadonlySet<string> = new Set(["raid", "destroy"]);

/** The two sides of a pastoral conflict, each by the words that name it. */
const PASTORAL_SIDES: readonly (readonly string[])[] = [
  ["farmers", "farmer", "farming", "villagers"],
  ["herders", "herder", "herdsmen", "herdsman", "pastoralists", "pastoralist", "cattle"],
];

/** ACLED's sub-event of people taken away, which it keeps for abductions with no one reported killed. */
const ABDUCTION = "Abduction/forced disappearance";

/** Words after a clash that name the grievance it was fought over ("over unpaid wages", "against the eviction", "demanding"). */
const GRIEVANCE_WORDS: ReadonlySet<string> = EVENT_WORDS.get("grievance-words");
/** Words after the trigger searched for a grievance (clashed with police | over). Unit: tokens. */
const GRIEVANCE_REACH_TOKENS = 6;

/**
 * Whether a grievance word follows the clash word `last` in its clause ("clashed with police over unpaid wages"),
 * not a time ("over the weekend", "over two days"): a crowd pressing a demand is a demonstration in ACLED.
 */
function grievanceAfter(s: SentenceView, last: number): boolean {
  const end = Math.min(s.tokens.length, last + 1 + GRIEVANCE_REACH_TOKENS);
  for (let i = last + 1; i < end && s.clause[i] === s.clause[last]; i++) {
    if (!GRIEVANCE_WORDS.has(s.words[i]!)) continue;
    for (let k = i + 1; k <= i + 3 && k < s.tokens.length; k++) if (s.times?.has(s.words[k]!) || s.tokens[k]!.pos === "NUM") return false;
    return true;
  }
  return false;
}

function arrestedAt(s: SentenceView, arrest: EventMention, protest: EventMention): boolean {
  const a = Math.min(arrest.tokens[0]!, protest.tokens[0]!);
  const b = Math.max(arrest.tokens[0]!, protest.tokens[0]!);
  return s.tokens.slice(a + 1, b).some((t) => DURING_WORDS.has(t.normal));
}

/**
 * One label for a protest and the policing around it, ACLED-style: protesters using violence make
 * a riot; lethal or injuring force on peaceful protesters is excessive force; arrests, tear gas or
 * dispersal make a protest with intervention; otherwise it is peaceful.
 */
function refineProtestCluster(sentences: readonly SentenceView[], events: readonly EventMention[], nearby: readonly EventMention[], causeWords: ReadonlySet<string>): void {
  const cluster = [...events, ...nearby];
  const peaceful = anyWordIn(sentences, PEACEFUL_WORDS);
  const hurt = (e: EventMention) => (e.fatalities?.min ?? 0) > 0 || (e.injuries?.min ?? 0) > 0;
  const violent =
    cluster.some((e) => (e.type === "PROTEST" && e.mode === "riot") || (e.type === "ASSAULT" && ((e.sourceClass === "protesters" && PROTESTER_VIOLENCE_MODES.has(e.mode ?? "")) || e.mode === "destroy" || isTwoSidedClash(e)))) ||
    (!peaceful && sentences.some((x) => violentConduct(x, causeWords)));
  // "A suicide bomber struck a rally, killing 54": a bombing by no state's force is no force met by the protest, and
  // the dead of the rally are that attack's.
  const bombed = cluster.some(isNonStateBombing);
  const force =
    cluster.some((e) => (e.type === "ASSAULT" && e.targetClass === "protesters" && !isNonStateBombing(e)) || (!bombed && (e.type === "PROTEST" || (e.type === "COERCE" && e.mode === "crowd-control")) && hurt(e))) ||
    anyWordIn(sentences, FORCE_WORDS);
  // Dispersal anywhere in the cluster; an arrest in another sentence ("On Friday, police arrested the party's leader at
  // his home") may be elsewhere and later: fold-policing-into-protests.ts weighs its place and day.
  // "Nobody was arrested", "demanded the release of detained leaders", an arrest told as background: an arrest
  // that did not happen at this protest is no intervention.
  // "protested against the arrest of their leader": an arrest the protest is about is its cause, no intervention in it.
  const intervention = cluster.some((e) => e.type === "COERCE" && e.mode === "crowd-control" && toldAsHappened(e)) || events.some((e) => e.type === "COERCE" && e.mode === "arrest" && toldAsHappened(e) && !causeWordBefore(sentences[0]!, e.tokens[0]!, causeWords));
  const [eventType, sub, rule] = violent
    ? ["Riots", "Violent demonstration", "refine:protest-violent"]
    : force
      ? ["Protests", "Excessive force against protesters", "refine:protest-excessive-force"]
      : intervention
        ? ["Protests", "Protest with intervention", "refine:protest-intervention"]
        : ["Protests", "Peaceful protest", "refine:protest-peaceful"];
  for (const m of events) {
    const policing = m.type === "COERCE" && (m.mode === "crowd-control" || (m.mode === "arrest" && events.some((e) => e.type === "PROTEST" && arrestedAt(sentences[0]!, m, e))));
    const onProtesters = m.type === "ASSAULT" && !isNonStateBombing(m) && (m.targetClass === "protesters" || m.sourceClass === "protesters" || isTwoSidedClash(m));
    if ((m.type === "PROTEST" && m.mode !== "riot") || policing || onProtesters) set(m, eventType, sub, rule);
  }
}
