import { z } from "zod";
import { DOCUMENT_SCHEMA_ID } from "./document-schema-id.js";

/**
 * The public document JSON of docs (shared/design/OUTPUT.md), schema "sitrep.document/1", as one zod
 * schema: it types the presenter's output and validates it in tests. Names and meanings here are a
 * contract; add fields freely, change these only with a new schema version.
 */
export { DOCUMENT_SCHEMA_ID };

const provenance = z.object({ stage: z.string(), rule: z.string() });
const offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const nullableString = z.string().nullable();

export const actorJsonSchema = z.object({
  id: z.string().regex(/^a\d+$/),
  name: z.string(),
  kind: z.string(),
  country: nullableString,
  title: nullableString,
  affiliation: nullableString,
  aliases: z.array(z.string()),
  /** The ACLED-style kind of party: GOV, MIL, POL, REB, UAF, CVL, PRO, RIO, MED, PER, GRP (docs/output.md). */
  partyType: nullableString,
  /** The actor as ACLED names actors ("Military Forces of Nigeria", "Civilians (Afghanistan)"). */
  acledName: nullableString,
  source: provenance,
});

export const entityJsonSchema = z.object({
  id: z.string().regex(/^e\d+$/),
  text: z.string(),
  ...offsets,
  type: z.string(),
  actor: nullableString,
  source: provenance,
});

export const quoteJsonSchema = z.object({
  id: z.string().regex(/^q\d+$/),
  kind: z.enum(["direct", "indirect", "mixed"]),
  text: z.string(),
  ...offsets,
  speaker: nullableString,
  speakerText: nullableString,
  cue: nullableString,
  addressee: nullableString.optional(),
  addresseeText: nullableString.optional(),
  via: nullableString.optional(),
  viaText: nullableString.optional(),
  source: provenance,
});

export const placeJsonSchema = z.object({
  id: z.string().regex(/^p\d+$/),
  text: z.string(),
  ...offsets,
  name: z.string(),
  country: nullableString,
  admin1: nullableString,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  geonameid: z.number().int().nullable(),
  feature: z.string(),
  source: provenance,
});

export const dateJsonSchema = z.object({
  id: z.string().regex(/^d\d+$/),
  text: z.string(),
  ...offsets,
  value: nullableString,
  precision: z.string(),
  qualifier: z.string().optional(),
  source: provenance,
});

const count = z.object({ min: z.number().nullable(), max: z.number().nullable(), text: z.string() }).nullable();

/** The words of the text for an event's participant or site, with its head word and a list's other items (docs/output.md). */
const rolePhrase = z.object({
  ...offsets,
  text: z.string(),
  head: z.string(),
  conjuncts: z.array(z.object({ ...offsets, text: z.string(), head: z.string() })).optional(),
  antecedent: z.object({ ...offsets, text: z.string(), head: z.string() }).optional(),
});

export const eventJsonSchema = z.object({
  id: z.string().regex(/^v\d+$/),
  type: z.string(),
  mode: nullableString,
  modality: z.enum(["asserted", "claimed", "pledged", "intended", "demanded", "hypothetical", "negated"]),
  background: z.boolean(),
  actor: nullableString,
  target: nullableString,
  place: nullableString,
  date: nullableString,
  geoPrecision: z.enum(["exact", "near", "region", "country"]).nullable(),
  /** ACLED's geo_precision (1 town, 2 near a town or a district, 3 a larger region); absent in documents from before it existed. */
  acledGeoPrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable().optional(),
  fatalities: count,
  injuries: count,
  evidence: z.object({ ...offsets, text: z.string() }),
  trigger: z.object({ ...offsets, text: z.string() }).optional(),
  cameo: nullableString,
  acled: z
    .object({
      eventType: z.string(),
      subEventType: z.string(),
      // The parties as ACLED writes them, conventions included ("Unidentified Armed Group (Yemen)"): stages/events/acled-actors.ts.
      actor1: nullableString.optional(),
      assocActor1: z.string().optional(),
      actor2: nullableString.optional(),
      conventions: z.array(z.string()).optional(),
      // The event whose ACLED row this one is part of (a demonstration's arrests): stages/events/fold-policing-into-protests.ts.
      partOf: z.string().optional(),
      fatalities: z.number().int().nonnegative().optional(),
    })
    .nullable(),
  mentions: z
    .array(
      z.object({
        trigger: z.object({ ...offsets, text: z.string() }),
        evidence: z.object({ ...offsets, text: z.string() }),
        type: z.string(),
        mode: nullableString,
        place: nullableString,
        date: nullableString,
        fatalities: count,
        injuries: count,
        rule: z.string(),
      }),
    )
    .optional(),
  actorPhrase: rolePhrase.optional(),
  targetPhrase: rolePhrase.optional(),
  placePhrase: rolePhrase.optional(),
  victims: z.object({ dead: rolePhrase.optional(), injured: rolePhrase.optional() }).optional(),
  fatalitiesFrom: z.number().int().nonnegative().optional(),
  inferredDate: z.object({ value: z.string(), precision: z.literal("day"), rule: z.string() }).optional(),
  injuriesFrom: z.number().int().nonnegative().optional(),
  source: provenance,
});

