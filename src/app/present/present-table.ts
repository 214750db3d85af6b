import type { DocumentJson } from "./document-schema.js";
import { describeItems, eventLabel, groupPlaces, idsLabel, truncate } from "./describe-items.js";

/** Width of the evidence and quote columns in characters, so a row fits a 160-column terminal. */
const EVIDENCE_CHARS = 70;
const QUOTE_CHARS = 90;

/** A readable terminal summary of one document: events, quotes, places, dates and removed lines. */
export function presentTable(doc: DocumentJson): string {
  const say = describeItems(doc);
  const out: string[] = [];
  const title = doc.meta.title ?? doc.meta.source ?? "untitled";
  out.push(`${title}${doc.meta.published ? ` (${doc.meta.published})` : ""}`);
  if (doc.meta.url) out.push(doc.meta.url);
  out.push(
    `${doc.events.length} events, ${doc.quotes.length} quotes, ${doc.places.length} places, ${doc.dates.length} dates, ${doc.actors.length} actors; ${doc.removed.length} lines removed`,
  );
  if (doc.empty) out.push(`EMPTY RESULT ${doc.empty.code}: ${doc.empty.reason}`);
  for (const note of doc.notes ?? []) out.push(`note: ${note}`);

  section(out, "EVENTS", ["id", "type", "actor -> target", "place", "date", "killed", "injured", "evidence"], doc.events.map((e) => [
    e.id,
    eventLabel(e),
    `${say.actor(e.actor)} -> ${say.actor(e.target)}`,
    say.place(e.place),
    say.date(e.date),
    say.casualties(e.fatalities),
    say.casualties(e.injuries),
    truncate(e.evidence.text, EVIDENCE_CHARS),
  ]));
  section(out, "QUOTES", ["id", "kind", "speaker", "cue", "text"], doc.quotes.map((q) => [
    q.id,
    q.kind,
    q.speaker ? say.actor(q.speaker) : (q.speakerText ?? "-"),
    q.cue ?? "-",
    truncate(q.text, QUOTE_CHARS),
  ]));
  const placeGroups = groupPlaces(doc.places);
  section(out, `PLACES: ${placeGroups.length} resolved from ${doc.places.length} mentions`, ["ids", "text", "resolved", "admin1", "feature", "lat, lon", "geonameid"], placeGroups.map((g) => [
    idsLabel(g.ids),
    g.texts.join(" / "),
    say.place(g.ids[0]),
    g.place.admin1 ?? "-",
    g.place.feature,
    `${g.place.lat.toFixed(4)}, ${g.place.lon.toFixed(4)}`,
    g.place.geonameid === null ? "-" : String(g.place.geonameid),
  ]), false);
  section(out, "DATES", ["id", "text", "value", "precision"], doc.dates.map((d) => [d.id, d.text, (d.qualifier ? d.qualifier + " " : "") + (d.value ?? "?"), d.precision]));
  section(out, "ACTORS", ["id", "name", "kind", "country", "title"], doc.actors.map((a) => [a.id, a.name, a.kind, a.country ?? "-", a.title ?? "-"]));
  section(out, "REMOVED", ["reason", "text"], doc.removed.map((r) => [r.reason, truncate(r.text, QUOTE_CHARS)]));
  return out.join("\n") + "\n";
}

function section(out: string[], name: string, header: readonly string[], rows: readonly (readonly string[])[], withCount = true): void {
  out.push("", withCount ? `${name} (${rows.length})` : name);
  if (rows.length === 0) return;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  out.push("  " + line(header));
  for (const r of rows) out.push("  " + line(r));
}
