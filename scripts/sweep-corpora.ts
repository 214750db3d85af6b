/**
 * Robustness sweep: runs the extract use case (ingest → analyzeArticle → presentDocument) over
 * every raw text under the evaluation data and checks the promises of issue 2 item 6 on each:
 * no crash (an exception other than SitrepError), no slow document (over 100 ms of CPU), a document
 * JSON that passes its schema, annotations inside the text with matching text, no dangling ids, no
 * events in an empty result, and no lost words (every raw word is in the cleaned text or in a
 * removed line). Prints a summary table and samples of each failure; writes nothing.
 *
 *   npx tsx scripts/sweep-corpora.ts [--corpus NAME[,NAME]] [--limit N] [--samples N]
 *
 * Reads SITREP_EVAL_DATA (default ../shared/eval), never copies it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { layer, type Pipeline } from "../src/core/index.js";
import { newsPipeline } from "../src/pipelines/news-pipeline.js";
import { isSitrepError } from "../src/core/errors.js";
import { analyzeArticle } from "../src/app/analyze-article.js";
import { presentDocument } from "../src/app/present/present-document.js";
import { ingestRaw } from "../src/stages/ingest/ingest-input.js";
import { readGeoCorpus } from "../src/eval/geo-scorer.js";
import { parseTimeml } from "../src/eval/time-scorer.js";
import { readMucTexts } from "../src/eval/muc4/read-muc-texts.js";
import { readCaseTsv } from "../src/eval/events-scorer.js";
import { findInvariantViolations, type Violation } from "../test/robustness/find-invariant-violations.js";
import { findLostWords } from "../test/robustness/find-lost-words.js";

/** A document over this much CPU time breaks the speed budget by an order of magnitude (~10 ms per article). */
const SLOW_CPU_MS = 100;
/** Documents shorter than this many words are left out of the events-per-1,000-words distribution: a 10-word snippet with one event reads as 100. */
const MIN_WORDS_FOR_RATE = 50;
/** Tukey's far-out fence: a rate above Q3 + 3 × IQR is an outlier worth reading. */
const OUTLIER_IQR_FACTOR = 3;

interface SweepText {
  readonly corpus: string;
  readonly id: string;
  readonly text: string;
  readonly published?: string;
}

interface DocResult {
  readonly corpus: string;
  readonly id: string;
  readonly words: number;
  readonly cpuMs: number;
  readonly errorCode?: string;
  readonly crash?: string;
  readonly emptyCode?: string;
  readonly events: number;
  readonly violations: readonly Violation[];
  readonly lost: readonly string[];
  readonly added: readonly string[];
  /** Wall time of each stage, in milliseconds. */
  readonly stageMs: Readonly<Record<string, number>>;
}

/** The news pipeline, recording each stage's time for the document being swept. */
function timedPipeline(stageMs: Record<string, number>): Pipeline {
  const base = newsPipeline();
  return { ...base, run: (doc) => base.runTimed(doc, (stage, ms) => (stageMs[stage] = (stageMs[stage] ?? 0) + ms)) };
}

const ROOT = process.env.SITREP_EVAL_DATA ?? "../shared/eval";

function filesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

