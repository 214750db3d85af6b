/** Words that introduce where something happened: "in Peshawar", "near the town of Aipe", "at the Kabul airport". */
const LOCATIVES: ReadonlySet<string> = new Set(["in", "near", "at", "outside", "around", "from", "across", "inside"]);
/** Words before a place searched for a locative ("in the northern city of Peshawar": 4, "of" passed). */
const LOCATIVE_REACH_WORDS = 5;

/**
 * Whether a place is written as where something happened, a locative up to LOCATIVE_REACH_WORDS
 * words before it within its clause: a name used as a modifier ("the upcoming U.N. summit") says nothing of where.
 */
export function isLocativeAt(text: string, start: number): boolean {
  // The last LOCATIVE_REACH_WORDS words of the 60 characters before the place, read backwards in place:
  // the words split(/\s+/) of that stretch gives, without the slice, the list and its copies at every call.
  const from = Math.max(0, start - 60);
  let end = start;
  for (let n = 0; n < LOCATIVE_REACH_WORDS; n++) {
    while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === from) return false;
    let begin = end - 1;
    while (begin > from && !isWhiteSpace(text.charCodeAt(begin - 1))) begin--;
    if (LOCATIVES.has(text.slice(begin, end).toLowerCase())) return true;
    if (CLAUSE_END_MARKS.has(text.charCodeAt(end - 1))) return false;
    end = begin;
  }
  return false;
}

/** A word ending in one of these closes the clause the locative is looked for in. */
const CLAUSE_END_MARKS: ReadonlySet<number> = new Set([...".,;:!?\""].map((c) => c.charCodeAt(0)));

/** Whether a UTF-16 code unit is one that /\s/ matches (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
