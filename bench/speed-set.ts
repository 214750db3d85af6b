/**
 * The texts the speed figures run over, the same whichever tree is measured (bench/run.ts and the
 * children of its --compare, bench/compare-speed.ts): this checkout's golden articles, then WikiNews
 * texts from ../shared/eval (or SITREP_EVAL_DATA), beside this checkout (not the working directory).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_REPO = fileURLToPath(new URL("../", import.meta.url));
export const EVAL_ROOT = resolve(BENCH_REPO, process.env.SITREP_EVAL_DATA ?? "../shared/eval");

/**
 * The article texts of a geoparsing corpus file (<article><text>...</text>). XML comments go first:
 * GeoVirus.xml ends with a commented-out template article whose nine empty elements, <text></text>
 * among them, a plain match read as nine empty articles (the 27 "failed" articles, INPUT_EMPTY, of the
 * 10,000-article run of 2026-12-03: 9 texts met 3 times each).
 */
export function geoparsingTexts(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<text>([\s\S]*?)<\/text>/g)) {
    out.push(m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
  }
  return out;
}

/** The same texts whichever tree is measured: this checkout's golden articles, then WikiNews texts. */
export function loadArticles(): string[] {
  const out: string[] = [];
  const golden = join(BENCH_REPO, "test/golden");
  for (const slug of readdirSync(golden).sort()) {
    const p = join(golden, slug, "article.txt");
    if (existsSync(p)) out.push(readFileSync(p, "utf8"));
  }
  const evalRoot = EVAL_ROOT;
  const gwn = join(evalRoot, "geoparsing", "GeoVirus.xml");
  if (existsSync(gwn)) {
    // WikiNews articles of ordinary news length, for variety.
    for (const text of geoparsingTexts(readFileSync(gwn, "utf8"))) {
      out.push(text);
      if (out.length >= 200) break;
    }
  }
  return out;
}
