import type { LayerAnnotation } from "../../core/index.js";
import { foldName } from "./fold-name.js";
import type { Gazetteer } from "./gazetteer.js";

type Entity = LayerAnnotation<"entity">;

const PLACE_TYPES: ReadonlySet<string> = new Set(["GPE", "LOC"]);
/** What may stand between the two halves of one name: "Jammu and Kashmir", "Trinidad & Tobago". */
const JOINERS: ReadonlySet<string> = new Set([" and ", " & "]);

/**
 * "in Reasi district of Jammu and Kashmir": the tagger calls "Jammu" and "Kashmir" two places, and
 * the events stage then reads one attack in two places. Two place entities joined only by "and" (or
 * "&") whose whole span the gazetteer's main index lists as one name ("Jammu and Kashmir", "Bosnia
 * and Herzegovina", "Trinidad and Tobago") are that one place: they become one GPE entity. Lists of
 * two places ("Kabul and Kandahar") are not names in the gazetteer and stay two. The entity layer
 * itself is left as it is. Linear: each entity is compared with the next one only.
 */
export function joinCoordinatedNames(text: string, entities: readonly Entity[], gazetteer: Gazetteer): readonly Entity[] {
  if (entities.length < 2) return entities;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let out: Entity[] | null = null;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!, b = sorted[k + 1]!;
    if (!PLACE_TYPES.has(a.data.type) || !PLACE_TYPES.has(b.data.type) || !JOINERS.has(text.slice(a.end, b.start))) continue;
    const surface = text.slice(a.start, b.end);
    if (!gazetteer.findKey(foldName(surface), surface)) continue;
    out ??= [...sorted];
    const joined: Entity = { ...a, end: b.end, data: { ...a.data, type: "GPE", text: surface } };
    out[out.indexOf(a)] = joined;
    out.splice(out.indexOf(b), 1);
    k++;
  }
  return out ?? entities;
}
