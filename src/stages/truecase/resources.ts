import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { loadWinkSegmenter } from "../../models/wink.js";
import type { NameMarks } from "./truecase-text.js";
import { buildCaseDictionary, buildNamesCaseDictionary, buildPhraseDictionary, readConllSentences, type CaseDictionary, type PhraseDictionary } from "./case-dictionary.js";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "../../../data");
const TRUECASE_WORDS = stageWordClasses("truecase");

/** Names from sitrep's own dictionaries (countries and named actors), with their capitals and acronyms. */
function readDictionaryNames(): string[] {
  return readColumns([["lexicons/actors/countries.tsv", ["name", "aliases", "adjectives", "people", "capital"]], ["lexicons/actors/organisations.tsv", ["name", "aliases"]]]);
}

/**
 * The cells of the given columns of lexicon tables (a cell's "|" alternatives apart): by name, read from the header row,
 * or by position in a table whose columns are told in a comment and have no header row.
 */
function readColumns(tables: readonly (readonly [string, readonly (string | number)[]])[]): string[] {
  const names: string[] = [];
  for (const [file, columns] of tables) {
    const path = join(DATA, file);
    if (!existsSync(path)) continue;
    const lines = readFileSync(path, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#"));
    const byPosition = columns.every((c) => typeof c === "number");
    const header = byPosition ? [] : (lines[0] ?? "").split("\t");
    const idx = columns.map((c) => (typeof c === "number" ? c : header.indexOf(c))).filter((i) => i >= 0);
    for (const line of byPosition ? lines : lines.slice(1)) {
      const cells = line.split("\t");
      for (const i of idx) names.push(...(cells[i] ?? "").split("|").filter((x) => x !== "" && x !== "\\N"));
    }
  }
  return names;
}

/**
 * The truecaser's case dictionary: word casings counted in an English news corpus read at run time
 * (the CoNLL-2003 training text; it is research-only, so it is read where it lies, never copied),
 * plus sitrep's own country and actor names. Without the corpus, only the names are known.
 */
export function loadCaseDictionary(corpusPath?: string): { dictionary: CaseDictionary; phrases: PhraseDictionary; corpus: string | null } {
  const corpus = corpusPath && existsSync(corpusPath) ? corpusPath : null;
  const sentences = corpus ? readConllSentences(readFileSync(corpus, "utf8")) : [];
  const names = readDictionaryNames();
  return { dictionary: buildCaseDictionary(sentences, names), phrases: buildPhraseDictionary(sentences, names), corpus };
}

/** General English words from wink's lexicon (installed with sitrep): an unknown word outside it is taken for a name. */
export function loadKnownWords(): (lower: string) => boolean {
  // The process's one wink instance (models/wink.ts): a second one would hold another copy of the model.
  const segmenter = loadWinkSegmenter();
  return (lower: string) => segmenter.isKnownWord(lower);
}

/**
 * Names the pipeline's truecaser restores besides the dictionaries': peoples, city and province aliases, month and day
 * names (a note typed in one case names them as often as it names actors).
 */
const MORE_NAMES = [
  ["lexicons/entities/norp.tsv", ["name", "plural"]],
  ["lexicons/places/city-aliases.tsv", [1]],
  ["lexicons/places/admin1-aliases.tsv", [1]],
  ["lexicons/dates/date-words.tsv", ["word"]],
] as const;

/**
 * Common words of sitrep's own lexicons, which are no names whatever a name table holds ("police", "forces",
 * "gunmen", "insurgents"): descriptor heads, word classes of every stage, casualty words, English function words.
 */
const COMMON_WORDS = [
  ["lexicons/actors/heads.tsv", ["phrase"]],
  ["lexicons/actors/word-classes.tsv", ["words"]],
  ["lexicons/events/word-classes.tsv", ["words"]],
  ["lexicons/places/word-classes.tsv", ["words"]],
  ["lexicons/events/casualty-words.tsv", ["word"]],
  ["lexicons/clean/english-function-words.tsv", ["word"]],
] as const;

export interface OneCaseTruecaser {
  readonly dictionary: CaseDictionary;
  readonly phrases: PhraseDictionary;
  readonly isKnownWord: (lower: string) => boolean;
  readonly marks: NameMarks;
}

let oneCase: OneCaseTruecaser | undefined;

/**
 * The truecaser of the pipeline, for a text written in one case only (truecase-stage.ts): no corpus, only sitrep's
 * own names and common words and wink's general vocabulary; read on first use, once per process.
 */
export function loadOneCaseTruecaser(): OneCaseTruecaser {
  if (oneCase) return oneCase;
  const names = [...readDictionaryNames(), ...readColumns(MORE_NAMES)];
  const common = readColumns(COMMON_WORDS).flatMap((cell) => cell.split(/\s+/)).filter((w) => /^[a-z][a-z'-]*$/.test(w));
  const isWord = loadKnownWords();
  // The general vocabulary lacks many plurals ("stabbings", "cadres", "localities"): a word whose singular it knows is
  // a common word too. (The corpus-based truecaser leaves "-s" to its corpus, where surnames such as "Flores" are seen.)
  const isKnownWord = (lower: string) => isWord(lower) || (lower.length > 3 && lower.endsWith("s") && (isWord(lower.slice(0, -1)) || (lower.endsWith("ies") && isWord(`${lower.slice(0, -3)}y`)) || (lower.endsWith("es") && isWord(lower.slice(0, -2)))));
  // The acronyms of named actors ("ELN", "AA", "NPA"), read back only where a short form stands.
  const acronyms = new Map<string, string>();
  for (const name of readColumns([["lexicons/actors/organisations.tsv", ["aliases"]]])) if (/^[A-Z]{2,6}$/.test(name) && !acronyms.has(name.toLowerCase())) acronyms.set(name.toLowerCase(), name);
  const marks: NameMarks = { acronyms, articles: TRUECASE_WORDS.get("name-articles") };
  oneCase = { dictionary: buildNamesCaseDictionary(common, names, isKnownWord), phrases: buildPhraseDictionary([], names), isKnownWord, marks };
  return oneCase;
}
