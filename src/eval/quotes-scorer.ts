import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createDocument, layer, type Document } from "../core/document.js";
import { SitrepError } from "../core/errors.js";
import { assemblePipeline, type Pipeline } from "../core/pipeline.js";
import type { Span } from "../core/span.js";
import type { Stage } from "../core/stage.js";
import { loadWinkSegmenter } from "../models/wink.js";
import { NEWS_STAGES } from "../pipelines/news-pipeline.js";
import { loadActorsResources } from "../stages/actors/resources.js";
import { loadEntitiesResources } from "../stages/entities/resources.js";
import { loadQuotesResources } from "../stages/quotes/resources.js";
import { QUOTE_CUE_CLASSES } from "../stages/quotes/heuristics.js";
import { quotesStage } from "../stages/quotes/quotes-stage.js";
import { segmentStage } from "../stages/segment/segment-stage.js";
import { prf, type Prf } from "./metrics.js";
import { errorCollector, sentenceAround, withSampledErrors, type ScoredError } from "./sampled-errors.js";
import { formatTable, pct, PRF_HEADER, prfRow, type EvalOptions, type EvalResult } from "./report.js";

/**
 * PolNeAR attribution scoring. A predicted attribution (all quote annotations sharing one cue, so a
 * quote continued after "she said" is one attribution, as PolNeAR annotates it) matches a gold one
 * when its content covers at least half of the gold content's words and its speaker words overlap
 * the gold source (or both have no source). Matching is one-to-one, best overlap first.
 */

/** Warm runs of the quotes stage per article for its time; the best one counts. */
const TIMING_RUNS = 3;

/** Share of the gold content's words a prediction must cover. */
export const CONTENT_MIN_COVER = 0.5;

export interface GoldAttribution {
  readonly source: readonly Span[] | null;
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
  /** Cue words, for the coverage breakdown. */
  readonly cueText: string;
}

export interface PredictedAttribution {
  readonly source: Span | null;
  readonly content: readonly Span[];
  readonly cueText: string;
}

/** Parses one BRAT .ann file of PolNeAR: T lines (Source/Cue/Content with "s e;s e" ranges) tied by E lines. */
export function readBratAttributions(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; spans: Span[]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    // A span's text may run over a line break: its continuation lines are neither T nor E lines.
    if (/^T\d+\t/.test(line)) {
      const [id, mid, text = ""] = line.split("\t");
      if (!id || !mid) throw new SitrepError("EVAL_FORMAT", `bad BRAT line: ${line.slice(0, 60)}`);
      const sp = mid.indexOf(" ");
      const ranges = mid.slice(sp + 1).split(";").map((r) => {
        const [s, e] = r.trim().split(/\s+/).map(Number);
        if (!Number.isFinite(s) || !Number.isFinite(e)) throw new SitrepError("EVAL_FORMAT", `bad BRAT range: ${line.slice(0, 60)}`);
        return { start: s!, end: e! };
      });
      spans.set(id, { type: mid.slice(0, sp), spans: ranges, text });
    } else if (/^E\d+\t/.test(line)) {
      events.push(line.split("\t")[1] ?? "");
    }
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const roles = new Map<string, string>();
    for (const part of ev.split(/\s+/)) {
      const [role, id] = part.split(":");
      if (role && id) roles.set(role, id);
    }
    const content = spans.get(roles.get("Content") ?? "");
    const cue = spans.get(roles.get("Cue") ?? "");
    if (!content) continue;
    const source = spans.get(roles.get("Source") ?? "");
    out.push({ source: source ? source.spans : null, cue: cue?.spans ?? [], content: content.spans, cueText: cue?.text ?? "" });
  }
  return out;
}

