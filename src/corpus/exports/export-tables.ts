/**
 * The data tables the exports code with, read once from data/mappings: countries (ISO codes, ACLED's
 * names and regions), ACLED inter codes by party type or actor kind, ACLED disorder types by event
 * type, and PLOVER actor sectors by party type. Each file carries its source and license in its header.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readLexicon } from "../../lexicons/read-lexicon.js";

export interface Country {
  readonly iso2: string;
  readonly iso3: string;
  readonly isoNumeric: number;
  /** The name as ACLED writes it ("Democratic Republic of Congo"). */
  readonly name: string;
  /** ACLED's region ("Middle Africa"). */
  readonly region: string;
}

export interface ExportTables {
  /** By ISO 3166-1 alpha-2, upper case. */
  readonly countries: ReadonlyMap<string, Country>;
  /** ACLED inter code by party type (GOV...). */
  readonly interByParty: ReadonlyMap<string, number>;
  /** ACLED inter code by actor kind, when the party type gives none. */
  readonly interByKind: ReadonlyMap<string, number>;
  /** ACLED disorder type by "eventType/subEventType", or by "eventType/" for the whole event type. */
  readonly disorder: ReadonlyMap<string, string>;
  /** PLOVER/CAMEO sector code by party type (POL -> COP). */
  readonly sectorByParty: ReadonlyMap<string, string>;
  /** PLOVER's country-field code of an actor kind that is no state's (igo -> IGO). */
  readonly sectorByKind: ReadonlyMap<string, string>;
}

const MAPPINGS = join(dirname(fileURLToPath(import.meta.url)), "../../../data/mappings");

let cached: ExportTables | undefined;

/** The tables, read on first use and kept for the process. */
export function exportTables(dir: string = MAPPINGS): ExportTables {
  if (dir === MAPPINGS && cached) return cached;
  const tables = loadExportTables(dir);
  if (dir === MAPPINGS) cached = tables;
  return tables;
}

export function loadExportTables(dir: string = MAPPINGS): ExportTables {
  const countries = new Map<string, Country>();
  for (const r of readLexicon(join(dir, "countries.tsv"), ["iso2", "iso3", "iso_numeric", "country", "region"]).rows) {
    countries.set(r.iso2!.toUpperCase(), { iso2: r.iso2!, iso3: r.iso3!, isoNumeric: Number(r.iso_numeric), name: r.country!, region: r.region! });
  }
  const interByParty = new Map<string, number>();
  const interByKind = new Map<string, number>();
  for (const r of readLexicon(join(dir, "acled-inter-codes.tsv"), ["match", "inter"]).rows) {
    const [kind, value] = splitMatch(r.match!);
    const code = Number(r.inter);
    if (kind === "party") interByParty.set(value, code);
    else if (kind === "kind") interByKind.set(value, code);
    else throw new Error(`acled-inter-codes.tsv row ${r.id}: unknown match "${r.match}"`);
  }
  const disorder = new Map<string, string>();
  for (const r of readLexicon(join(dir, "acled-disorder-types.tsv"), ["event_type", "sub_event_type", "disorder_type"]).rows) {
    disorder.set(`${r.event_type}/${r.sub_event_type ?? ""}`, r.disorder_type!);
  }
  const sectorByParty = new Map<string, string>();
  const sectorByKind = new Map<string, string>();
  for (const r of readLexicon(join(dir, "plover-sectors.tsv"), ["match", "code"]).rows) {
    const [kind, value] = splitMatch(r.match!);
    if (kind === "party") sectorByParty.set(value, r.code!);
    else if (kind === "kind") sectorByKind.set(value, r.code!);
    else throw new Error(`plover-sectors.tsv row ${r.id}: unknown match "${r.match}"`);
  }
  return { countries, interByParty, interByKind, disorder, sectorByParty, sectorByKind };
}

function splitMatch(match: string): [string, string] {
  const colon = match.indexOf(":");
  return colon < 0 ? [match, ""] : [match.slice(0, colon), match.slice(colon + 1)];
}
