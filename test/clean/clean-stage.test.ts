import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemblePipeline, createDocument } from "../../src/core/index.js";
import { cleanStage } from "../../src/stages/clean/clean-stage.js";
import { loadCleanResources } from "../../src/stages/clean/resources.js";

const pipeline = assemblePipeline([cleanStage], { resources: loadCleanResources() });
const run = (text: string) => pipeline.run(createDocument(text));

describe("clean stage", () => {
  it("rewrites the text and lists removed lines with their provenance", () => {
    const doc = run(readFileSync(new URL("../../examples/founding-article.txt", import.meta.url), "utf8"));
    expect(doc.empty).toBeUndefined();
    expect(doc.removed.map((r) => r.text)).toEqual([
      "Explained: How division among Taliban groups impacts Afghanistan",
      "Under Taliban’s rule, no women in Ministry of Women Affairs in Afghanistan",
    ]);
    expect((doc.removed[1] as unknown as { source: unknown }).source).toEqual({ stage: "clean", rule: "clean:stray-headline" });
    expect(doc.raw).not.toBe(doc.text);
  });

  it("marks a document with nothing but boilerplate empty, with the reason", () => {
    const doc = run("Advertisement\n\nShare this article\n\nSubscribe to our newsletter");
    expect(doc.empty).toEqual({ code: "INPUT_EMPTY", reason: "all 3 line(s) were boilerplate" });
  });

  it("marks a non-English document empty with INPUT_UNSUPPORTED_LANGUAGE", () => {
    const doc = run("Les talibans ont rencontré samedi une délégation américaine à Doha, pour la première fois depuis leur prise du pouvoir en Afghanistan au mois d'août.");
    expect(doc.empty?.code).toBe("INPUT_UNSUPPORTED_LANGUAGE");
  });

  it("works without preloaded resources (loads its lexicon lazily)", () => {
    const bare = assemblePipeline([cleanStage], { resources: {} });
    expect(bare.run(createDocument("Watch: Kabul today\n\nThe talks ended.")).text).toBe("The talks ended.");
  });
});
