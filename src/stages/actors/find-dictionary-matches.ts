import { keyOf, type ActorDictionary, type AliasForm, type DictionaryEntry } from "./actor-dictionary.js";
import { NAME_OPENING_ADJECTIVES, PLACE_NAME_PREFIXES } from "./heuristics.js";
import type { Tok, TokenView } from "./token-view.js";

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
 * The first "-" at or after `from` and before `end`, or -1: a search of the token alone, where
 * `text.indexOf("-", from)` read on to the article's next hyphen, however far, from every token.
 */
function hyphenBefore(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 45) return i;
  return -1;
}

/**
 * Longest-first dictionary lookup anchored at token starts and at the parts of hyphenated tokens
 * ("counter-ISIL", "US-led", "UK-France"). A match must end at a token end or at a hyphen, never
 * inside a word; the whole hyphenated form is tried first, so "IS-K" is never read as "IS".
 */
export function findDictionaryMatches(view: TokenView, dict: ActorDictionary): DictionaryMatch[] {
  const out: DictionaryMatch[] = [];
  const { toks, text } = view;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    let at = tok.start;
    let key = tok.key;
    while (at < tok.end) {
      const found = matchAt(i, at, key);
      if (found && found.to - 1 > i) {
        i = found.to - 1;
        break;
      }
      const nextAt = found ? found.end : at;
      const hyphen = hyphenBefore(text, nextAt, tok.end - 1);
      if (hyphen < 0) break;
      at = hyphen + 1;
      key = keyOf(text.slice(at, tok.end));
      if (!/^[\p{L}\p{N}]/u.test(text[at] ?? "")) break;
    }
  }
  return out;

  function matchAt(i: number, at: number, key: string): DictionaryMatch | null {
    const candidates = dict.aliasesByKey.get(key);
    if (!candidates) return null;
    for (const alias of candidates) {
      const to = aliasEnd(i, at, alias);
      if (to === null) continue;
      const entry = dict.entries.get(alias.entryId)!;
      if (at === toks[i]!.start && entry.kind === "country" && (isInsideOtherPlaceName(view, i) || endsHyphenatedName(view, i))) return null;
      if (entry.kind === "media" && continuesAsName(view, to, dict)) return null;
      if (entry.kind !== "country" && alias.text.includes(" ") && endsBeforeOrgHead(view, to, dict)) return null;
      if (entry.kind !== "country" && at === toks[i]!.start && startsAfterNameAdjective(view, i)) return null;
      const m: DictionaryMatch = { start: at, end: at + alias.text.length, from: i, to, alias, entry };
      out.push(m);
      return m;
    }
    return null;
  }

  function aliasEnd(i: number, at: number, alias: AliasForm): number | null {
    const tok = toks[i]!;
    const end = at + alias.text.length;
    if (end > text.length) return null;
    if (!sameIgnoringCase(text, at, alias.lower)) return null;
    if (alias.exactCase) {
      if (view.shouting[tok.sentence] || !sameExactly(text, at, alias.text)) return null;
    } else {
      for (const c of alias.capitals) {
        const ch = text[at + c]!;
        if (ch === ch.toLowerCase()) return null;
      }
    }
    const endTok = view.endAt.get(end);
    if (endTok !== undefined) return toks[endTok]!.sentence === tok.sentence ? endTok + 1 : null;
    // "US-led", "counter-ISIL coalition", "UK-France": the alias is one part of a hyphenated token.
    if (text[end] === "-" && /[\p{L}\p{N}]/u.test(text[end + 1] ?? "")) {
      let j = i;
      while (j < toks.length && toks[j]!.end < end) j++;
      return j < toks.length && toks[j]!.sentence === tok.sentence ? j + 1 : null;
    }
    return null;
  }
}

/** Apostrophes of every kind read as "'", so "Hay’at" matches "Hay'at". */
function foldedCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 ? 39 : c;
}

