import type { Span } from "../core/index.js";
import { createSeededRandom } from "../models/ner/seeded-random.js";
import type { EvalOptions, EvalResult } from "./report.js";

/**
 * Sampled errors, shared by every scorer (`sitrep eval <task> --errors N --seed S`): each scorer
 * lists its errors in one shape (document, field, gold value, predicted value, evidence sentence)
 * and this module draws N of them uniformly with a seeded generator, so the sample is the same on
 * every run and not cherry-picked. Error analysis reads these, not the best or worst cases.
 */

export interface ScoredError {
  /** Document id (file, article number, message id). */
  readonly doc: string;
  /** What is wrong: the field or label, and the kind (missed, spurious, wrong value). */
  readonly field: string;
  /** The gold value, "" when there is none (a spurious prediction). */
  readonly gold: string;
  /** The predicted value, "" when there is none (a miss). */
  readonly predicted: string;
  /** The sentence the error sits in (or the nearest the scorer knows). */
  readonly evidence: string;
}

/** The seed when `--errors` is given without `--seed`: any fixed number keeps the sample reproducible. */
export const DEFAULT_ERROR_SEED = 6;
/** Evidence longer than this is cut, so a table of 20 errors stays readable. */
const MAX_EVIDENCE_CHARS = 240;

/** A list to push errors into when the run asked for a sample, else null (scorers skip the work). */
export function errorCollector(opts: EvalOptions): ScoredError[] | null {
  return opts.errors && opts.errors > 0 ? [] : null;
}

/** n items drawn uniformly without replacement, reproducibly for a seed (partial Fisher-Yates). */
export function drawSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const pool = [...items];
  const random = createSeededRandom(seed);
  const k = Math.min(Math.max(0, Math.floor(n)), pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/**
 * The sentence around a span: from the previous sentence end (. ! ? followed by a space, or a line
 * break) to the next one, whitespace folded, cut around the span when long. A scan, not a parse:
 * the scorers' corpora come with their own tokenisations and this must work on all of them.
 */
export function sentenceAround(text: string, span: Span): string {
  const isEnd = (i: number) => text[i] === "\n" || (/[.!?]/.test(text[i] ?? "") && /\s/.test(text[i + 1] ?? " "));
  let from = Math.max(0, Math.min(span.start, text.length));
  while (from > 0 && !isEnd(from - 1)) from--;
  let to = Math.max(from, Math.min(span.end, text.length));
  while (to < text.length && !isEnd(to)) to++;
  if (to < text.length && text[to] !== "\n") to++;
  return clip(text.slice(from, to), span.start - from);
}

/** Folds whitespace and cuts to MAX_EVIDENCE_CHARS around `focus` (an offset in `s`). */
export function clip(s: string, focus = 0): string {
  const folded = s.replace(/\s+/g, " ").trim();
  if (folded.length <= MAX_EVIDENCE_CHARS) return folded;
  const start = Math.max(0, Math.min(folded.length - MAX_EVIDENCE_CHARS, focus - MAX_EVIDENCE_CHARS / 3));
  return `${start > 0 ? "…" : ""}${folded.slice(start, start + MAX_EVIDENCE_CHARS)}${start + MAX_EVIDENCE_CHARS < folded.length ? "…" : ""}`;
}

/** A value as one short line: strings as they are, other values as JSON. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return "";
  return clip(typeof value === "string" ? value : JSON.stringify(value));
}

/** The sample as text: one numbered block per error. */
export function formatSampledErrors(sample: readonly ScoredError[], total: number, seed: number): string {
  const head = `sampled errors: ${sample.length} of ${total}, drawn uniformly (seed ${seed})`;
  const blocks = sample.map((e, i) =>
    [`${i + 1}. [${e.doc}] ${e.field}`, `   gold:      ${e.gold || "-"}`, `   predicted: ${e.predicted || "-"}`, `   evidence:  ${e.evidence || "-"}`].join("\n"),
  );
  return [head, ...blocks].join("\n");
}

/**
 * The result with the sample appended to its table and kept as `sampledErrors` (with the total
 * they were drawn from); unchanged when the run asked for no sample.
 */
export function withSampledErrors(result: EvalResult, errors: readonly ScoredError[] | null, opts: EvalOptions): EvalResult {
  if (!errors || !opts.errors) return result;
  const seed = opts.seed ?? DEFAULT_ERROR_SEED;
  const sample = drawSample(errors, opts.errors, seed);
  return { ...result, table: `${result.table}\n\n${formatSampledErrors(sample, errors.length, seed)}`, sampledErrors: { total: errors.length, seed, sample } };
}
