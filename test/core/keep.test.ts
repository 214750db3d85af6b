import { describe, expect, it } from "vitest";
import { flatMapped, keep, keepFlat, mapped } from "../../src/core/keep.js";

describe("keep, mapped, keepFlat", () => {
  const xs = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }];

  it("keep is filter: the same items, in order, with their index", () => {
    expect(keep(xs, (x) => x.n % 2 === 0)).toEqual(xs.filter((x) => x.n % 2 === 0));
    expect(keep(xs, (_, i) => i > 1)).toEqual([xs[2], xs[3]]);
    expect(keep(xs, () => false)).toEqual([]);
    expect(keep([], () => true)).toEqual([]);
  });

  it("mapped is map, and a new array", () => {
    expect(mapped(xs, (x, i) => x.n * 10 + i)).toEqual([10, 21, 32, 43]);
    const copy = mapped(xs, (x) => x);
    expect(copy).toEqual(xs);
    expect(copy).not.toBe(xs);
  });

  it("keepFlat is flat().filter()", () => {
    const lists = [[xs[0]!], [], [xs[1]!, xs[2]!], [xs[3]!]];
    expect(keepFlat(lists, (x) => x.n !== 2)).toEqual(lists.flat().filter((x) => x.n !== 2));
    expect(keepFlat([], () => true)).toEqual([]);
  });

  it("flatMapped is flatMap over lists", () => {
    const lists = [[1, 2], [], [3]];
    expect(flatMapped(lists, (l) => l)).toEqual(lists.flatMap((l) => l));
    expect(flatMapped(xs, (x) => (x.n > 2 ? [x.n, -x.n] : []))).toEqual([3, -3, 4, -4]);
  });
});
