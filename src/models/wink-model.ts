import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
// The parts of the model package that every analysis runs, imported statically (CommonJS modules of the
// package, typed in wink-model-parts.d.ts) so that the build bundles them into the CLI and its code
// cache: the lemmatiser's exception lists alone are 220 KB of JavaScript to compile at every start.
import lemmatize from "wink-eng-lite-web-model/dist/lemmatize.js";
import loadSbdModel from "wink-eng-lite-web-model/dist/load-sbd-model.js";
import loadPosModel from "wink-eng-lite-web-model/dist/load-pos-model.js";
import loadCerMetaModel from "wink-eng-lite-web-model/dist/load-cer-meta-model.js";
import featureFn from "wink-eng-lite-web-model/dist/feature.js";
import { readKeyedCache, writeKeyedCache } from "../core/keyed-cache-file.js";

/**
 * wink's English lite model (wink-eng-lite-web-model), loaded for what sitrep asks of wink: sentences,
 * tokens, part of speech and lemmas. The package's own loader costs ~110 ms of CPU at every start,
 * more than half of it avoidable:
 *   - requiring the package parses its 3 MB core model JSON at import, and loading the core model then
 *     deep-copies it (JSON.parse(JSON.stringify(...))) and decodes the base64 lexicon byte by byte;
 *   - it also parses the named-entity, negation and sentiment machines (570 KB of JSON), which wink
 *     builds automata from at start whether or not its pipe uses them.
 * Here the core model file is read and parsed once, the base64 tables decoded by Buffer, and the three
 * unused machines replaced by empty ones. The core model comes out deep-equal to the package's (a test
 * checks it, and that wink's tokens, tags and lemmas are the same on real articles); the other parts
 * are the package's own modules. wink-nlp only reads the automata of annotations in its pipe.
 */
const require = createRequire(import.meta.url);
const MODEL_DIR = "wink-eng-lite-web-model/dist/";

/** The model object wink-nlp takes: a loader per part, the feature function and the add-ons. */
export interface WinkModel {
  readonly core: () => unknown;
  readonly sbd: () => unknown;
  readonly pos: () => unknown;
  readonly ner: () => unknown;
  readonly negation: () => unknown;
  readonly sa: () => unknown;
  readonly metaCER: () => unknown;
  readonly featureFn: unknown;
  readonly addons: unknown;
}

/** wink's serialised form of a machine that recognises nothing (its automaton's emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The parts of wink's model for the annotations sitrep uses ("sbd", "pos"); the others recognise nothing. */
export function winkModelForSentencesAndTags(): WinkModel {
  const addons = Object.create(null) as Record<string, unknown>;
  // wink calls the stemmer and the readability statistics only for its.stem and its.readabilityStats,
  // which sitrep never asks for: they are loaded on a first call (~5 ms of every start otherwise).
  addons.stem = onFirstCall(() => require(`${MODEL_DIR}porter-stemmer.js`));
  addons.lemmatize = rememberedLemmas(lemmatize as (value: string, pos: string, cache: unknown) => string);
  addons.readabilityStats = onFirstCall(() => require(`${MODEL_DIR}readability-stats.js`));
  addons.wordVectors = undefined;
  return {
    core: () => withLexemeReadCache(loadWinkCoreModel()),
    sbd: loadSbdModel as () => unknown,
    pos: loadPosModel as () => unknown,
    metaCER: loadCerMetaModel as () => unknown,
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    featureFn,
    addons,
  };
}

/** How many words' lemmas rememberedLemmas keeps for one part of speech before it starts over. */
const LEMMAS_KEPT = 50_000;

/**
 * The model's lemmatiser, its answers kept by part of speech and word. wink calls it for every token
 * whose word has more than one lemma in the model (its.lemma), and for a noun it tries up to eight
 * suffix rules, each a regex replace and a look-up: ~8% of the segment stage's CPU, for the same few
 * thousand words again and again. Its answer is a function of the word and the tag alone: it reads
 * the model's own vocabulary only (cache.hasSamePOS answers false for any word wink added while
 * reading), so a kept answer is the one a new call would give. Only the three tags it lemmatises
 * (adjectives, nouns, verbs) are kept; bounded: a tag's table is emptied when it holds LEMMAS_KEPT words.
 */
