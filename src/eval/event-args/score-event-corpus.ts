import { writeFileSync } from "node:fs";
import type { Span } from "../../core/index.js";
import { prf, PrfCounter, type Prf } from "../metrics.js";
import { formatTable, pct, PRF_HEADER, prfRow } from "../report.js";
import { analyseCorpusText } from "./analyse-corpus-text.js";
import { ARGUMENT_GROUPS, corpusFamily, corpusRoleGroup, loadFamilyRows, type ArgumentGroup, type CorpusMapping } from "./event-family-mapping.js";
import { coverHappenings, matchEvents, scoreDocumentArguments, type ArgumentOutcome, type EventArgument, type EventMatching, type ScoredEvent } from "./match-events.js";
import { describeEvent, predictedEvents } from "./predicted-events.js";
import { headOf } from "./head-word.js";

/** A corpus document with gold events in characters of `text` (the detokenised tokens). */
export interface GoldEventDocument {
  readonly id: string;
  readonly text: string;
  readonly events: readonly GoldEventMention[];
}

export interface GoldEventMention {
  readonly id: string;
  readonly type: string;
  readonly trigger: Span;
  readonly arguments: readonly { readonly role: string; readonly mentions: readonly Span[]; readonly text: string; readonly entity: string }[];
}

export interface CorpusScoringOptions {
  readonly corpus: string;
  readonly mapping: CorpusMapping;
  /** Event type -> its roles (the corpus's meta.json). */
  readonly typeRoles: ReadonlyMap<string, readonly string[]>;
  /**
   * false when only some events of a text are annotated (RAMS: one per window): predictions that
   * match no gold event are not counted as errors, and event precision is not reported.
   */
  readonly exhaustive: boolean;
  readonly predictions?: string;
}

export interface DocumentOutcome {
  readonly id: string;
  readonly text: string;
  readonly matching: EventMatching;
  /** The same matching over every telling (mention detection), for error analysis. */
  readonly tellings: EventMatching;
  readonly args: readonly ArgumentOutcome[];
  readonly describe: (predictedId: string) => string;
  /** Every gold event of the text with its corpus type, scored families or not (error listings show what the gold has beside a prediction). */
  readonly goldEvents?: readonly { readonly type: string; readonly trigger: Span }[];
  readonly failed?: string;
}

export interface CorpusScore {
  readonly documents: number;
  readonly goldInScope: number;
  readonly goldOutOfScope: number;
  readonly events: PrfCounter;
  /** The same matching over every telling of each predicted event (its mentions), not one per event. */
  readonly mentions: PrfCounter;
  /** Arguments per telling (the corpus annotates each mention with its arguments), head-word match: the corpora's published rule. */
  readonly args: PrfCounter;
  /** The scorer's first rule, for comparison: arguments per predicted event (one to one with gold mentions), any span overlap. */
  readonly argsEventOverlap: PrfCounter;
  /** Arguments per predicted event, head-word match: what the head rule alone changes. */
  readonly argsEventHead: PrfCounter;
  readonly triggerMatches: number;
  readonly sentenceMatches: number;
  readonly splits: number;
  readonly unmatched: number;
  /** Gold events whose trigger lies in text the clean stage removed (a headline moved to the title, boilerplate). */
  readonly goldInRemovedText: number;
  /** The happening-level view (coverHappenings), summed over documents. */
  readonly happenings: { goldCovered: number; gold: number; predictedCorrect: number; predicted: number; redundant: number };
  readonly failures: readonly string[];
  readonly outcomes: readonly DocumentOutcome[];
  readonly families: readonly string[];
  readonly ms: number;
}

/** The argument groups the corpus has per family, from its type -> roles list. */
export function familyGroups(mapping: CorpusMapping, typeRoles: ReadonlyMap<string, readonly string[]>): Map<string, Set<ArgumentGroup>> {
  const out = new Map<string, Set<ArgumentGroup>>();
  for (const [type, roles] of typeRoles) {
    const family = corpusFamily(mapping, type);
    if (!family) continue;
    const set = out.get(family) ?? new Set<ArgumentGroup>();
    for (const r of roles) {
      const g = corpusRoleGroup(mapping, r);
      if (g) set.add(g);
    }
    out.set(family, set);
  }
  return out;
}

/** The head word of every argument mention (head-word.ts), for head-word matching. */
function withHeads(text: string, events: readonly ScoredEvent[]): ScoredEvent[] {
  return events.map((e) => ({ ...e, arguments: e.arguments.map((a) => ({ ...a, heads: a.mentions.map((m) => headOf(text, m)) })) }));
}

