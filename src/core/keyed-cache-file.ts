import { existsSync, readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { writeFileWhole } from "./write-file-whole.js";

/**
 * One envelope for the build's caches of plain data (compiled lexicons, the entity model's tables,
 * wink's model): `v8.serialize({ magic, key, value })`. The magic names what kind of cache the file is
 * (a file of another kind, or of an older layout, is refused); the key names what it was made from
 * (a hash of the inputs, a package version), so a cache of other inputs is refused too.
 *
 * A cache only saves time: reading one never fails. A missing, damaged, foreign or stale file, or
 * SITREP_NO_CACHE=1, reads as null and the caller computes the value as if there were no cache.
 * (The place index and the CLI's code cache keep binary layouts of their own: their bodies are raw
 * bytes read in place, which this envelope would copy.)
 */
export function readKeyedCache<T>(path: string, magic: string, key: string): T | null {
  if (process.env.SITREP_NO_CACHE === "1" || !existsSync(path)) return null;
  try {
    const file = deserialize(readFileSync(path)) as { magic?: unknown; key?: unknown; value?: T } | null;
    if (file?.magic !== magic || file.key !== key || file.value === undefined) return null;
    return file.value;
  } catch {
    return null;
  }
}

/** Writes `value` under `magic` and `key`, whole (aside, then renamed into place); returns the file's size in bytes. */
export function writeKeyedCache(path: string, magic: string, key: string, value: unknown): number {
  const bytes = serialize({ magic, key, value });
  writeFileWhole(path, bytes);
  return bytes.length;
}
