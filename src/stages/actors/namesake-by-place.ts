import { layer, type Document, type LayerAnnotation } from "../../core/index.js";
import { CountryTally, mainCountry } from "../../core/main-country.js";
import type { ActorDictionary, DictionaryEntry } from "./actor-dictionary.js";
import { TYPE_OF_KIND } from "./acled-name.js";

const RULE = "namesake-by-place";

/** Share of the article's places its main country must hold before a namesake of that country replaces a name's first reading. */
const MIN_PLACE_SHARE = 0.5;


/**
 * "PTI supporters protested in Peshawar": an alias two countries' bodies share (the Press Trust of India and
 * Pakistan Tehreek-e-Insaf; Afghanistan's police and Pakistan's Awami National Party, both "ANP") is read as the
 * dictionary's first row by the actors stage, which runs before places. Once places are resolved, an actor read
 * that way whose country is not the one most of the article's places lie in becomes its namesake of that country,
 * when the dictionary has one (dictionary `namesakes`). Provenance: `namesake-by-place` in the actor's rule.
 */
export function namesakesByPlace(doc: Document, dict: ActorDictionary, actors: readonly LayerAnnotation<"actor">[]): LayerAnnotation<"actor">[] | undefined {
  if (!actors.some((a) => a.data.dictionaryId !== undefined && dict.namesakes.has(a.data.dictionaryId))) return undefined;
  const tally = new CountryTally();
  layer(doc, "place").forEach((p, k) => tally.add(p.data.country, k));
  const country = mainCountry(tally, { minShare: MIN_PLACE_SHARE });
  if (!country) return undefined;
  let changed = false;
  const out = actors.map((a) => {
    const ids = a.data.dictionaryId ? dict.namesakes.get(a.data.dictionaryId) : undefined;
    if (!ids || a.data.country === country) return a;
    const entry = ids.map((id) => dict.entries.get(id)).find((e): e is DictionaryEntry => e?.country === country);
    if (!entry) return a;
    changed = true;
    const { partyType: _formerType, code: _formerCode, ...rest } = a.data;
    // The party type the namesake's kind implies (an organisation has none of its own).
    const partyType = TYPE_OF_KIND[entry.kind];
    return {
      ...a,
      data: { ...rest, name: entry.name, kind: entry.kind, country: entry.country, dictionaryId: entry.id, entityType: entry.entityType, acledName: entry.name, ...(entry.code ? { code: entry.code } : {}), ...(partyType ? { partyType } : {}) },
      source: { ...a.source, rule: `${a.source.rule}+${RULE}` },
    };
  });
  return changed ? out : undefined;
}
