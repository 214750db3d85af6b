import { readFileSync } from "node:fs";
import { SitrepError } from "../../core/errors.js";

/** The word tables of data/lexicons/dates/date-words.tsv, by kind: word (lower case) -> TIMEX3 code. */
export interface DateLexicon {
  readonly units: ReadonlyMap<string, string>;
  readonly numbers: ReadonlyMap<string, string>;
  readonly ordinals: ReadonlyMap<string, string>;
  readonly seasons: ReadonlyMap<string, string>;
  readonly partsOfDay: ReadonlyMap<string, string>;
  readonly vague: ReadonlyMap<string, string>;
  readonly qualifiers: ReadonlyMap<string, string>;
  readonly sets: ReadonlyMap<string, string>;
  readonly futureCues: ReadonlyMap<string, string>;
  /** Stable row id per "kind:word", for provenance. */
  readonly ids: ReadonlyMap<string, string>;
}

const KINDS = {
  unit: "units",
  number: "numbers",
  ordinal: "ordinals",
  season: "seasons",
  "part-of-day": "partsOfDay",
  vague: "vague",
  qualifier: "qualifiers",
  set: "sets",
  "future-cue": "futureCues",
} as const;

export const DATE_WORDS_URL = new URL("../../../data/lexicons/dates/date-words.tsv", import.meta.url);

export function parseDateLexicon(tsv: string, origin = "date-words.tsv"): DateLexicon {
  const tables: Record<string, Map<string, string>> = {};
  for (const key of Object.values(KINDS)) tables[key] = new Map();
  const ids = new Map<string, string>();
  let sawHeader = false;
  for (const [i, line] of tsv.split(/\r?\n/).entries()) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!sawHeader) { sawHeader = true; continue; }
    const [id, kind, word, value] = line.split("\t");
    const table = kind ? KINDS[kind as keyof typeof KINDS] : undefined;
    if (!id || !table || !word || value === undefined) {
      throw new SitrepError("MODEL_MISSING", `${origin}:${i + 1}: expected "id, kind, word, value" with a known kind`);
    }
    tables[table]!.set(word.toLowerCase(), value);
    ids.set(`${kind}:${word.toLowerCase()}`, id);
  }
  return { ...(tables as unknown as Omit<DateLexicon, "ids">), ids };
}

export function loadDateLexicon(url: URL = DATE_WORDS_URL): DateLexicon {
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", `date word tables not found at ${url.pathname}`);
  }
  return parseDateLexicon(text, url.pathname);
}

/** A regex alternation of the words, longest first so "a few" wins over "a". */
export function alternationOf(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}
