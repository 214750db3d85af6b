import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { tmpdir } from "node:os";
import { buildWinkCoreCache, lexemeSlots, loadWinkCoreModel, readCachedIndex, rememberedLemmas, tableBackedIndex, winkModelForSentencesAndTags } from "../../src/models/wink-model.js";

const require = createRequire(import.meta.url);

describe("wink's model loaded without the package's start-up work", () => {
  it("gives a core model deep-equal to the package's own loader's", () => {
    const ours = loadWinkCoreModel();
    const theirs = require("wink-eng-lite-web-model").core();
    expect(isDeepStrictEqual(ours, theirs)).toBe(true);
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
  });

  it("answers from the cached lexeme table as a plain object of the same words would, also as wink adds and changes words", () => {
    // Many words sharing hash slots (a small table) and a word listed twice (its last index wins, as a Map's).
    const list = ["said", "killed", "Kabul", "", "killed", ...Array.from({ length: 300 }, (_, i) => `w${i}`)];
    const object = Object.create(null) as Record<string, number>;
    list.forEach((w, k) => (object[w] = k));
    const table = tableBackedIndex(list, lexemeSlots(list));
    expect(isDeepStrictEqual(table, object)).toBe(true);
    for (const w of [...list, "unknown", "constructor", "toString", "__proto__"]) {
      expect(table[w], w).toBe(object[w]);
      expect(w in table, w).toBe(w in object);
    }
    table.gunmen = 305;
    object.gunmen = 305;
    table.said = 999;
    object.said = 999;
    delete table.Kabul;
    delete object.Kabul;
    expect(isDeepStrictEqual(table, object)).toBe(true);
    expect([table.gunmen, table.said, table.Kabul, "Kabul" in table]).toEqual([305, 999, undefined, false]);
  });

  it("answers from the read-caching front of the lexeme index as a plain object would, for wink's reads and writes", () => {
    const list = ["said", "killed", "Kabul", "", "constructor", "2021", ...Array.from({ length: 300 }, (_, i) => `w${i}`)];
    const object = Object.create(null) as Record<string, number>;
    list.forEach((w, k) => (object[w] = k));
    // Words of index 200 and above stand for the words wink adds while reading: never copied.
    const front = readCachedIndex(tableBackedIndex(list, lexemeSlots(list)), 200);
    const same = (words: readonly string[]) => {
      for (const w of words) {
        expect(front[w], w).toBe(object[w]);
        expect(w in front, w).toBe(w in object);
      }
    };
    const probes = ["said", "Kabul", "constructor", "toString", "__proto__", "hasOwnProperty", "2021", "2022", "", "unknown", "w10", "w250"];
    // Twice: the first read of a word reaches the index behind, the second the copy made by the first.
    same(probes);
    same(probes);
    same(list);
    expect(Object.keys(front)).toContain("said");
    expect(Object.keys(front)).not.toContain("w250");
    // Writes as wink makes them (a word it adds), and over a copy and over a word left behind.
    for (const [w, v] of [["gunmen", 305], ["said", 999], ["w250", 7000], ["__proto__", 5]] as const) {
      front[w] = v;
      object[w] = v;
    }
    same([...probes, "gunmen", "w250"]);
    // A copy cannot be deleted: a delete fails loudly rather than leave the word behind readable.
    expect(() => delete front.said).toThrow(TypeError);
  });

  it("keeps the lemmatiser's answers by tag and word: the same lemmas, one call per word and tag, a bounded table", () => {
    const calls: string[] = [];
    const lemmatize = (value: string, pos: string) => {
      calls.push(`${pos}:${value}`);
      return pos === "VERB" && value === "saw" ? "see" : pos === "NOUN" && value.endsWith("s") ? value.slice(0, -1) : value;
    };
    const kept = rememberedLemmas(lemmatize);
    const asked: [string, string][] = [["saw", "VERB"], ["saw", "NOUN"], ["rebels", "NOUN"], ["saw", "VERB"], ["rebels", "NOUN"], ["rebels", "PROPN"], ["rebels", "PROPN"], ["best", "ADJ"], ["best", "ADJ"]];
    expect(asked.map(([w, p]) => kept(w, p, null))).toEqual(asked.map(([w, p]) => lemmatize(w, p)));
    calls.length = 0;
    for (const [w, p] of asked) kept(w, p, null);
    // Tags the lemmatiser leaves alone (PROPN) are handed on; the others are answered from the table.
    expect(calls).toEqual(["PROPN:rebels", "PROPN:rebels"]);
    // A table that has grown to its bound starts over rather than growing with every new word.
    for (let i = 0; i < 60_000; i++) kept(`w${i}`, "NOUN", null);
    calls.length = 0;
    kept("w0", "NOUN", null);
    kept("w59999", "NOUN", null);
    expect(calls).toEqual(["NOUN:w0"]);
  });

  it("gives the same core model from the build's cache, and ignores a damaged cache file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-wink-"));
    try {
      const path = join(dir, "wink-core.bin");
      const built = buildWinkCoreCache(path);
      expect("path" in built).toBe(true);
      const theirs = require("wink-eng-lite-web-model").core();
      expect(isDeepStrictEqual(loadWinkCoreModel(path), theirs)).toBe(true);
      writeFileSync(path, "not a cache");
      expect(isDeepStrictEqual(loadWinkCoreModel(path), theirs)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the same sentences, tokens, tags, lemmas and normal forms as the package's model on real articles", () => {
    const winkNLP = require("wink-nlp");
    const ours = winkNLP(winkModelForSentencesAndTags(), ["sbd", "pos"]);
    const theirs = winkNLP(require("wink-eng-lite-web-model"), ["sbd", "pos"]);
    const golden = new URL("../golden/", import.meta.url).pathname;
    const texts = readdirSync(golden)
      .map((slug) => join(golden, slug, "article.txt"))
      .filter((p) => existsSync(p))
      .map((p) => readFileSync(p, "utf8"));
    expect(texts.length).toBeGreaterThan(10);
    const read = (nlp: { readDoc(t: string): { out(f: unknown): unknown; tokens(): { out(f: unknown): unknown }; sentences(): { out(f: unknown): unknown } }; its: Record<string, unknown> }, text: string) => {
      const doc = nlp.readDoc(text);
      const its = nlp.its;
      return [doc.tokens().out(its.value), doc.tokens().out(its.pos), doc.tokens().out(its.lemma), doc.tokens().out(its.normal), doc.sentences().out(its.span),
        // Loaded on first use in ours: the same answers all the same.
        doc.tokens().out(its.stem), doc.out(its.readabilityStats)];
    };
    for (const text of texts) expect(read(ours, text)).toEqual(read(theirs, text));
  });
});
