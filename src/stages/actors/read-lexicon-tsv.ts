/**
 * Reads sitrep's lexicon TSV format: "#" lines hold the provenance header and notes, the first other
 * line names the columns, every later line is one row with a stable id in its first column.
 */
export interface LexiconTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** The "# key: value" lines of the header (source, license, version...). */
  readonly provenance: Readonly<Record<string, string>>;
}

export function parseLexiconTsv(name: string, text: string, required: readonly string[]): LexiconTable {
  const provenance: Record<string, string> = {};
  const rows: Record<string, string>[] = [];
  let columns: string[] | undefined;
  const ids = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === "") continue;
    if (line.startsWith("#")) {
      const m = /^#\s*([a-z ]+):\s*(.*)$/i.exec(line);
      if (m && !columns) provenance[m[1]!.trim().toLowerCase()] ??= m[2]!.trim();
      continue;
    }
    const cells = line.split("\t");
    if (!columns) {
      columns = cells.map((c) => c.trim());
      const missing = required.filter((c) => !columns!.includes(c));
      if (missing.length > 0) throw new Error(`${name}: header lacks column(s) ${missing.join(", ")}`);
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((c, i) => (row[c] = (cells[i] ?? "").trim()));
    const id = row[columns[0]!]!;
    if (!id) throw new Error(`${name}:${n + 1}: row without an id`);
    if (ids.has(id)) throw new Error(`${name}:${n + 1}: duplicate id ${id}`);
    ids.add(id);
    rows.push(row);
  }
  if (!columns) throw new Error(`${name}: no header line`);
  for (const key of ["source", "license", "version"]) {
    if (!provenance[key]) throw new Error(`${name}: provenance header lacks "# ${key}:"`);
  }
  return { name, columns, rows, provenance };
}

/** Splits a "|"-separated list cell, dropping empty items. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? "").split("|").map((s) => s.trim()).filter((s) => s.length > 0);
}
