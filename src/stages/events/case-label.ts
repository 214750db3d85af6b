import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EventData, LayerAnnotation } from "../../core/index.js";
import { FIRST_SENTENCE_RANK_BONUS, LATER_SENTENCE_RANK_PENALTY, SUBORDINATE_RANK_PENALTY, UNREAL_RANK_PENALTY } from "./heuristics.js";
import { readLexicon } from "../../lexicons/read-lexicon.js";
import type { EventsLexicons } from "./resources.js";

/**
 * sitrep events -> CASE 2021 task 2 labels, through data/mappings/case2021.tsv. The mapping is
 * data with a comment on each judgement call; the code only applies it in the documented order.
 */
export interface CaseMapping {
  readonly byContext: ReadonlyMap<string, string>;
  readonly byTypeMode: ReadonlyMap<string, string>;
  readonly byAcled: ReadonlyMap<string, string>;
  readonly byType: ReadonlyMap<string, string>;
  /** The label of a snippet where no event was found. */
  readonly none: string;
  readonly labels: ReadonlySet<string>;
}

const MAPPING_PATH = join(dirname(fileURLToPath(import.meta.url)), "../../../data/mappings/case2021.tsv");

export function loadCaseMapping(path: string = MAPPING_PATH): CaseMapping {
  const byContext = new Map<string, string>();
  const byTypeMode = new Map<string, string>();
  const byAcled = new Map<string, string>();
  const byType = new Map<string, string>();
  let none = "OTHER";
  const labels = new Set<string>();
  for (const r of readLexicon(path, ["match", "case_label"]).rows) {
    const match = r.match!;
    const label = r.case_label!;
    labels.add(label);
    const colon = match.indexOf(":");
    const kind = colon < 0 ? match : match.slice(0, colon);
    const value = colon < 0 ? "" : match.slice(colon + 1);
    if (kind === "context") byContext.set(value, label);
    else if (kind === "acled") byAcled.set(value, label);
    else if (kind === "type" && value.includes("/")) byTypeMode.set(value, label);
    else if (kind === "type") byType.set(value, label);
    else if (kind === "none") none = label;
    else throw new Error(`case2021 mapping row ${r.id}: unknown match "${match}"`);
  }
  return { byContext, byTypeMode, byAcled, byType, none, labels };
}

/** The CASE label of one event: context rows, then type/mode, then ACLED sub-type, then type. */
export function labelEvent(e: EventData, mapping: CaseMapping): string {
  for (const c of e.contexts ?? []) {
    const l = mapping.byContext.get(c);
    if (l) return l;
  }
  const tm = mapping.byTypeMode.get(`${e.type}/${e.mode ?? ""}`);
  if (tm) return tm;
  if (e.acled) {
    const a = mapping.byAcled.get(e.acled.subEventType);
    if (a) return a;
  }
  return mapping.byType.get(e.type) ?? mapping.none;
}

/** Sentence index of an event, from the evidence start among the sentence starts. */
function sentenceOf(e: LayerAnnotation<"event">, sentenceStarts: readonly number[]): number {
  let k = 0;
  while (k + 1 < sentenceStarts.length && sentenceStarts[k + 1]! <= e.data.evidence.start) k++;
  return k;
}

/**
 * A snippet's main event: the most specific trigger (lexicon rank), favouring the lead sentence,
 * where news states what happened, and main clauses over context clauses; events that did not
 * (or not yet) happen rank lower; on a tie, the first in the text.
 */
export function pickMainEvent(events: readonly LayerAnnotation<"event">[], sentenceStarts: readonly number[], lex: EventsLexicons): LayerAnnotation<"event"> | null {
  const rankOf = new Map(lex.triggers.map((t) => [t.id, t.minor ? 1 : t.rank]));
  let best: LayerAnnotation<"event"> | null = null;
  let bestScore = -Infinity;
  for (const e of events) {
    const rowId = e.source.rule.split("+")[0]!;
    const k = sentenceOf(e, sentenceStarts);
    let score = (rankOf.get(rowId) ?? 1) + (k === 0 ? FIRST_SENTENCE_RANK_BONUS : -LATER_SENTENCE_RANK_PENALTY * k);
    if (e.data.contexts?.includes("subordinate")) score -= SUBORDINATE_RANK_PENALTY;
    if (e.data.modality !== "asserted" || e.data.background) score -= UNREAL_RANK_PENALTY;
    if (score > bestScore || (score === bestScore && best && e.start < best.start)) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}
