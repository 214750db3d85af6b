import { describe, expect, it } from "vitest";
import { parseFiller, readMucKey, SLOT, splitAlternatives } from "../../../src/eval/muc4/read-muc-key.js";
import { SitrepError } from "../../../src/core/errors.js";

const KEY = `0.  MESSAGE: ID                    TST9-MUC4-0007
1.  MESSAGE: TEMPLATE              1
2.  INCIDENT: DATE                 - 15 NOV 89
3.  INCIDENT: LOCATION             (HONDURAS: TEGUCIGALPA (CITY)) / (HONDURAS)
4.  INCIDENT: TYPE                 ATTACK / BOMBING
10. PERP: ORGANIZATION ID          "SHINING PATH"
                                   "FARABUNDO MARTI NATIONAL LIBERATION FRONT" / "FMLN"
12. PHYS TGT: ID                   -
18. HUM TGT: NAME                  "ANA LOPEZ"
19. HUM TGT: DESCRIPTION           "JUDGE": "ANA LOPEZ"
                                   ? "PEASANTS"
21. HUM TGT: NUMBER                1: "ANA LOPEZ"
23. HUM TGT: EFFECT OF INCIDENT    DEATH: "ANA LOPEZ"

0.  MESSAGE: ID                    TST9-MUC4-0007
1.  MESSAGE: TEMPLATE              2 (OPTIONAL)
2.  INCIDENT: DATE                 *
4.  INCIDENT: TYPE                 KIDNAPPING

0.  MESSAGE: ID                    TST9-MUC4-0008
1.  MESSAGE: TEMPLATE              *
2.  INCIDENT: DATE                 *
`;

describe("readMucKey", () => {
  const key = readMucKey(KEY);

  it("reads every template, with its message id, number and optional mark", () => {
    expect(key.map((t) => [t.messageId, t.number, t.optional])).toEqual([
      ["TST9-MUC4-0007", 1, false],
      ["TST9-MUC4-0007", 2, true],
      ["TST9-MUC4-0008", null, false],
    ]);
  });

  it("keeps one filler per key line, continuation lines included, with '/' alternatives", () => {
    const perp = key[0]!.slots.get(SLOT.perpOrganization)!;
    expect(perp.map((f) => f.alternatives)).toEqual([["SHINING PATH"], ["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"]]);
  });

  it("splits parenthesised alternatives without breaking the groups", () => {
    expect(key[0]!.slots.get(SLOT.location)![0]!.alternatives).toEqual(["HONDURAS: TEGUCIGALPA (CITY)", "HONDURAS"]);
  });

  it("reads cross-references and optional '?' fillers", () => {
    const desc = key[0]!.slots.get(SLOT.humTargetDescription)!;
    expect(desc[0]).toEqual({ alternatives: ["JUDGE"], refs: ["ANA LOPEZ"], optional: false });
    expect(desc[1]).toEqual({ alternatives: ["PEASANTS"], refs: [], optional: true });
  });

  it("leaves '-' and '*' slots empty", () => {
    expect(key[0]!.slots.get(SLOT.physTargetId)).toEqual([]);
    expect(key[1]!.slots.get(SLOT.date)).toEqual([]);
  });

  it("rejects text that holds no template", () => {
    expect(() => readMucKey("just some text\n")).toThrow(SitrepError);
  });
});

describe("key filler parts", () => {
  it("does not split on '/' inside quotes", () => {
    expect(splitAlternatives('"A/B" / "C"')).toEqual(['"A/B"', '"C"']);
  });
  it("returns null for empty fills", () => {
    expect(parseFiller("-")).toBeNull();
    expect(parseFiller("*")).toBeNull();
  });
});
