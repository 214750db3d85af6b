import type { SentenceView } from "./sentence-view.js";

/** Tokens from a word of cause to the event it introduces ("over the recent killing of": 4). */
const CAUSE_REACH_TOKENS = 6;

/**
 * Whether a word of cause or grievance (cls:protest-cause: "against", "over", "condemn") stands within reach
 * before token `at` and after token `after`, with no comma or semicolon between: "protested over the killing of
 * two students", "in protest against the killing of kar sevaks" name what a protest is about, not what
 * happened at it.
 */
export function causeWordBefore(s: SentenceView, at: number, causeWords: ReadonlySet<string>, after = -1): boolean {
  if (causeWords.size === 0) return false;
  for (let i = at - 1; i > after && i >= at - CAUSE_REACH_TOKENS; i--) {
    const word = s.words[i]!;
    if (word === "," || word === ";") return false;
    if (causeWords.has(word)) return true;
  }
  return false;
}