/** Gold events of the scored families, with their arguments grouped (one per entity and group). */
export function goldScoredEvents(doc: GoldEventDocument, mapping: CorpusMapping): { scored: ScoredEvent[]; outOfScope: number } {
  const scored: ScoredEvent[] = [];
  let outOfScope = 0;
  for (const e of doc.events) {
    const family = corpusFamily(mapping, e.type);
    if (!family) { outOfScope++; continue; }
    const args: EventArgument[] = [];
    const seen = new Set<string>();
    for (const a of e.arguments) {
      const group = corpusRoleGroup(mapping, a.role);
      if (!group || seen.has(`${group}\u0000${a.entity}`)) continue;
      seen.add(`${group}\u0000${a.entity}`);
      args.push({ group, mentions: a.mentions, text: a.text });
    }
    scored.push({ id: e.id, family, trigger: e.trigger, arguments: args });
  }
  return { scored, outOfScope };
}

export function scoreEventCorpus(docs: readonly GoldEventDocument[], opts: CorpusScoringOptions): CorpusScore {
  const rows = loadFamilyRows();
  const groups = familyGroups(opts.mapping, opts.typeRoles);
  const events = new PrfCounter();
  const mentions = new PrfCounter();
  const args = new PrfCounter();
  const argsEventOverlap = new PrfCounter();
  const argsEventHead = new PrfCounter();
  const outcomes: DocumentOutcome[] = [];
  const failures: string[] = [];
  let goldInScope = 0, goldOutOfScope = 0, triggerMatches = 0, sentenceMatches = 0, splits = 0, unmatched = 0;
  let goldInRemovedText = 0;
  const happenings = { goldCovered: 0, gold: 0, predictedCorrect: 0, predicted: 0, redundant: 0 };
  const t0 = performance.now();
  for (const d of docs) {
    const gold = goldScoredEvents(d, opts.mapping);
    gold.scored = withHeads(d.text, gold.scored);
    goldInScope += gold.scored.length;
    goldOutOfScope += gold.outOfScope;
    const run = analyseCorpusText(d.text, d.id);
    if (run.failed) failures.push(`${d.id}: ${run.failed}`);
    const removed = (run.doc?.removed ?? []).filter((r) => r.rawStart !== undefined).map((r) => ({ start: r.rawStart!, end: r.rawStart! + r.text.length }));
    goldInRemovedText += gold.scored.filter((g) => removed.some((r) => r.start <= g.trigger.start && g.trigger.end <= r.end)).length;
    const predicted = withHeads(d.text, run.doc ? predictedEvents({ doc: run.doc, toCorpus: run.toCorpus, rows, groups }) : []);
    const all = matchEvents(gold.scored, predicted);
    const h = coverHappenings(gold.scored, predicted);
    happenings.goldCovered += h.goldCovered;
    happenings.gold += h.gold;
    happenings.predictedCorrect += h.predictedCorrect;
    // Where only some events are annotated, only the predictions that tell a gold event say anything.
    happenings.predicted += opts.exhaustive ? h.predicted : h.predictedCorrect;
    happenings.redundant += h.redundant;
    // Where only some events are annotated, predictions away from every gold trigger say nothing.
    const matching: EventMatching = opts.exhaustive ? all : { ...all, unmatched: [] };
    for (const p of matching.pairs) { events.add(p.gold.family, "tp"); if (p.kind === "trigger") triggerMatches++; else sentenceMatches++; }
    for (const g of matching.missed) events.add(g.family, "fn");
    for (const p of [...matching.splits, ...matching.unmatched]) events.add(p.family, "fp");
    splits += matching.splits.length;
    unmatched += matching.unmatched.length;
    const tellings = matchEvents(gold.scored, withHeads(d.text, run.doc ? predictedEvents({ doc: run.doc, toCorpus: run.toCorpus, rows, groups }, true) : []));
    for (const p of tellings.pairs) mentions.add(p.gold.family, "tp");
    for (const g of tellings.missed) mentions.add(g.family, "fn");
    for (const p of [...tellings.splits, ...(opts.exhaustive ? tellings.unmatched : [])]) mentions.add(p.family, "fp");
    // Each gold mention carries its own arguments, so each telling is scored with the event's
    // arguments (a merged event does not lose the arguments of its other tellings); where only some
    // events are annotated, tellings away from every gold trigger say nothing.
    const tellingMatching: EventMatching = opts.exhaustive ? tellings : { ...tellings, unmatched: [] };
    const argOutcomes = scoreDocumentArguments(tellingMatching, { rule: "head" });
    for (const o of argOutcomes) args.add(o.group, o.kind);
    for (const o of scoreDocumentArguments(matching, { rule: "overlap" })) argsEventOverlap.add(o.group, o.kind);
    for (const o of scoreDocumentArguments(matching, { rule: "head" })) argsEventHead.add(o.group, o.kind);
    const doc = run.doc;
    outcomes.push({ id: d.id, text: d.text, matching, tellings: tellingMatching, args: argOutcomes, describe: (id) => (doc ? describeEvent(doc, id) : id), goldEvents: d.events.map((e) => ({ type: e.type, trigger: e.trigger })), ...(run.failed ? { failed: run.failed } : {}) });
  }
  const score: CorpusScore = { documents: docs.length, goldInScope, goldOutOfScope, events, mentions, args, argsEventOverlap, argsEventHead, triggerMatches, sentenceMatches, splits, unmatched, goldInRemovedText, happenings, failures, outcomes, families: [...groups.keys()].sort(), ms: performance.now() - t0 };
  if (opts.predictions) writeFileSync(opts.predictions, outcomeLines(score).join("\n") + "\n");
  return score;
}

