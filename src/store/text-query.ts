/**
 * A user's search words as a full-text query both stores read the same way: every word must occur
 * (stemmed: FTS5's porter tokenizer, PostgreSQL's english configuration). Operators and punctuation
 * are not passed through, so no input can make a malformed query.
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function searchWords(q: string): string[] {
  return q.match(WORD) ?? [];
}

/** FTS5 MATCH expression: each word quoted (a phrase of one), implicitly ANDed. */
export function fts5Query(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(" ");
}

/** A LIKE pattern for a substring, with the pattern characters escaped (ESCAPE '\\'). */
export function likeSubstring(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
