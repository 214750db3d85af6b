import { distanceKm } from "../core/great-circle.js";
/** Precision, recall and F1 from counts; 0 (not NaN) when a denominator is 0. */
export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Accumulates tp/fp/fn per label and overall (micro). */
export class PrfCounter {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  add(label: string, kind: "tp" | "fp" | "fn", n = 1): void {
    const c = this.counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c[kind] += n;
    this.counts.set(label, c);
  }

  labels(): string[] {
    return [...this.counts.keys()].sort();
  }

  of(label: string): Prf {
    const c = this.counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    return prf(c.tp, c.fp, c.fn);
  }

  micro(): Prf {
    let tp = 0, fp = 0, fn = 0;
    for (const c of this.counts.values()) { tp += c.tp; fp += c.fp; fn += c.fn; }
    return prf(tp, fp, fn);
  }
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return distanceKm({ lat: lat1, lon: lon1 }, { lat: lat2, lon: lon2 });
}
