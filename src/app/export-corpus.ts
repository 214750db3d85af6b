/**
 * Exports of the corpus (events, quotes, actors) in every format, shared by `sitrep export` and the
 * HTTP API's /api/export: the filters, the format check and the streaming writer.
 */
import { existsSync } from "node:fs";
import type { Writable } from "node:stream";
import { SitrepError } from "../core/errors.js";
import { parsePublishedDate } from "./parse-published-date.js";
import type { ActorSummary, CorpusReader, EventFilter, QuoteFilter } from "../store/store.js";
import { acledCsv } from "../corpus/exports/acled-csv.js";
import { ploverJsonl } from "../corpus/exports/plover-jsonl.js";
import { geojsonCollection } from "../corpus/exports/geojson.js";
import { quotesCsv } from "../corpus/exports/quotes-csv.js";
import { actorsCsv, actorsJsonl } from "../corpus/exports/actors-export.js";
import { jsonLines } from "../corpus/exports/json-lines.js";
import { writeChunks, type WriteOutcome } from "../corpus/exports/write-chunks.js";
import { exportTables } from "../corpus/exports/export-tables.js";

export type ExportSubject = "events" | "quotes" | "actors";

/** The formats each subject can be written in; the first is the default. */
export const EXPORT_FORMATS: Readonly<Record<ExportSubject, readonly string[]>> = {
  events: ["csv", "json", "plover", "geojson"],
  quotes: ["csv", "json"],
  actors: ["csv", "json"],
};

export interface ExportCommandOptions {
  readonly format?: string;
  readonly db?: string;
  readonly from?: string;
  readonly to?: string;
  readonly country?: string;
  readonly type?: string;
  readonly actor?: string;
  readonly output?: string;
  readonly acledOnly?: boolean;
}

/** A store to read from, closed once the export is written. */
export type ReaderHandle = CorpusReader & { close(): Promise<void> };
export type OpenReader = (db: string | undefined) => Promise<ReaderHandle>;

export interface ExportSummary {
  readonly subject: ExportSubject;
  readonly format: string;
  /** Records written (events, quotes or actors). */
  readonly records: number;
  /** Events left out of a GeoJSON export for want of coordinates. */
  readonly withoutCoordinates: number;
  /** "closed" when the reader of the output went away before the end (`| head`). */
  readonly outcome: WriteOutcome;
}

/**
 * Opens the store the options or environment select (src/store/open-store.ts) for reading. The store
 * module (Kysely, better-sqlite3, pg) is imported only here, so other commands never load it. A
 * SQLite file that does not exist is an error, not a new empty store: an export of nothing because of
 * a mistyped --db would look like a corpus with no events.
 */
export const openStoreReader: OpenReader = async (db) => {
  const { openStore, storeLocation } = await import("../store/open-store.js");
  const options = db ? { db } : {};
  const location = storeLocation(options);
  if (location.dialect === "sqlite" && location.path !== ":memory:" && !existsSync(location.path)) {
    throw new SitrepError("STORE_UNAVAILABLE", `no store at ${location.path}: ingest articles first (sitrep ingest), or give --db PATH`);
  }
  return openStore(options);
};

/** Actors asked of the store per page when listing them all. */
const ACTOR_PAGE = 500;

export function parseSubject(value: string): ExportSubject {
  if (value === "events" || value === "quotes" || value === "actors") return value;
  throw new SitrepError("BAD_ARGUMENT", `export what? "${value}" (events, quotes or actors)`);
}

export function parseFormat(subject: ExportSubject, value: string | undefined): string {
  const formats = EXPORT_FORMATS[subject];
  const format = (value ?? formats[0]!).toLowerCase();
  if (!formats.includes(format)) throw new SitrepError("BAD_ARGUMENT", `--format ${value} for ${subject} (one of ${formats.join(", ")})`);
  return format;
}

/**
 * --country as ISO alpha-2, alpha-3 or a country's name as ACLED writes it ("NG", "NGA", "Nigeria"),
 * to the alpha-2 the store filters on.
 */
