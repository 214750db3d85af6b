/**
 * Tries variants of the places stage's resolution weights on the geoparsing development corpora
 * together (gold spans given) and prints acc@161 per corpus for each, best first. The corpora are
 * read at run time from SITREP_EVAL_DATA (default ../shared/eval); nothing is copied.
 *
 * Run: npx tsx scripts/tune-places.ts [limit-per-corpus]
 */
import { join } from "node:path";
import { createDocument } from "../src/core/index.js";
import { evalDataRoot } from "../src/eval/tasks.js";
import { readGeoCorpus } from "../src/eval/geo-scorer.js";
import { haversineKm } from "../src/eval/metrics.js";
import { loadWinkSegmenter } from "../src/models/wink.js";
import { segmentText } from "../src/stages/segment/segment-stage.js";
import { findCue, findToponyms, type ToponymMention } from "../src/stages/places/find-toponyms.js";
import { foldName } from "../src/stages/places/fold-name.js";
import { RESOLUTION_WEIGHTS, type ResolutionWeights } from "../src/stages/places/heuristics.js";
import { resolveToponyms, type ResolveInput } from "../src/stages/places/resolve-toponyms.js";
import { createPlacesResources } from "../src/stages/places/resources.js";

const limit = Number(process.argv[2] ?? 0) || undefined;
const resources = createPlacesResources();
const { gazetteer, lexicons } = resources;
const segmenter = loadWinkSegmenter();

interface Prepared { corpus: string; input: ResolveInput; gold: { lat: number; lon: number }[] }
const prepared: Prepared[] = [];
for (const file of ["lgl.xml", "GeoWebNews_GWN.xml", "GeoVirus.xml"]) {
  let docs = readGeoCorpus(join(evalDataRoot(), "geoparsing", file));
  if (limit) docs = docs.slice(0, limit);
  for (const d of docs) {
    const { token: tokens } = segmentText(d.text, segmenter);
    const detected = findToponyms({ text: d.text, tokens, entities: [] }, gazetteer, lexicons);
    const items: { m: ToponymMention; lat: number; lon: number }[] = [];
    for (const g of d.toponyms) {
      if (g.lat === null || g.lon === null) continue;
      const first = tokens.findIndex((t) => t.end > g.start);
      if (first < 0) continue;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < g.end) last++;
      const tries = [g.phrase, g.phrase.replace(/^the\s+/i, ""), g.phrase.replace(/['’]s$/, "")].map(foldName);
      const key = tries.find((k) => gazetteer.has(k) || lexicons.demonyms.has(k)) ?? tries[0]!;
      items.push({ m: { start: g.start, end: g.end, text: g.phrase, key, firstToken: first, lastToken: last, cue: findCue(tokens, d.text, first, last, lexicons), rule: "gold-span" }, lat: g.lat, lon: g.lon });
    }
    items.sort((a, b) => a.m.start - b.m.start);
    prepared.push({
      corpus: file.replace(/\..*$/, ""),
      input: { text: d.text, tokenWords: tokens.map((t) => d.text.slice(t.start, t.end)), mentions: items.map((x) => x.m), demonymCountries: detected.demonymCountries, demonyms: lexicons.demonyms, fallbackToFocus: true },
      gold: items.map((x) => ({ lat: x.lat, lon: x.lon })),
    });
  }
}
void createDocument;

function score(w: ResolutionWeights): Record<string, number> {
  const hit: Record<string, number> = {};
  const n: Record<string, number> = {};
  for (const p of prepared) {
    const out = resolveToponyms(p.input, gazetteer, w);
    const byMention = new Map(out.map((r) => [r.mention, r]));
    p.input.mentions.forEach((m, k) => {
      const r = byMention.get(m);
      const g = p.gold[k]!;
      n[p.corpus] = (n[p.corpus] ?? 0) + 1;
      if (r && haversineKm(g.lat, g.lon, r.entry.lat, r.entry.lon) <= 161) hit[p.corpus] = (hit[p.corpus] ?? 0) + 1;
    });
  }
  const acc: Record<string, number> = {};
  let sum = 0;
  for (const c of Object.keys(n)) { acc[c] = Math.round((1000 * (hit[c] ?? 0)) / n[c]!) / 10; sum += acc[c]!; }
  acc.macro = Math.round((10 * sum) / Object.keys(n).length) / 10;
  return acc;
}

const base = RESOLUTION_WEIGHTS;
const variants: [string, ResolutionWeights][] = [
  ["base", base],
  // The population baseline: no focus, containers or cue words (kind priors kept).
  ["population-baseline", { ...base, countryFocus: 0, admin1Focus: 0, containerBonus: 0, cueKindBonus: 0 }],
];
const grid: Record<string, number[]> = {
  countryFocus: [1.5, 2.5, 3.5, 5],
  admin1Focus: [1, 2, 3, 4],
  capitalBonus: [2, 3, 4],
  adminSeatBonus: [0, 0.5, 1, 1.5],
  focusTemperature: [0.434, 1, 2],
  countryMentionEvidence: [1, 2, 4],
  containerBonus: [4, 8],
  cueKindBonus: [3, 6],
  focusRounds: [1, 2, 3],
  bareCountyPenalty: [0, 1, 2, 3, 4],
  curatedAliasBonus: [0, 1, 2, 3],
  provinceLikeSeatPenalty: [0, 1.5, 3, 5],
};
for (const [k, values] of Object.entries(grid)) for (const v of values) variants.push([`${k}=${v}`, { ...base, [k]: v }]);
for (const [k, v] of [["admin1", 0.5], ["admin1", 2.5], ["admin2", 0], ["admin2", 2], ["country", 10], ["country", 14], ["region", 8], ["region", 12]] as const) {
  variants.push([`kindPrior.${k}=${v}`, { ...base, kindPrior: { ...base.kindPrior, [k]: v } }]);
}
const results = variants.map(([name, w]) => ({ name, ...score(w) }) as { name: string; macro: number });
results.sort((a, b) => b.macro - a.macro);
for (const r of results) console.log(JSON.stringify(r));
