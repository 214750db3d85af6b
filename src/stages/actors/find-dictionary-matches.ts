import type { ActorDictionary, AliasForm, DictionaryEntry } from "./actor-dictionary.js";
import { PLACE_NAME_PREFIXES } from "./heuristics.js";
import type { TokenView } from "./token-view.js";

/** A dictionary alias found in the token stream. */
export interface DictionaryMatch {
  readonly start: number;
  readonly end: number;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly alias: AliasForm;
  readonly entry: DictionaryEntry;
}

/**
 * Longest-first dictionary lookup anchored at token starts. A match must end at a token end, or
 * before a hyphen and a lower-case letter ("US-led"), never inside a name ("IS" in "IS-K").
 */
export function findDictionaryMatches(view: TokenView, dict: ActorDictionary): DictionaryMatch[] {
  const out: DictionaryMatch[] = [];
  const { toks, text } = view;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const candidates = dict.aliasesByKey.get(tok.key);
    if (!candidates) continue;
    for (const alias of candidates) {
      const match = matchAliasAt(view, i, alias);
      if (!match) continue;
      const entry = dict.entries.get(alias.entryId)!;
      if (entry.kind === "country" && isInsideOtherPlaceName(view, i)) break;
      if (entry.kind === "media" && continuesAsName(view, match.to)) break;
      out.push({ start: tok.start, end: tok.start + alias.text.length, from: i, to: match.to, alias, entry });
      i = match.to - 1;
      break;
    }
  }
  return out;

  function matchAliasAt(v: TokenView, i: number, alias: AliasForm): { to: number } | null {
    const tok = v.toks[i]!;
    const end = tok.start + alias.text.length;
    if (end > text.length) return null;
    const surface = text.slice(tok.start, end).replace(/[’‘`´]/g, "'");
    if (surface.toLowerCase() !== alias.lower) return null;
    if (alias.exactCase) {
      if (surface !== alias.text || v.shouting[tok.sentence]) return null;
    } else {
      for (const at of alias.capitals) if (surface[at] === surface[at]!.toLowerCase()) return null;
    }
    const endTok = v.endAt.get(end);
    if (endTok !== undefined) {
      if (v.toks[endTok]!.sentence !== tok.sentence) return null;
      return { to: endTok + 1 };
    }
    // "US-led", "Taliban-run": the alias is the first part of a hyphenated modifier.
    if (text[end] === "-" && /\p{Ll}/u.test(text[end + 1] ?? "")) {
      let j = i;
      while (j < v.toks.length && v.toks[j]!.end < end) j++;
      return j < v.toks.length ? { to: j + 1 } : null;
    }
    return null;
  }
}

function isInsideOtherPlaceName(view: TokenView, i: number): boolean {
  const prev = view.toks[i - 1];
  const tok = view.toks[i]!;
  return !!prev && prev.sentence === tok.sentence && prev.capitalised && PLACE_NAME_PREFIXES.has(prev.lower) && prev.end + 1 >= tok.start;
}

/**
 * Outlet names are often ordinary words ("The Guardian", "The Hindu"); followed by another
 * capitalised name word ("The Guardian Council") they are the start of a different name.
 */
function continuesAsName(view: TokenView, next: number): boolean {
  const t = view.toks[next];
  const prev = view.toks[next - 1]!;
  return !!t && t.sentence === prev.sentence && t.capitalised && t.pos === "PROPN" && t.start === prev.end + 1 && !view.shouting[t.sentence];
}
