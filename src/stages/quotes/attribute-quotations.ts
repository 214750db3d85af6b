import {
  ATTRIBUTION_SENTENCE_MAX_TOKENS,
  CONTINUATION_GAP_MAX_TOKENS,
  CUE_TO_QUOTE_MAX_TOKENS,
  QUOTE_TAIL_MAX_TOKENS,
  SCARE_QUOTE_MAX_WORDS,
  STANDALONE_QUOTE_MIN_WORDS,
} from "./heuristics.js";
import type { Attribution, CueMatch } from "./attribution.js";
import { matchCue } from "./match-cue.js";
import { hasRole, isAbbreviationPeriod, isPunct, type QuoteContext } from "./quote-context.js";
import { findPhraseRight, findSourceLeft, type TokenRange } from "./source-phrases.js";
import type { Quotation } from "./find-quotations.js";
import { lowerBound } from "../../core/lower-bound.js";

interface Found {
  readonly cue: CueMatch;
  readonly source: TokenRange | null;
  readonly addressee: TokenRange | null;
  readonly rule: string;
  /** Last token of the attribution, to chain a continuation quote after it. */
  readonly lastToken: number;
}

/**
 * Direct quotes: each quotation is tied to a cue next to it (“...,” X said / said X / X said: “...”),
 * to a short "X said." sentence right after it, or, as a continuation, to the attribution of the
 * quotation just before it. A short quotation not next to a cue is a scare quote or a title and is
 * left for the indirect-speech pass (where it may be a partial quote inside reported content).
 */
export function attributeQuotations(ctx: QuoteContext): Attribution[] {
  const out: Attribution[] = [];
  let previous: { found: Found; quotation: Quotation } | null = null;
  for (const q of ctx.quotations) {
    const { after, before } = tokensAround(ctx, q);
    const found: Found | null =
      findTailAttribution(ctx, q, after) ??
      findLeadAttribution(ctx, q, before) ??
      (isStandalone(ctx, q, before) ? findContinuation(ctx, q, before, previous) ?? findNextSentenceAttribution(ctx, after) ?? findColonLead(ctx, before) : null) ??
      (isPunct(ctx, before, ",") && q.words >= STANDALONE_QUOTE_MIN_WORDS ? findContinuation(ctx, q, before, previous) : null);
    if (!found) continue;
    previous = { found, quotation: q };
    const trimmed = trimInner(ctx.text, q.innerStart, q.innerEnd);
    if (trimmed.end <= trimmed.start) continue;
    const lead = found.rule.startsWith("direct:quote-") ? findClauseLeadingInto(ctx, before) : -1;
    if (lead >= 0) {
      out.push({ kind: "mixed", cue: found.cue, source: found.source, start: ctx.start[lead]!, end: trimmed.end, addressee: found.addressee, via: null, rule: `${found.rule}+leading-clause` });
      continue;
    }
    out.push({ kind: "direct", cue: found.cue, source: found.source, start: trimmed.start, end: trimmed.end, addressee: found.addressee, via: null, rule: found.rule });
  }
  return out;
}

/**
 * "A top priority “is increasing the tax liability,” Mr. Kamin said": words of the writer's lead into a partial
 * quotation whose attribution follows it; the reported content is the whole clause. Returns the clause's first
 * token, or -1 when the quotation opens its sentence or the words before it hold an attribution of their own.
 */
function findClauseLeadingInto(ctx: QuoteContext, before: number): number {
  if (before < 0 || ctx.inQuotation[before]! >= 0 || isPunct(ctx, before, ".!?:;—–-")) return -1;
  const s = ctx.sentence[before]!;
  if (ctx.text.slice(ctx.end[before]!, ctx.start[before + 1]!).includes("\n")) return -1;
  const first = ctx.sentenceFirst[s]!;
  // "In his 2002 book, “Make Your Kid a Millionaire,” ...": a prepositional phrase sets the scene around a title.
  if (ctx.pos[first] === "ADP") return -1;
  for (let k = first; k <= before; k++) if (ctx.inQuotation[k]! >= 0 || matchCue(ctx, k)) return -1;
  return first;
}

