import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { assemblePipeline, createDocument, layer, SitrepError, type Pipeline } from "../core/index.js";
import { loadWinkSegmenter } from "../models/wink.js";
import { datesStage } from "../stages/dates/dates-stage.js";
import { loadDatesResources } from "../stages/dates/resources.js";
import { segmentStage } from "../stages/segment/segment-stage.js";
import { prf, type Prf } from "./metrics.js";
import { errorCollector, sentenceAround, withSampledErrors } from "./sampled-errors.js";
import { formatTable, pct, PRF_HEADER, prfRow, type EvalOptions, type EvalResult } from "./report.js";
import { compilePattern } from "../lexicons/compile-pattern.js";

/** A TIMEX3 of a TimeML document, with offsets into the document's text (tags stripped). */
export interface Timex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface TimemlDocument {
  readonly id: string;
  /** The creation time's date (YYYY-MM-DD), the dateline. */
  readonly dct: string | null;
  /** The text of <TEXT>, with every tag removed and XML entities decoded. */
  readonly text: string;
  /** The TIMEX3s inside <TEXT>; the creation-time TIMEX3 in <DCT> is not one of them, as in TempEval. */
  readonly timexes: readonly Timex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Reads TimeML (TempEval-3 .tml, or a .TE3input with only the DCT) into text, DCT and TIMEX3s. */
export function parseTimeml(xml: string, id = "doc"): TimemlDocument {
  const dctMatch = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]*)"/.exec(xml);
  const dct = dctMatch?.[1]?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  // From the first <TEXT> to the last </TEXT> (as a greedy regex would, without its retries).
  const textStart = xml.indexOf("<TEXT>");
  const textEnd = xml.lastIndexOf("</TEXT>");
  const body = textStart >= 0 && textEnd >= textStart + 6 ? [xml.slice(textStart, textEnd + 7), xml.slice(textStart + 6, textEnd)] : null;
  if (!body) throw new SitrepError("EVAL_FORMAT", `${id}: no <TEXT> element`);
  let text = "";
  const timexes: Timex[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9_]+)(?![A-Za-z0-9_])([^<>]*)>|&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  let last = 0;
  const source = body[1]!;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) {
      const e = m[4];
      text += e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!;
      continue;
    }
    if (m[2] !== "TIMEX3") continue;
    if (m[1]) {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, type: o.type, value: o.value });
    } else {
      const attr = (name: string) => compilePattern(`\\b${name}="([^"]*)"`, "", "eval: TimeML attribute").exec(m![3] ?? "")?.[1] ?? "";
      if (m[3]?.trimEnd().endsWith("/")) continue; // an empty, non-consuming TIMEX3
      open.push({ start: text.length, type: attr("type"), value: attr("value") });
    }
  }
  text += source.slice(last);
  return { id, dct, text, timexes };
}

/** A predicted expression, as the dates stage gives it. */
export interface PredictedTimex extends Timex {
  readonly text: string;
}

export interface TimeCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

export interface ScoredPair {
  readonly gold: Timex | null;
  readonly predicted: PredictedTimex | null;
}

/**
 * TempEval-3 task A for one document: gold and predicted timexes are paired one to one, each gold
 * with the unpaired prediction overlapping it most (relaxed match); a pair is a strict match when
 * the extents are equal. Attribute scores count a pair as correct when the attribute is equal, so
 * attribute P = correct / predicted, R = correct / gold (the official definition; equal to
 * relaxed F1 times the attribute's accuracy over matched pairs).
 */
export function scoreTimexes(gold: readonly Timex[], predicted: readonly PredictedTimex[], counts: TimeCounts): ScoredPair[] {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const used = new Set<number>();
  const pairs: ScoredPair[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > bestOverlap) { best = i; bestOverlap = overlap; }
    });
    if (best < 0) { pairs.push({ gold: g, predicted: null }); continue; }
    used.add(best);
    const p = predicted[best]!;
    counts.relaxed++;
    if (p.start === g.start && p.end === g.end) counts.strict++;
    if (p.type === g.type) counts.type++;
    if (p.value === g.value) counts.value++;
    pairs.push({ gold: g, predicted: p });
  }
  predicted.forEach((p, i) => { if (!used.has(i)) pairs.push({ gold: null, predicted: p }); });
  return pairs;
}

