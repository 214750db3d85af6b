import type { LayerAnnotation } from "../../core/index.js";
import { tokenLowerTexts, tokenTexts } from "../../core/token-texts.js";
import { foldName } from "./fold-name.js";
import type { Gazetteer } from "./gazetteer.js";
import { MAJOR_PLACE_POPULATION, MAX_TOPONYM_TOKENS } from "./heuristics.js";
import type { PlaceCue, PlacesLexicons } from "./places-lexicons.js";
import { joinCoordinatedNames } from "./join-coordinated-names.js";
import { trimDivisionTypeWords } from "./trim-division-type-words.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { ARTICLES } from "../../lexicons/grammar-words.js";

const PLACE_WORDS = stageWordClasses("places");

type Token = LayerAnnotation<"token">;
type Entity = LayerAnnotation<"entity">;

/** A span of text that names a place, before it is resolved. */
export interface ToponymMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Folded lookup key (see foldName). */
  readonly key: string;
  /** Token index range [first, last] of the span. */
  readonly firstToken: number;
  readonly lastToken: number;
  /** A word beside it that says what kind of place it is ("province", "city of"). */
  readonly cue: PlaceCue | null;
  /** How it was found: a rule id of this stage, or the entity layer. */
  readonly rule: string;
  /**
   * True when the span names a facility at the place `key` names ("Seoul City Hall", key "seoul"):
   * it is placed at that place and marked as an approximation.
   */
  readonly facility?: boolean;
}

/** Everything detection reads from a document. */
export interface ToponymInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
}

/** What detection found besides places: demonyms, which tell the article's country focus. */
export interface DetectedToponyms {
  readonly mentions: ToponymMention[];
  /** ISO2 codes of the demonyms met ("Afghan" -> AF), once per occurrence. */
  readonly demonymCountries: string[];
  /** Where each of `demonymCountries` starts in the text, in the same order. */
  readonly demonymStarts: number[];
  /** Gazetteer matches turned down, with the rule that did it, for error analysis. */
  readonly rejected: { readonly start: number; readonly end: number; readonly reason: string }[];
}

/** Rule of a name written in brackets after a place, as its container ("Janaale (Marka, Lower Shabelle)"). */
export const BRACKET_CONTAINER_RULE = "bracket-container";
/** Rule of the place before such brackets. */
export const BRACKETED_PLACE_RULE = "bracketed-place";

/** Lower-case words allowed inside a multi-word place name ("Bosnia and Herzegovina", "Isle of Man"). */
const NAME_CONNECTORS = PLACE_WORDS.get("name-connectors");

/** Capitalised words that may precede a place name without making it part of another name. */
const LEADING_ALLOWED = PLACE_WORDS.get("leading-allowed");

/** Capitalised words that may follow a place name and describe it rather than extend it. */
const TRAILING_ALLOWED = PLACE_WORDS.get("trailing-allowed");

/** Verbs of saying: "Trapani said" is a person speaking, unless the name is a country or a large city. */
const SPEECH_VERBS = PLACE_WORDS.get("speech-verbs");

/** Token k exists and lies in sentence `sentence` (a module function: no closure made per token). */
function inSentenceOf(tokens: readonly Token[], k: number, sentence: number): boolean {
  return k >= 0 && k < tokens.length && tokens[k]!.data.sentence === sentence;
}

/** Auxiliaries between a name and a word of what only a person undergoes ("Bryant is suspected", "Jones has been charged"). */
const PERSON_PREDICATE_AUXILIARIES: ReadonlySet<string> = new Set(["is", "was", "has", "had", "have"]);

/** Words of geographic names ("Lake Manassas", "Faubourg Marigny"): such a name is not a person's. */
const GEOGRAPHIC_WORDS = PLACE_WORDS.get("geographic-words");

/** Words that join the items of a list of names ("Eva Forest and Mari Luz Fernandez", "neither Forest nor Luz Fernandez"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(["and", "or", "nor"]);

/** A name written in capitals, dots and spaces ("CAR", "U.A.E."): how an abbreviation is written. */
const CAPITALS_WRITTEN = /^[A-Z.\s]+$/;

/** Titles: the name after one is a person ("Mr. Kabul", "Gen. Jackson"). */
const PERSON_TITLES = PLACE_WORDS.get("person-titles");

/** Punctuation after a sentence-initial name that marks a dateline or a list of places ("KABUL, Afghanistan"). */
const PLACE_FOLLOWERS = new Set([",", "(", "—", "–", "-", ":"]);

/** Head words that are never surnames: a PERSON-tagged name ending in one is a road ("Sunny Hills Drive"). */
const ROAD_WORDS = PLACE_WORDS.get("road-words");

/** Gazetteer kinds of the provinces and districts that contain a town. */
const DIVISION_KINDS: ReadonlySet<string> = new Set(["admin1", "admin2"]);

/** Words of a place name before the comma of its container ("in Mir Ali, North Waziristan": 2). Unit: tokens. */
const CONTAINED_NAME_MAX_TOKENS = 3;

/** Lower-case locative words that never stand inside an organisation's name ("Line of Control in Kupwara"). */
const IN_NAME_LOCATIVES: ReadonlySet<string> = new Set(["in", "near"]);

/** Words of a road named by the towns it joins ("the Kaduna-Abuja highway"). */
const ROAD_NAMED_BY_ENDS: ReadonlySet<string> = PLACE_WORDS.get("road-named-by-ends");
/** Two capitalised names joined by a hyphen or an en dash in one word ("Kaduna-Abuja", "Maiduguri–Damboa"). */
const TOWN_TO_TOWN = /^(\p{Lu}[\p{L}'’]*)[-–](\p{Lu}[\p{L}'’]*)$/u;

/** Whether a word holds the "-" or "–" TOWN_TO_TOWN joins its towns with (a test it cannot match without). */
function hasTownDash(w: string): boolean {
  for (let i = 1; i < w.length - 1; i++) {
    const c = w.charCodeAt(i);
    if (c === 45 || c === 0x2013) return true;
  }
  return false;
}

/** Place words that mark an unlisted name right before it, with no "of" ("near Qarvesh", "village Qarvesh"). */
const DIRECT_CUE_WORDS = PLACE_WORDS.get("direct-cue-words");

/** Longest name the gazetteer lacks that we still take for a place, in tokens. */
const MAX_UNLISTED_TOKENS = 3;
/** Words that may stand between the comma and the person noun of an apposition ("Eva Forest, the wife of"). */
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, "his", "her", "their"]);

/** Adjectives of direction that, after a locative word, say a place follows ("in southern Idleb"). */
const COMPASS_ADJECTIVES = PLACE_WORDS.get("compass-adjectives");

