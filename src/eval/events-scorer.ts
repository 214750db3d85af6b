import { readFileSync, writeFileSync } from "node:fs";
import { assemblePipeline, createDocument, layer, SitrepError } from "../core/index.js";
import { loadWinkSegmenter } from "../models/wink.js";
import { segmentStage } from "../stages/segment/segment-stage.js";
import { eventsStage } from "../stages/events/events-stage.js";
import { loadEventsResources } from "../stages/events/resources.js";
import { labelEvent, loadCaseMapping, pickMainEvent } from "../stages/events/case-label.js";
import { newsPipeline } from "../pipelines/news-pipeline.js";
import { clip, withSampledErrors, type ScoredError } from "./sampled-errors.js";
import { formatTable, pct, type EvalOptions, type EvalResult } from "./report.js";

/**
 * CASE 2021 task 2: each snippet goes through the news pipeline (and, for comparison, segment + events
 * alone); its main event is mapped to a
 * CASE label by data/mappings/case2021.tsv. Scores follow scikit-learn: per-label P/R/F1 over the
 * labels seen in gold or predictions, weighted by gold support (weighted) or not (macro).
 */
export interface CaseSnippet {
  readonly id: string;
  readonly text: string;
  readonly label: string;
}

export function readCaseTsv(raw: string): CaseSnippet[] {
  const lines = raw.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split("\t").map((h) => h.trim());
  const [iId, iText, iLabel] = ["id", "EventSnippet", "SubType"].map((c) => header.indexOf(c));
  if (iId! < 0 || iText! < 0 || iLabel! < 0) throw new SitrepError("EVAL_FORMAT", "CASE TSV needs the header: id, EventSnippet, SubType");
  return lines.slice(1).map((line, n) => {
    const cells = line.split("\t");
    if (cells.length <= Math.max(iId!, iText!, iLabel!)) throw new SitrepError("EVAL_FORMAT", `CASE TSV line ${n + 2} has ${cells.length} columns`);
    return { id: cells[iId!]!.trim(), text: cells[iText!]!, label: cells[iLabel!]!.trim() };
  });
}

export interface LabelScore {
  readonly label: string;
  readonly support: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** scikit-learn's classification report figures for single-label predictions. */
export function scoreLabels(gold: readonly string[], predicted: readonly string[]) {
  const labels = [...new Set([...gold, ...predicted])].sort();
  const perLabel: LabelScore[] = labels.map((label) => {
    let tp = 0, support = 0, npred = 0;
    gold.forEach((g, i) => {
      if (g === label) support++;
      if (predicted[i] === label) npred++;
      if (g === label && predicted[i] === label) tp++;
    });
    const precision = npred ? tp / npred : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, support, predicted: npred, precision, recall, f1 };
  });
  const n = gold.length;
  const weighted = (k: "precision" | "recall" | "f1") => (n ? perLabel.reduce((s, l) => s + l[k] * l.support, 0) / n : 0);
  const macro = (k: "precision" | "recall" | "f1") => (labels.length ? perLabel.reduce((s, l) => s + l[k], 0) / labels.length : 0);
  const correct = gold.filter((g, i) => predicted[i] === g).length;
  return {
    perLabel,
    accuracy: n ? correct / n : 0,
    weightedPrecision: weighted("precision"),
    weightedRecall: weighted("recall"),
    weightedF1: weighted("f1"),
    macroPrecision: macro("precision"),
    macroRecall: macro("recall"),
    macroF1: macro("f1"),
  };
}

/** The two ways the scorer runs the stage: on bare sentences, or after every stage before it, as `sitrep extract` does. */
export type CaseConfiguration = "full" | "segment-only";

interface ConfigurationRun {
  readonly predictions: string[];
  readonly lines: string[];
  readonly errors: ScoredError[];
  readonly noEvent: number;
  readonly ms: number;
}

