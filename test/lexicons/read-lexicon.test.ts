import { describe, expect, it } from "vitest";
import { parseLexicon, splitListCell } from "../../src/lexicons/read-lexicon.js";

const good = "# source: hand-written\n# license: CC0\n# version: 2026-11-27\nid\tlemma\tnote\ntrg-1\tattack\t\\N\n\ntrg-2\traid\tx\n";

describe("lexicon files", () => {
  it("reads rows by column name, with the provenance header", () => {
    const lex = parseLexicon(good, ["lemma"]);
    expect(lex.rows.map((r) => r.lemma)).toEqual(["attack", "raid"]);
    expect(lex.rows[0]!.note).toBe("");
    expect(lex.provenance.license).toBe("CC0");
  });
  it("rejects a repeated id, a row without an id and a missing column", () => {
    expect(() => parseLexicon(good + "trg-1\tbomb\t\n")).toThrow(/duplicate id trg-1/);
    expect(() => parseLexicon(good + "\tbomb\t\n")).toThrow(/without an id/);
    expect(() => parseLexicon(good, ["pattern"])).toThrow(/no column pattern/);
    expect(() => parseLexicon("# only a header\n")).toThrow(/no header/);
  });
  it("splits list cells", () => {
    expect(splitListCell("US| United States ||U.S.")).toEqual(["US", "United States", "U.S."]);
  });
});