export function rememberedLemmas(lemmatize: (value: string, pos: string, cache: unknown) => string): (value: string, pos: string, cache: unknown) => string {
  const adjectives = new Map<string, string>();
  const nouns = new Map<string, string>();
  const verbs = new Map<string, string>();
  return (value, pos, cache) => {
    const kept = pos === "NOUN" ? nouns : pos === "VERB" ? verbs : pos === "ADJ" ? adjectives : null;
    if (kept === null) return lemmatize(value, pos, cache);
    let lemma = kept.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (kept.size >= LEMMAS_KEPT) kept.clear();
      kept.set(value, lemma);
    }
    return lemma;
  };
}

/** A function that loads the real one on its first call and hands every call on to it. */
function onFirstCall(load: () => (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  let loaded: ((...args: unknown[]) => unknown) | undefined;
  return (...args) => (loaded ??= load())(...args);
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }> & {
    posClusters: { list: (string | Set<number>)[] };
  };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * The core model as the package's read-core-model.js and load-core-model.js make it: the lexicon and
 * expansions as Uint32Arrays, a name -> index hash (no prototype) for every feature list packed as an
 * index and for the lexemes, the POS clusters as sets of POS indexes, and each feature's sizes.
 */
export function loadWinkCoreModel(cachePath: string = winkCoreCachePath()): CoreModel {
  const cached = readCachedCoreJson(cachePath);
  const model = cached?.model ?? readCoreJson();
  const { packing, features, pos } = model;
  const indexOf = (list: readonly string[]) => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  const lexemes = features.lexeme!.list;
  features.lexeme!.hash = cached?.lexemeSlots ? tableBackedIndex(lexemes, cached.lexemeSlots) : mapBackedIndex(lexemes);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split("_").map((p) => pos.hash[p] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/**
 * The lexeme -> index hash of 87,593 words, as wink reads and grows it (`hash[word]`, `hash[word] = i`),
 * kept in a Map behind a Proxy: filling a Map costs ~13 ms of CPU at start where a prototype-less object
 * of that many keys costs ~43 ms (V8 rehashes its dictionary as it grows). A lookup through the Proxy
 * costs tens of nanoseconds, a few hundred of them an article. Its keys, descriptors and `in` answer like
 * the object's, so it compares deep-equal to the package's hash.
 */
function mapBackedIndex(list: readonly string[]): Record<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k++) map.set(list[k]!, k);
  return withDirectReader(new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === "string" ? map.get(key) : undefined),
    set: (_target, key, value: number) => {
      if (typeof key !== "string") return false;
      map.set(key, value);
      return true;
    },
    has: (_target, key) => typeof key === "string" && map.has(key),
    deleteProperty: (_target, key) => typeof key === "string" && map.delete(key),
    ownKeys: () => [...map.keys()],
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === "string" && map.has(key) ? { value: map.get(key), writable: true, enumerable: true, configurable: true } : undefined,
  }), (word) => map.get(word));
}

/**
 * The function behind an index Proxy's reads (mapBackedIndex, tableBackedIndex), for readCachedIndex: a word its
 * front does not hold (one wink added while reading, or one no index has) is read through one trap, not two (the
 * front's, then the index's own). Those words are read at every token of them: over the India police events texts
 * the reads through the front's trap were ~7% of the segment stage's CPU samples, the second trap and its call ~1.5%.
 */
const directReaders = new WeakMap<object, (word: string) => number | undefined>();

function withDirectReader(index: Record<string, number>, read: (word: string) => number | undefined): Record<string, number> {
  directReaders.set(index, read);
  return index;
}

/**
 * The same index over a hash table the build computes with the cache (lexemeSlots): reading it back is a
 * copy of 1 MB, where filling the Map costs 13-30 ms of every start. A slot holds a lexeme's index + 1
 * (0: empty); a word's first slot is its FNV-1a hash, then the next ones (linear probing). Words wink
 * adds or changes while it reads (`hash[word] = i`) go to a Map that is looked at first.
 */