function tokensAround(ctx: QuoteContext, q: Quotation): { after: number; before: number } {
  const after = lowerBound(ctx.start, q.end);
  let before = after - 1;
  while (before >= 0 && ctx.start[before]! >= q.start) before--;
  return { after, before };
}

/** “...,” X said / “...,” said X / “...” the official said. */
function findTailAttribution(ctx: QuoteContext, q: Quotation, after: number): Found | null {
  const n = ctx.start.length;
  let a = after;
  if (a >= n || ctx.text.slice(q.end, ctx.start[a]).includes("\n")) return null;
  const lastInner = ctx.text.slice(q.innerStart, q.innerEnd).trimEnd().slice(-1);
  // “...” ― Pamela Padilla: a dash and a name closing the paragraph.
  const byline = matchCue(ctx, a, undefined, true);
  if (byline && byline.entry.frame === "byline") {
    let end = byline.end;
    while (end < n && !ctx.text.slice(ctx.end[end - 1]!, ctx.start[end]!).includes("\n")) end++;
    const source = findPhraseRight(ctx, byline.end, end, true);
    if (source) return { cue: byline, source, addressee: null, rule: "direct:quote-byline", lastToken: source.end - 1 };
  }
  // A quotation closed by its own period ends the sentence: what follows is a new one (“... him.” She says ...).
  if (lastInner === "." || lastInner === "…") return null;
  if (isPunct(ctx, a, ",—–-")) a++;
  else if (!/[,?!—–-]/.test(lastInner) && q.words <= SCARE_QUOTE_MAX_WORDS) return null;
  if (a >= n || ctx.sentence[a] !== ctx.sentence[after]) return null;
  // The tail region: to the end of the clause, or to the comma before a continuing quotation.
  let limit = a;
  while (limit < n && limit - a < QUOTE_TAIL_MAX_TOKENS && ctx.inQuotation[limit]! < 0 && !(isPunct(ctx, limit, ".;!?") && !isAbbreviationPeriod(ctx, limit)) && ctx.sentence[limit] === ctx.sentence[a]) limit++;
  // cue first: “...,” said X
  const first = matchCue(ctx, a);
  if (first) {
    const source = findPhraseRight(ctx, first.end, limit, true);
    if (source) return { cue: first, source, addressee: null, rule: "direct:quote-cue-source", lastToken: source.end - 1 };
  }
  // source first: “...,” X said
  for (let c = a + 1; c < limit; c++) {
    const cue = matchCue(ctx, c);
    if (!cue) continue;
    const source = findSourceLeft(ctx, c, a);
    if (!source || source.first !== a) return null;
    let last = cue.end - 1;
    let addressee: TokenRange | null = null;
    if (cue.entry.frame === "tell" || cue.entry.frame === "ask") {
      addressee = findPhraseRight(ctx, cue.end, limit, false);
      if (addressee) last = addressee.end - 1;
    }
    return { cue, source, addressee, rule: "direct:quote-source-cue", lastToken: last };
  }
  return null;
}

