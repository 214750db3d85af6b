import { defineStage, type LayerAnnotation, type QuoteData } from "../../core/index.js";
import { mapped } from "../../core/keep.js";
import type { Document } from "../../core/document.js";
import type { Attribution } from "./attribution.js";
import { attributeQuotations, continueAttributions } from "./attribute-quotations.js";
import { findIndirectSpeech } from "./find-indirect-speech.js";
import { findSpeakerLabels } from "./find-speaker-labels.js";
import { buildQuoteContext, hasRole, type QuoteContext } from "./quote-context.js";
import { buildActorIndex, resolveSpeakers, type ActorIndex } from "./resolve-speakers.js";
import { loadQuotesResources, type QuotesLexicons } from "./resources.js";
import { entitiesStartingBefore } from "./entity-lookup.js";
import { createOverlapIndex } from "../../core/overlap-index.js";

/**
 * Who said what: direct quotes tied to the cue next to them, indirect speech ("X said (that) ...",
 * "X told Y ...", "according to X"), each with its speaker (resolved through pronouns and
 * descriptors), cue, addressee and relaying outlet. Reads the entity and actor layers when an
 * earlier stage made them (for speaker kinds and actor ids) and works without them.
 */
export const quotesStage = defineStage({
  name: "quotes",
  requires: ["sentence", "token"],
  provides: ["quote"],
  run(doc, ctx) {
    const lex = (ctx.resources.quotes as QuotesLexicons | undefined) ?? loadQuotesResources().quotes;
    return { quote: findQuotes(doc, lex) };
  },
});

export function findQuotes(doc: Document, lex: QuotesLexicons): LayerAnnotation<"quote">[] {
  if (!doc.text || !doc.layers.token?.length) return [];
  const ctx = buildQuoteContext(doc, lex);
  const direct = attributeQuotations(ctx);
  const used = new Set<number>();
  for (const a of direct) for (let k = a.cue.first; k < a.cue.end; k++) used.add(k);
  const labels = findSpeakerLabels(ctx);
  for (const a of labels) used.add(a.cue.first);
  // A label's span reaches one past its end (the line break), so a span inside it starts before that.
  const labelSpans = createOverlapIndex(labels.map((l) => ({ start: l.start, end: l.end + 1 })));
  const indirect = findIndirectSpeech(ctx, used).filter((a) => !labelSpans.overlapping(a.start, a.start + 1).some((k) => labels[k]!.start <= a.start && a.end <= labels[k]!.end + 1));
  const outer = keepOutermost(ctx, [...direct, ...labels, ...indirect]);
  const kept = [...outer, ...continueAttributions(ctx, outer)].sort((x, y) => x.start - y.start || x.cue.first - y.cue.first);
  const actors = buildActorIndex(doc);
  const speakers = resolveSpeakers(ctx, kept, actors);
  return mapped(kept, (a, i) => toAnnotation(ctx, a, speakers[i] ?? null, actors, i));
}

/**
 * PolNeAR's rule and the reader's: an attribution inside another's content ("the US side had been
 * told that ..." within what Muttaqi said) is part of that content, not a quote of its own; a relay
 * cue already read as an outlet (", reports AFP") is not one either.
 */
/**
 * Whether `outer`'s span holds `inner`'s cue. A module function, not a closure per document: under the
 * bundler's keepNames (and tsx) each closure bound to a name costs a defineProperty of the name.
 */
function holdsCueOf(ctx: QuoteContext, outer: Attribution, inner: Attribution): boolean {
  return outer.start <= ctx.start[inner.cue.first]! && ctx.start[inner.cue.first]! < outer.end;
}

function keepOutermost(ctx: QuoteContext, all: readonly Attribution[]): Attribution[] {
  const viaTokens = new Set<number>();
  for (const a of all) if (a.via) for (let k = Math.max(0, a.via.first - 3); k < a.via.first; k++) viaTokens.add(k);
  const candidates = passOnDocumentRelays(ctx, all.filter((a) => a.kind === "direct" || !viaTokens.has(a.cue.first)));
  // Only the attributions whose span holds a's cue can contain a: found through an index, not by
  // comparing every pair (quadratic in the number of attributions on a long text).
  const spans = createOverlapIndex(candidates);
  return candidates.filter((a) => {
    const cue = ctx.start[a.cue.first]!;
    // Two attributions each holding the other's cue: the longer content is the outer one.
    return !spans.overlapping(cue, cue + 1).some((k) => {
      const b = candidates[k]!;
      return b !== a && holdsCueOf(ctx, b, a) && !(a.kind === "direct" && b.kind === "direct") && !(holdsCueOf(ctx, a, b) && a.end - a.start > b.end - b.start);
    });
  });
}

/**
 * "The secretary and Abadi agreed that ..., the release said": a document (release, statement, report)
 * relays a statement whose speaker opens its content; the speaker is the one who agreed, the document
 * its relay (via), as with "according to a news release". The document's own attribution gives way.
 */
