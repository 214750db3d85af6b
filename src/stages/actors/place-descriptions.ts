import { defineStage, findSpanAt, layer, type Document, type LayerAnnotation, type PartyType, type Span } from "../../core/index.js";
import type { ActorDictionary } from "./actor-dictionary.js";

/** ACLED's labels of unnamed parties given with their country: "Civilians (Pakistan)". */
const LABEL_OF: Partial<Record<PartyType, string>> = { CVL: "Civilians", PRO: "Protesters", RIO: "Rioters", UAF: "Unidentified Armed Group", REB: "Unidentified Armed Group" };
/** Places precise enough to say whose country a scene is in (a country named in the sentence is read by the actors stage itself). */
const LOCAL_KINDS = new Set(["city", "admin2", "admin1", "feature"]);
const RULE = "descriptor:country-of-place";
/** Sentences back, within the paragraph, a sentence naming no place looks for its scene (as the events stage's SCENE_REACH_SENTENCES). */
const SCENE_SENTENCES = 2;

/** Rules of the actors stage that describe unnamed people with a country from context or none (find-descriptors.ts). */
const DESCRIPTION_RULES = /\+(?:description|no-country|context-country)(?:\+|$)/;

/** Words that introduce where something happened: "in Peshawar", "near the town of Aipe", "at the Kabul airport". */
const LOCATIVES: ReadonlySet<string> = new Set(["in", "near", "at", "outside", "around", "from", "across", "inside"]);
/** Words before a place searched for a locative ("in the northern city of Peshawar": 4, "of" passed). */
const LOCATIVE_REACH_WORDS = 5;

/**
 * Whether a place is written as where something happened, a locative up to LOCATIVE_REACH_WORDS
 * words before it within its clause: a name used as a modifier ("the upcoming U.N. summit") says nothing of where.
 */
