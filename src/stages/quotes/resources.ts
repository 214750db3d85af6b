import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readLexiconRows } from "./read-lexicon-rows.js";

/** How a cue takes its source, addressee and content. See data/lexicons/quotes/cue-verbs.tsv. */
export type CueFrame = "say" | "say-strict" | "tell" | "ask" | "object" | "source-after" | "byline" | "label";

export interface CueEntry {
  readonly id: string;
  readonly lemma: string;
  readonly cueClass: string;
  readonly frame: CueFrame;
}

/** A multi-word cue: each position lists the surface forms it accepts. */
export interface CuePhrase extends CueEntry {
  readonly words: readonly (readonly string[])[];
}

export type DescriptorKind = "person" | "group" | "org";

export interface QuotesLexicons {
  /** Inflected form (lower case) to its cue verb. */
  readonly cueVerbs: ReadonlyMap<string, CueEntry>;
  /** Multi-word cues, indexed by the forms of their first word. */
  readonly cuePhrases: ReadonlyMap<string, readonly CuePhrase[]>;
  readonly descriptors: ReadonlyMap<string, { readonly id: string; readonly kind: DescriptorKind }>;
  /** Lower-case word to its grammatical roles (a word may have several: "that", "recently"). */
  readonly grammar: ReadonlyMap<string, ReadonlySet<string>>;
}

const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../data/lexicons/quotes");

let cached: QuotesLexicons | undefined;

/** Loads the quotes stage's lexicons once per process. */
export function loadQuotesResources(dir: string = LEXICON_DIR): { quotes: QuotesLexicons } {
  if (dir === LEXICON_DIR && cached) return { quotes: cached };
  const lexicons = compileQuotesLexicons(dir);
  if (dir === LEXICON_DIR) cached = lexicons;
  return { quotes: lexicons };
}

function compileQuotesLexicons(dir: string): QuotesLexicons {
  const cueVerbs = new Map<string, CueEntry>();
  for (const row of readLexiconRows(join(dir, "cue-verbs.tsv"), ["lemma", "forms", "class", "frame"])) {
    const entry: CueEntry = { id: row.id!, lemma: row.lemma!, cueClass: row.class!, frame: row.frame as CueFrame };
    for (const form of row.forms!.split(",")) if (!cueVerbs.has(form)) cueVerbs.set(form, entry);
  }
  const cuePhrases = new Map<string, CuePhrase[]>();
  for (const row of readLexiconRows(join(dir, "cue-phrases.tsv"), ["words", "class", "frame"])) {
    const words = row.words!.split(" ").map((w) => w.split("|"));
    const phrase: CuePhrase = { id: row.id!, lemma: row.words!.split(" ").map((w) => w.split("|")[0]).join(" "), cueClass: row.class!, frame: row.frame as CueFrame, words };
    for (const first of words[0]!) cuePhrases.set(first, [...(cuePhrases.get(first) ?? []), phrase]);
  }
  const descriptors = new Map<string, { id: string; kind: DescriptorKind }>();
  for (const row of readLexiconRows(join(dir, "speaker-descriptors.tsv"), ["noun", "kind"])) {
    descriptors.set(row.noun!, { id: row.id!, kind: row.kind as DescriptorKind });
  }
  const grammar = new Map<string, Set<string>>();
  for (const row of readLexiconRows(join(dir, "grammar-words.tsv"), ["word", "role"])) {
    const roles = grammar.get(row.word!) ?? new Set<string>();
    roles.add(row.role!);
    grammar.set(row.word!, roles);
  }
  return { cueVerbs, cuePhrases, descriptors, grammar };
}
