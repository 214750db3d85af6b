import { defineStage, layer, type Document, type LayerAnnotation, type PlaceData, type Span } from "../../core/index.js";
import { createOverlapIndex } from "../../core/overlap-index.js";
import { tokenTexts } from "../../core/token-texts.js";
import { encloseUnresolved, type EnclosedToponym } from "./enclose-unresolved.js";
import { STORY_CAPITAL_CUE, bareCapitalWords, facilityPlaceKey, findCue, findToponyms, keyOfPhrase, type ToponymMention } from "./find-toponyms.js";
import { foldName } from "./fold-name.js";
import type { Gazetteer } from "./gazetteer.js";
import { RESOLUTION_WEIGHTS, type ResolutionWeights } from "./heuristics.js";
import { resolveToponyms, type ResolvedToponym } from "./resolve-toponyms.js";
import type { PlacesResources } from "./resources.js";

/**
 * Toponyms found in the text (from GPE/LOC entities, gazetteer matches and cue words) and resolved
 * to GeoNames entries by the article's country focus, cue words, containers and population. A name
 * the gazetteer lacks is placed at the most specific place the article says contains it, and marked
 * so (resolution "enclosing", no GeoNames id).
 */
export const placesStage = defineStage({
  name: "places",
  requires: ["sentence", "token", "entity", "actor"],
  provides: ["place"],
  run(doc, ctx) {
    const resources = ctx.resources.places as PlacesResources | undefined;
    if (!resources) return { place: [] };
    return { place: extractPlaces(doc, resources) };
  },
});

/** A toponym span decided outside the stage (gold spans in evaluation): only resolution runs on it. */
export interface GivenSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The places of a document: detected and resolved, or, when `given` spans are passed, exactly
 * those spans resolved by the same code (demonyms in the text still tell the country focus).
 */
export function extractPlaces(doc: Document, resources: PlacesResources, given?: readonly GivenSpan[], weights: ResolutionWeights = RESOLUTION_WEIGHTS): LayerAnnotation<"place">[] {
  const tokens = layer(doc, "token");
  if (tokens.length === 0) return [];
  const { gazetteer, lexicons } = resources;
  const detected = findToponyms({ text: doc.text, tokens, entities: layer(doc, "entity") }, gazetteer, lexicons);
  // Given spans are resolved on their own (their article's other detections as context scored slightly worse).
  const mentions = given ? mentionsOfSpans(doc.text, tokens, given, resources) : detected.mentions;
  const tokenWords = tokenTexts(doc.text, tokens);
  const parties = partyCountries(doc);
  const armedSpans = armedPartySpans(doc);
  const armedDemonymCountries = demonymsOfArmedParties(armedSpans, detected.demonymCountries, detected.demonymStarts);
  const armedNationalityStarts = toponymsInArmedParties(armedSpans, mentions);
  const article = resolveToponyms({ text: doc.text, tokenWords, mentions, demonymCountries: detected.demonymCountries, partyCountries: parties.all, armedGroupCountries: parties.armedGroups, armedDemonymCountries, armedNationalityStarts, demonyms: lexicons.demonyms }, gazetteer, weights);
  const enclosed = encloseUnresolved(article.unresolved, article.resolved, article.mainPlace, (i) => tokens[i]!.data.sentence, tokenWords);
  // Given spans are the places to resolve, no more: a bare "the capital" is one more place only in detection.
  const capitals = given ? [] : capitalsOfStoryCountry(doc.text, tokens, tokenWords, mentions, article.mainPlace?.country ?? null, gazetteer);
  const all: (ResolvedToponym | EnclosedToponym)[] = [...article.resolved, ...enclosed, ...capitals].sort((a, b) => a.mention.start - b.mention.start);
  return all.map((r, k) => ("entry" in r ? (r.mention.facility ? fromFacility(r, k, resources) : fromGazetteer(r, k, resources)) : fromEnclosing(r, k, resources)));
}

/**
 * "In the capital, several thousand people marched": a bare "the capital" (bareCapitalWords) is the capital city of the
 * country the story's places centre on, when resolution found one and the gazetteer knows its capital.
 */
