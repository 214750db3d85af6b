/**
 * The corpus's actors as CSV or JSON Lines: name, ACLED name, kind, country, party type, ACLED inter
 * code, and how many events and quotes they appear in.
 */
import type { ActorSummary } from "../../store/store.js";
import { interCode } from "./acled-codes.js";
import { csvLines, type CsvCell } from "./csv.js";
import { exportTables, type ExportTables } from "./export-tables.js";

export const ACTOR_CSV_COLUMNS = ["name", "acled_name", "kind", "country", "party_type", "inter", "event_count", "quote_count"] as const;

export interface ActorRecord {
  readonly name: string;
  readonly acledName: string | null;
  readonly kind: string;
  readonly country: string | null;
  readonly partyType: string | null;
  /** ACLED inter code of the actor in its own country (1-8), null when sitrep cannot tell. */
  readonly inter: number | null;
  readonly eventCount: number;
  readonly quoteCount: number;
}

export function actorRecord(a: ActorSummary, tables: ExportTables = exportTables()): ActorRecord {
  return { ...a, inter: interCode({ name: a.name, kind: a.kind, country: a.country, partyType: a.partyType, acledName: a.acledName }, a.country, tables) };
}

export function actorsCsv(actors: AsyncIterable<ActorSummary> | Iterable<ActorSummary>, tables: ExportTables = exportTables()): AsyncGenerator<string> {
  return csvLines(ACTOR_CSV_COLUMNS, actors, (a): CsvCell[] => {
    const r = actorRecord(a, tables);
    return [r.name, r.acledName, r.kind, r.country, r.partyType, r.inter, r.eventCount, r.quoteCount];
  });
}

export async function* actorsJsonl(actors: AsyncIterable<ActorSummary> | Iterable<ActorSummary>, tables: ExportTables = exportTables()): AsyncGenerator<string> {
  for await (const a of actors) yield `${JSON.stringify(actorRecord(a, tables))}\n`;
}
