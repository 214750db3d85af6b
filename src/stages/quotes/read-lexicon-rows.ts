import { readFileSync } from "node:fs";
import { SitrepError } from "../../core/errors.js";

/**
 * Reads a TSV lexicon: "#" lines are the provenance header, the first other line names the
 * columns, every row must have an id. Returns one record per row, keyed by column name.
 */
export function readLexiconRows(path: string, columns: readonly string[]): Record<string, string>[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", `lexicon ${path}`);
  }
  const lines = raw.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = lines[0]?.split("\t") ?? [];
  for (const c of ["id", ...columns]) {
    if (!header.includes(c)) throw new SitrepError("MODEL_MISSING", `lexicon ${path} lacks column "${c}"`);
  }
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = (cells[i] ?? "").trim()));
    return row;
  });
}
