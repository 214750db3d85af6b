import { readLexicon } from "../../lexicons/read-lexicon.js";

/** The rows of a quotes lexicon, keyed by column name, read by the shared lexicon reader. */
export function readLexiconRows(path: string, columns: readonly string[]): Record<string, string>[] {
  return readLexicon(path, columns).rows.map((r) => ({ ...r }));
}
