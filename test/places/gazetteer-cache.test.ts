import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultGazetteerFiles, Gazetteer, loadGazetteer } from "../../src/stages/places/gazetteer.js";
import { compareGazetteers, gazetteerCacheKey, loadCachedGazetteer, readGazetteerCache, unsupportedGazetteer, writeGazetteerCache } from "../../src/stages/places/gazetteer-cache.js";

const root = new URL("../../", import.meta.url);
const files = defaultGazetteerFiles(root);
let dir: string;
let built: Gazetteer;
let key: string;
let path: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-gazetteer-cache-"));
  path = join(dir, "gazetteer-index.bin");
  built = loadGazetteer(files);
  key = gazetteerCacheKey(files, root);
  writeGazetteerCache(built, key, path);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the prebuilt gazetteer index", () => {
  it("answers every entry and every indexed name exactly as the built gazetteer", () => {
    const cached = readGazetteerCache(path, key);
    expect(cached).toBeInstanceOf(Gazetteer);
    expect(compareGazetteers(built, cached!)).toBeNull();
  }, 120_000);

  it("answers the places stage's questions: lookups, admin names, countries, aliases", () => {
    const cached = readGazetteerCache(path, key)!;
    for (const name of ["kabul", "doha", "jalalabad", "new york", "afghanistan", "parwan"]) {
      expect(cached.lookup(name).map((i) => cached.entry(i))).toEqual(built.lookup(name).map((i) => built.entry(i)));
    }
    const af = cached.countryEntry("AF")!;
    expect(cached.entry(af)).toMatchObject({ name: "Afghanistan", kind: "country", country: "AF" });
    expect(cached.admin1Name("AF", "40")).toBe(built.admin1Name("AF", "40"));
    expect(cached.lookup("no such place")).toEqual([]);
    expect(cached.findKey("sinek", "Al-Sinek")).toBe(built.findKey("sinek", "Al-Sinek"));
  });

  it("is ignored when the inputs changed (another key), so a stale index is never used", () => {
    expect(readGazetteerCache(path, "another key")).toBeNull();
    const edited = join(dir, "extra-places.tsv");
    copyFileSync(files.extraPlaces, edited);
    writeFileSync(edited, "# an edit\n", { flag: "a" });
    expect(gazetteerCacheKey({ ...files, extraPlaces: edited }, root)).not.toBe(key);
  });

  it("falls back to building when the cache file is absent or damaged", () => {
    const damaged = new URL(`file://${dir}/damaged/`);
    let builds = 0;
    const build = () => { builds++; return built; };
    expect(loadCachedGazetteer(files, damaged, build)).toBe(built);
    expect(builds).toBe(1);
    const bad = join(dir, "bad.bin");
    writeFileSync(bad, "SITREPGZ garbage");
    expect(() => readGazetteerCache(bad, key)).toThrow();
  });

  it("refuses a Gazetteer class whose methods read the city tables the cache replaces", () => {
    expect(unsupportedGazetteer()).toBeNull();
    class Extended extends Gazetteer {
      nearest(): string {
        return (this as unknown as { cities: { name: string[] } }).cities.name[0]!;
      }
    }
    // The method reads `this.cities` through a cast: the check reads the compiled source of each method.
    expect(unsupportedGazetteer(Extended.prototype)).toMatch(/nearest/);
  });
});
