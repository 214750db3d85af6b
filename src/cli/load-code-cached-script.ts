import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";
import { writeFileWhole } from "../core/write-file-whole.js";

/**
 * Loads a CommonJS script (the CLI bundle, scripts/bundle-cli.js) through V8's code cache: Node 20 has
 * no compile cache for modules, so every start parses and compiles the bundle again and, while the
 * first article runs, compiles each function on its first call (V8 compiles lazily). A `vm.Script`
 * takes the `cachedData` V8 produced in an earlier process after a run (`createCachedData()` once the
 * code has run also holds the functions compiled lazily), and skips both.
 *
 * The cache file holds a header naming what it was made from: the script's SHA-256 and the Node version
 * and architecture. V8 itself only checks its own version, its flags and the source's length, so the
 * script's hash is checked here: a cache of another build (a rebuilt bundle, a hand edit, a moved
 * cache file) is not used. A cache that is missing, damaged, of another script or Node, or that V8
 * rejects, changes nothing but the start-up time: the script is compiled from its source as usual.
 * The script must not use `import()`: Node 20 loses its callback for code that comes from the cache
 * (scripts/bundle-cli.js makes the bundle's imports of outside packages require() calls).
 */

/** What the start-up did with the cache, for tests and the bench. */
export type CodeCacheStatus = "accepted" | "rejected" | "absent" | "stale" | "disabled";

export interface LoadedScript {
  /** The script's `module.exports`. */
  readonly exports: unknown;
  readonly status: CodeCacheStatus;
  /**
   * Writes the cache from the code compiled so far (call it after a representative run, so lazily
   * compiled functions are in it); returns its size in bytes.
   */
  writeCache(): number;
}

const MAGIC = "SITREPCODE1";

/** The key of a script's cache: its bytes and the runtime that compiles them. */
export function codeCacheKey(scriptBytes: Uint8Array): string {
  const hash = createHash("sha256").update(scriptBytes).digest("hex");
  return `${hash} node-${process.version} ${process.arch} v8-${process.versions.v8}`;
}

/**
 * Runs `file` as a CommonJS module (its own `require`, `module`, `__filename` and `__dirname`) compiled
 * with the code cache in `cacheFile` when that was made from the same script on the same Node.
 * SITREP_NO_CACHE=1 ignores the cache (as it does the build's other caches), and so does
 * SITREP_NO_CODE_CACHE=1 alone (the bench's measure of what the cache saves).
 */
export function loadCodeCachedScript(file: string, cacheFile: string): LoadedScript {
  const bytes = readFileSync(file);
  const key = codeCacheKey(bytes);
  const disabled = process.env.SITREP_NO_CACHE === "1" || process.env.SITREP_NO_CODE_CACHE === "1";
  const cached = disabled ? undefined : readCodeCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(bytes.toString("utf8")), {
    filename: file,
    ...(cached?.data ? { cachedData: cached.data } : {}),
  });
  const status: CodeCacheStatus = disabled ? "disabled" : cached === undefined ? "absent" : !cached.data ? "stale" : script.cachedDataRejected ? "rejected" : "accepted";
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, status, writeCache: () => writeCodeCache(cacheFile, key, script.createCachedData()) };
}

/** The cache's V8 data when its header names this key; `{}` for a cache of something else; undefined when there is no usable file. */
function readCodeCache(cacheFile: string, key: string): { data?: Buffer } | undefined {
  if (!existsSync(cacheFile)) return undefined;
  try {
    const file = readFileSync(cacheFile);
    const headerLength = file.readUInt32LE(0);
    const header = JSON.parse(file.subarray(4, 4 + headerLength).toString("utf8")) as { magic?: unknown; key?: unknown };
    if (header.magic !== MAGIC || header.key !== key) return {};
    return { data: file.subarray(4 + headerLength) };
  } catch {
    // A damaged file is no reason to fail: compile as if there were none.
    return {};
  }
}

function writeCodeCache(cacheFile: string, key: string, data: Buffer): number {
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, key }), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  const bytes = Buffer.concat([length, header, data]);
  writeFileWhole(cacheFile, bytes);
  return bytes.length;
}
