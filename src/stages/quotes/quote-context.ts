import type { Document } from "../../core/document.js";
import { layer } from "../../core/document.js";
import { tokenLowerTexts } from "../../core/token-texts.js";
import type { CueEntry, CuePhrase, QuotesLexicons } from "./resources.js";
import { findQuotations, type Quotation } from "./find-quotations.js";

/** The document as the quotes stage reads it: flat token arrays (fast to scan) and quotation runs. */
export interface QuoteContext {
  readonly text: string;
  readonly lex: QuotesLexicons;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sentence: Int32Array;
  readonly pos: readonly string[];
  /** Lower-case surface form, with curly apostrophes kept as written. */
  readonly word: readonly string[];
  /** First and one-past-last token of each sentence. */
  readonly sentenceFirst: Int32Array;
  readonly sentenceEnd: Int32Array;
  readonly quotations: readonly Quotation[];
  /** Index into `quotations` of the quotation a token lies inside, or -1. Quote marks themselves count as inside. */
  readonly inQuotation: Int32Array;
  /** Entity spans with their type, when an entities stage ran. */
  readonly entities: readonly { readonly start: number; readonly end: number; readonly type: string }[];
  /**
   * Per token, its word's cue phrases and cue verb (lex.cuePhrases, lex.cueVerbs; null for none), filled
   * by matchCue on its first look at the token: the passes of the stage ask about the same tokens again
   * and again. Absent on a context made elsewhere, whose readers look the word up each time.
   */
  readonly cueLookups?: { readonly phrases: (readonly CuePhrase[] | null | undefined)[]; readonly verbs: (CueEntry | null | undefined)[] };
}

export function buildQuoteContext(doc: Document, lex: QuotesLexicons): QuoteContext {
  const text = doc.text;
  const tokens = layer(doc, "token");
  const sentences = layer(doc, "sentence");
  const n = tokens.length;
  const start = new Int32Array(n), end = new Int32Array(n), sentence = new Int32Array(n);
  const pos: string[] = new Array(n), word: string[] = new Array(n);
  const lowers = tokenLowerTexts(text, tokens);
  let merged = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    start[i] = t.start;
    end[i] = t.end;
    pos[i] = t.data.pos;
    word[i] = lowers[i]!;
    // The segmenter ends sentences after "(D-Wis.)" or "Paul D.": a sentence that opens in lower case on the
    // same line ("... (D-Wis.) said ...") goes on the sentence before.
    if (i > 0 && t.data.sentence !== tokens[i - 1]!.data.sentence && continuesSentence(text, end[i - 1]!, t.start)) merged++;
    sentence[i] = t.data.sentence - merged;
  }
  const count = n ? sentence[n - 1]! + 1 : 0;
  const sentenceFirst = new Int32Array(Math.max(count, sentences.length - merged)).fill(-1);
  const sentenceEnd = new Int32Array(sentenceFirst.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const s = sentence[i]!;
    if (sentenceFirst[s] === -1) sentenceFirst[s] = i;
    sentenceEnd[s] = i + 1;
  }
  const entities = layer(doc, "entity").map((e) => ({ start: e.start, end: e.end, type: e.data.type as string }));
  retagNames(text, start, end, sentence, pos, word, entities, lex);
  const quotations = findQuotations(text);
  const inQuotation = new Int32Array(n).fill(-1);
  let q = 0;
  for (let i = 0; i < n && q < quotations.length; i++) {
    while (q < quotations.length && quotations[q]!.end <= start[i]!) q++;
    if (q < quotations.length && quotations[q]!.start <= start[i]! && end[i]! <= quotations[q]!.end) inQuotation[i] = q;
  }
  const cueLookups = { phrases: new Array<readonly CuePhrase[] | null | undefined>(n).fill(undefined), verbs: new Array<CueEntry | null | undefined>(n).fill(undefined) };
  return { text, lex, start, end, sentence, pos, word, sentenceFirst, sentenceEnd, quotations, inQuotation, entities, cueLookups };
}

function continuesSentence(text: string, prevEnd: number, start: number): boolean {
  const c = text[start]!;
  return c !== c.toUpperCase() && c === c.toLowerCase() && /\p{Ll}/u.test(c) && !text.slice(prevEnd, start).includes("\n") && (text[prevEnd - 1] === "." || text[prevEnd - 1] === ")");
}

/** Whether a word has a grammatical role in the quotes lexicon. */
export function hasRole(ctx: QuoteContext, i: number, role: string): boolean {
  return ctx.lex.grammar.get(ctx.word[i]!)?.has(role) ?? false;
}

export function isPunct(ctx: QuoteContext, i: number, chars: string): boolean {
  return ctx.pos[i] === "PUNCT" && chars.includes(ctx.word[i]!);
}

/** A period glued to an abbreviation inside a name ("(D-Wis.)", "Jr.,"): it does not end the clause. */
export function isAbbreviationPeriod(ctx: QuoteContext, i: number): boolean {
  return ctx.word[i] === "." && i > 0 && ctx.start[i] === ctx.end[i - 1] && i + 1 < ctx.word.length && (ctx.word[i + 1] === ")" || ctx.word[i + 1] === ",");
}

export const OPEN_QUOTES = "“\"";
export const CLOSE_QUOTES = "”\"";

/**
 * wink tags a capitalised name at the start of a sentence as a verb ("Lynch said ...", "Ted Cruz is"):
 * a token inside a named entity, or a capitalised sentence-initial "verb" right before a verb or a name, is a name.
 */
function retagNames(text: string, start: Int32Array, end: Int32Array, sentence: Int32Array, pos: string[], word: readonly string[], entities: readonly { start: number; end: number; type: string }[], lex: QuotesLexicons): void {
  let e = 0;
  for (let i = 0; i < pos.length; i++) {
    while (e < entities.length && entities[e]!.end <= start[i]!) e++;
    const c = text.charCodeAt(start[i]!);
    const capitalised = (c >= 65 && c <= 90) || (c > 127 && text[start[i]!]!.toLowerCase() !== text[start[i]!]);
    if (!capitalised) continue;
    const inEntity = e < entities.length && entities[e]!.start <= start[i]! && end[i]! <= entities[e]!.end && entities[e]!.type !== "MISC";
    const sentenceInitial = i === 0 || sentence[i - 1] !== sentence[i];
    if (inEntity && pos[i] !== "PROPN" && pos[i] !== "NOUN" && pos[i] !== "DET" && !lex.cueVerbs.has(word[i]!)) pos[i] = "PROPN";
    else if (sentenceInitial && pos[i] === "VERB" && !lex.cueVerbs.has(word[i]!) && i + 1 < pos.length && (pos[i + 1] === "VERB" || pos[i + 1] === "PROPN") && sentence[i + 1] === sentence[i]) pos[i] = "PROPN";
  }
}
