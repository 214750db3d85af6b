import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { GAZETTEER_CATEGORIES, Gazetteer, type GazetteerCategory, type GazetteerEntry } from "./gazetteer.js";
import { NerModel, type NerModelInfo } from "./ner-model.js";
import { CompactWeights } from "./tagger.js";
import { readKeyedCache, writeKeyedCache } from "../../core/keyed-cache-file.js";

/**
 * The entity model as the tagger uses it, written by `npm run build` beside the place index: decoding
 * the model file (gunzip, varint bucket numbers, the weights packed four labels a word, the bucket
 * bitmap with its rank table, the 32,000-name gazetteer's two maps) costs ~70-130 ms of CPU at every
 * start; reading the decoded tables back is one v8.deserialize of ~3.6 MB (~10-20 ms).
 *
 * The file is keyed by a hash of the model file's bytes and, in a checkout, of the entity model's
 * source (src/models/ner): another model (SITREP_NER_MODEL, a retrained file) or a change of the code
 * that builds the tables makes the cache be ignored, and the model is decoded as before.
 * SITREP_NO_CACHE=1 ignores it too.
 */
const FORMAT = 1;
const MAGIC = "SITREPNER2";
const ROOT = new URL("../../../", import.meta.url);

/** Where the build writes the cache, under the package root. */
export function nerModelCachePath(root: URL = ROOT): string {
  return fileURLToPath(new URL("dist/cache/ner-model.bin", root));
}

/** The key of a model file's bytes and of the code that decodes it (the TypeScript source, in a checkout). */
export function nerModelCacheKey(modelBytes: Uint8Array, root: URL = ROOT): string {
  const hash = createHash("sha256");
  hash.update(`${MAGIC} format ${FORMAT}\n`);
  hash.update(modelBytes);
  const sourceDir = fileURLToPath(new URL("src/models/ner/", root));
  if (existsSync(sourceDir)) {
    for (const name of readdirSync(sourceDir).filter((n) => n.endsWith(".ts")).sort()) {
      hash.update(`${name}\n`);
      hash.update(readFileSync(join(sourceDir, name)));
    }
  }
  return hash.digest("hex");
}

interface CacheFile {
  readonly info: NerModelInfo;
  readonly bucketMask: number;
  readonly ranked: Uint32Array;
  readonly packed: Uint32Array;
  readonly names: Map<string, number>;
  readonly lengths: Map<string, number>;
  readonly size: number;
  /** Gazetteer names per category, joined with "\n" (as in the model file). */
  readonly entries: Record<string, string>;
  readonly outside: string[];
}

/** Writes the model's decoded tables under `key`; returns the file's size. */
export function writeNerModelCache(model: NerModel, key: string, path: string): number {
  const weights = model.weights;
  if (!(weights instanceof CompactWeights)) throw new Error("only CompactWeights can be cached");
  const { bucketMask, ranked, packed } = weights.tables();
  const { names, lengths, size } = model.gazetteer.tables();
  const entries: Record<string, string[]> = {};
  for (const e of model.gazetteerEntries) (entries[e.category] ??= []).push(e.name);
  const file: CacheFile = {
    info: model.info,
    bucketMask,
    ranked,
    packed,
    names: new Map(names),
    lengths: new Map(lengths),
    size,
    entries: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, v.join("\n")])),
    outside: [...model.outsideWords],
  };
  return writeKeyedCache(path, MAGIC, key, file);
}

/** The model from the cache file when it was written under `key`, else null. */
export function readNerModelCache(path: string, key: string): NerModel | null {
  const file = readKeyedCache<CacheFile>(path, MAGIC, key);
  if (!file) return null;
  const entries = (): GazetteerEntry[] => {
    const list: GazetteerEntry[] = [];
    for (const category of GAZETTEER_CATEGORIES) {
      const names = file.entries[category];
      if (names) for (const name of names.split("\n")) list.push({ category: category as GazetteerCategory, name });
    }
    return list;
  };
  const gazetteer = Gazetteer.fromTables({ names: file.names, lengths: file.lengths, size: file.size });
  return new NerModel(file.info, new CompactWeights(file.bucketMask, file.ranked, file.packed), entries, new Set(file.outside), gazetteer);
}

/** Where a model read from the cache differs from the decoded one, or null. */
export function compareNerModels(decoded: NerModel, cached: NerModel): string | null {
  if (!isDeepStrictEqual(decoded.info, cached.info)) return "info";
  if (!(decoded.weights instanceof CompactWeights) || !(cached.weights instanceof CompactWeights)) return "weights are not CompactWeights";
  if (!isDeepStrictEqual(decoded.weights.tables(), cached.weights.tables())) return "weights";
  if (!isDeepStrictEqual(decoded.gazetteer.tables(), cached.gazetteer.tables())) return "gazetteer";
  if (!isDeepStrictEqual(decoded.gazetteerEntries, cached.gazetteerEntries)) return "gazetteer entries";
  if (!isDeepStrictEqual(decoded.outsideWords, cached.outsideWords)) return "outside words";
  return null;
}
