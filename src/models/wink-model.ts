import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { deserialize, serialize } from "node:v8";

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
  addons.stem = require(`${MODEL_DIR}porter-stemmer.js`);
  addons.lemmatize = require(`${MODEL_DIR}lemmatize.js`);
  addons.readabilityStats = require(`${MODEL_DIR}readability-stats.js`);
  addons.wordVectors = undefined;
  return {
    core: () => loadWinkCoreModel(),
    sbd: require(`${MODEL_DIR}load-sbd-model.js`),
    pos: require(`${MODEL_DIR}load-pos-model.js`),
    metaCER: require(`${MODEL_DIR}load-cer-meta-model.js`),
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    featureFn: require(`${MODEL_DIR}feature.js`),
    addons,
  };
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
  const model = readCachedCoreJson(cachePath) ?? readCoreJson();
  const { packing, features, pos } = model;
  const indexOf = (list: readonly string[]) => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  features.lexeme!.hash = mapBackedIndex(features.lexeme!.list);
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
  return new Proxy(Object.create(null) as Record<string, number>, {
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
  });
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
 * package makes it be ignored (SITREP_NO_CACHE=1 ignores it too). Only the file's content is cached:
 * what loadWinkCoreModel builds from it is built at every load.
 */
const CACHE_MAGIC = "SITREPWINK1";

export function winkCoreCachePath(root: URL = new URL("../../", import.meta.url)): string {
  return fileURLToPath(new URL("dist/cache/wink-core.bin", root));
}

function winkCoreCacheKey(): string {
  const version = (JSON.parse(readFileSync(require.resolve("wink-eng-lite-web-model/package.json"), "utf8")) as { version: string }).version;
  return `${version}:${statSync(require.resolve(CORE_MODEL_FILE)).size}`;
}

function readCachedCoreJson(path: string): CoreModel | null {
  if (process.env.SITREP_NO_CACHE === "1" || !existsSync(path)) return null;
  try {
    const file = deserialize(readFileSync(path)) as { magic?: string; key?: string; model?: CoreModel };
    return file.magic === CACHE_MAGIC && file.key === winkCoreCacheKey() && file.model ? file.model : null;
  } catch {
    // A damaged cache file is no reason to fail: read the JSON as if it were absent.
    return null;
  }
}

/** Writes the cache and checks that it reads back equal to the JSON; returns its size, or why there is none. */
export function buildWinkCoreCache(path: string = winkCoreCachePath()): { path: string; bytes: number } | { error: string } {
  try {
    const model = readCoreJson();
    const bytes = serialize({ magic: CACHE_MAGIC, key: winkCoreCacheKey(), model });
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    if (!isDeepStrictEqual(readCachedCoreJson(path), model)) throw new Error("the written file does not read back equal to the model file");
    return { path, bytes: bytes.length };
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
