import { detachedString } from "../../core/detached-string.js";
import { mapped } from "../../core/keep.js";
import { TwoGenerationCache } from "../../core/two-generation-cache.js";
import { hashString, mixHash } from "./hashing.js";
import { GAZETTEER_CATEGORIES, type Gazetteer, type WordStarts } from "./gazetteer.js";
import { ENTITY_TYPES, LABEL_COUNT, labelType } from "./labels.js";
import type { WeightTable } from "./tagger.js";

/**
 * Feature templates of the tagger, after Ratinov & Roth (2009): the word and its lower-cased
 * form, shape, affixes, capitalisation, a window of two words each side, the two previous
 * predictions, gazetteer matches, and document-level features (what the same word was tagged
 * earlier in the article; whether it appears in ordinary case elsewhere). No part of speech.
 * Each feature is a hash of its template id and values; templates must keep their numbers
 * across versions of a saved model, so new ones are appended.
 */
/** Bumped whenever a template or hash changes: a model trained with other features is refused at load. */
export const FEATURES_VERSION = 3;

const enum T {
  Bias = 1, Word, Norm, Shape, ShortShape,
  Prefix1, Prefix2, Prefix3, Prefix4, Suffix1, Suffix2, Suffix3, Suffix4,
  NormM1, NormM2, NormP1, NormP2, ShortShapeM1, ShortShapeP1,
  NormM1Norm, NormNormP1, ShapeTrigram, FirstShape, HeadlineShape, HeadlineNorm,
  Gaz, GazM1, GazP1, GazShape,
  DocTitleCase, DocLowerCase, DocAllCapsOnly,
  PrevLabel, PrevTwoLabels, PrevLabelNorm, PrevLabelShape,
  History, HistoryMajority, HistoryShape, WordM1, WordP1, NormM2NormM1, NormP1NormP2,
  GazFull, ContextAggregate,
}

/** How many affix characters are used (1..MAX_AFFIX). */
const MAX_AFFIX = 4;
/** Full shapes are cut to this many characters ("Xxxxxxxx"), enough to tell long words apart. */
const MAX_SHAPE_CHARS = 8;

export interface TokenView {
  readonly word: string;
  readonly lower: string;
  readonly norm: number;
  readonly wordHash: number;
  readonly shortShape: number;
  /** 0 lowercase/other, 1 initial capital, 2 all capitals, 3 mixed */
  readonly caps: number;
  /** HAS_ASCII_LOWER and HAS_ASCII_UPPER: what isCapitalised and buildDocumentContext test the word for. */
  readonly asciiCase: number;
  /** The context-aggregation features of the word as the word before a name ("<" + lower) and after one (">" + lower). */
  readonly asBefore: number;
  readonly asAfter: number;
}

/** Document-wide facts that do not depend on predictions, computed once per document. */
export interface DocumentContext {
  /** Lower-cased words seen with an initial capital where capitals carry meaning (not first word, not a headline). */
  readonly titleCased: Set<string>;
  /** Lower-cased words seen in lower case. */
  readonly lowerCased: Set<string>;
  /**
   * Context aggregation (Ratinov & Roth 2009): for each capitalised word, the lower-cased words
   * next to it anywhere in the article, so every mention sees the contexts of the others.
   */
  readonly neighbours: Map<string, Uint32Array>;
}

/** Per-word counts of the entity types predicted so far in the document (extended prediction history). */
export type PredictionHistory = Map<string, Int32Array>;

const MIN_HEADLINE_LETTERS = 3;

export function shapeOf(word: string): string {
  let s = "";
  for (let i = 0; i < word.length && s.length < MAX_SHAPE_CHARS; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) s += "X";
    else if (c >= 97 && c <= 122) s += "x";
    else if (c >= 48 && c <= 57) s += "d";
    else if (c > 127 && word[i]!.toLowerCase() !== word[i]!.toUpperCase()) s += word[i] === word[i]!.toUpperCase() ? "X" : "x";
    else s += word[i];
  }
  return s;
}

