import type { TokenData } from "../../core/index.js";
import { PATTERN_GAP_TOKENS } from "./heuristics.js";

/**
 * The small pattern language of the events lexicons: space-separated elements matched on
 * consecutive tokens. An element is `a|b|c` (lemma, lower-case form or a light stem of it),
 * an alternative may be `=word` (exact lower-case form only), `word/POS` or `_/POS` (any word of that POS), or `#score`
 * (a game's score as one token: "2-0", "120-98"); `*` skips 0..PATTERN_GAP_TOKENS tokens. Compiled once at load time.
 */
export interface PatternAlt {
  readonly word: string;
  readonly exact: boolean;
  readonly pos: string | null;
}

/**
 * A word element: its alternatives, with the plain ones (no `=`, no POS) also in a set, so an element
 * of a hundred words (a word class of trigger-senses.tsv) costs one lookup per candidate form; the exact
 * ones with no POS (`=word`) in a set of their own, tried on the lower-case form alone (sense cues list up
 * to 31 of them, and were tried one by one at every token of their windows); `special` holds the rest
 * (a POS, or a score).
 */
export type PatternElement =
  | { readonly kind: "word"; readonly alts: readonly PatternAlt[]; readonly plain: ReadonlySet<string>; readonly exact: ReadonlySet<string>; readonly special: readonly PatternAlt[] }
  | { readonly kind: "gap" };

export interface TokenPattern {
  readonly source: string;
  readonly elements: readonly PatternElement[];
}

/** Words a token may be matched as: its lemma, its lower-case form and light stems (wink lemmatises badly at sentence start). */
export interface TokenView {
  readonly normal: string;
  readonly pos: string;
  /** Distinct candidate words, the lower-case form first. */
  readonly forms: readonly string[];
  /** The word classes isLocative tests, as bits (locative-bits.ts): set on the sentence view's cached views; absent elsewhere, where they are looked up. */
  readonly locativeBits?: number;
}

export function compilePattern(source: string): TokenPattern {
  const elements: PatternElement[] = source
    .trim()
    .split(/\s+/)
    .map((el): PatternElement => {
      if (el === "*") return { kind: "gap" };
      const alts = el.split("|").filter(Boolean).map((a): PatternAlt => {
        const exact = a.startsWith("=");
        const body = exact ? a.slice(1) : a;
        const slash = body.lastIndexOf("/");
        const word = (slash > 0 ? body.slice(0, slash) : body).toLowerCase();
        const pos = slash > 0 ? body.slice(slash + 1) : null;
        return { word, exact, pos };
      });
      const special = (a: PatternAlt) => a.exact || a.pos !== null || a.word === SCORE_WORD;
      const exactOnly = (a: PatternAlt) => a.exact && a.pos === null && a.word !== SCORE_WORD;
      const plain = new Set(alts.filter((a) => !special(a)).map((a) => a.word));
      const exact = new Set(alts.filter(exactOnly).map((a) => a.word));
      return { kind: "word", alts, plain, exact, special: alts.filter((a) => special(a) && !exactOnly(a)) };
    });
  if (elements.length === 0 || elements[0]!.kind === "gap" || elements[elements.length - 1]!.kind === "gap") {
    throw new Error(`pattern "${source}" must start and end with a word`);
  }
  return { source, elements };
}

/** First-element words of a pattern, to index it. */
export function firstWords(pattern: TokenPattern): string[] {
  const first = pattern.elements[0]!;
  return first.kind === "word" ? first.alts.map((a) => a.word) : [];
}

const VOWEL = /[aeiou]/;
/** Stems that take "-es": ending in s, x, z, ch, sh or o. */
const ES_STEM = /(?:[sxzo]|ch|sh)$/;

function addForm(forms: string[], s: string): void {
  if (s.length >= 2 && !forms.includes(s)) forms.push(s);
}

