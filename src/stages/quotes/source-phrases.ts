import { SOURCE_MAX_TOKENS } from "./heuristics.js";
import { hasRole, isPunct, type QuoteContext } from "./quote-context.js";

/** A token range [first, end) naming a source, addressee or outlet. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

const NOMINAL = new Set(["PROPN", "NOUN", "NUM"]);
const MODIFIER = new Set(["PROPN", "NOUN", "NUM", "ADJ"]);
const SUBJECT_PRONOUNS = ["pronoun-person", "pronoun-group", "pronoun-org", "pronoun-self", "relative"];

function isPronoun(ctx: QuoteContext, i: number): boolean {
  return SUBJECT_PRONOUNS.some((r) => hasRole(ctx, i, r)) && (ctx.pos[i] === "PRON" || ctx.pos[i] === "DET" || ctx.pos[i] === "SCONJ");
}

/** Skips, leftwards from `i`, the auxiliaries, negations and adverbs that may stand between a subject and its cue. */
export function skipVerbGroupLeft(ctx: QuoteContext, i: number, floor: number): number {
  let j = i;
  while (j >= floor && (hasRole(ctx, j, "auxiliary") || hasRole(ctx, j, "negation") || hasRole(ctx, j, "cue-adverb") || (ctx.pos[j] === "ADV" && ctx.word[j]!.endsWith("ly")))) j--;
  return j;
}

/**
 * The subject noun phrase ending just before a cue ("foreign minister Amir Khan Muttaqi said",
 * "a US State Department official said", "he has also said"), or null when the words there are not one.
 */
export function findSourceLeft(ctx: QuoteContext, cue: number, floor: number, nested = false): TokenRange | null {
  let j = skipVerbGroupLeft(ctx, cue - 1, floor);
  // "Trump on Monday said", "Clinton last week told"
  if (j - 1 >= floor && hasRole(ctx, j, "time-word") && (ctx.word[j - 1] === "on" || ctx.word[j - 1] === "last" || ctx.word[j - 1] === "this")) j = skipVerbGroupLeft(ctx, j - 2, floor);
  if (j < floor) return null;
  if ((isPunct(ctx, j, ",—–") || ctx.word[j] === "--") && !nested) return findAppositiveSource(ctx, j, floor);
  if (isPronoun(ctx, j)) {
    // "that" names a source only as a relative pronoun after a noun ("the group that said"), not after a verb.
    if (ctx.word[j] === "that" && !(j > floor && (ctx.pos[j - 1] === "NOUN" || ctx.pos[j - 1] === "PROPN"))) return null;
    return ctx.inQuotation[j]! < 0 ? { first: j, end: j + 1 } : null;
  }
  // "Rep. Gwen Moore (D-Wis.) said": a parenthesis after the name belongs to the source.
  let closeParen = -1;
  if (ctx.word[j] === ")") {
    let k = j - 1;
    while (k > floor && ctx.word[k] !== "(" && j - k < 8) k--;
    if (ctx.word[k] === "(" && k - 1 >= floor) { closeParen = j; j = k - 1; }
  }
  if (!NOMINAL.has(ctx.pos[j]!) || ctx.inQuotation[j]! >= 0) return null;
  if (hasRole(ctx, j, "time-word") && ctx.pos[j] !== "NOUN") return null;
  const last = closeParen >= 0 ? closeParen : j;
  let first = j;
  for (let k = j - 1; k >= floor && j - k < SOURCE_MAX_TOKENS; k--) {
    const w = ctx.word[k]!;
    const p = ctx.pos[k]!;
    if (ctx.inQuotation[k]! >= 0) break;
    if (MODIFIER.has(p)) { first = k; continue; }
    // "CNN/ORC poll": a slash joins two names.
    if (w === "/" && k - 1 >= floor && ctx.pos[k - 1] === "PROPN" && ctx.pos[k + 1] === "PROPN") { first = k; continue; }
    // "Leaked emails showed": a participle opening the phrase is an adjective.
    if (p === "VERB" && /ed$/.test(w) && (k === floor || ctx.pos[k - 1] === "DET" || ctx.pos[k - 1] === "PUNCT")) { first = k; continue; }
    if (p === "PART" && (w === "'s" || w === "’s")) { first = k; continue; }
    if (p === "DET" || (p === "PRON" && /^(his|her|their|its|our|my)$/.test(w))) {
      first = k;
      // "Mr. Morgan of the Sierra Club": a determiner after a linking word goes on to the noun before it.
      if (k - 2 >= floor && /^(of|for|at|by|to)$/.test(ctx.word[k - 1]!) && MODIFIER.has(ctx.pos[k - 2]!) && ctx.inQuotation[k - 2]! < 0) { k--; continue; }
      break;
    }
    if ((w === "of" || w === "and" || w === "for") && k - 1 >= floor && MODIFIER.has(ctx.pos[k - 1]!) && MODIFIER.has(ctx.pos[k + 1]!) ) { first = k; continue; }
    // "Darran Whiting of Liberty Baptist Church in Marion": a place or employer named after the noun.
    if (/^(in|at|from|with)$/.test(w) && k - 1 >= floor && (ctx.pos[k - 1] === "PROPN" || ctx.pos[k - 1] === "NOUN") && ctx.pos[k + 1] === "PROPN") { first = k; continue; }
    break;
  }
  // A phrase cannot start with a linking word left dangling.
  while (first < last && /^(of|and|for)$/.test(ctx.word[first]!)) first++;
  // A share of people ("About 4 in 10 say", "two out of three said") is a source; a bare number ("in 2010 said") is a date or a count.
  if (first === j && ctx.pos[j] === "NUM") return findShareLeft(ctx, j, floor);
  // "A UN report obtained by Reuters suggested": the report is the source, the agency that obtained it only relays it.
  const by = first - 1;
  if (by - 2 >= floor && ctx.word[by] === "by" && ctx.pos[by - 1] === "VERB" && /(ed|en|n)$/.test(ctx.word[by - 1]!)) {
    const head = findSourceLeft(ctx, by - 1, floor, true);
    if (head && head.end === by - 1) return head;
  }
  return { first, end: last + 1 };
}