export function shortShapeOf(word: string): string {
  const full = shapeOf(word.length > 40 ? word.slice(0, 40) : word);
  let s = "";
  for (const ch of full) if (s[s.length - 1] !== ch) s += ch;
  return s;
}

function capsOf(word: string): number {
  const hasUpper = word !== word.toLowerCase();
  if (!hasUpper) return 0;
  const hasLower = word !== word.toUpperCase();
  if (!hasLower) return 2;
  const first = word[0]!;
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase() ? 1 : 3;
}

function normOf(lower: string): string {
  return lower.replace(/\d/g, "0");
}

/** Whether a sentence is written in capitals (a headline): its case says nothing about names. */
export function isCapitalised(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (/[a-z]/.test(w)) return false;
    if (/[A-Z]/.test(w)) letters += w.length;
  }
  return letters >= MIN_HEADLINE_LETTERS;
}

const HAS_ASCII_LOWER = 1;
const HAS_ASCII_UPPER = 2;

function asciiCaseOf(word: string): number {
  return (/[a-z]/.test(word) ? HAS_ASCII_LOWER : 0) | (/[A-Z]/.test(word) ? HAS_ASCII_UPPER : 0);
}

/** isCapitalised of a sentence's token views: the same answer from the tests kept with each word. */
function isCapitalisedView(views: readonly TokenView[]): boolean {
  let letters = 0;
  for (const v of views) {
    if (v.asciiCase & HAS_ASCII_LOWER) return false;
    if (v.asciiCase & HAS_ASCII_UPPER) letters += v.word.length;
  }
  return letters >= MIN_HEADLINE_LETTERS;
}

/** Neighbours kept per word for context aggregation: enough for the telling ones ("said", "in", "Inc"). */
const MAX_NEIGHBOURS = 12;

/**
 * `views` are the sentences' token views from the tagger's word cache, when the caller has them: then
 * each word's case, lower-cased form and letter tests are read from its view (kept per word) instead
 * of being worked out again at every token of every article.
 */
export function buildDocumentContext(sentences: readonly (readonly string[])[], views?: readonly (readonly TokenView[])[]): DocumentContext {
  const cache = views ? undefined : new WordFeatureCache();
  const viewed = views ?? sentences.map((words) => viewTokens(words, cache));
  const titleCased = new Set<string>();
  const lowerCased = new Set<string>();
  const around = new Map<string, Neighbours>();
  // One loop; no neighbour string is made: a neighbour is told by its lower-cased form and side, and its feature is kept with its view.
  for (const words of viewed) {
    if (isCapitalisedView(words)) continue;
    for (let i = 0; i < words.length; i++) {
      const v = words[i]!;
      if (v.caps === 0) {
        if (v.asciiCase & HAS_ASCII_LOWER) lowerCased.add(v.word);
        continue;
      }
      const key = v.lower;
      if (v.caps === 1 && i > 0) titleCased.add(key);
      const prev = i > 0 ? words[i - 1] : undefined;
      const next = words[i + 1];
      // A word with no neighbour gets no entry in neighbours.
      if (prev === undefined && next === undefined) continue;
      let n = around.get(key);
      if (!n) around.set(key, (n = { before: [], after: [], features: [] }));
      // Each distinct neighbour once, in the order first met, at most MAX_NEIGHBOURS of them (before and after together).
      if (prev !== undefined && n.features.length < MAX_NEIGHBOURS && !n.before.includes(prev.lower)) {
        n.before.push(prev.lower);
        n.features.push(prev.asBefore);
      }
      if (next !== undefined && n.features.length < MAX_NEIGHBOURS && !n.after.includes(next.lower)) {
        n.after.push(next.lower);
        n.features.push(next.asAfter);
      }
    }
  }
  const neighbours = new Map<string, Uint32Array>();
  for (const [key, n] of around) neighbours.set(key, Uint32Array.from(n.features));
  return { titleCased, lowerCased, neighbours };
}

