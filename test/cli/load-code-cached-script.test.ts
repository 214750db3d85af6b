import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { codeCacheKey, loadCodeCachedScript } from "../../src/cli/load-code-cached-script.js";

// The CLI bundle is compiled with V8's code cache made at build time; a cache that does not belong to
// the script (another build, an edit, a damaged file) must never be used, only cost start-up time.
let dir: string;
let script: string;
let cache: string;

/** A CommonJS script whose answer depends on its source, with a function that only runs when called. */
function writeScript(answer: number): void {
  writeFileSync(script, `"use strict";\nconst path = require("node:path");\nexports.answer = () => ${answer};\nexports.where = () => path.basename(__filename) + " in " + path.basename(__dirname);\n`);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-code-cache-"));
  script = join(dir, "script.cjs");
  cache = join(dir, "cache", "script.code");
  delete process.env.SITREP_NO_CACHE;
  delete process.env.SITREP_NO_CODE_CACHE;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.SITREP_NO_CACHE;
  delete process.env.SITREP_NO_CODE_CACHE;
});

type Api = { answer(): number; where(): string };

const LOADER = fileURLToPath(new URL("../../src/cli/load-code-cached-script.ts", import.meta.url));

/** The cache's status and the script's answer when a fresh process loads them. */
function statusInNewProcess(): string {
  const code = `import { loadCodeCachedScript } from ${JSON.stringify(LOADER)}; const r = loadCodeCachedScript(${JSON.stringify(script)}, ${JSON.stringify(cache)}); console.log(r.status, r.exports.answer());`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

describe("loadCodeCachedScript", () => {
  it("runs the script as a CommonJS module, then from the cache it wrote after a run", () => {
    writeScript(41);
    const first = loadCodeCachedScript(script, cache);
    expect(first.status).toBe("absent");
    const api = first.exports as Api;
    expect(api.answer()).toBe(41);
    expect(api.where()).toBe(`script.cjs in ${dir.split("/").pop()}`);
    expect(first.writeCache()).toBeGreaterThan(0);

    const second = loadCodeCachedScript(script, cache);
    expect(second.status).toBe("accepted");
    expect((second.exports as Api).answer()).toBe(41);
    // In this process V8 may reuse its in-memory compilation without reading the data at all: a new
    // process shows that V8 takes the data the file holds.
    expect(statusInNewProcess()).toBe("accepted 41");
  });

  it("ignores the cache of another script, even one of the same length (V8 only checks the length)", () => {
    writeScript(41);
    loadCodeCachedScript(script, cache).writeCache();
    writeScript(42);
    const edited = loadCodeCachedScript(script, cache);
    expect(edited.status).toBe("stale");
    expect((edited.exports as Api).answer()).toBe(42);
    // Its own cache, once written, replaces the other's.
    edited.writeCache();
    expect(loadCodeCachedScript(script, cache).status).toBe("accepted");
  });

  it("ignores a damaged cache file and a cache keyed for another runtime", () => {
    writeScript(7);
    loadCodeCachedScript(script, cache).writeCache();
    const bytes = readFileSync(cache);
    writeFileSync(cache, bytes.subarray(0, 10));
    const damaged = loadCodeCachedScript(script, cache);
    expect(damaged.status).toBe("stale");
    expect((damaged.exports as Api).answer()).toBe(7);

    // The header names the runtime: a cache written under another Node's key is not handed to V8.
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString("utf8")) as { key: string };
    expect(header.key).toBe(codeCacheKey(readFileSync(script)));
    const otherKey = Buffer.from(JSON.stringify({ ...header, key: header.key.replace(process.version, "v0.0.0") }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(otherKey.length, 0);
    writeFileSync(cache, Buffer.concat([length, otherKey, bytes.subarray(4 + headerLength)]));
    expect(loadCodeCachedScript(script, cache).status).toBe("stale");
  });

  it("hands V8's verdict on to the caller when V8 refuses the data", () => {
    // A script this process never compiled (V8 would reuse its own in-memory compilation and never
    // look at the data), with the right key before data that is not V8's.
    writeScript(5);
    const header = Buffer.from(JSON.stringify({ magic: "SITREPCODE1", key: codeCacheKey(readFileSync(script)) }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(cache, Buffer.concat([length, header, Buffer.alloc(4096, 0x5a)]));
    const rejected = loadCodeCachedScript(script, cache);
    expect(rejected.status).toBe("rejected");
    expect((rejected.exports as Api).answer()).toBe(5);
  });

  it("is turned off by SITREP_NO_CACHE=1 and SITREP_NO_CODE_CACHE=1", () => {
    writeScript(3);
    loadCodeCachedScript(script, cache).writeCache();
    process.env.SITREP_NO_CODE_CACHE = "1";
    expect(loadCodeCachedScript(script, cache).status).toBe("disabled");
    delete process.env.SITREP_NO_CODE_CACHE;
    process.env.SITREP_NO_CACHE = "1";
    expect(loadCodeCachedScript(script, cache).status).toBe("disabled");
  });
});