function capitalsOfStoryCountry(text: string, tokens: readonly LayerAnnotation<"token">[], tokenWords: readonly string[], mentions: readonly ToponymMention[], country: string | null, gazetteer: Gazetteer): ResolvedToponym[] {
  if (!country) return [];
  const capital = gazetteer.capitalOf(country);
  if (capital === undefined) return [];
  const entry = gazetteer.entry(capital);
  const words = bareCapitalWords(tokenWords, tokens.map((t) => t.data.pos), tokens.map((t) => t.data.sentence), mentions);
  return words.map((i) => {
    const t = tokens[i]!;
    return { mention: { start: t.start, end: t.end, text: text.slice(t.start, t.end), key: foldName(entry.name), firstToken: i, lastToken: i, cue: STORY_CAPITAL_CUE, rule: "capital-of-story-country" }, entry, alternatives: 1, rule: "story-country" };
  });
}

/** Entity types whose actors are named by a place or a demonym, which already tell their country. */
const PLACE_NAMED_TYPES: ReadonlySet<string> = new Set(["GPE", "LOC", "NORP"]);

/**
 * The country of each dictionary party of the article ("Taliban" AF, "Houthis" YE), once per
 * party. A party named by a place or a demonym ("Afghanistan", "Afghan forces") is left out: that
 * name already counts as the place or demonym it is; so is a party whose country the actors stage
 * only guessed from context (no dictionary row), which would echo the places back.
 */
function partyCountries(doc: Document): { all: string[]; armedGroups: string[] } {
  const all: string[] = [];
  const armedGroups: string[] = [];
  for (const a of layer(doc, "actor")) {
    const d = a.data;
    // An ethnic group is tagged as a demonym is (NORP), but no demonym lexicon row tells its country ("Dogon": Mali).
    if (!d.country || !d.dictionaryId || (d.entityType && PLACE_NAMED_TYPES.has(d.entityType) && !d.dictionaryId.startsWith("ethnic:"))) continue;
    all.push(d.country);
    if (ARMED_KINDS.has(d.kind)) armedGroups.push(d.country);
  }
  return { all, armedGroups };
}

/** Kinds of actor that carry arms across borders: armed groups and a state's military (police and other state bodies act at home). */
const ARMED_KINDS: ReadonlySet<string> = new Set(["armed group", "military"]);

/**
 * The countries of the demonyms that lie inside a mention of an armed party ("Israeli" in "Israeli
 * air strikes", "Russian" in "Russian forces"), once per occurrence: who strikes tells less about
 * where than a place does (see ResolveInput.armedDemonymCountries).
 */
function demonymsOfArmedParties(armed: CoveringSpans, countries: readonly string[], starts: readonly number[]): string[] {
  if (countries.length === 0) return [];
  const out: string[] = [];
  for (let k = 0; k < countries.length; k++) if (armed.covers(starts[k]!, starts[k]! + 1)) out.push(countries[k]!);
  return out;
}

/** The armed parties' mentions, indexed (core/overlap-index.ts): whether one covers a range, with no scan per name. */
interface CoveringSpans {
  covers(start: number, end: number): boolean;
}

function coveringSpans(spans: readonly Span[]): CoveringSpans {
  return new SpanCover(spans, createOverlapIndex(spans));
}

/** A class rather than an object literal with an arrow: the arrow, named `covers`, cost a defineProperty per document under keepNames. */
class SpanCover implements CoveringSpans {
  constructor(
    private readonly spans: readonly Span[],
    private readonly index: ReturnType<typeof createOverlapIndex>,
  ) {}

  covers(start: number, end: number): boolean {
    const spans = this.spans;
    return this.index.overlapping(start, end).some((k) => spans[k]!.start <= start && end <= spans[k]!.end);
  }
}

/** The mentions of the article's armed parties: a state's military and armed groups. */
function armedPartySpans(doc: Document): CoveringSpans {
  const spans: Span[] = [];
  for (const a of layer(doc, "actor")) if (ARMED_KINDS.has(a.data.kind)) for (const m of a.data.mentions?.length ? a.data.mentions : [a]) spans.push(m);
  return coveringSpans(spans);
}

/**
 * The start offsets of the toponyms inside an armed party's mention ("US" in "US airstrikes", which the
 * actors stage read as "Military Forces of the United States"): when they name a country, a nationality.
 */
function toponymsInArmedParties(armed: CoveringSpans, mentions: readonly ToponymMention[]): Set<number> {
  const out = new Set<number>();
  for (const m of mentions) if (armed.covers(m.start, m.end)) out.add(m.start);
  return out;
}

