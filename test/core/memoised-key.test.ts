import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoisedKey, rememberKey } from "../../src/core/memoised-key.js";

// A remembered cache key may only save the hashing: any change to an input must bring the hashing back.
let dir: string;
let inputs: string[];
let memo: string;
let computed: number;
const compute = (key: string) => () => {
  computed++;
  return key;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-memo-"));
  inputs = [join(dir, "a.tsv"), join(dir, "b.ts")];
  writeFileSync(inputs[0]!, "one\n");
  writeFileSync(inputs[1]!, "two\n");
  memo = join(dir, "cache", "key.json");
  computed = 0;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("memoisedKey", () => {
  it("computes the key without a memo, and takes the remembered one while no input changed", () => {
    expect(memoisedKey(memo, inputs, compute("k1"))).toBe("k1");
    expect(rememberKey(memo, inputs, compute("k1"))).toBe("k1");
    expect(computed).toBe(2);
    expect(memoisedKey(memo, inputs, compute("never"))).toBe("k1");
    expect(computed).toBe(2);
  });

  it("computes the key again when an input is edited, touched, removed or added, or the memo is damaged", () => {
    rememberKey(memo, inputs, compute("k1"));
    writeFileSync(inputs[0]!, "ONE\n"); // same size
    utimesSync(inputs[0]!, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(memoisedKey(memo, inputs, compute("k2"))).toBe("k2");

    rememberKey(memo, inputs, compute("k2"));
    const later = new Date(Date.now() + 5_000);
    utimesSync(inputs[1]!, later, later); // touched only
    expect(memoisedKey(memo, inputs, compute("k3"))).toBe("k3");

    rememberKey(memo, inputs, compute("k3"));
    rmSync(inputs[1]!);
    expect(memoisedKey(memo, inputs, compute("k4"))).toBe("k4");
    writeFileSync(inputs[1]!, "two\n");
    rememberKey(memo, inputs, compute("k4"));
    expect(memoisedKey(memo, [...inputs, join(dir, "c.ts")], compute("k5"))).toBe("k5");

    writeFileSync(memo, "{ not json");
    expect(memoisedKey(memo, inputs, compute("k6"))).toBe("k6");
  });
});
