import type { GoldFiller } from "./collect-gold-fillers.js";
import type { PredictedFiller } from "./collect-predicted-fillers.js";
import { fillerMatches } from "./score-document-slots.js";
import type { IncidentSlot } from "./slot-names.js";

/**
 * The fields the way an analyst reads them, per relevant document: is sitrep's first answer right?
 * For perpetrator, human target, location and date: the first predicted filler (from sitrep's first
 * incident event that has one) matches one of the key's fillers of that slot; a document counts
 * when its key has a required filler for the slot. Deaths: on documents whose key gives a number
 * of dead, sitrep's summed death count equals it exactly. Document level, like the slot scoring
 * (docs/eval/muc4.md): a document with two incidents is right when the first answer fits either.
 */
export const ANALYST_FIELDS = ["perpOrg", "humTarget", "location", "date"] as const satisfies readonly IncidentSlot[];

export interface FieldTally {
  right: number;
  documents: number;
}

export interface AnalystTallies {
  readonly fields: Record<(typeof ANALYST_FIELDS)[number] | "deaths", FieldTally>;
}

export function tallyAnalystFields(docs: readonly { relevant: boolean; gold: readonly GoldFiller[]; predicted: readonly PredictedFiller[] }[]): AnalystTallies {
  const fields = { perpOrg: { right: 0, documents: 0 }, humTarget: { right: 0, documents: 0 }, location: { right: 0, documents: 0 }, date: { right: 0, documents: 0 }, deaths: { right: 0, documents: 0 } };
  for (const d of docs) {
    if (!d.relevant) continue;
    for (const slot of ANALYST_FIELDS) {
      const golds = d.gold.filter((g) => g.slot === slot);
      if (!golds.some((g) => !g.optional)) continue;
      fields[slot].documents++;
      const first = d.predicted.find((p) => p.slot === slot);
      if (first && golds.some((g) => fillerMatches(slot, first, g))) fields[slot].right++;
    }
    const dead = d.gold.filter((g) => g.slot === "deaths");
    if (dead.length === 0 || dead.some((g) => g.count == null)) continue;
    const goldCount = dead.reduce((s, g) => s + (g.count ?? 0), 0);
    fields.deaths.documents++;
    const predicted = d.predicted.find((p) => p.slot === "deaths")?.count ?? null;
    if (predicted === goldCount) fields.deaths.right++;
  }
  return { fields };
}