function mentionsOfSpans(text: string, tokens: readonly LayerAnnotation<"token">[], spans: readonly GivenSpan[], resources: PlacesResources): ToponymMention[] {
  const out: ToponymMention[] = [];
  for (const s of spans) {
    let first = -1, last = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.end <= s.start) continue;
      if (t.start >= s.end) break;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) continue;
    const surface = text.slice(s.start, s.end);
    const key = keyOfPhrase(surface, resources.gazetteer, resources.lexicons);
    const facilityKey = resources.gazetteer.has(key) || resources.gazetteer.lookupSecondary(key).length > 0 || resources.lexicons.demonyms.has(key) ? null : facilityPlaceKey(surface, resources.gazetteer, resources.lexicons);
    const cue = findCue(tokens, text, first, last, resources.lexicons);
    if (facilityKey) out.push({ start: s.start, end: s.end, text: surface, key: facilityKey, firstToken: first, lastToken: last, cue: null, rule: "given-span-facility", facility: true });
    else out.push({ start: s.start, end: s.end, text: surface, key, firstToken: first, lastToken: last, cue, rule: "given-span" });
  }
  return out.sort((a, b) => a.start - b.start);
}

function fromGazetteer(r: ResolvedToponym, k: number, resources: PlacesResources): LayerAnnotation<"place"> {
  const e = r.entry;
  const data: PlaceData = {
    text: r.mention.text,
    name: e.name,
    kind: e.kind,
    country: e.country || null,
    admin1: e.kind === "country" || !e.admin1Code ? null : resources.gazetteer.admin1Name(e.country, e.admin1Code),
    lat: e.lat,
    lon: e.lon,
    geonameid: e.geonameid,
    feature: e.feature,
    population: e.population || undefined,
    alternatives: r.alternatives,
    resolution: "gazetteer",
    precision: e.kind === "country" ? "country" : e.kind === "city" || e.kind === "feature" ? "exact" : "region",
  };
  return annotation(k, r.mention, data, `${r.mention.rule}+${r.rule}${r.mention.cue ? `+${r.mention.cue.id}` : ""}`);
}

/** The name as written, at its container's point: never presented as the named place itself. */
function fromEnclosing(r: EnclosedToponym, k: number, resources: PlacesResources): LayerAnnotation<"place"> {
  const a = r.anchor;
  const data: PlaceData = {
    text: r.mention.text,
    name: r.mention.text,
    kind: a.kind === "country" ? "country" : "region",
    country: a.country || null,
    admin1: a.kind === "country" || !a.admin1Code ? null : resources.gazetteer.admin1Name(a.country, a.admin1Code),
    lat: a.lat,
    lon: a.lon,
    geonameid: null,
    feature: "APPROX",
    alternatives: 0,
    resolution: "enclosing",
    precision: a.kind === "country" ? "country" : "region",
    enclosedBy: { name: a.name, kind: a.kind, geonameid: a.geonameid, from: r.from },
  };
  return annotation(k, r.mention, data, `${r.mention.rule}+enclosing-${r.from}${r.mention.cue ? `+${r.mention.cue.id}` : ""}`);
}

/** "Seoul City Hall": the facility's name as written, at the point of the town it is named after. */
function fromFacility(r: ResolvedToponym, k: number, resources: PlacesResources): LayerAnnotation<"place"> {
  const e = r.entry;
  const data: PlaceData = {
    text: r.mention.text,
    name: r.mention.text,
    kind: "region",
    country: e.country || null,
    admin1: e.kind === "country" || !e.admin1Code ? null : resources.gazetteer.admin1Name(e.country, e.admin1Code),
    lat: e.lat,
    lon: e.lon,
    geonameid: null,
    feature: "APPROX",
    alternatives: r.alternatives,
    resolution: "enclosing",
    precision: e.kind === "city" ? "near" : e.kind === "country" ? "country" : "region",
    enclosedBy: { name: e.name, kind: e.kind, geonameid: e.geonameid, from: "name" },
  };
  return annotation(k, r.mention, data, `${r.mention.rule}+${r.rule}`);
}

function annotation(k: number, m: ToponymMention, data: PlaceData, rule: string): LayerAnnotation<"place"> {
  return { id: `p${k + 1}`, layer: "place", start: m.start, end: m.end, data, source: { stage: "places", rule } };
}