function runConfiguration(snippets: readonly CaseSnippet[], configuration: CaseConfiguration): ConfigurationRun {
  const pipeline = configuration === "full" ? newsPipeline() : assemblePipeline([segmentStage, eventsStage], { resources: { segmenter: loadWinkSegmenter(), ...loadEventsResources() } });
  const lexicons = loadEventsResources().events;
  const mapping = loadCaseMapping();
  const predictions: string[] = [];
  const lines: string[] = [];
  const errors: ScoredError[] = [];
  let noEvent = 0;
  const t0 = performance.now();
  for (const s of snippets) {
    let doc;
    try {
      doc = pipeline.run(createDocument(s.text, { language: "en" }, s.id));
    } catch (e) {
      // A snippet the clean stage rejects (too short, not English) has no event, as an analyst would see it.
      if (!(e instanceof SitrepError)) throw e;
      doc = null;
    }
    const starts = doc ? layer(doc, "sentence").map((x) => x.start) : [];
    const main = doc ? pickMainEvent(layer(doc, "event"), starts, lexicons) : null;
    if (!main) noEvent++;
    const label = main ? labelEvent(main.data, mapping) : mapping.none;
    predictions.push(label);
    if (label !== s.label) errors.push({ doc: s.id, field: `${s.label} labelled ${label}`, gold: s.label, predicted: main ? `${label}: ${main.data.type}/${main.data.mode ?? "-"} "${main.data.trigger.text}" (rule ${main.source.rule})` : `${label} (no event)`, evidence: clip(s.text) });
    lines.push([s.id, label, s.label, main ? `${main.data.type}/${main.data.mode ?? ""}` : "-", main ? main.source.rule : "-", main ? main.data.trigger.text : "-"].join("\t"));
  }
  return { predictions, lines, errors, noEvent, ms: performance.now() - t0 };
}

/**
 * Scores both configurations; the headline is the full pipeline (what users run) unless it scores
 * lower than the bare stage, and the table says which one it is.
 */
export async function scoreEvents(opts: EvalOptions): Promise<EvalResult> {
  let raw: string;
  try {
    raw = readFileSync(opts.path, "utf8");
  } catch {
    throw new SitrepError("EVAL_DATA_MISSING", opts.path);
  }
  let snippets = readCaseTsv(raw);
  if (opts.limit) snippets = snippets.slice(0, opts.limit);
  const gold = snippets.map((s) => s.label);
  const runs = (["full", "segment-only"] as const).map((configuration) => {
    const run = runConfiguration(snippets, configuration);
    return { configuration, run, score: scoreLabels(gold, run.predictions) };
  });
  const headline = runs[0]!.score.weightedF1 >= runs[1]!.score.weightedF1 ? runs[0]! : runs[1]!;
  const other = headline === runs[0] ? runs[1]! : runs[0]!;
  const { run, score: r } = headline;
  if (opts.predictions) writeFileSync(opts.predictions, `id\tpredicted\tgold\tevent\trule\ttrigger\n${run.lines.join("\n")}\n`);
  const rows = r.perLabel.map((l) => [l.label, l.support, l.predicted, pct(l.precision), pct(l.recall), pct(l.f1)]);
  rows.push(["weighted avg", gold.length, run.predictions.length, pct(r.weightedPrecision), pct(r.weightedRecall), pct(r.weightedF1)]);
  rows.push(["macro avg", gold.length, run.predictions.length, pct(r.macroPrecision), pct(r.macroRecall), pct(r.macroF1)]);
  const mapping = loadCaseMapping();
  const n = Math.max(1, snippets.length);
  const summary = runs.map((x) => `${x.configuration}: weighted F1 ${pct(x.score.weightedF1)}, macro F1 ${pct(x.score.macroF1)}, accuracy ${pct(x.score.accuracy)}, no event ${x.run.noEvent}, ${(x.run.ms / n).toFixed(2)} ms/snippet`);
  const table = `configuration shown: ${headline.configuration}\n${formatTable(["label", "support", "predicted", "P", "R", "F1"], rows)}\n\naccuracy ${pct(r.accuracy)}; snippets with no event: ${run.noEvent} (labelled ${mapping.none}); ${(run.ms / n).toFixed(2)} ms/snippet\n${summary.join("\n")}`;
  return withSampledErrors({
    task: "events",
    data: opts.path,
    n: snippets.length,
    configuration: headline.configuration,
    precision: r.weightedPrecision,
    recall: r.weightedRecall,
    f1: r.weightedF1,
    weightedF1: r.weightedF1,
    macroF1: r.macroF1,
    accuracy: r.accuracy,
    noEvent: run.noEvent,
    msPerSnippet: run.ms / n,
    configurations: Object.fromEntries(runs.map((x) => [x.configuration, { weightedF1: x.score.weightedF1, macroF1: x.score.macroF1, accuracy: x.score.accuracy, noEvent: x.run.noEvent, msPerSnippet: x.run.ms / n }])),
    otherConfiguration: other.configuration,
    table,
  }, run.errors, opts);
}
