import { describe, expect, it } from "vitest";
import { CountryTally, mainCountry } from "../../src/core/main-country.js";

describe("mainCountry", () => {
  it("takes the country named most often, the one named first on a tie", () => {
    const t = new CountryTally();
    t.add("SY", 10);
    t.add("US", 3);
    t.add("SY", 20);
    t.add("US", 30);
    expect(mainCountry(t)).toBe("US");
    t.add("SY", 40);
    expect(mainCountry(t)).toBe("SY");
  });

  it("weighs mentions and skips unknown countries", () => {
    const t = new CountryTally();
    t.add(null, 0);
    t.add("AF", 1, 1);
    t.add("PK", 2, 3);
    expect(t.total).toBe(4);
    expect(mainCountry(t)).toBe("PK");
  });

  it("gives no country when the leader is under the stage's bar, or when nothing was counted", () => {
    const t = new CountryTally();
    expect(mainCountry(t)).toBeNull();
    t.add("AF", 0);
    t.add("AF", 1);
    t.add("PK", 2);
    t.add("IR", 3);
    expect(mainCountry(t, { minCount: 3 })).toBeNull();
    expect(mainCountry(t, { minCount: 2, minShare: 0.6 })).toBeNull();
    expect(mainCountry(t, { minCount: 2, minShare: 0.5 })).toBe("AF");
  });
});
