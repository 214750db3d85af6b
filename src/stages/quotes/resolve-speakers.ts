import type { Document } from "../../core/document.js";
import { layer } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { ANTECEDENT_MAX_SENTENCES } from "./heuristics.js";
import type { Attribution } from "./attribution.js";
import { hasRole, type QuoteContext } from "./quote-context.js";
import { entitiesOverlapping, entitiesStartingBefore } from "./entity-lookup.js";
import { createOverlapIndex } from "../../core/overlap-index.js";
import type { TokenRange } from "./source-phrases.js";

export type SpeakerKind = "person" | "group" | "org" | "unknown";

/** Who an attribution's source words refer to, and by which rule. */
export interface ResolvedSpeaker {
  readonly mention: Span;
  readonly mentionText: string;
  /** The fullest mention of the same speaker: the antecedent for a pronoun or descriptor. */
  readonly span: Span;
  readonly text: string;
  readonly actor: string | null;
  readonly rule: string;
}

interface Antecedent {
  readonly span: Span;
  readonly text: string;
  readonly kind: SpeakerKind;
  readonly sentence: number;
  /** Lower-case proper-name words, for "Muttaqi" -> "Amir Khan Muttaqi". */
  readonly names: readonly string[];
}

export interface ActorIndex {
  actorAt(span: Span): string | null;
  /** Person actors mentioned before an offset, latest first. */
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly actor: string; readonly kind: string; readonly label: string }[];
}

export function buildActorIndex(doc: Document): ActorIndex {
  const mentions: { start: number; end: number; actor: string; kind: string; label: string }[] = [];
  for (const a of layer(doc, "actor")) {
    const label = `${a.data.name} ${a.data.title ?? ""}`.toLowerCase();
    for (const m of a.data.mentions) mentions.push({ start: m.start, end: m.end, actor: a.id, kind: a.data.kind, label });
  }
  mentions.sort((x, y) => x.start - y.start);
  const index = createOverlapIndex(mentions);
  return {
    mentions,
    actorAt(span: Span): string | null {
      let best: { actor: string; overlap: number } | null = null;
      for (const k of index.overlapping(span.start, span.end)) {
        const m = mentions[k]!;
        const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
        if (overlap > 0 && (!best || overlap > best.overlap)) best = { actor: m.actor, overlap };
      }
      return best?.actor ?? null;
    },
  };
}

/**
 * Resolves source words in document order: pronouns to the latest compatible speaker, descriptors
 * ("the official") to the latest speaker named with the same noun, short names to the fullest earlier
 * mention, relative pronouns to the phrase they hang on. Unresolved words stand for themselves.
 */
