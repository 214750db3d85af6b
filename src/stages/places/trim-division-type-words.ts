import type { LayerAnnotation } from "../../core/index.js";
import { foldName } from "./fold-name.js";
import type { Gazetteer } from "./gazetteer.js";
import type { PlacesLexicons } from "./places-lexicons.js";

type Entity = LayerAnnotation<"entity">;
type Token = LayerAnnotation<"token">;

/** Cue kinds that name an administrative division ("Morazan Department", "Kunar Province"). */
const DIVISION_KINDS: ReadonlySet<string> = new Set(["admin1", "admin2"]);

/**
 * "shot and killed today in Morazan Department", "bombs exploded in Usulutan Department": the
 * tagger calls a division's name with its capitalised type word an organisation, and the gazetteer
 * lists the name without the word, so neither pass found the place. An ORG or PERSON entity made of
 * a name the gazetteer lists and, last, a division's type word (cues.tsv rows of kind admin1/admin2
 * written after the name; lexicon row `cue:department-after` among them) is that place: the entity is
 * narrowed to the name and read as a GPE, its type word then reads as the name's cue. Not when "of"
 * follows ("the Ohio Department of Health" is an office) nor when the name part is not listed
 * or stoplisted ("Police Department", "Justice Department"). The entity layer itself is left as it is.
 */
export function trimDivisionTypeWords(text: string, tokens: readonly Token[], entities: readonly Entity[], gazetteer: Gazetteer, lexicons: PlacesLexicons): readonly Entity[] {
  let out: Entity[] | null = null;
  entities.forEach((ent, k) => {
    if (ent.data.type !== "ORG" && ent.data.type !== "PERSON") return;
    const surface = text.slice(ent.start, ent.end);
    const cut = surface.lastIndexOf(" ");
    if (cut <= 0) return;
    const typeWord = surface.slice(cut + 1);
    const cue = lexicons.cuesAfter.get(typeWord.toLowerCase());
    if (!cue || !DIVISION_KINDS.has(cue.kind) || !/^\p{Lu}/u.test(typeWord)) return;
    const name = surface.slice(0, cut).replace(/^the\s+/i, "");
    // "Police Department": a stoplisted common word is no division's name, whatever town bears it.
    if (lexicons.stoplist.has(foldName(name)) || !gazetteer.findKey(foldName(name), name)) return;
    if (followingWord(text, tokens, ent.end) === "of") return;
    (out ??= [...entities])[k] = { ...ent, end: ent.start + cut, data: { ...ent.data, type: "GPE", text: surface.slice(0, cut) } };
  });
  return out ?? entities;
}

/** The lower-case word of the first token starting at or after `end`, "" when none. */
function followingWord(text: string, tokens: readonly Token[], end: number): string {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < end) lo = mid + 1; else hi = mid; }
  const t = tokens[lo];
  return t ? text.slice(t.start, t.end).toLowerCase() : "";
}
