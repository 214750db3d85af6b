import type { GoldFiller } from "./collect-gold-fillers.js";
import type { PredictedFiller } from "./collect-predicted-fillers.js";
import { matchDate, matchLocation, matchString } from "./match-slot.js";
import { INCIDENT_SLOTS, type IncidentSlot } from "./slot-names.js";

export interface SlotCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** A pairing for the error report: a gold filler with the prediction that matched it, or either alone. */
export interface SlotOutcome {
  readonly slot: IncidentSlot;
  readonly kind: "tp" | "fp" | "fn";
  readonly gold?: GoldFiller;
  readonly predicted?: PredictedFiller;
}

export function fillerMatches(slot: IncidentSlot, p: PredictedFiller, g: GoldFiller): boolean {
  switch (slot) {
    case "type":
      return p.values.some((v) => g.alternatives.includes(v));
    case "date":
      return matchDate(p.values[0] ?? null, g.alternatives);
    case "location":
      return matchLocation(p.values, g.alternatives);
    case "deaths":
      return true;
    default:
      return matchString(p.values, g.alternatives);
  }
}

/** Maximum one-to-one matching (Kuhn's augmenting paths; the sets are tiny). Required gold fillers are tried first. */
function matchOneToOne(slot: IncidentSlot, preds: readonly PredictedFiller[], golds: readonly GoldFiller[]): Map<number, number> {
  const goldOf = new Map<number, number>(); // pred index → gold index
  const predOf = new Map<number, number>(); // gold index → pred index
  const order = golds.map((_, i) => i).sort((a, b) => Number(golds[a]!.optional) - Number(golds[b]!.optional));
  const tryGold = (gi: number, seen: Set<number>): boolean => {
    for (let pi = 0; pi < preds.length; pi++) {
      if (seen.has(pi) || !fillerMatches(slot, preds[pi]!, golds[gi]!)) continue;
      seen.add(pi);
      const holder = goldOf.get(pi);
      if (holder === undefined || tryGold(holder, seen)) {
        goldOf.set(pi, gi);
        predOf.set(gi, pi);
        return true;
      }
    }
    return false;
  };
  for (const gi of order) tryGold(gi, new Set());
  return predOf;
}

function scoreSlot(slot: IncidentSlot, preds: readonly PredictedFiller[], golds: readonly GoldFiller[], out: SlotOutcome[]): PredictedFiller[] {
  const predOf = matchOneToOne(slot, preds, golds);
  const used = new Set(predOf.values());
  golds.forEach((g, gi) => {
    const pi = predOf.get(gi);
    if (pi !== undefined) out.push({ slot, kind: "tp", gold: g, predicted: preds[pi]! });
    else if (!g.optional) out.push({ slot, kind: "fn", gold: g });
  });
  return preds.filter((_, pi) => !used.has(pi));
}

/**
 * Scores one document. Every slot is a set-to-set comparison; matched optional fillers count as
 * correct, unmatched ones are not missing. sitrep's single target role is scored against both
 * MUC target slots: a target that matches a physical target counts there, every other one is a
 * human target (correct or spurious).
 */
export function scoreDocumentSlots(preds: readonly PredictedFiller[], golds: readonly GoldFiller[]): SlotOutcome[] {
  const out: SlotOutcome[] = [];
  for (const slot of INCIDENT_SLOTS) {
    if (slot === "physTarget" || slot === "humTarget") continue;
    const rest = scoreSlot(slot, preds.filter((p) => p.slot === slot), golds.filter((g) => g.slot === slot), out);
    rest.forEach((p) => out.push({ slot, kind: "fp", predicted: p }));
  }
  const targets = preds.filter((p) => p.slot === "humTarget");
  const notPhysical = scoreSlot("physTarget", targets, golds.filter((g) => g.slot === "physTarget"), out);
  const spurious = scoreSlot("humTarget", notPhysical, golds.filter((g) => g.slot === "humTarget"), out);
  spurious.forEach((p) => out.push({ slot: "humTarget", kind: "fp", predicted: p }));
  return out;
}

export function countOutcomes(outcomes: readonly SlotOutcome[]): Map<IncidentSlot, SlotCounts> {
  const counts = new Map<IncidentSlot, SlotCounts>(INCIDENT_SLOTS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
  for (const o of outcomes) counts.get(o.slot)![o.kind]++;
  return counts;
}