export function emptyCounts(): TimeCounts {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
}

function prfOf(correct: number, c: TimeCounts): Prf {
  return prf(correct, c.predicted - correct, c.gold - correct);
}

/** Predicts timexes for a document's text with the segment and dates stages. */
export function predictTimexes(pipeline: Pipeline, doc: TimemlDocument): PredictedTimex[] {
  // TimeML files are hard-wrapped; a single line break inside a paragraph is a space (same length, same offsets).
  const text = doc.text.replace(/(?<!\n)\n(?!\n)/g, " ");
  const out = pipeline.run(createDocument(text, doc.dct ? { published: doc.dct } : {}, doc.id));
  return layer(out, "date").map((d) => ({
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    type: d.data.timexType,
    value: d.data.timexValue ?? d.data.value ?? "",
  }));
}

function listFiles(path: string, suffix: RegExp): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, suffix));
    else if (suffix.test(name)) out.push(full);
  }
  return out;
}

/**
 * The TempEval-3 bundle keeps its development data in TBAQ-cleaned/ beside the evaluation data:
 * given the bundle's root, only the development part is scored, so a test split that sits in the
 * same bundle never leaks into development figures. Pass the test folder explicitly to score it.
 */
function developmentFolderOf(opts: EvalOptions): string {
  if (opts.gold) return opts.path;
  const dev = join(opts.path, "TBAQ-cleaned");
  return existsSync(dev) && statSync(dev).isDirectory() ? dev : opts.path;
}

interface LoadedDocuments {
  readonly docs: { doc: TimemlDocument; group: string; file: string }[];
  /** Gold files with no input beside them, or whose input text differs from the gold's (--gold layouts only). */
  readonly unpaired: string[];
}

/**
 * Reads the TimeML documents under the path. With `--gold DIR`, the path holds the raw inputs
 * (.tml or .TE3input, text and DCT only) and DIR the annotated gold, paired by file name.
 */
export function loadTimemlDocuments(opts: EvalOptions): LoadedDocuments {
  opts = { ...opts, path: developmentFolderOf(opts) };
  const goldFiles = listFiles(opts.gold ?? opts.path, /\.tml$/i);
  const inputs = opts.gold ? new Map(listFiles(opts.path, /\.(tml|TE3input)$/i).map((f) => [basename(f).replace(/\.TE3input$/i, "").replace(/\.tml$/i, ""), f])) : null;
  const docs: { doc: TimemlDocument; group: string; file: string }[] = [];
  const unpaired: string[] = [];
  for (const file of goldFiles) {
    const id = basename(file).replace(/\.tml$/i, "");
    const gold = parseTimeml(readFileSync(file, "utf8"), id);
    let doc = gold;
    if (inputs) {
      const inputFile = inputs.get(id);
      const input = inputFile ? parseTimeml(readFileSync(inputFile, "utf8"), id) : null;
      if (!input || input.text !== gold.text) { unpaired.push(id); continue; }
      doc = { ...gold, dct: input.dct ?? gold.dct };
    }
    const rel = relative(opts.gold ?? opts.path, file).split(/[\\/]/);
    docs.push({ doc, group: rel.length > 1 ? rel[rel.length - 2]! : "all", file });
  }
  return { docs: opts.limit ? docs.slice(0, opts.limit) : docs, unpaired };
}

