import { findSpanAt, layer, type Document, type LayerAnnotation, type Span } from "../../core/index.js";
import { createOverlapIndex } from "../../core/overlap-index.js";
import { wordStartBefore } from "../../core/word-before.js";
import { SCENE_COUNTRY_SENTENCES } from "./heuristics.js";
import { isLocativeAt } from "./is-locative-at.js";

/** Parties of a state: a nationality in their mention is theirs ("Israeli airstrikes", "Russian troops"). */
const STATE_PARTIES: ReadonlySet<string> = new Set(["MIL", "POL", "GOV"]);
/**
 * Armed parties of no state: a nationality in their mention is theirs too ("Afghan militants killed 20 civilians in
 * Kurram, Pakistan": the civilians are Pakistan's), even when the party, a named group, has no country of its own.
 */
const ARMED_PARTIES: ReadonlySet<string> = new Set(["REB", "UAF"]);
const SPACE = 32;

/** Longest word read before a place ("bombarded"). */
const PLACE_OBJECT_REACH_CHARS = 24;

/** Words between a place-object word and the "of" before a place ("shelled [the northern city] of Izium"). */
const OBJECT_OF_REACH_WORDS = 3;

/**
 * Places precise enough to say which country a scene is in: towns, divisions, features, and a region that lies
 * in one country ("in Gaza", "in Darfur", "in Crimea": the gazetteer gives a region a country only then, so
 * "in the Sahel" or "in Kashmir" place no one).
 */
const LOCAL_KINDS: ReadonlySet<string> = new Set(["city", "admin2", "admin1", "feature", "region"]);

/** Where the text places an unnamed party's mention, once places are resolved (read by place-descriptions.ts and place-state-forces.ts). */
export interface SceneCountry {
  /** The sentence (index in the sentence layer) a text offset lies in, or -1. */
  sentenceOf(offset: number): number;
  /** Whether the mention's own words name a country, a people or a place ("Afghan police", "Kano police"). */
  statesCountry(m: Span): boolean;
  /**
   * Whether its sentence names a nationality or a country before it, or a country after a locative word, that is no
   * mention of a state's party ("Israeli airstrikes"): the actors stage (run before places) read its country from those already.
   */
  sentenceStatesCountry(m: Span, k: number): boolean;
  /**
   * The one country sentence k places what it tells in (its towns, districts and provinces after a
   * locative word: "in Peshawar"); a sentence naming none
   * is at its paragraph's scene, the nearest of SCENE_COUNTRY_SENTENCES sentences before it that
   * names one. Null when none does or its places lie in several countries.
   */
  sceneOf(k: number): string | null;
}

/**
 * `placeObjects`: words whose object is where the act happened (the events lexicon's class `place-object`:
 * "shelled Kharkiv", "raided Jenin"); a town right after one is a scene as a town after "in" is.
 */
export function sceneCountry(doc: Document, placeObjects: ReadonlySet<string> = new Set()): SceneCountry {
  return new DocumentScenes(doc, placeObjects);
}

/**
 * SceneCountry over one document's layers, read once. A class rather than an object of closures: under
 * the bundler's keepNames (and tsx) each closure bound to a name costs a defineProperty of the name.
 */
class DocumentScenes implements SceneCountry {
  private readonly sentences: readonly LayerAnnotation<"sentence">[];
  private readonly placesIn = new Map<number, LayerAnnotation<"place">[]>();
  /** Per sentence, where its first nationality that is no mention of a state's party starts. */
  private readonly nationalityFrom = new Map<number, number>();
  /** Mentions of states' parties ("Israeli airstrikes", "Russian troops"). */
  private readonly stateMentions: ReturnType<typeof createOverlapIndex>;
  private readonly names: ReturnType<typeof createOverlapIndex>;
  private readonly whereCache = new Map<number, string | null>();

  constructor(private readonly doc: Document, private readonly placeObjects: ReadonlySet<string>) {
    this.sentences = layer(doc, "sentence");
    const places = layer(doc, "place");
    // Bucketed by sentence in one pass: a long text has thousands of places.
    for (const p of places) {
      const k = this.sentenceOf(p.start);
      if (k < 0) continue;
      const list = this.placesIn.get(k);
      if (list) list.push(p);
      else this.placesIn.set(k, [p]);
    }
    const entities = layer(doc, "entity");
    // "Israeli airstrikes killed 20 civilians in Rafah": a nationality or country that is a mention of
    // a state's party (its forces, its weapons, its government) names that party's country, not the
    // country of other people in the sentence, nor of its own other mentions the actors stage only guessed
    // from that word ("Russian shelling killed two soldiers in Kharkiv": Ukraine's); the civilians and the
    // soldiers are where the strike fell.
    this.stateMentions = createOverlapIndex(layer(doc, "actor").filter((a) => (a.data.country && STATE_PARTIES.has(a.data.partyType ?? "")) || ARMED_PARTIES.has(a.data.partyType ?? "")).flatMap((a) => a.data.mentions ?? [a]));
    for (const e of entities) {
      if (e.data.type !== "NORP" || this.isStateMention(e) || this.modifiesPartyAfter(e)) continue;
      const k = this.sentenceOf(e.start);
      if (!this.nationalityFrom.has(k)) this.nationalityFrom.set(k, e.start);
    }
    // An index, not a scan of every name per mention (quadratic on a long text).
    this.names = createOverlapIndex([...entities.filter((e) => e.data.type === "NORP" || e.data.type === "GPE"), ...places]);
  }