export function resolveSpeakers(ctx: QuoteContext, attributions: readonly Attribution[], actors: ActorIndex): (ResolvedSpeaker | null)[] {
  const history: Antecedent[] = [];
  // For name aliases, searched over the whole history: each distinct set of name words once, under
  // each of its words, with its latest place in the history (a backward scan of every earlier
  // speaker for each name is quadratic on a long text).
  const byName = new Map<string, Map<string, number>>();
  const remember = (h: Antecedent) => {
    history.push(h);
    const key = h.names.join(" ");
    for (const w of h.names) {
      let sets = byName.get(w);
      if (!sets) byName.set(w, (sets = new Map()));
      sets.set(key, history.length - 1);
    }
  };
  const latestFullerName = (names: readonly string[]): Antecedent | null => {
    let best = -1;
    for (const at of byName.get(names[0]!)?.values() ?? []) {
      const h = history[at]!;
      if (at > best && h.names.length > names.length && names.every((n) => h.names.includes(n))) best = at;
    }
    return best >= 0 ? history[best]! : null;
  };
  return attributions.map((a) => {
    if (!a.source) return null;
    const src = a.source;
    const mention = { start: ctx.start[src.first]!, end: ctx.end[src.end - 1]! };
    const mentionText = ctx.text.slice(mention.start, mention.end);
    const sentence = ctx.sentence[src.first]!;
    const own = describe(ctx, src);
    let resolved: Antecedent | null = null;
    let rule = "as-written";
    const single = src.end - src.first === 1 ? src.first : -1;
    if (single >= 0 && hasRole(ctx, single, "relative")) {
      resolved = relativeAntecedent(ctx, single);
      rule = "relative";
    } else if (single >= 0 && (hasRole(ctx, single, "pronoun-person") || hasRole(ctx, single, "pronoun-group") || hasRole(ctx, single, "pronoun-org"))) {
      const want: SpeakerKind[] = hasRole(ctx, single, "pronoun-person") ? ["person"] : hasRole(ctx, single, "pronoun-group") ? ["group", "org"] : ["org"];
      resolved = latest(history, sentence, (h) => want.includes(h.kind)) ?? (want[0] === "person" ? latestPersonEntity(ctx, mention.start, sentence) : null);
      rule = "pronoun";
    } else if (own.descriptorHead && own.names.length === 0 && /^(the|this|that)$/.test(ctx.word[src.first]!)) {
      const head = own.descriptorHead;
      resolved = latest(history, sentence, (h) => h.text.toLowerCase().includes(head) && h.span.start !== mention.start) ?? latestActorWith(ctx, actors, head, mention.start, sentence);
      rule = "descriptor";
    } else if (own.names.length > 0 && ctx.pos[src.end - 1] === "PROPN") {
      // Only a name ("Muttaqi", "the UN") stands for a fuller mention; "UN figures" is something else.
      resolved = latestFullerName(own.names)
        ?? (own.kind === "person" ? earliestFullName(ctx, own.names, mention.start, sentence) : null);
      rule = "name-alias";
    }
    const chosen: Antecedent = resolved ?? { ...own, span: mention, text: mentionText, sentence };
    if (!resolved) rule = "as-written";
    remember({ ...chosen, sentence });
    const actor = actors.actorAt(chosen.span) ?? actors.actorAt(mention);
    return { mention, mentionText, span: chosen.span, text: chosen.text, actor, rule };
  });
}

function latest(history: readonly Antecedent[], sentence: number, ok: (h: Antecedent) => boolean, reach = ANTECEDENT_MAX_SENTENCES): Antecedent | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (sentence - h.sentence > reach) return null;
    if (ok(h)) return h;
  }
  return null;
}

function describe(ctx: QuoteContext, r: TokenRange): { kind: SpeakerKind; names: string[]; descriptorHead: string | null; span: Span; text: string } {
  const span = { start: ctx.start[r.first]!, end: ctx.end[r.end - 1]! };
  const names: string[] = [];
  // Proper-name words, without titles ("Secretary Kerry" and "Mr. Kerry" are both "kerry").
  for (let k = r.first; k < r.end; k++) {
    if (ctx.pos[k] === "PROPN" && /^\p{Lu}/u.test(ctx.text[ctx.start[k]!]!) && !ctx.lex.descriptors.has(ctx.word[k]!) && !hasRole(ctx, k, "title")) names.push(ctx.word[k]!);
  }
  const headWord = ctx.word[r.end - 1]!;
  const descriptor = ctx.lex.descriptors.get(headWord);
  let kind: SpeakerKind = "unknown";
  // "The president of France, Nicolas Sarkozy" is a person: a PERSON entity inside the phrase decides its kind.
  const inside = entitiesOverlapping(ctx, span.start, span.end);
  const entity = inside.find((e) => e.type === "PERSON") ?? inside[0];
  if (entity) kind = entity.type === "PERSON" ? "person" : entity.type === "ORG" ? "org" : "group";
  else if (descriptor) kind = descriptor.kind;
  else if (hasRole(ctx, r.first, "pronoun-person")) kind = "person";
  else if (names.length > 0) kind = "person";
  else if (headWord.endsWith("s")) kind = "group";
  return { kind, names, descriptorHead: descriptor ? headWord : null, span, text: ctx.text.slice(span.start, span.end) };
}

