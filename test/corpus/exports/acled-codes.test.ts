import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { acledDate, civilianTargeting, disorderType, eventNumber, interaction, interCode } from "../../../src/corpus/exports/acled-codes.js";
import { exportTables } from "../../../src/corpus/exports/export-tables.js";

const tables = exportTables();
const actor = (partyType: string | null, kind: string, country: string | null = "AF") => ({ name: "x", kind, country, partyType, acledName: null });

describe("ACLED codes", () => {
  it("gives inter codes by party type, then by kind, and codes state forces abroad as external (8)", () => {
    expect(interCode(actor("POL", "police"), "AF", tables)).toBe(1);
    expect(interCode(actor("UAF", "armed group"), "AF", tables)).toBe(3);
    expect(interCode(actor("CVL", "group"), "AF", tables)).toBe(7);
    expect(interCode(actor("PRO", "group"), "AF", tables)).toBe(6);
    expect(interCode(actor(null, "igo", null), "ML", tables)).toBe(8);
    expect(interCode(actor("MIL", "military", "RU"), "UA", tables)).toBe(8);
    expect(interCode(actor("PER", "person"), "AF", tables)).toBeNull();
    expect(interCode(null, "AF", tables)).toBeNull();
  });

  it("writes the interaction lower code first, a lone actor with 0", () => {
    expect(interaction(7, 1)).toBe(17);
    expect(interaction(3, 1)).toBe(13);
    expect(interaction(6, null)).toBe(60);
    expect(interaction(null, null)).toBeNull();
  });

  it("derives the disorder type, a sub-type row winning over its event type's", () => {
    expect(disorderType({ eventType: "Battles", subEventType: "Armed clash" }, tables)).toBe("Political violence");
    expect(disorderType({ eventType: "Protests", subEventType: "Peaceful protest" }, tables)).toBe("Demonstrations");
    expect(disorderType({ eventType: "Protests", subEventType: "Excessive force against protesters" }, tables)).toBe("Political violence; Demonstrations");
    expect(disorderType({ eventType: "Riots", subEventType: "Mob violence" }, tables)).toBe("Political violence");
    expect(disorderType(null, tables)).toBeNull();
  });

  it("flags civilian targeting", () => {
    expect(civilianTargeting({ eventType: "Violence against civilians", subEventType: "Attack" }, null)).toBe("Civilian targeting");
    expect(civilianTargeting({ eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" }, 7)).toBe("Civilian targeting");
    expect(civilianTargeting({ eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" }, 1)).toBeNull();
    expect(civilianTargeting({ eventType: "Battles", subEventType: "Armed clash" }, 7)).toBeNull();
  });

  it("dates a day at precision 1, a week at its Thursday (2), a month at its 15th (3), else the dateline at 3", () => {
    expect(acledDate({ value: "2021-10-08", precision: "day", text: "Friday" }, null)).toEqual({ date: "2021-10-08", precision: 1 });
    expect(acledDate({ value: "2021-W40", precision: "week", text: "last week" }, null)).toEqual({ date: "2021-10-07", precision: 2 });
    expect(acledDate({ value: "2020-W53", precision: "week", text: "" }, null)).toEqual({ date: "2020-12-31", precision: 2 });
    expect(acledDate({ value: "2021-08", precision: "month", text: "in August" }, null)).toEqual({ date: "2021-08-15", precision: 3 });
    expect(acledDate({ value: "2021", precision: "year", text: "this year" }, "2021-10-12")).toEqual({ date: "2021-10-12", precision: 3 });
    expect(acledDate(null, null)).toEqual({ date: null, precision: null });
  });

  it("numbers events by their id's digits, else by a stable hash", () => {
    expect(eventNumber("E123")).toBe("123");
    expect(eventNumber("a1b2c3")).toBe(eventNumber("a1b2c3"));
    expect(eventNumber("a1b2c3")).toMatch(/^\d{1,15}$/);
    expect(eventNumber("a1b2c3")).not.toBe(eventNumber("a1b2c4"));
  });
});

describe("the country table (data/mappings/countries.tsv)", () => {
  it("has every ISO numeric code and name of world-atlas (Natural Earth) and every gazetteer country", () => {
    const require = createRequire(import.meta.url);
    const atlas = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8")) as { objects: { countries: { geometries: Array<{ id?: string }> } } };
    const numerics = new Set([...tables.countries.values()].map((c) => c.isoNumeric));
    const missing = atlas.objects.countries.geometries.filter((g) => g.id !== undefined && !numerics.has(Number(g.id))).map((g) => g.id);
    expect(missing).toEqual([]);
    expect(tables.countries.get("AF")).toEqual({ iso2: "AF", iso3: "AFG", isoNumeric: 4, name: "Afghanistan", region: "South Asia" });
    expect(tables.countries.get("CD")?.name).toBe("Democratic Republic of Congo");
    const iso3 = [...tables.countries.values()].map((c) => c.iso3);
    expect(new Set(iso3).size).toBe(iso3.length);
  });
});
