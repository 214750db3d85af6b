/** Words that introduce where something happened: "in Peshawar", "near the town of Aipe", "at the Kabul airport". */
const LOCATIVES: ReadonlySet<string> = new Set(["in", "near", "at", "outside", "around", "from", "across", "inside"]);
/** Words before a place searched for a locative ("in the northern city of Peshawar": 4, "of" passed). */
const LOCATIVE_REACH_WORDS = 5;

/**
 * Whether a place is written as where something happened, a locative up to LOCATIVE_REACH_WORDS
 * words before it within its clause: a name used as a modifier ("the upcoming U.N. summit") says nothing of where.
 */
export function isLocativeAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const words = before.split(/\s+/).filter((w) => w.length > 0).slice(-LOCATIVE_REACH_WORDS);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (LOCATIVES.has(w)) return true;
    if (/[.,;:!?"]$/.test(w)) return false;
  }
  return false;
}
