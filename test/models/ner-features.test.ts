import { describe, expect, it } from "vitest";
import { parseConll } from "../../src/models/ner/conll-reader.js";
import { buildDocumentContext, extractSentenceFeatures, isCapitalised, shapeOf, shortShapeOf, viewTokens, WordFeatureCache } from "../../src/models/ner/features.js";
import { categoryBit, Gazetteer } from "../../src/models/ner/gazetteer.js";
import { hashString, mixHash } from "../../src/models/ner/hashing.js";

describe("word shapes", () => {
  it("map letters and digits to X, x and d", () => {
    expect(shapeOf("IS-K")).toBe("XX-X");
    expect(shapeOf("Doha")).toBe("Xxxx");
    expect(shapeOf("1996-08-22")).toBe("dddd-dd-");
  });

  it("collapse repeats in the short shape", () => {
    expect(shortShapeOf("Muttaqi")).toBe("Xx");
    expect(shortShapeOf("USAID")).toBe("X");
  });
});

describe("headlines", () => {
  it("are sentences written in capitals", () => {
    expect(isCapitalised(["LEICESTERSHIRE", "TAKE", "OVER", "."])).toBe(true);
    expect(isCapitalised(["The", "IS-K", "claimed", "it"])).toBe(false);
    expect(isCapitalised(["-", "."])).toBe(false);
  });
});

describe("hashing", () => {
  it("is deterministic and spreads nearby values", () => {
    expect(hashString("Doha")).toBe(hashString("Doha"));
    expect(hashString("Doha")).not.toBe(hashString("doha"));
    expect(mixHash(1, 2)).not.toBe(mixHash(2, 1));
  });
});

describe("gazetteer", () => {
  const gaz = new Gazetteer([
    { category: "city", name: "New York" },
    { category: "admin", name: "New York" },
    { category: "city", name: "York" },
    { category: "country", name: "Afghanistan" },
  ]);

  it("finds the longest name of each category from each start, case-insensitively", () => {
    const matches = gaz.match(["in", "new", "york", "city"]);
    expect(matches).toContainEqual({ start: 1, end: 3, categories: categoryBit("city") | categoryBit("admin") });
    expect(matches).toContainEqual({ start: 2, end: 3, categories: categoryBit("city") });
  });

  it("finds what looking up every span would, the words after a name's first word filtered or not", () => {
    const names = ["New York", "New York City", "the Hague", "the Gambia", "the United States of America", "Afghanistan", "New Delhi", "in  between"];
    const g = new Gazetteer(names.map((name) => ({ category: "city" as const, name })));
    const sentence = "the new york city council met the gambia and the hague in new delhi , not the united states of america or the united kingdom new".split(" ");
    const everySpan: { start: number; end: number; categories: number }[] = [];
    for (let i = 0; i < sentence.length; i++) {
      for (let len = Math.min(6, sentence.length - i); len >= 1; len--) {
        const c = g.categoriesOf(sentence.slice(i, i + len));
        if (c && !everySpan.some((m) => m.start === i)) everySpan.push({ start: i, end: i + len, categories: c });
      }
    }
    expect(g.match(sentence)).toEqual(everySpan);
    expect(everySpan.length).toBe(5);
  });

  it("looks up a whole name", () => {
    expect(gaz.categoriesOf(["afghanistan"])).toBe(categoryBit("country"));
    expect(gaz.categoriesOf(["kabul"])).toBe(0);
  });
});

describe("sentence features", () => {
  it("are the same for the same sentence and differ with the context", () => {
    const ctx = buildDocumentContext([["Muttaqi", "met", "West", "."]]);
    const a = extractSentenceFeatures(["Muttaqi", "met", "West", "."], null, ctx);
    const b = extractSentenceFeatures(["Muttaqi", "met", "West", "."], null, ctx);
    const c = extractSentenceFeatures(["Muttaqi", "saw", "West", "."], null, ctx);
    expect([...a.values.slice(0, a.offsets[4])]).toEqual([...b.values.slice(0, b.offsets[4])]);
    const westA = new Set(a.values.slice(a.offsets[2], a.offsets[3]));
    const westC = [...c.values.slice(c.offsets[2], c.offsets[3])];
    expect(westC.some((f) => !westA.has(f))).toBe(true);
  });

  it("notes how an article writes a headline word elsewhere", () => {
    const ctx = buildDocumentContext([["LEICESTERSHIRE", "WIN"], ["Leicestershire", "beat", "Somerset", "."], ["They", "win", "."]]);
    expect(ctx.titleCased.has("leicestershire")).toBe(false);
    expect(ctx.titleCased.has("somerset")).toBe(true);
    expect(ctx.lowerCased.has("win")).toBe(true);
  });
});

