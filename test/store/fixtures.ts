/**
 * Store fixtures built from real pipeline output: committed example and golden articles run through
 * extractDocument and the corpus's reportEvents/reportQuotes, never hand-written rows. Also a plain
 * summarize and assign for the tests that must not depend on the identity rule's details.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extractDocument } from "../../src/index.js";
import { reportEvents, reportQuotes, outletOf } from "../../src/corpus/report-events.js";
import type { CorpusEvent, Count, EventReport, FieldValues, MergeExplanation, SourcedValue, TollSummary, Correction } from "../../src/corpus/records.js";
import type { ArticleAnalysis, AssignReports } from "../../src/store/store.js";

export const PIPELINE = "test-pipeline-1";

/** A 64-bit SimHash of word 3-shingles, for fixtures (the ingest helper owns the real one). */
export function fixtureSimhash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Array<number>(64).fill(0);
  for (let i = 0; i + 2 < words.length; i++) {
    const h = createHash("sha256").update(words.slice(i, i + 3).join(" ")).digest();
    for (let b = 0; b < 64; b++) weights[b]! += (h[b >> 3]! >> (b & 7)) & 1 ? 1 : -1;
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let k = 0; k < 4; k++) if (weights[nibble * 4 + k]! > 0) v |= 1 << k;
    hex += v.toString(16);
  }
  return hex;
}

export async function analysisOf(id: string, text: string, meta: { published: string; url?: string; siteName?: string; title?: string }): Promise<ArticleAnalysis> {
  const document = await extractDocument({
    text,
    meta: { published: meta.published, ...(meta.url ? { url: meta.url } : {}), ...(meta.title ? { title: meta.title } : {}), ...(meta.siteName ? { siteName: meta.siteName } : {}) },
  });
  return {
    article: {
      id,
      url: meta.url ?? null,
      outlet: outletOf(document.meta),
      title: meta.title ?? document.meta.title ?? null,
      published: meta.published,
      contentHash: createHash("sha256").update(document.text).digest("hex"),
      simhash: fixtureSimhash(document.text),
      duplicateOf: null,
      pipelineVersion: PIPELINE,
    },
    document,
    reports: reportEvents(document, id, PIPELINE),
    quotes: reportQuotes(document, id),
  };
}

function golden(name: string): { text: string; published: string } {
  const gold = JSON.parse(readFileSync(new URL(`../golden/${name}/gold.json`, import.meta.url), "utf8")) as { published: string };
  return { text: readFileSync(new URL(`../golden/${name}/article.txt`, import.meta.url), "utf8"), published: gold.published };
}

export interface Fixtures {
  founding: ArticleAnalysis;
  acapulco: ArticleAnalysis;
  kenya: ArticleAnalysis;
  baghdad: ArticleAnalysis;
  /** The Acapulco story re-published by another outlet with a line added: the same events, other source. */
  acapulcoCopy: ArticleAnalysis;
}

export async function buildFixtures(): Promise<Fixtures> {
  const founding = readFileSync(new URL("../../examples/founding-article.txt", import.meta.url), "utf8");
  const aca = golden("wn-acapulco-shootout-2009");
  const ken = golden("wn-kenya-cattle-raid-2009");
  const bag = golden("state-baghdad-attacks-2017");
  return {
    founding: await analysisOf("founding", founding, { published: "2021-10-10", url: "https://example.org/doha-talks", siteName: "Example News", title: "US and Taliban meet in Doha" }),
    acapulco: await analysisOf("acapulco", aca.text, { published: aca.published, url: "https://en.wikinews.org/wiki/Acapulco_shootout", title: "Shootout in Acapulco" }),
    kenya: await analysisOf("kenya", ken.text, { published: ken.published, url: "https://en.wikinews.org/wiki/Kenya_cattle_raid", title: "Cattle raid in Kenya" }),
    baghdad: await analysisOf("baghdad", bag.text, { published: bag.published, url: "https://www.state.gov/baghdad", title: "Attacks in Baghdad" }),
    acapulcoCopy: await analysisOf("acapulco-copy", `${aca.text}\n\nLocal newspapers carried the story of the shootout on their front pages.`, {
      published: aca.published,
      url: "https://mirror.example.com/acapulco",
      title: "Acapulco shootout (mirror)",
    }),
  };
}

