import type { EventReport } from "../records.js";
import { evidence, veto, type FieldComparison } from "./field-comparison.js";
import { MERGE_BACKGROUND_INTO_RECENT, MODALITY_GROUP } from "./heuristics.js";

/** Modality and background: never a score, only a veto when one report tells what happened and the other what did not, might or will. */
export function compareModality(a: Pick<EventReport, "modality" | "background">, b: Pick<EventReport, "modality" | "background">): FieldComparison {
  const ga = MODALITY_GROUP[a.modality] ?? a.modality;
  const gb = MODALITY_GROUP[b.modality] ?? b.modality;
  if (ga !== gb) return veto(() => `${a.modality} vs ${b.modality}`);
  if (a.background !== b.background && !MERGE_BACKGROUND_INTO_RECENT) return veto("background vs recent");
  return evidence(0, a.modality === b.modality ? `both ${a.modality}${a.background ? " (background)" : ""}` : `${a.modality} / ${b.modality}`);
}
