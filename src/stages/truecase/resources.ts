import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCaseDictionary, buildPhraseDictionary, readConllSentences, type CaseDictionary, type PhraseDictionary } from "./case-dictionary.js";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "../../../data");

/** Names from sitrep's own dictionaries (countries and named actors), with their capitals and acronyms. */
function readDictionaryNames(): string[] {
  const names: string[] = [];
  for (const [file, columns] of [["lexicons/actors/countries.tsv", ["name", "aliases", "adjectives", "people", "capital"]], ["lexicons/actors/organisations.tsv", ["name", "aliases"]]] as const) {
    const path = join(DATA, file);
    if (!existsSync(path)) continue;
    const lines = readFileSync(path, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#"));
    const header = (lines[0] ?? "").split("\t");
    const idx = columns.map((c) => header.indexOf(c)).filter((i) => i >= 0);
    for (const line of lines.slice(1)) {
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
  const require = createRequire(import.meta.url);
  const nlp = require("wink-nlp")(require("wink-eng-lite-web-model"), []);
  const doc = nlp.readDoc("");
  return (lower: string) => !doc.isOOV(lower);
}
