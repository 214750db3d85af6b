import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/stages/ingest/extract-html.js";
import { cleanText } from "../../src/stages/clean/clean-text.js";
import { loadCleanResources } from "../../src/stages/clean/resources.js";

/**
 * Real-shaped pages beside the text sitrep must make of them (Readability's test-pages layout):
 * fixtures/<slug>/source.html and expected.txt, the article text after ingest and clean.
 */
const root = new URL("./fixtures/", import.meta.url);
const slugs = readdirSync(root).filter((d) => existsSync(new URL(`${d}/source.html`, root)));
const { cleanLexicon } = loadCleanResources();

describe("golden pages: ingest + clean", () => {
  it("has at least one page", () => expect(slugs.length).toBeGreaterThan(0));

  it.each(slugs)("%s", (slug) => {
    const page = extractHtml(readFileSync(new URL(`${slug}/source.html`, root), "utf8"));
    const cleaned = cleanText(page.text, cleanLexicon);
    expect(cleaned.text).toBe(readFileSync(new URL(`${slug}/expected.txt`, root), "utf8").trimEnd());
  });
});
