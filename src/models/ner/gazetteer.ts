/**
 * Name lists matched over token sequences (lower-cased, whole tokens), for the tagger's
 * gazetteer features and for the entities stage's GPE decision. Two flat maps (whole name ->
 * categories; first token -> the token counts of the names starting with it) keep matching O(tokens x longest
 * name), never O(gazetteer), and build in milliseconds at model load.
 */
export const GAZETTEER_CATEGORIES = ["country", "admin", "city", "bigcity", "norp", "orgword", "personword", "firstname"] as const;
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

export interface GazetteerEntry {
  readonly category: GazetteerCategory;
  readonly name: string;
}

export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly categories: number;
}

export const MAX_NAME_TOKENS = 6;

/** Gazetteer.startsOf: a word's entries as the first token of names. */
export interface WordStarts {
  /** Bit n set: some name of n tokens starts with the word. */
  readonly lengths: number;
  /** Categories of the word alone as a name (0 when no one-token name is listed). */
  readonly single: number;
}

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

/** The form a name is stored and matched in: lower-cased tokens joined by one space. */
export function nameKey(name: string): string {
  return tokeniseName(name.toLowerCase()).join(" ");
}

const PAIR_FILTER_BITS = 17;
const PAIR_FILTER_WORDS = 1 << (PAIR_FILTER_BITS - 5);

/** The bit of the filter for a name's first two tokens: FNV-1a over "first second", read from the two words without joining them. */
function pairBit(first: string, second: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < first.length; i++) h = Math.imul(h ^ first.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let i = 0; i < second.length; i++) h = Math.imul(h ^ second.charCodeAt(i), 0x01000193);
  return (h >>> 0) >>> (32 - PAIR_FILTER_BITS);
}

export class Gazetteer {
  /** Lower-cased names, tokens joined by one space -> bit mask over GAZETTEER_CATEGORIES. */
  private readonly names = new Map<string, number>();
  /** First token of a name -> bit mask of the token counts of the names starting with it (bit n: n tokens). */
  private readonly lengths = new Map<string, number>();
  readonly size: number;

  /** `entries` are names as written, or with `normalised` their nameKey() forms (as stored in a model file). */
  constructor(entries: Iterable<GazetteerEntry>, normalised = false) {
    let n = 0;
    for (const e of entries) {
      const tokens = normalised ? e.name.split(" ") : tokeniseName(e.name.toLowerCase());
      if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) continue;
      const key = normalised ? e.name : tokens.join(" ");
      this.names.set(key, (this.names.get(key) ?? 0) | categoryBit(e.category));
      this.lengths.set(tokens[0]!, (this.lengths.get(tokens[0]!) ?? 0) | (1 << tokens.length));
      n++;
    }
    this.size = n;
  }

  /** The two maps as they are, to be stored (model-cache.ts) and given back to fromTables. */
  tables(): { readonly names: ReadonlyMap<string, number>; readonly lengths: ReadonlyMap<string, number>; readonly size: number } {
    return { names: this.names, lengths: this.lengths, size: this.size };
  }

  /** A gazetteer made from the maps of tables(), without building them again. */
  static fromTables(tables: { readonly names: Map<string, number>; readonly lengths: Map<string, number>; readonly size: number }): Gazetteer {
    const g = new Gazetteer([]);
    const writable = g as unknown as { names: Map<string, number>; lengths: Map<string, number>; size: number };
    writable.names = tables.names;
    writable.lengths = tables.lengths;
    writable.size = tables.size;
    return g;
  }

  /**
   * A filter of the names' first two tokens (bit pairBit(first, second) set for every name of two or more
   * tokens), built on the first match. A word that starts longer names ("the", "in", "new") is mostly
   * followed by a word no name goes on with: without the filter, match joined and looked up a key for each
   * length those names have (~57 an article, nearly all absent). A clear bit means no name of two or more
   * tokens starts with the pair; a set bit (a listed pair, or another pair hashed onto it) leaves the
   * lookups to the map as before, so the matches are the same. 2^17 bits: 16 KB.
   */
  private pairBits: Uint32Array | undefined;

  private pairFilter(): Uint32Array {
    if (this.pairBits) return this.pairBits;
    const bits = new Uint32Array(PAIR_FILTER_WORDS);
    for (const key of this.names.keys()) {
      const first = key.indexOf(" ");
      if (first < 0) continue;
      const second = key.indexOf(" ", first + 1);
      const b = pairBit(key.slice(0, first), second < 0 ? key.slice(first + 1) : key.slice(first + 1, second));
      bits[b >>> 5]! |= 1 << (b & 31);
    }
    this.pairBits = bits;
    return bits;
  }

  /**
   * For every start token, the longest name of each category found there. `lower` are the
   * sentence's lower-cased tokens.
   */
  match(lower: readonly string[], starts?: readonly WordStarts[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < lower.length; i++) {
      const known = starts?.[i];
      let lengths = known ? known.lengths : this.lengths.get(lower[i]!);
      if (!lengths) continue;
      // Names of two or more tokens only when the pair may start one (pairFilter). A token holding a
      // space could join into a longer key than its count says, so it is never filtered.
      if (lengths & ~3 && i + 1 < lower.length && !lower[i]!.includes(" ") && !lower[i + 1]!.includes(" ")) {
        const b = pairBit(lower[i]!, lower[i + 1]!);
        if (!(this.pairFilter()[b >>> 5]! & (1 << (b & 31)))) lengths &= 3;
        if (!lengths) continue;
      }
      let seen = 0;
      // Longest first, so each category keeps only its longest match from this start; only the
      // lengths some name starting with this word has are looked up.
      for (let len = Math.min(MAX_NAME_TOKENS, lower.length - i); len >= 1; len--) {
        if (!(lengths & (1 << len))) continue;
        const categories = len === 1 && known ? known.single : (this.names.get(len === 1 ? lower[i]! : lower.slice(i, i + len).join(" ")) ?? 0);
        const fresh = categories & ~seen;
        if (fresh) out.push({ start: i, end: i + len, categories: fresh });
        seen |= categories;
      }
    }
    return out;
  }

  /**
   * What match reads for a word at a token: the token counts of the names it starts (0: none) and the
   * categories of the word as a whole name. The same for every occurrence of a word, so a caller that
   * keeps it per word (the tagger's word cache) spares match two lookups in maps of the whole list a token.
   */
  startsOf(lower: string): WordStarts {
    const lengths = this.lengths.get(lower) ?? 0;
    return { lengths, single: lengths & 2 ? (this.names.get(lower) ?? 0) : 0 };
  }

  /** Categories of an exact whole name (lower-cased tokens), 0 when it is not listed. */
  categoriesOf(lower: readonly string[]): number {
    return this.names.get(lower.join(" ")) ?? 0;
  }
}
