import type { ActorKind, EntityType, PartyType } from "../../core/index.js";
import { parseLexiconTsv, splitList, type LexiconTable } from "./read-lexicon-tsv.js";

/**
 * The built-in actor dictionary, compiled once into lookup maps. Countries come with four derived
 * actors each (government, military, police and the people: "gov:AF", "mil:AF", "police:AF",
 * "people:AF"), so the data lists every country once.
 */
export interface DictionaryEntry {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly country: string | null;
  /** CAMEO/PLOVER-style actor code: ISO3 plus a sector (AFGGOV), or IGO/NGO/IMG... */
  readonly code: string | null;
  readonly parent: string | null;
  readonly entityType: EntityType;
}

export type AliasRole = "name" | "adjective" | "people";

export interface AliasForm {
  /** The alias with apostrophes folded to "'", as written in the data. */
  readonly text: string;
  readonly lower: string;
  readonly entryId: string;
  readonly role: AliasRole;
  /** Acronyms and other aliases without a lower-case letter match only in exactly this case. */
  readonly exactCase: boolean;
  /** Offsets in the alias of letters that must be upper case in the text. */
  readonly capitals: readonly number[];
}

export type HeadRole = "sector" | "member" | "person" | "office" | "media" | "collective" | "weapon" | "country-forces";
export type Sector = "gov" | "mil" | "police" | "media";

/** The party types a head may name (heads.tsv, column type). */
export const PARTY_TYPES: readonly PartyType[] = ["GOV", "MIL", "POL", "REB", "UAF", "CVL", "PRO", "RIO", "MED", "PER", "GRP"];

export interface HeadEntry {
  readonly id: string;
  /** Lower-case words of the head phrase. */
  readonly words: readonly string[];
  readonly role: HeadRole;
  readonly sector: Sector | null;
  readonly plural: boolean;
  /** The head alone, as a verb's subject, names the focus country's body ("police said"). */
  readonly bare: boolean;
  /** For collectives, the actor's name before its country: "Protesters" gives "Protesters (Kenya)". */
  readonly label: string | null;
  /** For collectives: whether the country may come from the context, or only from a modifier. */
  readonly countryFromContext: boolean;
  readonly type: PartyType;
  /** The head names people in arms ("soldiers", "police", "constables"), not an institution ("army", "ministry"). */
  readonly inArms: boolean;
  /** After "the", a member head that refers back to a group named before ("the group claimed"). */
  readonly anaphor: boolean;
}

export interface TitleWord {
  readonly id: string;
  readonly role: "head" | "modifier" | "honorific";
  readonly sector: Sector | null;
}

