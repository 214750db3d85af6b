import { LAYER_NAMES, layer, type Document, type Span } from "../../src/core/index.js";
import { documentJsonSchema, type DocumentJson } from "../../src/app/present/document-schema.js";

/** One broken promise of the document contract, with where it was seen. */
export interface Violation {
  /** offsets | text-mismatch | dangling-id | duplicate-id | schema | empty-with-layers */
  readonly kind: "offsets" | "text-mismatch" | "dangling-id" | "duplicate-id" | "schema" | "empty-with-layers";
  readonly stage: string;
  readonly detail: string;
}

/**
 * Checks the promises every document makes, on the pipeline's own Document (where the presenter
 * cannot yet hide a dangling reference by turning it into null) and on its public JSON:
 * every span lies inside the text, every copied text equals the text at its span, every reference
 * names an annotation that exists, and an empty result carries no annotation.
 */
export function findInvariantViolations(doc: Document, json?: DocumentJson): Violation[] {
  const out: Violation[] = [];
  const n = doc.text.length;
  const add = (kind: Violation["kind"], stage: string, detail: string) => out.push({ kind, stage, detail });
  const inside = (s: Span | null | undefined) => !s || (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n);
  const slice = (s: Span) => doc.text.slice(s.start, s.end);
  const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

  const ids = new Map<string, Set<string>>();
  for (const name of LAYER_NAMES) {
    const seen = new Set<string>();
    for (const a of layer(doc, name)) {
      const stage = a.source?.stage ?? name;
      if (seen.has(a.id)) add("duplicate-id", stage, `${name} ${a.id} appears twice`);
      seen.add(a.id);
      if (!inside(a)) add("offsets", stage, `${name} ${a.id} [${a.start},${a.end}) outside a text of ${n}`);
    }
    ids.set(name, seen);
  }
  if (doc.empty) {
    const filled = LAYER_NAMES.filter((name) => layer(doc, name).length > 0);
    if (filled.length) add("empty-with-layers", "pipeline", `document marked ${doc.empty.code} still has ${filled.join(", ")}`);
  }

  const actorOrEntity = (id: string | null | undefined) => id == null || ids.get("actor")!.has(id) || ids.get("entity")!.has(id);
  const refIn = (name: "entity" | "actor" | "place" | "date", id: string | null | undefined) => id == null || ids.get(name)!.has(id);

  const spanText = (stage: string, what: string, span: Span | null | undefined, text: string | null | undefined) => {
    if (!span) return;
    if (!inside(span)) add("offsets", stage, `${what} [${span.start},${span.end}) outside a text of ${n}`);
    else if (text != null && slice(span) !== text) add("text-mismatch", stage, `${what} says ${show(text)} but its span holds ${show(slice(span))}`);
  };

  for (const e of layer(doc, "entity")) {
    spanText("entities", `entity ${e.id}`, e, e.data.text);
    if (!refIn("entity", e.data.longForm)) add("dangling-id", "entities", `entity ${e.id} longForm ${e.data.longForm}`);
  }
  for (const a of layer(doc, "actor")) {
    a.data.mentions.forEach((m, i) => spanText("actors", `actor ${a.id} mention ${i}`, m, undefined));
    if (!refIn("actor", a.data.affiliation)) add("dangling-id", "actors", `actor ${a.id} affiliation ${a.data.affiliation}`);
  }
  for (const d of layer(doc, "date")) spanText("dates", `date ${d.id}`, d, d.data.text);
  for (const p of layer(doc, "place")) {
    spanText("places", `place ${p.id}`, p, p.data.text);
    if (!Number.isFinite(p.data.lat) || !Number.isFinite(p.data.lon)) add("offsets", "places", `place ${p.id} has no coordinates`);
  }
  for (const q of layer(doc, "quote")) {
    const d = q.data;
    if (inside(q) && !wordsOf(slice(q)).includes(wordsOf(d.text))) add("text-mismatch", "quotes", `quote ${q.id} content ${show(d.text)} is not inside its span ${show(slice(q))}`);
    spanText("quotes", `quote ${q.id} speaker`, d.speakerSpan, d.speakerText);
    spanText("quotes", `quote ${q.id} speaker mention`, d.speakerMentionSpan, d.speakerMentionText);
    spanText("quotes", `quote ${q.id} cue`, d.cueSpan, undefined);
    for (const [field, id] of [["speaker", d.speaker], ["addressee", d.addressee], ["via", d.via]] as const) {
      if (!actorOrEntity(id)) add("dangling-id", "quotes", `quote ${q.id} ${field} ${id}`);
    }
  }
  for (const v of layer(doc, "event")) {
    const d = v.data;
    spanText("events", `event ${v.id} evidence`, d.evidence, d.evidence.text);
    spanText("events", `event ${v.id} trigger`, d.trigger, d.trigger?.text);
    if (!actorOrEntity(d.actor)) add("dangling-id", "events", `event ${v.id} actor ${d.actor}`);
    if (!actorOrEntity(d.target)) add("dangling-id", "events", `event ${v.id} target ${d.target}`);
    if (!actorOrEntity(d.claimedBy)) add("dangling-id", "events", `event ${v.id} claimedBy ${d.claimedBy}`);
    if (!refIn("place", d.place)) add("dangling-id", "events", `event ${v.id} place ${d.place}`);
    if (!refIn("date", d.date)) add("dangling-id", "events", `event ${v.id} date ${d.date}`);
  }

  if (json) {
    const parsed = documentJsonSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5)) add("schema", String(issue.path[0] ?? "document"), `${issue.path.join(".")}: ${issue.message}`);
    }
    for (const q of json.quotes) {
      if (q.start > q.end || q.end > json.text.length) continue;
      if (!wordsOf(json.text.slice(q.start, q.end)).includes(wordsOf(q.text))) add("text-mismatch", "quotes", `JSON quote ${q.id} content is not inside its span`);
    }
  }
  return out;
}

/**
 * A quote's content may drop the quotation marks that reopen each paragraph of a long quote and
 * join its paragraphs differently, so content is compared with its span word by word.
 */
function wordsOf(text: string): string {
  return ` ${(text.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
}