function relativeAntecedent(ctx: QuoteContext, rel: number): Antecedent | null {
  let j = rel - 1;
  if (j >= 0 && ctx.word[j] === ",") j--;
  const first = ctx.sentenceFirst[ctx.sentence[rel]!]!;
  let k = j;
  while (k >= first && (ctx.pos[k] === "PROPN" || ctx.pos[k] === "NOUN" || ctx.pos[k] === "ADJ" || ctx.pos[k] === "DET" || ctx.pos[k] === "NUM")) {
    k--;
    if (ctx.pos[k + 1] === "DET") break;
  }
  if (k === j) return null;
  const d = describe(ctx, { first: k + 1, end: j + 1 });
  return { ...d, sentence: ctx.sentence[rel]! };
}

function latestPersonEntity(ctx: QuoteContext, before: number, sentence: number): Antecedent | null {
  // Entities starting at or after `before` end after it: start the backward scan before them.
  for (let i = entitiesStartingBefore(ctx, before) - 1; i >= 0; i--) {
    const e = ctx.entities[i]!;
    if (e.end > before || e.type !== "PERSON") continue;
    const text = ctx.text.slice(e.start, e.end);
    return { span: { start: e.start, end: e.end }, text, kind: "person", sentence, names: text.toLowerCase().split(/\s+/) };
  }
  return null;
}

/** "the secretary" after "Defense Secretary Ash Carter" met earlier: the latest actor whose name or title has the noun. */
function latestActorWith(ctx: QuoteContext, actors: ActorIndex, head: string, before: number, sentence: number): Antecedent | null {
  for (let i = actors.mentions.length - 1; i >= 0; i--) {
    const m = actors.mentions[i]!;
    if (m.end > before || !m.label.includes(head)) continue;
    const text = ctx.text.slice(m.start, m.end);
    return { span: { start: m.start, end: m.end }, text, kind: m.kind === "person" ? "person" : "org", sentence, names: text.toLowerCase().split(/\s+/) };
  }
  return null;
}

/** "Secretary Kerry" or "Kerry" after "John Kerry" was named earlier in the article (not only as a speaker): the first fuller person name holding every name word. */
function earliestFullName(ctx: QuoteContext, names: readonly string[], before: number, sentence: number): Antecedent | null {
  // The first such name in the whole layer, found once per set of names; it counts if it starts
  // before the mention (the layer is in text order). A scan of every entity for each mention was
  // quadratic on a long text.
  const at = firstFullerPersonName(ctx, names);
  if (at < 0 || at >= entitiesStartingBefore(ctx, before)) return null;
  const e = ctx.entities[at]!;
  const text = ctx.text.slice(e.start, e.end);
  return { span: { start: e.start, end: e.end }, text, kind: "person", sentence, names: text.toLowerCase().split(/\s+/) };
}

interface PersonNames {
  /** Lower-case name word -> the PERSON entities (layer positions, ascending) with that word. */
  readonly byWord: Map<string, number[]>;
  readonly words: Map<number, string[]>;
  /** Names key -> the first PERSON entity with more words, all of those names among them (-1: none). */
  readonly firstFuller: Map<string, number>;
}

const personNames = new WeakMap<QuoteContext, PersonNames>();

function firstFullerPersonName(ctx: QuoteContext, names: readonly string[]): number {
  let index = personNames.get(ctx);
  if (!index) {
    index = { byWord: new Map(), words: new Map(), firstFuller: new Map() };
    ctx.entities.forEach((e, i) => {
      if (e.type !== "PERSON") return;
      const words = ctx.text.slice(e.start, e.end).toLowerCase().split(/\s+/);
      index!.words.set(i, words);
      for (const w of new Set(words)) {
        const list = index!.byWord.get(w);
        if (list) list.push(i);
        else index!.byWord.set(w, [i]);
      }
    });
    personNames.set(ctx, index);
  }
  const key = names.join(" ");
  let found = index.firstFuller.get(key);
  if (found === undefined) {
    found = (index.byWord.get(names[0]!) ?? []).find((i) => {
      const words = index!.words.get(i)!;
      return words.length > names.length && names.every((n) => words.includes(n));
    }) ?? -1;
    index.firstFuller.set(key, found);
  }
  return found;
}
