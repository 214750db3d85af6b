import { readFileSync } from "node:fs";
import { SitrepError } from "../../core/errors.js";

/**
 * Reads one TSV lexicon: "#" lines are the provenance header, the first other line names the
 * columns, every row must carry a unique id. "\N" is an empty cell.
 */
export function readTsvRows(path: string, columns: readonly string[]): Record<string, string>[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", `events lexicon ${path}`);
  }
  return parseTsvRows(raw, columns, path);
}

export function parseTsvRows(raw: string, columns: readonly string[], name = "lexicon"): Record<string, string>[] {
  const lines = raw.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = (lines[0] ?? "").split("\t").map((h) => h.trim());
  for (const c of ["id", ...columns]) {
    if (!header.includes(c)) throw new SitrepError("MODEL_MISSING", `${name} lacks column "${c}"`);
  }
  const seen = new Set<string>();
  return lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    header.forEach((h, j) => {
      const v = (cells[j] ?? "").trim();
      row[h] = v === "\\N" ? "" : v;
    });
    if (!row.id) throw new SitrepError("MODEL_MISSING", `${name} row ${i + 2} has no id`);
    if (seen.has(row.id)) throw new SitrepError("MODEL_MISSING", `${name} repeats id ${row.id}`);
    seen.add(row.id);
    return row;
  });
}
