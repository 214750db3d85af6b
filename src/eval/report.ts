import type { Prf } from "./metrics.js";

/**
 * What every scorer returns. The CLI prints `table`, then the result without it as one JSON
 * object on the very last line, so scripts can read `tail -1`.
 */
export interface EvalResult {
  readonly task: string;
  readonly data: string;
  readonly n: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly table: string;
  readonly [extra: string]: unknown;
}

export interface EvalOptions {
  /** Corpus file or folder. */
  readonly path: string;
  /** For layouts whose gold sits apart from the raw input. */
  readonly gold?: string;
  /** Where to write the predictions, in the task's own format. */
  readonly predictions?: string;
  /** Cap on documents, for quick runs. */
  readonly limit?: number;
  /** How many errors to sample and print (src/eval/sampled-errors.ts); none when absent. */
  readonly errors?: number;
  /** Seed of the error sample, so it is the same on every run. */
  readonly seed?: number;
}

export type Scorer = (opts: EvalOptions) => Promise<EvalResult>;

/** Rounds to one decimal of a percentage: 0.87654 -> 87.7. */
export function pct(x: number): number {
  return Math.round(x * 1000) / 10;
}

/** A plain-text table with aligned columns. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((r) => r.map((c) => (typeof c === "number" ? String(c) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  // Figures align right, words align left; the last column is not padded.
  const numeric = (c: string) => /^[-+]?[\d.,/%]+$/.test(c);
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === r.length - 1 && !numeric(c) ? c : i > 0 && numeric(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export function prfRow(label: string, p: Prf): (string | number)[] {
  return [label, p.tp, p.fp, p.fn, pct(p.precision), pct(p.recall), pct(p.f1)];
}

export const PRF_HEADER = ["label", "tp", "fp", "fn", "P", "R", "F1"] as const;

export function printResult(result: EvalResult, write: (s: string) => void = (s) => process.stdout.write(s)): void {
  const { table, ...rest } = result;
  write(`${table}\n`);
  write(`${JSON.stringify(rest)}\n`);
}