/** A capitalised word's neighbours in an article: their lower-cased forms on each side, and their features in the order first met. */
interface Neighbours {
  readonly before: string[];
  readonly after: string[];
  readonly features: number[];
}

/**
 * The feature of "<" + a word's lower case (or ">" + it). "<" and ">" are neither letters nor
 * case-ignorable, so this is the feature of the neighbour string `<${word}`.toLowerCase() of the paper's
 * template, Greek final sigma included.
 */
function neighbourFeature(side: "<" | ">", lower: string): number {
  return f(T.ContextAggregate, hashString(side + lower));
}

/** A token's view plus its features that depend on the word alone (word, shape, affixes). */
export interface WordInfo extends TokenView {
  readonly own: Uint32Array;
  /** The summed weights of the word's word-only features (wordPartScores), for the table `scoredBy`. */
  parts: Int32Array | undefined;
  scoredBy: WeightTable | undefined;
  /** The word's Gazetteer.startsOf for the gazetteer `startsIn`, kept as its parts are. */
  starts: WordStarts | undefined;
  startsIn: Gazetteer | undefined;
  /** Whether the word (digits folded) is in the set `outsideOf` (the tagger's outside words), kept likewise. */
  outside: boolean;
  outsideOf: ReadonlySet<string> | undefined;
}

/**
 * Most words recur, so their own features are computed once per process, in a bounded cache (core/two-generation-cache.ts;
 * measured 500-750 bytes a word: at most ~15 MB).
 */
const MAX_CACHED_WORDS_PER_GENERATION = 10_000;

export class WordFeatureCache {
  private readonly cache = new TwoGenerationCache<WordInfo>(MAX_CACHED_WORDS_PER_GENERATION);

  get(word: string): WordInfo {
    let info = this.cache.get(word);
    if (info) return info;
    // A cached key must not hold an article's text alive.
    info = describeWord(detachedString(word));
    this.cache.set(info.word, info);
    return info;
  }
}

function describeWord(word: string): WordInfo {
  const lower = word.toLowerCase();
  const norm = hashString(normOf(lower));
  const wordHash = hashString(word);
  const shortShape = hashString(shortShapeOf(word));
  const own: number[] = [f(T.Word, wordHash), f(T.Norm, norm), f(T.Shape, hashString(shapeOf(word))), f(T.ShortShape, shortShape)];
  for (let a = 1; a <= MAX_AFFIX && a <= lower.length; a++) {
    own.push(f(T.Prefix1 + a - 1, hashString(lower.slice(0, a))));
    own.push(f(T.Suffix1 + a - 1, hashString(lower.slice(-a))));
  }
  // Every field written out in one literal, not `{ ...view, own, ... }`: V8 (Node 20) gives each object made
  // by a spread followed by new keys a hidden class of its own, so the ~20,000 cached words each had one
  // (measured in a heap snapshot: 12,542 maps and their descriptor arrays, ~8 MB), and every read of a
  // word's fields in the tagger was a megamorphic lookup.
  return {
    word,
    lower,
    norm,
    wordHash,
    shortShape,
    caps: capsOf(word),
    asciiCase: asciiCaseOf(word),
    asBefore: neighbourFeature("<", lower),
    asAfter: neighbourFeature(">", lower),
    own: Uint32Array.from(own),
    parts: undefined,
    scoredBy: undefined,
    starts: undefined,
    startsIn: undefined,
    outside: false,
    outsideOf: undefined,
  };
}

/**
 * Whether a token view's word, digits folded (`fold`), is in `set`: remembered with the word, as a
 * tagger asks it of every token and most words recur.
 */
export function isListedWord(view: TokenView, set: ReadonlySet<string>, fold: (word: string) => string): boolean {
  const info = view as WordInfo;
  if (info.outsideOf !== set) {
    info.outside = set.has(fold(info.word));
    info.outsideOf = set;
  }
  return info.outside;
}

