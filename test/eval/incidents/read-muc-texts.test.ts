import { describe, expect, it } from "vitest";
import { parseMucDay, readMucTexts } from "../../../src/eval/muc4/read-muc-texts.js";
import { SitrepError } from "../../../src/core/errors.js";

const TEXTS = `TST9-MUC4-0001

   SAN SALVADOR, 18 JAN 90 (RADIO CADENA YSU) -- [TEXT] GUERRILLAS
ATTACKED A POWER STATION.

TST9-MUC4-0002

   CLANDESTINE, NO DATE (RADIO VENCEREMOS) -- [REPORT] [TEXT] WE ARE HERE.
`;

describe("readMucTexts", () => {
  const texts = readMucTexts(TEXTS);

  it("splits messages on their id lines and keeps the body without the id", () => {
    expect(texts.map((t) => t.id)).toEqual(["TST9-MUC4-0001", "TST9-MUC4-0002"]);
    expect(texts[0]!.body).toMatch(/^ {3}SAN SALVADOR, 18 JAN 90/);
    expect(texts[0]!.body).not.toContain("TST9-MUC4");
  });

  it("reads the dateline place and date", () => {
    expect(texts[0]).toMatchObject({ datelinePlace: "SAN SALVADOR", published: "1990-01-18" });
  });

  it("gives no date for NO DATE datelines", () => {
    expect(texts[1]).toMatchObject({ datelinePlace: "CLANDESTINE", published: null });
  });

  it("rejects a file with no id line", () => {
    expect(() => readMucTexts("NO IDS HERE\n")).toThrow(SitrepError);
  });
});

describe("parseMucDay", () => {
  it("reads two- and four-digit years", () => {
    expect(parseMucDay("16 NOV 89")).toBe("1989-11-16");
    expect(parseMucDay("1 JAN 1990")).toBe("1990-01-01");
  });
  it("rejects impossible or partial dates", () => {
    expect(parseMucDay("31 FEB 90")).toBeNull();
    expect(parseMucDay("NOV 89")).toBeNull();
    expect(parseMucDay("NO DATE")).toBeNull();
  });
});