/** X said: “...” / X told reporters, “...” / X said in a statement on Friday: “...”. */
function findLeadAttribution(ctx: QuoteContext, q: Quotation, before: number): Found | null {
  if (before < 0 || ctx.text.slice(ctx.end[before], q.start).includes("\n")) return null;
  // Words going on after the quotation make it part of a longer statement (said that “...” against ...): indirect speech reads it.
  const { after } = tokensAround(ctx, q);
  if (after < ctx.start.length && ctx.sentence[after] === ctx.sentence[before] && ctx.pos[after] !== "PUNCT" && !ctx.text.slice(q.end, ctx.start[after]).includes("\n")) return null;
  const sentenceStart = ctx.sentenceFirst[ctx.sentence[before]!]!;
  let b = before;
  const punctuated = isPunct(ctx, b, ":,");
  if (punctuated) b--;
  if (!punctuated && q.words <= SCARE_QUOTE_MAX_WORDS) return null;
  if (ctx.word[b] === "that") b--;
  for (let c = b; c >= sentenceStart && b - c <= CUE_TO_QUOTE_MAX_TOKENS; c--) {
    if (ctx.inQuotation[c]! >= 0) return null;
    const cue = matchCue(ctx, c);
    if (!cue) {
      // The words between a cue and the quotation must be an adjunct or an addressee, not a verb or a clause.
      if (ctx.pos[c] === "VERB" || ctx.pos[c] === "AUX" || isPunct(ctx, c, ".;!?")) return null;
      continue;
    }
    const gapStart = cue.end;
    const gapIsAdjunct = gapStart > b || punctuated || hasRole(ctx, gapStart, "adjunct-preposition") || hasRole(ctx, gapStart, "time-word") || cue.entry.frame === "tell";
    if (!gapIsAdjunct) return null;
    const addressee = cue.entry.frame === "tell" || cue.entry.frame === "ask" ? findPhraseRight(ctx, cue.end, b + 1, false) : null;
    if (cue.entry.frame === "source-after") {
      const source = findPhraseRight(ctx, cue.end, b + 1, false);
      return { cue, source, addressee: null, rule: "direct:according-to-quote", lastToken: before };
    }
    const source = findSourceLeft(ctx, cue.first, sentenceStart);
    if (source) return { cue, source, addressee, rule: "direct:source-cue-quote", lastToken: before };
    // Said Ellis: “...” — the inverted order opening a sentence.
    const inverted = cue.first === sentenceStart ? findPhraseRight(ctx, cue.end, b + 1, true) : null;
    return inverted ? { cue, source: inverted, addressee: null, rule: "direct:cue-source-quote", lastToken: before } : null;
  }
  return null;
}

/** A quotation that opens its sentence and is long enough to be a statement on its own. */
function isStandalone(ctx: QuoteContext, q: Quotation, before: number): boolean {
  if (q.words < STANDALONE_QUOTE_MIN_WORDS) return false;
  if (before < 0) return true;
  const between = ctx.text.slice(ctx.end[before], q.start);
  return between.includes("\n") || isPunct(ctx, before, ".!?:") || ctx.sentence[before] !== ctx.sentence[before + 1];
}

/** “A,” she said. “B.” — B goes on A's attribution when nothing but that attribution stands between them. */
function findContinuation(ctx: QuoteContext, q: Quotation, before: number, previous: { found: Found; quotation: Quotation } | null): Found | null {
  if (!previous || hasCueAfter(ctx, q)) return null;
  const gapFrom = Math.max(previous.quotation.end, previous.found.lastToken >= 0 ? ctx.end[previous.found.lastToken]! : 0);
  if (gapFrom > q.start) return null;
  const gap = ctx.text.slice(gapFrom, q.start);
  // A continuation reaches at most into the next paragraph.
  if ((gap.match(/\n+/g) ?? []).length > 1) return null;
  if (!/^[\s.,;:—–-]*$/.test(gap) && !closesAttributionSentence(ctx, previous.found, before)) return null;
  return { ...previous.found, rule: "direct:continuation", lastToken: before };
}

/** “...” followed by a short sentence "X said." or "said X." */
function findNextSentenceAttribution(ctx: QuoteContext, after: number): Found | null {
  const n = ctx.start.length;
  if (after >= n) return null;
  const s = ctx.sentence[after]!;
  const first = ctx.sentenceFirst[s]!;
  if (first !== after) return null;
  let end = ctx.sentenceEnd[s]!;
  if (end - first > ATTRIBUTION_SENTENCE_MAX_TOKENS) return null;
  while (end > first && isPunct(ctx, end - 1, ".!")) end--;
  for (let c = first; c < end; c++) {
    const cue = matchCue(ctx, c);
    if (!cue) continue;
    if (c === first) {
      const source = findPhraseRight(ctx, cue.end, end, true);
      return source && source.end === end ? { cue, source, addressee: null, rule: "direct:next-sentence-cue-source", lastToken: end - 1 } : null;
    }
    const source = findSourceLeft(ctx, c, first);
    if (!source || source.first !== first) return null;
    // Nothing but adjuncts may follow the cue: "X said in a statement."
    for (let k = cue.end; k < end; k++) if (ctx.pos[k] === "VERB" || ctx.inQuotation[k]! >= 0) return null;
    return { cue, source, addressee: null, rule: "direct:next-sentence-source-cue", lastToken: end - 1 };
  }
  return null;
}