describe("document context from the tagger's word views", () => {
  /** The context as the words spell it: case tested and lower-cased at every token (what the views keep per word). */
  function spelledContext(doc: string[][]): { titleCased: string[]; lowerCased: string[]; around: [string, string[]][] } {
    const titleCased = new Set<string>();
    const lowerCased = new Set<string>();
    const around = new Map<string, Set<string>>();
    for (const words of doc) {
      if (isCapitalised(words)) continue;
      words.forEach((w, i) => {
        if (w === w.toLowerCase()) {
          if (/[a-z]/.test(w)) lowerCased.add(w);
          return;
        }
        const key = w.toLowerCase();
        const initial = w !== w.toUpperCase() && w[0] !== w[0]!.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
        if (initial && i > 0) titleCased.add(key);
        if (i === 0 && i === words.length - 1) return;
        const set = around.get(key) ?? new Set<string>();
        around.set(key, set);
        if (i > 0 && set.size < 12) set.add(`<${words[i - 1]}`.toLowerCase());
        if (i + 1 < words.length && set.size < 12) set.add(`>${words[i + 1]}`.toLowerCase());
      });
    }
    return { titleCased: [...titleCased], lowerCased: [...lowerCased], around: [...around].map(([k, v]) => [k, [...v]]) };
  }

  it("is the context the words spell, Greek final sigma and all", () => {
    const doc = [["LEICESTERSHIRE", "WIN"], ["Leicestershire", "beat", "Somerset", "."], ["ΟΔΟΣ", "Σ", "Athens", "’s", "ΣΟΦΙΑ", "mayor"], ["They", "win", "in", "Ürümqi", "."]];
    const cache = new WordFeatureCache();
    const ctx = buildDocumentContext(doc, doc.map((words) => viewTokens(words, cache)));
    const spelled = spelledContext(doc);
    expect([...ctx.titleCased]).toEqual(spelled.titleCased);
    expect([...ctx.lowerCased]).toEqual(spelled.lowerCased);
    expect([...ctx.neighbours.keys()]).toEqual(spelled.around.map(([k]) => k));
    // The ContextAggregate template (number 45) over each neighbour string, as feature hashing (hashing.ts) makes it.
    const feature = (w: string) => mixHash(mixHash(45, hashString(w)), 0x5bd1e995);
    expect([...ctx.neighbours.values()].map((v) => [...v])).toEqual(spelled.around.map(([, v]) => v.map(feature)));
    expect(spelled.around.find(([k]) => k === "athens")![1]).toEqual(["<σ", ">’s"]);
  });
});

describe("CoNLL reader", () => {
  it("reads the column layout with its document breaks", () => {
    const text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n";
    const { layout, documents } = parseConll(text);
    expect(layout).toBe("columns");
    expect(documents).toHaveLength(2);
    expect(documents[0]!.sentences.map((s) => s.tokens)).toEqual([["EU", "rejects"], ["Peter"]]);
    expect(documents[1]!.sentences[0]!.tags).toEqual(["B-LOC"]);
  });

  it("reads the one-sentence-a-line layout and splits stories at their datelines", () => {
    const text = ["EU###B-ORG rejects###O", "BRUSSELS###B-LOC 1996-08-22###O", "The###O EU###B-ORG said###O", "Rugby###O result###O", "LONDON###B-LOC 1996-08-23###O", "Bath###B-ORG won###O"].join("\n");
    const { layout, documents } = parseConll(text);
    expect(layout).toBe("hash");
    expect(documents.map((d) => d.sentences.length)).toEqual([3, 3]);
    expect(documents[1]!.sentences[0]!.tokens).toEqual(["Rugby", "result"]);
  });

  it("rejects a file that is neither layout", () => {
    expect(() => parseConll("justoneword\n")).toThrow(/CoNLL layout/);
    expect(() => parseConll("")).toThrow();
    expect(() => parseConll("hello world\nsecond line\n")).toThrow(/IOB tag/);
    expect(() => parseConll("EU###ORG rejects###O\n")).toThrow(/IOB tag/);
  });
});
