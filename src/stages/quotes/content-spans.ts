import { CLAUSE_MAX_TOKENS, CUE_TO_THAT_MAX_TOKENS, INDIRECT_CONTENT_MIN_WORDS, SCARE_QUOTE_MAX_WORDS, SOURCE_MAX_TOKENS, ZERO_THAT_VERB_WITHIN_TOKENS } from "./heuristics.js";
import type { CueMatch } from "./attribution.js";
import { matchCue } from "./match-cue.js";
import { hasRole, isPunct, type QuoteContext } from "./quote-context.js";
import { findPhraseRight, findSourceLeft, type TokenRange } from "./source-phrases.js";

const VERBS = new Set(["VERB", "AUX"]);

export interface ContentRange extends TokenRange {
  readonly addressee: TokenRange | null;
  readonly via: TokenRange | null;
}

/** Skips a time adjunct at `k` ("Tuesday", "on Friday", "last week", "earlier this month"). */
function skipTimeAdjunct(ctx: QuoteContext, k: number, limit: number): number {
  let j = k;
  if (j < limit && (ctx.word[j] === "on" || ctx.word[j] === "earlier" || ctx.word[j] === "late" || ctx.word[j] === "early") && j + 1 < limit && hasRole(ctx, j + 1, "time-word")) j++;
  while (j < limit && hasRole(ctx, j, "time-word") && (ctx.pos[j] === "PROPN" || ctx.pos[j] === "NOUN" || ctx.pos[j] === "ADV" || ctx.pos[j] === "DET" || ctx.pos[j] === "ADJ")) j++;
  return j;
}

/**
 * The content reported after a cue: past an addressee ("told Bakhtar"), adjuncts and "that"
 * ("said on Friday that"), to the end of the clause. Null when what follows is not a clause
 * ("said nothing", "said in a statement.").
 */
export function findContentAfter(ctx: QuoteContext, cue: CueMatch, sentenceEnd: number, strict: boolean): ContentRange | null {
  let k = cue.end;
  let addressee: TokenRange | null = null;
  const frame = cue.entry.frame;
  let askedStart = -1;
  if ((frame === "tell" || frame === "ask") && k < sentenceEnd && ctx.word[k] !== "that") {
    addressee = findPhraseRight(ctx, k, sentenceEnd, false);
    // "urged the administration to act": who is asked is part of what is asked (PolNeAR's reading too).
    if (addressee && frame === "ask" && ctx.word[addressee.end] === "to") askedStart = addressee.first;
    if (addressee) k = addressee.end;
  }
  k = skipTimeAdjunct(ctx, k, sentenceEnd);
  // An explicit "that" within reach, past adjuncts ("told the agency after talks in Doha that"); a
  // "that" after an object ("claimed a bombing of a mosque that left...") is a relative pronoun.
  let start = -1;
  // "cautioned, as did the campaign itself, that ...": a parenthetical between commas before "that".
  if (isPunct(ctx, k, ",")) {
    for (let j = k + 1; j < sentenceEnd && j - k <= CUE_TO_THAT_MAX_TOKENS && ctx.inQuotation[j]! < 0; j++) {
      if (isPunct(ctx, j, ".;:!?")) break;
      if (isPunct(ctx, j, ",")) { if (ctx.word[j + 1] === "that") start = j + 2; break; }
    }
  }
  // "reported anonymously that", "said repeatedly that"
  while (k < sentenceEnd && ctx.pos[k] === "ADV" && ctx.word[k]!.endsWith("ly") && k + 1 < sentenceEnd && ctx.word[k + 1] === "that") k++;
  const adjunctGap = ctx.word[k] === "that" || isPunct(ctx, k, ",") || hasRole(ctx, k, "adjunct-preposition") || hasRole(ctx, k, "time-word");
  for (let j = k; start < 0 && adjunctGap && j < sentenceEnd && j - k <= CUE_TO_THAT_MAX_TOKENS; j++) {
    if (ctx.word[j] === "that" && ctx.inQuotation[j]! < 0) { start = j + 1; break; }
    // A verb-tagged word after a determiner or noun is a noun ("at a campaign stop in Toledo").
    const nounLike = j > k && (ctx.pos[j - 1] === "DET" || ctx.pos[j - 1] === "NOUN" || ctx.pos[j - 1] === "ADJ");
    if ((VERBS.has(ctx.pos[j]!) && !nounLike) || ctx.inQuotation[j]! >= 0 || isPunct(ctx, j, ".;:!?")) break;
  }
  // An intention's content is its infinitive ("wants to sign up 5 million people", "vowed to appeal").
  if (start < 0 && ctx.word[k] === "to" && ctx.pos[k] !== "ADP" && (cue.entry.cueClass === "intention" || frame === "say")) start = k;
  const explicitThat = start >= 0 && ctx.word[start - 1] === "that";
  if (start < 0) {
    if (strict && frame !== "ask" && frame !== "object") return null;
    start = k;
    while (start < sentenceEnd && isPunct(ctx, start, ",:")) start++;
    // "75 percent of Democrats said yes": an answer word is the whole content.
    const answer = /^(yes|no)$/.test(ctx.word[start] ?? "") && (start + 1 >= sentenceEnd || ctx.pos[start + 1] === "PUNCT");
    if (answer) return { first: start, end: start + 1, addressee, via: null };
    if (frame !== "object" && !opensClause(ctx, start, sentenceEnd, cue.entry.lemma === "say" || cue.entry.lemma === "tell")) return null;
  }
  if (start >= sentenceEnd) return null;
  if (askedStart >= 0 && start === k) start = askedStart;
  const firstWord = ctx.word[start]!;
  if (!explicitThat && ctx.pos[start] === "ADP" && !(firstWord === "to" && (frame === "ask" || frame === "tell")) && !/^(if|whether)$/.test(firstWord)) return null;
  if (isPunct(ctx, start, ".;!?)")) return null;
  // "arguing since ...", "said because ...": an adverbial clause, not what was said.
  if (!explicitThat && ((ctx.pos[start] === "SCONJ" && !/^(that|if|whether)$/.test(firstWord)) || hasRole(ctx, start, "adverbial-opener"))) return null;
  const tail = findClauseEnd(ctx, start, sentenceEnd);
  if (tail.end - start < INDIRECT_CONTENT_MIN_WORDS) return null;
  let hasVerb = false;
  for (let j = start; j < tail.end && !hasVerb; j++) hasVerb = VERBS.has(ctx.pos[j]!) || (ctx.inQuotation[j]! >= 0 && ctx.quotations[ctx.inQuotation[j]!]!.words > 3);
  if (!hasVerb && frame !== "object") return null;
  return { first: start, end: tail.end, addressee, via: tail.via };
}