function passOnDocumentRelays(ctx: QuoteContext, all: readonly Attribution[]): Attribution[] {
  const replaced = new Map<Attribution, Attribution>();
  const dropped = new Set<Attribution>();
  // Indirect attributions by where their source starts, in order: looked up, not searched for each outer one.
  const bySourceStart = new Map<number, Attribution[]>();
  for (const a of all) {
    if (a.kind === "direct" || !a.source) continue;
    const at = ctx.start[a.source.first]!;
    const list = bySourceStart.get(at);
    if (list) list.push(a);
    else bySourceStart.set(at, [a]);
  }
  for (const outer of all) {
    if (outer.kind === "direct" || !outer.source || !hasRole(ctx, outer.source.end - 1, "document-noun")) continue;
    const inner = (bySourceStart.get(outer.start) ?? []).find((a) => a !== outer && a.kind !== "direct" && a.source && ctx.start[a.source.first] === outer.start && a.end <= outer.end && a.cue.entry.cueClass !== "learned");
    if (!inner) continue;
    dropped.add(outer);
    replaced.set(inner, { ...inner, via: inner.via ?? outer.source, rule: `${inner.rule}+document-relay` });
  }
  return all.filter((a) => !dropped.has(a)).map((a) => replaced.get(a) ?? a);
}

/**
 * "Kerry raised these concerns in a call with Foreign Minister Lavrov and urged him to ...": an addressee
 * pronoun ("him", "her") stands for the latest person named before the cue in its sentence or the one
 * before, other than the speaker.
 */
function resolveAddressee(ctx: QuoteContext, a: Attribution, speaker: { start: number; end: number } | null): { start: number; end: number } | null {
  if (!a.addressee || a.addressee.end - a.addressee.first !== 1 || !/^(him|her)$/.test(ctx.word[a.addressee.first]!)) return null;
  const cueAt = ctx.start[a.cue.first]!;
  const sentence = ctx.sentence[a.cue.first]!;
  const floor = ctx.start[ctx.sentenceFirst[Math.max(0, sentence - 1)]!]!;
  // Entities starting at or after the cue end after it: start the backward scan before them.
  for (let i = entitiesStartingBefore(ctx, cueAt) - 1; i >= 0; i--) {
    const e = ctx.entities[i]!;
    if (e.end > cueAt || e.type !== "PERSON") continue;
    if (e.start < floor) break;
    if (speaker && e.start < speaker.end && speaker.start < e.end) continue;
    return { start: e.start, end: e.end };
  }
  return null;
}

function spanOf(ctx: QuoteContext, r: { first: number; end: number } | null): { start: number; end: number } | null {
  return r ? { start: ctx.start[r.first]!, end: ctx.end[r.end - 1]! } : null;
}

function toAnnotation(ctx: QuoteContext, a: Attribution, speaker: ReturnType<typeof resolveSpeakers>[number], actors: ActorIndex, i: number): LayerAnnotation<"quote"> {
  const cueSpan = spanOf(ctx, a.cue)!;
  const addresseeSpan = resolveAddressee(ctx, a, speaker?.span ?? null) ?? spanOf(ctx, a.addressee);
  const viaSpan = spanOf(ctx, a.via);
  // A quotation over several paragraphs repeats its opening mark on each: not part of the words.
  // (Each white-space run is read once, with the mark after it: `\n+\s*[“"]` retried from every line break.)
  // Only a run with a line break changes: a quotation without one (most) is its slice as it stands.
  const words = ctx.text.slice(a.start, a.end);
  const text = !words.includes("\n") ? words : words.replace(/\s+[“"]?/g, (run) => {
    const lineBreak = run.indexOf("\n");
    return lineBreak >= 0 && /[“"]$/.test(run) ? run.slice(0, lineBreak) + "\n" : run;
  });
  const data: QuoteData = {
    kind: a.kind,
    text,
    speaker: speaker?.actor ?? null,
    speakerSpan: speaker ? speaker.span : null,
    speakerText: speaker ? speaker.text : null,
    speakerMentionSpan: speaker ? speaker.mention : null,
    speakerMentionText: speaker ? speaker.mentionText : null,
    cue: ctx.text.slice(cueSpan.start, cueSpan.end),
    cueSpan,
    cueId: a.cue.entry.id,
    cueClass: a.cue.entry.cueClass,
    addressee: addresseeSpan ? actors.actorAt(addresseeSpan) : null,
    addresseeText: addresseeSpan ? ctx.text.slice(addresseeSpan.start, addresseeSpan.end) : null,
    via: viaSpan ? actors.actorAt(viaSpan) : null,
    viaText: viaSpan ? ctx.text.slice(viaSpan.start, viaSpan.end) : null,
  };
  return {
    id: `q${i + 1}`,
    layer: "quote",
    start: a.start,
    end: a.end,
    data,
    source: { stage: "quotes", rule: speaker && speaker.rule !== "as-written" ? `${a.rule}+speaker:${speaker.rule}` : a.rule },
  };
}
