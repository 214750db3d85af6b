import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contentHash } from "../../src/corpus/near-duplicates/content-hash.js";
import { findDuplicate, fingerprint, type DuplicateLookup } from "../../src/corpus/near-duplicates/find-duplicate.js";
import { NEAR_DUPLICATE_MAX_BITS } from "../../src/corpus/near-duplicates/heuristics.js";
import { hammingDistance, simhash, simhashBands, simhashProbes } from "../../src/corpus/near-duplicates/simhash.js";
import type { StoredArticle } from "../../src/store/store.js";

const STORY =
  "Gunmen killed three police officers at a checkpoint in Peshawar on Monday, officials said. The attackers fled on motorbikes " +
  "after the shooting, which happened shortly after dawn near the city's main bus station. A police spokesman said a search " +
  "operation was under way and that two suspects had been detained for questioning. No group has claimed responsibility for the " +
  "attack, the third on security forces in the province this month. Provincial officials condemned the killings and promised " +
  "compensation to the families of the dead officers, who were buried later in the day in their home villages.";
const OTHER =
  "The central bank raised its main interest rate by half a percentage point on Thursday, its fourth increase this year, saying " +
  "inflation remained well above its target. Economists had expected a smaller rise. The currency strengthened after the " +
  "announcement, and the governor told reporters that further increases could follow if food and fuel prices kept rising " +
  "through the summer. Business groups warned that higher borrowing costs would slow investment and hiring in the months ahead.";

describe("simhash", () => {
  it("is 16 hex digits, the same for the same words whatever their case, punctuation or spacing", () => {
    const h = simhash(STORY);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(STORY.toUpperCase().replace(/ /g, "  ").replace(/,/g, " ,"))).toBe(h);
    expect(simhash("")).toBe("0000000000000000");
  });

  it("puts a lightly edited copy within the near-duplicate distance and a different story far away", () => {
    const edited = `PESHAWAR (Reuters) - ${STORY} Copyright 2021 Reuters.`;
    expect(hammingDistance(simhash(STORY), simhash(edited))).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_BITS);
    expect(hammingDistance(simhash(STORY), simhash(OTHER))).toBeGreaterThan(NEAR_DUPLICATE_MAX_BITS * 2);
  });

  it("counts differing bits", () => {
    expect(hammingDistance("0000000000000000", "ffffffffffffffff")).toBe(64);
    expect(hammingDistance("8000000000000001", "0000000000000000")).toBe(2);
    expect(() => hammingDistance("xyz", "0000000000000000")).toThrow();
  });

  it("probes find every hash within the near-duplicate distance through exact 16-bit bands", () => {
    const hex = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, "0"));
    const flips = fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { minLength: 0, maxLength: NEAR_DUPLICATE_MAX_BITS });
    fc.assert(
      fc.property(hex, flips, (h, bits) => {
        let n = BigInt(`0x${h}`);
        for (const b of bits) n ^= 1n << BigInt(b);
        const other = n.toString(16).padStart(16, "0");
        expect(hammingDistance(h, other)).toBe(bits.length);
        const stored = new Set(simhashBands(other).map((band, i) => `${i}:${band}`));
        const found = simhashProbes(h).some((probe) => simhashBands(probe).some((band, i) => stored.has(`${i}:${band}`)));
        expect(found).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Within 3 bits the hash alone is enough.
    expect(simhashProbes("0123456789abcdef", 3)).toEqual(["0123456789abcdef"]);
  });
});

describe("findDuplicate", () => {
  const article = (id: string, text: string, duplicateOf: string | null = null): StoredArticle => ({
    id,
    url: null,
    urls: [],
    outlet: null,
    title: null,
    published: null,
    contentHash: contentHash(text),
    simhash: simhash(text),
    duplicateOf,
    pipelineVersion: "test",
    ingestedAt: "2026-01-01T00:00:00Z",
    eventCount: 0,
    quoteCount: 0,
  });
  /** A store's lookups over a list, banded like the store: a candidate shares an exact band. */
  const lookupOf = (articles: StoredArticle[]): DuplicateLookup => ({
    findByContentHash: async (hash) => articles.find((a) => a.contentHash === hash),
    findSimhashCandidates: async (probes) => {
      const bands = probes.map(simhashBands);
      return articles.filter((a) => simhashBands(a.simhash).some((b, i) => bands.some((p) => p[i] === b)));
    },
  });

  it("tells exact, near and new apart, and links a copy to the original, not to another copy", async () => {
    const original = article("a1", STORY);
    const edited = `PESHAWAR (Reuters) - ${STORY}`;
    const copy = article("a2", `${STORY} Follow us on Twitter.`, "a1");
    const lookup = lookupOf([copy, original, article("a3", OTHER)]);
    expect(await findDuplicate(fingerprint(STORY), lookup)).toMatchObject({ kind: "exact", of: { id: "a1" } });
    const near = await findDuplicate(fingerprint(edited), lookup);
    expect(near).toMatchObject({ kind: "near", of: { id: "a1" } });
    expect(await findDuplicate(fingerprint("Floods swept through three villages in the north on Sunday, killing at least four people."), lookup)).toEqual({ kind: "new" });
  });
});
