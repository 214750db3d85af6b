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
  if (!target.mentions.some((m) => m.start === span.start && m.end === span.end)) target.mentions.push({ start: span.start, end: span.end, text });
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
  for (const m of b.mentions) if (!a.mentions.some((x) => x.start === m.start && x.end === m.end)) a.mentions.push(m);
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
