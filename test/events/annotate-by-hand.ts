/**
 * Builds test documents the way spaCy tests do: segment the text for real, then add hand-made
 * actor, place and date annotations, so the events stage is tested without the upstream stages.
 */
import { assemblePipeline, createDocument, layer, type ActorKind, type Document, type EntityType, type LayerAnnotation, type PlaceData, type PlaceKind, type Span } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";
import { eventsStage } from "../../src/stages/events/events-stage.js";
import { loadEventsResources } from "../../src/stages/events/resources.js";

export interface HandActor { readonly id: string; readonly name: string; readonly kind?: ActorKind; readonly mentions: readonly string[]; readonly affiliation?: string; readonly country?: string; /** The actors stage's rule, when a test needs one ("entity:ORG"). */ readonly rule?: string }
/** A place annotated at every occurrence of its text (ids get a suffix after the first). */
export interface HandPlace { readonly id: string; readonly text: string; readonly kind: PlaceKind; readonly extra?: Partial<PlaceData>; /** The places stage's rule, when a test needs one ("toponym+prior"). */ readonly rule?: string }
/** Reported speech: the content's text and the speaker's actor id. */
export interface HandQuote { readonly text: string; readonly speaker: string }
export interface HandDate { readonly id: string; readonly text: string; readonly value: string; readonly relative?: boolean }

const resources = { segmenter: loadWinkSegmenter(), ...loadEventsResources() };
const segmentOnly = assemblePipeline([segmentStage], { resources });

/** Every whole-word occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}-])`, "gu");
  for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** A named entity of the entity layer, at every whole-word occurrence of its text. */
export interface HandEntity { readonly text: string; readonly type: EntityType }

export function annotateByHand(text: string, opts: { actors?: readonly HandActor[]; places?: readonly HandPlace[]; dates?: readonly HandDate[]; quotes?: readonly HandQuote[]; entities?: readonly HandEntity[]; published?: string } = {}): Document {
  const doc = segmentOnly.run(createDocument(text, opts.published ? { published: opts.published } : {}));
  const actor: LayerAnnotation<"actor">[] = (opts.actors ?? []).map((a) => {
    const mentions = a.mentions.flatMap((m) => occurrences(text, m));
    const first = mentions[0] ?? { start: 0, end: 0 };
    return {
      id: a.id, layer: "actor", start: first.start, end: first.end, source: { stage: "hand", rule: a.rule ?? "test" },
      data: { name: a.name, kind: a.kind ?? "organisation", country: a.country ?? null, title: null, affiliation: a.affiliation ?? null, aliases: a.mentions, mentions },
    };
  });
  const place: LayerAnnotation<"place">[] = (opts.places ?? []).flatMap((p) => occurrences(text, p.text).map((at, k) => {
    return {
      id: k === 0 ? p.id : `${p.id}.${k}`, layer: "place", start: at.start, end: at.end, source: { stage: "hand", rule: p.rule ?? "test" },
      data: { text: p.text, name: p.text, kind: p.kind, country: null, admin1: null, lat: 0, lon: 0, geonameid: null, feature: p.kind === "country" ? "PCLI" : p.kind === "admin1" ? "ADM1" : "PPL", ...p.extra },
    };
  }));
  const date: LayerAnnotation<"date">[] = (opts.dates ?? []).map((d) => {
    const at = occurrences(text, d.text)[0]!;
    return {
      id: d.id, layer: "date", start: at.start, end: at.end, source: { stage: "hand", rule: "test" },
      data: { text: d.text, value: d.value, precision: d.value.length > 7 ? "day" : "month", relative: d.relative ?? false, timexType: "DATE" },
    };
  });
  const quote: LayerAnnotation<"quote">[] = (opts.quotes ?? []).map((q, k) => {
    const at = text.indexOf(q.text);
    return {
      id: `q${k + 1}`, layer: "quote", start: at, end: at + q.text.length, source: { stage: "hand", rule: "test" },
      data: { kind: "indirect", text: q.text, speaker: q.speaker, speakerSpan: null, speakerText: null, cue: "said", cueSpan: null },
    };
  });
  const entity: LayerAnnotation<"entity">[] = (opts.entities ?? []).flatMap((e, k) => occurrences(text, e.text).map((at, j) => ({
    id: `e${k + 1}.${j}`, layer: "entity" as const, start: at.start, end: at.end, source: { stage: "hand", rule: "test" },
    data: { type: e.type, text: e.text },
  })));
  return { ...doc, layers: { ...doc.layers, actor, place, date, quote, ...(entity.length > 0 ? { entity } : {}) } };
}

/** The document with the events stage run on it (alone: the upstream layers are the hand-made ones). */
export function runEventsByHand(text: string, opts: Parameters<typeof annotateByHand>[1] = {}): Document {
  const doc = annotateByHand(text, opts);
  const out = eventsStage.run(doc, { resources });
  return { ...doc, layers: { ...doc.layers, event: out.event ?? [] } };
}

/** Runs the events stage alone on a hand-annotated document. */
export function extractEventsByHand(text: string, opts: Parameters<typeof annotateByHand>[1] = {}): LayerAnnotation<"event">[] {
  return [...layer(runEventsByHand(text, opts), "event")];
}
