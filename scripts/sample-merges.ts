/**
 * Samples merged corpus events for a person to judge: runs cross-article identity
 * (src/corpus/identity) over every report of a set of documents in date order and prints N randomly
 * chosen (seeded) events of more than one report, each report with its outlet, evidence sentence,
 * type, place, date and toll, and why it was merged.
 *
 *   npx tsx scripts/sample-merges.ts docs.jsonl [more.jsonl ...] [--n 30] [--seed 1] [--part 0 --parts 2] [--json]
 *
 * Input: JSON Lines of sitrep documents, as `sitrep extract --format jsonl` (or --manifest) prints.
 * `--part K --parts P` keeps the articles whose id hashes to K modulo P (a fixed split into halves for
 * tuning on one and judging the other). The last line is a JSON summary: reports, events, reports in
 * merged events, merged events, singles.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { DocumentJson } from "../src/app/present/document-schema.js";
import { groupReports } from "../src/corpus/identity/index.js";
import type { CorpusEvent, Count, EventReport } from "../src/corpus/records.js";
import { reportEvents } from "../src/corpus/report-events.js";
import { createSeededRandom } from "../src/models/ner/seeded-random.js";

interface Options {
  files: string[];
  n: number;
  seed: number;
  part: number | null;
  parts: number;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { files: [], n: 30, seed: 1, part: null, parts: 2, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--n") o.n = Number(argv[++i]);
    else if (a === "--seed") o.seed = Number(argv[++i]);
    else if (a === "--part") o.part = Number(argv[++i]);
    else if (a === "--parts") o.parts = Number(argv[++i]);
    else if (a === "--json") o.json = true;
    else o.files.push(a);
  }
  if (o.files.length === 0) throw new Error("usage: sample-merges.ts docs.jsonl [--n 30] [--seed 1] [--part 0 --parts 2] [--json]");
  return o;
}


function partOf(articleId: string, parts: number): number {
  return createHash("sha256").update(articleId).digest().readUInt32BE(0) % parts;
}

function readReports(o: Options): EventReport[] {
  const reports: EventReport[] = [];
  for (const file of o.files) {
    for (const [i, line] of readFileSync(file, "utf8").split("\n").entries()) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as DocumentJson;
      const articleId = doc.meta.id ?? `${file}:${i + 1}`;
      if (o.part !== null && partOf(articleId, o.parts) !== o.part) continue;
      reports.push(...reportEvents(doc, articleId, "sample"));
    }
  }
  return reports;
}

const count = (c: Count | null) => (c === null ? "-" : c.text ? `${c.text} [${c.min ?? "?"}-${c.max ?? "?"}]` : `${c.min ?? "?"}-${c.max ?? "?"}`);

function describeReport(r: EventReport): string {
  const place = r.place ? `${r.place.name} (${r.place.country ?? "?"}, ${r.geoPrecision ?? r.place.feature})` : "-";
  const date = r.date?.value ? `${r.date.value} (${r.date.precision}, "${r.date.text}")` : `no date, dateline ${r.source.published ?? "?"}`;
  const actors = `${r.actor?.name ?? "-"} -> ${r.target?.name ?? "-"}`;
  const evidence = r.evidence.text.replace(/\s+/g, " ").slice(0, 320);
  return [
    `  - ${r.key}  outlet: ${r.source.outlet ?? "-"}  url: ${r.source.url ?? "-"}`,
    `    ${r.type}${r.mode ? `/${r.mode}` : ""} ${r.modality}${r.background ? " background" : ""} | place: ${place} | date: ${date}`,
    `    actors: ${actors} | killed: ${count(r.fatalities)} | injured: ${count(r.injuries)}`,
    `    evidence: ${evidence}`,
  ].join("\n");
}

function describeEvent(e: CorpusEvent, index: number): string {
  const lines = [
    `## ${index}. ${e.id}  ${e.type.value}${e.mode.value ? `/${e.mode.value}` : ""}  day ${e.day ?? "?"}  place ${e.place.value?.name ?? "-"}  killed ${e.fatalities.min ?? "?"}-${e.fatalities.max ?? "?"} (ACLED ${e.fatalities.acled ?? "-"})  ${e.articleCount} articles, ${e.sourceCount} outlets`,
    ...e.reports.map(describeReport),
    ...e.merges.map((m) => `  merged ${m.report} with ${m.matched} (score ${m.score}): ${Object.entries(m.fields).map(([k, v]) => `${k}: ${v}`).join("; ")}`),
  ];
  return lines.join("\n");
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const reports = readReports(o);
  const events = groupReports(reports);
  const merged = events.filter((e) => e.reports.length > 1);
  const random = createSeededRandom(o.seed);
  const pool = [...merged];
  const sample: CorpusEvent[] = [];
  while (sample.length < o.n && pool.length > 0) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  if (o.json) for (const e of sample) console.log(JSON.stringify(e));
  else sample.forEach((e, i) => console.log(`${describeEvent(e, i + 1)}\n`));
  const inMerged = merged.reduce((n, e) => n + e.reports.length, 0);
  const byType: Record<string, number> = {};
  for (const e of merged) byType[e.type.value] = (byType[e.type.value] ?? 0) + 1;
  console.log(
    JSON.stringify({
      articles: new Set(reports.map((r) => r.articleId)).size,
      reports: reports.length,
      events: events.length,
      mergedEvents: merged.length,
      reportsInMergedEvents: inMerged,
      singles: events.length - merged.length,
      mergedByType: byType,
      sampled: sample.length,
    }),
  );
}

main();
