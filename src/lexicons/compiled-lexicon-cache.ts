import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { memoisedKey, rememberKey } from "../core/memoised-key.js";
import { readKeyedCache, writeKeyedCache } from "../core/keyed-cache-file.js";

/**
 * Compiled lexicons kept by the build: several stages compile their TSV lexicons into maps, sets and
 * plain objects at every start (actors ~25 ms, events ~30, quotes ~10, the entity lexicons ~6, all
 * run cold). `npm run build` (scripts/build-caches.js) writes each compiled value with v8.serialize to
 * dist/cache/lexicons/<name>.bin, and a start reads it back with one v8.deserialize when it was made
 * from the same inputs.
 *
 * Safe by construction: the build keeps a cache only when the value read back is deep-strictly equal
 * to the compiled one (prototypes included, so nothing but plain data, maps and sets passes); the key
 * hashes every input file of the compilation (the stage's data directory and, in a checkout, the
 * TypeScript source that compiles it), so an edited lexicon or compiler makes the cache be ignored and
 * the lexicon compiled as before. The hash is remembered against the inputs' sizes and times
 * (core/memoised-key.ts). SITREP_NO_CACHE=1 ignores these caches, as it does the others.
 */

const MAGIC = "SITREPLEX2";
const ROOT = new URL("../../", import.meta.url);

export interface CompiledLexicon<T> {
  readonly name: string;
  /** Files and directories (read recursively) whose contents the compiled value depends on; missing ones count as missing. */
  readonly inputs: readonly string[];
  readonly compile: () => T;
  /** Where dist/cache is (tests); the package root otherwise. */
  readonly root?: URL;
}

const registered = new Map<string, CompiledLexicon<unknown>>();

/** Package-root paths: data/... and, in a checkout, src/... (absent from an installed package). */
export function fromRoot(...paths: string[]): string[] {
  return paths.map((p) => fileURLToPath(new URL(p, ROOT)));
}

/**
 * The loader of a stage's compiled lexicon, run once per process: the cache's value when the build
 * made it from these inputs, else `compile()`. Registered, so that the build writes the caches of
 * every lexicon a pipeline loads.
 */
export function cachedCompilation<T>(lexicon: CompiledLexicon<T>): () => T {
  registered.set(lexicon.name, lexicon as CompiledLexicon<unknown>);
  let value: T | undefined;
  return () => (value ??= loadCompiledLexicon(lexicon));
}

/** The compiled lexicon read now, not remembered: the cache's value when it is current, else `compile()`. */
export function loadCompiledLexicon<T>(lexicon: CompiledLexicon<T>): T {
  return readCache(lexicon) ?? lexicon.compile();
}

function cachePath(name: string, root: URL = ROOT): string {
  return fileURLToPath(new URL(`dist/cache/lexicons/${name}.bin`, root));
}

function memoPath(name: string, root: URL = ROOT): string {
  return fileURLToPath(new URL(`dist/cache/lexicons/${name}.key.json`, root));
}

/** Every file under the inputs, sorted (directories read recursively). */
function inputFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return void files.push(path);
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return void files.push(path);
    }
    for (const e of entries) walk(join(path, e.name));
  };
  for (const input of inputs) walk(input);
  return files.sort();
}

function contentKey(name: string, files: readonly string[]): string {
  const hash = createHash("sha256");
  hash.update(`${MAGIC} ${name}\n`);
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(existsSync(file) ? readFileSync(file) : "(missing)\n");
  }
  return hash.digest("hex");
}

function readCache<T>(lexicon: CompiledLexicon<T>): T | undefined {
  const path = cachePath(lexicon.name, lexicon.root);
  if (process.env.SITREP_NO_CACHE === "1" || !existsSync(path)) return undefined;
  try {
    const files = inputFiles(lexicon.inputs);
    const key = memoisedKey(memoPath(lexicon.name, lexicon.root), files, () => contentKey(lexicon.name, files));
    return readKeyedCache<T>(path, MAGIC, key) ?? undefined;
  } catch {
    // Inputs that cannot be read are no reason to fail here: compile, which says what is wrong.
    return undefined;
  }
}

/**
 * Writes the cache of every registered lexicon (the build, after loading the pipeline's resources);
 * a lexicon whose compiled value does not survive v8.serialize unchanged gets none.
 */
export function buildCompiledLexiconCaches(): { name: string; bytes?: number; error?: string }[] {
  return [...registered.values()].map(buildCompiledLexiconCache);
}

/** Writes one lexicon's cache; its size, or why there is none. */
export function buildCompiledLexiconCache<T>(lexicon: CompiledLexicon<T>): { name: string; bytes?: number; error?: string } {
  const path = cachePath(lexicon.name, lexicon.root);
  try {
    const files = inputFiles(lexicon.inputs);
    const key = rememberKey(memoPath(lexicon.name, lexicon.root), files, () => contentKey(lexicon.name, files));
    const value = lexicon.compile();
    const bytes = writeKeyedCache(path, MAGIC, key, value);
    if (!isDeepStrictEqual(readKeyedCache(path, MAGIC, key), value)) throw new Error("the compiled value does not read back deep-equal (not plain data)");
    return { name: lexicon.name, bytes };
  } catch (e) {
    rmSync(path, { force: true });
    return { name: lexicon.name, error: e instanceof Error ? e.message : String(e) };
  }
}
