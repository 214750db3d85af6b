import { annotationById, type Document } from "../../core/index.js";
import { clip, sentenceAround, type ScoredError } from "../sampled-errors.js";
import type { GoldFiller } from "./collect-gold-fillers.js";
import type { PredictedFiller } from "./collect-predicted-fillers.js";
import type { SlotOutcome } from "./score-document-slots.js";

/**
 * A MUC-4 document's errors in the shared shape: missed and spurious fillers per slot, and death
 * counts that match the key's slot but not its number (what the analyst view counts as wrong).
 * Evidence: the sentence of the predicted filler's first event, or where the gold filler's first
 * alternative occurs in the text (MUC keys quote the text, in capitals).
 */
export function incidentErrors(id: string, doc: Document | null, outcomes: readonly SlotOutcome[]): ScoredError[] {
  const out: ScoredError[] = [];
  const text = doc?.text ?? "";
  const lower = text.toLowerCase();
  const eventEvidence = (p: PredictedFiller | undefined): string => {
    const e = doc && p ? annotationById(doc, "event", p.events[0] ?? null) : null;
    return e ? sentenceAround(text, e.data.evidence) : "";
  };
  const goldEvidence = (g: GoldFiller | undefined): string => {
    for (const alt of g?.alternatives ?? []) {
      const at = alt.length > 2 ? lower.indexOf(alt.toLowerCase()) : -1;
      if (at >= 0) return sentenceAround(text, { start: at, end: at + alt.length });
    }
    return "";
  };
  const predicted = (p: PredictedFiller | undefined) => (p ? `${clip(p.values.slice(0, 3).join(" | "))}${p.count != null ? ` (count ${p.count})` : ""}${p.triggers.length ? ` [${p.triggers.slice(0, 3).join(", ")}]` : ""}` : "");
  const gold = (g: GoldFiller | undefined) => (g ? `${clip(g.alternatives.slice(0, 3).join(" | "))}${g.count != null ? ` (count ${g.count})` : ""}` : "");
  // A filler the key does not quote (deaths: "DEATH") sits where the key's victims are named.
  const victims = outcomes.filter((o) => o.slot === "humTarget" && o.gold).map((o) => goldEvidence(o.gold)).find(Boolean) ?? "";
  for (const o of outcomes) {
    const countDiffers = o.slot === "deaths" && o.kind === "tp" && o.gold?.count != null && o.predicted?.count != null && o.gold.count !== o.predicted.count;
    if (o.kind === "tp" && !countDiffers) continue;
    out.push({
      doc: id,
      field: `${o.slot} ${countDiffers ? "count wrong" : o.kind === "fn" ? "missed" : "spurious"}`,
      gold: gold(o.gold),
      predicted: predicted(o.predicted),
      evidence: eventEvidence(o.predicted) || goldEvidence(o.gold) || victims,
    });
  }
  return out;
}
