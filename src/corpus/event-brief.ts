/**
 * The few fields of a corpus event a map, a timeline and a table need: a page of a thousand events
 * for the map is a few hundred kilobytes instead of every report of every event.
 */
import type { CorpusEvent } from "./records.js";

export interface EventBrief {
  readonly id: string;
  readonly type: string;
  readonly mode: string | null;
  readonly modality: string;
  readonly day: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly place: string | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly actor: string | null;
  readonly target: string | null;
  /** The figure ACLED would code (the lowest reported), and the highest any source gave. */
  readonly fatalities: number | null;
  readonly fatalitiesMax: number | null;
  readonly injuries: number | null;
  readonly sourceCount: number;
  /** True when sources disagree on any field. */
  readonly conflict: boolean;
  /** The evidence sentence of the first report, cut to EVIDENCE_CHARS. */
  readonly evidence: string;
}

/** Characters of evidence in a brief: a table cell's worth. */
export const EVIDENCE_CHARS = 240;

export function briefOf(event: CorpusEvent): EventBrief {
  const place = event.place.value;
  const evidence = event.reports[0]?.evidence.text ?? "";
  const conflict = [event.type, event.mode, event.modality, event.actor, event.target, event.place, event.date].some((f) => f.conflict) || event.fatalities.conflict || event.injuries.conflict;
  return {
    id: event.id,
    type: event.type.value,
    mode: event.mode.value,
    modality: event.modality.value,
    day: event.day,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    place: place?.name ?? null,
    country: place?.country ?? null,
    admin1: place?.admin1 ?? null,
    actor: event.actor.value?.name ?? null,
    target: event.target.value?.name ?? null,
    fatalities: event.fatalities.acled,
    fatalitiesMax: event.fatalities.max,
    injuries: event.injuries.acled,
    sourceCount: event.sourceCount,
    conflict,
    evidence: evidence.length > EVIDENCE_CHARS ? `${evidence.slice(0, EVIDENCE_CHARS - 1)}…` : evidence,
  };
}
