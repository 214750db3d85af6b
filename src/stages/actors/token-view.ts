import { layer, type Document } from "../../core/index.js";
import { storyOpening } from "../../core/dateline.js";
import { lowerBound } from "../../core/lower-bound.js";
import { tokenLowerTexts, tokenTexts } from "../../core/token-texts.js";
import { ALL_CAPS_LINE_SHARE, MIN_LETTERS_FOR_ALL_CAPS_TEST } from "./heuristics.js";
import { foldApostrophes, keyOf } from "./actor-dictionary.js";

/** A token as the actors stage reads it. */
export interface Tok {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Surface text with apostrophes folded to "'". */
  readonly text: string;
  readonly lower: string;
  readonly key: string;
  readonly pos: string;
  /** The tagger's lemma, lower case ("accused": "accuse"), for the rules that test a verb's or noun's class. */
  readonly lemma: string;
  readonly sentence: number;
  readonly capitalised: boolean;
}

export interface TokenView {
  readonly text: string;
  readonly toks: readonly Tok[];
  /** Per sentence: true for an all-caps line, where acronyms cannot be told from words. */
  readonly shouting: readonly boolean[];
  /** The sentence (index) that opens the story's text, where a wire story's dateline stands: the first that is not a glued headline (core/dateline.ts storyOpening). */
  readonly opening: number;
  /** Token index starting / ending at a character offset. */
  readonly startAt: OffsetIndex;
  readonly endAt: OffsetIndex;
}

/** The token that starts (or ends) exactly at an offset, if one does. */
export interface OffsetIndex {
  get(offset: number): number | undefined;
}

/**
 * Offsets of the tokens in text order, searched by halves: the view's tokens never overlap and none
 * is empty, so starts (and ends) strictly increase and an offset names at most one token. Two
 * typed arrays rather than two Maps of every token (the largest allocation of the actors stage).
 */
function offsetIndex(offsets: Int32Array): OffsetIndex {
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! <= offsets[i - 1]!) return lastAtOffset(offsets);
  return new SortedOffsets(offsets);
}

/** Should a token layer ever repeat an offset, a Map keeps what it always kept: the last token at it. */
function lastAtOffset(offsets: Int32Array): OffsetIndex {
  const map = new Map<number, number>();
  offsets.forEach((offset, i) => map.set(offset, i));
  return map;
}

class SortedOffsets implements OffsetIndex {
  constructor(private readonly offsets: Int32Array) {}

  get(offset: number): number | undefined {
    const a = this.offsets;
    const lo = lowerBound(a, offset);
    return lo < a.length && a[lo] === offset ? lo : undefined;
  }
}

export function buildTokenView(doc: Document): TokenView {
  const text = doc.text;
  const toks: Tok[] = [];
  const tokens = layer(doc, "token");
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  const texts = tokenTexts(text, tokens);
  const lowers = tokenLowerTexts(text, tokens);
  // Indexed: an array iterator allocates a result object per token where the loop is not optimised.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const raw = texts[k]!;
    // A lone left-to-right mark or other invisible character is no word: names and titles read across it.
    // (A token that starts with an ASCII letter or digit, most of them, cannot be one: the test is skipped.)
    if (!startsWithAsciiWordChar(raw) && INVISIBLE_ONLY.test(raw)) continue;
    const surface = hasApostropheToFold(raw) ? foldApostrophes(raw) : raw;
    const index = toks.length;
    // The token's text lower-cased once per document (tokenLowerTexts); a surface with folded apostrophes on its own.
    const lower = surface === raw ? lowers[k]! : surface.toLowerCase();
    toks.push({
      index,
      start: t.start,
      end: t.end,
      text: surface,
      lower,
      key: keyOf(surface, lower),
      pos: t.data.pos,
      lemma: t.data.lemma,
      sentence: t.data.sentence,
      capitalised: startsCapitalised(surface),
    });
    starts[index] = t.start;
    ends[index] = t.end;
  }
  const sentences = layer(doc, "sentence");
  const shouting = sentences.map((s) => isAllCaps(text.slice(s.start, s.end)));
  const opening = sentences[storyOpening(sentences)]?.data.index ?? 0;
  return { text, toks, shouting, opening, startAt: offsetIndex(starts.subarray(0, toks.length)), endAt: offsetIndex(ends.subarray(0, toks.length)) };
}

/** Empty, or nothing but format characters and white space. */
const INVISIBLE_ONLY = /^[\p{Cf}\s]*$/u;

function startsWithAsciiWordChar(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Whether foldApostrophes would change the word (’ ‘ ` ´), by a scan rather than a regex per token. */
function hasApostropheToFold(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4) return true;
  }
  return false;
}

function isAllCaps(s: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = s[i]!;
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo !== up) {
        letters++;
        if (ch === up) upper++;
      }
    }
  }
  return letters >= MIN_LETTERS_FOR_ALL_CAPS_TEST && upper / letters >= ALL_CAPS_LINE_SHARE;
}

function startsCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s[0]!;
  return ch !== ch.toLowerCase();
}

/** Index of the first token ending after `offset`, or toks.length. */
export function tokenAtOrAfter(view: TokenView, offset: number): number {
  const toks = view.toks;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The half-open token range [from, to) covering a character span. */
export function tokenRange(view: TokenView, start: number, end: number): { from: number; to: number } {
  const from = tokenAtOrAfter(view, start);
  let to = from;
  while (to < view.toks.length && view.toks[to]!.start < end) to++;
  return { from, to };
}