/** A possessive token as the tokenizer splits it off a name ("'s", "’s"). */
const POSSESSIVE_SUFFIX = /^['’]s$/;

/** Whether the name ending at token `last` possesses what starts at token `next` ("Somalia|'s|capital", "Botswana|'s|North-West"). */
export function isPossessorBefore(tokenWords: readonly string[], last: number, next: number): boolean {
  return next === last + 2 && POSSESSIVE_SUFFIX.test(tokenWords[last + 1] ?? "");
}
/** Words before "the capital" that make it a description of a place named before it. */
const APPOSITION_OR_COPULA: ReadonlySet<string> = PLACE_WORDS.get("apposition-or-copula");
/** The cue a country's capital named by the word "capital" carries: it says the place is a capital. */
const CAPITAL_CUE: PlaceCue = { id: "cue:capital-of-country", kind: "capital" };

/**
 * "In the capital, several thousand people marched": "the capital" with no country and no name of its own names the
 * capital of the country the story is about, which only resolution knows (places-stage.ts, capitalsOfStoryCountry).
 * The token indexes of such words "capital", outside every span already found; not "the capital of X" or "the Afghan
 * capital" (findCapitalsOfCountries reads those), not after an apposition or a copula ("Abuja, the capital"), and not
 * before a noun other than "city" ("the capital markets", "the capital budget").
 */
export function bareCapitalWords(tokenWords: readonly string[], tokenPos: readonly string[], sentences: readonly number[], mentions: readonly ToponymMention[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < tokenWords.length; i++) {
    if (tokenWords[i] !== "capital" || tokenWords[i - 1]!.toLowerCase() !== "the") continue;
    if (i >= 2 && APPOSITION_OR_COPULA.has(tokenWords[i - 2]!.toLowerCase())) continue;
    const same = (k: number) => k < tokenWords.length && sentences[k] === sentences[i];
    const next = same(i + 1) ? tokenWords[i + 1]! : "";
    if (next === "of" || isCapitalised(next) || (next === "," && same(i + 2) && isCapitalised(tokenWords[i + 2]!))) continue;
    if (same(i + 1) && tokenPos[i + 1] === "NOUN" && next !== "city") continue;
    if (mentions.some((m) => m.firstToken <= i && m.lastToken >= i)) continue;
    out.push(i);
  }
  return out;
}
/** The cue of a bare "the capital": the story country's capital city. */
export const STORY_CAPITAL_CUE: PlaceCue = { id: "cue:capital-of-story-country", kind: "capital" };

/** Division words the gazetteer also indexes as part of a name ("North West region", "Oaxaca state"). */
const TYPED_NAME_WORDS = PLACE_WORDS.get("typed-name-words");

/** Type words that stay a place cue when capitalised as part of the name ("Helmand Province"). */
const CAPITALISED_TYPE_WORDS = PLACE_WORDS.get("capitalised-type-words");

/**
 * Whether a name the gazetteer lacks looks like a toponym at all: capitalised, no digits, not a
 * stoplisted common word, not a demonym ("Syrian"), not a short acronym ("ISIL"), not a title.
 */
function isUnlistedNameShape(surface: string, key: string, lexicons: PlacesLexicons): boolean {
  if (!surface || !isCapitalised(surface) || /\d/.test(surface)) return false;
  if (lexicons.stoplist.has(key) || lexicons.demonyms.has(key)) return false;
  if (/^[A-Z.]{2,5}$/.test(surface)) return false;
  const firstWord = key.split(" ")[0]!;
  if (PERSON_TITLES.has(firstWord) || lexicons.stoplist.has(firstWord) && key.split(" ").length === 1) return false;
  return true;
}

/** Direction words that may follow a facility's type word ("Qayyarah Airfield West"). */
const FACILITY_SUFFIXES = PLACE_WORDS.get("facility-suffixes");

/**
 * The place key inside a facility's name: "Seoul City Hall" -> "seoul", "Qayyarah Airfield West" ->
 * "qayyarah", when the words after the place are a facility type (facility-heads.tsv); else null.
 */
export function facilityPlaceKey(phrase: string, gazetteer: Gazetteer, lexicons: PlacesLexicons): string | null {
  const words = phrase.replace(/^the\s+/i, "").split(/\s+/);
  if (words.length > 1 && FACILITY_SUFFIXES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    if (!lexicons.facilityHeads.has(words.slice(-n).join(" ").toLowerCase())) continue;
    const place = words.slice(0, -n).join(" ");
    return gazetteer.findKey(foldName(place), place);
  }
  return null;
}

/**
 * Type words written after a place's name that the gazetteer's names do not carry: English ones and
 * those of the divisions incident notes name by their local type (Nigeria's LGAs, Congo's territories,
 * West Africa's communes and departments, Pakistan's tehsils, Ethiopia's woredas). Not "township": a US
 * township ("Jackson Township") is a division of its own, not the town it is named after.
 * (?<!\s): a match starts only at the first space of a run, so a long run is scanned once.
 */
const NAME_TYPE_SUFFIX = /(?<!\s)\s+(city|town|province|district|governorate|region|county|state|village|lga|territory|commune|municipality|prefecture|department|tehsil|woreda|raion|sub-?district|sub-?county)$/i;

/**
 * The indexed key of a name marked as a place, main or secondary index: as written, else without a
 * type word the gazetteer's names do not carry ("Birnin Gwari LGA" -> Birnin Gwari); null if neither.
 */
function findTypedName(surface: string, gazetteer: Gazetteer): string | null {
  const found = gazetteer.findKey(foldName(surface), surface, true);
  if (found) return found;
  const bare = surface.replace(NAME_TYPE_SUFFIX, "");
  return bare !== surface && bare ? gazetteer.findKey(foldName(bare), bare, true) : null;
}

/** The lookup key of a toponym phrase: as written, else without a leading "the" or a trailing "'s", else as folded. */
export function keyOfPhrase(phrase: string, gazetteer: Gazetteer, lexicons: PlacesLexicons): string {
  const noThe = phrase.replace(/^the\s+/i, "");
  for (const t of [phrase, noThe, phrase.replace(/['’]s$/, ""), noThe.replace(/['’]s$/, "")]) {
    const key = foldName(t);
    if (lexicons.demonyms.has(key)) return key;
    const found = gazetteer.findKey(key, t, true);
    if (found) return found;
  }
  // "CALAMBA CITY", "Nangarhar Province", "Birnin Gwari LGA": the name without its type word.
  const bare = noThe.replace(/['’]s$/, "").replace(NAME_TYPE_SUFFIX, "");
  if (bare !== noThe) {
    const found = gazetteer.findKey(foldName(bare), bare, true);
    if (found) return found;
  }
  return foldName(noThe.replace(/['’]s$/, ""));
}

/** An Arabic article written in lower case and hyphenated to a capitalised name ("al-Sukhnah", "el-Fasher", "Salah al-Din"). */
const LOWER_ARTICLE_NAME = /^(?:al|el|ad|ar|as|at|az|an|ash|ath)-\p{Lu}/u;

/** Whether the token after `last` is a lower-case Arabic article hyphenated to a name, written right after it ("Ras" + " al-Ain"). */
function continuesWithArabicArticle(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.data.sentence !== tokens[last]!.data.sentence || !/^\s{1,2}$/.test(text.slice(tokens[last]!.end, next.start))) return false;
  return LOWER_ARTICLE_NAME.test(text.slice(next.start, next.end));
}

/**
 * "Badia al-Sukhnah" tagged LOC "Badia" with "al-Sukhnah" left out or tagged apart ("al-Sham" MISC): a
 * name entity goes on through the lower-case Arabic articles written right after it, and entities
 * inside the widened span are dropped. The entity layer itself is left as it is.
 */
function widenOverArabicArticles(text: string, tokens: readonly Token[], entities: readonly Entity[]): readonly Entity[] {
  if (entities.length === 0) return entities;
  const out: Entity[] = [];
  let widenedTo = -1;
  // Entities in text order, walked with one pointer into the tokens: linear in the text.
  let k = 0;
  for (const ent of [...entities].sort((a, b) => a.start - b.start)) {
    if (ent.start < widenedTo) continue;
    while (k < tokens.length && tokens[k]!.end < ent.end) k++;
    let last = k;
    if (last >= tokens.length || tokens[last]!.end !== ent.end) { out.push(ent); continue; }
    const from = last;
    while (continuesWithArabicArticle(text, tokens, last)) last++;
    if (last === from) { out.push(ent); continue; }
    const end = tokens[last]!.end;
    widenedTo = end;
    out.push({ ...ent, end, data: { ...ent.data, text: text.slice(ent.start, end) } });
  }
  return out;
}

/** Name particles a widened name may cross ("Calle del Correo": 1; "Avenida de la Independencia" would need 2). */
const MAX_PARTICLE_HOPS = 2;

/*
 * widenOverNameParticles' tests, as module functions rather than closures made per document: under
 * the bundler's keepNames (and tsx) each closure bound to a name costs a defineProperty of the name.
 */

/** Token i written right after the previous token, in its sentence: one or two spaces only. */
function isJoinedToPrevious(text: string, tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i]!.data.sentence === tokens[i - 1]!.data.sentence && /^ {1,2}$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/** A capitalised word of the lexicon's unlisted leads. */
function isUnlistedLead(words: readonly string[], lexicons: PlacesLexicons, i: number): boolean {
  return isCapitalised(words[i]!) && lexicons.unlistedLeads.has(words[i]!.toLowerCase());
}

/**
 * "Calle del Correo" tagged "Calle" and "Correo" apart, "Barra da Tijuca" as "Barra" and "Tijuca",
 * "Rue Victor Hugo" tagged PERSON, "Avenida das Americas" as MISC and ORG: a place name of the
 * languages that write a street word first or join words with a lower-case particle is one name.
 * A GPE/LOC entity, or any entity that begins with a street word (unlisted-gates.tsv role lead),
 * goes on through a particle (role particle) and the capitalised word after it, and takes in a
 * capitalised street word right before it; it is then a LOC, and entities inside the widened span
 * are dropped. The entity layer itself is left as it is.
 */
function widenOverNameParticles(text: string, tokens: readonly Token[], entities: readonly Entity[], lexicons: PlacesLexicons): readonly Entity[] {
  if (entities.length === 0 || lexicons.nameParticles.size === 0) return entities;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  // Each token's text sliced once per document (token-texts.ts), as findToponyms reads it.
  const words = tokenTexts(text, tokens);
  const widened: { from: number; start: number; end: number; ent: Entity }[] = [];
  let k = 0;
  for (const ent of sorted) {
    while (k < tokens.length && tokens[k]!.end <= ent.start) k++;
    const first = k;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < ent.end) last++;
    if (first >= tokens.length || tokens[last]!.end !== ent.end) continue;
    const led = isUnlistedLead(words, lexicons, first) && last > first;
    const seed = ent.data.type === "GPE" || ent.data.type === "LOC" || (isUnlistedLead(words, lexicons, first) && ent.data.type !== "NORP");
    if (!seed) continue;
    let from = first;
    if (!isUnlistedLead(words, lexicons, first) && first > 0 && isJoinedToPrevious(text, tokens, first) && isUnlistedLead(words, lexicons, first - 1)) from = first - 1;
    let to = last;
    for (let hop = 0; hop < MAX_PARTICLE_HOPS; hop++) {
      const p = to + 1;
      if (p + 1 >= tokens.length || !isJoinedToPrevious(text, tokens, p) || !isJoinedToPrevious(text, tokens, p + 1) || !lexicons.nameParticles.has(words[p]!) || !isCapitalised(words[p + 1]!)) break;
      to = p + 1;
    }
    if (from === first && to === last && !(led && ent.data.type !== "LOC" && ent.data.type !== "GPE")) continue;
    widened.push({ from, start: tokens[from]!.start, end: tokens[to]!.end, ent });
  }
  if (widened.length === 0) return entities;
  // One widened span per stretch of text: the first that reaches it.
  const kept = widened.filter((x, i) => i === 0 || x.start >= widened[i - 1]!.end);
  const byEntity = new Map(kept.map((x) => [x.ent, x] as const));
  const out: Entity[] = [];
  let w = 0;
  for (const ent of sorted) {
    const own = byEntity.get(ent);
    if (own) { out.push({ ...ent, start: own.start, end: own.end, data: { ...ent.data, type: "LOC", text: text.slice(own.start, own.end) } }); continue; }
    while (w < kept.length && kept[w]!.end <= ent.start) w++;
    const span = kept[w];
    // Inside (or across the edge of) a widened name: that name's part.
    if (span && ent.start < span.end && ent.end > span.start) continue;
    out.push(ent);
  }
  return out;
}

/** A word that can begin or end a place name: capitalised, or a capitalised name behind a lower-case Arabic article. */
function isNameWord(t: string): boolean {
  return isCapitalised(t) || LOWER_ARTICLE_NAME.test(t);
}

function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = t[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isWordToken(t: string): boolean {
  // An empty token is no word (charCodeAt's NaN was none either): read in bounds, or the optimised callers are deoptimised.
  if (t.length === 0) return false;
  const c = t.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 128 && /^\p{L}/u.test(t);
}

/** Index of the first token that ends after `offset` (binary search; tokens are in text order), or -1. */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) hi = mid; else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

/** Entity type covering each token, for the ORG/PERSON/NORP exclusions and GPE/LOC confirmations. */
function entityAt(tokens: readonly Token[], entities: readonly Entity[]): (Entity | undefined)[] {
  const out: (Entity | undefined)[] = new Array(tokens.length);
  if (entities.length === 0) return out;
  let e = 0;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (e < sorted.length && sorted[e]!.end <= t.start) e++;
    const ent = sorted[e];
    if (ent && ent.start < t.end && t.start < ent.end) out[i] = ent;
  }
  return out;
}

/** The cue words next to a span: "Parwan province" (after), "the city of Jalalabad" (before). */
/** Articles that open a place's apposition ("Talish, a village in ..."). */
const APPOSITION_ARTICLES: ReadonlySet<string> = ARTICLES;
/** Words between the article and the type word of an apposition ("a small remote village": 2). */
const APPOSITION_MAX_MODIFIERS = 2;
/** Words after an apposition's type word that place it ("a village in", "a town 20 km north of", "a suburb of"). */
const APPOSITION_PREPOSITIONS: ReadonlySet<string> = PLACE_WORDS.get("apposition-prepositions");

export function findCue(tokens: readonly Token[], text: string, first: number, last: number, lexicons: PlacesLexicons): PlaceCue | null {
  const next = tokens[last + 1];
  if (next && next.data.sentence === tokens[last]!.data.sentence) {
    const cue = lexicons.cuesAfter.get(text.slice(next.start, next.end).toLowerCase());
    if (cue) return cue;
  }
  const prev = tokens[first - 1];
  if (prev && prev.data.sentence === tokens[first]!.data.sentence) {
    const prevWord = text.slice(prev.start, prev.end).toLowerCase();
    const direct = lexicons.cuesBefore.get(prevWord);
    if (direct) return direct;
    const prev2 = tokens[first - 2];
    if (prevWord === "of" && prev2) {
      const cue = lexicons.cuesBefore.get(text.slice(prev2.start, prev2.end).toLowerCase());
      // "the capital of X" names X's country, not a capital city: only kind cues count here.
      if (cue && cue.kind !== "capital") return cue;
    }
  }
  return null;
}

/**
 * Finds toponyms: GPE/LOC entities from the entity layer, and capitalised token sequences that
 * match a gazetteer name as a whole. A match that is only part of a longer capitalised name
 * ("Kabul University", "Islamic State-Khorasan"), inside an ORG/PERSON/NORP entity, after a title
 * ("Mr. Kabul"), or a stoplisted common word ("Of", "Police") is not a place.
 */
export function findToponyms(input: ToponymInput, gazetteer: Gazetteer, lexicons: PlacesLexicons): DetectedToponyms {
  const { text, tokens } = input;
  const entities = widenOverNameParticles(text, tokens, widenOverArabicArticles(text, tokens, joinCoordinatedNames(text, trimDivisionTypeWords(text, tokens, input.entities, gazetteer, lexicons), gazetteer)), lexicons);
  // Each token's text sliced once (token-texts.ts); out of range, the slice throws as it always did.
  const words = tokenTexts(text, tokens);
  const word = (i: number) => words[i] ?? text.slice(tokens[i]!.start, tokens[i]!.end);
  // Each token's text lower-cased once per document (token-texts.ts), shared with the actors and quotes stages.
  const lowers = tokenLowerTexts(text, tokens);
  const lowerWord = (i: number) => lowers[i] ?? word(i).toLowerCase();
  // Each token's folded key (fold-name.ts) made once: the surnames, the persons by context, the
  // gazetteer names and the cued names each fold the same capitalised words again.
  const foldedWords: (string | undefined)[] = new Array(tokens.length);
  const foldedWord = (i: number) => (foldedWords[i] ??= foldName(word(i)));
  const ents = entityAt(tokens, entities);
  const mentions: ToponymMention[] = [];
  const demonymCountries: string[] = [];
  const demonymStarts: number[] = [];
  const demonymByEnd = new Map<number, string>();
  const rejected: { start: number; end: number; reason: string }[] = [];
  const taken = new Uint8Array(tokens.length);

  const surnames = findSurnames();
  for (const key of findPersonsByContext()) surnames.add(key);
  findBracketedPlaces();

  const isAbbreviationInLowerCase = (key: string, surface: string) => gazetteer.isCapitalsOnly(key) && !CAPITALS_WRITTEN.test(surface);
  // The two main passes are functions of their own, not this function's body: as one body with the
  // passes inline, TurboFan took about a second of CPU to compile it (--trace-opt, 500 IndiaPoliceEvents
  // articles), ~10% of the run's CPU, once in every process; compiled apart, the hot one takes ~50 ms.
  findEntityPlaces();
  findGazetteerNames();
  findCuedUnlistedNames();
  findRoadEnds();
  findCapitalsOfCountries();
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, demonymCountries, demonymStarts, rejected };

  /** 1. Entities the entity layer calls places. */
  function findEntityPlaces(): void {
    for (const ent of entities) {
      if (ent.data.type === "NORP") {
        const iso = lexicons.demonyms.get(foldName(ent.data.text));
        if (iso && !iso.startsWith("region:")) { demonymCountries.push(iso.slice(0, 2)); demonymStarts.push(ent.start); demonymByEnd.set(ent.end, iso.slice(0, 2)); }
        continue;
      }
      // "Strickland Avenue" tagged ORG, "Sunny Hills Drive" tagged PERSON: a place head word ending
      // the name makes it a place whatever the tagger said (gazetteer names are left to pass 2).
      // "killed a man in Khan Younis" tagged PERSON, "east of Konduga" tagged ORG: a name the gazetteer
      // lists, right after a locative word, is the place whatever the tagger said.
      const retagged = (ent.data.type === "PERSON" || ent.data.type === "ORG") && isRetaggedPlace(ent);
      const placeType = ent.data.type === "GPE" || ent.data.type === "LOC" || retagged;
      if (!placeType) {
        const words = ent.data.text.split(/\s+/);
        const head = words[words.length - 1]!.toLowerCase().replace(/\.$/, "");
        if (words.length < 2 || !lexicons.unlistedHeads.has(head)) continue;
        // "Angela Hill", "Marvin F. Lane": in a person's name only a road word is a road.
        if (ent.data.type === "PERSON" && !ROAD_WORDS.has(head)) continue;
      }
      let start = ent.start;
      let surface = text.slice(ent.start, ent.end);
      const lead = /^the\s+/i.exec(surface);
      if (lead) { start += lead[0].length; surface = surface.slice(lead[0].length); }
      const plain = surface.replace(/['’]s$/, "");
      // A name the tagger calls a place may be in the secondary index only (an alternate spelling,
      // "Kuysinjaq"; a village): like an unlisted name, it needs a word that says place.
      // Folded once for the two look-ups and the unlisted name's key.
      const folded = foldName(plain);
      const main = gazetteer.findKey(folded, plain);
      const secondary = !main && placeType ? gazetteer.findKey(folded, plain, true) : null;
      const listed = main ?? secondary;
      if (!placeType && listed) continue;
      // "Us citizens", "Car bombs": the letters of an abbreviation not written in capitals are a word, whatever the tagger said.
      if (listed && isAbbreviationInLowerCase(listed, plain)) continue;
      const facilityKey = listed ? null : facilityPlaceKey(plain, gazetteer, lexicons);
      if (facilityKey) {
        const first = firstTokenEndingAfter(tokens, start);
        let last = first;
        while (last + 1 < tokens.length && tokens[last + 1]!.start < ent.end) last++;
        if (first < 0 || taken[first]) continue;
        for (let k = first; k <= last; k++) taken[k] = 1;
        mentions.push({ start, end: ent.end, text: surface, key: facilityKey, firstToken: first, lastToken: last, cue: null, rule: `entity-${ent.data.type.toLowerCase()}-facility`, facility: true });
        continue;
      }
      const key = listed ? typedKey(ent.end, listed) : folded;
      if (!main && !isUnlistedNameShape(plain, key, lexicons)) continue;
      const first = firstTokenEndingAfter(tokens, start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < ent.end) last++;
      // Taken already: a bracketed place (findBracketedPlaces).
      if (first < 0 || taken[first] || taken[last]) continue;
      // "the town of Cox's Bazar" tagged "Cox": a listed name that goes on through a possessive is left to pass 2, which takes the longer name.
      if (continuesThroughPossessive(start, last)) continue;
      if (!main && (last - first + 1 > MAX_UNLISTED_TOKENS || !(retagged || hasPlaceEvidence(first, last)))) continue;
      if (!main && isPersonByApposition(last)) continue;
      if (!main && isCoordinatedWithPerson(first, last, key)) continue;
      if (first === last && isLoneNonPlaceWord(first, key, plain)) continue;
      if (listed && gazetteer.isInstitution(listed) && !afterLocativeWord(first)) continue;
      if (isVesselName(first)) continue;
      for (let k = first; k <= last; k++) taken[k] = 1;
      mentions.push({ start, end: ent.end, text: surface, key, firstToken: first, lastToken: last, cue: findCue(tokens, text, first, last, lexicons), rule: `entity-${ent.data.type.toLowerCase()}${retagged ? "-retagged" : ""}${main ? "" : secondary ? "-secondary" : placeType ? "-unlisted" : "-headed"}` });
    }
  }

  /** Whether "<name> 's <Word>" from `start` through the word after the possessive that follows token `last` is a gazetteer name. */
  function continuesThroughPossessive(start: number, last: number): boolean {
    const p = last + 1, n = last + 2;
    if (n >= tokens.length || tokens[n]!.data.sentence !== tokens[last]!.data.sentence || !POSSESSIVE_SUFFIX.test(word(p)) || tokens[p]!.start !== tokens[last]!.end || !isNameWord(word(n))) return false;
    const surface = text.slice(start, tokens[n]!.end);
    return gazetteer.findKey(foldName(surface), surface) !== null;
  }

  /** 2. Capitalised sequences that are gazetteer names. */
  function findGazetteerNames(): void {
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i]) continue;
      const w = word(i);
      if (!isWordToken(w) || !isCapitalised(w)) continue;
      const folded = foldedWord(i);
      const demonym = lexicons.demonyms.get(folded);
      if (demonym && !(ents[i] && (ents[i]!.data.type === "GPE" || ents[i]!.data.type === "LOC"))) {
        if (!demonym.startsWith("region:")) { demonymCountries.push(demonym.slice(0, 2)); demonymStarts.push(tokens[i]!.start); }
        continue;
      }
      const sentence = tokens[i]!.data.sentence;
      // "in southern Idleb", "across northern Hiran": a locative word and a compass adjective mark a
      // place, so a name only the secondary index knows (an alternate spelling, a district) counts.
      const secondaryHere = i >= 2 && COMPASS_ADJECTIVES.has(lowerWord(i - 1)) && tokens[i - 2]!.data.sentence === sentence && lexicons.unlistedBefore.has(lowerWord(i - 2));
      let matchEnd = -1;
      let matchKey = "";
      for (let j = i; j < tokens.length && j < i + MAX_TOPONYM_TOKENS; j++) {
        const t = tokens[j]!;
        if (t.data.sentence !== sentence || taken[j]) break;
        const wj = word(j);
        // An abbreviation split by the tokenizer ("Tex" "."), never a sentence's full stop after a name.
        const isPeriod = wj === "." && j > i && t.start === tokens[j - 1]!.end && /^[A-Z][A-Za-z]{0,3}$/.test(word(j - 1)) && tokens[j + 1]?.data.sentence === sentence;
        // "Cox's Bazar", "Martha's Vineyard": a possessive written onto a name word may be part of a longer name
        // (only a longer match is taken: "Kabul's governor" stays "Kabul").
        const possessive = j > i && POSSESSIVE_SUFFIX.test(wj) && t.start === tokens[j - 1]!.end;
        if (j > i && !isPeriod && !possessive && !isNameWord(wj) && !NAME_CONNECTORS.has(lowerWord(j)) && wj !== ",") break;
        // A run is looked up (and its text sliced and folded) only where it ends on a name word or an abbreviation's
        // period: a comma or connector ("Bosnia and") only carries the run on.
        if (isNameWord(wj) || isPeriod) {
          // The run of one word is the word itself, folded above.
          const surface = j === i ? w : text.slice(tokens[i]!.start, t.end);
          const found = gazetteer.findKey(j === i ? folded : foldName(surface), surface, secondaryHere);
          if (found) { matchEnd = j; matchKey = found; }
        }
      }
      // "Ras al-Ain", "Badia al-Sukhnah": a name whose next word is a hyphenated Arabic article goes on;
      // its first words alone ("Ras", "Badia") name another place, often abroad.
      if (matchEnd >= 0 && continuesWithArabicArticle(text, tokens, matchEnd)) continue;
      if (matchEnd < 0) continue;
      // "Car bombs" (a heading): the letters of an abbreviation ("CAR") not written in capitals are a word.
      if (isAbbreviationInLowerCase(matchKey, text.slice(tokens[i]!.start, tokens[matchEnd]!.end))) {
        rejected.push({ start: tokens[i]!.start, end: tokens[matchEnd]!.end, reason: "abbreviation-case" });
        continue;
      }
      const facilityEnd = facilityAfter(matchEnd);
      if (facilityEnd > matchEnd && !rejectReason(i, facilityEnd)) {
        for (let k = i; k <= facilityEnd; k++) taken[k] = 1;
        mentions.push({ start: tokens[i]!.start, end: tokens[facilityEnd]!.end, text: text.slice(tokens[i]!.start, tokens[facilityEnd]!.end), key: matchKey, firstToken: i, lastToken: facilityEnd, cue: null, rule: "gazetteer-facility", facility: true });
        i = facilityEnd;
        continue;
      }
      const rule = rejectReason(i, matchEnd);
      if (rule) {
        rejected.push({ start: tokens[i]!.start, end: tokens[matchEnd]!.end, reason: rule });
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[matchEnd]!.end;
      for (let k = i; k <= matchEnd; k++) taken[k] = 1;
      mentions.push({ start, end, text: text.slice(start, end), key: typedKey(end, matchKey), firstToken: i, lastToken: matchEnd, cue: findCue(tokens, text, i, matchEnd, lexicons), rule: "gazetteer-match" });
      i = matchEnd;
    }
  }

  /**
   * "in Janaale (Marka, Lower Shabelle)", "near Solhan (Yagha, Sahel)": a name after a locative word
   * with the places that contain it in brackets, as incident notes write a village with its
   * district and province. When a bracketed name is in the gazetteer (main or secondary index),
   * the name before the bracket and every bracketed name are places, whatever the entity tagger
   * called them (it reads "Marka" and "Lower Shabelle" as people). Anything else in brackets
   * ("(AFP)", "(IS)", a person's age) leaves the span alone.
   */
  /**
   * "between Niono and Diabaly (", "in Karimama or Malanville (": token `and` is a coordinator after a
   * capitalised name that itself follows a locative word.
   */
  function afterCuedName(and: number): boolean {
    const w = word(and).toLowerCase();
    if (w !== "and" && w !== "or") return false;
    const sentence = tokens[and]!.data.sentence;
    let k = and - 1;
    const stop = and - 1 - MAX_UNLISTED_TOKENS;
    while (k > stop && k >= 0 && tokens[k]!.data.sentence === sentence && isNamePart(k)) k--;
    if (k === and - 1 || k < 0 || tokens[k]!.data.sentence !== sentence || !isNameWord(word(k + 1))) return false;
    // "between" opens a pair of places only here, where the bracket after the pair vouches for them.
    return lexicons.unlistedBefore.has(word(k).toLowerCase()) || word(k).toLowerCase() === "between";
  }

  /** Whether a gazetteer key names a first-order division (a province, a state, a region), also by a spelling only the secondary index holds ("Idleb"). */
  function endsInProvince(key: string): boolean {
    for (const i of gazetteer.lookup(key)) if (gazetteer.entry(i).kind === "admin1") return true;
    for (const i of gazetteer.lookupSecondary(key)) if (gazetteer.entry(i).kind === "admin1") return true;
    return false;
  }

  function findBracketedPlaces(): void {
    for (let open = 1; open < tokens.length; open++) {
      if (word(open) !== "(") continue;
      const sentence = tokens[open]!.data.sentence;
      const inSentence = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.data.sentence === sentence;
      // The name before the bracket: a capitalised run right after a locative word, maybe with its
      // type word ("in Paletwa township (Chin state)").
      let last = open - 1;
      // "in Birnin Gwari LGA (Kaduna)": a capitalised division word is the name's type too, read as its cue.
      if (inSentence(last) && lexicons.cuesAfter.has(word(last).toLowerCase()) && (!isCapitalised(word(last)) || CAPITALISED_TYPE_WORDS.has(word(last).toLowerCase()))) last--;
      if (!inSentence(last) || !isNamePart(last) || !isNameWord(word(last))) continue;
      let first = last;
      while (first - 1 > last - MAX_UNLISTED_TOKENS && inSentence(first - 1) && isNamePart(first - 1)) first--;
      // "in the Janaale (": a leading connector is not part of the name.
      while (first < last && !isNameWord(word(first))) first++;
      // After a locative word ("in Janaale (") or as a verb's object ("attacked Gajiram (Nganzai, Borno)").
      if (!inSentence(first - 1)) continue;
      let cued = lexicons.unlistedBefore.has(word(first - 1).toLowerCase()) || tokens[first - 1]!.data.pos === "VERB" || afterCuedName(first - 1);
      // "between Niono and Diabaly (Niono, Segou)": the run took in the pair; the bracket is the second name's.
      if (!cued && word(first - 1).toLowerCase() === "between") {
        for (let j = last - 1; j > first; j--) {
          if (word(j).toLowerCase() !== "and") continue;
          first = j + 1;
          cued = isNameWord(word(first));
          break;
        }
      }
      // The bracket's names, separated by commas, each maybe with its type word ("Beni territory").
      const runs: [number, number][] = [];
      let k = open + 1;
      let ok = true;
      while (ok && inSentence(k) && word(k) !== ")") {
        const from = k;
        while (inSentence(k) && isNamePart(k) && k - from < MAX_TOPONYM_TOKENS) k++;
        if (k === from || !isNameWord(word(from))) { ok = false; break; }
        runs.push([from, k - 1]);
        if (inSentence(k) && lexicons.cuesAfter.has(word(k).toLowerCase())) k++;
        // A bracket the text leaves open at its end ("attacked Bara (Bara"): no token past the last to read.
        if (!inSentence(k)) ok = false;
        else if (word(k) === ",") k++;
        else if (word(k) !== ")") ok = false;
      }
      if (!ok || runs.length === 0 || !inSentence(k) || word(k) !== ")") continue;
      // With no cue before it, the name is a place when the bracket's first name is its own ("control of Bara (Bara,
      // North Kordofan)": the district named after its town, as incident notes write a town's place line).
      // An acronym in brackets spells out the name before it ("British Airways (BA)"), whatever place it also names.
      const known = runs.map(([a, b]) => { const surface = text.slice(tokens[a]!.start, tokens[b]!.end); return /^[A-Z.]{2,5}$/.test(surface) ? null : findTypedName(surface, gazetteer); });
      // "took control of El Bur (Ceel Buur, Galgaduud)": a bracket of two or more names the gazetteer lists, the last a
      // province, is an incident note's place line for the name before it, cued or not.
      const placeLine = runs.length >= 2 && known.every((k) => k !== null) && endsInProvince(known[known.length - 1]!);
      if (!cued && !placeLine && (runs.length < 2 || foldName(text.slice(tokens[first]!.start, tokens[last]!.end)) !== foldName(text.slice(tokens[runs[0]![0]]!.start, tokens[runs[0]![1]]!.end)))) continue;
      if (!known.some((x) => x !== null)) continue;
      const spans: [number, number, string | null, string][] = [[first, last, null, BRACKETED_PLACE_RULE], ...runs.map(([a, b], n): [number, number, string | null, string] => [a, b, known[n]!, BRACKET_CONTAINER_RULE])];
      for (const [a, b, found, rule] of spans) {
        if (taken[a] || taken[b]) continue;
        const surface = text.slice(tokens[a]!.start, tokens[b]!.end);
        const key = found ?? findTypedName(surface, gazetteer) ?? foldName(surface);
        if (!found && !gazetteer.findKey(key, surface, true) && !isUnlistedNameShape(surface, key, lexicons)) continue;
        for (let t = a; t <= b; t++) taken[t] = 1;
        mentions.push({ start: tokens[a]!.start, end: tokens[b]!.end, text: surface, key, firstToken: a, lastToken: b, cue: findCue(tokens, text, a, b, lexicons), rule });
      }
      open = k;
    }
  }

  /**
   * The key with the division word written after the name, when the gazetteer knows it so:
   * "Bamenda, North West region" is Cameroon's "North-West", indexed only as "north west region"
   * (a bare "North-West" is a common phrase), beside South Africa's "North West".
   */
  function typedKey(end: number, key: string): string {
    const next = firstTokenEndingAfter(tokens, end);
    if (next < 0 || tokens[next]!.start - end > 1) return key;
    // "North-West Region", "Oaxaca State": the type word may be capitalised as part of the name.
    const w = word(next).toLowerCase();
    if (!TYPED_NAME_WORDS.has(w)) return key;
    const typed = `${key} ${w}`;
    return gazetteer.has(typed) ? typed : key;
  }

  /**
   * "in Somalia's capital", "the capital of Somalia", "the Somali capital": the word "capital" with its
   * country and no name of its own after it ("the Afghan capital, Kabul" names it) is that country's capital city.
   */
  function findCapitalsOfCountries(): void {
    for (let i = 1; i < tokens.length; i++) {
      if (taken[i] || word(i) !== "capital") continue;
      const sentence = tokens[i]!.data.sentence;
      const next = i + 1 < tokens.length && tokens[i + 1]!.data.sentence === sentence ? word(i + 1) : "";
      const afterComma = next === "," && i + 2 < tokens.length ? word(i + 2) : "";
      if ((next !== "" && isCapitalised(next)) || (afterComma !== "" && isCapitalised(afterComma))) continue;
      // "Brazzaville, the capital of Congo Republic", "Abuja is the capital": the word describes a place named before it.
      if (i >= 2 && word(i - 1).toLowerCase() === "the" && APPOSITION_OR_COPULA.has(word(i - 2).toLowerCase())) continue;
      const iso = demonymByEnd.get(tokens[i - 1]!.end) ?? countryOfMention((m) => isPossessorBefore(words, m.lastToken, i)) ?? (next === "of" ? countryOfMention((m) => m.firstToken === i + 2) : null);
      const capital = iso ? gazetteer.capitalOf(iso) : undefined;
      if (capital === undefined) continue;
      taken[i] = 1;
      const t = tokens[i]!;
      mentions.push({ start: t.start, end: t.end, text: word(i), key: foldName(gazetteer.entry(capital).name), firstToken: i, lastToken: i, cue: CAPITAL_CUE, rule: "capital-of-country" });
    }
  }

  /** The country a mention found so far names, when one matching `at` does. */
  function countryOfMention(at: (m: ToponymMention) => boolean): string | null {
    const m = mentions.find(at);
    if (!m) return null;
    const country = gazetteer.lookup(m.key).map((x) => gazetteer.entry(x)).find((e) => e.kind === "country");
    return country?.country ?? null;
  }

  /** A word of a place name: capitalised, or a connector inside one ("Bosnia and Herzegovina"), or a hyphenated part ("Al-Hasakeh" is one token). */
  function isNamePart(k: number): boolean {
    const w = word(k);
    return isWordToken(w) && (isNameWord(w) || NAME_CONNECTORS.has(w.toLowerCase()));
  }

  /**
   * "the village of Kisima", "the Al-Sinek neighborhood", "Kisima area", "near Tabqa": a
   * capitalised name that a place word marks is a place even when the gazetteer lacks it.
   */
  function findCuedUnlistedNames(): void {
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i]) continue;
      const w = word(i);
      if (!isWordToken(w) || !isCapitalised(w)) continue;
      const sentence = tokens[i]!.data.sentence;
      // "In Kisima area": a leading function word or title is not part of the name.
      while (i + 1 < tokens.length && !taken[i + 1] && tokens[i + 1]!.data.sentence === sentence && (LEADING_ALLOWED.has(w.toLowerCase()) || lexicons.stoplist.has(foldedWord(i))) && isWordToken(word(i + 1)) && isCapitalised(word(i + 1))) i++;
      let j = i;
      while (j + 1 < tokens.length && j + 1 - i < MAX_UNLISTED_TOKENS && !taken[j + 1] && tokens[j + 1]!.data.sentence === sentence && isWordToken(word(j + 1)) && isCapitalised(word(j + 1)) && !lexicons.cuesAfter.has(word(j + 1).toLowerCase())) j++;
      // "Santa Ana Unified School District": the run continues a longer capitalised name.
      const prevWord = i > 0 && tokens[i - 1]!.data.sentence === sentence ? word(i - 1) : "";
      const continuesName = isWordToken(prevWord) && isCapitalised(prevWord);
      // "Only city residents", "Instead county law": a sentence's first word needs to be a proper noun.
      const sentenceInitial = prevWord === "";
      const cue = continuesName || (sentenceInitial && tokens[i]!.data.pos !== "PROPN") ? null : unlistedCue(i, j);
      if (cue) {
        const surface = text.slice(tokens[i]!.start, tokens[j]!.end);
        // A cued name may still be a secondary name ("Lower Shabelle region": a division spelt by ear).
        const key = gazetteer.findKey(foldName(surface), surface, true) ?? foldName(surface);
        if (isUnlistedNameShape(surface, key, lexicons) && !rejectReasonForUnlisted(i, j)) {
          for (let k = i; k <= j; k++) taken[k] = 1;
          mentions.push({ start: tokens[i]!.start, end: tokens[j]!.end, text: surface, key, firstToken: i, lastToken: j, cue, rule: "cued-unlisted" });
        }
      }
      i = j;
    }
  }

  /**
   * "on the Kaduna-Abuja highway", "along the Maiduguri-Damboa road": a road named by the towns it
   * joins, one hyphenated word the gazetteer does not list. Incident notes place what happened on it
   * at a town it names; the first, the end the road is named from, is taken, as an approximation
   * (marked as a facility's place is: the event lies somewhere along the road, not in the town).
   */
  function findRoadEnds(): void {
    for (let i = 0; i + 1 < tokens.length; i++) {
      // A hyphen or dash first (TOWN_TO_TOWN needs one): a scan of the word, where the road word's test
      // lower-cased every next word; both fail at almost every token and read no token's data.
      if (taken[i] || !hasTownDash(word(i)) || !ROAD_NAMED_BY_ENDS.has(word(i + 1).toLowerCase()) || tokens[i + 1]!.data.sentence !== tokens[i]!.data.sentence) continue;
      const ends = TOWN_TO_TOWN.exec(word(i));
      if (!ends) continue;
      const first = ends[1]!;
      const key = gazetteer.findKey(foldName(first), first);
      if (!key || isAbbreviationInLowerCase(key, first)) continue;
      taken[i] = 1;
      const start = tokens[i]!.start;
      mentions.push({ start, end: start + first.length, text: first, key, firstToken: i, lastToken: i, cue: null, rule: "road-end", facility: true });
    }
  }

  /** The place word marking tokens first..last: a lower-case word after, or one before ("village of", "near"). */
  function unlistedCue(first: number, last: number): PlaceCue | null {
    const next = tokens[last + 1];
    if (next && next.data.sentence === tokens[last]!.data.sentence) {
      const nw = word(last + 1);
      const cue = lexicons.cuesAfter.get(nw.toLowerCase());
      // "Islamic State", "Penn State": a capitalised type word makes a name of its own, except the
      // administrative words that names carry ("Helmand Province", "Orange County").
      // "Wright County Eggs", "Laurel County School District": a capitalised word after the type word
      // makes the whole an organisation's name.
      const after = tokens[last + 2];
      const extended = !!after && after.data.sentence === next.data.sentence && isWordToken(word(last + 2)) && isCapitalised(word(last + 2));
      if (cue && !extended && (!isCapitalised(nw) || CAPITALISED_TYPE_WORDS.has(nw.toLowerCase()))) return cue;
      const apposed = nw === "," ? appositionCue(last) : null;
      if (apposed) return apposed;
    }
    const prev = tokens[first - 1];
    if (!prev || prev.data.sentence !== tokens[first]!.data.sentence) return null;
    const pw = word(first - 1);
    if (isCapitalised(pw)) return null;
    // Right before a name only "near" and "village" say place: "the state Supreme Court", "city Planning Commission" do not.
    const direct = DIRECT_CUE_WORDS.has(pw) ? lexicons.cuesBefore.get(pw) : undefined;
    if (direct) return direct;
    const prev2 = tokens[first - 2];
    if (pw === "of" && prev2 && prev2.data.sentence === prev.data.sentence) {
      const cue = lexicons.cuesBefore.get(word(first - 2));
      if (cue && cue.kind !== "capital") return cue;
    }
    return null;
  }

  /**
   * "Talish, a village in northern Karabakh", "Kautikari, a small town near Chibok": a name with an
   * apposition whose head is a type word of places, followed by a preposition that places it, is a
   * place of that kind. The preposition keeps out a person's apposition ("Bryant, a village elder").
   */
  function appositionCue(last: number): PlaceCue | null {
    const sentence = tokens[last]!.data.sentence;
    if (!APPOSITION_ARTICLES.has(wordInSentence(last + 2, sentence).toLowerCase())) return null;
    for (let k = last + 3; k <= last + 3 + APPOSITION_MAX_MODIFIERS; k++) {
      const w = wordInSentence(k, sentence);
      if (!w || isCapitalised(w)) return null;
      const cue = lexicons.cuesAfter.get(w);
      if (cue) return APPOSITION_PREPOSITIONS.has(wordInSentence(k + 1, sentence)) ? cue : null;
    }
    return null;
  }

  /** Token k's text if it is in the sentence, else "". Declared once per document: a closure bound to a name in appositionCue cost a defineProperty at every call under keepNames. */
  function wordInSentence(k: number, sentence: number): string {
    return tokens[k] && tokens[k]!.data.sentence === sentence ? word(k) : "";
  }

  /** Last token of a facility type right after a place name ("Seoul| City Hall", "Kabul| airport"), or -1. */
  function facilityAfter(last: number): number {
    const sentence = tokens[last]!.data.sentence;
    for (const n of [2, 1]) {
      const end = last + n;
      if (end >= tokens.length || tokens[end]!.data.sentence !== sentence) continue;
      let phrase = "";
      for (let k = last + 1; k <= end; k++) phrase += (phrase ? " " : "") + word(k).toLowerCase();
      if (!lexicons.facilityHeads.has(phrase)) continue;
      const next = tokens[end + 1];
      if (next && next.data.sentence === sentence && isCapitalised(word(end + 1)) && FACILITY_SUFFIXES.has(word(end + 1).toLowerCase())) return end + 1;
      return end;
    }
    return -1;
  }

  /**
   * "the submarine Krasnodar", "the cruiser Moskva", "the aircraft carrier Liaoning": navies name ships
   * after towns and provinces, large ones too, so a name right after a word for a ship
   * (vessel-nouns.tsv) is the ship's, whatever the tagger called it.
   */
  function isVesselName(first: number): boolean {
    const before = tokens[first - 1];
    return !!before && before.data.sentence === tokens[first]!.data.sentence && lexicons.vesselNouns.has(word(first - 1).toLowerCase());
  }

  /**
   * "Eva Forest, wife of the playwright": a name the gazetteer lacks, set off by a comma before a
   * word for a person (person-nouns.tsv, through an article or possessive), is that person, whatever
   * its last word ("Forest", "Hill") suggests.
   */
  function isPersonByApposition(last: number): boolean {
    const sentence = tokens[last]!.data.sentence;
    if (tokens[last + 1]?.data.sentence !== sentence || word(last + 1) !== ",") return false;
    let k = last + 2;
    if (tokens[k]?.data.sentence === sentence && APPOSITION_DETERMINERS.has(word(k).toLowerCase())) k++;
    return tokens[k]?.data.sentence === sentence && lexicons.personNouns.has(word(k).toLowerCase());
  }

  /**
   * An unlisted GPE/LOC entity is a place when a word says so: a cue ("Kisima area"), a locative
   * word right before it ("in Kisima") or before the name it is listed after ("in Kisima and Kabo"),
   * or a place head word ending it ("Van Dorn Street").
   */
  function hasPlaceEvidence(first: number, last: number): boolean {
    if (findCue(tokens, text, first, last, lexicons)) return true;
    if (lexicons.unlistedHeads.has(word(last).toLowerCase().replace(/\.$/, ""))) return true;
    // "Rue Victor Hugo", "Calle del Correo": a street word that begins the name.
    if (last > first && lexicons.unlistedLeads.has(word(first).toLowerCase())) return true;
    const prev = tokens[first - 1];
    if (!prev || prev.data.sentence !== tokens[first]!.data.sentence) return false;
    // "killed in IS attacks in Badia al-Sukhnah and Badia al-Sham": the locative word before the list's first name governs the second.
    return lexicons.unlistedBefore.has(word(first - 1).toLowerCase()) || afterCuedName(first - 1);
  }

  /**
   * A PERSON or ORG entity that the gazetteer lists (main or secondary index) right after a locative
   * word ("in", "near") or a direction with "of" ("east of"), not a possessive ("in Jordan's
   * cabinet"), not a person's title before it ("in Gen. Jackson"'s span is PERSON with the title outside).
   */
  function isRetaggedPlace(ent: Entity): boolean {
    const surface = text.slice(ent.start, ent.end);
    // "in IS attacks": an acronym is an organisation's, never retagged.
    if (/['’]s?$/.test(surface) || !isCapitalised(surface) || /^[A-Z.]{2,5}$/.test(surface)) return false;
    if (!gazetteer.findKey(foldName(surface), surface, true)) return false;
    const first = firstTokenEndingAfter(tokens, ent.start);
    if (first < 1 || tokens[first - 1]!.data.sentence !== tokens[first]!.data.sentence) return false;
    const after = firstTokenEndingAfter(tokens, ent.end);
    // "raided Jenin refugee camp", "attacked Nikopol town": a listed name before a place's word (maybe after one
    // lower-case word), the word ending the phrase, is that place, whatever came before it.
    if (after >= 0 && endsWithPlaceWord(after, tokens[first]!.data.sentence)) return true;
    // "in Jordan's cabinet", "in Taliban custody": a name that modifies what follows is not where;
    // "in Henry County": a capitalised word after it continues the name (left to the gazetteer pass).
    if (after >= 0 && tokens[after]!.data.sentence === tokens[first]!.data.sentence && (/^['’]s?$/.test(word(after)) || tokens[after]!.data.pos === "NOUN" || (isWordToken(word(after)) && isCapitalised(word(after))))) return false;
    const pw = word(first - 1).toLowerCase();
    if (lexicons.retagBefore.has(pw) || lexicons.retagVerbs.has(pw)) return true;
    // "in Mir Ali, North Waziristan": a listed name after a comma that closes a place phrase is its container.
    if (pw === "," && namesDivision(surface) && closesLocativePhrase(first - 1)) return true;
    return pw === "of" && first >= 2 && lexicons.retagDirections.has(word(first - 2).toLowerCase());
  }

  /** Whether the gazetteer's main index lists the name as a province or district ("North Waziristan"), never a person's namesake town ("Obama"). */
  function namesDivision(surface: string): boolean {
    const key = gazetteer.findKey(foldName(surface), surface);
    return key !== null && gazetteer.lookup(key).some((i) => DIVISION_KINDS.has(gazetteer.entry(i).kind));
  }

  /** Whether the comma at `comma` follows a locative word and one to CONTAINED_NAME_MAX_TOKENS capitalised words ("in Mir Ali ,"). */
  function closesLocativePhrase(comma: number): boolean {
    const sentence = tokens[comma]!.data.sentence;
    for (let k = comma - 1; k >= 0 && comma - k <= CONTAINED_NAME_MAX_TOKENS + 1 && tokens[k]!.data.sentence === sentence; k--) {
      const w = word(k);
      if (isWordToken(w) && isCapitalised(w)) continue;
      return k < comma - 1 && lexicons.retagBefore.has(w.toLowerCase());
    }
    return false;
  }

  /**
   * Whether the words from token `at` are a place's word ("camp", "village", "town": the unlisted heads and the
   * cues written after a name), maybe after one lower-case word, that ends its phrase: "refugee camp", "village in".
   */
  function endsWithPlaceWord(at: number, sentence: number): boolean {
    const modifier = tokens[at];
    const head = isPlaceWordAt(at, sentence) ? at : modifier && !isCapitalised(word(at)) && (modifier.data.pos === "NOUN" || modifier.data.pos === "ADJ") && isPlaceWordAt(at + 1, sentence) ? at + 1 : -1;
    if (head < 0) return false;
    const next = tokens[head + 1];
    return !next || next.data.sentence !== sentence || (next.data.pos !== "NOUN" && next.data.pos !== "PROPN");
  }

  /**
   * Whether token k is a lower-case place's word of the sentence (endsWithPlaceWord). Declared once per document
   * beside it: a closure bound to a name inside endsWithPlaceWord cost a defineProperty at every call under keepNames.
   */
  function isPlaceWordAt(k: number, sentence: number): boolean {
    const t = tokens[k];
    if (!t || t.data.sentence !== sentence || isCapitalised(word(k))) return false;
    const w = lowerWord(k);
    return lexicons.unlistedHeads.has(w) || lexicons.cuesAfter.has(w);
  }

  /** "outside the White House", "at the Kremlin": a locative word before the name (an article between is allowed). */
  function afterLocativeWord(first: number): boolean {
    let k = first - 1;
    if (k >= 0 && word(k).toLowerCase() === "the") k--;
    return k >= 0 && tokens[k]!.data.sentence === tokens[first]!.data.sentence && lexicons.unlistedBefore.has(word(k).toLowerCase());
  }

  /** The checks of rejectReason that hold for a name the gazetteer lacks. */
  function rejectReasonForUnlisted(first: number, last: number): string | null {
    if (insideOtherEntity(first, last)) return "inside-entity";
    if (first === last && surnames.has(foldedWord(first))) return "surname";
    const prev = tokens[first - 1];
    if (prev && prev.data.sentence === tokens[first]!.data.sentence) {
      const pw = word(first - 1).toLowerCase().replace(/\.$/, "");
      if (PERSON_TITLES.has(pw)) return "after-title";
      if (prev.end === tokens[first]!.start && /^[-‐‑'’]$/.test(pw)) return "inside-compound";
    }
    const next = tokens[last + 1];
    if (next && next.start === tokens[last]!.end && /^[-‐‑]$/.test(word(last + 1))) return "inside-compound";
    return null;
  }

  /**
   * Last words of two- and three-word capitalised names that are not places ("Tom Jones",
   * "President Barack Obama"): the same word standing alone later in the article is that person.
   */
  function findSurnames(): Set<string> {
    const out = new Set<string>();
    let i = 0;
    while (i < tokens.length) {
      if (!isWordToken(word(i)) || !isCapitalised(word(i))) { i++; continue; }
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.data.sentence === tokens[i]!.data.sentence && isWordToken(word(j + 1)) && isCapitalised(word(j + 1))) j++;
      // Leading function words and titles are not part of the name: "In", "The", "Mayor Tom Jones".
      let k = i;
      let titled = false;
      while (k < j && (LEADING_ALLOWED.has(foldedWord(k)) || lexicons.stoplist.has(foldedWord(k)) || PERSON_TITLES.has(word(k).toLowerCase().replace(/\.$/, "")))) {
        if (PERSON_TITLES.has(word(k).toLowerCase().replace(/\.$/, ""))) titled = true;
        k++;
      }
      const length = j - k + 1;
      const firstWord = foldedWord(k);
      const lastKey = foldedWord(j);
      // "First Baptist Church Maryville", "Gillis Street": names with institution or place words are not people.
      let institutional = false;
      for (let m = k; m <= j; m++) {
        const f = foldedWord(m);
        if (lexicons.stoplist.has(f) || TRAILING_ALLOWED.has(f) || GEOGRAPHIC_WORDS.has(f) || /\d/.test(f)) institutional = true;
      }
      if (
        !institutional &&
        length >= (titled ? 1 : 2) && length <= 4 &&
        !gazetteer.has(foldName(text.slice(tokens[k]!.start, tokens[j]!.end))) &&
        !isMajorPlace(firstWord) && !isMajorPlace(lastKey) && !TRAILING_ALLOWED.has(lastKey)
      ) out.add(lastKey);
      i = j + 1;
    }
    return out;
  }

  /**
   * Lone names the article uses as a person somewhere: right before a verb of saying ("Warren told
   * Stumpf") or a word of what only a person undergoes, maybe after "is", "was" or "has been"
   * ("Bryant is suspected of vandalizing"; person-predicates.tsv). One sense per article: every
   * other lone mention of the name is that person too ("confronted Bryant, she drove off", "Warren's
   * grilling"), as a surname is. Countries and large cities are left alone: states speak and are accused.
   */
  function findPersonsByContext(): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      const w = word(i);
      if (!isWordToken(w) || !isCapitalised(w)) continue;
      const sentence = tokens[i]!.data.sentence;
      // One word standing alone: "Susan Bryant" is the surnames' business.
      if (inSentenceOf(tokens, i - 1, sentence) && isWordToken(word(i - 1)) && isCapitalised(word(i - 1))) continue;
      if (!inSentenceOf(tokens, i + 1, sentence) || (isWordToken(word(i + 1)) && isCapitalised(word(i + 1)))) continue;
      let k = i + 1;
      if (PERSON_PREDICATE_AUXILIARIES.has(word(k).toLowerCase())) k++;
      if (word(k).toLowerCase() === "been") k++;
      const next = inSentenceOf(tokens, k, sentence) ? word(k).toLowerCase() : "";
      const saying = k === i + 1 && SPEECH_VERBS.has(next);
      if (!saying && !lexicons.personPredicates.has(next)) continue;
      const key = foldedWord(i);
      if (!isMajorPlace(key)) out.add(key);
    }
    return out;
  }

  /**
   * "Eva Forest and Mari Luz Fernandez remained in prison": a name the gazetteer lacks, listed with a
   * person's name, is another person, unless a preposition governs it ("in Capitol Market and
   * Blossom Deli", where the tagger's person is a shop) or it is a major place.
   */
  function isCoordinatedWithPerson(first: number, last: number, key: string): boolean {
    const sentence = tokens[first]!.data.sentence;
    // A tagger's "person" ending in a place's head word is a street or a site ("North Cooper Street and Lombardy Drive").
    const personAt = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.data.sentence === sentence && ents[k]?.data.type === "PERSON" && !lexicons.unlistedHeads.has(ents[k]!.data.text.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, ""));
    const joins = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.data.sentence === sentence && LIST_JOINERS.has(word(k).toLowerCase());
    // "of Central Avenue and Jones' girlfriend", "in Capitol Market and Blossom Deli": a name a preposition governs is where someone is.
    const governed = first > 0 && tokens[first - 1]!.data.sentence === sentence && tokens[first - 1]!.data.pos === "ADP";
    return !governed && ((personAt(last + 2) && joins(last + 1)) || (personAt(first - 2) && joins(first - 1))) ? !isMajorPlace(key) : false;
  }

  /** A country, a first-order division or a city of 100,000 people: never taken for a person's name. */
  function isMajorPlace(key: string): boolean {
    return gazetteer.lookup(key).some((k) => {
      const e = gazetteer.entry(k);
      return e.kind === "country" || e.kind === "admin1" || e.kind === "region" || e.population >= MAJOR_PLACE_POPULATION;
    });
  }

  /** True when every entry of the key is a county or district found by its bare name. */
  function onlyBareCounties(key: string): boolean {
    const found = gazetteer.lookup(key);
    return found.length > 0 && found.every((i) => {
      const e = gazetteer.entry(i);
      return e.kind === "admin2" && foldName(e.name) !== key;
    });
  }

  /** "Clarke and Oconee counties", "Brown County": a county word within a few tokens after. */
  function mentionsCounty(last: number): boolean {
    for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
      if (/^(county|counties|parish|parishes|district|districts|borough)$/i.test(word(k))) return true;
    }
    return false;
  }

  /**
   * True when tokens first..last lie inside a person's or group's name, or inside a longer
   * organisation name. "Henry County": a division's type word outweighs a PERSON tag on its first
   * name. An ORG spanning exactly the place name is metonymy ("Georgia beat Florida") or a tagger
   * slip on a dateline; only a longer organisation name ("Texas Forest Service") hides it.
   */
  function insideOtherEntity(first: number, last: number): boolean {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    // "Henry County", "Nad Ali district": a division's type word right after the name (in any case) says place.
    const typedDivision = (first < last && CAPITALISED_TYPE_WORDS.has(word(last).toLowerCase())) || isDivisionWordAfter(last);
    for (let k = first; k <= last; k++) {
      const e = ents[k];
      if (!e) continue;
      if ((e.data.type === "PERSON" && !typedDivision) || e.data.type === "NORP") return true;
      if (e.data.type === "ORG" && (e.start < start || e.end > end) && !locatedInsideEntity(first, e.start)) return true;
    }
    return false;
  }

  /**
   * "the Line of Control in Kupwara": a lower-case locative word ("in", "near") right before the name, inside an
   * organisation's span, says the tagger ran the name of a place into the span; no organisation's name holds one.
   */
  function locatedInsideEntity(first: number, entityStart: number): boolean {
    const k = first - 1;
    return k >= 0 && tokens[k]!.start > entityStart && IN_NAME_LOCATIVES.has(word(k));
  }

  /** True when the word after token `last` is a division's type word ("district", "province", "LGA"), in its sentence. */
  function isDivisionWordAfter(last: number): boolean {
    const next = tokens[last + 1];
    if (!next || next.data.sentence !== tokens[last]!.data.sentence) return false;
    const kind = lexicons.cuesAfter.get(word(last + 1).toLowerCase())?.kind;
    return kind === "admin1" || kind === "admin2";
  }

  /**
   * A one-word name that is no place whatever tagged it: a name's connector standing alone in mixed
   * case ("La universal point", the "El" of a name split by a line break), or the surname of a person the article names in full ("Susan Bryant ... Bryant
   * is suspected"), unless a place word or a locative word marks it.
   */
  function isLoneNonPlaceWord(i: number, key: string, surface: string): boolean {
    if (isLoneConnector(key, surface)) return true;
    return surnames.has(key) && !isMajorPlace(key) && !findCue(tokens, text, i, i, lexicons) && !afterLocativeWord(i);
  }

  /** "La", "El" written as a word, not in capitals: "LA" is Los Angeles ("a march in LA"). */
  function isLoneConnector(key: string, surface: string): boolean {
    return NAME_CONNECTORS.has(key) && surface !== surface.toUpperCase();
  }

  /** Why tokens first..last are not a toponym, or null when they are one. */
  function rejectReason(first: number, last: number): string | null {
    const surface = text.slice(tokens[first]!.start, tokens[last]!.end);
    const key = foldName(surface);
    if (first === last && isLoneConnector(key, surface)) return "connector-word";
    if (first === last && surnames.has(key)) {
      // The name itself is the run that made it a surname ("Tom Jones") or a later mention of it.
      return "surname";
    }
    if (insideOtherEntity(first, last)) return "inside-entity";
    if (lexicons.stoplist.has(key)) return "stoplist";
    if (gazetteer.isInstitution(key) && !afterLocativeWord(first)) return "institution";
    // Short all-capital words are acronyms ("IS", "AFP") unless they are a known alias ("US", "UK").
    if (first === last && /^[A-Z]{2,4}$/.test(surface) && !gazetteer.lookup(key).some((i) => ["country", "admin1", "region"].includes(gazetteer.entry(i).kind))) return "acronym";
    // "Brown", "Harris": a county named without its type word only counts when the text says county.
    if (onlyBareCounties(key) && !mentionsCounty(last)) return "bare-county-without-cue";
    const prev = tokens[first - 1];
    if (prev && prev.data.sentence === tokens[first]!.data.sentence) {
      const pw = word(first - 1);
      const pwLower = pw.toLowerCase().replace(/\.$/, "");
      if (PERSON_TITLES.has(pwLower) || (pw === "." && first >= 2 && PERSON_TITLES.has(word(first - 2).toLowerCase()))) return "after-title";
      const glued = prev.end === tokens[first]!.start && /^[-‐‑'’]$/.test(pw);
      if (glued) return "inside-compound";
      const sentenceStart = first - 1 === 0 || tokens[first - 2]?.data.sentence !== prev.data.sentence;
      if (isWordToken(pw) && isCapitalised(pw) && !LEADING_ALLOWED.has(pwLower) && !(sentenceStart && lexicons.stoplist.has(foldName(pw)))) return "inside-name";
    }
    const next = tokens[last + 1];
    if (next && next.data.sentence === tokens[last]!.data.sentence) {
      const nw = word(last + 1);
      // "Mansfield Mayor Curtis McCoy", "Texas Gov. Rick Perry": a title after a place does not extend it.
      if (isWordToken(nw) && isCapitalised(nw) && !TRAILING_ALLOWED.has(nw.toLowerCase()) && !PERSON_TITLES.has(nw.toLowerCase().replace(/\.$/, ""))) return "inside-name";
      if (next.start === tokens[last]!.end && /^[-‐‑]$/.test(nw)) return "inside-compound";
    }
    if (first === last && !isMajorPlace(key)) {
      const after = tokens[last + 1];
      const before = tokens[first - 1];
      if (after && after.data.sentence === tokens[last]!.data.sentence && SPEECH_VERBS.has(word(last + 1).toLowerCase())) return "person-speaking";
      if (before && before.data.sentence === tokens[first]!.data.sentence && SPEECH_VERBS.has(word(first - 1).toLowerCase())) return "person-speaking";
    }
    // A lone common word at the start of a sentence ("Reading the report...") is not a name.
    const sentenceInitial = first === 0 || tokens[first - 1]!.data.sentence !== tokens[first]!.data.sentence;
    if (sentenceInitial && first === last && tokens[first]!.data.pos !== "PROPN" && !isMajorPlace(key)) return "sentence-initial-common-word";
    // Capitals say nothing at a sentence's start ("Gang threat just a hoax", "Crystal trophies"): a
    // lone small-town name there needs a place word beside it.
    if (sentenceInitial && first === last && !isMajorPlace(key) && !findCue(tokens, text, first, last, lexicons) && !PLACE_FOLLOWERS.has((tokens[last + 1] ? word(last + 1) : "").toLowerCase())) return "sentence-initial-small-place";
    if (isVesselName(first)) return "vessel-name";
    // "her daughter, Brittany", "her husband Alfred": a name after a word for a person is that person.
    if (first === last && !isMajorPlace(key)) {
      let k = first - 1;
      if (k >= 0 && word(k) === ",") k--;
      if (k >= 0 && tokens[k]!.data.sentence === tokens[first]!.data.sentence && lexicons.personNouns.has(word(k).toLowerCase())) return "person-apposition";
    }
    return null;
  }
}
