import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileActorDictionary } from "../../src/stages/actors/actor-dictionary.js";
import { ACTOR_LEXICON_DIR, loadActorsResources } from "../../src/stages/actors/resources.js";
import { parseLexiconTsv } from "../../src/stages/actors/read-lexicon-tsv.js";

const { actorDictionary: dict } = loadActorsResources();

describe("actor dictionary data", () => {
  it("has a provenance header (source, license, version) on every lexicon", () => {
    for (const [name, prov] of Object.entries(dict.provenance)) {
      expect(prov.source, name).toBeTruthy();
      expect(prov.license, name).toBeTruthy();
      expect(prov.version, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("derives a government, military, police and people actor for every country", () => {
    const countries = [...dict.entries.values()].filter((e) => e.kind === "country");
    expect(countries.length).toBeGreaterThan(240);
    for (const c of countries) {
      for (const sector of ["gov", "mil", "police", "people"]) expect(dict.entries.has(`${sector}:${c.country}`), `${sector}:${c.country}`).toBe(true);
    }
    expect(dict.entries.get("gov:AF")).toMatchObject({ kind: "government", country: "AF", code: "AFGGOV", name: "Government of Afghanistan" });
    expect(dict.entries.get("mil:US")).toMatchObject({ kind: "military", name: "Military Forces of the United States", code: "USAMIL" });
  });

  it("keeps the named actors the field needs, with stable ids and codes", () => {
    expect(dict.entries.get("group:taliban")).toMatchObject({ kind: "armed group", country: "AF" });
    expect(dict.entries.get("group:iskp")).toMatchObject({ kind: "armed group", parent: "group:is" });
    expect(dict.entries.get("igo:un")).toMatchObject({ kind: "igo", code: "IGOUNO" });
    expect(dict.entries.get("media:afp")).toMatchObject({ kind: "media" });
    expect(dict.entries.get("gov:US:usaid")).toMatchObject({ country: "US" });
    expect(dict.entries.size).toBeGreaterThan(1000);
  });

  it("treats aliases without lower-case letters as case-exact and others by their capitals", () => {
    const is = dict.aliasesByKey.get("is")!.find((a) => a.text === "IS")!;
    expect(is.exactCase).toBe(true);
    const taliban = dict.aliasesByKey.get("taliban")!.find((a) => a.text === "Taliban")!;
    expect(taliban.exactCase).toBe(false);
    expect(taliban.capitals).toEqual([0]);
  });

  it("rejects a lexicon with a duplicate id or no provenance", () => {
    const head = "# source: x\n# license: y\n# version: 2026-01-01\nid\tword\trole\tsector\n";
    expect(() => parseLexiconTsv("t.tsv", head + "a\tb\thead\t\na\tc\thead\t\n", ["id"])).toThrow(/duplicate id a/);
    expect(() => parseLexiconTsv("t.tsv", "id\tword\nx\ty\n", ["id"])).toThrow(/provenance/);
  });

  it("rejects a row whose parent does not exist", () => {
    const read = (f: string) => readFileSync(ACTOR_LEXICON_DIR + f, "utf8");
    const organisations = read("organisations.tsv") + "group:orphan\tarmed group\tOrphan Front\t\t\tOrphans\tgroup:nowhere\n";
    expect(() =>
      compileActorDictionary({ countries: read("countries.tsv"), organisations, heads: read("heads.tsv"), titles: read("titles.tsv"), orgHeads: read("org-heads.tsv") }),
    ).toThrow(/unknown parent group:nowhere/);
  });
});
