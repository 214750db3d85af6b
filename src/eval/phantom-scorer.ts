import { writeFileSync } from "node:fs";
import { layer, type EventData } from "../core/index.js";
import { analyzeArticle } from "../app/analyze-article.js";
import { readGeoCorpus } from "./geo-scorer.js";
import { formatTable, type EvalOptions, type EvalResult } from "./report.js";
import { clip, withSampledErrors, type ScoredError } from "./sampled-errors.js";

/**
 * Phantom violence: sitrep on news with no attacks in it (GeoVirus: WikiNews articles on epidemics),
 * where every violent event, and every death or injury attached to one, is a false alarm. Reports
 * events per type, deaths and injuries per type, and the sentences behind the violent events.
 * The project's target: under 50 deaths on ASSAULT events per 200 epidemic articles.
 */

/** Event types that are violence by definition (a riot is a PROTEST with mode riot). */
export function isViolent(e: EventData): boolean {
  return e.type === "ASSAULT" || (e.type === "PROTEST" && e.mode === "riot");
}

function count(c: EventData["fatalities"]): number {
  return c ? c.min ?? c.max ?? 0 : 0;
}

/** The articles the target is stated for. */
const TARGET_ARTICLES = 200;
/** How many violent events the table lists (most deaths first). */
const LISTED = 15;

export interface PhantomTotals {
  readonly articles: number;
  readonly byType: Map<string, { events: number; deaths: number; injuries: number }>;
  readonly violent: { article: string; type: string; mode: string | null; trigger: string; deaths: number; injuries: number; modality: string; background: boolean; evidence: string; rule: string }[];
}

export function tallyEvents(docs: readonly { id: string; events: readonly EventData[]; rules: readonly string[] }[]): PhantomTotals {
  const byType = new Map<string, { events: number; deaths: number; injuries: number }>();
  const violent: PhantomTotals["violent"] = [];
  for (const d of docs) {
    d.events.forEach((e, i) => {
      const t = byType.get(e.type) ?? { events: 0, deaths: 0, injuries: 0 };
      t.events++;
      t.deaths += count(e.fatalities);
      t.injuries += count(e.injuries);
      byType.set(e.type, t);
      if (isViolent(e)) violent.push({ article: d.id, type: e.type, mode: e.mode, trigger: e.trigger.text, deaths: count(e.fatalities), injuries: count(e.injuries), modality: e.modality, background: e.background, evidence: e.evidence.text, rule: d.rules[i] ?? "" });
    });
  }
  return { articles: docs.length, byType, violent };
}

export async function scorePhantom(opts: EvalOptions): Promise<EvalResult> {
  const articles = readGeoCorpus(opts.path).slice(0, opts.limit ?? Infinity);
  const t0 = performance.now();
  const docs = articles.map((a, k) => {
    const id = `${k + 1}`;
    try {
      const doc = analyzeArticle({ text: a.text, id });
      const events = layer(doc, "event");
      return { id, events: events.map((e) => e.data), rules: events.map((e) => e.source.rule) };
    } catch {
      return { id, events: [], rules: [] };
    }
  });
  const ms = performance.now() - t0;
  const totals = tallyEvents(docs);
  const assault = totals.byType.get("ASSAULT") ?? { events: 0, deaths: 0, injuries: 0 };
  const violentDeaths = totals.violent.reduce((s, v) => s + v.deaths, 0);
  const violentInjuries = totals.violent.reduce((s, v) => s + v.injuries, 0);
  const assaultWithDeaths = totals.violent.filter((v) => v.type === "ASSAULT" && v.deaths > 0).length;
  const articlesWithViolence = new Set(totals.violent.map((v) => v.article)).size;
  const reported = totals.violent.filter((v) => !v.background && (v.modality === "asserted" || v.modality === "claimed"));
  const per200 = (x: number) => Math.round((x * TARGET_ARTICLES * 10) / Math.max(1, totals.articles)) / 10;
  const typeRows = [...totals.byType].sort((a, b) => b[1].events - a[1].events).map(([type, t]) => [type, t.events, t.deaths, t.injuries]);
  const listed = [...totals.violent].sort((a, b) => b.deaths - a.deaths || b.injuries - a.injuries).slice(0, LISTED);
  if (opts.predictions) writeFileSync(opts.predictions, totals.violent.map((v) => JSON.stringify(v)).join("\n") + "\n");
  const table = [
    `phantom violence on ${opts.path}: ${totals.articles} outbreak articles (no attacks in them), ${(ms / Math.max(1, totals.articles)).toFixed(1)} ms/article`,
    formatTable(["type", "events", "deaths", "injuries"], typeRows),
    "",
    `ASSAULT: ${assault.events} events (${assaultWithDeaths} with deaths), ${assault.deaths} deaths (${per200(assault.deaths)} per ${TARGET_ARTICLES} articles; target < 50), ${assault.injuries} injuries`,
    `violent events (ASSAULT, riots): ${totals.violent.length} in ${articlesWithViolence} articles, ${violentDeaths} deaths, ${violentInjuries} injuries; of them asserted or claimed and not background: ${reported.length}, ${reported.reduce((s, v) => s + v.deaths, 0)} deaths`,
    `violent events with the most casualties (article, type/mode, trigger, deaths/injuries, modality, evidence):`,
    ...listed.map((v) => `  #${v.article} ${v.type}/${v.mode ?? "-"} "${v.trigger}" ${v.deaths}/${v.injuries} ${v.modality}${v.background ? " background" : ""}: ${v.evidence.replace(/\s+/g, " ").slice(0, 180)}`),
  ].join("\n");
  // Every violent event here is a candidate false alarm: the sample draws from all of them.
  const errors: ScoredError[] = totals.violent.map((v) => ({
    doc: v.article,
    field: `${v.type}/${v.mode ?? "-"} (${v.modality}${v.background ? ", background" : ""}; rule ${v.rule})`,
    gold: "no violence (an outbreak article)",
    predicted: `"${v.trigger}", ${v.deaths} dead, ${v.injuries} injured`,
    evidence: clip(v.evidence),
  }));
  return withSampledErrors({
    task: "phantom",
    data: opts.path,
    n: totals.articles,
    // Not a P/R/F1 task: the figures are counts of false alarms.
    precision: NaN,
    recall: NaN,
    f1: NaN,
    articles: totals.articles,
    assaultEvents: assault.events,
    assaultDeaths: assault.deaths,
    assaultEventsWithDeaths: assaultWithDeaths,
    assaultDeathsPer200: per200(assault.deaths),
    assaultInjuries: assault.injuries,
    violentEvents: totals.violent.length,
    articlesWithViolence,
    violentDeaths,
    violentInjuries,
    reportedViolentEvents: reported.length,
    eventsByType: Object.fromEntries(totals.byType),
    table,
  }, errors, opts);
}
