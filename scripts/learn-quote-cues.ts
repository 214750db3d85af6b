/**
 * Learns attribution cues from the PolNeAR TRAIN split (never dev or test) and writes
 * data/lexicons/quotes/learned-cues.tsv: each cue as a sequence of lower-case tokens (as the segment
 * stage tokenises it), how often it is annotated as a cue, how often the same token sequence occurs
 * in the texts at all (so precision = cue count / occurrences), and how the annotated attributions
 * place source and content around it (the frame the quotes stage reads it with).
 *
 *   npx tsx scripts/learn-quote-cues.ts [polnear train dir] [out.tsv] [--skip-first N]
 *
 * --skip-first N learns from all but the first N articles (in the scorer's order), so that
 * `sitrep eval quotes <train> --limit N` measures the learned lexicon on articles it never saw.
 *
 * Only derived counts are written: token sequences and numbers, no sentence of the corpus.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createDocument, layer } from "../src/core/document.js";
import { assemblePipeline } from "../src/core/pipeline.js";
import { chooseAnnotationFiles, readBratAttributions } from "../src/eval/quotes-scorer.js";
import { loadWinkSegmenter } from "../src/models/wink.js";
import { segmentStage } from "../src/stages/segment/segment-stage.js";

/** Longest cue kept, in tokens: longer cues are idioms seen once ("reserved his most eloquent passion for"). */
const MAX_CUE_TOKENS = 5;
/** Cues annotated fewer times than this are not written (noise, and too little to estimate precision). */
const MIN_CUE_COUNT = 2;

const dataRoot = process.env.SITREP_EVAL_DATA ?? "../shared/eval";
const skipAt = process.argv.indexOf("--skip-first");
const skipFirst = skipAt >= 0 ? Number(process.argv[skipAt + 1]) : 0;
const args = skipAt >= 0 ? process.argv.slice(2, skipAt) : process.argv.slice(2);
const dir = args[0] ?? join(dataRoot, "polnear/train");
const outPath = args[1] ?? "data/lexicons/quotes/learned-cues.tsv";

interface Stats {
  cue: number;
  occurrences: number;
  contentAfter: number;
  sourceBefore: number;
  sourceAfter: number;
  noSource: number;
  thatAfter: number;
  lemma: string;
}

const pipeline = assemblePipeline([segmentStage], { resources: { segmenter: loadWinkSegmenter() } });
const stats = new Map<string, Stats>();
const docs: string[][] = [];
const files = new Map([...chooseAnnotationFiles(readdirSync(join(dir, "attributions")))].slice(skipFirst));
for (const [article, annFile] of files) {
  const text = readFileSync(join(dir, "text", `${article}.txt`), "utf8");
  const gold = readBratAttributions(readFileSync(join(dir, "attributions", annFile), "utf8"));
  const tokens = layer(pipeline.run(createDocument(text, {}, article)), "token");
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  docs.push(words);
  for (const g of gold) {
    // Discontinuous cues ("said ... yesterday") are read by their first piece.
    const span = g.cue[0];
    if (!span) continue;
    const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    if (inside.length === 0 || inside.length > MAX_CUE_TOKENS) continue;
    const key = inside.map((t) => text.slice(t.start, t.end).toLowerCase()).join(" ");
    const s = stats.get(key) ?? { cue: 0, occurrences: 0, contentAfter: 0, sourceBefore: 0, sourceAfter: 0, noSource: 0, thatAfter: 0, lemma: inside.map((t) => t.data.lemma.toLowerCase()).join(" ") };
    s.cue++;
    const contentStart = Math.min(...g.content.map((c) => c.start));
    if (contentStart >= span.end) s.contentAfter++;
    if (!g.source) s.noSource++;
    else if (g.source[0]!.end <= span.start) s.sourceBefore++;
    else if (g.source[0]!.start >= span.end) s.sourceAfter++;
    const next = tokens.find((t) => t.start >= span.end);
    if (next && text.slice(next.start, next.end).toLowerCase() === "that") s.thatAfter++;
    stats.set(key, s);
  }
}

// Occurrences of every learned sequence anywhere in the texts, annotated or not.
const byFirst = new Map<string, string[][]>();
for (const key of stats.keys()) {
  const seq = key.split(" ");
  byFirst.set(seq[0]!, [...(byFirst.get(seq[0]!) ?? []), seq]);
}
for (const words of docs) {
  for (let i = 0; i < words.length; i++) {
    for (const seq of byFirst.get(words[i]!) ?? []) {
      let ok = true;
      for (let k = 1; k < seq.length && ok; k++) ok = words[i + k] === seq[k];
      if (ok) stats.get(seq.join(" "))!.occurrences++;
    }
  }
}

const share = (a: number, b: number) => (b ? (a / b).toFixed(2) : "0.00");
const rows = [...stats].filter(([, s]) => s.cue >= MIN_CUE_COUNT).sort((a, b) => b[1].cue - a[1].cue || a[0].localeCompare(b[0]));
const slugs = new Set<string>();
const lines = rows.map(([key, s]) => {
  let slug = key.replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "punct";
  while (slugs.has(slug)) slug += "-x";
  slugs.add(slug);
  // Occurrences can fall below the cue count where a cue's tokens were split differently in one text.
  const occurrences = Math.max(s.occurrences, s.cue);
  return [`quote:learned:${slug}`, key, s.lemma, s.cue, occurrences, share(s.cue, occurrences), share(s.contentAfter, s.cue), share(s.sourceBefore, s.cue), share(s.sourceAfter, s.cue), share(s.noSource, s.cue), share(s.thatAfter, s.cue)].join("\t");
});
const header = [
  "# Attribution cues learned from the PolNeAR train split by scripts/learn-quote-cues.ts (never from dev or test).",
  "# source: derived counts from PolNeAR (Newell, Margolin & Ruths, LREC 2018), train split; PolNeAR is distributed for research use only.",
  "#   Only token sequences and numbers are stored here, no text of the corpus.",
  "# license: the counts are sitrep's (Apache-2.0); their use inherits PolNeAR's research-only terms.",
  `# version: ${new Date().toISOString().slice(0, 10)}`,
  "# words: the cue's tokens, lower case, as the segment stage splits them; lemma: wink's lemmas of the same tokens.",
  "# cue_count: times annotated as a cue; occurrences: times the token sequence occurs in the train texts;",
  "# precision = cue_count / occurrences. content_after, source_before, source_after, no_source, that_after: share of the",
  "# cue's attributions whose content follows the cue, whose source precedes / follows it or is absent, and where 'that' follows.",
  ["id", "words", "lemma", "cue_count", "occurrences", "precision", "content_after", "source_before", "source_after", "no_source", "that_after"].join("\t"),
];
writeFileSync(outPath, `${[...header, ...lines].join("\n")}\n`);
console.log(`${files.size} articles, ${stats.size} distinct cues, ${rows.length} written to ${outPath}`);
