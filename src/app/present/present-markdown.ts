import type { DocumentJson } from "./document-schema.js";
import { describeItems, eventLabel, groupPlaces } from "./describe-items.js";

/** One document as a Markdown report: the same content as the table, for sharing and review. */
export function presentMarkdown(doc: DocumentJson): string {
  const say = describeItems(doc);
  const out: string[] = [];
  out.push(`# ${escapeInline(doc.meta.title ?? doc.meta.source ?? "Untitled article")}`, "");
  const facts = [
    doc.meta.published ? `published ${doc.meta.published}` : "",
    doc.meta.source ? `source ${escapeInline(doc.meta.source)}` : "",
    doc.meta.url ? `url ${escapeInline(doc.meta.url)}` : "",
  ].filter(Boolean);
  if (facts.length) out.push(facts.join(" · "), "");
  if (doc.empty) out.push(`> **Empty result** (\`${doc.empty.code}\`): ${escapeInline(doc.empty.reason)}`, "");
  for (const note of doc.notes ?? []) out.push(`> Note: ${escapeInline(note)}`, "");

  out.push(`## Events (${doc.events.length})`, "");
  if (doc.events.length) {
    out.push("| id | type | actor → target | place | date | killed | injured | evidence |", "|---|---|---|---|---|---|---|---|");
    for (const e of doc.events) {
      out.push(row([e.id, eventLabel(e), `${say.actor(e.actor)} → ${say.actor(e.target)}`, say.place(e.place), say.date(e.date), say.casualties(e.fatalities), say.casualties(e.injuries), e.evidence.text]));
    }
    out.push("");
  }
  out.push(`## Quotes (${doc.quotes.length})`, "");
  for (const q of doc.quotes) {
    const who = q.speaker ? say.actor(q.speaker) : (q.speakerText ?? "unknown speaker");
    out.push(`- **${escapeInline(who)}** (${q.kind}${q.cue ? `, "${escapeInline(q.cue)}"` : ""}): ${q.kind === "direct" ? "“" + escapeInline(q.text) + "”" : escapeInline(q.text)}`);
  }
  if (doc.quotes.length) out.push("");
  const placeGroups = groupPlaces(doc.places);
  out.push(`## Places (${doc.places.length})`, "");
  if (placeGroups.length) {
    out.push("| ids | text | resolved | admin1 | feature | lat, lon | GeoNames |", "|---|---|---|---|---|---|---|");
    for (const g of placeGroups) {
      const p = g.place;
      out.push(row([g.ids.join(", "), g.texts.join(" / "), say.place(g.ids[0]), p.admin1 ?? "-", p.feature, `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`, p.geonameid === null ? "-" : String(p.geonameid)]));
    }
    out.push("");
  }
  out.push(`## Dates (${doc.dates.length})`, "");
  for (const d of doc.dates) out.push(`- "${escapeInline(d.text)}" → ${d.qualifier ? d.qualifier + " " : ""}${d.value ?? "unresolved"} (${d.precision})`);
  if (doc.dates.length) out.push("");
  out.push(`## Actors (${doc.actors.length})`, "");
  for (const a of doc.actors) out.push(`- ${escapeInline(a.name)} — ${a.kind}${a.country ? `, ${a.country}` : ""}${a.title ? `, ${escapeInline(a.title)}` : ""}`);
  if (doc.actors.length) out.push("");
  out.push(`## Removed lines (${doc.removed.length})`, "");
  for (const r of doc.removed) out.push(`- *${escapeInline(r.reason)}*: ${escapeInline(r.text)}`);
  return out.join("\n").trimEnd() + "\n";
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => escapeInline(c)).join(" | ")} |`;
}

/**
 * Page text as inline Markdown that stays text: every character that can open markup (emphasis,
 * code, links and images, raw HTML, entities, headings, tables, strikethrough) is backslash-escaped,
 * and line breaks are flattened so nothing can start a block.
 */
function escapeInline(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\`*_[\]<>#|~!&])/g, "\\$1");
}
