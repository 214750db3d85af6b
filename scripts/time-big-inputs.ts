/**
 * CPU time of the pipeline, stage by stage, on one big input: real news (PolNeAR train texts
 * concatenated, from SITREP_EVAL_DATA, default ../shared/eval) or a hostile text repeated, cut to
 * the given number of million characters. Runs once after a warm-up; prints, writes nothing.
 *
 *   npx tsx scripts/time-big-inputs.ts MILLION_CHARS [news|quotes|caps|said|nopunct|marks]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDocument } from "../src/core/index.js";
import { newsPipeline } from "../src/pipelines/news-pipeline.js";

const millions = Number(process.argv[2] ?? 1);
const kind = process.argv[3] ?? "news";
const target = Math.round(millions * 1_000_000);
const repeat = (piece: string) => piece.repeat(Math.ceil(target / piece.length)).slice(0, target);

function news(): string {
  const dir = join(process.env.SITREP_EVAL_DATA ?? "../shared/eval", "polnear/train/text");
  const files = readdirSync(dir).sort();
  const parts: string[] = [];
  let n = 0;
  while (n < target) {
    for (const f of files) {
      const t = readFileSync(join(dir, f), "utf8");
      parts.push(t);
      n += t.length + 2;
      if (n >= target) break;
    }
  }
  return parts.join("\n\n").slice(0, target);
}

const texts: Record<string, () => string> = {
  news,
  quotes: () => repeat(`"We will fight," he said. `),
  caps: () => repeat("Ahmed Karzai Kabul Taliban Haqqani Doha "),
  said: () => repeat("said "),
  nopunct: () => repeat("the fighters attacked the village and killed people near the river while officials met "),
  marks: () => repeat(`"“”'‘’ `),
};
const text = texts[kind]!();
const pipeline = newsPipeline();
pipeline.run(createDocument("Gunmen killed five people in Kabul on Sunday, police said.", { published: "2021-10-10" }));
const wall = performance.now();
const cpu = process.cpuUsage();
let last = process.cpuUsage();
const stages: string[] = [];
pipeline.runTimed(createDocument(text, { published: "2021-10-10" }), (stage, ms) => {
  const d = process.cpuUsage(last);
  last = process.cpuUsage();
  stages.push(`${stage} ${((d.user + d.system) / 1e6).toFixed(1)}`);
  console.log(`  ${stage}: ${((d.user + d.system) / 1e6).toFixed(1)} s CPU (${(ms / 1000).toFixed(1)} s wall)`);
});
const used = process.cpuUsage(cpu);
console.log(`${kind} ${millions} M characters: ${((used.user + used.system) / 1e6).toFixed(1)} s CPU, ${((performance.now() - wall) / 1000).toFixed(1)} s wall; ${stages.join(", ")}`);
