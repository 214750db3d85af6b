import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { findAll } from "../../src/eval/article-scorer.js";
import { parseTimeml } from "../../src/eval/time-scorer.js";
import { compiledPatterns } from "../../src/lexicons/compile-pattern.js";
import { extractHtml } from "../../src/stages/ingest/extract-html.js";
import { checkPattern } from "./check-pattern.js";
import { findSourceRegexes } from "./find-source-regexes.js";

/**
 * sitrep's rule: every regex that reads input text is linear-time. recheck (an automata-theory and
 * fuzzing ReDoS checker) is run on every regex literal under src/ (found by parsing the source) and on
 * every pattern compiled at run time (lexicon rows, patterns built from word lists), which all go
 * through compilePattern. "vulnerable" includes polynomial backtracking such as `\s+$`, which is
 * quadratic on a long run of spaces not at the end.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { literals, constructorCalls } = findSourceRegexes(ROOT, "src");

/**
 * Patterns recheck cannot decide ("unknown": its analysis timed out) are decided by
 * test/redos/unknown-patterns.test.ts with attack strings under a step budget; none today.
 */
const DECIDED_ELSEWHERE = new Set<string>([]);

function verdicts(patterns: readonly { source: string; flags: string; where: string }[]): string[] {
  const bad: string[] = [];
  for (const p of patterns) {
    if (DECIDED_ELSEWHERE.has(`/${p.source}/${p.flags}`)) continue;
    const verdict = checkPattern(p.source, p.flags);
    if (verdict.status !== "safe") bad.push(`${p.where}: /${p.source}/${p.flags} is ${verdict.status} (${verdict.detail})`);
  }
  return bad;
}

describe("ReDoS: every regex that reads input is linear", () => {
  it("finds the regexes by parsing the source", () => {
    // A sanity floor, so that a broken parse (no files, no literals) cannot pass as "all safe".
    expect(literals.length).toBeGreaterThan(300);
    expect(literals.some((l) => l.file.endsWith("classify-line.ts"))).toBe(true);
  });

  it("builds every run-time regex through compilePattern, where it can be checked as built", () => {
    expect(constructorCalls.filter((c) => !c.startsWith("src/lexicons/compile-pattern.ts"))).toEqual([]);
  });

  it("has no vulnerable regex literal in src/", () => {
    expect(verdicts(literals.map((l) => ({ ...l, where: `${l.file}:${l.line}` })))).toEqual([]);
  }, 600_000);

  it("has no vulnerable pattern among those compiled at run time (lexicons, word lists)", () => {
    // Load and run everything that compiles patterns, some of them lazily on first use.
    const founding = readFileSync(new URL("../../examples/founding-article.txt", import.meta.url), "utf8");
    analyzeArticle({ text: founding, meta: { published: "2021-10-10" } });
    analyzeArticle({ text: founding });
    extractHtml(`<html><head><title>Talks resume - Example Times</title><meta property="og:site_name" content="Example Times"></head><body><p>${founding}</p></body></html>`);
    findAll("the gold text", "gold  words");
    parseTimeml('<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="2021-10-10">Sunday</TIMEX3>.</TEXT></TimeML>');
    const compiled = compiledPatterns();
    const origins = compiled.map((p) => p.origin);
    // Each family of run-time patterns was built, so none escapes the check below.
    for (const family of ["data/lexicons/clean/boilerplate.tsv byline.by-names", "dates: future cue", "dates: qualifier before", "dates: trigger words", "dates: trigger digits", "clean: date-only line", "eval: gold words"]) {
      expect(origins).toContain(family);
    }
    expect(origins.filter((o) => o.startsWith("dates: ") && o.endsWith("Parser")).length).toBeGreaterThanOrEqual(9);
    expect(verdicts(compiled.map((p) => ({ ...p, where: p.origin })))).toEqual([]);
  }, 600_000);
});
