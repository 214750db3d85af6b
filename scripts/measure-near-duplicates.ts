/**
 * Measures SimHash distances on real articles, to choose NEAR_DUPLICATE_MAX_BITS
 * (src/corpus/near-duplicates/heuristics.ts): every pair of distinct stories within PolNeAR
 * (train + dev) and within IndiaPoliceEvents, against lightly edited copies of each article made
 * here with a seeded generator. Reads ../shared/eval (or SITREP_EVAL_DATA); writes nothing.
 *
 *   npx tsx scripts/measure-near-duplicates.ts [--seed 7] [--shingle 2] [--held-out]
 *
 * --held-out runs the same measures on LGL (geoparsing/lgl.xml, 588 local US news articles), which
 * was not looked at while the thresholds were chosen.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createSeededRandom } from "../src/models/ner/seeded-random.js";
import { hammingDistance, simhash } from "../src/corpus/near-duplicates/simhash.js";
import { SHINGLE_WORDS } from "../src/corpus/near-duplicates/heuristics.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seed = arg("--seed", 7);
const shingle = arg("--shingle", SHINGLE_WORDS);
const evalDir = process.env.SITREP_EVAL_DATA ?? new URL("../../shared/eval/", import.meta.url).pathname;

function polnear(): string[] {
  const texts: string[] = [];
  for (const split of ["train", "dev"]) {
    const dir = join(evalDir, "polnear", split, "text");
    for (const name of readdirSync(dir).sort()) if (name.endsWith(".txt")) texts.push(readFileSync(join(dir, name), "utf8"));
  }
  return texts;
}

function indiaPoliceEvents(): string[] {
  return readFileSync(join(evalDir, "india-police-events", "docs.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { doc_text: string }).doc_text);
}

/** Held out: not looked at while choosing the thresholds, run after to check them. */
function lgl(): string[] {
  const xml = readFileSync(join(evalDir, "geoparsing", "lgl.xml"), "utf8");
  return [...xml.matchAll(/<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/g)].map((m) => m[1]!);
}

const random = createSeededRandom(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const FILLER = ["said", "the", "officials", "on", "Tuesday", "reported", "local", "new", "several", "also"];

/** Edits an outlet makes when it re-publishes a story. */
const EDITS: Record<string, (text: string) => string> = {
  // 1 word in 100 replaced (at least one).
  "words 1%": (t) => replaceWords(t, 0.01),
  "words 3%": (t) => replaceWords(t, 0.03),
  "one sentence dropped": (t) => {
    const s = sentences(t);
    if (s.length < 2) return t;
    s.splice(Math.floor(random() * s.length), 1);
    return s.join(" ");
  },
  "one sentence added": (t) => `${t}\n\nThe ministry did not immediately respond to a request for comment on Tuesday.`,
  "dateline and copyright": (t) => `WASHINGTON (AP) — ${t}\n\nCopyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
  "restyled (quotes, dashes, case of the first line)": (t) => {
    const lines = t.split("\n");
    lines[0] = lines[0]!.toUpperCase();
    return lines.join("\n").replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/ — /g, " - ").replace(/ +/g, "  ");
  },
  "headline rewritten": (t) => {
    // Only a real headline (a short first line): some texts are one long line.
    const lines = t.split("\n");
    if (lines.length < 2 || lines[0]!.length > 200) return t;
    lines[0] = "Officials respond as the story develops";
    return lines.join("\n");
  },
  "last paragraph cut": (t) => {
    const paragraphs = t.split(/\n\s*\n/);
    return paragraphs.length > 2 ? paragraphs.slice(0, -1).join("\n\n") : t;
  },
  "combined: words 1% + dateline + restyled": (t) => EDITS["restyled (quotes, dashes, case of the first line)"]!(EDITS["dateline and copyright"]!(replaceWords(t, 0.01))),
};

function replaceWords(text: string, share: number): string {
  const parts = text.split(/(\s+)/);
  const wordIdx = parts.map((p, i) => (/\S/.test(p) ? i : -1)).filter((i) => i >= 0);
  const n = Math.max(1, Math.round(wordIdx.length * share));
  for (let k = 0; k < n; k++) parts[pick(wordIdx)] = pick(FILLER);
  return parts.join("");
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

function summary(values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `n=${s.length} min=${s[0]} p1=${q(0.01)} p5=${q(0.05)} median=${q(0.5)} p95=${q(0.95)} p99=${q(0.99)} max=${s[s.length - 1]}`;
}

function cumulative(values: number[], upTo: number): string {
  const counts = new Array<number>(upTo + 1).fill(0);
  for (const v of values) if (v <= upTo) counts[v]!++;
  let sum = 0;
  return counts.map((c, k) => `<=${k}:${(sum += c)}`).join(" ");
}

const corpora: Array<[string, () => string[]]> = args.includes("--held-out")
  ? [["LGL (held out)", lgl]]
  : [["PolNeAR train+dev", polnear], ["IndiaPoliceEvents", indiaPoliceEvents]];
for (const [name, load] of corpora) {
  const texts = load();
  const hashes = texts.map((t) => simhash(t, shingle));
  const distinct: number[] = [];
  const close: Array<[number, number, number]> = [];
  for (let i = 0; i < hashes.length; i++) {
    for (let j = i + 1; j < hashes.length; j++) {
      const d = hammingDistance(hashes[i]!, hashes[j]!);
      distinct.push(d);
      if (d <= 12) close.push([d, i, j]);
    }
  }
  console.log(`\n## ${name}: ${texts.length} articles, shingles of ${shingle} words`);
  console.log(`distinct pairs: ${summary(distinct)}`);
  console.log(`distinct pairs cumulative: ${cumulative(distinct, 16)}`);
  close.sort((a, b) => a[0] - b[0]);
  // The pairs of the corpus itself, labelled by how much text they share (word-trigram Jaccard):
  // at least 0.5 is the same story re-published or revised, below it two stories.
  const labelled = close.map(([d, i, j]) => ({ d, same: jaccard(texts[i]!, texts[j]!) >= 0.5 }));
  const within = (k: number, same: boolean) => labelled.filter((p) => p.d <= k && p.same === same).length;
  console.log(`corpus pairs within k bits, re-published (Jaccard >= 0.5) / distinct: ${[2, 3, 4, 5, 6, 7, 8, 9, 10, 12].map((k) => `k=${k}: ${within(k, true)}/${within(k, false)}`).join(", ")}`);
  for (const [d, i, j] of close.slice(0, 12)) {
    const head = (t: string) => t.slice(0, 70).replace(/\s+/g, " ");
    console.log(`  close pair d=${d} shingle-jaccard=${jaccard(texts[i]!, texts[j]!).toFixed(2)}: [${i}] ${head(texts[i]!)} | [${j}] ${head(texts[j]!)} | lengths ${texts[i]!.length}/${texts[j]!.length}`);
  }
  const allEdited: number[] = [];
  for (const [edit, apply] of Object.entries(EDITS)) {
    const ds = texts.map((t, i) => hammingDistance(hashes[i]!, simhash(apply(t), shingle)));
    allEdited.push(...ds);
    console.log(`edited "${edit}": ${summary(ds)}`);
  }
  console.log(`all edited copies cumulative: ${cumulative(allEdited, 16)} of ${allEdited.length}`);
}

function jaccard(a: string, b: string): number {
  const set = (t: string) => {
    const w = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return new Set(w.slice(0, Math.max(1, w.length - 2)).map((_, i) => w.slice(i, i + 3).join(" ")));
  };
  const x = set(a);
  const y = set(b);
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both / (x.size + y.size - both);
}