/** A sentence ending in a colon introduces the quotation after it: "Trump said in a statement:" / “...”. */
function findColonLead(ctx: QuoteContext, before: number): Found | null {
  if (before < 0 || !isPunct(ctx, before, ":")) return null;
  const s = ctx.sentence[before]!;
  const first = ctx.sentenceFirst[s]!;
  for (let c = before - 1; c >= first; c--) {
    const cue = matchCue(ctx, c);
    if (!cue) continue;
    const source = cue.entry.frame === "source-after" ? findPhraseRight(ctx, cue.end, before, false) : findSourceLeft(ctx, c, first);
    if (!source) return null;
    return { cue, source, addressee: null, rule: "direct:colon-lead", lastToken: before };
  }
  return null;
}

/** The quoted words without a trailing comma or period inside the marks (“..., ” he said). */
function trimInner(text: string, start: number, end: number): { start: number; end: number } {
  let s = start, e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,;:.]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}


/**
 * A stand-alone quotation right after an indirect attribution, with nothing between them, goes on
 * that attribution: "Schiff said the administration may be reluctant. “The other factor is ...”".
 * One sweep over quotations and attributions in text order.
 */
export function continueAttributions(ctx: QuoteContext, attributions: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  const byStart = [...attributions].sort((a, b) => a.start - b.start);
  const indirectByEnd = attributions.filter((a) => a.kind !== "direct").sort((a, b) => a.end - b.end);
  let s = 0, e = 0, maxEnd = -1;
  let prev: Attribution | null = null;
  for (const q of ctx.quotations) {
    while (s < byStart.length && byStart[s]!.start <= q.innerStart) maxEnd = Math.max(maxEnd, byStart[s++]!.end);
    while (e < indirectByEnd.length && indirectByEnd[e]!.end <= q.start) prev = indirectByEnd[e++]!;
    if (maxEnd > q.innerStart || !prev) continue;
    const { before } = tokensAround(ctx, q);
    if (!isStandalone(ctx, q, before) || hasCueAfter(ctx, q)) continue;
    const tail = Math.max(prev.end, ctx.end[prev.cue.end - 1]!, prev.source ? ctx.end[prev.source.end - 1]! : 0);
    if (tail > q.start) continue;
    const gap = ctx.text.slice(tail, q.start);
    if (!/^[\s.,;:—–-]*$/.test(gap) || (gap.match(/\n+/g) ?? []).length > 1) continue;
    const trimmed = trimInner(ctx.text, q.innerStart, q.innerEnd);
    if (trimmed.end <= trimmed.start) continue;
    out.push({ ...prev, kind: "direct", start: trimmed.start, end: trimmed.end, rule: "direct:continues-indirect" });
  }
  return out;
}

/** A cue in the rest of the quotation's sentence: the quotation is attributed there, even if not in a form read here. */
function hasCueAfter(ctx: QuoteContext, q: Quotation): boolean {
  const { after } = tokensAround(ctx, q);
  if (after >= ctx.start.length || after === 0 || ctx.sentence[after] !== ctx.sentence[after - 1]) return false;
  for (let k = after; k < ctx.start.length && k - after < QUOTE_TAIL_MAX_TOKENS && ctx.inQuotation[k]! < 0 && !isPunct(ctx, k, ".!?"); k++) {
    if (matchCue(ctx, k)) return true;
  }
  return false;
}

/** “A,” said Caddell, speaking of the poll. “B.” — the rest of the attribution's sentence, with no other cue, may stand between. */
function closesAttributionSentence(ctx: QuoteContext, found: Found, before: number): boolean {
  const last = found.lastToken;
  if (before < 0 || last < 0 || before < last || ctx.sentence[before] !== ctx.sentence[last]) return false;
  // “A,” Tester said, referring to the excuse, “B.” — a participle clause may also stand between, in the same sentence.
  if (before - last > CONTINUATION_GAP_MAX_TOKENS || !isPunct(ctx, before, ".,")) return false;
  for (let k = last + 1; k < before; k++) if (ctx.inQuotation[k]! >= 0 || (matchCue(ctx, k) && !ctx.word[k]!.endsWith("ing"))) return false;
  return true;
}
