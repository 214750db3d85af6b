import { MIN_UPPER_SHARE_OF_HEADLINE, MIN_WORD_OCCURRENCES } from "./heuristics.js";

/** Lower-cased word → its usual written form ("lima" → "Lima", "fmln" → "FMLN", "police" → "police"). */
export type CaseDictionary = ReadonlyMap<string, string>;

/** Lower-cased multi-word name → its written form ("mexico city" → "Mexico City", "shining path" → "Shining Path"). */
export type PhraseDictionary = ReadonlyMap<string, string>;

/** Longest name phrase, in words, that the phrase dictionary keeps. */
export const MAX_PHRASE_WORDS = 4;

const isCapitalised = (w: string) => /^[A-Z][A-Za-z.'-]*$/.test(w) && /[a-z]/.test(w);

/**
 * Multi-word names: runs of 2..MAX_PHRASE_WORDS capitalised words seen at least `minCount` times
 * inside corpus sentences (not at their start, not in headlines), plus the multi-word names given.
 */
export function buildPhraseDictionary(sentences: Iterable<readonly string[]>, names: Iterable<string> = [], minCount = MIN_WORD_OCCURRENCES): Map<string, string> {
  const counts = new Map<string, { form: string; n: number }>();
  for (const s of sentences) {
    if (upperShare(s) >= MIN_UPPER_SHARE_OF_HEADLINE) continue;
    for (let i = 1; i < s.length; i++) {
      if (!isCapitalised(s[i]!)) continue;
      let j = i;
      while (j < s.length && j - i < MAX_PHRASE_WORDS && isCapitalised(s[j]!)) j++;
      for (let k = i + 2; k <= j; k++) {
        const form = s.slice(i, k).join(" ");
        const c = counts.get(form.toLowerCase()) ?? { form, n: 0 };
        c.n++;
        counts.set(form.toLowerCase(), c);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [lower, c] of counts) if (c.n >= minCount) out.set(lower, c.form);
  for (const name of names) {
    const words = name.trim().split(/\s+/);
    if (words.length >= 2 && words.length <= MAX_PHRASE_WORDS && /[A-Z]/.test(name)) out.set(words.join(" ").toLowerCase(), words.join(" "));
  }
  return out;
}

/** Words of one sentence from either CoNLL layout: "word###TAG word###TAG" per line, or one "word POS CHUNK TAG" row per token. */
export function readConllSentences(raw: string): string[][] {
  const sentences: string[][] = [];
  let cur: string[] = [];
  const end = () => {
    if (cur.length) sentences.push(cur);
    cur = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const t = line.trim();
    if (t === "" || t.startsWith("-DOCSTART-")) { end(); continue; }
    if (t.includes("###")) {
      end();
      cur = t.split(/\s+/).map((w) => w.split("###")[0]!).filter((w) => w !== "");
      end();
    } else {
      cur.push(t.split(/\s+/)[0]!);
    }
  }
  end();
  return sentences;
}

function upperShare(words: readonly string[]): number {
  let upper = 0, letters = 0;
  for (const w of words) for (const ch of w) {
    if (ch >= "A" && ch <= "Z") { upper++; letters++; } else if (ch >= "a" && ch <= "z") letters++;
  }
  return letters ? upper / letters : 0;
}

/**
 * Counts the written forms of each word outside sentence starts and headlines, and keeps the most
 * frequent form of words seen often enough. `names` (gazetteer and actor names) add capitalised or
 * all-caps forms only for words the corpus does not know: the corpus knows best that "path" is a word.
 */
export function buildCaseDictionary(sentences: Iterable<readonly string[]>, names: Iterable<string> = []): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    if (upperShare(s) >= MIN_UPPER_SHARE_OF_HEADLINE) continue;
    for (let i = 1; i < s.length; i++) {
      const w = s[i]!;
      if (!/[A-Za-z]/.test(w)) continue;
      const forms = counts.get(w.toLowerCase()) ?? new Map<string, number>();
      forms.set(w, (forms.get(w) ?? 0) + 1);
      counts.set(w.toLowerCase(), forms);
    }
  }
  const dict = new Map<string, string>();
  for (const [lower, forms] of counts) {
    let best = "", bestN = 0, total = 0;
    for (const [f, n] of forms) {
      total += n;
      if (n > bestN) { best = f; bestN = n; }
    }
    // One lower-case sighting is evidence enough that a word is a common word; capitals need more.
    if (total >= MIN_WORD_OCCURRENCES || best === lower) dict.set(lower, best);
  }
  for (const name of names) {
    for (const w of name.split(/[\s,()]+/)) {
      if (!/^[A-Za-z][A-Za-z.'-]*$/.test(w) || w === w.toLowerCase()) continue;
      if (!dict.has(w.toLowerCase())) dict.set(w.toLowerCase(), w);
    }
  }
  return dict;
}

/**
 * A case dictionary with no corpus: the common words given stay small, and a name's words take their capitals
 * (or its acronym's) unless they are common words; a known English word takes them only from a one-word name
 * ("Mexico", "Haiti"), never an acronym that spells it ("IS", "AS", "WHO" leave "is", "as", "who" alone) nor a word
 * of a longer name ("Police", "Forces" of "Police Forces of Haiti", left to the phrase dictionary).
 */
export function buildNamesCaseDictionary(common: Iterable<string>, names: Iterable<string>, isKnownWord: (lower: string) => boolean): Map<string, string> {
  const dict = new Map<string, string>();
  for (const w of common) dict.set(w.toLowerCase(), w.toLowerCase());
  for (const name of names) {
    const words = name.split(/[\s,()]+/).filter((w) => w !== "");
    for (const w of words) {
      if (!/^[A-Za-z][A-Za-z.'-]*$/.test(w) || w === w.toLowerCase()) continue;
      const lower = w.toLowerCase();
      if (dict.has(lower)) continue;
      if (isKnownWord(lower) && (words.length > 1 || w === w.toUpperCase())) continue;
      dict.set(lower, w);
    }
  }
  return dict;
}
