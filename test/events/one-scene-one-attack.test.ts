/**
 * An attack retold in the next sentence at the same scene is one event: a province and the district
 * the retelling names (the district has no GeoNames id, so nesting is read by name), and one doer at
 * one town on one day whose tellings name what was hit differently, when one of those names is a bare
 * name no dictionary knows. Two known parties attacked stay two events, as ACLED codes two actor2s.
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

function assaults(text: string): { trigger: string; target: string | null }[] {
  const doc = analyzeArticle({ text, meta: { published: "2020-05-10", language: "en" } });
  const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.acledName ?? a.data.name]));
  return layer(doc, "event").filter((e) => e.data.type === "ASSAULT").map((e) => ({ trigger: e.data.trigger.text, target: e.data.target ? names.get(e.data.target) ?? null : null }));
}

describe("an attack retold at the same scene", () => {
  it("is one event when the retelling names the district inside the province", () => {
    const text = "Taliban fighters attacked a checkpoint in the province of Jawzjan, killing five policemen. Three others were wounded in the attack, which took place in the Aqcha district.";
    expect(assaults(text)).toHaveLength(1);
  });

  it("is one event when one telling names the place hit by a bare name", () => {
    const text = "Al-Shabaab fighters attacked Bondo Headquarter in Baidoa on Monday, killing three guards. Al-Shabaab attacked the main base of AMISOM in Baidoa on Monday, with gunfire heard inside the base.";
    expect(assaults(text)).toHaveLength(1);
  });

  it("stays two events on two days", () => {
    const text = "Al-Shabaab fighters attacked Bondo Headquarter in Baidoa on Monday, killing three guards. Al-Shabaab attacked the main base of AMISOM in Baidoa on Tuesday, with gunfire heard inside the base.";
    expect(assaults(text)).toHaveLength(2);
  });

  it("stays two events when two known parties were hit", () => {
    const text = "Al-Shabaab militants attacked the United Nations compound in Baidoa on Thursday, killing four guards. Al-Shabaab attacked the main base of AMISOM in Baidoa on Thursday, with gunfire heard inside the base.";
    expect(assaults(text)).toHaveLength(2);
  });
});

describe("a time of day put on the report day", () => {
  it("rules out no day, so the attack told 'after midnight' joins the clashes of Friday", () => {
    const doc = analyzeArticle({ text: "Several militants were killed in clashes with Afghan security forces in Farah city on Friday, police said. The attack began after midnight when Taliban militants attacked security posts in Farah city.", meta: { published: "2019-06-01", language: "en" } });
    expect(layer(doc, "event").filter((e) => e.data.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("the sides of a clash told twice", () => {
  it("joins a clash whose dead the text left unnamed ('several militants') to the named group's attack there", () => {
    const doc = analyzeArticle({ text: "Five militants were killed in clashes with Afghan security forces in Farah city on Friday. The clashes began when Taliban militants attacked security posts in Farah city on Friday.", meta: { published: "2019-06-01", language: "en" } });
    expect(layer(doc, "event").filter((e) => e.data.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("a referenced event told at another day and place", () => {
  it("keeps a shooting named as what a jury declined to indict for, told at its own date, beside the story's shootings", () => {
    const text = "Protesters marched in Dallas on Sunday after the fatal shootings of two men in Baton Rouge on July 5. Demonstrators also marched in Cleveland, where a grand jury declined to indict an officer for the fatal shooting of a boy on November 22, 2014.";
    const doc = analyzeArticle({ text, meta: { published: "2016-07-12", language: "en" } });
    expect(layer(doc, "event").filter((e) => e.data.type === "ASSAULT").map((e) => e.data.trigger.text)).toEqual(["fatal shootings", "fatal shooting"]);
  });
});
