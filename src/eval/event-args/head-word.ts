import type { Span } from "../../core/index.js";

/**
 * The head word of an argument span, for head-word argument matching as the event-argument
 * corpora's papers score it (WikiEvents "Arg-C head F1", Li et al. 2021; RAMS "head F1" in
 * BART-Gen): two argument spans match when their head words are the same token. Neither corpus
 * ships its heads, and sitrep has no dependency parser, so the head of a noun phrase is found as
 * English base noun phrases give it: the last word before the first post-modifier (a preposition,
 * a relative pronoun, a comma, a bracket or dash, an apposition), with a trailing possessive
 * dropped ("Russia's" -> "Russia"). "the former mayor of Caracas" -> "mayor"; "Iraq, Libya, and
 * Syria" -> "Iraq"; "hundreds of thousands of Filipinos" -> "hundreds" (as a parser's root would).
 * The same function reads gold and predicted spans, so the rule is symmetric.
 */
const POST_MODIFIERS: ReadonlySet<string> = new Set([
  "of", "in", "on", "at", "from", "with", "without", "for", "to", "by", "near", "inside", "outside", "into", "across", "over", "under",
  "against", "during", "after", "before", "between", "among", "around", "including", "like", "than", "via", "per",
  "who", "whom", "whose", "which", "that", "where", "when", "while", "and", "or", "but",
]);

/** Words and single punctuation marks: linear, one character class each. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-_]*|[^\s\p{L}\p{N}]/gu;
const PUNCT_STOP = /^[,;:()[\]{}–—"“”]$/u;

export function headOf(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  let head: Span | null = null;
  let seenWord = false;
  for (const m of slice.matchAll(WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    const isWord = /^[\p{L}\p{N}]/u.test(w);
    // A post-modifier ends the phrase once it has a word; coordination too ("Iraq, Libya, and Syria").
    if (seenWord && (PUNCT_STOP.test(w) || POST_MODIFIERS.has(lower))) break;
    if (!isWord) continue;
    seenWord = true;
    const start = span.start + m.index!;
    const end = start + w.replace(/['’]s?$/u, "").length;
    if (end > start) head = { start, end };
  }
  return head ?? span;
}
