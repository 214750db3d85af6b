/**
 * JSON schemas of the HTTP API: one schema per record validates requests, serialises responses and
 * documents both in /api/openapi.json. Records are open (`additionalProperties: true`): a field the
 * store adds later is passed through, never dropped by the serialiser.
 */
import { z } from "zod";
import { documentJsonSchema } from "../app/present/document-schema.js";

type Schema = Record<string, unknown>;

const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const num = { type: "number" } as const;
const bool = { type: "boolean" } as const;
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] });
const ref = (id: string): Schema => ({ $ref: `${id}#` });
const strings = { type: "array", items: str } as const;

function record(properties: Record<string, Schema>, required = Object.keys(properties)): Schema {
  return { type: "object", required, properties, additionalProperties: true };
}

const count = record({ min: nullable(num), max: nullable(num), text: str });
const evidence = record({ start: int, end: int, text: str });

const shared: Schema[] = [
  { $id: "Count", ...count },
  { $id: "Evidence", ...evidence },
  {
    $id: "ReportSource",
    ...record({ articleId: str, url: nullable(str), outlet: nullable(str), title: nullable(str), published: nullable(str) }),
  },
  {
    $id: "ReportActor",
    ...record({ name: str, kind: str, country: nullable(str), partyType: nullable(str), acledName: nullable(str) }),
  },
  {
    $id: "ReportPlace",
    ...record({
      name: str,
      text: str,
      country: nullable(str),
      admin1: nullable(str),
      lat: num,
      lon: num,
      geonameid: nullable(int),
      feature: str,
    }),
  },
  { $id: "ReportDate", ...record({ value: nullable(str), precision: str, text: str }) },
  {
    $id: "EventReport",
    description: "One article's telling of one event, with its actor, place and date written out.",
    ...record({
      key: str,
      articleId: str,
      eventId: str,
      source: ref("ReportSource"),
      type: str,
      mode: nullable(str),
      modality: str,
      background: bool,
      actor: nullable(ref("ReportActor")),
      target: nullable(ref("ReportActor")),
      place: nullable(ref("ReportPlace")),
      geoPrecision: nullable(str),
      acledGeoPrecision: nullable(int),
      date: nullable(ref("ReportDate")),
      fatalities: nullable(ref("Count")),
      injuries: nullable(ref("Count")),
      evidence: ref("Evidence"),
      trigger: nullable(ref("Evidence")),
      cameo: nullable(str),
      acled: nullable(record({ eventType: str, subEventType: str })),
      pipelineVersion: str,
    }),
  },
  {
    $id: "CorpusEvent",
    description:
      "A happening in the corpus: every report of it merged, each field with the value shown, every value each source gave, and whether they conflict.",
    ...record({
      id: str,
      type: fieldValues(str),
      mode: fieldValues(nullable(str)),
      modality: fieldValues(str),
      actor: fieldValues(nullable(ref("ReportActor"))),
      target: fieldValues(nullable(ref("ReportActor"))),
      place: fieldValues(nullable(ref("ReportPlace"))),
      date: fieldValues(nullable(ref("ReportDate"))),
      day: nullable(str),
      fatalities: tollSummary(),
      injuries: tollSummary(),
      geoPrecision: nullable(str),
      acledGeoPrecision: nullable(int),
      cameo: nullable(str),
      acled: nullable(record({ eventType: str, subEventType: str })),
      reports: { type: "array", items: ref("EventReport") },
      sourceCount: int,
      articleCount: int,
      merges: { type: "array", items: { type: "object", additionalProperties: true } },
      corrections: { type: "array", items: { type: "object", additionalProperties: true } },
    }),
  },
  {
    $id: "EventBrief",
    description: "The few fields of an event a map, a timeline and a table need (view=brief).",
    ...record({
      id: str,
      type: str,
      mode: nullable(str),
      modality: str,
      day: nullable(str),
      lat: nullable(num),
      lon: nullable(num),
      place: nullable(str),
      country: nullable(str),
      admin1: nullable(str),
      actor: nullable(str),
      target: nullable(str),
      fatalities: nullable(int),
      fatalitiesMax: nullable(int),
      injuries: nullable(int),
      sourceCount: int,
      conflict: bool,
      evidence: str,
    }),
  },
  {
    $id: "StoredArticle",
    ...record({
      id: str,
      url: nullable(str),
      urls: strings,
      outlet: nullable(str),
      title: nullable(str),
      published: nullable(str),
      contentHash: str,
      simhash: str,
      duplicateOf: nullable(str),
      pipelineVersion: str,
      ingestedAt: str,
      eventCount: int,
      quoteCount: int,
    }),
  },
  {
    $id: "QuoteRecord",
    ...record({
      key: str,
      articleId: str,
      quoteId: str,
      source: ref("ReportSource"),
      kind: str,
      text: str,
      start: int,
      end: int,
      speaker: nullable(ref("ReportActor")),
      speakerText: nullable(str),
      affiliation: nullable(str),
      cue: nullable(str),
      date: nullable(str),
    }),
  },
  {
    $id: "ActorSummary",
    ...record({
      name: str,
      acledName: nullable(str),
      kind: str,
      country: nullable(str),
      partyType: nullable(str),
      eventCount: int,
      quoteCount: int,
    }),
  },
  { $id: "SearchHit", ...record({ articleId: str, title: nullable(str), published: nullable(str), snippet: str }) },
  { $id: "Bucket", ...record({ key: nullable(str), events: int, fatalities: num }) },
  {
    $id: "Error",
    description: "Every error: a stable code (docs/errors.md) and a message that says what to do.",
    type: "object",
    required: ["error"],
    properties: { error: record({ code: str, message: str }) },
  },
  {
    $id: "Document",
    description: "The public document JSON of one article (docs/output.md, sitrep.document/1).",
    ...documentJsonSchemaForApi(),
  },
];

function fieldValues(value: Schema): Schema {
  return record({
    value,
    chosenBy: str,
    values: { type: "array", items: record({ value, reports: strings, outlets: strings }) },
    conflict: bool,
  });
}

function tollSummary(): Schema {
  return record({
    acled: nullable(num),
    min: nullable(num),
    max: nullable(num),
    values: { type: "array", items: record({ value: ref("Count"), reports: strings, outlets: strings }) },
    conflict: bool,
  });
}

/**
 * The document's JSON Schema from its zod schema (the one contract), opened up so that the serialiser
 * passes every field through: the API must return the document exactly as stored.
 */
function documentJsonSchemaForApi(): Schema {
  const schema = z.toJSONSchema(documentJsonSchema, { io: "output", unrepresentable: "any" }) as Schema;
  delete schema.$schema;
  return openObjects(schema) as Schema;
}

function openObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openObjects);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === "additionalProperties" ? true : openObjects(v);
  if (out.type === "object") out.additionalProperties = true;
  return out;
}

export const SHARED_SCHEMAS: readonly Schema[] = shared;

export const pageOf = (item: string): Schema => ({
  type: "object",
  required: ["items", "next"],
  properties: { items: { type: "array", items: ref(item) }, next: nullable(str) },
});

export const errorResponses = {
  400: ref("Error"),
  401: ref("Error"),
  403: ref("Error"),
  404: ref("Error"),
  413: ref("Error"),
  415: ref("Error"),
  500: ref("Error"),
} as const;

export const DAY_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
export const day = { type: "string", pattern: DAY_PATTERN } as const;
export const limit = (max: number, dflt: number) => ({ type: "integer", minimum: 1, maximum: max, default: dflt }) as const;

export { ref, nullable, record, str, int, num, bool, strings };