export function viewTokens(words: readonly string[], cache = new WordFeatureCache()): TokenView[] {
  return mapped(words, (w) => cache.get(w));
}

const PAD_BEFORE = hashString("<s>");
const PAD_AFTER = hashString("</s>");

const mix = mixHash;
function f(template: number, a: number): number {
  return mix(mix(template, a), 0x5bd1e995);
}
function f2(template: number, a: number, b: number): number {
  return mix(mix(mix(template, a), b), 0x5bd1e995);
}
function f3(template: number, a: number, b: number, c: number): number {
  return mix(mix(mix(mix(template, a), b), c), 0x5bd1e995);
}

/** Static features of a sentence: every feature that does not depend on the tagger's own predictions. */
export interface SentenceFeatures {
  readonly views: TokenView[];
  /** Feature hashes of token i are values[offsets[i] .. offsets[i+1]). */
  readonly values: Uint32Array;
  readonly offsets: Uint32Array;
  /**
   * When set, `values` leaves out the features that depend on one word alone (the bias, the word's
   * own features, and the word, norm and shape of the words two either side): their weights are
   * summed once per word (wordPartScores) and added by the tagger (addWordParts).
   */
  readonly wordPartsApart?: boolean;
  /** Each token's wordPartScores and the sentence edges' for one weights table, made by addWordParts at the sentence's first token. */
  partRows?: { readonly weights: WeightTable; readonly rows: readonly Int32Array[]; readonly edges: Int32Array } | undefined;
}

export const MAX_STATIC_FEATURES = 80;
const BIAS = f(T.Bias, 0);

/** Where extractSentenceFeatures writes: features left out of `values` (wordPartsApart) still count against the limit, so the features that are kept are exactly those the full list would keep. */
interface FeatureWriter {
  readonly values: Uint32Array;
  k: number;
  limit: number;
  apart: number;
}

function push(w: FeatureWriter, h: number): void {
  if (w.k + w.apart < w.limit) w.values[w.k++] = h;
}

/** A neighbour's norm, shape or word hash, with the padding before the first and after the last word. */
function normAt(views: readonly TokenView[], j: number): number {
  return j < 0 ? PAD_BEFORE : j >= views.length ? PAD_AFTER : views[j]!.norm;
}
function shapeAt(views: readonly TokenView[], j: number): number {
  return j < 0 ? PAD_BEFORE : j >= views.length ? PAD_AFTER : views[j]!.shortShape;
}
function wordAt(views: readonly TokenView[], j: number): number {
  return j < 0 ? PAD_BEFORE : j >= views.length ? PAD_AFTER : views[j]!.wordHash;
}