// ---- a plain summarize and assign for the store's own tests ------------------------------------

function field<T>(reports: readonly EventReport[], get: (r: EventReport) => T): FieldValues<T> {
  const byValue = new Map<string, { value: T; reports: string[]; outlets: Set<string> }>();
  for (const r of reports) {
    const value = get(r);
    const k = JSON.stringify(value);
    const entry = byValue.get(k) ?? { value, reports: [], outlets: new Set<string>() };
    entry.reports.push(r.key);
    if (r.source.outlet) entry.outlets.add(r.source.outlet);
    byValue.set(k, entry);
  }
  const values: SourcedValue<T>[] = [...byValue.values()].map((e) => ({ value: e.value, reports: e.reports, outlets: [...e.outlets] }));
  values.sort((a, b) => b.reports.length - a.reports.length);
  return { value: values[0]!.value, chosenBy: values.length === 1 ? "agreed" : "majority", values, conflict: values.length > 1 };
}

function toll(reports: readonly EventReport[], get: (r: EventReport) => Count | null): TollSummary {
  const counts = reports.map((r) => ({ r, c: get(r) })).filter((x): x is { r: EventReport; c: Count } => x.c !== null);
  const mins = counts.map((x) => x.c.min).filter((m): m is number => m !== null);
  const acled = mins.length ? Math.min(...mins) : null;
  return {
    acled,
    min: acled,
    max: counts.some((x) => x.c.max === null) ? null : counts.length ? Math.max(...counts.map((x) => x.c.max!)) : null,
    values: counts.map((x) => ({ value: x.c, reports: [x.r.key], outlets: x.r.source.outlet ? [x.r.source.outlet] : [] })),
    conflict: new Set(counts.map((x) => `${x.c.min}-${x.c.max}`)).size > 1,
  };
}

/** Majority per field; a "type" or "fatalities" correction replaces the value shown. */
export function plainSummarize(id: string, reports: readonly EventReport[], merges: readonly MergeExplanation[], corrections: readonly Correction[]): CorpusEvent {
  const first = reports[0]!;
  let type = field(reports, (r) => r.type);
  const typeFix = corrections.filter((c) => c.field === "type").at(-1);
  if (typeFix) type = { ...type, value: String(typeFix.value), chosenBy: "analyst" };
  let fatalities = toll(reports, (r) => r.fatalities);
  const tollFix = corrections.filter((c) => c.field === "fatalities").at(-1);
  if (tollFix) fatalities = { ...fatalities, acled: (tollFix.value as Count).min };
  const date = field(reports, (r) => r.date);
  // The event's own date (its ISO prefix), else the earliest dateline.
  const dated = reports.map((r) => r.date?.value?.slice(0, 10)).filter((d): d is string => !!d && /^\d{4}-\d{2}/.test(d));
  const days = dated.length ? dated : reports.map((r) => r.source.published).filter((d): d is string => !!d);
  return {
    id,
    type,
    mode: field(reports, (r) => r.mode),
    modality: field(reports, (r) => r.modality),
    actor: field(reports, (r) => r.actor),
    target: field(reports, (r) => r.target),
    place: field(reports, (r) => r.place),
    date,
    day: days.sort()[0] ?? null,
    fatalities,
    injuries: toll(reports, (r) => r.injuries),
    geoPrecision: first.geoPrecision,
    acledGeoPrecision: first.acledGeoPrecision,
    cameo: first.cameo,
    acled: first.acled,
    reports,
    sourceCount: new Set(reports.map((r) => r.source.outlet ?? r.articleId)).size,
    articleCount: new Set(reports.map((r) => r.articleId)).size,
    merges,
    corrections,
  };
}

/** Joins the candidate holding a report with the same type and the same evidence sentence (re-publications). */
export const sameEvidenceAssign: AssignReports = (report, candidates) => {
  for (const event of candidates) {
    const match = event.reports.find((r) => r.type === report.type && r.evidence.text === report.evidence.text && r.articleId !== report.articleId);
    if (match) return { eventId: event.id, explanation: { report: report.key, matched: match.key, score: 1, fields: { type: `same (${report.type})`, evidence: "same sentence" }, by: "identity" } };
  }
  return null;
};

/** Every report an event of its own. */
export const neverAssign: AssignReports = () => null;
