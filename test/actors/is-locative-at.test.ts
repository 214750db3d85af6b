import { describe, expect, it } from "vitest";
import { isLocativeAt, isWhiteSpace } from "../../src/stages/actors/is-locative-at.js";

/** The words of the 60 characters before `start`, as a split at white space reads them: the reading isLocativeAt must give. */
function bySplit(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 60), start).split(/\s+/).filter((w) => w.length > 0).slice(-5);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (["in", "near", "at", "outside", "around", "from", "across", "inside"].includes(w)) return true;
    if (/[.,;:!?"]$/.test(w)) return false;
  }
  return false;
}

describe("isLocativeAt (actors/is-locative-at.ts)", () => {
  it("finds a locative up to five words before a place, within its clause", () => {
    const text = "Gunmen attacked a market in the northern city of Peshawar on Monday.";
    expect(isLocativeAt(text, text.indexOf("Peshawar"))).toBe(true);
    const far = "Gunmen attacked a market in the big old northern city of Peshawar.";
    expect(isLocativeAt(far, far.indexOf("Peshawar"))).toBe(false);
    const clause = "He lives in town. Peshawar police said";
    expect(isLocativeAt(clause, clause.indexOf("Peshawar"))).toBe(false);
    expect(isLocativeAt("IN\u00a0Kabul", 3)).toBe(true);
  });

  it("reads every offset of varied texts as a split of the stretch before it does", () => {
    const texts = [
      "Gunmen attacked a market in the northern city of Peshawar on Monday, police said.",
      "  At\tthe\u2003Kabul airport,\nnear\u00a0the gate;   across \"Inside\" the INSIDE of Aipe: from around outside!",
      "Protesters gathered outside the parliament in İstanbul? Then at\u3000dawn\u2028they left\ufeffinto Ankara.",
      "x".repeat(70) + " in " + "y".repeat(58) + " at z",
    ];
    let found = 0;
    for (const text of texts) {
      for (let start = 0; start <= text.length; start++) {
        const expected = bySplit(text, start);
        expect(isLocativeAt(text, start), `${JSON.stringify(text)} at ${start}`).toBe(expected);
        if (expected) found++;
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it("takes as white space exactly the code units /\\s/ matches", () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
