import { existsSync, readFileSync, statSync } from "node:fs";
import { writeFileWhole } from "./write-file-whole.js";

/**
 * A cache key made from files' contents (a hash of megabytes of data and source, milliseconds at every
 * start), remembered in a small file beside the cache together with each file's size and modification
 * time, as git's index does: while every file has the size and time remembered, the remembered key is
 * the key, and nothing is read or hashed. Any difference (a file edited, added, removed, touched, or
 * copied elsewhere, as npm's tarballs reset modification times) and the key is computed from the
 * contents as before, so the memo never decides whether a cache is used, only how fast its key is known.
 */

interface Stamp {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface Memo {
  readonly stamps: readonly Stamp[];
  readonly key: string;
}

function stampsOf(paths: readonly string[]): Stamp[] {
  return paths.map((path) => {
    const s = statSync(path, { throwIfNoEntry: false });
    return { path, size: s ? s.size : -1, mtimeMs: s ? s.mtimeMs : -1 };
  });
}

function sameStamps(a: readonly Stamp[], b: readonly Stamp[]): boolean {
  return a.length === b.length && a.every((s, i) => s.path === b[i]!.path && s.size === b[i]!.size && s.mtimeMs === b[i]!.mtimeMs);
}

/** The key of `inputs`: the memo's when their stamps have not changed since it was written, else `compute()`. */
export function memoisedKey(memoPath: string, inputs: readonly string[], compute: () => string): string {
  try {
    if (existsSync(memoPath)) {
      const memo = JSON.parse(readFileSync(memoPath, "utf8")) as Memo;
      if (typeof memo.key === "string" && Array.isArray(memo.stamps) && sameStamps(memo.stamps, stampsOf(inputs))) return memo.key;
    }
  } catch {
    // A damaged memo is no memo.
  }
  return compute();
}

/**
 * Computes the key and remembers it for the inputs (the build calls it when it writes the cache). The
 * stamps are taken before the contents are read: a file changed meanwhile no longer matches them.
 */
export function rememberKey(memoPath: string, inputs: readonly string[], compute: () => string): string {
  const stamps = stampsOf(inputs);
  const key = compute();
  const memo: Memo = { stamps, key };
  writeFileWhole(memoPath, JSON.stringify(memo));
  return key;
}