/**
 * A noun phrase starting at `i` ("said David Wasserman", "told reporters", "according to Yahoo News"),
 * extended over an apposition up to `limit` when `withApposition` ("..., House editor for the Cook Political Report").
 */
export function findPhraseRight(ctx: QuoteContext, i: number, limit: number, withApposition: boolean): TokenRange | null {
  // "said Tuesday" names a day, not a speaker.
  if (i >= limit || ctx.inQuotation[i]! >= 0 || (hasRole(ctx, i, "time-word") && ctx.pos[i] !== "DET" && ctx.pos[i] !== "ADJ")) return null;
  if (isPronoun(ctx, i) || (ctx.pos[i] === "PRON" && /^(him|her|them|us|me|reporters)$/.test(ctx.word[i]!))) return { first: i, end: i + 1 };
  let k = i;
  let sawNominal = false;
  let forcedNominal = -1;
  while (k < limit && k - i < SOURCE_MAX_TOKENS && ctx.inQuotation[k]! < 0) {
    const p = ctx.pos[k]!;
    const w = ctx.word[k]!;
    // After "according to" only a noun phrase can follow: wink tags "police" or "exit" there as verbs.
    const afterAccordingTo = k === i && p === "VERB" && ctx.word[i - 1] === "to" && (w.endsWith("ing") || ctx.word[i - 2] === "according");
    if (afterAccordingTo) forcedNominal = k;
    if (NOMINAL.has(p) || afterAccordingTo) { sawNominal = true; k++; continue; }
    if (p === "ADJ" || (p === "DET" && k === i) || (p === "PRON" && k === i && /^(his|her|their|its)$/.test(w))) { k++; continue; }
    if (p === "PART" && (w === "'s" || w === "’s") && sawNominal) { k++; continue; }
    if ((w === "of" || w === "and" || w === "for") && sawNominal && k + 1 < limit && (MODIFIER.has(ctx.pos[k + 1]!) || ctx.pos[k + 1] === "DET")) { k++; continue; }
    if (ctx.pos[k] === "DET" && sawNominal && k > i && /^(of|for)$/.test(ctx.word[k - 1]!)) { k++; continue; }
    break;
  }
  while (k > i && !NOMINAL.has(ctx.pos[k - 1]!) && k - 1 !== forcedNominal) k--;
  if (!sawNominal || k <= i) return null;
  if (withApposition && k + 1 < limit && isPunct(ctx, k, ",")) {
    const app = findPhraseRight(ctx, k + 1, limit, false);
    // Only an apposition that closes the clause: ", a spokesman for the campaign."
    if (app && (app.end >= limit || isPunct(ctx, app.end, ".;:!?"))) return { first: i, end: app.end };
  }
  return { first: i, end: k };
}

/**
 * "X, an apposition, said": the noun phrase before the first comma, at the start of its clause,
 * with the apposition (PolNeAR counts it as part of the source when it identifies the speaker).
 */
function findAppositiveSource(ctx: QuoteContext, comma: number, floor: number): TokenRange | null {
  for (let c = comma - 1; c >= floor && comma - c <= SOURCE_MAX_TOKENS * 2; c--) {
    // An abbreviation's period ("R-Ky.,") does not end the apposition.
    if (ctx.inQuotation[c]! >= 0 || (isPunct(ctx, c, ".;:!?") && !(ctx.word[c] === "." && ctx.start[c] === ctx.end[c - 1] && isPunct(ctx, c + 1, ",")))) return null;
    // The apposition opens with the same mark that closes it ("Sims — a teacher from Mount Pleasant — says").
    if (ctx.word[c] !== ctx.word[comma]) continue;
    const open = c + 1;
    if (ctx.pos[open] === "PUNCT") return null;
    const head = findSourceLeft(ctx, c, floor, true);
    // "Marley Anderson, 21, a junior from Las Vegas, said": an age or a second apposition sits between; look further left.
    if (!head || head.end !== c) continue;
    const before = head.first - 1;
    if (before >= floor && !(ctx.pos[before] === "PUNCT" || ctx.pos[before] === "CCONJ" || ctx.pos[before] === "SCONJ" || ctx.pos[before] === "ADV")) return null;
    return { first: head.first, end: comma };
  }
  return null;
}

/** "(about) 4 in 10", "two out of three", "6 of 10" ending at `j`: a poll's share of respondents. */
function findShareLeft(ctx: QuoteContext, j: number, floor: number): TokenRange | null {
  let k = j - 1;
  if (k >= floor && ctx.word[k] === "of" && ctx.word[k - 1] === "out") k--;
  if (k < floor || !/^(in|of|out)$/.test(ctx.word[k]!) || k - 1 < floor || ctx.pos[k - 1] !== "NUM") return null;
  let first = k - 1;
  if (first - 1 >= floor && hasRole(ctx, first - 1, "approximator")) first--;
  return { first, end: j + 1 };
}