function isLocative(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const words = before.split(/\s+/).filter((w) => w.length > 0).slice(-LOCATIVE_REACH_WORDS);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (LOCATIVES.has(w)) return true;
    if (/[.,;:!?"]$/.test(w)) return false;
  }
  return false;
}

/** A typed description the actors stage made ("gunmen", "civilians", "protesters"): no name, no dictionary row. */
function isDescription(a: LayerAnnotation<"actor">): boolean {
  const t = a.data.partyType;
  return t !== undefined && LABEL_OF[t] !== undefined && !a.data.dictionaryId && !a.data.entityType && DESCRIPTION_RULES.test(a.source.rule);
}

interface SentencePlaces {
  /** The one country of the sentence's towns, districts and provinces, or null when they disagree or there are none. */
  readonly country: string | null;
  /** Whether the sentence names a country or a nationality, from which the actors stage took its own reading. */
  readonly namesCountry: boolean;
}

/**
 * "Gunmen killed five civilians in Peshawar": a description whose country the text does not state
 * takes the country of the place its sentence names as where something happened (after "in",
 * "near", "at" ...), once places are resolved (the actors stage runs
 * before them, so it had only the article's focus, or nothing). A sentence naming no place is at its
 * paragraph's scene: the places of the nearest of the two sentences before it that names one. A
 * sentence that names a country or a
 * nationality ("Afghan civilians", "in Pakistan") keeps the actors stage's reading, and so does one
 * whose places lie in several countries. Mentions that change country move to the description of
 * that country (made when missing); an actor all of whose mentions move is renamed in place, so its
 * id stays. Provenance: `descriptor:country-of-place` in the actor's rule.
 */
export function placeDescriptions(doc: Document, dict: ActorDictionary): LayerAnnotation<"actor">[] | undefined {
  const actors = layer(doc, "actor");
  const descriptions = actors.filter(isDescription);
  if (descriptions.length === 0) return undefined;
  const sentences = layer(doc, "sentence");
  const placesBySentence = new Map<number, SentencePlaces>();
  const sentenceOf = (offset: number) => findSpanAt(sentences, offset);
  // Places and nationalities bucketed by sentence in one pass: a long text has thousands of each.
  const placesIn = new Map<number, LayerAnnotation<"place">[]>();
  for (const p of layer(doc, "place")) {
    const k = sentenceOf(p.start);
    if (k < 0) continue;
    const list = placesIn.get(k);
    if (list) list.push(p);
    else placesIn.set(k, [p]);
  }
  const withNationality = new Set<number>();
  for (const e of layer(doc, "entity")) if (e.data.type === "NORP") withNationality.add(sentenceOf(e.start));
  const placesOf = (k: number): SentencePlaces => {
    let found = placesBySentence.get(k);
    if (found) return found;
    const here = placesIn.get(k) ?? [];
    const countries = new Set(here.filter((p) => LOCAL_KINDS.has(p.data.kind) && p.data.country && isLocative(doc.text, p.start)).map((p) => p.data.country!));
    const namesCountry = here.some((p) => p.data.kind === "country") || withNationality.has(k);
    found = { country: countries.size === 1 ? [...countries][0]! : null, namesCountry };
    placesBySentence.set(k, found);
    return found;
  };
  // "They killed five civilians." after "Gunmen stormed a village in Kunduz": a sentence naming no place is at its paragraph's scene.
  const sceneOf = (k: number): SentencePlaces => {
    const own = placesOf(k);
    if (own.namesCountry || own.country) return own;
    for (let j = k - 1; j >= 0 && k - j <= SCENE_SENTENCES && !doc.text.slice(sentences[j]!.end, sentences[j + 1]!.start).includes("\n"); j--) {
      const p = placesOf(j);
      if (p.namesCountry || p.country) return p;
    }
    return own;
  };
  // Mentions to move, per description and target country.
  const moves = new Map<string, Map<string, Span[]>>();
  for (const a of descriptions) {
    for (const m of a.data.mentions ?? []) {
      const k = sentenceOf(m.start);
      if (k < 0) continue;
      const p = sceneOf(k);
      if (p.namesCountry || !p.country || p.country === a.data.country || !dict.entries.has(`country:${p.country}`)) continue;
      const byCountry = moves.get(a.id) ?? new Map<string, Span[]>();
      const list = byCountry.get(p.country);
      if (list) list.push(m);
      else byCountry.set(p.country, [m]);
      moves.set(a.id, byCountry);
    }
  }
  if (moves.size === 0) return undefined;

  let out = [...actors];
  let nextId = Math.max(0, ...actors.map((a) => Number(/^a(\d+)$/.exec(a.id)?.[1] ?? 0))) + 1;
  for (const [id, byCountry] of moves) {
    for (const [country, spans] of byCountry) {
      const from = out.find((a) => a.id === id)!;
      const type = from.data.partyType!;
      const label = LABEL_OF[type]!;
      const countryName = dict.entries.get(`country:${country}`)!.name;
      const name = `${label} (${countryName})`;
      const moved = new Set(spans.map((m) => `${m.start}:${m.end}`));
      const remaining = (from.data.mentions ?? []).filter((m) => !moved.has(`${m.start}:${m.end}`));
      const existing = out.find((a) => a !== from && isDescription(a) && a.data.partyType === type && a.data.country === country);
      // All its mentions moved to a description that exists: it goes, unless another actor names it as its affiliation.
      const referenced = (x: string) => out.some((a) => a.data.affiliation === x);
      if (remaining.length === 0 && existing && !referenced(from.id)) {
        const all = [...(existing.data.mentions ?? []), ...spans].sort((x, y) => x.start - y.start);
        out = out.filter((a) => a !== from).map((a) => (a === existing ? { ...a, start: all[0]!.start, end: all[0]!.end, data: { ...a.data, mentions: all }, source: { ...a.source, rule: `${a.source.rule}+${RULE}` } } : a));
        continue;
      }
      if (remaining.length === 0) {
        out = out.map((a) => (a === from ? { ...a, data: { ...a.data, name, country, acledName: name }, source: { ...a.source, rule: `${a.source.rule}+${RULE}` } } : a));
        continue;
      }
      out = out.map((a) => (a === from ? { ...a, data: { ...a.data, mentions: remaining }, start: remaining[0]!.start, end: remaining[0]!.end } : a));
      if (existing) {
        const all = [...(existing.data.mentions ?? []), ...spans].sort((x, y) => x.start - y.start);
        out = out.map((a) => (a === existing ? { ...a, start: all[0]!.start, end: all[0]!.end, data: { ...a.data, mentions: all }, source: { ...a.source, rule: `${a.source.rule}+${RULE}` } } : a));
      } else {
        const sorted = [...spans].sort((x, y) => x.start - y.start);
        out.push({
          id: `a${nextId++}`, layer: "actor", start: sorted[0]!.start, end: sorted[0]!.end,
          data: { ...from.data, name, country, acledName: name, mentions: sorted, aliases: from.data.aliases },
          source: { stage: "actors", rule: `${from.source.rule}+${RULE}` },
        });
      }
    }
  }
  return out;
}

/** Descriptions placed in the country of their sentence's places; after places, before quotes and events (src/pipelines/news-pipeline.ts). */
export const placeDescriptionsStage = defineStage({
  name: "place-descriptions",
  requires: ["sentence", "token", "actor", "place"],
  provides: ["actor"],
  run(doc, ctx) {
    const dict = ctx.resources.actorDictionary as ActorDictionary | undefined;
    const actor = dict ? placeDescriptions(doc, dict) : undefined;
    return actor ? { actor } : {};
  },
});
