import type { ActorKind, EntityType, PartyType, Span } from "../../core/index.js";
import type { DictionaryEntry } from "./actor-dictionary.js";

/** One actor while the stage assembles it; merged builders forward to their survivor. */
export interface ActorBuilder {
  readonly key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  title: string | null;
  /** The builder this actor belongs to (its organisation or government). */
  affiliation: ActorBuilder | null;
  entry: DictionaryEntry | null;
  entityType: EntityType | null;
  readonly mentions: (Span & { readonly text: string })[];
  readonly rules: Set<string>;
  /** Lower-cased name tokens of a person, honorifics dropped. */
  nameTokens: string[] | null;
  /** Head word of an unnamed person ("official"), for "the official" later. */
  descriptorHead: string | null;
  /** Set for an actor the text presents as governing ("the Taliban regime"). */
  governing: boolean;
  /** Span used for an actor with no mention of its own (an inferred affiliation). */
  evidence: Span | null;
  mergedInto: ActorBuilder | null;
  /** The ACLED-style kind of party a description gave ("gunmen": UAF), when it did. */
  partyType: PartyType | null;
}

export function createBuilder(key: string, init: Partial<ActorBuilder> & Pick<ActorBuilder, "name" | "kind">): ActorBuilder {
  return {
    key,
    country: null,
    title: null,
    affiliation: null,
    entry: null,
    entityType: null,
    mentions: [],
    rules: new Set(),
    nameTokens: null,
    descriptorHead: null,
    governing: false,
    evidence: null,
    mergedInto: null,
    partyType: null,
    ...init,
  };
}

export function resolveBuilder(b: ActorBuilder): ActorBuilder {
  let cur = b;
  while (cur.mergedInto) cur = cur.mergedInto;
  return cur;
}

export function addMention(b: ActorBuilder, span: Span, text: string, rule: string): void {
  const target = resolveBuilder(b);
  if (!hasMention(target, span)) target.mentions.push({ start: span.start, end: span.end, text });
  target.rules.add(rule);
}

/**
 * Merges `from` into `into`. A dictionary actor keeps its identity; a person keeps the longer name.
 */
export function mergeBuilders(into: ActorBuilder, from: ActorBuilder, rule: string): ActorBuilder {
  let a = resolveBuilder(into);
  let b = resolveBuilder(from);
  if (a === b) return a;
  if (!a.entry && b.entry) [a, b] = [b, a];
  for (const m of b.mentions) if (!hasMention(a, m)) a.mentions.push(m);
  for (const r of b.rules) a.rules.add(r);
  a.rules.add(rule);
  if (!a.entry && b.nameTokens && a.nameTokens && b.nameTokens.length > a.nameTokens.length) {
    a.name = b.name;
    a.nameTokens = b.nameTokens;
  }
  a.country ??= b.country;
  a.title ??= b.title;
  a.affiliation ??= b.affiliation;
  a.entityType ??= b.entityType;
  a.governing ||= b.governing;
  a.partyType ??= b.partyType;
  b.mergedInto = a;
  return a;
}

/**
 * What the stage asks of an actor's mentions again and again (is this span already one, the latest
 * mention, the latest before an offset), kept up to date as mentions are appended: a scan of every
 * mention for each question was quadratic in a long text that names one actor thousands of times
 * (and `Math.max(...mentions)` overflows the call stack past ~100,000 of them).
 */
interface MentionStats {
  synced: number;
  readonly keys: Set<string>;
  /** Mention ends, ascending. */
  readonly ends: number[];
  minStart: number;
  maxStart: number;
}

const mentionStats = new WeakMap<ActorBuilder, MentionStats>();

function statsOf(b: ActorBuilder): MentionStats {
  let s = mentionStats.get(b);
  if (!s) mentionStats.set(b, (s = { synced: 0, keys: new Set(), ends: [], minStart: Infinity, maxStart: -Infinity }));
  // Mentions are only ever appended: take in the ones added since the last question.
  for (; s.synced < b.mentions.length; s.synced++) {
    const m = b.mentions[s.synced]!;
    s.keys.add(`${m.start}:${m.end}`);
    s.ends.splice(upperBound(s.ends, m.end), 0, m.end);
    s.minStart = Math.min(s.minStart, m.start);
    s.maxStart = Math.max(s.maxStart, m.start);
  }
  return s;
}

/** Index of the first value above x in an ascending array. */
function upperBound(values: readonly number[], x: number): number {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasMention(b: ActorBuilder, span: Span): boolean {
  return statsOf(b).keys.has(`${span.start}:${span.end}`);
}

/** The latest end of a mention (-Infinity without one, as `Math.max()` of none). */
export function lastMentionEnd(b: ActorBuilder): number {
  const { ends } = statsOf(b);
  return ends.length > 0 ? ends[ends.length - 1]! : -Infinity;
}

/** The latest end of a mention ending at or before `offset`, or -1. */
export function lastMentionEndBefore(b: ActorBuilder, offset: number): number {
  const { ends } = statsOf(b);
  const k = upperBound(ends, offset);
  return k > 0 ? ends[k - 1]! : -1;
}

/** The earliest and the latest start of a mention (Infinity and -Infinity without one). */
export function mentionStartRange(b: ActorBuilder): { readonly first: number; readonly last: number } {
  const s = statsOf(b);
  return { first: s.minStart, last: s.maxStart };
}