export function tableBackedIndex(list: readonly string[], slots: Int32Array): Record<string, number> {
  const mask = slots.length - 1;
  const inTable = (word: string): number | undefined => {
    for (let h = fnv1a(word) & mask; ; h = (h + 1) & mask) {
      const slot = slots[h]!;
      if (slot === 0) return undefined;
      if (list[slot - 1] === word) return slot - 1;
    }
  };
  // A word wink removed is kept as REMOVED, so a word of `changed` is found with one lookup (get), not two (has, get).
  const changed = new Map<string, number>();
  const find = (word: string): number | undefined => {
    if (changed.size !== 0) {
      const value = changed.get(word);
      if (value !== undefined) return value === REMOVED ? undefined : value;
    }
    return inTable(word);
  };
  const keys = (): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const word of list) if (!seen.has(word) && (seen.add(word), find(word) !== undefined)) out.push(word);
    for (const [word, value] of changed) if (!seen.has(word) && value !== REMOVED) out.push(word);
    return out;
  };
  return withDirectReader(new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === "string" ? find(key) : undefined),
    set: (_target, key, value: number | undefined) => {
      if (typeof key !== "string") return false;
      changed.set(key, value === undefined ? REMOVED : value);
      return true;
    },
    has: (_target, key) => typeof key === "string" && find(key) !== undefined,
    deleteProperty: (_target, key) => {
      if (typeof key !== "string") return false;
      const had = find(key) !== undefined;
      changed.set(key, REMOVED);
      return had;
    },
    ownKeys: keys,
    getOwnPropertyDescriptor: (_target, key) => {
      const value = typeof key === "string" ? find(key) : undefined;
      return value !== undefined ? { value, writable: true, enumerable: true, configurable: true } : undefined;
    },
  }), find);
}

/**
 * The core model with its lexeme index behind an ordinary object that keeps every word of the model's
 * vocabulary read once. wink reads the index several times a token (the token, its lower-cased form for
 * its tag, the lemmatiser's candidates): through the index's Proxy (mapBackedIndex, tableBackedIndex)
 * each read costs a trap call and a hash of the word in JavaScript, 4-5% of the pipeline's CPU in a
 * profile of the speed set, where a read of an own property of a dictionary-mode object is one native
 * hash lookup.
 */
function withLexemeReadCache(model: CoreModel): CoreModel {
  const lexeme = model.features.lexeme!;
  lexeme.hash = readCachedIndex(lexeme.hash!, lexeme.list.length);
  return model;
}

/**
 * An index that answers as `behind` (a word -> number object) does for what wink does with it, reads
 * (`hash[word]`, `word in hash`) and writes (`hash[word] = i`): an ordinary object whose prototype is a
 * Proxy over `behind`. A word found there with a value below `copiedBelow` (a word of the model's own
 * vocabulary, not one wink added while reading) is copied onto the object as an own property, so its
 * later reads never reach the Proxy. The copies are bounded by the vocabulary, where the words wink adds
 * grow with every new name read: those stay behind, read through the Proxy as before. (A property key is
 * an internalised copy of the word, never a view into an article's text.) wink never deletes a word: a copy cannot be
 * deleted (a delete throws in strict code), so a word never reads differently from its copy.
 * Not deep-equal to `behind` (its own keys are the words read so far): only wink reads it.
 */
export function readCachedIndex(behind: Record<string, number>, copiedBelow: number): Record<string, number> {
  const read = directReaders.get(behind);
  const front = Object.create(
    new Proxy(Object.create(null) as Record<string, number>, {
      get: (_target, key, receiver) => {
        if (typeof key !== "string") return undefined;
        const value = read !== undefined ? read(key) : behind[key];
        if (value !== undefined && value < copiedBelow && receiver === front) {
          Object.defineProperty(front, key, { value, writable: true, enumerable: true, configurable: false });
        }
        return value;
      },
      set: (_target, key, value: number, receiver) => {
        if (typeof key !== "string" || receiver !== front) return false;
        behind[key] = value;
        return true;
      },
      has: (_target, key) => typeof key === "string" && (read !== undefined ? read(key) !== undefined : key in behind),
    }),
  ) as Record<string, number>;
  return front;
}

