/**
 * Name lists matched over token sequences (lower-cased, whole tokens), for the tagger's
 * gazetteer features and for the entities stage's GPE decision. A trie keyed by token keeps
 * matching O(tokens x longest name), never O(gazetteer).
 */
export const GAZETTEER_CATEGORIES = ["country", "admin", "city", "bigcity", "norp", "orgword", "personword", "firstname"] as const;
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

export interface GazetteerEntry {
  readonly category: GazetteerCategory;
  readonly name: string;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Bit mask over GAZETTEER_CATEGORIES of the names that end here. */
  categories: number;
}

export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly categories: number;
}

export const MAX_NAME_TOKENS = 6;

export function categoryBit(category: GazetteerCategory): number {
  return 1 << GAZETTEER_CATEGORIES.indexOf(category);
}

/** Splits a name the way CoNLL and the segmenter tokenise it (white space; hyphenated words stay whole). */
export function tokeniseName(name: string): string[] {
  return name
    .replace(/([,()])/g, " $1 ")
    .replace(/(\w)('s)\b/g, "$1 $2")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

export class Gazetteer {
  private readonly root: TrieNode = { children: new Map(), categories: 0 };
  readonly size: number;

  constructor(entries: Iterable<GazetteerEntry>) {
    let n = 0;
    for (const e of entries) {
      const tokens = tokeniseName(e.name);
      if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) continue;
      let node = this.root;
      for (const t of tokens) {
        const key = t.toLowerCase();
        let next = node.children.get(key);
        if (!next) {
          next = { children: new Map(), categories: 0 };
          node.children.set(key, next);
        }
        node = next;
      }
      node.categories |= categoryBit(e.category);
      n++;
    }
    this.size = n;
  }

  /**
   * For every start token, the longest name of each category found there. `lower` are the
   * sentence's lower-cased tokens.
   */
  match(lower: readonly string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < lower.length; i++) {
      let node: TrieNode | undefined = this.root;
      let seen = 0;
      const found: GazetteerMatch[] = [];
      for (let j = i; j < lower.length && j - i < MAX_NAME_TOKENS; j++) {
        node = node.children.get(lower[j]!);
        if (!node) break;
        if (node.categories) found.push({ start: i, end: j + 1, categories: node.categories });
      }
      // Keep, per category, only the longest match from this start.
      for (let k = found.length - 1; k >= 0; k--) {
        const m = found[k]!;
        const fresh = m.categories & ~seen;
        if (fresh) out.push({ start: m.start, end: m.end, categories: fresh });
        seen |= m.categories;
      }
    }
    return out;
  }

  /** Categories of an exact whole name (lower-cased tokens), 0 when it is not listed. */
  categoriesOf(lower: readonly string[]): number {
    let node: TrieNode | undefined = this.root;
    for (const t of lower) {
      node = node.children.get(t);
      if (!node) return 0;
    }
    return node.categories;
  }
}
