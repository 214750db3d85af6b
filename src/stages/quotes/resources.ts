import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LEARNED_CUE_MIN_COUNT, LEARNED_CUE_MIN_FRAME_SHARE, LEARNED_CUE_MIN_PRECISION, LEARNED_CUE_THAT_SHARE } from "./heuristics.js";
import { cachedCompilation, fromRoot } from "../../lexicons/compiled-lexicon-cache.js";
import { readLexiconRows } from "./read-lexicon-rows.js";

/** How a cue takes its source, addressee and content. See data/lexicons/quotes/cue-verbs.tsv. */
export type CueFrame = "say" | "say-strict" | "tell" | "ask" | "object" | "source-after" | "byline" | "label" | "raising";

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

/** The default lexicons compiled once per process, from the build's cache when it was made from these files and this code. */
const compiledDefault = cachedCompilation({
  name: "quotes",
  inputs: fromRoot("data/lexicons/quotes/", "src/stages/quotes/", "src/lexicons/", "src/core/"),
  compile: () => compileQuotesLexicons(LEXICON_DIR),
});

/** Loads the quotes stage's lexicons once per process. */
export function loadQuotesResources(dir: string = LEXICON_DIR): { quotes: QuotesLexicons } {
  return { quotes: dir === LEXICON_DIR ? compiledDefault() : compileQuotesLexicons(dir) };
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
  addLearnedCues(dir, cueVerbs, cuePhrases);
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

/**
 * Cues learned from PolNeAR train (scripts/learn-quote-cues.ts) that the written lexicons lack, above the
 * thresholds of heuristics.ts. A learned cue of which one word is already a cue is left to that cue's
 * written entry and frame ("has said", "said in a statement"). A single word whose lemma is a written
 * cue verb ("tweeted") takes that verb's class and frame; others are class "learned". Words listed in
 * learned-cue-exclusions.tsv are acts in conflict news, not statements, and are never read.
 */
function addLearnedCues(dir: string, cueVerbs: Map<string, CueEntry>, cuePhrases: Map<string, CuePhrase[]>): void {
  const path = join(dir, "learned-cues.tsv");
  if (!existsSync(path)) return;
  const excluded = new Set(existsSync(join(dir, "learned-cue-exclusions.tsv")) ? readLexiconRows(join(dir, "learned-cue-exclusions.tsv"), ["words"]).map((r) => r.words!) : []);
  const byLemma = new Map<string, CueEntry>();
  for (const e of cueVerbs.values()) byLemma.set(e.lemma, e);
  const rows = readLexiconRows(path, ["words", "lemma", "cue_count", "precision", "content_after", "source_before", "no_source", "that_after"]);
  for (const row of rows) {
    if (Number(row.cue_count) < LEARNED_CUE_MIN_COUNT || Number(row.precision) < LEARNED_CUE_MIN_PRECISION) continue;
    const words = row.words!.split(" ");
    if (excluded.has(row.words!) || words.some((w) => !/\p{L}/u.test(w))) continue;
    // "Trump is expected to win", "the crowd seemed unperturbed": no source, the content wraps the subject.
    const raising = Number(row.no_source) >= LEARNED_CUE_MIN_FRAME_SHARE && Number(row.content_after) < LEARNED_CUE_MIN_FRAME_SHARE;
    if (!raising && (Number(row.content_after) < LEARNED_CUE_MIN_FRAME_SHARE || Number(row.source_before) < LEARNED_CUE_MIN_FRAME_SHARE)) continue;
    // A passive phrase ("is expected") is read as a whole even where its verb is a written cue; other learned cues never override one.
    if (words.some((w) => cueVerbs.has(w) || cuePhrases.has(w)) && !(raising && words.length > 1 && !cueVerbs.has(words[0]!))) continue;
    const frame: CueFrame = raising ? "raising" : Number(row.that_after) >= LEARNED_CUE_THAT_SHARE ? "say" : "object";
    if (words.length === 1) {
      const known = byLemma.get(row.lemma!);
      cueVerbs.set(words[0]!, known ? { ...known, id: row.id! } : { id: row.id!, lemma: row.lemma!, cueClass: "learned", frame });
    } else {
      const phrase: CuePhrase = { id: row.id!, lemma: row.lemma!, cueClass: "learned", frame, words: words.map((w) => [w]) };
      cuePhrases.set(words[0]!, [...(cuePhrases.get(words[0]!) ?? []), phrase]);
    }
  }
}
