import type { SentenceView } from "./sentence-view.js";
import type { EventMention } from "./event-mention.js";

/**
 * ACLED sub-types that depend on who acts and who is hit, or on what else the sentence reports.
 * Each rule names itself in the event's provenance.
 */
const TERRITORY_MODES = new Set(["seize", "retake"]);
const DIRECT_VIOLENCE_MODES = new Set(["attack", "firearms", "raid", "beat", "assassinate", "execute", null]);
const UNOPPOSED_WORDS = new Set(["deserted", "vacated", "unopposed", "resistance", "abandoned"]);
const LIVE_FIRE_WORDS = new Set(["live", "bullets", "gunfire", "fire", "shot", "killed", "killing", "dead"]);

function set(m: EventMention, eventType: string, subEventType: string, rule: string): void {
  if (m.acled?.subEventType === subEventType) return;
  m.acled = { eventType, subEventType };
  m.rules.push(rule);
}

/** Refines the ACLED sub-type of each event in one sentence, given the events of nearby sentences. */
export function refineAcled(s: SentenceView, events: readonly EventMention[], nearby: readonly EventMention[]): void {
  const words = new Set(s.tokens.map((t) => t.normal));
  const protestNearby = nearby.some((e) => e.type === "PROTEST") || events.some((e) => e.type === "PROTEST");
  for (const m of events) {
    if (m.type === "COERCE" && TERRITORY_MODES.has(m.mode ?? "")) {
      if ([...UNOPPOSED_WORDS].some((w) => words.has(w)) || events.some((e) => e.mode === "handover")) {
        set(m, "Strategic developments", "Non-violent transfer of territory", "refine:territory-unopposed");
      } else if (m.sourceClass === "state-force" || m.sourceClass === "police") {
        set(m, "Battles", "Government regains territory", "refine:territory-state");
      } else if (m.sourceClass === "armed-group" || m.sourceClass === "civilians") {
        set(m, "Battles", "Non-state actor overtakes territory", "refine:territory-non-state");
      }
    }
    if (m.type === "ASSAULT" && DIRECT_VIOLENCE_MODES.has(m.mode)) {
      if (m.targetClass === "protesters") set(m, "Protests", "Excessive force against protesters", "refine:force-on-protesters");
      else if (m.targetClass === "civilians") set(m, "Violence against civilians", "Attack", "refine:civilian-target");
      else if (m.targetClass === "state-force" || m.targetClass === "police" || m.targetClass === "armed-group") {
        if (m.sourceClass !== "civilians" && m.sourceClass !== "protesters") set(m, "Battles", "Armed clash", "refine:armed-target");
      }
      if (m.sourceClass === "protesters") set(m, "Riots", "Violent demonstration", "refine:protesters-attack");
    }
    if (m.type === "ASSAULT" && m.mode === "destroy" && protestNearby) set(m, "Riots", "Violent demonstration", "refine:destruction-at-protest");
    if (m.type === "ASSAULT" && m.mode === "firearms" && m.row.acled?.subEventType === "Armed clash" && (m.sourceClass === "protesters" || m.targetClass === "protesters")) {
      set(m, "Riots", "Violent demonstration", "refine:protesters-clash");
    }
    if (m.type === "COERCE" && m.mode === "arrest" && protestNearby) set(m, "Protests", "Protest with intervention", "refine:arrest-at-protest");
    if (m.type === "PROTEST" && m.mode !== "riot") {
      const force = [...events, ...nearby].some(
        (e) => e !== m && ((e.type === "ASSAULT" && e.acled?.subEventType === "Excessive force against protesters") || (e.type === "COERCE" && e.mode === "crowd-control" && (e.fatalities?.min ?? 0) > 0)),
      );
      const killed = (m.fatalities?.min ?? 0) > 0 || (words.has("live") && [...LIVE_FIRE_WORDS].some((w) => words.has(w) && w !== "live"));
      const intervention = [...events, ...nearby].some((e) => e !== m && e.type === "COERCE" && (e.mode === "crowd-control" || e.mode === "arrest"));
      const violent = [...events, ...nearby].some((e) => e !== m && e.type === "PROTEST" && e.mode === "riot");
      if (force || killed) set(m, "Protests", "Excessive force against protesters", "refine:protest-excessive-force");
      else if (violent) set(m, "Riots", "Violent demonstration", "refine:protest-violent");
      else if (intervention) set(m, "Protests", "Protest with intervention", "refine:protest-intervention");
    }
  }
}
