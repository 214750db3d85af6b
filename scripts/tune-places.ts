/**
 * Tries variants of the places stage's resolution weights on the geoparsing development corpora
 * together (gold spans given) and prints acc@161 per corpus for each, best first. The corpora are
 * read at run time from SITREP_EVAL_DATA (default ../shared/eval); nothing is copied.
 *
 * Run: npx tsx scripts/tune-places.ts [limit-per-corpus]
 */
import { join } from "node:path";
import { createDocument, type Document } from "../src/core/index.js";
import { evalDataRoot } from "../src/eval/tasks.js";
import { readGeoCorpus } from "../src/eval/geo-scorer.js";
import { haversineKm } from "../src/eval/metrics.js";
import { loadWinkSegmenter } from "../src/models/wink.js";
import { segmentText } from "../src/stages/segment/segment-stage.js";
import { RESOLUTION_WEIGHTS, type ResolutionWeights } from "../src/stages/places/heuristics.js";
import { extractPlaces } from "../src/stages/places/places-stage.js";
import { createPlacesResources } from "../src/stages/places/resources.js";

const limit = Number(process.argv[2] ?? 0) || undefined;
const resources = createPlacesResources();
const segmenter = loadWinkSegmenter();

/** One article with its gold spans; resolution runs through the stage's own extractPlaces. */
interface Prepared { corpus: string; doc: Document; spans: { start: number; end: number; lat: number; lon: number }[] }
const prepared: Prepared[] = [];
for (const file of ["lgl.xml", "GeoWebNews_GWN.xml", "GeoVirus.xml"]) {
  let docs = readGeoCorpus(join(evalDataRoot(), "geoparsing", file));
  if (limit) docs = docs.slice(0, limit);
  for (const d of docs) {
    const layers = segmentText(d.text, segmenter);
    const doc: Document = { ...createDocument(d.text, {}, d.id), layers: { ...layers } };
    const spans = d.toponyms.filter((g) => g.lat !== null && g.lon !== null).map((g) => ({ start: g.start, end: g.end, lat: g.lat!, lon: g.lon! }));
    prepared.push({ corpus: file.replace(/\..*$/, ""), doc, spans });
  }
}

/** acc@161 per corpus (all gold toponyms, enclosing places included, as the product gives them) and their macro mean. */
function score(w: ResolutionWeights): Record<string, number> {
  const hit: Record<string, number> = {};
  const n: Record<string, number> = {};
  for (const p of prepared) {
    const out = extractPlaces(p.doc, resources, p.spans, w);
    const bySpan = new Map(out.map((a) => [`${a.start}:${a.end}`, a.data]));
    for (const g of p.spans) {
      n[p.corpus] = (n[p.corpus] ?? 0) + 1;
      const r = bySpan.get(`${g.start}:${g.end}`);
      if (r && haversineKm(g.lat, g.lon, r.lat, r.lon) <= 161) hit[p.corpus] = (hit[p.corpus] ?? 0) + 1;
    }
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
