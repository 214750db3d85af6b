/**
 * Corpus events as PLOVER/POLECAT-style JSON Lines (docs/exports.md): one event a line with PLOVER's
 * field names (id, event_date, event_type, mode, context, actor, recipient, location, dead, injured),
 * actors as PLOVER codes them (a country's ISO alpha-3, or IGO/NGO in its place, and a sector), and
 * every source with its own words.
 */
import type { CorpusEvent, ReportActor, ReportPlace, TollSummary } from "../records.js";
import { acledDate, interCode } from "./acled-codes.js";
import { conflictsOf, leadReport, ploverContexts } from "./event-facts.js";
import { exportTables, type ExportTables } from "./export-tables.js";

export interface PloverActor {
  readonly name: string;
  /** ACLED's name of the actor, where it has one. */
  readonly acled_name: string | null;
  /** ISO 3166-1 alpha-3, or IGO/NGO for bodies of no country; null when unknown. */
  readonly country: string | null;
  /** CAMEO/PLOVER sector (GOV, MIL, COP, REB, UAF, CVL, MED, OPP); null when none applies. */
  readonly sector: string | null;
  readonly kind: string;
  /** sitrep's ACLED-style party type (GOV... GRP). */
  readonly party_type: string | null;
  /** ACLED inter code (1-8). */
  readonly inter: number | null;
}

export interface PloverLocation {
  readonly name: string;
  /** The article's words for the place. */
  readonly text: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string | null;
  readonly admin1: string | null;
  readonly geonames_id: number | null;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames feature code. */
  readonly feature: string;
  /** sitrep's geoPrecision: exact, near, region, country. */
  readonly precision: string | null;
  /** ACLED geo_precision 1-3. */
  readonly acled_geo_precision: number | null;
}

export interface PloverSource {
  readonly report: string;
  readonly article_id: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** The sentence of the article that tells the event. */
  readonly text: string;
  readonly trigger: string | null;
  readonly dead: { min: number | null; max: number | null; text: string } | null;
}

export interface PloverEvent {
  readonly id: string;
  readonly event_date: string | null;
  /** sitrep's date precision: day, week, month, season, year... (null without a date). */
  readonly date_precision: string | null;
  readonly event_type: string;
  readonly mode: string;
  /** PLOVER contexts joined by ";" as POLECAT's files write them; `contexts` is the same as a list. */
  readonly context: string;
  readonly contexts: readonly string[];
  readonly modality: string;
  readonly actor: PloverActor | null;
  readonly recipient: PloverActor | null;
  readonly location: PloverLocation | null;
  /** PLOVER's ASSAULT fields: deaths and injuries as coded (the lowest figure reported, ACLED's rule). */
  readonly dead: number | null;
  readonly injured: number | null;
  readonly fatalities: TollJson;
  readonly injuries: TollJson;
  readonly cameo: string | null;
  readonly acled: { readonly event_type: string; readonly sub_event_type: string } | null;
  /** The lead report's evidence sentence. */
  readonly text: string | null;
  readonly source_count: number;
  readonly article_count: number;
  readonly sources: readonly PloverSource[];
  readonly conflicts: readonly string[];
}

interface TollJson {
  readonly coded: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly reported: ReadonlyArray<{ text: string; min: number | null; max: number | null; outlets: readonly string[] }>;
}

export function ploverActor(actor: ReportActor | null, eventCountry: string | null, tables: ExportTables): PloverActor | null {
  if (!actor) return null;
  const standIn = tables.sectorByKind.get(actor.kind);
  const country = standIn ?? (actor.country ? tables.countries.get(actor.country.toUpperCase())?.iso3 ?? null : null);
  return {
    name: actor.name,
    acled_name: actor.acledName,
    country,
    sector: actor.partyType ? tables.sectorByParty.get(actor.partyType) ?? null : null,
    kind: actor.kind,
    party_type: actor.partyType,
    inter: interCode(actor, eventCountry, tables),
  };
}

function ploverLocation(place: ReportPlace | null, event: CorpusEvent, tables: ExportTables): PloverLocation | null {
  if (!place) return null;
  return {
    name: place.name,
    text: place.text,
    country: place.country ? tables.countries.get(place.country.toUpperCase())?.iso3 ?? null : null,
    admin1: place.admin1,
    geonames_id: place.geonameid,
    lat: place.lat,
    lon: place.lon,
    feature: place.feature,
    precision: event.geoPrecision,
    acled_geo_precision: event.acledGeoPrecision,
  };
}

function tollJson(toll: TollSummary): TollJson {
  return {
    coded: toll.acled,
    min: toll.min,
    max: toll.max,
    reported: toll.values.map((v) => ({ text: v.value.text, min: v.value.min, max: v.value.max, outlets: v.outlets })),
  };
}

export function ploverRecord(event: CorpusEvent, tables: ExportTables = exportTables()): PloverEvent {
  const place = event.place.value;
  const eventCountry = place?.country ?? null;
  const contexts = ploverContexts(event);
  const lead = leadReport(event);
  return {
    id: event.id,
    event_date: acledDate(event.date.value, event.day).date,
    date_precision: event.date.value?.precision ?? null,
    event_type: event.type.value,
    mode: event.mode.value ?? "",
    context: contexts.join(";"),
    contexts,
    modality: event.modality.value,
    actor: ploverActor(event.actor.value, eventCountry, tables),
    recipient: ploverActor(event.target.value, eventCountry, tables),
    location: ploverLocation(place, event, tables),
    dead: event.fatalities.acled,
    injured: event.injuries.acled,
    fatalities: tollJson(event.fatalities),
    injuries: tollJson(event.injuries),
    cameo: event.cameo,
    acled: event.acled ? { event_type: event.acled.eventType, sub_event_type: event.acled.subEventType } : null,
    text: lead?.evidence.text ?? null,
    source_count: event.sourceCount,
    article_count: event.articleCount,
    sources: event.reports.map((r) => ({
      report: r.key,
      article_id: r.articleId,
      outlet: r.source.outlet,
      url: r.source.url,
      title: r.source.title,
      published: r.source.published,
      text: r.evidence.text,
      trigger: r.trigger?.text ?? null,
      dead: r.fatalities ? { min: r.fatalities.min, max: r.fatalities.max, text: r.fatalities.text } : null,
    })),
    conflicts: conflictsOf(event),
  };
}

/** One JSON object a line, as the events come. */
export async function* ploverJsonl(events: AsyncIterable<CorpusEvent> | Iterable<CorpusEvent>, options: { tables?: ExportTables } = {}): AsyncGenerator<string> {
  const tables = options.tables ?? exportTables();
  for await (const e of events) yield `${JSON.stringify(ploverRecord(e, tables))}\n`;
}
