import type { EntityType } from "../../core/index.js";
import { entityLexiconPath } from "../../models/ner/lexicon-paths.js";
import { readTsvLexicon } from "../../models/ner/tsv-lexicon.js";

/**
 * The entities stage's dictionaries, compiled once into maps keyed by token sequences
 * (tokens joined with a space), so matching a document never walks a whole list.
 */
export interface NamedEntry {
  readonly id: string;
  readonly type: EntityType;
  /** NORP kind (nationality, ethnic, religion, political) where the row has one. */
  readonly kind?: string;
}

export interface EntityLexicons {
  /** NORP names and plurals, lower-cased, keyed by token sequence. */
  readonly norp: ReadonlyMap<string, NamedEntry>;
  /** Names with a fixed type that CoNLL does not teach, case-sensitive. */
  readonly known: ReadonlyMap<string, NamedEntry>;
  /** Person titles, lower-cased. */
  readonly titles: ReadonlySet<string>;
  /** Words that end only organisation names ("Ministry", "Party", "Corp"), as written. */
  readonly orgHeads: ReadonlySet<string>;
  /** Last words of facility and natural-feature names ("Dam", "Airfield"), as written. */
  readonly placeHeads: ReadonlySet<string>;
  /** Lower-case words that may stand inside a name ("of", "for"). */
  readonly connectors: ReadonlySet<string>;
  /** Longest entry, in tokens, over all maps: bounds every match loop. */
  readonly maxTokens: number;
  /** For each first token of a known name (as written) and of a NORP name (lower-cased): the longest entry starting with it. */
  readonly knownFirst: ReadonlyMap<string, number>;
  readonly norpFirst: ReadonlyMap<string, number>;
}

function indexFirstTokens(keys: Iterable<string>): Map<string, number> {
  const first = new Map<string, number>();
  for (const key of keys) {
    const parts = key.split(" ");
    first.set(parts[0]!, Math.max(first.get(parts[0]!) ?? 0, parts.length));
  }
  return first;
}

const ENTITY_TYPES: readonly EntityType[] = ["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"];

/** Splits a lexicon name into tokens the way the stage sees them. */
export function nameKey(name: string): string {
  return name.trim().split(/\s+/).join(" ");
}

export function loadEntityLexicons(): EntityLexicons {
  let maxTokens = 1;
  const note = (key: string) => (maxTokens = Math.max(maxTokens, key.split(" ").length));
  const norp = new Map<string, NamedEntry>();
  for (const row of readTsvLexicon(entityLexiconPath("norp.tsv"), ["name", "plural", "kind"])) {
    for (const name of [row.name!, row.plural!]) {
      if (!name) continue;
      const key = nameKey(name).toLowerCase();
      note(key);
      if (!norp.has(key)) norp.set(key, { id: row.id!, type: "NORP", kind: row.kind! });
    }
  }
  const known = new Map<string, NamedEntry>();
  for (const row of readTsvLexicon(entityLexiconPath("known-entities.tsv"), ["name", "type"])) {
    const type = row.type as EntityType;
    if (!ENTITY_TYPES.includes(type)) throw new Error(`known-entities.tsv: bad type ${row.type} in ${row.id}`);
    const key = nameKey(row.name!);
    note(key);
    known.set(key, { id: row.id!, type });
  }
  const titles = new Set<string>();
  for (const row of readTsvLexicon(entityLexiconPath("person-titles.tsv"), ["title"])) {
    const key = nameKey(row.title!).toLowerCase();
    note(key);
    titles.add(key);
  }
  const connectors = new Set(readTsvLexicon(entityLexiconPath("name-connectors.tsv"), ["word"]).map((r) => r.word!));
  const orgHeads = new Set(readTsvLexicon(entityLexiconPath("org-words.tsv"), ["word", "head"]).filter((r) => r.head === "yes").map((r) => r.word!));
  const placeHeads = new Set(readTsvLexicon(entityLexiconPath("place-heads.tsv"), ["word"]).map((r) => r.word!.split(" ").pop()!));
  return { norp, known, titles, connectors, orgHeads, placeHeads, maxTokens, knownFirst: indexFirstTokens(known.keys()), norpFirst: indexFirstTokens(norp.keys()) };
}