export function extractSentenceFeatures(
  words: readonly string[],
  gazetteer: Gazetteer | null,
  doc: DocumentContext,
  cache = new WordFeatureCache(),
  skip?: Uint8Array,
  wordPartsApart = false,
  /** The words' views from `cache`, when the caller has them already. */
  viewed?: WordInfo[],
  /**
   * Where to write the feature hashes, when the caller uses the result only until its next call
   * (the tagger): at least words.length * MAX_STATIC_FEATURES long. Only values[offsets[0] ..
   * offsets[n]) are read, so it is never cleared. A fresh array per sentence (8 KB for 25 words,
   * outside V8's heap) was zero-filled and freed for every sentence of every article.
   */
  scratch?: Uint32Array,
): SentenceFeatures {
  const n = words.length;
  const views = viewed ?? mapped(words, (w) => cache.get(w));
  const headline = isCapitalisedView(views);
  const gazCodes = gazetteerCodes(views, gazetteer);
  const values = scratch && scratch.length >= n * MAX_STATIC_FEATURES ? scratch : new Uint32Array(n * MAX_STATIC_FEATURES);
  // With the caller's scratch the offsets go to a module-level array too (read, like the values, only until the next call).
  const offsets = scratch ? scratchOffsets(n + 1) : new Uint32Array(n + 1);
  // The writer's state in one object and its helpers at module level: closures made per sentence
  // cost a function object each (and a name, under the bundler's keepNames).
  const w: FeatureWriter = { values, k: 0, limit: 0, apart: 0 };
  for (let i = 0; i < n; i++) {
    offsets[i] = w.k;
    // A word the tagger never needs to score (see NerModel.outsideWords) gets no features.
    if (skip?.[i]) continue;
    w.limit = (i + 1) * MAX_STATIC_FEATURES;
    const v = views[i]!;
    const lower = v.lower;
    if (wordPartsApart) {
      // Always within the limit: a token starts with at least MAX_STATIC_FEATURES slots free.
      w.apart += WORD_PART_FEATURES_BESIDE_OWN + v.own.length;
    } else {
      push(w, BIAS);
      for (let j = 0; j < v.own.length; j++) push(w, v.own[j]!);
      push(w, f(T.NormM1, normAt(views, i - 1)));
      push(w, f(T.NormM2, normAt(views, i - 2)));
      push(w, f(T.NormP1, normAt(views, i + 1)));
      push(w, f(T.NormP2, normAt(views, i + 2)));
      push(w, f(T.WordM1, wordAt(views, i - 1)));
      push(w, f(T.WordP1, wordAt(views, i + 1)));
      push(w, f(T.ShortShapeM1, shapeAt(views, i - 1)));
      push(w, f(T.ShortShapeP1, shapeAt(views, i + 1)));
    }
    push(w, f2(T.NormM1Norm, normAt(views, i - 1), v.norm));
    push(w, f2(T.NormNormP1, v.norm, normAt(views, i + 1)));
    push(w, f2(T.NormM2NormM1, normAt(views, i - 2), normAt(views, i - 1)));
    push(w, f2(T.NormP1NormP2, normAt(views, i + 1), normAt(views, i + 2)));
    push(w, f3(T.ShapeTrigram, shapeAt(views, i - 1), v.shortShape, shapeAt(views, i + 1)));
    if (i === 0) push(w, f(T.FirstShape, v.shortShape));
    if (headline) {
      push(w, f(T.HeadlineShape, v.shortShape));
      push(w, f(T.HeadlineNorm, v.norm));
    }
    const g = gazCodes[i]!;
    for (const code of g) {
      push(w, f(T.Gaz, code));
      push(w, f2(T.GazShape, code, v.shortShape));
    }
    if (g.length > 0) push(w, f(T.GazFull, hashString(g.join(","))));
    for (const code of gazCodes[i - 1] ?? []) push(w, f(T.GazM1, code >>> 3));
    for (const code of gazCodes[i + 1] ?? []) push(w, f(T.GazP1, code >>> 3));
    if (v.caps !== 0) {
      const around = doc.neighbours.get(lower);
      if (around) for (let j = 0; j < around.length; j++) push(w, around[j]!);
    }
    // Case carries no signal for a headline or a sentence's first word: look at how the article writes it elsewhere.
    if (v.caps !== 0 && (headline || i === 0)) {
      if (doc.titleCased.has(lower)) push(w, f(T.DocTitleCase, v.shortShape));
      if (doc.lowerCased.has(lower)) push(w, f(T.DocLowerCase, v.shortShape));
      if (!doc.titleCased.has(lower) && !doc.lowerCased.has(lower)) push(w, f(T.DocAllCapsOnly, v.shortShape));
    }
  }
  offsets[n] = w.k;
  return { views, values, offsets, wordPartsApart, partRows: undefined };
}

let offsetsScratch = new Uint32Array(64);
function scratchOffsets(length: number): Uint32Array {
  if (offsetsScratch.length < length) offsetsScratch = new Uint32Array(Math.max(length, 2 * offsetsScratch.length));
  return offsetsScratch;
}

