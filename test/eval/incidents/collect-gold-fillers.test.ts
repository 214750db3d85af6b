import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SitrepError } from "../../../src/core/errors.js";
import { findMucPairs } from "../../../src/eval/incidents-scorer.js";
import { collectGoldFillers } from "../../../src/eval/muc4/collect-gold-fillers.js";
import { readMucKey } from "../../../src/eval/muc4/read-muc-key.js";

const KEY = readMucKey(`0.  MESSAGE: ID                    TST9-MUC4-0005
1.  MESSAGE: TEMPLATE              1
2.  INCIDENT: DATE                 12 JAN 90
4.  INCIDENT: TYPE                 KIDNAPPING
18. HUM TGT: NAME                  "HECTOR OQUELI COLINDRES"
19. HUM TGT: DESCRIPTION           "POLITICIAN": "HECTOR OQUELI COLINDRES"
                                   "PEASANTS"
21. HUM TGT: NUMBER                1: "HECTOR OQUELI COLINDRES"
                                   3: "PEASANTS"
23. HUM TGT: EFFECT OF INCIDENT    DEATH: "HECTOR OQUELI COLINDRES"
                                   DEATH: "PEASANTS"

0.  MESSAGE: ID                    TST9-MUC4-0005
1.  MESSAGE: TEMPLATE              2 (OPTIONAL)
2.  INCIDENT: DATE                 13 JAN 90
4.  INCIDENT: TYPE                 ATTACK
18. HUM TGT: NAME                  "HECTOR OQUELI"
`);

describe("collectGoldFillers", () => {
  const gold = collectGoldFillers(KEY);
  const of = (slot: string) => gold.filter((g) => g.slot === slot);

  it("keeps a name with the descriptions that refer to it, and unattached descriptions apart", () => {
    expect(of("humTarget").map((g) => g.alternatives)).toEqual([["HECTOR OQUELI COLINDRES", "POLITICIAN", "HECTOR OQUELI"], ["PEASANTS"]]);
  });

  it("merges the same victim named in two templates, required when any template requires it", () => {
    expect(of("humTarget")[0]!.optional).toBe(false);
  });

  it("marks fillers found only in an optional template as optional", () => {
    expect(of("type").map((g) => [g.alternatives[0], g.optional])).toEqual([["KIDNAPPING", false], ["ATTACK", true]]);
    expect(of("date").map((g) => g.optional)).toEqual([false, true]);
  });

  it("gives one deaths filler with the summed count of the dead", () => {
    expect(of("deaths")).toEqual([expect.objectContaining({ count: 4, optional: false })]);
  });

  it("gives nothing for an irrelevant document", () => {
    expect(collectGoldFillers(readMucKey("0.  MESSAGE: ID                    TST9-MUC4-0009\n1.  MESSAGE: TEMPLATE              *\n"))).toEqual([]);
  });
});

describe("findMucPairs", () => {
  it("pairs each text file with its key in a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "muc-"));
    writeFileSync(join(dir, "tst9-muc4"), "TST9-MUC4-0001\n");
    writeFileSync(join(dir, "key-tst9.v2"), "0.  MESSAGE: ID  TST9-MUC4-0001\n");
    writeFileSync(join(dir, "README"), "not a text file\n");
    expect(findMucPairs(dir)).toEqual([{ texts: join(dir, "tst9-muc4"), key: join(dir, "key-tst9.v2") }]);
  });
  it("fails clearly when no text has a key, or the path does not exist", () => {
    const dir = mkdtempSync(join(tmpdir(), "muc-"));
    writeFileSync(join(dir, "tst9-muc4"), "TST9-MUC4-0001\n");
    expect(() => findMucPairs(dir)).toThrow(SitrepError);
    expect(() => findMucPairs(join(dir, "missing"))).toThrow(SitrepError);
  });
});
