import { spansOverlap, spanContains, type Span } from "../../core/span.js";
import type { ArgumentGroup } from "./event-family-mapping.js";

/**
 * Matching of predicted events to gold events, and of their arguments, for the event-argument
 * scorers. Offsets are characters of the corpus text. The rules (docs/eval/event-arguments.md):
 *
 * - a predicted event can match a gold event of the same family when its trigger overlaps the gold
 *   trigger ("trigger" match) or when the gold trigger lies inside its evidence sentence ("sentence" match);
 * - events are matched one to one, trigger matches first, then the nearest triggers;
 * - a predicted event left over that could have matched an already matched gold event is a "split"
 *   (one happening reported as several events); one that could match nothing is "unmatched";
 * - an argument is an entity given as all its mentions (the gold argument with its coreference
 *   cluster, sitrep's actor with all its mentions); a predicted argument matches a gold one of the
 *   same group when any of their mentions overlap, one to one within a matched pair of events.
 */
export interface EventArgument {
  readonly group: ArgumentGroup;
  /** Every mention of the entity; the first is the one the event names (the gold argument's own span). */
  readonly mentions: readonly Span[];
  readonly text: string;
  /** The head word of each mention (head-word matching, head-word.ts), when the scorer has computed them. */
  readonly heads?: readonly Span[];
}

export interface ScoredEvent {
  readonly id: string;
  readonly family: string;
  readonly trigger: Span;
  /** The predicted event's evidence sentence (unused for gold events). */
  readonly evidence?: Span;
  /** Other tellings of a predicted event merged into it (their triggers and sentences), when the events stage lists them. */
  readonly mentions?: readonly { readonly trigger: Span; readonly evidence?: Span }[];
  readonly arguments: readonly EventArgument[];
}

export type MatchKind = "trigger" | "sentence";

export interface EventPair {
  readonly gold: ScoredEvent;
  readonly predicted: ScoredEvent;
  readonly kind: MatchKind;
}

export interface EventMatching {
  readonly pairs: readonly EventPair[];
  readonly missed: readonly ScoredEvent[];
  /** Predicted events that could only have matched a gold event another prediction already took. */
  readonly splits: readonly ScoredEvent[];
  /** Predicted events with no gold event of their family in reach. */
  readonly unmatched: readonly ScoredEvent[];
}

/** Where a predicted event is told: its own trigger and sentence, then those of the mentions merged into it. */
function tellings(p: ScoredEvent): readonly { readonly trigger: Span; readonly evidence?: Span }[] {
  return [{ trigger: p.trigger, evidence: p.evidence }, ...(p.mentions ?? [])];
}

export function matchKind(predicted: ScoredEvent, gold: ScoredEvent): MatchKind | null {
  if (predicted.family !== gold.family) return null;
  const told = tellings(predicted);
  if (told.some((t) => spansOverlap(t.trigger, gold.trigger))) return "trigger";
  if (told.some((t) => t.evidence && spanContains(t.evidence, gold.trigger))) return "sentence";
  return null;
}

export interface HappeningCoverage {
  /** Gold mentions told by some predicted event of their family (many to one). */
  readonly goldCovered: number;
  readonly gold: number;
  /** Predicted events telling at least one gold mention. */
  readonly predictedCorrect: number;
  readonly predicted: number;
  /** Predicted events whose gold mentions are all told by other predicted events kept before them: one happening reported twice. */
  readonly redundant: number;
}

/**
 * The happening-level view: the gold annotates every mention of an event ("the blast", "the
 * explosion"), while sitrep reports one event per happening with its mentions merged. Here a gold
 * mention is found when any predicted event of its family tells it, and a predicted event is right
 * when it tells any gold mention; predicted events that add no gold mention beyond those of the
 * events kept before them (most gold mentions first) are redundant.
 */
export function coverHappenings(gold: readonly ScoredEvent[], predicted: readonly ScoredEvent[]): HappeningCoverage {
  const tells = predicted.map((p) => gold.map((g, gi) => (matchKind(p, g) ? gi : -1)).filter((gi) => gi >= 0));
  const covered = new Set(tells.flat());
  const order = predicted.map((_, i) => i).filter((i) => tells[i]!.length > 0).sort((a, b) => tells[b]!.length - tells[a]!.length || a - b);
  const kept = new Set<number>();
  let redundant = 0;
  for (const i of order) {
    if (tells[i]!.every((gi) => kept.has(gi))) redundant++;
    else tells[i]!.forEach((gi) => kept.add(gi));
  }
  return { goldCovered: covered.size, gold: gold.length, predictedCorrect: order.length, predicted: predicted.length, redundant };
}

