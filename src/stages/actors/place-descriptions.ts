import { defineStage, layer, type Document, type LayerAnnotation, type PartyType, type Span } from "../../core/index.js";
import { acledCountryName, type ActorDictionary } from "./actor-dictionary.js";
import type { EventsLexicons } from "../events/resources.js";
import { namesakesByPlace } from "./namesake-by-place.js";
import { placeStateForces } from "./place-state-forces.js";
import { mentionsToMove, sceneCountry, type SceneCountry } from "./scene-country.js";

/** ACLED's labels of unnamed parties given with their country: "Civilians (Pakistan)". */
const LABEL_OF: Partial<Record<PartyType, string>> = { CVL: "Civilians", PRO: "Protesters", RIO: "Rioters", UAF: "Unidentified Armed Group", REB: "Unidentified Armed Group" };
const RULE = "descriptor:country-of-place";

/** Rules of the actors stage that describe unnamed people with a country from context or none (find-descriptors.ts). */
const DESCRIPTION_RULES = /\+(?:description|no-country|context-country)(?:\+|$)/;

/** A description's words without the country a previous placing gave it ("Civilians (Nigeria)" -> "Civilians"). */
function baseName(a: LayerAnnotation<"actor">): string {
  return a.data.name.replace(/ \([^()]*\)$/, "");
}

/** A typed description the actors stage made ("gunmen", "civilians", "protesters"): no name, no dictionary row. */
function isDescription(a: LayerAnnotation<"actor">): boolean {
  const t = a.data.partyType;
  return t !== undefined && LABEL_OF[t] !== undefined && !a.data.dictionaryId && !a.data.entityType && DESCRIPTION_RULES.test(a.source.rule);
}

/**
 * "Gunmen killed five civilians in Peshawar": a description whose country the text does not state
 * takes the country of the place its sentence names as where something happened (after "in",
 * "near", "at" ...), once places are resolved (the actors stage runs
 * before them, so it had only the article's focus, or nothing). A sentence naming no place is at its
 * paragraph's scene: the places of the nearest of the two sentences before it that names one. A
 * mention in a sentence that names a nationality or a country before it, or a country as a place ("Afghan
 * civilians", "in Pakistan"), keeps the actors stage's reading, unless that nationality is a mention
 * of another party of a state ("Israeli airstrikes killed 20 civilians in Rafah": the civilians are
 * Palestine's, where the strikes fell), and so does one whose places lie in
 * several countries; a country named after it as a town's container ("in Peshawar, Pakistan") does
 * not block it (scene-country.ts). Mentions that change country move to the description of
 * that country (made when missing); an actor all of whose mentions move is renamed in place, so its
 * id stays. Provenance: `descriptor:country-of-place` in the actor's rule.
 */
export function placeDescriptions(doc: Document, dict: ActorDictionary, whereOf: () => SceneCountry = () => sceneCountry(doc)): LayerAnnotation<"actor">[] | undefined {
  const actors = layer(doc, "actor");
  const descriptions = actors.filter(isDescription);
  if (descriptions.length === 0) return undefined;
  const where = whereOf();
  // Mentions to move, per description and target country.
  const moves = mentionsToMove(descriptions, where, (_a, country) => dict.entries.has(`country:${country}`));
  if (moves.size === 0) return undefined;

  let out = [...actors];
  let nextId = Math.max(0, ...actors.map((a) => Number(/^a(\d+)$/.exec(a.id)?.[1] ?? 0))) + 1;
  for (const [id, byCountry] of moves) {
    for (const [country, spans] of byCountry) {
      const from = out.find((a) => a.id === id)!;
      const type = from.data.partyType!;
      const label = LABEL_OF[type]!;
      const countryName = acledCountryName(dict, country)!;
      const acledName = `${label} (${countryName})`;
      // "Herders", "Farmers" keep their own words (ACLED's name, "Civilians (Nigeria)", goes to acledName): the
      // herders who attack and the farmers they kill are two parties, not one description of a country.
      const own = baseName(from);
      const name = own === label ? acledName : own;
      const moved = new Set(spans.map((m) => `${m.start}:${m.end}`));
      const remaining = (from.data.mentions ?? []).filter((m) => !moved.has(`${m.start}:${m.end}`));
      const existing = out.find((a) => a !== from && isDescription(a) && a.data.partyType === type && a.data.country === country && baseName(a) === own);
      // All its mentions moved to a description that exists: it goes, unless another actor names it as its affiliation.
      const referenced = (x: string) => out.some((a) => a.data.affiliation === x);
      if (remaining.length === 0 && existing && !referenced(from.id)) {
        const all = [...(existing.data.mentions ?? []), ...spans].sort((x, y) => x.start - y.start);
        out = out.filter((a) => a !== from).map((a) => (a === existing ? { ...a, start: all[0]!.start, end: all[0]!.end, data: { ...a.data, mentions: all }, source: { ...a.source, rule: `${a.source.rule}+${RULE}` } } : a));
        continue;
      }
      if (remaining.length === 0) {
        out = out.map((a) => (a === from ? { ...a, data: { ...a.data, name, country, acledName }, source: { ...a.source, rule: `${a.source.rule}+${RULE}` } } : a));
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
          data: { ...from.data, name, country, acledName, mentions: sorted, aliases: from.data.aliases },
          source: { stage: "actors", rule: `${from.source.rule}+${RULE}` },
        });
      }
    }
  }
  return out;
}

/** Descriptions and unnamed state forces placed in the country of their sentence's places; after places, before quotes and events (src/pipelines/news-pipeline.ts). */
export const placeDescriptionsStage = defineStage({
  name: "place-descriptions",
  requires: ["sentence", "token", "actor", "place"],
  provides: ["actor"],
  run(doc, ctx) {
    const dict = ctx.resources.actorDictionary as ActorDictionary | undefined;
    if (!dict) return {};
    // Built once, when a description or a state force needs it.
    const named = namesakesByPlace(doc, dict, layer(doc, "actor"));
    const view = named ? { ...doc, layers: { ...doc.layers, actor: named } } : doc;
    let where: SceneCountry | undefined;
    const placeObjects = (ctx.resources.events as EventsLexicons | undefined)?.wordClasses.get("place-object");
    const whereOf = () => (where ??= sceneCountry(view, placeObjects));
    const described = placeDescriptions(view, dict, whereOf) ?? named;
    const actor = placeStateForces(view, dict, described ?? layer(doc, "actor"), whereOf) ?? described;
    return actor ? { actor } : {};
  },
});
