import { readFileSync } from "node:fs";
import { SitrepError } from "../core/errors.js";

/**
 * sitrep's one lexicon format, read the same way by every stage: a TSV file under data/ whose
 * "#" lines hold the provenance header ("# source: …", "# license: …", "# version: …") and notes,
 * whose first other line names the columns, and whose every row carries a stable, unique id in the
 * "id" column. "\N" is an empty cell. Lexicon ids end up in annotations' provenance, so a broken
 * file fails loudly at load time instead of silently dropping rows.
 */
export type LexiconRow = Readonly<Record<string, string>>;

export interface Lexicon {
  readonly path: string;
  readonly columns: readonly string[];
  readonly rows: readonly LexiconRow[];
  /** The "# key: value" header lines, keys lower-cased. */
  readonly provenance: Readonly<Record<string, string>>;
}

export function readLexicon(path: string, required: readonly string[] = []): Lexicon {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", `lexicon ${path}`);
  }
  return parseLexicon(text, required, path);
}

export function parseLexicon(text: string, required: readonly string[] = [], path = "lexicon"): Lexicon {
  const provenance: Record<string, string> = {};
  const rows: Record<string, string>[] = [];
  const ids = new Set<string>();
  let columns: string[] | undefined;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === "") continue;
    if (line.startsWith("#")) {
      const m = /^#\s*([a-z][a-z ]*):(.*)$/i.exec(line);
      if (m && !columns) provenance[m[1]!.trim().toLowerCase()] ??= m[2]!.trim();
      continue;
    }
    const cells = line.split("\t");
    if (!columns) {
      columns = cells.map((c) => c.trim());
      const missing = ["id", ...required].filter((c) => !columns!.includes(c));
      if (missing.length > 0) throw new SitrepError("LEXICON_INVALID", `${path}: no column ${missing.join(", ")}`);
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((c, i) => {
      const v = (cells[i] ?? "").trim();
      row[c] = v === "\\N" ? "" : v;
    });
    const id = row.id!;
    if (!id) throw new SitrepError("LEXICON_INVALID", `${path}:${n + 1}: a row without an id`);
    if (ids.has(id)) throw new SitrepError("LEXICON_INVALID", `${path}:${n + 1}: duplicate id ${id}`);
    ids.add(id);
    rows.push(row);
  }
  if (!columns) throw new SitrepError("LEXICON_INVALID", `${path}: no header line`);
  return { path, columns, rows, provenance };
}

/** Splits a "|"-separated list cell, dropping empty items. */
export function splitListCell(cell: string | undefined): string[] {
  return (cell ?? "").split("|").map((s) => s.trim()).filter(Boolean);
}