export const documentJsonSchema = z
  .object({
    schema: z.literal(DOCUMENT_SCHEMA_ID),
    meta: z.object({
      title: nullableString,
      url: nullableString,
      published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      language: nullableString,
      source: nullableString,
      // Added within sitrep.document/1 (docs/output.md): where the text came from, and the page's claims.
      id: nullableString.optional(),
      fetchedUrl: nullableString.optional(),
      finalUrl: nullableString.optional(),
      canonicalUrl: nullableString.optional(),
      siteName: nullableString.optional(),
    }),
    text: z.string(),
    removed: z.array(z.object({ text: z.string(), reason: z.string(), source: provenance.optional() })),
    actors: z.array(actorJsonSchema),
    entities: z.array(entityJsonSchema),
    quotes: z.array(quoteJsonSchema),
    places: z.array(placeJsonSchema),
    dates: z.array(dateJsonSchema),
    events: z.array(eventJsonSchema),
    empty: z.object({ code: z.string(), reason: z.string() }).optional(),
    notes: z.array(z.string()).optional(),
  })
  .superRefine((doc, ctx) => {
    const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));
    const actors = ids(doc.actors);
    const places = ids(doc.places);
    const dates = ids(doc.dates);
    const check = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path, message });
    };
    const isRef = (set: Set<string>, id: string | null | undefined) => id === null || id === undefined || set.has(id);
    doc.actors.forEach((a, i) => check(isRef(actors, a.affiliation), ["actors", i, "affiliation"], `unknown actor ${a.affiliation}`));
    doc.entities.forEach((e, i) => check(isRef(actors, e.actor), ["entities", i, "actor"], `unknown actor ${e.actor}`));
    doc.quotes.forEach((q, i) => {
      check(isRef(actors, q.speaker), ["quotes", i, "speaker"], `unknown actor ${q.speaker}`);
      check(isRef(actors, q.addressee), ["quotes", i, "addressee"], `unknown actor ${q.addressee}`);
    });
    doc.events.forEach((v, i) => {
      check(isRef(actors, v.actor), ["events", i, "actor"], `unknown actor ${v.actor}`);
      check(isRef(actors, v.target), ["events", i, "target"], `unknown actor ${v.target}`);
      check(isRef(places, v.place), ["events", i, "place"], `unknown place ${v.place}`);
      check(isRef(dates, v.date), ["events", i, "date"], `unknown date ${v.date}`);
      check(doc.text.slice(v.evidence.start, v.evidence.end) === v.evidence.text, ["events", i, "evidence"], "evidence text does not match its offsets");
      v.mentions?.forEach((m, k) => {
        check(isRef(places, m.place), ["events", i, "mentions", k, "place"], `unknown place ${m.place}`);
        check(isRef(dates, m.date), ["events", i, "mentions", k, "date"], `unknown date ${m.date}`);
        check(doc.text.slice(m.evidence.start, m.evidence.end) === m.evidence.text, ["events", i, "mentions", k, "evidence"], "evidence text does not match its offsets");
      });
      for (const from of [v.fatalitiesFrom, v.injuriesFrom]) check(from === undefined || from < (v.mentions?.length ?? 0), ["events", i], "toll provenance points past the mentions");
    });
    for (const [name, items] of [["entities", doc.entities], ["quotes", doc.quotes], ["places", doc.places], ["dates", doc.dates]] as const) {
      items.forEach((item, i) => check(item.start <= item.end && item.end <= doc.text.length, [name, i], "offsets outside the text"));
    }
    doc.entities.forEach((e, i) => check(doc.text.slice(e.start, e.end) === e.text, ["entities", i, "text"], "entity text does not match its offsets"));
    doc.places.forEach((p, i) => check(doc.text.slice(p.start, p.end) === p.text, ["places", i, "text"], "place text does not match its offsets"));
    doc.dates.forEach((d, i) => check(doc.text.slice(d.start, d.end) === d.text, ["dates", i, "text"], "date text does not match its offsets"));
  });

export type DocumentJson = z.infer<typeof documentJsonSchema>;
export type ActorJson = z.infer<typeof actorJsonSchema>;
export type EntityJson = z.infer<typeof entityJsonSchema>;
export type QuoteJson = z.infer<typeof quoteJsonSchema>;
export type PlaceJson = z.infer<typeof placeJsonSchema>;
export type DateJson = z.infer<typeof dateJsonSchema>;
export type EventJson = z.infer<typeof eventJsonSchema>;
