import type { SentenceView } from "./sentence-view.js";
import type { EventMention } from "./event-mention.js";

/**
 * ACLED sub-types that depend on who acts and who is hit, or on what else the sentence (and its
 * neighbours) report. Each rule names itself in the event's provenance.
 */
const TERRITORY_MODES = new Set(["seize", "retake"]);
const DIRECT_VIOLENCE_MODES = new Set(["attack", "firearms", "raid", "beat", "assassinate", "execute", null]);
const UNOPPOSED_WORDS = new Set(["deserted", "vacated", "unopposed", "abandoned"]);
const VIOLENT_WORDS = new Set(["violence", "violent", "violently", "clashes", "clashed", "clash", "stones", "rocks", "molotov", "fires", "looted", "vandalised", "vandalized", "torched", "smashed", "rioters"]);
const FORCE_WORDS = new Set(["excessive", "live", "suppress", "suppressed", "brutally", "massacre"]);

function set(m: EventMention, eventType: string, subEventType: string, rule: string): void {
  if (m.acled?.subEventType === subEventType) return;
  m.acled = { eventType, subEventType };
  m.rules.push(rule);
}

/** Refines the ACLED sub-type of each event in one sentence, given the events of the sentences around it. */
export function refineAcled(s: SentenceView, events: readonly EventMention[], nearby: readonly EventMention[]): void {
  const words = new Set(s.tokens.map((t) => t.normal));
  const all = [...events, ...nearby];
  for (const m of events) {
    if (m.type === "COERCE" && TERRITORY_MODES.has(m.mode ?? "")) {
      // Territory changing hands after the holder pulled out is a non-violent transfer in ACLED.
      if ([...UNOPPOSED_WORDS].some((w) => words.has(w)) || all.some((e) => e.mode === "handover" || (e.type === "RETREAT" && e.mode === "withdraw"))) {
        set(m, "Strategic developments", "Non-violent transfer of territory", "refine:territory-unopposed");
      } else if (m.sourceClass === "state-force" || m.sourceClass === "police") {
        set(m, "Battles", "Government regains territory", "refine:territory-state");
      } else if (m.sourceClass === "armed-group" || m.sourceClass === "civilians") {
        set(m, "Battles", "Non-state actor overtakes territory", "refine:territory-non-state");
      }
    }
    if (m.type === "ASSAULT" && DIRECT_VIOLENCE_MODES.has(m.mode)) {
      if (m.targetClass === "civilians") set(m, "Violence against civilians", "Attack", "refine:civilian-target");
      else if (m.targetClass === "state-force" || m.targetClass === "police" || m.targetClass === "armed-group") {
        if (m.sourceClass !== "civilians" && m.sourceClass !== "protesters") set(m, "Battles", "Armed clash", "refine:armed-target");
      }
    }
    if (m.type === "COERCE" && m.mode === "arrest" && events.some((e) => e.type === "PROTEST")) set(m, "Protests", "Protest with intervention", "refine:arrest-at-protest");
  }
  if (all.some((e) => e.type === "PROTEST")) refineProtestCluster(s, events, nearby);
}

/**
 * One label for a protest and the policing around it, ACLED-style: protesters using violence make
 * a riot; lethal or injuring force on peaceful protesters is excessive force; arrests, tear gas or
 * dispersal make a protest with intervention; otherwise it is peaceful.
 */
function refineProtestCluster(s: SentenceView, events: readonly EventMention[], nearby: readonly EventMention[]): void {
  const cluster = [...events, ...nearby];
  const words = new Set(s.tokens.map((t) => t.normal));
  const hurt = (e: EventMention) => (e.fatalities?.min ?? 0) > 0 || (e.injuries?.min ?? 0) > 0;
  const violent =
    cluster.some((e) => (e.type === "PROTEST" && e.mode === "riot") || (e.type === "ASSAULT" && (e.sourceClass === "protesters" || e.mode === "destroy" || e.row.acled?.subEventType === "Armed clash" && e.mode === "firearms"))) ||
    [...VIOLENT_WORDS].some((w) => words.has(w));
  const force =
    cluster.some((e) => (e.type === "ASSAULT" && e.targetClass === "protesters") || ((e.type === "PROTEST" || (e.type === "COERCE" && e.mode === "crowd-control")) && hurt(e))) ||
    [...FORCE_WORDS].some((w) => words.has(w));
  const intervention = cluster.some((e) => e.type === "COERCE" && (e.mode === "crowd-control" || e.mode === "arrest"));
  const [eventType, sub, rule] = violent
    ? ["Riots", "Violent demonstration", "refine:protest-violent"]
    : force
      ? ["Protests", "Excessive force against protesters", "refine:protest-excessive-force"]
      : intervention
        ? ["Protests", "Protest with intervention", "refine:protest-intervention"]
        : ["Protests", "Peaceful protest", "refine:protest-peaceful"];
  for (const m of events) {
    const policing = m.type === "COERCE" && (m.mode === "crowd-control" || m.mode === "arrest");
    const onProtesters = m.type === "ASSAULT" && (m.targetClass === "protesters" || m.sourceClass === "protesters");
    if ((m.type === "PROTEST" && m.mode !== "riot") || policing || onProtesters) set(m, eventType, sub, rule);
  }
}
