import { parseMucDay } from "./read-muc-texts.js";
import { containsWords, GENERIC_HEADS, headNoun, normaliseWords } from "./normalise-filler.js";

/** A key date as an inclusive day range; open starts get a bounded look-back (see OPEN_RANGE_LOOKBACK_DAYS). */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/**
 * "- 15 NOV 89" in a key means "on or before 15 NOV 89" (the incident happened before the dateline, day unknown).
 * An open range would accept any earlier date at all, so it is bounded to a month before its end: long enough
 * for "last week"/"early this month", short enough that a background incident from last year does not match.
 */
export const OPEN_RANGE_LOOKBACK_DAYS = 31;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Parses one key date alternative: "16 NOV 89", "- 15 NOV 89", "10 NOV 89 - 15 NOV 89"; null when unreadable. */
export function parseKeyDate(s: string): DayRange | null {
  const t = s.replace(/^[(\s]+|(?<![)\s])[)\s]+$/g, "").trim();
  const range = /-\s*(\d{1,2}\s+[A-Z]{3}\s+\d{2,4})$/i.exec(t);
  if (range && !/[\n\r\u2028\u2029]/.test(t.slice(0, range.index))) {
    const to = parseMucDay(range[1]!);
    if (!to) return null;
    const before = t.slice(0, range.index).trim();
    const from = before === "" ? addDays(to, -OPEN_RANGE_LOOKBACK_DAYS) : parseMucDay(before);
    return from && from <= to ? { from, to } : null;
  }
  const day = parseMucDay(t);
  return day ? { from: day, to: day } : null;
}

/** A predicted date matches when it is given to the day and falls inside one of the key's ranges. */
export function matchDate(predicted: string | null, keyAlternatives: readonly string[]): boolean {
  if (!predicted || !/^\d{4}-\d{2}-\d{2}$/.test(predicted)) return false;
  return keyAlternatives.some((a) => {
    const r = parseKeyDate(a);
    return r !== null && predicted >= r.from && predicted <= r.to;
  });
}

/** The place names in a key location: "PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)" → PERU, LIMA, SAN ISIDRO. */
export function locationComponents(key: string): string[] {
  return key
    .replace(/\([A-Z ]+\)/g, " ")
    .split(/[:;]/)
    .map((c) => c.replace(/[()"]/g, " ").replace(/\s+/g, " ").trim().toUpperCase())
    .filter((c) => c !== "" && c !== "-");
}

function foldAccents(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
}

/** A predicted place (its name, the text it was read from, and its country's name) matches a component of any alternative. */
export function matchLocation(names: readonly string[], keyAlternatives: readonly string[]): boolean {
  const want = new Set(names.map(foldAccents).filter((n) => n !== ""));
  return keyAlternatives.some((a) => locationComponents(a).some((c) => want.has(foldAccents(c))));
}

/**
 * `inner` names what `outer` names when its words occur in `outer` and, for a single word, that word
 * is the head or the first word of `outer` ("POLICE" in "NATIONAL POLICE", "FMLN" in "FMLN REBELS"),
 * not a stray modifier ("DEMOCRATIC" in "REVOLUTIONARY DEMOCRATIC FRONT").
 */
function namedWithin(outer: readonly string[], inner: readonly string[], outerHead: string | null): boolean {
  if (!containsWords(outer, inner)) return false;
  if (inner.length > 1) return true;
  const w = inner[0]!;
  return outer[0] === w || headNoun(w) === outerHead;
}

/**
 * String slots (perpetrator organisation, targets): a predicted string matches a key alternative
 * when one names the other as whole words (see namedWithin), or both have the same head noun and
 * that head is not a generic one (GENERIC_HEADS). Case-insensitive.
 */
export function matchString(predicted: readonly string[], keyAlternatives: readonly string[]): boolean {
  for (const p of predicted) {
    const pw = normaliseWords(p);
    if (pw.length === 0) continue;
    const ph = headNoun(p);
    for (const k of keyAlternatives) {
      const kw = normaliseWords(k);
      if (kw.length === 0) continue;
      const kh = headNoun(k);
      if (namedWithin(pw, kw, ph) || namedWithin(kw, pw, kh)) return true;
      if (ph !== null && ph === kh && !GENERIC_HEADS.has(ph)) return true;
    }
  }
  return false;
}
