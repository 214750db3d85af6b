import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCompiledLexiconCache, cachedCompilation, loadCompiledLexicon, type CompiledLexicon } from "../../src/lexicons/compiled-lexicon-cache.js";

// The build keeps stages' compiled lexicons; a start must never use one made from other files or code.
let dir: string;
let compiles: number;

function lexicon(name: string, compile: () => unknown = () => compileWords()): CompiledLexicon<unknown> {
  return { name, inputs: [join(dir, "data"), join(dir, "src", "compile.ts")], root: pathToFileURL(`${dir}/`), compile };
}

/** A toy compilation: the words of the data files, in a map and a set, as stages compile theirs. */
function compileWords(): { byFirst: Map<string, string[]>; all: Set<string> } {
  compiles++;
  const words = readdirSync(join(dir, "data")).sort().flatMap((f) => readFileSync(join(dir, "data", f), "utf8").split(/\s+/).filter(Boolean));
  const byFirst = new Map<string, string[]>();
  for (const w of words) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w]);
  return { byFirst, all: new Set(words) };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-lexcache-"));
  mkdirSync(join(dir, "data"));
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "data", "words.tsv"), "attack ambush\nprotest\n");
  writeFileSync(join(dir, "src", "compile.ts"), "// the compiler\n");
  compiles = 0;
  delete process.env.SITREP_NO_CACHE;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.SITREP_NO_CACHE;
});

describe("cachedCompilation", () => {
  it("compiles without a cache, and reads the build's cache back equal without compiling", () => {
    const lex = lexicon("toy");
    const load = () => loadCompiledLexicon(lex);
    const compiled = load();
    expect(compiles).toBe(1);
    expect(buildCompiledLexiconCache(lex).bytes).toBeGreaterThan(0);
    compiles = 0;
    const cached = load();
    expect(compiles).toBe(0);
    expect(cached).toEqual(compiled);
    expect(cached).not.toBe(compiled);
  });

  it("compiles again when a data file or the compiler's source changed, was added or removed", () => {
    const lex = lexicon("toy");
    const load = () => loadCompiledLexicon(lex);
    buildCompiledLexiconCache(lex);
    compiles = 0;
    writeFileSync(join(dir, "data", "words.tsv"), "attack ambush\nriot\n");
    expect((load() as { all: Set<string> }).all.has("riot")).toBe(true);
    expect(compiles).toBe(1);

    buildCompiledLexiconCache(lex);
    compiles = 0;
    writeFileSync(join(dir, "src", "compile.ts"), "// the compiler, edited\n");
    load();
    expect(compiles).toBe(1);

    buildCompiledLexiconCache(lex);
    compiles = 0;
    writeFileSync(join(dir, "data", "more.tsv"), "strike\n");
    expect((load() as { all: Set<string> }).all.has("strike")).toBe(true);
    expect(compiles).toBe(1);

    buildCompiledLexiconCache(lex);
    compiles = 0;
    rmSync(join(dir, "data", "more.tsv"));
    expect((load() as { all: Set<string> }).all.has("strike")).toBe(false);
    expect(compiles).toBe(1);
  });

  it("compiles again when only the time of an input changed after an edit of the same size", () => {
    const lex = lexicon("toy");
    const load = () => loadCompiledLexicon(lex);
    buildCompiledLexiconCache(lex);
    compiles = 0;
    writeFileSync(join(dir, "data", "words.tsv"), "attack ambush\nPROTEST\n");
    const later = new Date(Date.now() + 10_000);
    utimesSync(join(dir, "data", "words.tsv"), later, later);
    expect((load() as { all: Set<string> }).all.has("PROTEST")).toBe(true);
  });

  it("keeps no cache of a value that is not plain data, and ignores a damaged cache and SITREP_NO_CACHE=1", () => {
    class Rule {
      constructor(readonly word: string) {}
    }
    const classy = lexicon("classy", () => ({ rules: [new Rule("attack")] }));
    expect(buildCompiledLexiconCache(classy).error).toMatch(/deep-equal/);

    const lex = lexicon("toy");
    const load = () => loadCompiledLexicon(lex);
    buildCompiledLexiconCache(lex);
    compiles = 0;
    process.env.SITREP_NO_CACHE = "1";
    load();
    expect(compiles).toBe(1);
    delete process.env.SITREP_NO_CACHE;
    writeFileSync(join(dir, "dist", "cache", "lexicons", "toy.bin"), "not a cache");
    load();
    expect(compiles).toBe(2);
  });
});
