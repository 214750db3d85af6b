import { readFileSync } from "node:fs";
import { SitrepError } from "../../core/errors.js";

/**
 * Reads a lexicon TSV under data/lexicons/: `#` lines are the provenance header, the first other
 * line names the columns, and every row has a stable id in its first column.
 */
export function readTsvLexicon(path: string, required: readonly string[]): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", `lexicon ${path}`);
  }
  const lines = text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = (lines.shift() ?? "").split("\t");
  for (const col of ["id", ...required]) {
    if (!header.includes(col)) throw new SitrepError("MODEL_MISSING", `lexicon ${path} has no column "${col}"`);
  }
  return lines.map((line) => {
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? "").trim()));
    return row;
  });
}
