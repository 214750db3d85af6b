import { describe, expect, it } from "vitest";
import { actorOfEntityIndex, findActorOf } from "../../src/app/present/present-document.js";
import type { Span } from "../../src/core/index.js";

/** A small deterministic generator (no Math.random: a failure must replay). */
function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const SOURCE = { stage: "actors", rule: "test" };

function randomSpan(next: () => number, textLength: number, maxLength: number): Span {
  const start = Math.floor(next() * textLength);
  return { start, end: start + Math.floor(next() * maxLength) };
}

function randomActors(next: () => number, count: number) {
  return Array.from({ length: count }, (_, a) => ({
    id: `a${a}`,
    layer: "actor" as const,
    start: 0,
    end: 0,
    source: SOURCE,
    data: { mentions: Array.from({ length: Math.floor(next() * 4) }, () => randomSpan(next, 120, 12)) },
  }));
}

describe("actorOfEntityIndex", () => {
  it("answers as the scan of every actor's mentions (exact, containing, contained, overlapping, in actor order)", () => {
    const next = generator(20261207);
    let found = 0;
    for (let round = 0; round < 400; round++) {
      const actors = randomActors(next, Math.floor(next() * 12));
      const actorOf = actorOfEntityIndex(actors);
      for (let k = 0; k < 30; k++) {
        const entity = randomSpan(next, 120, 10);
        const expected = findActorOf(entity, actors);
        if (expected !== undefined) found++;
        expect(actorOf(entity)).toBe(expected);
      }
    }
    // The samples reach every tier, not only "none".
    expect(found).toBeGreaterThan(2000);
  });

  it("prefers an exact mention of a later actor to a containing mention of an earlier one", () => {
    const actors = [
      { id: "a1", layer: "actor" as const, start: 0, end: 20, source: SOURCE, data: { mentions: [{ start: 0, end: 20 }] } },
      { id: "a2", layer: "actor" as const, start: 5, end: 10, source: SOURCE, data: { mentions: [{ start: 5, end: 10 }] } },
    ];
    expect(actorOfEntityIndex(actors)({ start: 5, end: 10 })).toBe("a2");
    expect(actorOfEntityIndex(actors)({ start: 6, end: 9 })).toBe("a1");
  });

  it("reads a mention far before the entity when a long mention reaches it", () => {
    const actors = [
      { id: "a1", layer: "actor" as const, start: 0, end: 3, source: SOURCE, data: { mentions: [{ start: 0, end: 3 }] } },
      { id: "a2", layer: "actor" as const, start: 0, end: 100, source: SOURCE, data: { mentions: [{ start: 0, end: 100 }] } },
    ];
    expect(actorOfEntityIndex(actors)({ start: 90, end: 95 })).toBe("a2");
  });
});
