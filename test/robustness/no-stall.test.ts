import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { extractHtml } from "../../src/stages/ingest/extract-html.js";
import { measureMarkup } from "../../src/stages/ingest/measure-markup.js";
import { codeOf, eventCount, expectValidDocument } from "./expect-valid-document.js";

/**
 * Inputs that stalled sitrep (issue 7, item 4), each measured on the code before the fix. The
 * inputs are sized so that the old code would run far past the test timeout (60 s, vitest.config.ts)
 * while the fixed code takes well under a second or two: each test fails on the old code by timing
 * out, and asserts only behaviour. Nothing here measures time.
 */
const STORY = "Gunmen killed five soldiers in Kabul on Monday, officials said.\n\nThe Taliban claimed responsibility for the attack.";

describe("text that made a regex backtrack", () => {
  it("a byline-like line of 85 characters (the boilerplate byline pattern was exponential: 69 characters took 28 s)", () => {
    const line = "By A" + "andA".repeat(20) + "1";
    const doc = analyzeArticle({ text: `${STORY}\n\n${line}\n\n${STORY}`, meta: { published: "2021-10-10" } });
    expectValidDocument(doc);
    expect(eventCount(doc)).toBeGreaterThan(0);
  });

  it("real bylines are still removed as bylines", () => {
    for (const line of ["By John Smith and Jane Doe", "By JOHN SMITH, Reuters", "By Ahmed Rashid & Lyse Doucet / BBC News", "by Zabihullah Mujahid"]) {
      const doc = analyzeArticle({ text: `${line}\n\n${STORY}`, meta: { published: "2021-10-10" } });
      expect(doc.removed?.map((r) => r.reason)).toContain("byline");
    }
  });

  it("a line with a 400,000-character run of spaces (100,000 took 31 s: trimming a line was quadratic)", () => {
    const doc = analyzeArticle({ text: `${STORY} ${" ".repeat(400_000)}x\n\n${STORY}`, meta: { published: "2021-10-10" } });
    expectValidDocument(doc);
    expect(eventCount(doc)).toBeGreaterThan(0);
  });
});

describe("markup the HTML depth guard misjudged or stalled on", () => {
  it("measures depth as the parser builds the tree: `<div/>` is no self-closing tag in HTML", () => {
    expect(measureMarkup("<div/>".repeat(50)).depth).toBe(50);
    expect(measureMarkup("<p>a<p>b<p>c").depth).toBe(1);
    expect(measureMarkup("<ul><li>a<li>b</ul><br><img src=x><hr>").depth).toBe(2);
    expect(measureMarkup("<svg><path/><path/><g><circle/></g></svg>").depth).toBe(3);
    expect(measureMarkup("<b>".repeat(5000), 100).depth).toBe(101);
  });

  it("2,500 `<div/>` (15 KB; Readability took 112 s on them) are refused as too deep", async () => {
    const html = `<html><body>${"<div/>".repeat(2500)}<p>${STORY}</p></body></html>`;
    expect(await codeOf(() => extractHtml(html))).toBe("INPUT_UNREADABLE_HTML");
  });

  it("1,500 `<div/>` are read without Readability (past its depth limit)", () => {
    const article = extractHtml(`<html><body>${"<div/>".repeat(1500)}<p>${STORY.replace("\n\n", " ")}</p></body></html>`);
    expect(article.text).toContain("Gunmen killed five soldiers in Kabul");
  });

  it("1.5 MB of unclosed `<a ` (480 KB took the regex depth guard 32 s) is read or refused with a code", async () => {
    const html = `<html><body><p>${STORY}</p><p>${"<a ".repeat(500_000)}</p></body></html>`;
    const code = await codeOf(() => extractHtml(html));
    expect(["no error", "INPUT_EMPTY", "INPUT_UNREADABLE_HTML"]).toContain(code);
  });
});