/** `sitrep eval time [path] [--gold DIR]`: TempEval-3 task A over a TimeML folder. */
export async function scoreTime(opts: EvalOptions): Promise<EvalResult> {
  const { docs, unpaired } = loadTimemlDocuments(opts);
  if (docs.length === 0) throw new SitrepError("EVAL_DATA_MISSING", `no .tml files under ${opts.gold ?? opts.path}`);
  const pipeline = assemblePipeline([segmentStage, datesStage], { resources: { segmenter: loadWinkSegmenter(), ...loadDatesResources() } });
  const total = emptyCounts();
  const byGroup = new Map<string, TimeCounts>();
  const lines: string[] = ["doc\tstart\tend\tgold_text\tgold_type\tgold_value\tpred_text\tpred_type\tpred_value\tverdict"];
  let ms = 0;
  const errors = errorCollector(opts);
  for (const { doc, group } of docs) {
    const t0 = performance.now();
    const predicted = predictTimexes(pipeline, doc);
    ms += performance.now() - t0;
    const groupCounts = byGroup.get(group) ?? emptyCounts();
    byGroup.set(group, groupCounts);
    const before = { ...total };
    const pairs = scoreTimexes(doc.timexes, predicted, total);
    for (const k of Object.keys(groupCounts) as (keyof TimeCounts)[]) groupCounts[k] += total[k] - before[k];
    if (errors) {
      for (const { gold: g, predicted: p } of pairs) {
        const verdict = !g ? "spurious" : !p ? "missed" : p.value !== g.value ? "wrong value" : p.start !== g.start || p.end !== g.end ? "span" : "ok";
        if (verdict === "ok") continue;
        const at = g ?? p!;
        errors.push({
          doc: doc.id,
          field: `TIMEX3 ${verdict}`,
          gold: g ? `${doc.text.slice(g.start, g.end)} = ${g.value} (${g.type})` : "",
          predicted: p ? `${p.text} = ${p.value} (${p.type})` : "",
          evidence: `${sentenceAround(doc.text, at)} [DCT ${doc.dct ?? "none"}]`,
        });
      }
    }
    if (opts.predictions) {
      for (const { gold: g, predicted: p } of pairs) {
        const verdict = !g ? "spurious" : !p ? "missed" : p.value !== g.value ? "wrong-value" : p.start !== g.start || p.end !== g.end ? "span" : "ok";
        const at = g ?? p!;
        const gtext = g ? doc.text.slice(g.start, g.end).replace(/\s+/g, " ") : "";
        lines.push([doc.id, at.start, at.end, gtext, g?.type ?? "", g?.value ?? "", p?.text.replace(/\s+/g, " ") ?? "", p?.type ?? "", p?.value ?? "", verdict].join("\t"));
      }
    }
  }
  if (opts.predictions) writeFileSync(opts.predictions, `${lines.join("\n")}\n`);

  const relaxed = prfOf(total.relaxed, total);
  const strict = prfOf(total.strict, total);
  const type = prfOf(total.type, total);
  const value = prfOf(total.value, total);
  const rows = [
    prfRow("relaxed span", relaxed),
    prfRow("strict span", strict),
    prfRow("type", type),
    prfRow("value", value),
    ...[...byGroup.entries()].map(([g, c]) => prfRow(`value (${g})`, prfOf(c.value, c))),
  ];
  const accuracy = (k: number) => (total.relaxed ? k / total.relaxed : 0);
  const table = [
    `TempEval-3 task A on ${docs.length} documents, ${total.gold} gold TIMEX3 (the DCT excluded), ${total.predicted} predicted`,
    formatTable(PRF_HEADER, rows),
    `type accuracy over matched ${pct(accuracy(total.type))}%, value accuracy over matched ${pct(accuracy(total.value))}%`,
    `attribute F1 = matched with equal attribute / predicted, / gold (TempEval-3 official); ${(ms / docs.length).toFixed(2)} ms a document (segment + dates)`,
    ...(unpaired.length ? [`not scored: ${unpaired.length} gold files without a matching input (${unpaired.slice(0, 5).join(", ")}${unpaired.length > 5 ? ", ..." : ""})`] : []),
  ].join("\n");
  return withSampledErrors({
    task: "time",
    data: opts.gold ? `${opts.path} (gold ${opts.gold})` : developmentFolderOf(opts),
    n: total.gold,
    precision: relaxed.precision,
    recall: relaxed.recall,
    f1: relaxed.f1,
    documents: docs.length,
    unpaired: unpaired.length,
    predicted: total.predicted,
    strictPrecision: strict.precision,
    strictRecall: strict.recall,
    strictF1: strict.f1,
    typeF1: type.f1,
    valueF1: value.f1,
    valuePrecision: value.precision,
    valueRecall: value.recall,
    typeAccuracy: accuracy(total.type),
    valueAccuracy: accuracy(total.value),
    byCorpus: Object.fromEntries([...byGroup.entries()].map(([g, c]) => [g, { n: c.gold, f1: prfOf(c.relaxed, c).f1, strictF1: prfOf(c.strict, c).f1, valueF1: prfOf(c.value, c).f1 }])),
    table,
  }, errors, opts);
}