export interface ActorDictionary {
  readonly entries: ReadonlyMap<string, DictionaryEntry>;
  /** ISO2 to the country's name as ACLED writes it where it differs from the dictionary's ("Democratic Republic of Congo", "Ivory Coast"). */
  readonly acledCountryNames: ReadonlyMap<string, string>;
  /** Aliases keyed by the first run of letters or digits of the alias, lower-cased; longest first. */
  readonly aliasesByKey: ReadonlyMap<string, readonly AliasForm[]>;
  /** Head phrases keyed by their first word; longest first. */
  readonly headsByFirstWord: ReadonlyMap<string, readonly HeadEntry[]>;
  /** Title words: a word may be both a head and a modifier ("chief"). */
  readonly titleWords: ReadonlyMap<string, readonly TitleWord[]>;
  /** Words of organisation names that tell the kind of an unknown organisation ("place": a place's name). */
  readonly orgHeads: ReadonlyMap<string, { readonly id: string; readonly kind: ActorKind | "place" }>;
  /** Capital city (lower case) to ISO2, as evidence of an article's country focus. */
  readonly capitals: ReadonlyMap<string, string>;
  /**
   * Capital or seat of government (lower case) to the body it stands for as a party ("moscow": gov:RU, "brussels": igo:eu):
   * every capital of countries.tsv as its country's government, amended by capital-governments.tsv. Read only in the clause
   * roles capital-governments.ts tests; elsewhere the name stays a place.
   */
  readonly capitalGovernments: ReadonlyMap<string, CapitalGovernment>;
  /** ISO2 to the country entry id. */
  readonly countryByIso2: ReadonlyMap<string, string>;
  /** Per head id, the theatre country (ISO2) to the dictionary entry a bare head stands for there ("the coalition" in Yemen). */
  readonly theatreActors: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /**
   * Entry id to the entries of other countries that a later row gave one of its aliases ("media:pti", the Press Trust of
   * India, to "party:pk-pti", Pakistan Tehreek-e-Insaf): the first row keeps the alias in matching; the places of the
   * article may choose another (namesake-by-place.ts).
   */
  readonly namesakes: ReadonlyMap<string, readonly string[]>;
  /**
   * Entry id to the aliases (as written) that name the entry only in one theatre, with its country (ISO2): "AS@SO" in
   * organisations.tsv is al-Shabaab's "AS" in an article whose places lie in Somalia, a company's or a club's "AS"
   * elsewhere (namesake-by-place.ts reads such a mention as no dictionary actor there).
   */
  readonly theatreAliases: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly provenance: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A capital read as the body it stands for: the row that says so (capital:XX when derived from countries.tsv) and the actor. */
export interface CapitalGovernment {
  /** Stable id: capital:XX for a capital of countries.tsv, the row's own id (capgov:...) for one of capital-governments.tsv. */
  readonly id: string;
  /** The name as the data writes it ("New Delhi"). */
  readonly name: string;
  /** The actor dictionary id it stands for ("gov:IN"). */
  readonly actor: string;
}

export interface ActorLexiconTexts {
  readonly countries: string;
  readonly organisations: string;
  readonly heads: string;
  readonly titles: string;
  readonly orgHeads: string;
  /** theatres.tsv; optional so a test may build a dictionary without it. */
  readonly theatres?: string;
  /** data/mappings/countries.tsv: the country names ACLED writes; optional so a test may build a dictionary without it. */
  readonly acledCountries?: string;
  /** capital-governments.tsv; optional so a test may build a dictionary without it (every capital of countries.tsv is then read as its government). */
  readonly capitalGovernments?: string;
}

const KINDS: readonly ActorKind[] = ["person", "government", "military", "police", "armed group", "organisation", "igo", "ngo", "media", "country", "group", "other"];
const SECTORS: readonly Sector[] = ["gov", "mil", "police", "media"];

export function foldApostrophes(s: string): string {
  return s.replace(/[’‘`´]/g, "'");
}

/** The digits an alias opens with when a letter follows them with no space ("3R": "3"), else null. */
function leadingFigure(alias: string): string | null {
  let i = 0;
  while (i < alias.length && alias.charCodeAt(i) >= 48 && alias.charCodeAt(i) <= 57) i++;
  return i > 0 && i < alias.length && /\p{L}/u.test(alias[i]!) ? alias.slice(0, i) : null;
}

/** The lookup key of an alias or a token: its first run of letters or digits, lower-cased (`lower`: s.toLowerCase(), if the caller has it). */
export function keyOf(s: string, lower?: string): string {
  // Fast path for plain ASCII words, the vast majority of tokens.
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)) i++;
    else break;
  }
  // `lower`, when the caller has it, is s.toLowerCase() made already (the token view's): not made again.
  if (i === s.length && i > 0) return lower ?? s.toLowerCase();
  const m = /[\p{L}\p{N}]+/u.exec(s);
  return m ? m[0].toLowerCase() : "";
}

export function compileActorDictionary(texts: ActorLexiconTexts): ActorDictionary {
  const countries = parseLexiconTsv("countries.tsv", texts.countries, ["id", "iso2", "iso3", "name", "aliases", "adjectives", "people", "capital", "article"]);
  const orgs = parseLexiconTsv("organisations.tsv", texts.organisations, ["id", "kind", "name", "country", "code", "aliases", "parent"]);
  const heads = parseLexiconTsv("heads.tsv", texts.heads, ["id", "phrase", "role", "sector", "number", "bare", "label", "country_from", "type"]);
  const titles = parseLexiconTsv("titles.tsv", texts.titles, ["id", "word", "role", "sector"]);
  const orgHeadTable = parseLexiconTsv("org-heads.tsv", texts.orgHeads, ["id", "word", "kind"]);
  const theatreTable = texts.theatres === undefined ? null : parseLexiconTsv("theatres.tsv", texts.theatres, ["id", "head", "country", "actor"]);
  const capitalTable = texts.capitalGovernments === undefined ? null : parseLexiconTsv("capital-governments.tsv", texts.capitalGovernments, ["id", "name", "actor", "notes"]);
  const acledTable = texts.acledCountries === undefined ? null : parseLexiconTsv("countries.tsv", texts.acledCountries, ["id", "iso2", "iso3", "iso_numeric", "country", "region"]);
  const acledCountryNames = new Map<string, string>();
  for (const r of acledTable?.rows ?? []) if (r.iso2 && r.country) acledCountryNames.set(r.iso2.toUpperCase(), r.country);

  const entries = new Map<string, DictionaryEntry>();
  const aliases: AliasForm[] = [];
  const capitals = new Map<string, string>();
  const countryByIso2 = new Map<string, string>();
  const addAlias = (text: string, entryId: string, role: AliasRole) => aliases.push(makeAlias(text, entryId, role));
  const theatreAliases = new Map<string, Map<string, string>>();
  // "AS@SO": an alias read as the row only where the article's places lie in the country after "@".
  const addRowAlias = (raw: string, entryId: string) => {
    const at = raw.lastIndexOf("@");
    const country = at > 0 ? raw.slice(at + 1) : "";
    if (!/^[A-Z]{2}$/.test(country)) return addAlias(raw, entryId, "name");
    const text = raw.slice(0, at);
    addAlias(text, entryId, "name");
    const own = theatreAliases.get(entryId) ?? new Map<string, string>();
    own.set(text, country);
    theatreAliases.set(entryId, own);
  };

  for (const r of countries.rows) {
    const iso2 = r.iso2!, iso3 = r.iso3!, name = r.name!;
    const adjectives = splitList(r.adjectives);
    const people = splitList(r.people);
    const adj = adjectives[0] ?? name;
    // A state's bodies are named as ACLED names them ("Military Forces of the Democratic Republic of Congo"),
    // so that the canonical name and the ACLED name of a state's forces agree.
    const stateName = acledCountryNames.get(iso2) ?? name;
    const ofName = r.article ? `${r.article} ${stateName}` : stateName;
    countryByIso2.set(iso2, r.id!);
    entries.set(r.id!, { id: r.id!, kind: "country", name, country: iso2, code: iso3, parent: null, entityType: "GPE" });
    entries.set(`gov:${iso2}`, { id: `gov:${iso2}`, kind: "government", name: `Government of ${ofName}`, country: iso2, code: `${iso3}GOV`, parent: r.id!, entityType: "ORG" });
    entries.set(`mil:${iso2}`, { id: `mil:${iso2}`, kind: "military", name: `Military Forces of ${ofName}`, country: iso2, code: `${iso3}MIL`, parent: `gov:${iso2}`, entityType: "ORG" });
    entries.set(`police:${iso2}`, { id: `police:${iso2}`, kind: "police", name: `Police Forces of ${ofName}`, country: iso2, code: `${iso3}COP`, parent: `gov:${iso2}`, entityType: "ORG" });
    entries.set(`people:${iso2}`, { id: `people:${iso2}`, kind: "group", name: people[0] ?? `${adj} people`, country: iso2, code: iso3, parent: r.id!, entityType: "NORP" });
    addAlias(name, r.id!, "name");
    for (const a of splitList(r.aliases)) addAlias(a, r.id!, "name");
    for (const a of adjectives) addAlias(a, `people:${iso2}`, "adjective");
    for (const p of people) addAlias(p, `people:${iso2}`, "people");
    for (const c of splitList(r.capital)) capitals.set(c.toLowerCase(), iso2);
  }

  for (const r of orgs.rows) {
    const id = r.id!;
    const kind = r.kind as ActorKind;
    if (!KINDS.includes(kind)) throw new Error(`organisations.tsv: ${id} has unknown kind "${r.kind}"`);
    const derived = entries.get(id);
    if (derived) {
      // A row named like a derived sector actor only adds aliases to it.
      addAlias(r.name!, id, "name");
      for (const a of splitList(r.aliases)) addRowAlias(a, id);
      continue;
    }
    const entityType: EntityType = kind === "group" ? "NORP" : "ORG";
    entries.set(id, { id, kind, name: r.name!, country: r.country || null, code: r.code || null, parent: r.parent || null, entityType });
    addAlias(r.name!, id, "name");
    for (const a of splitList(r.aliases)) addRowAlias(a, id);
  }
  for (const e of entries.values()) {
    if (e.parent && !entries.has(e.parent)) throw new Error(`organisations.tsv: ${e.id} has unknown parent ${e.parent}`);
  }

  const aliasesByKey = new Map<string, AliasForm[]>();
  const seen = new Set<string>();
  const owners = new Map<string, string>();
  const namesakes = new Map<string, string[]>();
  for (const a of aliases) {
    // The first row to claim an alias keeps it: data order decides ambiguous forms. Forms that differ
    // only in capitals are kept apart ("Kurdistan Regional Government" / "Kurdistan regional government").
    const owner = owners.get(a.lower);
    if (owner !== undefined && owner !== a.entryId) {
      // Another country's body written the same way is the owner's namesake, which the article's places may choose.
      const first = entries.get(owner)?.country;
      const later = entries.get(a.entryId)?.country;
      const known = namesakes.get(owner) ?? [];
      if (first && later && first !== later && !known.includes(a.entryId)) namesakes.set(owner, [...known, a.entryId]);
    }
    const dedupe = a.text;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    if (owner !== undefined && owner !== a.entryId) continue;
    owners.set(a.lower, a.entryId);
    const key = keyOf(a.text);
    if (!key) continue;
    const list = aliasesByKey.get(key) ?? [];
    list.push(a);
    aliasesByKey.set(key, list);
    // "3R": the tokenizer splits a figure from the letters after it, so the alias is also found from its figure's token.
    const figure = leadingFigure(a.text);
    if (figure) aliasesByKey.set(figure, [...(aliasesByKey.get(figure) ?? []), a]);
  }
  for (const list of aliasesByKey.values()) list.sort((x, y) => y.text.length - x.text.length);

  const capitalGovernments = compileCapitalGovernments(countries, capitalTable, entries, aliases);

  const headsByFirstWord = new Map<string, HeadEntry[]>();
  for (const r of heads.rows) {
    const words = r.phrase!.toLowerCase().split(/\s+/);
    const role = r.role as HeadRole;
    if (!["sector", "member", "person", "office", "media", "collective", "weapon", "country-forces"].includes(role)) throw new Error(`heads.tsv: ${r.id} has unknown role "${r.role}"`);
    const sector = r.sector ? (r.sector as Sector) : null;
    if (sector && !SECTORS.includes(sector)) throw new Error(`heads.tsv: ${r.id} has unknown sector "${r.sector}"`);
    const type = r.type as PartyType;
    if (!PARTY_TYPES.includes(type)) throw new Error(`heads.tsv: ${r.id} has unknown type "${r.type}"`);
    const entry: HeadEntry = { id: r.id!, words, role, sector, plural: r.number === "pl", bare: r.bare === "yes", label: r.label || null, countryFromContext: r.country_from !== "modifier", type, inArms: r.in_arms === "yes", anaphor: r.anaphor === "yes" };
    if (role === "collective" && !entry.label) throw new Error(`heads.tsv: collective ${r.id} has no label`);
    const list = headsByFirstWord.get(words[0]!) ?? [];
    list.push(entry);
    headsByFirstWord.set(words[0]!, list);
  }
  for (const list of headsByFirstWord.values()) list.sort((x, y) => y.words.length - x.words.length);

  const titleWords = new Map<string, TitleWord[]>();
  for (const r of titles.rows) {
    const role = r.role as TitleWord["role"];
    if (!["head", "modifier", "honorific"].includes(role)) throw new Error(`titles.tsv: ${r.id} has unknown role "${r.role}"`);
    const list = titleWords.get(r.word!.toLowerCase()) ?? [];
    list.push({ id: r.id!, role, sector: r.sector ? (r.sector as Sector) : null });
    titleWords.set(r.word!.toLowerCase(), list);
  }

  const orgHeads = new Map<string, { id: string; kind: ActorKind | "place" }>();
  for (const r of orgHeadTable.rows) {
    const kind = r.kind as ActorKind | "place";
    if (kind !== "place" && !KINDS.includes(kind)) throw new Error(`org-heads.tsv: ${r.id} has unknown kind "${r.kind}"`);
    orgHeads.set(r.word!.toLowerCase(), { id: r.id!, kind });
  }

  const theatreActors = new Map<string, Map<string, string>>();
  for (const r of theatreTable?.rows ?? []) {
    if (!entries.has(r.actor!)) throw new Error(`theatres.tsv: ${r.id} names unknown actor "${r.actor}"`);
    const byCountry = theatreActors.get(r.head!) ?? new Map<string, string>();
    byCountry.set(r.country!, r.actor!);
    theatreActors.set(r.head!, byCountry);
  }

  const provenance = Object.fromEntries(
    [countries, orgs, heads, titles, orgHeadTable, ...(theatreTable ? [theatreTable] : []), ...(capitalTable ? [capitalTable] : [])].map((t: LexiconTable) => [t.name, t.provenance]),
  );
  return { entries, acledCountryNames, aliasesByKey, headsByFirstWord, titleWords, orgHeads, capitals, capitalGovernments, countryByIso2, theatreActors, namesakes, theatreAliases, provenance };
}

/**
 * Every capital of countries.tsv as its country's government (capital:XX, gov:XX), then the rows of capital-governments.tsv:
 * a row naming an actor adds or re-points its name, a row with "-" drops it. A capital written like one of the dictionary's
 * names ("Singapore", "Luxembourg") is left out: the name is the country's already, an actor wherever it stands.
 */
function compileCapitalGovernments(countries: LexiconTable, table: LexiconTable | null, entries: ReadonlyMap<string, DictionaryEntry>, aliases: readonly AliasForm[]): Map<string, CapitalGovernment> {
  const named = new Set(aliases.map((a) => a.lower));
  const out = new Map<string, CapitalGovernment>();
  for (const r of countries.rows) {
    for (const c of splitList(r.capital)) {
      const lower = foldApostrophes(c).toLowerCase();
      if (!named.has(lower)) out.set(lower, { id: `capital:${r.iso2!}`, name: c, actor: `gov:${r.iso2!}` });
    }
  }
  for (const r of table?.rows ?? []) {
    const lower = foldApostrophes(r.name!).toLowerCase();
    if (r.actor === "-") {
      out.delete(lower);
      continue;
    }
    if (!entries.has(r.actor!)) throw new Error(`capital-governments.tsv: ${r.id} names unknown actor "${r.actor}"`);
    out.set(lower, { id: r.id!, name: r.name!, actor: r.actor! });
  }
  return out;
}

function makeAlias(raw: string, entryId: string, role: AliasRole): AliasForm {
  const text = foldApostrophes(raw);
  const exactCase = text === text.toUpperCase();
  // Every capital of the alias must be a capital in the text: "Islamic State" but not "Islamic state".
  const capitals: number[] = [];
  if (!exactCase) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) capitals.push(i);
    }
  }
  return { text, lower: text.toLowerCase(), entryId, role, exactCase, capitals };
}

/** A country's name as ACLED writes it in its actor labels ("Civilians (Ivory Coast)"), from its ISO2 code; null when unknown. */
export function acledCountryName(dict: ActorDictionary, iso2: string): string | null {
  return dict.acledCountryNames.get(iso2) ?? dict.entries.get(`country:${iso2}`)?.name ?? null;
}
