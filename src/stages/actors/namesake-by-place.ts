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
  const has = (a: LayerAnnotation<"actor">) => a.data.dictionaryId !== undefined && (dict.namesakes.has(a.data.dictionaryId) || dict.theatreAliases.has(a.data.dictionaryId));
  if (!actors.some(has)) return undefined;
  const tally = new CountryTally();
  layer(doc, "place").forEach((p, k) => tally.add(p.data.country, k));
  const country = mainCountry(tally, { minShare: MIN_PLACE_SHARE });
  let changed = false;
  const out = actors.map((a) => {
    const outside = outsideTheatre(doc, dict, a, country);
    if (outside) {
      changed = true;
      return outside;
    }
    if (!country) return a;
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

/**
 * "AS militants ambushed a convoy near Mahas (Bulo Burde, Hiraan)": an alias its row names only in one theatre
 * (organisations.tsv "AS@SO") reads as that row only where most of the article's places lie in the theatre's country.
 * Elsewhere ("Nammo Raufoss AS", "AS Roma") an actor all of whose mentions are such aliases is no dictionary actor: it
 * keeps its mentions as an organisation named by its words, as a name the dictionary does not know.
 */
function outsideTheatre(doc: Document, dict: ActorDictionary, a: LayerAnnotation<"actor">, country: string | null | undefined): LayerAnnotation<"actor"> | null {
  const bound = a.data.dictionaryId ? dict.theatreAliases.get(a.data.dictionaryId) : undefined;
  if (!bound || a.data.mentions.length === 0) return null;
  // A mention is the alias, or the alias before the descriptor it opens ("AS militants").
  const aliasOf = (t: string) => [...bound.keys()].find((b) => (t === b || t.startsWith(`${b} `)) && bound.get(b) !== country);
  const found = a.data.mentions.map((m) => aliasOf(doc.text.slice(m.start, m.end)));
  if (found.some((b) => b === undefined)) return null;
  const name = found[0]!;
  const { dictionaryId: _id, code: _code, partyType: _type, ...rest } = a.data;
  return { ...a, data: { ...rest, name, kind: "organisation", country: null, acledName: name, aliases: [] }, source: { ...a.source, rule: `${a.source.rule}+${RULE}:outside-theatre` } };
}
