import { describe, expect, it } from "vitest";
import { tallyAnalystFields } from "../../../src/eval/muc4/analyst-fields.js";
import type { GoldFiller } from "../../../src/eval/muc4/collect-gold-fillers.js";
import type { PredictedFiller } from "../../../src/eval/muc4/collect-predicted-fillers.js";

const gold = (slot: GoldFiller["slot"], alternatives: string[], extra: Partial<GoldFiller> = {}): GoldFiller => ({ slot, alternatives, optional: false, ...extra });
const pred = (slot: PredictedFiller["slot"], values: string[], extra: Partial<PredictedFiller> = {}): PredictedFiller => ({ slot, values, events: ["v1"], triggers: ["attacked"], ...extra });

describe("analyst fields (MUC-4)", () => {
  it("judges only the first predicted answer of each field", () => {
    const t = tallyAnalystFields([{
      relevant: true,
      gold: [gold("perpOrg", ["FMLN"]), gold("humTarget", ["PEASANTS"]), gold("location", ["EL SALVADOR: SAN MIGUEL"])],
      // The right perpetrator comes second: an analyst reading the first answer gets it wrong.
      predicted: [pred("perpOrg", ["ARMY"]), pred("perpOrg", ["FMLN"]), pred("humTarget", ["peasants"])],
    }]);
    expect(t.fields.perpOrg).toEqual({ right: 0, documents: 1 });
    expect(t.fields.humTarget).toEqual({ right: 1, documents: 1 });
    // A field the key fills but sitrep leaves empty is wrong; one the key leaves empty is not counted.
    expect(t.fields.location).toEqual({ right: 0, documents: 1 });
    expect(t.fields.date).toEqual({ right: 0, documents: 0 });
  });

  it("counts deaths exact only on documents whose key gives a number, and skips irrelevant documents and optional fillers", () => {
    const t = tallyAnalystFields([
      { relevant: true, gold: [gold("deaths", ["DEATH"], { count: 3 })], predicted: [pred("deaths", ["DEATH"], { count: 3 })] },
      { relevant: true, gold: [gold("deaths", ["DEATH"], { count: 5 })], predicted: [pred("deaths", ["DEATH"], { count: 4 })] },
      { relevant: true, gold: [gold("deaths", ["DEATH"], { count: null })], predicted: [] },
      { relevant: false, gold: [], predicted: [pred("perpOrg", ["FMLN"])] },
      { relevant: true, gold: [gold("perpOrg", ["FMLN"], { optional: true })], predicted: [] },
    ]);
    expect(t.fields.deaths).toEqual({ right: 1, documents: 2 });
    expect(t.fields.perpOrg).toEqual({ right: 0, documents: 0 });
  });
});