/** Lemma, lower-case form and the stems a regular inflection would give ("shelled" -> shell, "seized" -> seize). */
export function viewToken(data: TokenData, surface: string): TokenView {
  const normal = (data.normal || surface).toLowerCase();
  const forms: string[] = [normal];
  addForm(forms, data.lemma.toLowerCase());
  if (normal.endsWith("ies") && normal.length > 4) addForm(forms, `${normal.slice(0, -3)}y`);
  // "-es" makes a plural or third person only after a hiss or an o ("clashes", "boxes", "heroes"): "aides" is no
  // form of "aid", nor "robes" of "rob" (those would be "aids", "robs"); "-s" alone gives "aide", "robe".
  if (normal.endsWith("es") && normal.length > 4 && ES_STEM.test(normal.slice(0, -2))) addForm(forms, normal.slice(0, -2));
  if (normal.endsWith("s") && !normal.endsWith("ss") && normal.length > 3) addForm(forms, normal.slice(0, -1));
  if (normal.endsWith("ied") && normal.length > 4) addForm(forms, `${normal.slice(0, -3)}y`);
  if (normal.endsWith("ed") && normal.length > 4) {
    const base = normal.slice(0, -2);
    addForm(forms, base);
    addForm(forms, normal.slice(0, -1));
    if (base.length > 2 && base[base.length - 1] === base[base.length - 2] && !VOWEL.test(base[base.length - 1]!)) addForm(forms, base.slice(0, -1));
  }
  if (normal.endsWith("ing") && normal.length > 5) {
    const base = normal.slice(0, -3);
    addForm(forms, base);
    addForm(forms, `${base}e`);
    if (base.length > 2 && base[base.length - 1] === base[base.length - 2] && !VOWEL.test(base[base.length - 1]!)) addForm(forms, base.slice(0, -1));
  }
  return { normal, pos: data.pos, forms };
}

/** The word of an alternative that matches any token of its POS ("_/PROPN": any proper noun). */
const ANY_WORD = "_";
/** The word of an alternative that matches a game's score, which the tokenizer keeps as one token ("2-0"). */
const SCORE_WORD = "#score";
const SCORE = /^\d{1,3}[-\u2013]\d{1,3}$/;

function altMatches(alt: PatternAlt, t: TokenView): boolean {
  if (alt.word === SCORE_WORD) return SCORE.test(t.normal);
  if (alt.pos && alt.pos !== t.pos) return false;
  if (alt.word === ANY_WORD && alt.pos) return true;
  return alt.exact ? t.normal === alt.word : t.forms.includes(alt.word);
}

function elementMatches(el: PatternElement, t: TokenView): boolean {
  if (el.kind !== "word") return false;
  for (const f of t.forms) if (el.plain.has(f)) return true;
  if (el.exact.size > 0 && el.exact.has(t.normal)) return true;
  // A loop, not .some: an arrow over `t` was a closure made per call.
  const special = el.special;
  for (let k = 0; k < special.length; k++) if (altMatches(special[k]!, t)) return true;
  return false;
}

/** Whether token `t` matches a pattern's first element: it depends on the token's view alone, so the events stage keeps it per word (sentence-view.ts). */
export function startsPattern(pattern: TokenPattern, t: TokenView): boolean {
  return elementMatches(pattern.elements[0]!, t);
}

/** As matchPatternAt, for a token already known to match the pattern's first element (startsPattern) and `start` < `end`. */
export function matchPatternAfterStart(pattern: TokenPattern, tokens: readonly TokenView[], start: number, end: number): number[] | null {
  // Most rows a word starts fail at their second word: tried before any array is made.
  const second = pattern.elements[1];
  if (second !== undefined && second.kind === "word" && (start + 1 >= end || !elementMatches(second, tokens[start + 1]!))) return null;
  const matched: number[] = [start];
  return matchFrom(pattern.elements, 1, tokens, start + 1, end, matched) ? matched : null;
}

/**
 * Matches the pattern at token `start` of `tokens` (one sentence, as views), never past `end`.
 * Returns the indices of the tokens matched by word elements (gaps excluded), or null.
 */
export function matchPatternAt(pattern: TokenPattern, tokens: readonly TokenView[], start: number, end: number): number[] | null {
  // A pattern starts with a word (compilePattern): most positions fail there, before any array is made
  // (cue and sense tests try every token of a window).
  if (start >= end || !elementMatches(pattern.elements[0]!, tokens[start]!)) return null;
  const second = pattern.elements[1];
  if (second !== undefined && second.kind === "word" && (start + 1 >= end || !elementMatches(second, tokens[start + 1]!))) return null;
  const matched: number[] = [start];
  return matchFrom(pattern.elements, 1, tokens, start + 1, end, matched) ? matched : null;
}

function matchFrom(els: readonly PatternElement[], e: number, tokens: readonly TokenView[], i: number, end: number, matched: number[]): boolean {
  if (e === els.length) return true;
  const el = els[e]!;
  if (el.kind === "gap") {
    for (let skip = 0; skip <= PATTERN_GAP_TOKENS && i + skip < end; skip++) {
      if (matchFrom(els, e + 1, tokens, i + skip, end, matched)) return true;
    }
    return false;
  }
  if (i >= end || !elementMatches(el, tokens[i]!)) return false;
  matched.push(i);
  if (matchFrom(els, e + 1, tokens, i + 1, end, matched)) return true;
  matched.pop();
  return false;
}
