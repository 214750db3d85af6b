import { spansFromIob, type TypedSpan } from "./labels.js";

/** Entity-level exact-match counts per type (conlleval): a span counts only with the same bounds and type. */
export interface SpanCounts {
  readonly tp: Map<string, number>;
  readonly fp: Map<string, number>;
  readonly fn: Map<string, number>;
}

export function emptySpanCounts(): SpanCounts {
  return { tp: new Map(), fp: new Map(), fn: new Map() };
}

export function countSpanMatches(gold: readonly TypedSpan[], predicted: readonly TypedSpan[], into: SpanCounts): void {
  const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const bump = (m: Map<string, number>, t: string) => m.set(t, (m.get(t) ?? 0) + 1);
  for (const p of predicted) bump(goldKeys.has(key(p)) ? into.tp : into.fp, p.type);
  for (const g of gold) if (!predKeys.has(key(g))) bump(into.fn, g.type);
}

export function countIobMatches(goldTags: readonly string[], predicted: readonly TypedSpan[], into: SpanCounts): void {
  countSpanMatches(spansFromIob(goldTags), predicted, into);
}

export function microF1(c: SpanCounts): { precision: number; recall: number; f1: number } {
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const tp = sum(c.tp);
  const fp = sum(c.fp);
  const fn = sum(c.fn);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
