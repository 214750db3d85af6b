/**
 * Mutation fuzzing (not a test: it reads the evaluation corpora, which are not in the repo, and runs
 * for minutes). Takes real texts (PolNeAR dev articles) or the HTML fixtures, applies seeded random
 * edits (odd characters, deletions, duplications, case changes; tags and entities for HTML), runs
 * the use case and reports crashes, broken invariants and lost words, with the smallest input of
 * each kind. Run: npx tsx test/robustness/fuzz-mutated-texts.ts [text|html] [seeds]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { presentDocument } from "../../src/app/present/present-document.js";
import { isSitrepError } from "../../src/core/errors.js";
import { ingestRaw } from "../../src/stages/ingest/ingest-input.js";
import { createRandom, type Random } from "./create-random.js";
import { findInvariantViolations } from "./find-invariant-violations.js";
import { findLostWords } from "./find-lost-words.js";

const mode = process.argv[2] === "html" ? "html" : "text";
const seeds = Number(process.argv[3] ?? 1000);
const root = process.env.SITREP_EVAL_DATA ?? "../shared/eval";

const TEXT_INSERTS = ["🙂", "\u200b", "\u00a0", "\u200f", "\u00ad", "â€™", "\ufffd", "«", "»", '"', "'", "“", "”", "—", "…", "(", ")", "[", "]", "<b>", "0", "1,000", "١٢٣", "\u0301", "ﬁ", "\t", "\u000b", "\u000c", "\u0085", "\n", "\n\n", "\r", ".", "?", "!", ",", ";", ":", "-", "--", "/", "$", "%", "&", "U.S.", "Mr.", "No.", "'s", "n't", "(AP)", "KABUL —", "said", "killed", "on Monday", "in Kabul"];
const HTML_INSERTS = ["<", ">", "</p>", "<p>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&", "&amp;", "&#0;", "&#xFFFF;", "<br/>", "<html>", "</body>", "<body>", "<meta charset='utf-16'>", '<meta charset="bogus">', "<a href='x'>", "</a>", "<figcaption>", "<h1>", "<li>", "<table><tr><td>", '"', "'", "<title>", "</title>"];

function mutateText(text: string, r: Random): string {
  for (let i = 1 + r.int(30); i > 0; i--) {
    const at = r.int(text.length + 1);
    const end = at + r.int(200);
    const kind = r.int(5);
    if (kind === 0) text = text.slice(0, at) + r.pick(TEXT_INSERTS) + text.slice(at);
    else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1 + r.int(20));
    else if (kind === 2) text = text.slice(0, at) + text.slice(at, end).toUpperCase() + text.slice(end);
    else if (kind === 3) text = text.slice(0, at) + text.slice(at, at + r.int(100)).repeat(2) + text.slice(at + r.int(100));
    else text = text.slice(0, at) + text.slice(at, end).toLowerCase() + text.slice(end);
  }
  return text;
}

function mutateHtml(html: string, r: Random): string {
  for (let i = 1 + r.int(40); i > 0; i--) {
    const at = r.int(html.length + 1);
    const kind = r.int(3);
    if (kind === 0) html = html.slice(0, at) + r.pick(HTML_INSERTS) + html.slice(at);
    else if (kind === 1) html = html.slice(0, at) + html.slice(at + 1 + r.int(200));
    else html = html.slice(0, at) + html.slice(at, at + r.int(300)).repeat(2) + html.slice(at + r.int(300));
  }
  return html;
}

const sources =
  mode === "html"
    ? ["taliban-talks.html", "article-fr.html", "wire-flood/source.html"].map((f) => readFileSync(new URL(`../ingest/fixtures/${f}`, import.meta.url), "utf8"))
    : readdirSync(join(root, "polnear/dev/text")).map((f) => readFileSync(join(root, "polnear/dev/text", f), "utf8").slice(0, 3000));

const findings = new Map<string, { count: number; smallest: string }>();
const outcomes = new Map<string, number>();
const note = (kind: string, input: string) => {
  const f = findings.get(kind) ?? { count: 0, smallest: input };
  f.count++;
  if (input.length < f.smallest.length) f.smallest = input;
  findings.set(kind, f);
};
for (let seed = 1; seed <= seeds; seed++) {
  const r = createRandom(seed * 7919);
  const input = mode === "html" ? mutateHtml(r.pick(sources), r) : mutateText(r.pick(sources), r);
  try {
    const ingested = ingestRaw({ bytes: new TextEncoder().encode(input), locator: `seed-${seed}`, kind: "file" });
    const doc = analyzeArticle({ text: ingested.text, meta: { ...ingested.meta, published: "2016-05-01" }, removed: ingested.removed });
    for (const v of findInvariantViolations(doc, presentDocument(doc))) note(`${v.kind} (${v.stage}): ${v.detail.replace(/\d+/g, "N").slice(0, 70)}`, input);
    if (mode === "text" && ingested.format === "text" && findLostWords(input, doc).lost.length) note("lost words", input);
    outcomes.set(doc.empty?.code ?? "document", (outcomes.get(doc.empty?.code ?? "document") ?? 0) + 1);
  } catch (e) {
    if (isSitrepError(e)) outcomes.set(e.code, (outcomes.get(e.code) ?? 0) + 1);
    else note(`crash: ${(e as Error).message} at ${(e as Error).stack?.split("\n")[1]?.trim()}`, input);
  }
}
console.log(`${seeds} mutated ${mode} inputs: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}`);
for (const [kind, f] of findings) console.log(`${f.count} × ${kind}\n    smallest: ${JSON.stringify(f.smallest).slice(0, 400)}`);
if (!findings.size) console.log("no crash, no broken invariant, no lost word");