/** The bias and the eight neighbour features, which wordPartsApart leaves out beside a word's own ones. */
const WORD_PART_FEATURES_BESIDE_OWN = 9;
const L = LABEL_COUNT;
/** Where each part's label scores sit in wordPartScores' array. */
const OWN = 0;
const AS_M1 = L;
const AS_M2 = 2 * L;
const AS_P1 = 3 * L;
const AS_P2 = 4 * L;
/**
 * The word's two dynamic features after an O (label 0), the label most tokens follow: PrevLabelNorm and PrevLabelShape
 * of previous label 0, summed with the word's parts (addAfterOutside) rather than looked up in the weights per token.
 */
const AFTER_O = 5 * L;
/** The label whose row AFTER_O holds. */
const OUTSIDE = 0;

/** Summed scores of a list of features, as integers (the table must sum exactly: WeightTable.exactSums). */
function summed(weights: WeightTable, features: readonly number[], out: Int32Array, at: number, scratch: Float64Array): void {
  scratch.fill(0);
  // The features copied into one module-level array (grown when a list is longer), not a typed array
  // made per list: past 64 bytes V8 gives each its own backing store outside the heap, to allocate and free.
  if (summedList.length < features.length) summedList = new Uint32Array(Math.max(features.length, 2 * summedList.length));
  for (let j = 0; j < features.length; j++) summedList[j] = features[j]!;
  weights.addScores(summedList, 0, features.length, scratch);
  for (let l = 0; l < L; l++) out[at + l] = scratch[l]!;
}
let summedList = new Uint32Array(64);

/**
 * The scores a word's word-only features give: its own (with the bias) when it is the token
 * scored, and those of the neighbour templates when it stands one or two before or after it.
 * Computed once per word and weights table and kept with the word (WordFeatureCache); the
 * neighbour templates hash the same value as extractSentenceFeatures does (norm, word, short shape).
 */
function wordPartScores(view: TokenView, weights: WeightTable): Int32Array {
  const info = view as WordInfo;
  if (info.scoredBy === weights && info.parts) return info.parts;
  const out = new Int32Array(6 * L);
  const scratch = partScratch;
  summed(weights, [BIAS, ...info.own], out, OWN, scratch);
  summed(weights, neighbourFeatures(-1, info.norm, info.wordHash, info.shortShape), out, AS_M1, scratch);
  summed(weights, neighbourFeatures(-2, info.norm, 0, 0), out, AS_M2, scratch);
  summed(weights, neighbourFeatures(1, info.norm, info.wordHash, info.shortShape), out, AS_P1, scratch);
  summed(weights, neighbourFeatures(2, info.norm, 0, 0), out, AS_P2, scratch);
  summed(weights, [f2(T.PrevLabelNorm, OUTSIDE + 2, info.norm), f2(T.PrevLabelShape, OUTSIDE + 2, info.shortShape)], out, AFTER_O, scratch);
  info.parts = out;
  info.scoredBy = weights;
  return out;
}

/** summed's label scores, cleared at each of its calls: one array for every word scored. */
const partScratch = new Float64Array(L);

/** The neighbour features a word (or a sentence edge) gives the token `offset` words away from it. */
function neighbourFeatures(offset: -2 | -1 | 1 | 2, norm: number, word: number, shape: number): number[] {
  switch (offset) {
    case -1:
      return [f(T.NormM1, norm), f(T.WordM1, word), f(T.ShortShapeM1, shape)];
    case -2:
      return [f(T.NormM2, norm)];
    case 1:
      return [f(T.NormP1, norm), f(T.WordP1, word), f(T.ShortShapeP1, shape)];
    case 2:
      return [f(T.NormP2, norm)];
  }
}

/** Scores of the sentence edges as neighbours, per weights table: [before as -1, before as -2, after as +1, after as +2]. */
const edgeScores = new WeakMap<WeightTable, Int32Array>();

