import type { Attribution, CueMatch } from "./attribution.js";
import { afterAddressee, contentChars, findClauseEnd, findContentAfter, onlyAdjunctsFollow } from "./content-spans.js";
import { CLAUSE_SUBJECT_MAX_VERBS, INDIRECT_CONTENT_MIN_WORDS, SCARE_QUOTE_MAX_WORDS, SOURCE_MAX_TOKENS } from "./heuristics.js";
import { matchCue } from "./match-cue.js";
import { hasRole, isPunct, type QuoteContext } from "./quote-context.js";
import { findPhraseRight, findSourceLeft, skipVerbGroupLeft, type TokenRange } from "./source-phrases.js";

/**
 * Indirect speech: "X said (that) CONTENT", "X told Y (that) CONTENT", "CONTENT, X said",
 * "CONTENT, said X", "according to X, CONTENT" / "CONTENT, according to X", and ", saying CONTENT"
 * after a clause whose subject is the source. `usedCues` are the cue tokens direct quotes already took.
 */
export function findIndirectSpeech(ctx: QuoteContext, usedCues: ReadonlySet<number>): Attribution[] {
  const out: Attribution[] = [];
  const n = ctx.start.length;
  for (let i = 0; i < n; i++) {
    if (usedCues.has(i)) continue;
    const cue = matchCue(ctx, i);
    if (!cue) continue;
    const found = cue.entry.frame === "source-after" ? readAccordingTo(ctx, cue) : cue.entry.frame === "raising" ? readRaising(ctx, cue) : readReportingVerb(ctx, cue);
    if (Array.isArray(found)) out.push(...found);
    else if (found) out.push(found);
    i = cue.end - 1;
  }
  return out;
}

function sentenceBounds(ctx: QuoteContext, i: number): { first: number; end: number } {
  const s = ctx.sentence[i]!;
  let first = ctx.sentenceFirst[s]!;
  // The segmenter ends a sentence after "Perdue (R-Ga.)" or "Jr.": a cue opening the next one still has its subject there.
  if (first === i && s > 0 && first > 0 && !ctx.text.slice(ctx.end[first - 1]!, ctx.start[first]!).includes("\n")) {
    const prev = first - 1;
    const abbreviation = ctx.word[prev] === "." && ctx.start[prev] === ctx.end[prev - 1] && /^\p{Lu}[\p{L}-]{0,5}$/u.test(ctx.text.slice(ctx.start[prev - 1]!, ctx.end[prev - 1]!));
    if (ctx.word[prev] === ")" || abbreviation) first = ctx.sentenceFirst[s - 1]!;
  } else if (s > 0) {
    // ... or inside "(D-N.Y.)": a closing parenthesis before any opening one in this sentence.
    for (let k = first; k < i; k++) {
      if (ctx.word[k] === "(") break;
      if (ctx.word[k] === ")") { first = ctx.sentenceFirst[s - 1]!; break; }
    }
  }
  return { first, end: ctx.sentenceEnd[s]! };
}

function kindOf(ctx: QuoteContext, start: number, end: number): "indirect" | "mixed" {
  const qs = ctx.quotations;
  let lo = 0, hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < qs.length && qs[k]!.start <= end; k++) {
    if (qs[k]!.end <= end + 1 && qs[k]!.words > SCARE_QUOTE_MAX_WORDS) return "mixed";
  }
  return "indirect";
}

function make(ctx: QuoteContext, cue: CueMatch, source: TokenRange | null, content: TokenRange, rule: string, addressee: TokenRange | null = null, via: TokenRange | null = null): Attribution | null {
  if (content.end - content.first < INDIRECT_CONTENT_MIN_WORDS) return null;
  // Content before its cue ("CONTENT, X said") is a clause or a quotation: "However, Libya insisted on ..." reports no "However".
  if (content.end <= cue.first && !hasClauseWords(ctx, content)) return null;
  const span = contentChars(ctx, content);
  if (span.end <= span.start) return null;
  return { kind: kindOf(ctx, span.start, span.end), cue, source, start: span.start, end: span.end, addressee, via, rule };
}

