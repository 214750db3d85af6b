/**
 * Standoff annotations drawn over a text: the text is cut at every annotation boundary, and each piece
 * knows every annotation covering it (they may nest or overlap: a place inside an event's evidence,
 * a toll around its trigger). Pieces become text nodes inside elements; the text is never markup.
 */

/**
 * ranges: [{start, end, ...}] with offsets into `text` (UTF-16, half-open).
 * Returns [{start, end, text, ranges}] covering the whole text, in order.
 */
export function cutAtAnnotations(text, ranges) {
  const valid = ranges.filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start < r.end && r.start >= 0 && r.end <= text.length);
  const points = new Set([0, text.length]);
  for (const r of valid) {
    points.add(r.start);
    points.add(r.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const starts = new Map();
  for (const r of valid) {
    if (!starts.has(r.start)) starts.set(r.start, []);
    starts.get(r.start).push(r);
  }
  const pieces = [];
  let active = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    active = active.filter((r) => r.end > start).concat(starts.get(start) ?? []);
    pieces.push({ start, end, text: text.slice(start, end), ranges: active });
  }
  return pieces;
}

/** Where `needle` occurs in `haystack` (plain string search, no patterns), as a range, else null. */
export function findText(haystack, needle, extra) {
  if (!needle) return null;
  const i = haystack.indexOf(needle);
  return i === -1 ? null : { start: i, end: i + needle.length, ...extra };
}
