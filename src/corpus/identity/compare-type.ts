import type { EventReport } from "../records.js";
import { evidence, veto, type FieldComparison } from "./field-comparison.js";
import { COMPATIBLE_TELLINGS, MODE_FAMILY, MODES_MAY_DIFFER, TYPE_COMPATIBLE, TYPE_SAME, TYPE_SAME_MODE_UNKNOWN, TYPE_SAME_OTHER_MODE } from "./heuristics.js";

function modeFamily(mode: string): string {
  return MODE_FAMILY[mode] ?? mode;
}

type Typed = Pick<EventReport, "type" | "mode">;

function fits(side: string, r: Typed): boolean {
  const slash = side.indexOf("/");
  return slash < 0 ? side === r.type : side.slice(0, slash) === r.type && side.slice(slash + 1) === r.mode;
}

/** True when outlets tell one happening with these two types (the same type, or a pair of COMPATIBLE_TELLINGS). */
export function tellingsCompatible(a: Typed, b: Typed): boolean {
  return a.type === b.type || COMPATIBLE_TELLINGS.some(([x, y]) => (fits(x, a) && fits(y, b)) || (fits(x, b) && fits(y, a)));
}

/** True when some modes of these two types could be one happening (for a coarse candidate filter). */
export function typesMayBeCompatible(a: string, b: string): boolean {
  const typeOf = (side: string) => side.split("/")[0];
  return a === b || COMPATIBLE_TELLINGS.some(([x, y]) => (typeOf(x) === a && typeOf(y) === b) || (typeOf(x) === b && typeOf(y) === a));
}

/** Type and mode: same, compatible, or a veto. */
export function compareType(a: Typed, b: Typed): FieldComparison {
  if (a.type !== b.type) {
    return tellingsCompatible(a, b) ? evidence(TYPE_COMPATIBLE, () => `compatible (${a.type} / ${b.type})`) : veto(() => `different (${a.type} / ${b.type})`);
  }
  if (a.mode === null || b.mode === null) {
    return evidence(a.mode === b.mode ? TYPE_SAME : TYPE_SAME_MODE_UNKNOWN, a.mode === b.mode ? `same (${a.type})` : `same (${a.type}), mode ${a.mode ?? b.mode} in one`);
  }
  if (modeFamily(a.mode) === modeFamily(b.mode)) return evidence(TYPE_SAME, a.mode === b.mode ? `same (${a.type} ${a.mode})` : `same (${a.type}), modes ${a.mode} / ${b.mode} alike`);
  if (!MODES_MAY_DIFFER.has(a.type)) return veto(() => `same (${a.type}), different kinds (${a.mode} / ${b.mode})`);
  return evidence(TYPE_SAME_OTHER_MODE, () => `same (${a.type}), modes differ (${a.mode} / ${b.mode})`);
}
