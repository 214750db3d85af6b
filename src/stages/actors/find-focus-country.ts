import { CountryTally, mainCountry } from "../../core/main-country.js";
import { COMPASS_WORDS } from "./heuristics.js";
import type { Resolution } from "./resolution.js";
import { datelineDashIndex } from "../../core/dateline.js";

/**
 * The country an article is mostly about: the one whose names, demonyms, sector actors and capital
 * are mentioned most, earliest first on a tie. "The army" and "the government" with no country
 * named belong to it.
 */
export function findFocusCountry(res: Resolution, unmarked: readonly CapitalAt[] = unmarkedCapitals(res)): string | null {
  return mainCountry(countCountries(res, false, unmarked));
}

/** Prepositions that make a country the place of what is told ("in Syria"), not a party to it. */
const LOCATIVE: ReadonlySet<string> = new Set(["in", "at", "near", "across", "throughout", "inside", "into", "outside"]);

/**
 * The country where the article's events happen: counted like the focus, but a country only where it
 * is a place ("in Syria", a capital), not where it acts ("the United States condemns"). Unqualified
 * civilians, protesters, gunmen, soldiers and police are of this country: a State Department
 * statement about bombings in Syria is mostly about the United States, its victims are Syrians.
 */
export function findPlaceFocusCountry(res: Resolution, unmarked: readonly CapitalAt[] = unmarkedCapitals(res), governing: ReadonlySet<number> = new Set()): string | null {
  const places = countCountries(res, true, unmarked, governing);
  // "CAIRO (Reuters) - Sudan's paramilitary RSF killed more than 100 people in a village in Gezira state": with the
  // dateline's town the only place counted, the story says where it was filed, not where it happened; the country the
  // whole article tells of (every mention) is whose army and civilians it names.
  if (places.total <= DATELINE_PLACE_WEIGHT && res.focus) return res.focus;
  return mainCountry(places) ?? res.focus;
}

/**
 * "in Syria", "across the U.S.", "in northeastern Nigeria": a country named as a place, after a
 * locative preposition with at most a determiner and modifiers between.
 */
export function isPlaceUse(res: Resolution, from: number): boolean {
  const toks = res.view.toks;
  const sentence = toks[from]!.sentence;
  for (let k = from - 1; k >= 0 && k >= from - 4 && toks[k]!.sentence === sentence; k--) {
    const t = toks[k]!;
    if (LOCATIVE.has(t.lower)) return true;
    if (t.pos !== "DET" && t.pos !== "ADJ" && !COMPASS_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** `governing`: the offsets of capitals that stand for their governments ("Moscow accused"), no places of the story. */
function countCountries(res: Resolution, placesOnly: boolean, unmarked: readonly CapitalAt[], governing: ReadonlySet<number> = new Set()): CountryTally {
  const counts = new CountryTally();
  // "CAIRO, Nov 2 (Reuters) - Shelling ... in Sudan's North Darfur": the dateline's town is where the story was filed,
  // which may be abroad; it weighs half a mention, so it breaks a tie but never outweighs a country the story tells of
  // ("NAIROBI (Reuters) - A drone strike ... in Ethiopia's Amhara region ... the federal government": Ethiopia's).
  const datelineEnd = datelineEndOffset(res);
  const count = (iso2: string | null | undefined, at: number) => counts.add(iso2, at, at < datelineEnd ? DATELINE_PLACE_WEIGHT : 1);
  for (const n of res.named) {
    if (placesOnly) {
      if (n.entry?.kind === "country" && isPlaceUse(res, n.from)) count(n.entry.country, n.start);
      else if (n.kind === "place" && !governing.has(n.start)) count(res.dict.capitals.get(n.text.toLowerCase()), n.start);
      continue;
    }
    if (n.entry && (n.entry.kind === "country" || n.entry.id.startsWith("people:") || /^(gov|mil|police):/.test(n.entry.id))) count(n.entry.country, n.start);
    else if (n.kind === "place") count(res.dict.capitals.get(n.text.toLowerCase()), n.start);
  }
  for (const c of unmarked) if (!(placesOnly && governing.has(c.at))) count(c.iso2, c.at);
  return counts;
}

/** A capital the entity layer did not mark, and the offset where its name starts. */
export interface CapitalAt {
  readonly iso2: string;
  readonly at: number;
}

/**
 * Capitals the entity layer did not mark ("in Kabul" with no entity model), in text order: read once for both
 * counts (the focus and the place focus read the same ones). A name of one to three words of a sentence, the
 * longest first, from a capitalised word no name covers; only from a word some capital's name opens with.
 */
export function unmarkedCapitals(res: Resolution): CapitalAt[] {
  const out: CapitalAt[] = [];
  const toks = res.view.toks;
  const text = res.view.text;
  const capitals = res.dict.capitals;
  const openers = capitalOpenersOf(capitals);
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (res.namedAt[i] || !tok.capitalised) continue;
    // The token's own text lower-cased opens each name read from it (the view's `lower` has its apostrophes folded,
    // so it is not used); a capital sigma, whose lower case depends on the letter after it, is read the long way.
    const own = text.slice(tok.start, tok.end);
    if (!own.includes("\u03a3") && !openers.has(own.toLowerCase())) continue;
    for (let len = 3; len >= 1; len--) {
      const last = toks[i + len - 1];
      if (!last || last.sentence !== tok.sentence) continue;
      const iso2 = capitals.get(text.slice(tok.start, last.end).toLowerCase());
      if (iso2) {
        out.push({ iso2, at: tok.start });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

/** Every beginning of every capital's name ("k", "ku", ..., "kuala lumpur"), built once per dictionary. */
function capitalOpenersOf(capitals: ReadonlyMap<string, string>): ReadonlySet<string> {
  const known = capitalOpeners.get(capitals);
  if (known) return known;
  const openers = new Set<string>();
  for (const name of capitals.keys()) for (let k = 1; k <= name.length; k++) openers.add(name.slice(0, k));
  capitalOpeners.set(capitals, openers);
  return openers;
}
const capitalOpeners = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();

/** What a place named in the dateline weighs in the count of the story's places (countCountries). */
const DATELINE_PLACE_WEIGHT = 0.5;
/**
 * The offset where a wire story's dateline ends (its dash, core/dateline.ts), or -1.
 */
function datelineEndOffset(res: Resolution): number {
  const toks = res.view.toks;
  const opening = res.view.opening;
  let from = 0;
  while (from < toks.length && toks[from]!.sentence < opening) from++;
  let count = 0;
  while (from + count < toks.length && toks[from + count]!.sentence === opening) count++;
  const dash = datelineDashIndex(count, (i) => toks[from + i]!.text, (i) => toks[from + i]!.pos);
  return dash > 0 ? toks[from + dash]!.start : -1;
}
