/** Test helper: each event of a text run through the whole pipeline, as a row of the fields tests read, names resolved. */
import { extractDocument } from "../../src/index.js";

export interface EventRow {
  readonly type: string;
  readonly mode: string | null;
  readonly background: boolean;
  readonly modality: string;
  readonly trigger: string;
  readonly actor: string | null;
  readonly target: string | null;
  readonly place: string | null;
  readonly date: string | null;
  readonly dead: number | null;
  readonly injured: number | null;
  /** Tellings merged into the event (1 when told once). */
  readonly tellings: number;
}

export async function eventRows(text: string, published = "2024-06-10") {
  const doc = await extractDocument({ text }, { published });
  const actor = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? null;
  const place = (id: string | null | undefined) => doc.places.find((p) => p.id === id)?.name ?? null;
  const date = (id: string | null | undefined) => doc.dates.find((d) => d.id === id)?.value ?? null;
  const events: EventRow[] = doc.events.map((e) => ({
    type: e.type,
    mode: e.mode ?? null,
    background: e.background,
    modality: e.modality,
    trigger: e.trigger?.text ?? "",
    actor: actor(e.actor),
    target: actor(e.target),
    place: place(e.place),
    date: date(e.date),
    dead: e.fatalities?.min ?? null,
    injured: e.injuries?.min ?? null,
    tellings: e.mentions?.length ?? 1,
  }));
  return { doc, events };
}

/** The events an analyst counts: asserted, not background. */
export function counted(events: readonly EventRow[]): EventRow[] {
  return events.filter((e) => !e.background && e.modality === "asserted");
}