function snippet(text: string, s: Span, width = 60): string {
  const from = Math.max(0, s.start - width);
  const to = Math.min(text.length, s.end + width);
  return `${from > 0 ? "…" : ""}${text.slice(from, s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, to)}${to < text.length ? "…" : ""}`.replace(/\s+/g, " ");
}

/** One JSON line per event-level and argument-level outcome, for error analysis. */
export function outcomeLines(score: CorpusScore): string[] {
  const lines: string[] = [];
  for (const d of score.outcomes) {
    const m = d.matching;
    for (const p of m.pairs) lines.push(JSON.stringify({ doc: d.id, level: "event", kind: `tp-${p.kind}`, family: p.gold.family, gold: snippet(d.text, p.gold.trigger), predicted: d.describe(p.predicted.id) }));
    for (const g of m.missed) lines.push(JSON.stringify({ doc: d.id, level: "event", kind: "fn", family: g.family, gold: snippet(d.text, g.trigger) }));
    for (const p of m.splits) lines.push(JSON.stringify({ doc: d.id, level: "event", kind: "fp-split", family: p.family, predicted: d.describe(p.id), at: snippet(d.text, p.trigger) }));
    for (const p of m.unmatched) lines.push(JSON.stringify({ doc: d.id, level: "event", kind: "fp-unmatched", family: p.family, predicted: d.describe(p.id), at: snippet(d.text, p.trigger) }));
    const t = d.tellings;
    for (const p of t.pairs) lines.push(JSON.stringify({ doc: d.id, level: "mention", kind: `tp-${p.kind}`, family: p.gold.family, gold: snippet(d.text, p.gold.trigger), at: snippet(d.text, p.predicted.trigger) }));
    for (const g of t.missed) lines.push(JSON.stringify({ doc: d.id, level: "mention", kind: "fn", family: g.family, gold: snippet(d.text, g.trigger) }));
    for (const p of [...t.splits, ...t.unmatched]) lines.push(JSON.stringify({ doc: d.id, level: "mention", kind: t.splits.includes(p) ? "fp-split" : "fp-unmatched", family: p.family, at: snippet(d.text, p.trigger) }));
    for (const o of d.args) {
      lines.push(JSON.stringify({
        doc: d.id, level: "argument", kind: o.kind, group: o.group,
        gold: o.gold ? snippet(d.text, o.gold.mentions[0]!, 40) : undefined,
        goldText: o.gold?.text,
        predicted: o.predicted ? o.predicted.text : undefined,
        predictedAt: o.predicted ? o.predicted.mentions.map((s) => d.text.slice(s.start, s.end)).slice(0, 4) : undefined,
        goldEvent: o.goldEvent, predictedEvent: o.predictedEvent ? d.describe(o.predictedEvent) : undefined,
      }));
    }
  }
  return lines;
}

export interface CorpusReport {
  readonly table: string;
  readonly eventPrf: Prf;
  readonly mentionPrf: Prf;
  /** Happening level: recall = gold mentions told by some prediction, precision = predictions telling some gold mention. */
  readonly happeningPrf: { precision: number; recall: number; f1: number };
  readonly argPrf: Prf;
  readonly argPrfWithoutInstrument: Prf;
  readonly perGroup: Record<string, { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }>;
}

