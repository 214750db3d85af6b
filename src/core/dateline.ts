import { DASHES } from "../lexicons/grammar-words.js";

/** Dashes that close a wire story's dateline ("--", an em or en dash, "-", "_" in some wires). */
export const DATELINE_DASHES: ReadonlySet<string> = new Set([...DASHES, "_", "-"]);
/**
 * Tokens from the start of a story within which a dateline's date may stand, and from that date to the
 * dash that closes the dateline ("SAN SALVADOR, 10 JAN 90 (ACAN-EFE) --": the source in brackets between).
 */
export const DATELINE_MAX_TOKENS = 10;

/**
 * The index of the dash that closes a wire story's dateline ("MOGADISHU, March 14 (Reuters) - A car bomb exploded"),
 * or -1: a dateline holds names, a date, commas and brackets; a verb before the dash makes it prose. Read through
 * accessors, so each stage asks it of its own view of the first sentence's tokens.
 */
export function datelineDashIndex(count: number, wordAt: (i: number) => string, posAt: (i: number) => string): number {
  // A dash inside a bracket is the bracket's own ("Military Forces of Nigeria (2015-2023)", ACLED's period of a state's
  // forces; "(ACAN-EFE)"): the dateline's dash follows the bracket's close.
  let depth = 0;
  for (let i = 1; i < count && i <= 2 * DATELINE_MAX_TOKENS; i++) {
    const w = wordAt(i);
    if (w === "(" || w === "[") depth++;
    else if ((w === ")" || w === "]") && depth > 0) depth--;
    if (depth === 0 && DATELINE_DASHES.has(w)) return i;
    const pos = posAt(i);
    if (pos === "VERB" || pos === "AUX") return -1;
  }
  return -1;
}

/**
 * The position of the sentence that opens a story's text: the first that is not a headline glued to the
 * text after it (SentenceData.headline: the segment stage's rules glued-headline and glued-dateline), which
 * is where a wire story's dateline stands ("7 militants killed in blasts in Afghanistan | KANDAHAR, Oct. 3
 * (Xinhua) -- ..."); 0 in a text that has none.
 */
export function storyOpening(sentences: readonly { readonly data: { readonly headline?: true } }[]): number {
  let i = 0;
  while (i + 1 < sentences.length && sentences[i]!.data.headline) i++;
  return i;
}
