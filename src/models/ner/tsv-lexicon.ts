import { readLexicon } from "../../lexicons/read-lexicon.js";

/** The rows of an entities lexicon under data/lexicons/, read by the shared lexicon reader. */
export function readTsvLexicon(path: string, required: readonly string[]): Record<string, string>[] {
  return readLexicon(path, required).rows.map((r) => ({ ...r }));
}
