// Policing of a protest and the demands made at it folded into the protest.

import { keep } from "../../core/keep.js";
import { anchorOf, type EventMention } from "./event-mention.js";
import { isStateForceClass } from "./resources.js";

/**
 * Tear gas or dispersal at a protest is coded by ACLED as one event, "Protest with intervention"
 * (or excessive force): the protest, already refined, takes the policing's casualties and the
 * policing mention is dropped. Arrests stay separate events.
 */
export function absorbPolicingIntoProtests(perSentence: EventMention[][]): void {
  perSentence.forEach((events, k) => {
    const protests = [...(perSentence[k - 1] ?? []), ...events, ...(perSentence[k + 1] ?? [])].filter((e) => e.type === "PROTEST");
    if (protests.length === 0) return;
    perSentence[k] = keep(events, (e) => {
      if (e.type !== "COERCE" || e.mode !== "crowd-control") return true;
      const protest = protests.find((p) => p.sentence === e.sentence) ?? protests[0]!;
      // Who dispersed it is the demonstration's other party in ACLED's coding (fold-policing-into-protests.ts).
      if (e.actor !== null && isStateForceClass(e.sourceClass)) protest.intervenedBy ??= e.actor;
      protest.fatalities ??= e.fatalities;
      protest.injuries ??= e.injuries;
      protest.place ??= e.place;
      protest.date ??= e.date;
      protest.rules.push(`absorbed:${e.row.id}`);
      return false;
    });
  });
}

/**
 * "protesters gathered, chanting slogans that urged the President to cancel his decision": a demand
 * with no speaker of its own (or voiced by the protesters themselves) after a protest in its sentence is the protest's demand, which ACLED
 * and PLOVER code as part of the protest, not as a separate request.
 */
export function absorbDemandsIntoProtests(perSentence: EventMention[][]): void {
  perSentence.forEach((events, k) => {
    perSentence[k] = keep(events, (e) => {
      if (e.type !== "REQUEST") return true;
      // "rallies demanding political change": a demand whose doer is none or the protesters themselves is the protest's.
      const protest = events.find((p) => p.type === "PROTEST" && p.modality !== "negated" && anchorOf(p) < anchorOf(e) && (e.actor === null || e.actor === p.actor));
      if (!protest) return true;
      protest.target ??= e.target;
      protest.rules.push(`absorbed:${e.row.id}`);
      return false;
    });
  });
}
