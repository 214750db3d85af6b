import { sentenceAround, type ScoredError } from "../sampled-errors.js";
import type { ScoredEvent } from "./match-events.js";
import type { Span } from "../../core/index.js";
import type { CorpusScore } from "./score-event-corpus.js";

/**
 * The errors of an event-argument corpus (WikiEvents, RAMS) in the shared shape: missed gold
 * events, predictions splitting a happening or matching nothing, and missed or spurious arguments
 * of matched events. Read from the scorer's outcomes; the scoring itself is not touched.
 */
export function eventCorpusErrors(score: CorpusScore): ScoredError[] {
  const out: ScoredError[] = [];
  for (const d of score.outcomes) {
    const m = d.matching;
    const at = (e: ScoredEvent) => sentenceAround(d.text, e.evidence ?? e.trigger);
    const trigger = (e: ScoredEvent) => d.text.slice(e.trigger.start, e.trigger.end);
    for (const g of m.missed) out.push({ doc: d.id, field: `event ${g.family} missed`, gold: `${g.family} "${trigger(g)}"`, predicted: "", evidence: sentenceAround(d.text, g.trigger) });
    for (const p of m.splits) out.push({ doc: d.id, field: `event ${p.family} split (a happening told twice)`, gold: "", predicted: d.describe(p.id), evidence: at(p) });
    for (const p of m.unmatched) out.push({ doc: d.id, field: `event ${p.family} matching no gold event`, gold: goldBeside(d.text, d.goldEvents ?? [], p.evidence ?? p.trigger), predicted: d.describe(p.id), evidence: at(p) });
    const goldEvents = new Map([...m.pairs.map((p) => p.gold), ...m.missed].map((g) => [g.id, g]));
    for (const o of d.args) {
      if (o.kind === "tp") continue;
      const owner = o.goldEvent ? goldEvents.get(o.goldEvent) : undefined;
      const span = o.gold?.mentions[0] ?? o.predicted?.mentions[0] ?? owner?.trigger;
      out.push({
        doc: d.id,
        field: `argument ${o.group} ${o.kind === "fn" ? "missed" : "spurious"}`,
        gold: o.gold ? `${o.gold.text}${owner ? ` (of ${owner.family} "${trigger(owner)}")` : ""}` : "",
        predicted: o.predicted ? `${o.predicted.text}${o.predictedEvent ? ` (of ${d.describe(o.predictedEvent).split(" in: ")[0]})` : ""}` : "",
        evidence: span ? sentenceAround(d.text, span) : "",
      });
    }
  }
  return out;
}

/**
 * What the gold annotates in a prediction's sentence, of any type (scored or not), for a prediction
 * that matches no gold event: "Life.Die.Unspecified \"killed\"" beside an unmatched attack tells
 * that the corpus annotated the death and not the attack; "none" that it annotated nothing there.
 * This is how unmatched predictions are sorted into the gold's gaps and sitrep's inventions.
 */
export function goldBeside(text: string, gold: readonly { readonly type: string; readonly trigger: Span }[], sentence: Span): string {
  const near = gold.filter((g) => g.trigger.start < sentence.end && g.trigger.end > sentence.start);
  return near.length ? `none; in its sentence the gold has ${near.map((g) => `${g.type} "${text.slice(g.trigger.start, g.trigger.end)}"`).join(", ")}` : "none; no gold event in its sentence";
}
