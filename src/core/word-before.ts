/**
 * Reading the one word right before an offset, letter by letter back over the text (no slice of the sentence, no
 * regular expression): the lexicon words these readers look for (place-object verbs, owner words) are plain English.
 */

/** An ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where the word of ASCII letters that ends one space before `end` starts, or -1 when no such word is there or it
 * is longer than `maxChars` (a longer word is none of the words looked for, and its tail must not pass for one:
 * "paramilitary" is not "military").
 */
export function wordStartBefore(text: string, end: number, maxChars: number): number {
  if (end < 2 || text.charCodeAt(end - 1) !== 32) return -1;
  let from = end - 1;
  while (from > 0 && end - 1 - from < maxChars && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  if (from === end - 1 || (from > 0 && isAsciiLetter(text.charCodeAt(from - 1)))) return -1;
  return from;
}