/** text[at..] equals `lower` ignoring case, without allocating (the hot path of the lookup). */
function sameIgnoringCase(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    let c = foldedCode(text, at + k);
    const want = lower.charCodeAt(k);
    if (c === want) continue;
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    if (c !== want) return false;
  }
  return true;
}

function sameExactly(text: string, at: number, alias: string): boolean {
  for (let k = 0; k < alias.length; k++) if (foldedCode(text, at + k) !== alias.charCodeAt(k)) return false;
  return true;
}

function isInsideOtherPlaceName(view: TokenView, i: number): boolean {
  const prev = view.toks[i - 1];
  const tok = view.toks[i]!;
  return !!prev && prev.sentence === tok.sentence && prev.capitalised && PLACE_NAME_PREFIXES.has(prev.lower) && prev.end + 1 >= tok.start;
}

/**
 * "Iraq's National Security Council", "Iran's Supreme National Security Council": a name right after a capitalised
 * adjective that opens names of state bodies (not at the sentence's start) is the tail of a longer name, a body of
 * its own, not the one the dictionary lists ("Security Council" of the UN).
 */
function startsAfterNameAdjective(view: TokenView, i: number): boolean {
  const prev = nameWordBefore(view, i);
  // Not a sentence's first word: "National Security Council" there is the name itself.
  return !!prev && view.toks[i - 2]?.sentence === prev.sentence && NAME_OPENING_ADJECTIVES.has(prev.lower);
}

/** The capitalised word one space before token i in its sentence, outside an all-caps line, that may open a longer name; else null. */
function nameWordBefore(view: TokenView, i: number): Tok | null {
  const prev = view.toks[i - 1];
  const tok = view.toks[i]!;
  return prev && prev.sentence === tok.sentence && prev.capitalised && !view.shouting[tok.sentence] && prev.end + 1 === tok.start ? prev : null;
}

/**
 * "Ittehad-ul-Mujahideen Pakistan", "Tehreek-e-Labbaik Pakistan": a country's name right after a capitalised,
 * hyphen-joined word of a transliterated name ends that name (a group's), and is no mention of the state.
 */
function endsHyphenatedName(view: TokenView, i: number): boolean {
  const prev = nameWordBefore(view, i);
  return !!prev && prev.text.includes("-") && !prev.text.endsWith("-");
}

/**
 * Outlet names are often ordinary words ("The Guardian", "The Hindu"); followed by another
 * capitalised name word ("The Guardian Council") they are the start of a different name.
 */
function continuesAsName(view: TokenView, next: number, dict: ActorDictionary): boolean {
  const t = view.toks[next];
  const prev = view.toks[next - 1]!;
  if (!t || t.sentence !== prev.sentence || !t.capitalised || t.pos !== "PROPN" || t.start !== prev.end + 1 || view.shouting[t.sentence]) return false;
  // "Sputnik News Agency": an outlet's own description does not make it another name.
  return !dict.headsByFirstWord.get(t.lower)?.some((h) => h.role === "media");
}

/**
 * "Department of State Services" (Nigeria's secret police): a name of several words that does not end in a word
 * heading bodies' names, followed by a capitalised word that heads the name of a state body or an association
 * (org-heads.tsv), is the start of another, longer name, not the body the dictionary lists. A name ending in such a
 * word is whole ("UN Security Council Resolution 2254"); a publication's or a document's word after it does not
 * lengthen it ("White House Press Secretary").
 */
function endsBeforeOrgHead(view: TokenView, next: number, dict: ActorDictionary): boolean {
  const t = view.toks[next];
  const prev = view.toks[next - 1]!;
  if (!t || t.sentence !== prev.sentence || !t.capitalised || view.shouting[t.sentence] || t.start !== prev.end + 1) return false;
  if (dict.orgHeads.has(prev.lower)) return false;
  const head = dict.orgHeads.get(t.lower);
  return head !== undefined && LENGTHENING_KINDS.has(head.kind);
}
const LENGTHENING_KINDS: ReadonlySet<string> = new Set(["government", "military", "police", "ngo"]);
