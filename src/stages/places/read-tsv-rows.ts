import { readFileSync } from "node:fs";
import { SitrepError } from "../../core/index.js";

/**
 * The data rows of a sitrep TSV lexicon: lines starting with "#" are the provenance header,
 * blank lines are skipped, every row must have at least `minColumns` tab-separated fields.
 */
export function readTsvRows(path: string, minColumns: number): string[][] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", path);
  }
  const rows: string[][] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const cells = line.split("\t");
    if (cells.length < minColumns) throw new SitrepError("MODEL_MISSING", `${path}: a row has fewer than ${minColumns} columns: ${line}`);
    rows.push(cells);
  }
  return rows;
}