function edgePartScores(weights: WeightTable): Int32Array {
  let out = edgeScores.get(weights);
  if (out) return out;
  out = new Int32Array(5 * L);
  const scratch = new Float64Array(L);
  summed(weights, neighbourFeatures(-1, PAD_BEFORE, PAD_BEFORE, PAD_BEFORE), out, AS_M1, scratch);
  summed(weights, neighbourFeatures(-2, PAD_BEFORE, 0, 0), out, AS_M2, scratch);
  summed(weights, neighbourFeatures(1, PAD_AFTER, PAD_AFTER, PAD_AFTER), out, AS_P1, scratch);
  summed(weights, neighbourFeatures(2, PAD_AFTER, 0, 0), out, AS_P2, scratch);
  edgeScores.set(weights, out);
  return out;
}

/**
 * Adds to `scores` what the features left out by wordPartsApart give token i: its word's own
 * part and its neighbours' (or the sentence edges') parts. Integer sums, so the total is the
 * same as adding the features one by one.
 */
export function addWordParts(sentence: SentenceFeatures, i: number, weights: WeightTable, scores: Float64Array): void {
  // Each token's part is read as its own and as a neighbour of four others: looked up once per sentence.
  let parts = sentence.partRows;
  if (parts === undefined || parts.weights !== weights) {
    parts = { weights, rows: mapped(sentence.views, (v) => wordPartScores(v, weights)), edges: edgePartScores(weights) };
    sentence.partRows = parts;
  }
  const { rows, edges } = parts;
  const n = rows.length;
  const own = rows[i]!;
  const m1 = i >= 1 ? rows[i - 1]! : edges;
  const m2 = i >= 2 ? rows[i - 2]! : edges;
  const p1 = i + 1 < n ? rows[i + 1]! : edges;
  const p2 = i + 2 < n ? rows[i + 2]! : edges;
  for (let l = 0; l < L; l++) {
    scores[l]! += own[OWN + l]! + m1[AS_M1 + l]! + m2[AS_M2 + l]! + p1[AS_P1 + l]! + p2[AS_P2 + l]!;
  }
}

/**
 * Adds token i's two dynamic features of a previous O (AFTER_O) from its word's parts, when addWordParts has read
 * them for `weights`; returns whether it did (the caller then leaves them out: WITHOUT_LABEL_PAIRS_AND_WORD).
 */
export function addAfterOutside(sentence: SentenceFeatures, i: number, weights: WeightTable, scores: Float64Array): boolean {
  const parts = sentence.partRows;
  if (parts === undefined || parts.weights !== weights) return false;
  const row = parts.rows[i]!;
  for (let l = 0; l < L; l++) scores[l]! += row[AFTER_O + l]!;
  return true;
}

const NO_CODES: number[] = [];

/**
 * Gazetteer codes per token: (category index << 3) | position (0 B, 1 I, 2 L, 3 U), for the
 * longest match of each category covering the token.
 */