function jsonLines(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const CORPORA: Record<string, () => SweepText[]> = {
  polnear: () =>
    ["train", "dev"].flatMap((split) =>
      filesIn(join(ROOT, "polnear", split, "text"), ".txt").map((f) => ({ corpus: "polnear", id: `${split}/${f.split("/").pop()}`, text: readFileSync(f, "utf8") })),
    ),
  "india-police": () =>
    jsonLines(join(ROOT, "india-police-events", "docs.jsonl")).map((d) => ({ corpus: "india-police", id: String(d.doc_id), text: String(d.doc_text ?? "") })),
  geoparsing: () =>
    filesIn(join(ROOT, "geoparsing"), ".xml").flatMap((f) =>
      readGeoCorpus(f).map((d, i) => ({ corpus: "geoparsing", id: `${f.split("/").pop()}#${(d as { id?: string }).id ?? i}`, text: d.text })),
    ),
  re3d: () =>
    filesIn(join(ROOT, "re3d"), "documents.json").flatMap((f) =>
      jsonLines(f).map((d) => ({ corpus: "re3d", id: `${String(d.sourceName)}/${String(d._id)}`, text: String(d.text ?? "") })),
    ),
  tempeval3: () =>
    filesIn(join(ROOT, "tempeval3"), ".tml").map((f) => {
      const doc = parseTimeml(readFileSync(f, "utf8"), f);
      return { corpus: "tempeval3", id: f.split("/").slice(-2).join("/"), text: doc.text, ...(doc.dct ? { published: doc.dct } : {}) };
    }),
  case2021: () => {
    const f = join(ROOT, "case2021", "dev.tsv");
    return existsSync(f) ? readCaseTsv(readFileSync(f, "utf8")).map((s) => ({ corpus: "case2021", id: s.id, text: s.text })) : [];
  },
  muc4: () =>
    filesIn(join(ROOT, "muc4"), "tst3-muc4").flatMap((f) =>
      readMucTexts(readFileSync(f, "utf8")).map((m) => ({ corpus: "muc4", id: m.id, text: m.body, ...(m.published ? { published: m.published } : {}) })),
    ),
  wikievents: () =>
    jsonLines(join(ROOT, "wikievents", "dev.jsonl")).map((d) => ({ corpus: "wikievents", id: String(d.doc_id), text: String(d.text ?? "") })),
  // RAMS has no raw text: its tokens joined by spaces are a test of tokenised input (" ' s", " , ").
  "rams(tokens)": () =>
    jsonLines(join(ROOT, "rams", "dev.jsonlines")).map((d) => ({
      corpus: "rams(tokens)",
      id: String(d.doc_key),
      text: (d.sentences as string[][]).map((s) => s.join(" ")).join("\n"),
    })),
};

function sweepOne(t: SweepText): DocResult {
  const base = { corpus: t.corpus, id: t.id, words: t.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0 };
  const stageMs: Record<string, number> = {};
  const cpu0 = process.cpuUsage();
  const cpuMs = () => {
    const d = process.cpuUsage(cpu0);
    return (d.user + d.system) / 1000;
  };
  try {
    const ingested = ingestRaw({ bytes: new TextEncoder().encode(t.text), locator: t.id, kind: "file" });
    const doc = analyzeArticle({
      text: ingested.text,
      meta: { ...ingested.meta, ...(t.published ? { published: t.published } : {}) },
      removed: ingested.removed,
    }, timedPipeline(stageMs));
    const json = presentDocument(doc, { notes: ingested.notes });
    const ms = cpuMs();
    const violations = findInvariantViolations(doc, json);
    if (doc.empty && layer(doc, "event").length) violations.push({ kind: "empty-with-layers", stage: "events", detail: "events in an empty result" });
    const { lost, added } = findLostWords(t.text, doc);
    return { ...base, cpuMs: ms, ...(doc.empty ? { emptyCode: doc.empty.code } : {}), events: layer(doc, "event").length, violations, lost, added, stageMs };
  } catch (e) {
    const ms = cpuMs();
    if (isSitrepError(e)) return { ...base, cpuMs: ms, errorCode: e.code, events: 0, violations: [], lost: [], added: [], stageMs };
    const err = e as Error;
    return { ...base, cpuMs: ms, crash: `${err.name}: ${err.message}\n${(err.stack ?? "").split("\n").slice(1, 4).join("\n")}`, events: 0, violations: [], lost: [], added: [], stageMs };
  }
}

function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (pos - lo);
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r, k) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ") + (k === 0 ? "\n" + widths.map((w) => "-".repeat(w)).join("  ") : "")).join("\n");
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const wanted = arg("--corpus")?.split(",");
  const limit = Number(arg("--limit") ?? Infinity);
  const samples = Number(arg("--samples") ?? 5);
  if (!existsSync(ROOT)) {
    console.error(`sweep: no evaluation data at ${ROOT} (set SITREP_EVAL_DATA)`);
    process.exit(2);
  }

  // Warm-up: the first document pays for loading every model and lexicon (~2 s), not for its text.
  analyzeArticle({ text: "The army said on Monday that two soldiers were killed in an attack in Kabul." });

  const results: DocResult[] = [];
  for (const [name, load] of Object.entries(CORPORA)) {
    if (wanted && !wanted.includes(name)) continue;
    const texts = load().slice(0, limit);
    const t0 = performance.now();
    for (const t of texts) results.push(sweepOne(t));
    console.error(`sweep: ${name}: ${texts.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const rated = results.filter((r) => !r.errorCode && !r.crash && !r.emptyCode && r.words >= MIN_WORDS_FOR_RATE).map((r) => ({ r, rate: (r.events * 1000) / r.words }));
  const rates = rated.map((x) => x.rate).sort((a, b) => a - b);
  const q1 = quantile(rates, 0.25);
  const q3 = quantile(rates, 0.75);
  const fence = q3 + OUTLIER_IQR_FACTOR * (q3 - q1);
  const outliers = new Set(rated.filter((x) => x.rate > fence).map((x) => x.r));

  const has = (r: DocResult, kind: Violation["kind"]) => r.violations.some((v) => v.kind === kind);
  const corpora = [...new Set(results.map((r) => r.corpus))];
  const row = (label: string, rs: readonly DocResult[]) => {
    const ok = rs.filter((r) => !r.errorCode && !r.crash);
    const cpu = ok.map((r) => r.cpuMs).sort((a, b) => a - b);
    const words = ok.reduce((s, r) => s + r.words, 0);
    const events = ok.reduce((s, r) => s + r.events, 0);
    return [
      label,
      rs.length,
      rs.filter((r) => r.crash).length,
      rs.filter((r) => r.errorCode).length,
      rs.filter((r) => r.emptyCode).length,
      rs.filter((r) => r.cpuMs > SLOW_CPU_MS).length,
      quantile(cpu, 0.5).toFixed(1),
      quantile(cpu, 0.99).toFixed(0),
      (cpu.at(-1) ?? 0).toFixed(0),
      rs.filter((r) => has(r, "schema")).length,
      rs.filter((r) => has(r, "offsets") || has(r, "text-mismatch")).length,
      rs.filter((r) => has(r, "dangling-id") || has(r, "duplicate-id")).length,
      rs.filter((r) => has(r, "empty-with-layers")).length,
      rs.filter((r) => r.lost.length).length,
      rs.filter((r) => r.added.length).length,
      events,
      words ? ((events * 1000) / words).toFixed(1) : "-",
      rs.filter((r) => outliers.has(r)).length,
    ];
  };
  const header = ["corpus", "docs", "crash", "error", "empty", "slow", "cpu p50", "p99", "max ms", "schema", "offset/text", "dangling", "empty+ann", "lost words", "added words", "events", "ev/1kw", "ev outliers"];
  console.log(table(header, [...corpora.map((c) => row(c, results.filter((r) => r.corpus === c))), row("ALL", results)]));
  console.log(`\nevents per 1,000 words (documents of ${MIN_WORDS_FOR_RATE}+ words): Q1 ${q1.toFixed(1)}, median ${quantile(rates, 0.5).toFixed(1)}, Q3 ${q3.toFixed(1)}, outlier fence ${fence.toFixed(1)}, max ${(rates.at(-1) ?? 0).toFixed(1)}`);

  const codes = new Map<string, number>();
  for (const r of results) for (const c of [r.errorCode && `error ${r.errorCode}`, r.emptyCode && `empty ${r.emptyCode}`]) if (c) codes.set(c, (codes.get(c) ?? 0) + 1);
  if (codes.size) console.log(`codes: ${[...codes].map(([c, n]) => `${c} ×${n}`).join(", ")}`);

  const byKind = new Map<string, { n: number; docs: Set<string>; samples: string[] }>();
  for (const r of results) {
    for (const v of r.violations) {
      const key = `${v.kind} (${v.stage})`;
      const entry = byKind.get(key) ?? { n: 0, docs: new Set<string>(), samples: [] };
      entry.n++;
      entry.docs.add(r.id);
      if (entry.samples.length < samples) entry.samples.push(`${r.corpus} ${r.id}: ${v.detail}`);
      byKind.set(key, entry);
    }
  }
  const section = (title: string, lines: readonly string[]) => {
    if (lines.length) console.log(`\n${title}\n${lines.map((l) => `  ${l}`).join("\n")}`);
  };
  for (const [key, e] of [...byKind].sort((a, b) => b[1].n - a[1].n)) section(`${key}: ${e.n} in ${e.docs.size} document(s)`, e.samples);
  section("crashes", results.filter((r) => r.crash).slice(0, samples).map((r) => `${r.corpus} ${r.id}: ${r.crash}`));
  const stages = (r: DocResult) =>
    Object.entries(r.stageMs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`)
      .join(", ");
  section(`slow (> ${SLOW_CPU_MS} ms CPU; slowest stages in ms)`, results.filter((r) => r.cpuMs > SLOW_CPU_MS).sort((a, b) => b.cpuMs - a.cpuMs).slice(0, samples).map((r) => `${r.corpus} ${r.id}: ${r.cpuMs.toFixed(0)} ms, ${r.words} words (${stages(r)})`));
  const totals: Record<string, number> = {};
  for (const r of results) for (const [stage, ms] of Object.entries(r.stageMs)) totals[stage] = (totals[stage] ?? 0) + ms;
  const all = Object.values(totals).reduce((a, b) => a + b, 0);
  console.log(`\ntime per stage over all documents: ${Object.entries(totals).map(([stage, ms]) => `${stage} ${((100 * ms) / all).toFixed(0)}%`).join(", ")} (${(all / 1000).toFixed(1)} s)`);
  section("lost words (raw words in neither the text nor a removed line)", results.filter((r) => r.lost.length).slice(0, samples).map((r) => `${r.corpus} ${r.id}: ${r.lost.length} lost: ${r.lost.slice(0, 8).join(" ")}`));
  section("added words (cleaned text words not in the raw input)", results.filter((r) => r.added.length).slice(0, samples).map((r) => `${r.corpus} ${r.id}: ${r.added.length} added: ${r.added.slice(0, 8).join(" ")}`));
  section("event-rate outliers", [...outliers].sort((a, b) => b.events / b.words - a.events / a.words).slice(0, samples).map((r) => `${r.corpus} ${r.id}: ${r.events} events in ${r.words} words`));
  const totalCrashes = results.filter((r) => r.crash).length;
  process.exitCode = totalCrashes ? 1 : 0;
}

main();
