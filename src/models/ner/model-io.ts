import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { SitrepError } from "../../core/errors.js";
import { FEATURES_VERSION } from "./features.js";
import { GAZETTEER_CATEGORIES, MAX_NAME_TOKENS, nameKey, type GazetteerCategory, type GazetteerEntry } from "./gazetteer.js";
import { LABEL_COUNT, LABELS } from "./labels.js";
import { NerModel, type NerModelInfo } from "./ner-model.js";
import { CompactWeights } from "./tagger.js";
import { DEFAULT_NER_MODEL_PATH } from "./lexicon-paths.js";
import { compareNerModels, nerModelCacheKey, nerModelCachePath, readNerModelCache, writeNerModelCache } from "./model-cache.js";

/**
 * The model file: gzip of "SNER", a JSON header (model info and gazetteer), then the kept
 * hash buckets. Weights are pruned (a bucket whose weights are all small is dropped) and
 * quantised to 8 bits with one global scale; argmax decoding does not need the scale back.
 */
const MAGIC = "SNER";
export const MODEL_FORMAT_VERSION = 4;
/** Buckets whose largest |averaged weight| is below this are dropped (measured: no dev F1 change at 0.05). */
export const PRUNE_MIN_WEIGHT = 0.05;
/** Quantisation range: weights are scaled so the largest maps to this, then rounded. */
const QUANT_MAX = 127;

interface Header {
  readonly info: NerModelInfo;
  /** Gazetteer names in their nameKey() form, one string per category: names joined with "\n". */
  readonly gazetteer: Record<string, string>;
  readonly scale: number;
  /** NerModel.outsideWords, joined with "\n". */
  readonly outsideWords: string;
}

export function saveNerModel(
  path: string,
  averaged: Float32Array,
  info: Omit<NerModelInfo, "format" | "version" | "featuresVersion" | "quantisation" | "keptBuckets">,
  gazetteer: readonly GazetteerEntry[],
  outsideWords: readonly string[],
  pruneMinWeight = PRUNE_MIN_WEIGHT,
): NerModelInfo {
  const buckets = 1 << info.bucketBits;
  let maxAbs = 0;
  for (let i = 0; i < averaged.length; i++) maxAbs = Math.max(maxAbs, Math.abs(averaged[i]!));
  const scale = maxAbs > 0 ? QUANT_MAX / maxAbs : 1;
  const body: number[] = [];
  let kept = 0;
  let last = 0;
  for (let b = 0; b < buckets; b++) {
    const o = b * LABEL_COUNT;
    let mask = 0;
    let big = false;
    const q: number[] = [];
    for (let l = 0; l < LABEL_COUNT; l++) {
      const w = averaged[o + l]!;
      if (Math.abs(w) >= pruneMinWeight) big = true;
      const v = Math.round(w * scale);
      if (v !== 0) {
        mask |= 1 << l;
        q.push(v);
      }
    }
    if (!big || mask === 0) continue;
    kept++;
    writeVarint(body, b - last);
    last = b;
    body.push(mask & 0xff, (mask >>> 8) & 0xff, (mask >>> 16) & 0xff);
    for (const v of q) body.push(v & 0xff);
  }
  const full: NerModelInfo = { ...info, format: "sitrep-ner-perceptron", version: MODEL_FORMAT_VERSION, featuresVersion: FEATURES_VERSION, quantisation: "int8, one global scale", keptBuckets: kept };
  const byCategory: Record<string, string[]> = {};
  for (const e of gazetteer) {
    const key = nameKey(e.name);
    if (key && key.split(" ").length <= MAX_NAME_TOKENS) (byCategory[e.category] ??= []).push(key);
  }
  const header: Header = {
    info: full,
    gazetteer: Object.fromEntries(Object.entries(byCategory).map(([k, v]) => [k, v.join("\n")])),
    scale,
    outsideWords: outsideWords.join("\n"),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(headerBytes.length, 4);
  const count = Buffer.alloc(4);
  count.writeUInt32LE(kept, 0);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, gzipSync(Buffer.concat([prefix, headerBytes, count, Buffer.from(body)]), { level: 9 }));
  return full;
}

/**
 * The entity model of a model file: from the decoded-tables cache that `npm run build` writes
 * (model-cache.ts) when it was made from this very file and code, else decoded from the file.
 */
export function loadNerModel(path: string): NerModel {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    throw missingModel(path);
  }
  if (process.env.SITREP_NO_CACHE !== "1") {
    try {
      const cached = readNerModelCache(nerModelCachePath(), nerModelCacheKey(file));
      if (cached) return cached;
    } catch {
      // A damaged cache file is no reason to fail: decode the model as if it were absent.
    }
  }
  return decodeNerModel(file, path);
}

function missingModel(path: string): SitrepError {
  return new SitrepError("MODEL_MISSING", `entity model ${path}; run \`sitrep train ner --data <CoNLL train file>\``);
}

/**
 * Decodes the default model, writes its cache under `root` and checks the file against the decoded
 * model; a cache that would answer differently is removed (the model is then decoded at run time).
 */
export function buildNerModelCache(root?: URL, modelPath = DEFAULT_NER_MODEL_PATH): { path: string; bytes: number } | { error: string } {
  const path = nerModelCachePath(root);
  try {
    const file = readFileSync(modelPath);
    const decoded = decodeNerModel(file, modelPath);
    const key = nerModelCacheKey(file, root);
    const bytes = writeNerModelCache(decoded, key, path);
    const cached = readNerModelCache(path, key);
    const diff = cached ? compareNerModels(decoded, cached) : "the written file does not read back";
    if (diff) throw new Error(`the cached entity model differs from the decoded one: ${diff}`);
    return { path, bytes };
  } catch (e) {
    if (existsSync(path)) rmSync(path);
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function decodeNerModel(file: Buffer, path: string): NerModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch {
    throw missingModel(path);
  }
  if (raw.toString("latin1", 0, 4) !== MAGIC) throw new SitrepError("MODEL_MISSING", `${path} is not a sitrep entity model`);
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString("utf8", 8, 8 + headerLength)) as Header;
  const { info } = header;
  if (info.version !== MODEL_FORMAT_VERSION || info.featuresVersion !== FEATURES_VERSION || info.labels.join() !== LABELS.join()) {
    throw new SitrepError("MODEL_MISSING", `${path} was written by another version of sitrep; retrain it`);
  }
  let pos = 8 + headerLength;
  const kept = raw.readUInt32LE(pos);
  pos += 4;
  const keptBuckets = new Uint32Array(kept);
  const weights = new Int8Array(kept * LABEL_COUNT);
  let bucket = 0;
  for (let k = 0; k < kept; k++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = raw[pos++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    const mask = raw[pos]! | (raw[pos + 1]! << 8) | (raw[pos + 2]! << 16);
    pos += 3;
    const o = k * LABEL_COUNT;
    keptBuckets[k] = bucket;
    for (let l = 0; l < LABEL_COUNT; l++) if (mask & (1 << l)) weights[o + l] = (raw[pos++]! << 24) >> 24;
  }
  const gazetteer: GazetteerEntry[] = [];
  for (const category of GAZETTEER_CATEGORIES) {
    const names = header.gazetteer[category];
    if (names) for (const name of names.split("\n")) gazetteer.push({ category: category as GazetteerCategory, name });
  }
  const outside = new Set(header.outsideWords ? header.outsideWords.split("\n") : []);
  return new NerModel(info, CompactWeights.fromKeptBuckets(info.bucketBits, keptBuckets, weights), gazetteer, outside);
}

function writeVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
}