/** "according to X, CONTENT" and "CONTENT, according to X". */
function readAccordingTo(ctx: QuoteContext, cue: CueMatch): Attribution | null {
  const { first, end } = sentenceBounds(ctx, cue.first);
  const phrase = findPhraseRight(ctx, cue.end, end, false);
  if (!phrase) return null;
  const opensSentence = cue.first === first || (cue.first === first + 1 && ctx.pos[first] === "CCONJ");
  // "According to exit polls conducted for The Associated Press, ...": a participle phrase goes on the source up to the comma.
  const source = opensSentence ? extendOverParticiple(ctx, phrase, end) : phrase;
  if (opensSentence && source.end < end && isPunct(ctx, source.end, ",")) {
    const tail = findClauseEnd(ctx, source.end + 1, end);
    return make(ctx, cue, source, { first: source.end + 1, end: tail.end }, "indirect:according-to-content", null, tail.via);
  }
  if (cue.first > first && isPunct(ctx, cue.first - 1, ",")) {
    return make(ctx, cue, source, { first, end: cue.first - 1 }, "indirect:content-according-to");
  }
  return null;
}

function isPassive(ctx: QuoteContext, cue: CueMatch): boolean {
  // A phrase written passive ("was quoted as saying") is a report in that form.
  if (cue.end - cue.first > 1) return false;
  const j = cue.first - 1;
  return j >= 0 && /^(is|was|were|are|be|been|being|’s|'s)$/.test(ctx.word[j]!) && /ed$|told$|said$|known$|shown$|found$|thought$|seen$|heard$|understood$|written$/.test(ctx.word[cue.first]!) && ctx.word[cue.end] !== "that";
}

function readReportingVerb(ctx: QuoteContext, found: CueMatch): Attribution | Attribution[] | null {
  const { first, end } = sentenceBounds(ctx, found.first);
  const cue = joinStanceNoun(ctx, found, end);
  if (isPassive(ctx, cue)) return null;
  const before = cue.first - 1;
  // An infinitive ("declined to say") or a noun use is not a report here.
  if (before >= first && ctx.word[before] === "to") return null;
  const strict = cue.entry.frame === "say-strict";
  const isGerund = ctx.word[cue.first]!.endsWith("ing");

  // ", saying (that) CONTENT": the source is the subject of the clause before.
  if (isGerund && before >= first && (isPunct(ctx, before, ",") || /^(by|while|after|before|when|in|as)$/.test(ctx.word[before]!))) {
    const content = findContentAfter(ctx, cue, end, strict);
    if (!content) return null;
    const subject = findClauseSubject(ctx, first, before);
    return make(ctx, cue, subject, content, "indirect:participle", content.addressee, content.via);
  }

  // "Asked whether he would run, Trump said ...": the question is reported without its asker.
  if (cue.first === first && cue.entry.frame === "ask" && /^(if|whether|what|who|how|why|when|where|which|about)$/.test(ctx.word[cue.end] ?? "")) {
    let k = cue.end + 1;
    while (k < end && !isPunct(ctx, k, ",.;:!?") && ctx.inQuotation[k]! < 0) k++;
    if (k < end && isPunct(ctx, k, ",")) return make(ctx, cue, null, { first: ctx.word[cue.end] === "about" ? cue.end + 1 : cue.end, end: k }, "indirect:asked-opening");
  }
  const source = findSourceLeft(ctx, cue.first, first);
  if (source) {
    const adjunctsEnd = afterAdjuncts(ctx, afterAddressee(ctx, cue, end), end);
    const afterCue = onlyAdjunctsFollow(ctx, afterAddressee(ctx, cue, end), end);
    // "As X announced today at the Manama Dialogue, CONTENT."
    if (source.first - 1 >= first && ctx.word[source.first - 1] === "as" && (source.first - 1 === first || isPunct(ctx, source.first - 2, ",")) && isPunct(ctx, adjunctsEnd, ",")) {
      const tail = findClauseEnd(ctx, adjunctsEnd + 1, end);
      return make(ctx, cue, source, { first: adjunctsEnd + 1, end: tail.end }, "indirect:as-source-cue-content", null, tail.via);
    }
    // "CONTENT, X said." — nothing but adjuncts after the cue, a comma before the source; or "CONTENT, X said, but ...".
    const parenthetical = isPunct(ctx, adjunctsEnd, ",") && adjunctsEnd > cue.end - 1;
    if ((afterCue || parenthetical) && source.first - 1 > first && isPunct(ctx, source.first - 1, ",")) {
      // "But when Congress cut funding, Mexico said enough": an adverbial clause sets the scene; it is not what was said.
      const opener = ctx.pos[first] === "CCONJ" ? first + 1 : first;
      if (afterCue && hasRole(ctx, opener, "adverbial-opener")) return null;
      const before = make(ctx, cue, source, { first: first, end: source.first - 1 }, "indirect:content-source-cue");
      if (afterCue) return before;
      // "Even if the venture fails, Mr. Morgan said, the model will last": the words on both sides are what was said,
      // unless a conjunction opens a clause of the writer's (", Yonhap reported, but no clashes were reported").
      if (ctx.pos[adjunctsEnd + 1] === "CCONJ") return before;
      const tail = findClauseEnd(ctx, adjunctsEnd + 1, end);
      // "Also today, Carter commented on the bombings in Istanbul, Turkey": without a clause on either side, nothing was reported.
      if (!before && !hasClauseWords(ctx, { first: adjunctsEnd + 1, end: tail.end })) return null;
      const after = make(ctx, cue, source, { first: adjunctsEnd + 1, end: tail.end }, "indirect:content-source-cue-content", null, tail.via);
      return [before, after].filter((a): a is Attribution => a !== null);
    }
    if (hasRole(ctx, source.first, "relative") && ctx.word[source.first] !== "who") return null;
    // "a film called Selma": an object cue right after a noun that is itself an object is a participle, not a report.
    // "in what the UN representative called a murder": a free relative opens a clause of its own.
    if (cue.entry.frame === "object" && source.first > first && !isClauseBoundary(ctx, source.first - 1) && ctx.word[source.first - 1] !== "what") return null;
    const content = findContentAfter(ctx, cue, end, strict);
    if (!content) return null;
    // A relay at the end of the sentence ("..., according to a news release") passes on this statement only when
    // the statement is the sentence's main clause; otherwise the relay is the outer attribution.
    const via = content.via && source.first === first ? content.via : null;
    return make(ctx, cue, source, content, "indirect:source-cue-content", content.addressee, via);
  }

  // "X described the showdown as ominous, and said ...": the coordinated cue shares the subject.
  if (before > first && ctx.word[before] === "and") {
    const content = findContentAfter(ctx, cue, end, strict);
    const subject = content ? findClauseSubject(ctx, first, before) : null;
    if (content && subject) return make(ctx, cue, subject, content, "indirect:coordinated", content.addressee, content.via);
  }

  // "CONTENT, said X."
  if (before > first && isPunct(ctx, before, ",")) {
    const right = findPhraseRight(ctx, cue.end, end, true);
    if (right && (onlyAdjunctsFollow(ctx, right.end, end) || isPunct(ctx, right.end, ","))) {
      return make(ctx, cue, right, { first: first, end: before }, "indirect:content-cue-source");
    }
  }
  return null;
}


/** The subject at the start of a clause: the first noun phrase of the sentence when a verb follows it. */
function findClauseSubject(ctx: QuoteContext, first: number, limit: number): TokenRange | null {
  let verbs = 0;
  for (let k = first; k < limit && verbs < CLAUSE_SUBJECT_MAX_VERBS; k++) {
    if (ctx.inQuotation[k]! >= 0 || !(ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX")) continue;
    verbs++;
    const j = skipVerbGroupLeft(ctx, k - 1, first);
    const subject = j >= first ? findSourceLeft(ctx, j + 1, first) : null;
    if (subject) return subject;
    while (k + 1 < limit && (ctx.pos[k + 1] === "VERB" || ctx.pos[k + 1] === "AUX")) k++;
  }
  return null;
}

function isClauseBoundary(ctx: QuoteContext, k: number): boolean {
  // wink tags "although" as a preposition: the grammar lexicon knows it opens a clause.
  return ctx.pos[k] === "PUNCT" || ctx.pos[k] === "CCONJ" || ctx.pos[k] === "SCONJ" || ctx.pos[k] === "ADV" || hasRole(ctx, k, "concessive") || hasRole(ctx, k, "adverbial-opener");
}

/** The first token after the time and place adjuncts that follow a cue ("said today at the Manama Dialogue"). */
function afterAdjuncts(ctx: QuoteContext, k: number, end: number): number {
  let j = k;
  if (j < end && !(hasRole(ctx, j, "adjunct-preposition") || hasRole(ctx, j, "time-word") || ctx.pos[j] === "ADV")) return j;
  while (j < end && ctx.inQuotation[j]! < 0 && !isPunct(ctx, j, ",.;:!?") && ctx.pos[j] !== "VERB" && ctx.pos[j] !== "AUX" && ctx.word[j] !== "that") j++;
  return j;
}

function hasClauseWords(ctx: QuoteContext, r: TokenRange): boolean {
  for (let k = r.first; k < r.end; k++) if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX" || ctx.inQuotation[k]! >= 0) return true;
  return false;
}

/** "expressed his outrage that ...", "voiced concern that ...": the verb and its stance noun are one cue, the content follows "that". */
function joinStanceNoun(ctx: QuoteContext, cue: CueMatch, end: number): CueMatch {
  let k = cue.end;
  if (k < end && (ctx.pos[k] === "DET" || (ctx.pos[k] === "PRON" && /^(his|her|their|its|our|my)$/.test(ctx.word[k]!)))) k++;
  while (k < end && ctx.pos[k] === "ADJ") k++;
  if (k + 1 < end && hasRole(ctx, k, "stance-noun") && ctx.word[k + 1] === "that") return { ...cue, end: k + 1 };
  return cue;
}

function extendOverParticiple(ctx: QuoteContext, r: TokenRange, end: number): TokenRange {
  const p = r.end;
  if (p >= end || ctx.pos[p] !== "VERB" || !/(ed|en)$/.test(ctx.word[p]!)) return r;
  for (let k = p + 1; k < end && k - p <= SOURCE_MAX_TOKENS; k++) {
    if (isPunct(ctx, k, ",")) return { first: r.first, end: k };
    if (ctx.pos[k] === "AUX" || ctx.inQuotation[k]! >= 0 || isPunct(ctx, k, ".;:!?") || (ctx.pos[k] === "VERB" && ctx.pos[k - 1] !== "DET")) return r;
  }
  return r;
}

/** "Trump is expected to win the state", "His supporters seemed unperturbed": a stance with no source, whose content is the subject with the rest of the clause. */
function readRaising(ctx: QuoteContext, cue: CueMatch): Attribution | null {
  const { first, end } = sentenceBounds(ctx, cue.first);
  const subject = findSourceLeft(ctx, cue.first, first);
  if (!subject || subject.first === subject.end || hasRole(ctx, subject.first, "relative")) return null;
  const tail = findClauseEnd(ctx, cue.end, end);
  if (tail.end <= cue.end) return null;
  return make(ctx, cue, null, { first: subject.first, end: tail.end }, "indirect:raising");
}