  sentenceOf(offset: number): number {
    return findSpanAt(this.sentences, offset);
  }

  statesCountry(m: Span): boolean {
    return this.names.overlapping(m.start, m.end).length > 0;
  }

  sentenceStatesCountry(m: Span, k: number): boolean {
    // Only a nationality before the mention: the actors stage reads a people's country backwards from the
    // mention (find-descriptors.ts countryBefore), so "killing four civilians, Ukrainian officials said"
    // gave the civilians nothing from "Ukrainian", and the scene may still place them.
    const nationality = this.nationalityFrom.get(k);
    return (nationality !== undefined && nationality < m.start) ||
      (this.placesIn.get(k) ?? []).some((p) => p.data.kind === "country" && (p.end <= m.start || isLocativeAt(this.doc.text, p.start)) && !this.isStateMention(p));
  }

  /** Whether a nationality stands right before a party's mention, one space between ("Russian Wagner mercenaries"): it is that party's. */
  private modifiesPartyAfter(s: Span): boolean {
    return this.doc.text.charCodeAt(s.end) === SPACE && this.stateMentions.overlapping(s.end + 1, s.end + 2).length > 0;
  }

  /** Whether a span lies in a mention of a state's party. */
  private isStateMention(s: Span): boolean {
    return this.stateMentions.overlapping(s.start, s.end).length > 0;
  }

  sceneOf(k: number): string | null {
    const own = this.whereIn(k);
    if (own) return own;
    const { text } = this.doc;
    for (let j = k - 1; j >= 0 && k - j <= SCENE_COUNTRY_SENTENCES && !text.slice(this.sentences[j]!.end, this.sentences[j + 1]!.start).includes("\n"); j--) {
      const p = this.whereIn(j);
      if (p) return p;
    }
    return null;
  }

  /**
   * Whether the word right before `start` is one whose object is a place ("shelled Kharkiv"), or the
   * place is the "of" phrase of that object ("shelled the city of Izium", "raided the northern town of
   * Jenin", "the shelling of Kharkiv": up to OBJECT_OF_REACH_WORDS words between the word and "of").
   */
  private isPlaceObject(start: number): boolean {
    if (this.placeObjects.size === 0) return false;
    // Words read backwards letter by letter from the one space before the place (no regex over the text).
    let at = this.wordStartBefore(start);
    if (at < 0) return false;
    const first = this.doc.text.slice(at, start - 1).toLowerCase();
    if (this.placeObjects.has(first)) return true;
    if (first !== "of") return false;
    for (let n = 0; n <= OBJECT_OF_REACH_WORDS; n++) {
      const end = at;
      at = this.wordStartBefore(end);
      if (at < 0) return false;
      if (this.placeObjects.has(this.doc.text.slice(at, end - 1).toLowerCase())) return true;
    }
    return false;
  }

  /** Where the word of letters that ends one space before `end` starts, or -1 when no such word is there (core/word-before.ts). */
  private wordStartBefore(end: number): number {
    return wordStartBefore(this.doc.text, end, PLACE_OBJECT_REACH_CHARS);
  }

  private whereIn(k: number): string | null {
    if (this.whereCache.has(k)) return this.whereCache.get(k)!;
    const here = (this.placesIn.get(k) ?? []).filter((p) => p.data.country && (isLocativeAt(this.doc.text, p.start) || this.isPlaceObject(p.start)));
    // Towns, districts and provinces only: a country after a locative word may be an origin ("beef
    // imports from the United States"), and one named in the sentence was read by the actors stage.
    const local = new Set(here.filter((p) => LOCAL_KINDS.has(p.data.kind)).map((p) => p.data.country!));
    const found = local.size === 1 ? [...local][0]! : null;
    this.whereCache.set(k, found);
    return found;
  }
}

/**
 * The mentions of `actors` whose scene puts them in another country, per actor id and that country:
 * a mention moves when nothing in it or its sentence states a country and its scene names one that
 * `accepts` for the actor (it differs from the actor's own, and the dictionary has a row to move to).
 */
export function mentionsToMove(actors: readonly LayerAnnotation<"actor">[], where: SceneCountry, accepts: (a: LayerAnnotation<"actor">, country: string) => boolean): Map<string, Map<string, Span[]>> {
  const moves = new Map<string, Map<string, Span[]>>();
  for (const a of actors) {
    for (const m of a.data.mentions ?? []) {
      const k = where.sentenceOf(m.start);
      if (k < 0 || where.statesCountry(m) || where.sentenceStatesCountry(m, k)) continue;
      const country = where.sceneOf(k);
      if (!country || country === a.data.country || !accepts(a, country)) continue;
      const byCountry = moves.get(a.id) ?? new Map<string, Span[]>();
      const list = byCountry.get(country);
      if (list) list.push(m);
      else byCountry.set(country, [m]);
      moves.set(a.id, byCountry);
    }
  }
  return moves;
}