/** A clause without "that" ("said the Taliban wanted ...") has its verb within a few words, before any relative pronoun or comma. */
function opensClause(ctx: QuoteContext, start: number, end: number, sayOrTell: boolean): boolean {
  if (ctx.inQuotation[start]! >= 0) return true;
  if (ctx.word[start] === "to" || /^(if|whether|how|why|what)$/.test(ctx.word[start]!)) return true;
  for (let j = start; j < end && j - start <= ZERO_THAT_VERB_WITHIN_TOKENS; j++) {
    // A gerund may be the subject ("said legalizing it could put thousands to work"): look on for the finite verb.
    if (j === start && ctx.pos[j] === "VERB" && ctx.word[j]!.endsWith("ing")) continue;
    if (VERBS.has(ctx.pos[j]!)) return j > start;
    // "said Obama’s words and actions “amount to intimidation”": the predicate is a partial quotation.
    if (j > start && ctx.inQuotation[j]! >= 0 && ctx.quotations[ctx.inQuotation[j]!]!.words > SCARE_QUOTE_MAX_WORDS) return true;
    // "said fathers who adopt would not be eligible": after say and tell a relative clause sits inside the subject;
    // after other verbs it marks an object ("claimed a bombing that left 60 dead").
    if ((hasRole(ctx, j, "relative") && !sayOrTell) || isPunct(ctx, j, ",;:.")) return false;
  }
  return false;
}

/**
 * Where a reported clause ends: at the end of its sentence, before a trailing relay (", reports
 * news agency AFP", ", according to X") or a participle cue that opens the next attribution (", adding ...").
 */
