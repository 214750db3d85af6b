import { fileURLToPath } from "node:url";
import { SitrepError } from "../core/errors.js";
import { parseLexicon, readLexicon, type Lexicon } from "./read-lexicon.js";

/**
 * A stage's word classes as data: the content words its rules test a token against (verbs, nouns,
 * adjectives, participles, cue words) in data/lexicons/<stage>/word-classes.tsv, one class a row
 * (id, class, words, notes), instead of Set literals in the code. The words cell is "|"-separated
 * and kept exactly as written (case and punctuation), since the code compares it as it did its
 * literal. A module asks for its classes once, at load (module level), never per token; a class
 * the file does not have throws there, so a renamed or deleted row fails loudly rather than
 * leaving the rule an empty set.
 */
export interface WordClasses {
  readonly path: string;
  /** The class's words, one Set built at load; throws when the file has no such class. */
  get(name: string): ReadonlySet<string>;
  /** Every class of the file, in file order. */
  readonly names: readonly string[];
}

const CLASS_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks and indexes a word-classes lexicon: unique ids (read-lexicon), one row per class, no empty class, word or note, a dated provenance header. */
export function compileWordClasses(lexicon: Lexicon): WordClasses {
  const { path } = lexicon;
  const invalid = (what: string) => new SitrepError("LEXICON_INVALID", `${path}: ${what}`);
  for (const key of ["source", "license"]) if (!lexicon.provenance[key]) throw invalid(`no "# ${key}:" header line`);
  if (!PLAIN_DATE.test(lexicon.provenance.version ?? "")) throw invalid(`the "# version:" header must be a plain date (YYYY-MM-DD), not "${lexicon.provenance.version ?? ""}"`);
  const classes = new Map<string, ReadonlySet<string>>();
  for (const row of lexicon.rows) {
    const name = row.class ?? "";
    if (!CLASS_NAME.test(name)) throw invalid(`row ${row.id}: class "${name}" is empty or not a lower-case hyphenated name`);
    if (classes.has(name)) throw invalid(`row ${row.id}: class ${name} is given twice`);
    const words = (row.words ?? "").split("|");
    if (words.some((w) => w === "")) throw invalid(`row ${row.id}: class ${name} has no words or an empty one`);
    if (!row.notes) throw invalid(`row ${row.id}: class ${name} has no note of what it is for`);
    classes.set(name, new Set(words));
  }
  return {
    path,
    names: [...classes.keys()],
    get(name: string): ReadonlySet<string> {
      const words = classes.get(name);
      if (!words) throw new SitrepError("LEXICON_INVALID", `${path}: no word class ${name}`);
      return words;
    },
  };
}

const COLUMNS = ["class", "words", "notes"] as const;

export function parseWordClasses(text: string, path = "word-classes.tsv"): WordClasses {
  return compileWordClasses(parseLexicon(text, COLUMNS, path));
}

export function readWordClasses(path: string): WordClasses {
  return compileWordClasses(readLexicon(path, COLUMNS));
}

const LEXICON_ROOT = new URL("../../data/lexicons/", import.meta.url);
const byStage = new Map<string, WordClasses>();

/** The word classes of one stage (data/lexicons/<stage>/word-classes.tsv), read once per process. */
export function stageWordClasses(stage: string): WordClasses {
  let classes = byStage.get(stage);
  if (!classes) {
    classes = readWordClasses(fileURLToPath(new URL(`${stage}/word-classes.tsv`, LEXICON_ROOT)));
    byStage.set(stage, classes);
  }
  return classes;
}