/** A word's value in tableBackedIndex's changes once wink has removed it (lexeme indexes are never negative). */
const REMOVED = -1;

/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number. */
function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The table of tableBackedIndex for a lexeme list: twice as many slots as words, a power of two. */
export function lexemeSlots(list: readonly string[]): Int32Array {
  let size = 1;
  while (size < list.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let k = 0; k < list.length; k++) {
    let h = fnv1a(list[k]!) & mask;
    // A word listed twice keeps its last index, as the Map's set does.
    while (slots[h] !== 0 && list[slots[h]! - 1] !== list[k]) h = (h + 1) & mask;
    slots[h] = k + 1;
  }
  return slots;
}

const CORE_MODEL_FILE = `${MODEL_DIR}languages/cur/models/eng-core-web-model.json`;

/** The core model file as JSON, its two base64 tables decoded (what the cache below holds). */
function readCoreJson(): CoreModel {
  const model = JSON.parse(readFileSync(require.resolve(CORE_MODEL_FILE), "utf8")) as CoreModel;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  return model;
}

/**
 * readCoreJson's result, written by `npm run build` (scripts/build-caches.js) beside the other caches:
 * reading and parsing the 3 MB JSON costs ~45 ms of CPU at every start, one v8.deserialize of the
 * same data ~20 ms. Keyed by the model package's version and the file's size, so another model
 * package makes it be ignored (SITREP_NO_CACHE=1 ignores it too). Besides the file's content, the cache
 * holds the lexemes' hash table (tableBackedIndex); what else loadWinkCoreModel builds is built at every load.
 */
const CACHE_MAGIC = "SITREPWINK3";

export function winkCoreCachePath(root: URL = new URL("../../", import.meta.url)): string {
  return fileURLToPath(new URL("dist/cache/wink-core.bin", root));
}

function winkCoreCacheKey(): string {
  const version = (JSON.parse(readFileSync(require.resolve("wink-eng-lite-web-model/package.json"), "utf8")) as { version: string }).version;
  return `${version}:${statSync(require.resolve(CORE_MODEL_FILE)).size}`;
}

function readCachedCoreJson(path: string): { model: CoreModel; lexemeSlots?: Int32Array } | null {
  if (process.env.SITREP_NO_CACHE === "1" || !existsSync(path)) return null;
  try {
    const file = readKeyedCache<{ model?: CoreModel; lexemeSlots?: unknown }>(path, CACHE_MAGIC, winkCoreCacheKey());
    if (!file?.model) return null;
    const slots = file.lexemeSlots;
    const usable = slots instanceof Int32Array && slots.length >= file.model.features.lexeme!.list.length && (slots.length & (slots.length - 1)) === 0;
    return { model: file.model, ...(usable ? { lexemeSlots: slots } : {}) };
  } catch {
    // A cache whose model lacks what is read above is no reason to fail: read the JSON as if it were absent.
    return null;
  }
}

/** Writes the cache and checks that it reads back equal to the JSON; returns its size, or why there is none. */
export function buildWinkCoreCache(path: string = winkCoreCachePath()): { path: string; bytes: number } | { error: string } {
  try {
    const model = readCoreJson();
    const slots = lexemeSlots(model.features.lexeme!.list);
    const bytes = writeKeyedCache(path, CACHE_MAGIC, winkCoreCacheKey(), { model, lexemeSlots: slots });
    const back = readCachedCoreJson(path);
    if (!isDeepStrictEqual(back?.model, model)) throw new Error("the written file does not read back equal to the model file");
    if (!isDeepStrictEqual(back?.lexemeSlots, slots)) throw new Error("the lexemes' table does not read back");
    return { path, bytes };
  } catch (e) {
    if (existsSync(path)) rmSync(path);
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Base64 to 32-bit words in the machine's byte order, as the package's atob loop makes them. */
function uint32FromBase64(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length * 4));
  return words;
}