export function parseCountry(value: string): string {
  const v = value.trim();
  const countries = exportTables().countries;
  const upper = v.toUpperCase();
  if (countries.has(upper)) return upper;
  for (const c of countries.values()) if (c.iso3 === upper || c.name.toLowerCase() === v.toLowerCase()) return c.iso2;
  throw new SitrepError("BAD_ARGUMENT", `--country ${value}: not an ISO 3166-1 code or a country name`);
}

/** --type as one PLOVER type or several separated by commas ("ASSAULT,PROTEST"). */
export function parseTypes(value: string): string[] {
  const types = value.split(",").map((t) => t.trim().toUpperCase()).filter(Boolean);
  if (types.length === 0 || types.some((t) => !/^[A-Z_]{2,40}$/.test(t))) throw new SitrepError("BAD_ARGUMENT", `--type ${value}: PLOVER types such as ASSAULT or PROTEST, separated by commas`);
  return types;
}

export function eventFilterOf(options: ExportCommandOptions): EventFilter {
  const from = options.from !== undefined ? parsePublishedDate(options.from) : undefined;
  const to = options.to !== undefined ? parsePublishedDate(options.to) : undefined;
  if (from && to && from > to) throw new SitrepError("BAD_ARGUMENT", `--from ${from} is after --to ${to}`);
  const types = options.type !== undefined ? parseTypes(options.type) : undefined;
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(options.country !== undefined ? { country: parseCountry(options.country) } : {}),
    ...(types ? { type: types.length === 1 ? types[0]! : types } : {}),
    ...(options.actor !== undefined && options.actor.trim() !== "" ? { actor: options.actor.trim() } : {}),
  };
}

function quoteFilterOf(options: ExportCommandOptions): QuoteFilter {
  if (options.country !== undefined || options.type !== undefined) throw new SitrepError("BAD_ARGUMENT", "quotes are filtered by --from, --to and --actor (the speaker) only");
  const f = eventFilterOf({ ...(options.from !== undefined ? { from: options.from } : {}), ...(options.to !== undefined ? { to: options.to } : {}) });
  return { ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}), ...(options.actor ? { speaker: options.actor.trim() } : {}) };
}

async function* allActors(reader: CorpusReader, filter: { q?: string; country?: string }): AsyncGenerator<ActorSummary> {
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<CorpusReader["listActors"]>> = await reader.listActors(filter, { limit: ACTOR_PAGE, cursor });
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}

async function* counted<T>(items: AsyncIterable<T>, count: { n: number }): AsyncGenerator<T> {
  for await (const item of items) {
    count.n++;
    yield item;
  }
}

/**
 * Writes one export from the reader to `out`, record by record: the reader's iterator is consumed as
 * the stream takes the text, so memory stays flat at any corpus size.
 */
export async function writeExport(reader: CorpusReader, subject: ExportSubject, options: ExportCommandOptions, out: Writable, end = false): Promise<ExportSummary> {
  const format = parseFormat(subject, options.format);
  const count = { n: 0 };
  let withoutCoordinates = 0;
  let chunks: AsyncIterable<string>;
  if (subject === "events") {
    const events = counted(reader.iterateEvents(eventFilterOf(options), "date"), count);
    if (format === "csv") chunks = acledCsv(events, { acledOnly: options.acledOnly === true });
    else if (format === "plover") chunks = ploverJsonl(events);
    else if (format === "geojson") chunks = geojsonCollection(events, { onSkipped: (n) => (withoutCoordinates = n) });
    else chunks = jsonLines(events);
  } else if (subject === "quotes") {
    const quotes = counted(reader.iterateQuotes(quoteFilterOf(options)), count);
    chunks = format === "csv" ? quotesCsv(quotes) : jsonLines(quotes);
  } else {
    if (options.from !== undefined || options.to !== undefined || options.type !== undefined) throw new SitrepError("BAD_ARGUMENT", "actors are filtered by --country and --actor (the name) only");
    const filter = { ...(options.actor ? { q: options.actor.trim() } : {}), ...(options.country !== undefined ? { country: parseCountry(options.country) } : {}) };
    const actors = counted(allActors(reader, filter), count);
    chunks = format === "csv" ? actorsCsv(actors) : actorsJsonl(actors);
  }
  const outcome = await writeChunks(chunks, out, { end });
  return { subject, format, records: count.n, withoutCoordinates, outcome };
}
