import type { ParsingComponents, ParsingResult } from "chrono-node";
import type { DatePrecision, DateQualifier } from "../../core/layers.js";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/**
 * A normalised temporal expression as sitrep's own parsers produce it. It rides on a chrono
 * result as one tag, so chrono's refiners (overlap removal, merging) carry it along with the span.
 */
export interface TimexSpec {
  readonly type: TimexType;
  /** ISO prefix at the precision ("2021-10-08", "2021-W40", "2021-Q3", "199"), or null when unknown. */
  readonly value: string | null;
  /** The TIMEX3 value ("P2D", "PRESENT_REF", "2021-10-08TMO"), when it differs from `value`. */
  readonly timexValue?: string;
  readonly precision: DatePrecision;
  readonly qualifier?: DateQualifier;
  /** True when the value was computed from the dateline. */
  readonly relative: boolean;
  /** The parser rule that produced it, for provenance. */
  readonly rule: string;
}

const PREFIX = "sitrep:";

/** Attaches a spec; chrono's tag sets only grow, so a later spec overrides an earlier one. */
export function attachSpec(target: ParsingResult | ParsingComponents, spec: TimexSpec): void {
  const components = "start" in target ? target.start : target;
  components.addTag(PREFIX + JSON.stringify(spec));
}

export function readSpec(result: { start: { tags(): Set<string> } }): TimexSpec | null {
  let last: string | null = null;
  for (const tag of tagsOf(result.start)) if (tag.startsWith(PREFIX)) last = tag;
  return last ? (JSON.parse(last.slice(PREFIX.length)) as TimexSpec) : null;
}

/** Whether a result carries a sitrep spec, without decoding it. */
export function hasSpec(result: { start: { tags(): Set<string> } }): boolean {
  for (const tag of tagsOf(result.start)) if (tag.startsWith(PREFIX)) return true;
  return false;
}

/**
 * A result's tags, read in place: chrono's tags() copies its set on every call, and the refiners ask
 * hasSpec of every result once per refiner (date-tagger.ts). Read only; chrono's own copy is the
 * fallback should its field change.
 */
function tagsOf(components: { tags(): Set<string> }): ReadonlySet<string> {
  const own = (components as { _tags?: unknown })._tags;
  return own instanceof Set ? (own as ReadonlySet<string>) : components.tags();
}