export function matchEvents(gold: readonly ScoredEvent[], predicted: readonly ScoredEvent[]): EventMatching {
  const candidates: { g: number; p: number; kind: MatchKind; distance: number }[] = [];
  predicted.forEach((p, pi) => gold.forEach((g, gi) => {
    const kind = matchKind(p, g);
    if (kind) candidates.push({ g: gi, p: pi, kind, distance: Math.abs(p.trigger.start - g.trigger.start) });
  }));
  candidates.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "trigger" ? -1 : 1) || a.distance - b.distance || a.p - b.p || a.g - b.g);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: EventPair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.g) || predTaken.has(c.p)) continue;
    goldTaken.add(c.g);
    predTaken.add(c.p);
    pairs.push({ gold: gold[c.g]!, predicted: predicted[c.p]!, kind: c.kind });
  }
  const reachable = new Set(candidates.map((c) => c.p));
  const splits: ScoredEvent[] = [];
  const unmatched: ScoredEvent[] = [];
  predicted.forEach((p, pi) => {
    if (predTaken.has(pi)) return;
    (reachable.has(pi) ? splits : unmatched).push(p);
  });
  return { pairs, missed: gold.filter((_, gi) => !goldTaken.has(gi)), splits, unmatched };
}

export interface ArgumentOutcome {
  readonly group: ArgumentGroup;
  readonly kind: "tp" | "fp" | "fn";
  readonly gold?: EventArgument;
  readonly predicted?: EventArgument;
  /** The events the argument belongs to (gold id, predicted id). */
  readonly goldEvent?: string;
  readonly predictedEvent?: string;
}

/**
 * How two argument mentions are compared: "head" (the head words are the same token, as the
 * corpora's papers score arguments: WikiEvents head F1, RAMS head F1) or "overlap" (any overlap of
 * the spans: the scorer's first rule, more lenient, kept for comparison).
 */
export type ArgumentMatchRule = "head" | "overlap";

export function argumentsMatch(a: EventArgument, b: EventArgument, rule: ArgumentMatchRule = "overlap"): boolean {
  if (a.group !== b.group) return false;
  const am = rule === "head" ? a.heads ?? a.mentions : a.mentions;
  const bm = rule === "head" ? b.heads ?? b.mentions : b.mentions;
  return am.some((m) => bm.some((n) => spansOverlap(m, n)));
}

/** One to one, per group, in the order given. */
export function scoreArguments(gold: readonly EventArgument[], predicted: readonly EventArgument[], goldEvent?: string, predictedEvent?: string, rule: ArgumentMatchRule = "overlap"): ArgumentOutcome[] {
  const out: ArgumentOutcome[] = [];
  const used = new Set<number>();
  for (const p of predicted) {
    const k = gold.findIndex((g, i) => !used.has(i) && argumentsMatch(p, g, rule));
    if (k >= 0) {
      used.add(k);
      out.push({ group: p.group, kind: "tp", gold: gold[k], predicted: p, goldEvent, predictedEvent });
    } else out.push({ group: p.group, kind: "fp", predicted: p, goldEvent, predictedEvent });
  }
  gold.forEach((g, i) => { if (!used.has(i)) out.push({ group: g.group, kind: "fn", gold: g, goldEvent, predictedEvent }); });
  return out;
}

/** Argument outcomes of a whole document: matched pairs compared; arguments of missed gold events are misses, of other predictions spurious. */
export function scoreDocumentArguments(m: EventMatching, options: { countUnpairedPredictions?: boolean; rule?: ArgumentMatchRule } = {}): ArgumentOutcome[] {
  const out: ArgumentOutcome[] = [];
  const rule = options.rule ?? "overlap";
  for (const pair of m.pairs) out.push(...scoreArguments(pair.gold.arguments, pair.predicted.arguments, pair.gold.id, pair.predicted.id, rule));
  for (const g of m.missed) out.push(...scoreArguments(g.arguments, [], g.id));
  if (options.countUnpairedPredictions ?? true) for (const p of [...m.splits, ...m.unmatched]) out.push(...scoreArguments([], p.arguments, undefined, p.id));
  return out;
}
