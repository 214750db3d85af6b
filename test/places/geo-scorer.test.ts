import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readGeoCorpus, scoreGeo } from "../../src/eval/geo-scorer.js";
import { SitrepError } from "../../src/core/index.js";

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

// The detection figures here test the scorer and the places stage, not the entity model.
process.env.SITREP_GEO_ENTITIES = "off";

describe("geo scorer: reading the corpora", () => {
  it("reads the LGL layout with offsets, coordinates and GeoNames ids", () => {
    const docs = readGeoCorpus(fixture("mini-lgl.xml"));
    expect(docs).toHaveLength(2);
    expect(docs[0]!.toponyms[0]).toMatchObject({ phrase: "Paris", start: 12, end: 17, lat: 33.66094, lon: -95.55551, geonameid: 4717560, named: true });
  });

  it("moves GeoVirus's one-based offsets onto the phrase", () => {
    const [doc] = readGeoCorpus(fixture("mini-geovirus.xml"));
    const kabul = doc!.toponyms[0]!;
    expect(doc!.text.slice(kabul.start, kabul.end)).toBe("Kabul");
    expect(kabul.geonameid).toBeNull();
  });

  it("rejects a missing file with a stable error code", () => {
    expect(() => readGeoCorpus(fixture("no-such-file.xml"))).toThrow(SitrepError);
  });
});

describe("geo scorer: figures", () => {
  it("scores resolution with gold spans and detection end to end", async () => {
    const result = await scoreGeo({ path: fixture("mini-lgl.xml") });
    expect(result.task).toBe("geo");
    expect(result.n).toBe(5);
    // Paris (Texas), Texas, Dallas and Doha are right; the invented plaza cannot be.
    expect(result.acc161).toBe(0.8);
    const lgl = (result.perCorpus as Record<string, { unresolved: number; enclosed: number; acc161GazetteerOnly: number; nGazetteer: number; acc161EnclosingAsWrong: number; tp: number; fp: number; fn: number; idAccuracy: number }>)["mini-lgl"]!;
    expect(lgl.unresolved).toBe(1);
    // The plaza goes through the stage's own resolution: placed at Doha, the article's main place, and counted apart.
    expect(lgl.enclosed).toBe(1);
    expect(lgl).toMatchObject({ nGazetteer: 4, acc161GazetteerOnly: 1, acc161EnclosingAsWrong: 0.8 });
    // Exact ids: Paris, Dallas and Doha (the derived Texas point has no GeoNames id).
    expect(lgl.idAccuracy).toBe(0.6);
    expect(lgl).toMatchObject({ tp: 4, fp: 0, fn: 1 });
    expect(result.precision).toBe(1);
    expect(result.recall).toBe(0.8);
    expect(result.table).toMatch(/acc161/);
  });

  it("scores every corpus of a folder and pools them", async () => {
    const result = await scoreGeo({ path: fileURLToPath(new URL("fixtures/", import.meta.url)) });
    expect(Object.keys(result.perCorpus as object).sort()).toEqual(["mini-geovirus", "mini-lgl"]);
    expect(result.n).toBe(7);
    expect(result.acc161).toBeCloseTo(6 / 7, 3);
  });
});
