import { findSpanAt, layer, type Document, type LayerAnnotation, type Span } from "../../core/index.js";
import { createOverlapIndex } from "../../core/overlap-index.js";
import { SCENE_COUNTRY_SENTENCES } from "./heuristics.js";
import { isLocativeAt } from "./is-locative-at.js";

/** Parties of a state: a nationality in their mention is theirs ("Israeli airstrikes", "Russian troops"). */
const STATE_PARTIES: ReadonlySet<string> = new Set(["MIL", "POL", "GOV"]);

/** Places precise enough to say which country a scene is in. */
const LOCAL_KINDS: ReadonlySet<string> = new Set(["city", "admin2", "admin1", "feature"]);

/** Where the text places an unnamed party's mention, once places are resolved (read by place-descriptions.ts and place-state-forces.ts). */
export interface SceneCountry {
  /** The sentence (index in the sentence layer) a text offset lies in, or -1. */
  sentenceOf(offset: number): number;
  /** Whether the mention's own words name a country, a people or a place ("Afghan police", "Kano police"). */
  statesCountry(m: Span): boolean;
  /**
   * Whether its sentence names a nationality, or a country before it or after a locative word:
   * the actors stage (run before places) read its country from those already.
   */
  sentenceStatesCountry(m: Span, k: number, actorId?: string): boolean;
  /**
   * The one country sentence k places what it tells in (its towns, districts and provinces after a
   * locative word: "in Peshawar"); a sentence naming none
   * is at its paragraph's scene, the nearest of SCENE_COUNTRY_SENTENCES sentences before it that
   * names one. Null when none does or its places lie in several countries.
   */
  sceneOf(k: number): string | null;
}

export function sceneCountry(doc: Document): SceneCountry {
  const sentences = layer(doc, "sentence");
  const sentenceOf = (offset: number) => findSpanAt(sentences, offset);
  const places = layer(doc, "place");
  // Bucketed by sentence in one pass: a long text has thousands of places.
  const placesIn = new Map<number, LayerAnnotation<"place">[]>();
  for (const p of places) {
    const k = sentenceOf(p.start);
    if (k < 0) continue;
    const list = placesIn.get(k);
    if (list) list.push(p);
    else placesIn.set(k, [p]);
  }
  const entities = layer(doc, "entity");
  // "Israeli airstrikes killed 20 civilians in Rafah": a nationality or country that is a mention of
  // a state's party (its forces, its weapons, its government) names that party's country, not the
  // country of other people in the sentence; the civilians are where the strike fell. Kept per
  // sentence with the party's id, so a mention of that same party still counts as stated.
  const stateSpans = layer(doc, "actor").filter((a) => a.data.country && STATE_PARTIES.has(a.data.partyType ?? "")).flatMap((a) => (a.data.mentions ?? [a]).map((m) => ({ start: m.start, end: m.end, id: a.id })));
  const stateMentions = createOverlapIndex(stateSpans);
  const ownerOf = (s: Span): string | null => {
    const hit = stateMentions.overlapping(s.start, s.end)[0];
    return hit === undefined ? null : stateSpans[hit]!.id;
  };
  const nationalitiesIn = new Map<number, (string | null)[]>();
  for (const e of entities) {
    if (e.data.type !== "NORP") continue;
    const k = sentenceOf(e.start);
    const list = nationalitiesIn.get(k);
    if (list) list.push(ownerOf(e));
    else nationalitiesIn.set(k, [ownerOf(e)]);
  }
  // Whether a nationality or country owned by `owner` states the country of a mention of actor `actorId`.
  const states = (owner: string | null, actorId: string | undefined) => owner === null || actorId === undefined || owner === actorId;
  // An index, not a scan of every name per mention (quadratic on a long text).
  const names = createOverlapIndex([...entities.filter((e) => e.data.type === "NORP" || e.data.type === "GPE"), ...places]);
  const whereCache = new Map<number, string | null>();
  const whereIn = (k: number): string | null => {
    if (whereCache.has(k)) return whereCache.get(k)!;
    const here = (placesIn.get(k) ?? []).filter((p) => p.data.country && isLocativeAt(doc.text, p.start));
    // Towns, districts and provinces only: a country after a locative word may be an origin ("beef
    // imports from the United States"), and one named in the sentence was read by the actors stage.
    const local = new Set(here.filter((p) => LOCAL_KINDS.has(p.data.kind)).map((p) => p.data.country!));
    const found = local.size === 1 ? [...local][0]! : null;
    whereCache.set(k, found);
    return found;
  };
  return {
    sentenceOf,
    statesCountry: (m) => names.overlapping(m.start, m.end).length > 0,
    sentenceStatesCountry: (m, k, actorId) =>
      (nationalitiesIn.get(k) ?? []).some((owner) => states(owner, actorId)) ||
      (placesIn.get(k) ?? []).some((p) => p.data.kind === "country" && (p.end <= m.start || isLocativeAt(doc.text, p.start)) && states(ownerOf(p), actorId)),
    sceneOf(k) {
      const own = whereIn(k);
      if (own) return own;
      for (let j = k - 1; j >= 0 && k - j <= SCENE_COUNTRY_SENTENCES && !doc.text.slice(sentences[j]!.end, sentences[j + 1]!.start).includes("\n"); j--) {
        const p = whereIn(j);
        if (p) return p;
      }
      return null;
    },
  };
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
      if (k < 0 || where.statesCountry(m) || where.sentenceStatesCountry(m, k, a.id)) continue;
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