export function findClauseEnd(ctx: QuoteContext, from: number, sentenceEnd: number): { end: number; via: TokenRange | null } {
  // A content clause ends within CLAUSE_MAX_TOKENS of its cue, however long the "sentence" (a text
  // without punctuation is one sentence: scanning it to the end for every cue was quadratic).
  sentenceEnd = Math.min(sentenceEnd, from + CLAUSE_MAX_TOKENS);
  let end = sentenceEnd;
  let via: TokenRange | null = null;
  for (let c = from + 1; c < sentenceEnd - 1; c++) {
    if (!isPunct(ctx, c, ",;") || ctx.inQuotation[c]! >= 0) continue;
    const cue = matchCue(ctx, c + 1, ["speech", "relay", "belief"]);
    if (!cue) continue;
    if (cue.entry.cueClass === "relay") {
      // The relay closes the sentence; the clause before it may still end earlier (", and noted ...").
      const outlet = findPhraseRight(ctx, cue.end, sentenceEnd, true);
      if (outlet && (outlet.end >= sentenceEnd || isPunct(ctx, outlet.end, ".!?"))) { via = outlet; end = c; break; }
    }
    if (ctx.word[c + 1]!.endsWith("ing")) { end = c; break; }
  }
  // "... described the showdown as ominous, and said the panel ...": a coordinated cue starts the next attribution.
  for (let c = from + 1; c < end - 1; c++) {
    if ((ctx.word[c] !== "and" && ctx.word[c] !== "but") || ctx.inQuotation[c]! >= 0) continue;
    // Only a speech cue starts a new statement: "said he posed a threat and refused to drop the gun" is one content.
    const next = matchCue(ctx, c + 1, ["speech", "relay"]);
    if (next && ctx.pos[c + 1] === "VERB" && !ctx.word[c + 1]!.endsWith("ing")) { end = isPunct(ctx, c - 1, ",") ? c - 1 : c; break; }
  }
  // "were killed on Saturday in what the UN representative called a “heinous murder”": the writer's frame around another attribution.
  for (let c = from + 1; c < end - 2; c++) {
    if (ctx.word[c] !== "in" || ctx.word[c + 1] !== "what" || ctx.inQuotation[c]! >= 0) continue;
    for (let x = c + 3; x < end && x - c <= SOURCE_MAX_TOKENS; x++) {
      if (!matchCue(ctx, x)) continue;
      const who = findSourceLeft(ctx, x, c + 2);
      if (who && who.first === c + 2) end = isPunct(ctx, c - 1, ",") ? c - 1 : c;
      break;
    }
    if (end <= c) break;
  }
  // ", although he again refused ...": a concessive clause is the writer's, not the source's.
  for (let c = from + 1; c < end - 1; c++) {
    if (isPunct(ctx, c, ",") && ctx.inQuotation[c]! < 0 && hasRole(ctx, c + 1, "concessive")) { end = c; break; }
  }
  // A new clause with its own attribution ("... — and he noted that ...", ", but he said ...", "; they said ...")
  // ends the clause; so does a semicolon.
  for (let c = from + 1; c < end - 1; c++) {
    if (ctx.inQuotation[c]! >= 0) continue;
    if (isPunct(ctx, c, ";")) { end = c; break; }
    if (!(isPunct(ctx, c, ",—–") || ctx.word[c] === "--" || ctx.word[c] === "but")) continue;
    let k = c + 1;
    if (k < end && (ctx.word[k] === "and" || ctx.word[k] === "but")) k++;
    if (k >= end || k === c + 1 && ctx.word[c] !== "but" && !isPunct(ctx, c, "—–") && ctx.word[c] !== "--") continue;
    for (let x = k + 1; x < end && x - k <= SOURCE_MAX_TOKENS; x++) {
      if (!matchCue(ctx, x)) continue;
      const who = findSourceLeft(ctx, x, k);
      if (who && who.first === k) end = c;
      break;
    }
    if (end === c) break;
  }
  // A trailing attribution of its own (", sources said.") ends the clause before its comma.
  for (let c = from + 1; c < end - 1; c++) {
    if (!isPunct(ctx, c, ",") || ctx.inQuotation[c]! >= 0) continue;
    if (isTrailingAttribution(ctx, c + 1, sentenceEnd)) { end = c; break; }
  }
  while (end > from && isPunct(ctx, end - 1, ".,;:")) end--;
  return { end, via };
}

/** ", X said." or ", said X." from `k` to the end of the sentence. */
export function isTrailingAttribution(ctx: QuoteContext, k: number, sentenceEnd: number): boolean {
  const inverted = matchCue(ctx, k);
  if (inverted) {
    const who = findPhraseRight(ctx, inverted.end, sentenceEnd, true);
    return !!who && onlyAdjunctsFollow(ctx, who.end, sentenceEnd);
  }
  for (let x = k + 1; x < sentenceEnd && x - k <= SOURCE_MAX_TOKENS; x++) {
    const cue = matchCue(ctx, x);
    if (!cue) continue;
    const who = findSourceLeft(ctx, x, k);
    return !!who && who.first === k && onlyAdjunctsFollow(ctx, afterAddressee(ctx, cue, sentenceEnd), sentenceEnd);
  }
  return false;
}

/** Past the addressee of a telling cue (", Trump told reporters."), where adjuncts may start. */
export function afterAddressee(ctx: QuoteContext, cue: CueMatch, end: number): number {
  if (cue.entry.frame !== "tell" && cue.entry.frame !== "ask") return cue.end;
  return findPhraseRight(ctx, cue.end, end, false)?.end ?? cue.end;
}

/** True when only adjuncts ("on Friday", "in a statement") and the final punctuation follow `k`. */
export function onlyAdjunctsFollow(ctx: QuoteContext, k: number, end: number): boolean {
  // An adjunct opens with a preposition or a time word ("in a statement", "Tuesday"); a noun phrase there is an object.
  if (k < end && !isPunct(ctx, k, ".!?") && !hasRole(ctx, k, "adjunct-preposition") && !hasRole(ctx, k, "time-word") && ctx.pos[k] !== "ADV") return false;
  for (let j = k; j < end; j++) {
    if (isPunct(ctx, j, ".!?")) return true;
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX" || ctx.word[j] === "that" || ctx.inQuotation[j]! >= 0 || isPunct(ctx, j, ",;:")) return false;
  }
  return true;
}

/** Character span of tokens [first, end), carried to the end of a quotation the last token opens or sits in. */
export function contentChars(ctx: QuoteContext, range: TokenRange): { start: number; end: number } {
  let start = ctx.start[range.first]!;
  let end = ctx.end[range.end - 1]!;
  const q = ctx.inQuotation[range.end - 1]!;
  if (q >= 0 && ctx.quotations[q]!.end > end) end = ctx.quotations[q]!.end;
  while (end > start && /[\s.,;:]/.test(ctx.text[end - 1]!)) end--;
  while (start < end && /[\s,;:]/.test(ctx.text[start]!)) start++;
  return { start, end };
}
