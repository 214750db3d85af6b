/**
 * Samples merged corpus events for a person to judge: runs cross-article identity
 * (src/corpus/identity) over every report of a set of documents in date order and prints N randomly
 * chosen (seeded) events of more than one report, each report with its outlet, evidence sentence,
 * type, place, date and toll, and why it was merged.
 *
 *   npx tsx scripts/sample-merges.ts docs.jsonl [more.jsonl ...] [--n 30] [--seed 1] [--part 0 --parts 2] [--json]
 *   npx tsx scripts/sample-merges.ts --store sitrep.db [--source-match REGEX] [--n 30] [--seed 1]
 *
 * `--store` samples the merged events a SQLite store holds (as `sitrep ingest` merged them), read-only:
 * the file is opened for reading and never migrated. `--source-match` keeps the events every report of
 * which comes from a source (URL or input name) the regular expression matches, e.g. two corpora.
 * Only events of more than one article count as merged (a merge across reports). `--identity-only`
 * keeps the events with at least one merge the identity rule made (`by: "identity"`), leaving out
 * those that only join a near-duplicate's sentences to the original's. `--regroup` takes the store's
 * reports (those of articles that are no near-duplicate) and groups them again with the identity rule
 * as it is now (groupReports), to judge a change of the rule on the same material without re-analysing it.
 *
 * Input: JSON Lines of sitrep documents, as `sitrep extract --format jsonl` (or --manifest) prints.
 * `--part K --parts P` keeps the articles whose id hashes to K modulo P (a fixed split into halves for
 * tuning on one and judging the other). The last line is a JSON summary: reports, events, reports in
 * merged events, merged events, singles.
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import type { DocumentJson } from "../src/app/present/document-schema.js";
import { groupReports } from "../src/corpus/identity/index.js";
import type { CorpusEvent, Count, EventReport } from "../src/corpus/records.js";
import { reportEvents } from "../src/corpus/report-events.js";
import { createSeededRandom } from "../src/models/ner/seeded-random.js";

interface Options {
  files: string[];
  store: string | null;
  sourceMatch: RegExp | null;
  /** Only events with a merge the identity rule made (not only a near-duplicate's sentences joining the original's). */
  identityOnly: boolean;
  /** With --store: the store's reports grouped again by today's identity rule, instead of its events as stored. */
  regroup: boolean;
  n: number;
  seed: number;
  part: number | null;
  parts: number;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { files: [], store: null, sourceMatch: null, identityOnly: false, regroup: false, n: 30, seed: 1, part: null, parts: 2, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--n") o.n = Number(argv[++i]);
    else if (a === "--seed") o.seed = Number(argv[++i]);
    else if (a === "--part") o.part = Number(argv[++i]);
    else if (a === "--parts") o.parts = Number(argv[++i]);
    else if (a === "--json") o.json = true;
    else if (a === "--store") o.store = argv[++i]!;
    else if (a === "--identity-only") o.identityOnly = true;
    else if (a === "--regroup") o.regroup = true;
    else if (a === "--source-match") o.sourceMatch = new RegExp(argv[++i]!);
    else o.files.push(a);
  }
  if (o.files.length === 0 && !o.store) throw new Error("usage: sample-merges.ts docs.jsonl [--n 30] [--seed 1] [--part 0 --parts 2] [--json] | --store sitrep.db [--source-match REGEX]");
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

/** Where a report comes from as --source-match sees it: its URL, outlet (an input's name when it had no URL) and article. */
function sourceName(r: EventReport): string {
  return [r.source.url, r.source.outlet, r.articleId].filter(Boolean).join(" ");
}

/** The events of a SQLite store, read-only (never migrated), with every report's source matching `match` when given. */
function readStoreEvents(path: string, match: RegExp | null): CorpusEvent[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const events: CorpusEvent[] = [];
    for (const row of db.prepare("select summary_json from events where article_count > 0 order by id").iterate() as Iterable<{ summary_json: string }>) {
      const e = JSON.parse(row.summary_json) as CorpusEvent;
      if (!match || e.reports.every((r) => match.test(sourceName(r)))) events.push(e);
    }
    return events;
  } finally {
    db.close();
  }
}

/** The reports of a SQLite store's articles that are no near-duplicate, read-only, every one's source matching `match` when given. */
function readStoreReports(path: string, match: RegExp | null): EventReport[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const reports: EventReport[] = [];
    const rows = db.prepare("select r.json from reports r join articles a on a.id = r.article_id where a.duplicate_of is null order by a.seq, r.key").iterate() as Iterable<{ json: string }>;
    for (const row of rows) {
      const r = JSON.parse(row.json) as EventReport;
      if (!match || match.test(sourceName(r))) reports.push(r);
    }
    return reports;
  } finally {
    db.close();
  }
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const reports = !o.store ? readReports(o) : o.regroup ? readStoreReports(o.store, o.sourceMatch) : [];
  const events = o.store && !o.regroup ? readStoreEvents(o.store, o.sourceMatch) : groupReports(reports);
  if (o.store && !o.regroup) for (const e of events) reports.push(...e.reports);
  // Merged across articles: an event told by more than one article.
  const merged = events.filter((e) => new Set(e.reports.map((r) => r.articleId)).size > 1 && (!o.identityOnly || e.merges.some((m) => m.by === "identity")));
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
