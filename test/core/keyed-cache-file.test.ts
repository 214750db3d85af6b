import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readKeyedCache, writeKeyedCache } from "../../src/core/keyed-cache-file.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-keyed-cache-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.SITREP_NO_CACHE;
});

describe("keyed cache files", () => {
  const value = { words: new Set(["attack", "raid"]), table: new Int32Array([1, 2, 3]), byName: new Map([["a", 1]]) };

  it("reads back what was written under the same magic and key", () => {
    const path = join(dir, "sub", "toy.bin");
    expect(writeKeyedCache(path, "TOY1", "k1", value)).toBeGreaterThan(0);
    expect(readKeyedCache(path, "TOY1", "k1")).toEqual(value);
  });

  it("reads null for another key, another kind of cache, a missing or damaged file, and under SITREP_NO_CACHE=1", () => {
    const path = join(dir, "toy.bin");
    writeKeyedCache(path, "TOY1", "k1", value);
    expect(readKeyedCache(path, "TOY1", "k2")).toBeNull();
    expect(readKeyedCache(path, "TOY2", "k1")).toBeNull();
    expect(readKeyedCache(join(dir, "absent.bin"), "TOY1", "k1")).toBeNull();
    process.env.SITREP_NO_CACHE = "1";
    expect(readKeyedCache(path, "TOY1", "k1")).toBeNull();
    delete process.env.SITREP_NO_CACHE;
    writeFileSync(path, "not a cache at all");
    expect(readKeyedCache(path, "TOY1", "k1")).toBeNull();
    writeFileSync(path, Buffer.alloc(0));
    expect(readKeyedCache(path, "TOY1", "k1")).toBeNull();
  });
});