/** Word positions (start offsets) inside the spans: what "half the gold tokens" counts. */
export function wordsIn(text: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (const m of text.slice(s.start, s.end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(s.start + m.index!);
  return out;
}

function overlaps(a: Span, bs: readonly Span[]): boolean {
  return bs.some((b) => a.start < b.end && b.start < a.end);
}

/** Span text without edge spaces, punctuation and quote marks (on each piece of a discontinuous span) and a leading "that", for exact comparison. */
function normalised(text: string, spans: readonly Span[]): string {
  return spans
    .map((s) => text.slice(s.start, s.end).replace(/^[\s\p{P}]+|(?<![\s\p{P}])[\s\p{P}]+$/gu, ""))
    .filter(Boolean)
    .join(" ")
    .replace(/^that\s+/i, "")
    .replace(/\s+/g, " ");
}

export interface AttributionCounts {
  readonly attribution: Prf;
  readonly exact: Prf;
  readonly content: Prf;
  readonly contentExact: Prf;
  readonly sourceExact: Prf;
  /** Gold attributions matched, by whether their cue is one the quotes lexicon reports. */
  readonly matchedGold: readonly boolean[];
  /** Per gold attribution: the prediction matched under the headline rule, and under content only (-1: none). */
  readonly attributionTo: readonly number[];
  readonly contentTo: readonly number[];
}

/** Scores one document's predictions against its gold attributions. */
export function scoreAttributions(text: string, gold: readonly GoldAttribution[], predicted: readonly PredictedAttribution[]): AttributionCounts {
  const goldWords = gold.map((g) => wordsIn(text, g.content));
  const predWords = predicted.map((p) => wordsIn(text, p.content));
  const cover = (gi: number, pi: number): number => {
    const gw = goldWords[gi]!;
    if (gw.size === 0) return 0;
    let shared = 0;
    for (const w of gw) if (predWords[pi]!.has(w)) shared++;
    return shared / gw.size;
  };
  const sourceOk = (g: GoldAttribution, p: PredictedAttribution): boolean => (g.source ? !!p.source && overlaps(p.source, g.source) : !p.source);
  const contentExact = (g: GoldAttribution, p: PredictedAttribution): boolean => normalised(text, g.content) === normalised(text, p.content);
  const sourceExact = (g: GoldAttribution, p: PredictedAttribution): boolean => (g.source ? !!p.source && normalised(text, g.source) === normalised(text, [p.source]) : !p.source);

  const match = (ok: (gi: number, pi: number) => boolean): Array<number> => {
    const pairs: { gi: number; pi: number; c: number }[] = [];
    for (let gi = 0; gi < gold.length; gi++) for (let pi = 0; pi < predicted.length; pi++) if (ok(gi, pi)) pairs.push({ gi, pi, c: cover(gi, pi) });
    pairs.sort((a, b) => b.c - a.c);
    const goldTo = new Array<number>(gold.length).fill(-1);
    const usedPred = new Set<number>();
    for (const { gi, pi } of pairs) {
      if (goldTo[gi]! >= 0 || usedPred.has(pi)) continue;
      goldTo[gi] = pi;
      usedPred.add(pi);
    }
    return goldTo;
  };
  const count = (goldTo: number[]): Prf => {
    const tp = goldTo.filter((p) => p >= 0).length;
    return prf(tp, predicted.length - tp, gold.length - tp);
  };
  const contentMatch = (gi: number, pi: number) => cover(gi, pi) >= CONTENT_MIN_COVER;
  const attributionTo = match((gi, pi) => contentMatch(gi, pi) && sourceOk(gold[gi]!, predicted[pi]!));
  const contentTo = match(contentMatch);
  return {
    attribution: count(attributionTo),
    exact: count(match((gi, pi) => contentExact(gold[gi]!, predicted[pi]!) && sourceExact(gold[gi]!, predicted[pi]!))),
    content: count(contentTo),
    contentExact: count(match((gi, pi) => contentExact(gold[gi]!, predicted[pi]!))),
    sourceExact: count(match((gi, pi) => contentMatch(gi, pi) && sourceExact(gold[gi]!, predicted[pi]!))),
    matchedGold: attributionTo.map((p) => p >= 0),
    attributionTo,
    contentTo,
  };
}

/** The attribution errors of one document: gold missed (or found with the wrong source), predictions matching nothing. */
export function attributionErrors(doc: string, text: string, gold: readonly GoldAttribution[], predicted: readonly PredictedAttribution[], counts: AttributionCounts): ScoredError[] {
  const slice = (spans: readonly Span[] | null) => (spans && spans.length ? spans.map((s) => text.slice(s.start, s.end)).join(" … ") : "");
  const out: ScoredError[] = [];
  const shown = (p: PredictedAttribution) => `source: ${slice(p.source ? [p.source] : null) || "none"}; cue: ${p.cueText || "none"}; content: ${slice(p.content)}`;
  gold.forEach((g, gi) => {
    if (counts.attributionTo[gi]! >= 0) return;
    const pi = counts.contentTo[gi]!;
    const at = g.content[0] ?? g.cue[0] ?? { start: 0, end: 0 };
    out.push({
      doc,
      field: pi >= 0 ? "attribution: wrong source" : "attribution missed",
      gold: `source: ${slice(g.source) || "none"}; cue: ${g.cueText || "none"}; content: ${slice(g.content)}`,
      predicted: pi >= 0 ? shown(predicted[pi]!) : "",
      evidence: sentenceAround(text, at),
    });
  });
  const used = new Set([...counts.attributionTo, ...counts.contentTo]);
  predicted.forEach((p, pi) => {
    if (used.has(pi)) return;
    out.push({ doc, field: "attribution spurious", gold: "", predicted: shown(p), evidence: sentenceAround(text, p.content[0] ?? p.source ?? { start: 0, end: 0 }) });
  });
  return out;
}

/** The quote layer as PolNeAR attributions: quotes sharing a cue are one attribution. */
export function toPredictedAttributions(doc: Document): PredictedAttribution[] {
  const byCue = new Map<string, { source: Span | null; content: Span[]; cueText: string }>();
  for (const q of layer(doc, "quote")) {
    const key = q.data.cueSpan ? `${q.data.cueSpan.start}:${q.data.cueSpan.end}` : q.id;
    const source = q.data.speakerMentionSpan ?? q.data.speakerSpan ?? null;
    const entry = byCue.get(key) ?? { source, content: [], cueText: q.data.cue ?? "" };
    entry.content.push({ start: q.start, end: q.end });
    byCue.set(key, entry);
  }
  return [...byCue.values()];
}

/**
 * The stages quotes reads, in the news pipeline's order, without those that rewrite the text (offsets
 * must stay the corpus's). The quotes stage itself runs apart, so its own time can be measured.
 */
function buildPrerequisites(): { pipeline: Pipeline; resources: Record<string, unknown>; stages: string } {
  const wanted = new Set(["segment", "entities", "actors"]);
  const stages: Stage[] = NEWS_STAGES.filter((s) => wanted.has(s.name));
  const base = { segmenter: loadWinkSegmenter(), ...loadQuotesResources() };
  try {
    const resources = { ...base, ...loadEntitiesResources(), ...loadActorsResources() };
    const full = assemblePipeline(stages, { resources });
    full.run(createDocument("A test said the pipeline works."));
    return { pipeline: full, resources, stages: [...stages.map((s) => s.name), "quotes"].join("+") };
  } catch (e) {
    // An earlier stage that cannot load (a model being retrained) must not stop the quotes score: the stage works without it.
    const why = e instanceof SitrepError ? e.code : "error";
    return { pipeline: assemblePipeline([segmentStage], { resources: base }), resources: base, stages: `segment+quotes (entities/actors unavailable: ${why})` };
  }
}

function runQuotes(doc: Document, resources: Record<string, unknown>): Document {
  const out = quotesStage.run(doc, { resources });
  return { ...doc, layers: { ...doc.layers, quote: out.quote ?? [] } };
}

/** One annotator per article, deterministically: the first .ann file name in sorted order. */
export function chooseAnnotationFiles(files: readonly string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const f of [...files].filter((f) => f.endsWith(".ann")).sort()) {
    const article = f.replace(/_[^_]+\.ann$/, "");
    if (!chosen.has(article)) chosen.set(article, f);
  }
  return chosen;
}

/** Lexicon-covered cue: one whose words include a cue verb form, or the first word of a cue phrase, of a class the stage reports. */
function cueCovered(cueText: string): boolean {
  const { quotes } = loadQuotesResources();
  const words = cueText.toLowerCase().split(/\s+/).filter(Boolean);
  return words.some((w) => {
    const v = quotes.cueVerbs.get(w);
    if (v && QUOTE_CUE_CLASSES.includes(v.cueClass)) return true;
    return (quotes.cuePhrases.get(w) ?? []).some((p) => QUOTE_CUE_CLASSES.includes(p.cueClass));
  });
}

export async function scoreQuotes(opts: EvalOptions): Promise<EvalResult> {
  let files: string[];
  try {
    files = readdirSync(join(opts.path, "attributions"));
  } catch {
    throw new SitrepError("EVAL_DATA_MISSING", `${opts.path}/attributions`);
  }
  const chosen = [...chooseAnnotationFiles(files)].slice(0, opts.limit ?? Infinity);
  const { pipeline, resources, stages } = buildPrerequisites();
  const totals = { attribution: [0, 0, 0], exact: [0, 0, 0], content: [0, 0, 0], contentExact: [0, 0, 0], sourceExact: [0, 0, 0] } as Record<string, number[]>;
  let n = 0, covered = 0, coveredMatched = 0, otherMatched = 0;
  let ms = 0, words = 0;
  const lines: string[] = [];
  const errors = errorCollector(opts);
  for (const [article, annFile] of chosen) {
    const text = readFileSync(join(opts.path, "text", `${article}.txt`), "utf8");
    const gold = readBratAttributions(readFileSync(join(opts.path, "attributions", annFile), "utf8"));
    const before = pipeline.run(createDocument(text, {}, article));
    const doc = runQuotes(before, resources);
    // Timed warm (the stage runs on many articles per process), best of a few runs so that other
    // processes on the machine do not count.
    let best = Infinity;
    for (let r = 0; r < TIMING_RUNS; r++) {
      const t0 = performance.now();
      runQuotes(before, resources);
      best = Math.min(best, performance.now() - t0);
    }
    ms += best;
    words += text.split(/\s+/).length;
    const predicted = toPredictedAttributions(doc);
    const counts = scoreAttributions(text, gold, predicted);
    if (errors) errors.push(...attributionErrors(article, text, gold, predicted, counts));
    for (const key of Object.keys(totals)) {
      const c = counts[key as keyof AttributionCounts] as Prf;
      totals[key]![0]! += c.tp; totals[key]![1]! += c.fp; totals[key]![2]! += c.fn;
    }
    n += gold.length;
    gold.forEach((g, i) => {
      const isCovered = cueCovered(g.cueText);
      if (isCovered) { covered++; if (counts.matchedGold[i]) coveredMatched++; }
      else if (counts.matchedGold[i]) otherMatched++;
    });
    if (opts.predictions) {
      lines.push(JSON.stringify({ article: basename(annFile), predicted: predicted.map((p) => ({ source: p.source && text.slice(p.source.start, p.source.end), cue: p.cueText, content: p.content.map((s) => text.slice(s.start, s.end)) })) }));
    }
  }
  if (opts.predictions) writeFileSync(opts.predictions, `${lines.join("\n")}\n`);
  const p = (key: string) => prf(totals[key]![0]!, totals[key]![1]!, totals[key]![2]!);
  const attribution = p("attribution");
  const msPer400 = words ? (ms / words) * 400 : 0;
  const table = [
    `PolNeAR ${opts.path}: ${chosen.length} articles, ${n} gold attributions (stages: ${stages})`,
    formatTable(PRF_HEADER, [
      prfRow("attribution (content >= half, speaker overlaps)", attribution),
      prfRow("content only (>= half)", p("content")),
      prfRow("content >= half, source exact", p("sourceExact")),
      prfRow("content exact", p("contentExact")),
      prfRow("exact (content and source)", p("exact")),
    ]),
    `gold attributions whose cue is in the quotes lexicon: ${covered} (${pct(n ? covered / n : 0)}%), recall on them ${pct(covered ? coveredMatched / covered : 0)}%; on the others (nominal, idiomatic, punctuation cues) ${pct(n - covered ? otherMatched / (n - covered) : 0)}%`,
    `quotes stage time: ${(ms / Math.max(1, chosen.length)).toFixed(2)} ms per article of ${Math.round(words / Math.max(1, chosen.length))} words on average (${msPer400.toFixed(2)} ms per 400 words)`,
  ].join("\n");
  return withSampledErrors({
    task: "quotes",
    data: opts.path,
    n,
    precision: pct(attribution.precision),
    recall: pct(attribution.recall),
    f1: pct(attribution.f1),
    exactF1: pct(p("exact").f1),
    contentF1: pct(p("content").f1),
    contentExactF1: pct(p("contentExact").f1),
    sourceExactF1: pct(p("sourceExact").f1),
    articles: chosen.length,
    coveredCueShare: pct(n ? covered / n : 0),
    coveredCueRecall: pct(covered ? coveredMatched / covered : 0),
    stages,
    quotesMsPer400Words: Math.round(msPer400 * 100) / 100,
    table,
  }, errors, opts);
}
