/**
 * Development measurement (not a test): time of the actors stage alone (dictionary load and compile
 * once, then per article) over the re3d documents and the founding article, with an empty entity layer.
 *   npx tsx test/actors/measure-actors-speed.ts [rounds]
 * Prints every round; on a shared machine, read the fastest.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDocument, type Document } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { findActors } from "../../src/stages/actors/actors-stage.js";
import { loadActorsResources } from "../../src/stages/actors/resources.js";
import { segmentText } from "../../src/stages/segment/segment-stage.js";

const t0 = performance.now();
const { actorDictionary } = loadActorsResources();
console.log(`dictionary load + compile: ${(performance.now() - t0).toFixed(1)} ms, ${actorDictionary.entries.size} actors`);

const root = join(process.env.SITREP_EVAL_DATA ?? "../shared/eval", "re3d");
const segmenter = loadWinkSegmenter();
const prepare = (text: string): Document => {
  const { sentence, token } = segmentText(text, segmenter);
  return { ...createDocument(text), layers: { sentence, token, entity: [] } };
};
const docs: Document[] = [prepare(readFileSync(new URL("../golden/founding/article.txt", import.meta.url), "utf8"))];
for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const line of readFileSync(join(root, dir.name, "documents.json"), "utf8").split("\n")) if (line.trim()) docs.push(prepare(JSON.parse(line).text));
}
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
const rounds = Number(process.argv[2] ?? 10);
let best = Infinity;
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  for (const d of docs) findActors(d, actorDictionary);
  const ms = performance.now() - t;
  best = Math.min(best, ms);
}
console.log(`${docs.length} articles, ${words} words: fastest round ${best.toFixed(1)} ms = ${(best / docs.length).toFixed(3)} ms per article, ${((best / words) * 400).toFixed(3)} ms per 400 words`);
