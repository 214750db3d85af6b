import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compilePattern } from "../../lexicons/compile-pattern.js";

/** One boilerplate rule: a whole line matching `pattern`, of at most `maxWords` words, is removed with `reason`. */
export interface BoilerplateRule {
  readonly id: string;
  readonly reason: string;
  readonly maxWords: number;
  readonly pattern: RegExp;
}

/** One inline furniture rule: each match of `pattern` (global) is cut out of its line, listed with `reason`. */
export interface FurnitureRule {
  readonly id: string;
  readonly reason: string;
  readonly pattern: RegExp;
}

export interface CleanLexicon {
  readonly boilerplate: readonly BoilerplateRule[];
  /** Page furniture inside a line (gallery and player controls, share bars): cut out, the rest of the line kept. */
  readonly furniture: readonly FurnitureRule[];
  /** English function words, lower case, for the language check. */
  readonly englishFunctionWords: ReadonlySet<string>;
  /** Function words of other languages that are not English words, lower case. */
  readonly otherFunctionWords: ReadonlySet<string>;
}

const LEXICON_DIR = fileURLToPath(new URL("../../../data/lexicons/clean/", import.meta.url));

let cached: CleanLexicon | undefined;

/** The clean stage's lexicons, read and compiled once per process. */
export function loadCleanResources(): { cleanLexicon: CleanLexicon } {
  cached ??= {
    boilerplate: readTsv("boilerplate.tsv").map(compileBoilerplateRow),
    furniture: readTsv("inline-furniture.tsv").map(compileFurnitureRow),
    englishFunctionWords: new Set(readTsv("english-function-words.tsv").map((row) => row.word!.toLowerCase())),
    otherFunctionWords: new Set(readTsv("other-function-words.tsv").map((row) => row.word!.toLowerCase())),
  };
  return { cleanLexicon: cached };
}

function compileBoilerplateRow(row: Record<string, string>): BoilerplateRule {
  try {
    return { id: `clean:${row.id}`, reason: row.reason!, maxWords: Number(row.maxWords), pattern: compilePattern(row.pattern!, row.flags!, `data/lexicons/clean/boilerplate.tsv ${row.id}`) };
  } catch (e) {
    throw new Error(`data/lexicons/clean/boilerplate.tsv row ${row.id}: ${(e as Error).message}`);
  }
}

function compileFurnitureRow(row: Record<string, string>): FurnitureRule {
  try {
    return { id: `clean:${row.id}`, reason: row.reason!, pattern: compilePattern(row.pattern!, `${row.flags!}g`, `data/lexicons/clean/inline-furniture.tsv ${row.id}`) };
  } catch (e) {
    throw new Error(`data/lexicons/clean/inline-furniture.tsv row ${row.id}: ${(e as Error).message}`);
  }
}

/** Reads a TSV with `#` comment lines and a header row into records keyed by column name. */
function readTsv(name: string): Record<string, string>[] {
  const lines = readFileSync(LEXICON_DIR + name, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
  const header = lines[0]!.split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}
