import { parseLexicon, splitListCell } from "../../lexicons/read-lexicon.js";
import { SitrepError } from "../../core/errors.js";

/**
 * The actor dictionary's tables, read by the shared lexicon reader (src/lexicons), with one rule
 * of its own: every actor table must state its source, license and version, because actor ids
 * end up in every event's provenance.
 */
export interface LexiconTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly provenance: Readonly<Record<string, string>>;
}

export function parseLexiconTsv(name: string, text: string, required: readonly string[]): LexiconTable {
  const lexicon = parseLexicon(text, required, name);
  for (const key of ["source", "license", "version"]) {
    if (!lexicon.provenance[key]) throw new SitrepError("LEXICON_INVALID", `${name}: provenance header lacks "# ${key}:"`);
  }
  return { name, columns: lexicon.columns, rows: lexicon.rows, provenance: lexicon.provenance };
}

/** Splits a "|"-separated list cell, dropping empty items. */
export const splitList = splitListCell;