export function reportEventCorpus(score: CorpusScore, opts: CorpusScoringOptions, header: string): CorpusReport {
  const eventPrf = score.events.micro();
  const hp = score.happenings;
  const hPrecision = hp.predicted ? hp.predictedCorrect / hp.predicted : 0;
  const hRecall = hp.gold ? hp.goldCovered / hp.gold : 0;
  const happeningPrf = { precision: hPrecision, recall: hRecall, f1: hPrecision + hRecall ? (2 * hPrecision * hRecall) / (hPrecision + hRecall) : 0 };
  const argPrf = score.args.micro();
  let tp = 0, fp = 0, fn = 0;
  for (const g of ARGUMENT_GROUPS) if (g !== "instrument") { const p = score.args.of(g); tp += p.tp; fp += p.fp; fn += p.fn; }
  const argPrfWithoutInstrument = prf(tp, fp, fn);
  const eventRows = score.events.labels().map((f) => prfRow(f, score.events.of(f)));
  eventRows.push(prfRow("micro", eventPrf));
  const argRows = ARGUMENT_GROUPS.filter((g) => score.args.labels().includes(g)).map((g) => prfRow(g, score.args.of(g)));
  argRows.push(prfRow("micro", argPrf), prfRow("micro w/o instrument", argPrfWithoutInstrument));
  const perGroup = Object.fromEntries(ARGUMENT_GROUPS.map((g) => { const p = score.args.of(g); return [g, { precision: pct(p.precision), recall: pct(p.recall), f1: pct(p.f1), tp: p.tp, fp: p.fp, fn: p.fn }]; }));
  const table = [
    header,
    `${score.documents} documents; gold events in the scored families: ${score.goldInScope} (${score.goldOutOfScope} of other types not scored), ${score.goldInRemovedText} of them in text the clean stage removed (headline, boilerplate); families: ${score.families.join(", ")}`,
    "event mentions (a prediction matches a gold event of its family when its trigger overlaps the gold trigger, or the gold trigger is in its evidence sentence; one to one):",
    formatTable(PRF_HEADER, eventRows),
    `matches by trigger overlap ${score.triggerMatches}, by sentence ${score.sentenceMatches}; one happening split into several predicted events: ${score.splits}; predicted events matching nothing: ${opts.exhaustive ? score.unmatched : "not counted (only one event per text is annotated)"}`,
    ((m) => `mention detection (every telling of each predicted event, its mentions, under the same matching): tp ${m.tp} fp ${m.fp} fn ${m.fn}, P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)}`)(score.mentions.micro()),
    ...(opts.exhaustive ? [] : ["(event precision is not meaningful here: other events in the text are not annotated; read the recall)"]),
    `happening level (many to one: a gold mention is found when any prediction of its family tells it, in any of its merged mentions): gold mentions found ${hp.goldCovered}/${hp.gold} (R ${pct(hRecall)})${opts.exhaustive ? `, predictions telling a gold mention ${hp.predictedCorrect}/${hp.predicted} (P ${pct(hPrecision)}), F1 ${pct(happeningPrf.f1)}` : ""}; redundant predictions (a happening told twice) ${hp.redundant}`,
    "arguments, per telling (each predicted telling carries its event's arguments, as each gold mention carries its own), head-word match (the head word of any mention of the predicted entity is the head word of any mention of the gold one, coreference included; one to one per matched pair):",
    formatTable(PRF_HEADER, argRows),
    ((a, b) => `the same per predicted event (one to one with gold mentions): head-word match F1 ${pct(b.f1)} (P ${pct(b.precision)} R ${pct(b.recall)}); span overlap, the scorer's first rule, F1 ${pct(a.f1)} (P ${pct(a.precision)} R ${pct(a.recall)})`)(score.argsEventOverlap.micro(), score.argsEventHead.micro()),
    `${(score.ms / Math.max(1, score.documents)).toFixed(1)} ms/document${score.failures.length ? `; failures: ${score.failures.length}: ${score.failures.slice(0, 3).join("; ")}` : ""}`,
  ].join("\n");
  return { table, eventPrf, mentionPrf: score.mentions.micro(), happeningPrf, argPrf, argPrfWithoutInstrument, perGroup };
}

/**
 * The figures both event-argument scorers report for a corpus (argument P/R/F1, mentions,
 * happenings, splits), as percentages; each scorer adds what its corpus can measure.
 */
export function summariseEventCorpus(score: CorpusScore, r: CorpusReport) {
  return {
    argPrecision: pct(r.argPrf.precision),
    argRecall: pct(r.argPrf.recall),
    argF1: pct(r.argPrf.f1),
    argF1WithoutInstrument: pct(r.argPrfWithoutInstrument.f1),
    argF1EventOverlap: pct(score.argsEventOverlap.micro().f1),
    argF1EventHead: pct(score.argsEventHead.micro().f1),
    perGroup: r.perGroup,
    mentionF1: pct(r.mentionPrf.f1),
    mentionRecall: pct(r.mentionPrf.recall),
    happeningRecall: pct(r.happeningPrf.recall),
    redundant: score.happenings.redundant,
    goldInRemovedText: score.goldInRemovedText,
    splits: score.splits,
    documents: score.documents,
    families: score.families,
    pipelineFailures: score.failures.length,
    table: r.table,
  };
}
