/** Half-open [start, end) range of UTF-16 code units in Document.text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

/** Order by start, then longer first: the usual reading order for nested spans. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Index of the span holding `offset` in `spans` (sorted, not overlapping: sentences in text order), or
 * -1: a binary search, as long texts have thousands of sentences.
 */
export function findSpanAt(spans: readonly Span[], offset: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
