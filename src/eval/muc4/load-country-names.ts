import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const COUNTRIES = join(dirname(fileURLToPath(import.meta.url)), "../../../data/gazetteer/countries.tsv");

/** ISO2 → English country name (and nothing else): MUC keys name countries in words ("EL SALVADOR"). */
export function loadCountryNames(path: string = COUNTRIES): Map<string, string> {
  const out = new Map<string, string>();
  // The file names its columns in its "# columns:" header line.
  let header: string[] = ["id", "iso2", "iso3", "geonameid", "name"];
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const declared = /^#\s*columns:(.*)$/.exec(line);
    if (declared) header = declared[1]!.trim().split(/\t|,\s*/).map((c) => c.trim().split(" ")[0]!);
    if (line.startsWith("#") || line.trim() === "") continue;
    const cells = line.split("\t");
    const iso2 = cells[header.indexOf("iso2")]?.trim(), name = cells[header.indexOf("name")]?.trim();
    if (iso2 && name) out.set(iso2.toUpperCase(), name);
  }
  return out;
}