function gazetteerCodes(views: readonly TokenView[], gazetteer: Gazetteer | null): number[][] {
  const n = views.length;
  const codes: number[][] = mapped(views, () => NO_CODES);
  if (!gazetteer) return codes;
  const lower: string[] = [];
  const starts: WordStarts[] = [];
  for (const v of views) {
    const info = v as WordInfo;
    if (info.startsIn !== gazetteer || info.starts === undefined) {
      info.starts = gazetteer.startsOf(info.lower);
      info.startsIn = gazetteer;
    }
    lower.push(info.lower);
    starts.push(info.starts);
  }
  const matches = gazetteer.match(lower, starts);
  if (matches.length === 0) return codes;
  const C = GAZETTEER_CATEGORIES.length;
  // Two module-level tables (grown when a sentence is longer), cleared for this sentence's cells only:
  // typed arrays made per sentence past 64 bytes each get a backing store outside V8's heap.
  if (bestCells.length < n * C) {
    bestCells = new Int8Array(Math.max(n * C, 2 * bestCells.length));
    bestLens = new Uint8Array(bestCells.length);
  }
  const best = bestCells.fill(-1, 0, n * C);
  const bestLen = bestLens.fill(0, 0, n * C);
  for (const m of matches) {
    const len = m.end - m.start;
    for (let c = 0; c < C; c++) {
      if (!(m.categories & (1 << c))) continue;
      for (let i = m.start; i < m.end; i++) {
        if (bestLen[i * C + c]! >= len) continue;
        bestLen[i * C + c] = len;
        best[i * C + c] = len === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < C; c++) {
      const pos = best[i * C + c]!;
      if (pos < 0) continue;
      if (codes[i] === NO_CODES) codes[i] = [];
      codes[i]!.push((c << 3) | pos);
    }
  }
  return codes;
}
let bestCells = new Int8Array(256);
let bestLens = new Uint8Array(256);

/** Features that depend on the labels already predicted: the previous two and the document's history. */
export const MAX_DYNAMIC_FEATURES = 10;

export const ALL_DYNAMIC = 0;
export const WITHOUT_LABEL_PAIRS = 1;
export const WITHOUT_LABEL_PAIRS_AND_WORD = 2;
export type DynamicLeftOut = typeof ALL_DYNAMIC | typeof WITHOUT_LABEL_PAIRS | typeof WITHOUT_LABEL_PAIRS_AND_WORD;

/**
 * The dynamic features that depend on the two previous labels alone (-1 before the sentence's start), written to
 * out[0] and out[1]; returns 2. A tagger with whole-number weights scores them from a table of their sums per label
 * pair (tagger.ts labelPairScores), made once per weights table, instead of two lookups in the weights per token.
 */
export function labelPairFeatures(y2: number, y1: number, out: Uint32Array): number {
  out[0] = f(T.PrevLabel, y1 + 2);
  out[1] = f2(T.PrevTwoLabels, y2 + 2, y1 + 2);
  return 2;
}

export function extractDynamicFeatures(
  sentence: SentenceFeatures,
  i: number,
  labels: Int32Array,
  history: PredictionHistory,
  out: Uint32Array,
  /**
   * Which features the caller scores from precomputed sums and are left out: ALL_DYNAMIC none, WITHOUT_LABEL_PAIRS the
   * two of the previous labels alone (labelPairFeatures), WITHOUT_LABEL_PAIRS_AND_WORD those and the two of the previous
   * label with the word (addAfterOutside, for a token after an O).
   */
  leftOut: DynamicLeftOut = ALL_DYNAMIC,
): number {
  const v = sentence.views[i]!;
  const y1 = i > 0 ? labels[i - 1]! : -1;
  const y2 = i > 1 ? labels[i - 2]! : -1;
  let k = 0;
  if (leftOut === ALL_DYNAMIC) k = labelPairFeatures(y2, y1, out);
  if (leftOut !== WITHOUT_LABEL_PAIRS_AND_WORD) {
    out[k++] = f2(T.PrevLabelNorm, y1 + 2, v.norm);
    out[k++] = f2(T.PrevLabelShape, y1 + 2, v.shortShape);
  }
  if (v.caps !== 0) {
    const h = history.get(v.lower);
    if (h) {
      let best = -1;
      let bestCount = 0;
      for (let t = 0; t < h.length; t++) {
        if (h[t]! > 0) out[k++] = f(T.History, t);
        if (h[t]! > bestCount) {
          best = t;
          bestCount = h[t]!;
        }
      }
      if (best >= 0) {
        out[k++] = f(T.HistoryMajority, best);
        out[k++] = f2(T.HistoryShape, best, v.shortShape);
      }
    }
  }
  return k;
}

/** Records the entity type predicted for a capitalised word, for later mentions in the document. */
export function recordPrediction(history: PredictionHistory, view: TokenView, label: number): void {
  if (view.caps === 0) return;
  let h = history.get(view.lower);
  if (!h) {
    h = new Int32Array(ENTITY_TYPES.length + 1);
    history.set(view.lower, h);
  }
  const t = labelType(label);
  h[t === "" ? ENTITY_TYPES.length : ENTITY_TYPES.indexOf(t as (typeof ENTITY_TYPES)[number])]! += 1;
}
