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

/**
 * Pronouns that head their phrase before a post-modifier ("those responsible", "those killed", "someone
 * inside"), as a parser's root is: an indefinite pronoun always, a demonstrative only before a participle
 * or an adjective used after its noun (before a noun it is that noun's determiner: "those people").
 */
const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(["anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody", "no-one"]);
const DEMONSTRATIVE_PRONOUNS: ReadonlySet<string> = new Set(["those", "these"]);
const POSTPOSED_ADJECTIVES: ReadonlySet<string> = new Set(["responsible", "present", "inside", "aboard", "alive", "dead", "concerned", "involved", "left"]);

function isPostModifierAfterPronoun(word: string): boolean {
  const lower = word.toLowerCase();
  return POSTPOSED_ADJECTIVES.has(lower) || /^\p{L}+ed$/u.test(lower);
}

export function headOf(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const words = [...slice.matchAll(WORD)];
  const first = words[0];
  if (first && words.length > 1) {
    const lower = first[0].toLowerCase();
    if (INDEFINITE_PRONOUNS.has(lower) || (DEMONSTRATIVE_PRONOUNS.has(lower) && isPostModifierAfterPronoun(words[1]![0]))) {
      const start = span.start + first.index!;
      return { start, end: start + first[0].length };
    }
  }
  let head: Span | null = null;
  let seenWord = false;
  for (const m of words) {
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
