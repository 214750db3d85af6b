/**
 * Corpus events in ACLED's column layout (docs/exports.md): ACLED's columns first, filled as ACLED
 * codes them where sitrep knows the value and left empty where it does not, then sitrep's own columns
 * (its id, how many sources and articles, the evidence, modality, PLOVER type and mode, the toll range,
 * the fields sources disagree on). One row per corpus event, written as the events come.
 */
import type { CorpusEvent, ReportActor } from "../records.js";
import type { AcledParty } from "../../stages/events/acled-actors.js";
import { acledDate, civilianTargeting, disorderType, eventNumber, interaction, interCode } from "./acled-codes.js";
import { csvLines, type CsvCell } from "./csv.js";
import { acledPartiesOf, acledPartOf, acledRowFatalities, conflictsOf, evidenceBySource, leadReport, oneLine, outletsOf, shorten, tollTexts, urlsOf } from "./event-facts.js";
import { exportTables, type ExportTables } from "./export-tables.js";
import { NOTES_EVIDENCE_MAX_CHARS } from "./heuristics.js";

/** ACLED's columns, in ACLED's order (the ones issue 8 names). */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
] as const;

/** sitrep's own columns, after ACLED's. `inter2` is ACLED's name for actor2's inter code. */
export const SITREP_COLUMNS = [
  "inter2",
  "sitrep_event_id",
  "source_count",
  "article_count",
  "evidence",
  "modality",
  "plover_type",
  "plover_mode",
  "fatalities_min",
  "fatalities_max",
  "injuries_min",
  "injuries_max",
  "conflicts",
  "urls",
  "acled_part_of",
] as const;

export const EVENT_CSV_COLUMNS: readonly string[] = [...ACLED_COLUMNS, ...SITREP_COLUMNS];

export type AcledColumn = (typeof ACLED_COLUMNS)[number] | (typeof SITREP_COLUMNS)[number];

/** ISO alpha-3 standing for "no country known" (ISO 3166's user-assigned range). */
const UNKNOWN_ISO3 = "XXX";

/** A party of ACLED's coding as the export's actor: the report's own actor when it is that, else a collective of the convention. */
function asReportActor(party: AcledParty | null, ...own: (ReportActor | null)[]): ReportActor | null {
  if (!party) return null;
  const same = own.find((a) => a === party);
  if (same) return same;
  return { name: party.name, kind: "collective", country: party.country ?? null, partyType: party.partyType ?? null, acledName: party.acledName ?? null };
}

/** One corpus event as a row of ACLED's and sitrep's columns. */
export function acledRecord(event: CorpusEvent, tables: ExportTables = exportTables()): Record<AcledColumn, CsvCell> {
  const place = event.place.value;
  const country = place?.country ? tables.countries.get(place.country.toUpperCase()) : undefined;
  // The text's parties, or ACLED's convention where a report names no one or a crowd ("Unidentified Armed Group (Yemen)").
  const coded = acledPartiesOf(event, place?.country ?? null);
  const actor1 = coded ? asReportActor(coded.actor1, event.actor.value) : event.actor.value;
  const actor2 = coded ? asReportActor(coded.actor2, event.target.value) : event.target.value;
  const inter1 = interCode(actor1, place?.country ?? null, tables);
  const inter2 = interCode(actor2, place?.country ?? null, tables);
  const date = acledDate(event.date.value, event.day);
  const lead = leadReport(event);
  return {
    event_id_cnty: `${country?.iso3 ?? UNKNOWN_ISO3}${eventNumber(event.id)}`,
    event_date: date.date,
    time_precision: date.precision,
    disorder_type: disorderType(event.acled, tables),
    event_type: event.acled?.eventType ?? null,
    sub_event_type: event.acled?.subEventType ?? null,
    actor1: actor1 ? actor1.acledName ?? actor1.name : null,
    assoc_actor_1: coded?.assocActor1 ? (coded.assocActor1.acledName ?? coded.assocActor1.name) : null,
    inter1,
    actor2: actor2 ? actor2.acledName ?? actor2.name : null,
    interaction: interaction(inter1, inter2),
    civilian_targeting: civilianTargeting(event.acled, inter2),
    iso: country?.isoNumeric ?? null,
    region: country?.region ?? null,
    country: country?.name ?? null,
    admin1: place?.admin1 ?? null,
    admin2: null,
    admin3: null,
    location: place?.name ?? null,
    latitude: place ? place.lat : null,
    longitude: place ? place.lon : null,
    geo_precision: event.acledGeoPrecision,
    source: outletsOf(event).join("; ") || null,
    source_scale: null,
    notes: notesOf(event, lead?.evidence.text ?? null),
    fatalities: acledRowFatalities(event),
    inter2,
    sitrep_event_id: event.id,
    source_count: event.sourceCount,
    article_count: event.articleCount,
    evidence: evidenceBySource(event).join("\n") || null,
    modality: event.modality.value,
    plover_type: event.type.value,
    plover_mode: event.mode.value,
    fatalities_min: event.fatalities.min,
    fatalities_max: event.fatalities.max,
    injuries_min: event.injuries.min,
    injuries_max: event.injuries.max,
    conflicts: conflictsOf(event).join("; ") || null,
    urls: urlsOf(event).join(" ") || null,
    acled_part_of: acledPartOf(event),
  };
}

/**
 * ACLED-style notes: the lead report's evidence (one sentence, shortened), then every toll reported
 * with its outlet, so a reader sees where the coded figure and the range come from.
 */
export function notesOf(event: CorpusEvent, evidence: string | null): string | null {
  const parts: string[] = [];
  if (evidence) parts.push(shorten(oneLine(evidence), NOTES_EVIDENCE_MAX_CHARS));
  const tolls = tollTexts(event.fatalities);
  if (tolls.length > 0) parts.push(`Fatalities reported: ${tolls.join("; ")}.`);
  const injuries = tollTexts(event.injuries);
  if (injuries.length > 0) parts.push(`Injuries reported: ${injuries.join("; ")}.`);
  return parts.length > 0 ? parts.join(" ") : null;
}

export interface AcledCsvOptions {
  readonly tables?: ExportTables;
  /** Only ACLED's rows: events that have an ACLED event type (leave out talks, statements...) and are no part of another's row. */
  readonly acledOnly?: boolean;
}

/** The CSV text of the events, header first, a line per event, as they come. */
export async function* acledCsv(events: AsyncIterable<CorpusEvent> | Iterable<CorpusEvent>, options: AcledCsvOptions = {}): AsyncGenerator<string> {
  const tables = options.tables ?? exportTables();
  const kept = options.acledOnly ? onlyAcled(events) : events;
  yield* csvLines(EVENT_CSV_COLUMNS, kept, (e) => {
    const record = acledRecord(e, tables);
    return EVENT_CSV_COLUMNS.map((c) => record[c as AcledColumn]);
  });
}

/** ACLED's rows: events with an ACLED type, less those coded as part of another's row (a demonstration's arrests). */
async function* onlyAcled(events: AsyncIterable<CorpusEvent> | Iterable<CorpusEvent>): AsyncGenerator<CorpusEvent> {
  for await (const e of events) if (e.acled && acledPartOf(e) === null) yield e;
}
