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
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}
