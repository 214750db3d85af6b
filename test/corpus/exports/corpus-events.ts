/**
 * Corpus events built from REAL pipeline output for the export tests: short articles run through
 * extractDocument, turned into reports by reportEvents, then grouped with a deliberately simple rule
 * (same type, same place, same date) into CorpusEvents. The grouping stands in for the identity rule
 * (src/corpus/identity), which the exports do not depend on: they only read CorpusEvent.
 */
import { extractDocument } from "../../../src/index.js";
import { reportEvents, reportQuotes } from "../../../src/corpus/report-events.js";
import type { Count, CorpusEvent, EventReport, FieldValues, QuoteRecord, SourcedValue, TollSummary } from "../../../src/corpus/records.js";

export interface TestArticle {
  readonly id: string;
  readonly text: string;
  readonly siteName: string;
  readonly url: string;
  readonly published: string;
  readonly title?: string;
}

export const ARTICLES: readonly TestArticle[] = [
  { id: "kt-1", siteName: "Kabul Times", url: "https://kabultimes.example/kandahar", published: "2021-10-12", text: "Gunmen killed five police officers in Kandahar on Monday, Afghan officials said." },
  { id: "wire-1", siteName: "Wire Service", url: "https://wire.example/2021/10/12/kandahar", published: "2021-10-12", text: "At least seven police officers were killed when gunmen attacked a checkpoint in Kandahar on Monday, a provincial spokesman said." },
  { id: "dawn-1", siteName: "Lahore Daily", url: "https://lahore.example/rally", published: "2021-10-11", text: "Hundreds of protesters rallied in Lahore on Sunday, demanding the release of a jailed cleric, police said." },
  { id: "pk-2", siteName: "Lahore Daily", url: "https://lahore.example/talks", published: "2021-10-12", text: "Afghan and Pakistani officials met in Islamabad on Tuesday to discuss border trade." },
  { id: "army-1", siteName: "Wire Service", url: "https://wire.example/roadside", published: "2021-10-09", text: "Two soldiers were killed in a roadside bomb blast on Friday, the army said." },
  { id: "ng-1", siteName: "Lagos Post", url: "https://lagos.example/maiduguri", published: "2021-10-10", text: 'Militants stormed a village near Maiduguri on Saturday, killing 12 "innocent" villagers, local officials said.' },
  { id: "ml-1", siteName: "Sahel Wire", url: "https://sahel.example/mopti", published: "2021-10-11", text: "Jihadists attacked an army post near Mopti on Sunday, killing four soldiers, the Malian army said." },
  { id: "ua-1", siteName: "Kyiv Daily", url: "https://kyiv.example/kramatorsk", published: "2021-10-08", text: "Russian forces shelled the town of Kramatorsk on Thursday, killing three civilians, Ukrainian officials said." },
  { id: "q-1", siteName: "Kabul Times", url: "https://kabultimes.example/q", published: "2021-10-13", title: 'Taliban: "we will not stop"', text: '"We will not stop, and we will not leave," Taliban spokesman Zabihullah Mujahid said on Monday.\nThe United Nations said it was "deeply concerned", adding that aid would continue.' },
];

export async function analyseArticles(articles: readonly TestArticle[] = ARTICLES): Promise<{ reports: EventReport[]; quotes: QuoteRecord[] }> {
  const reports: EventReport[] = [];
  const quotes: QuoteRecord[] = [];
  for (const a of articles) {
    const doc = await extractDocument({ text: a.text, meta: { published: a.published, siteName: a.siteName, url: a.url, ...(a.title ? { title: a.title } : {}) } });
    reports.push(...reportEvents(doc, a.id, "test"));
    quotes.push(...reportQuotes(doc, a.id));
  }
  return { reports, quotes };
}

function fieldValues<T>(reports: readonly EventReport[], get: (r: EventReport) => T): FieldValues<T> {
  const byKey = new Map<string, { value: T; reports: string[]; outlets: Set<string> }>();
  for (const r of reports) {
    const value = get(r);
    const key = JSON.stringify(value);
    const entry = byKey.get(key) ?? { value, reports: [], outlets: new Set<string>() };
    entry.reports.push(r.key);
    if (r.source.outlet) entry.outlets.add(r.source.outlet);
    byKey.set(key, entry);
  }
  const values: SourcedValue<T>[] = [...byKey.values()].map((v) => ({ value: v.value, reports: v.reports, outlets: [...v.outlets] }));
  const top = [...values].sort((a, b) => b.reports.length - a.reports.length)[0]!;
  return { value: top.value, chosenBy: values.length === 1 ? "agreed" : "majority", values, conflict: values.length > 1 };
}

function tollSummary(reports: readonly EventReport[], get: (r: EventReport) => Count | null): TollSummary {
  const counted = reports.filter((r) => get(r) !== null);
  if (counted.length === 0) return { acled: null, min: null, max: null, values: [], conflict: false };
  const fv = fieldValues(counted, (r) => get(r)!);
  const mins = fv.values.map((v) => v.value.min).filter((m): m is number => m !== null);
  const openEnded = fv.values.some((v) => v.value.max === null);
  return {
    acled: mins.length > 0 ? Math.min(...mins) : null,
    min: mins.length > 0 ? Math.min(...mins) : null,
    max: openEnded ? null : Math.max(...fv.values.map((v) => v.value.max!)),
    values: fv.values,
    conflict: fv.values.length > 1,
  };
}

/** One corpus event of the reports given (the caller decides they are one happening). */
export function corpusEventOf(id: string, reports: readonly EventReport[]): CorpusEvent {
  const first = reports[0]!;
  const date = fieldValues(reports, (r) => r.date);
  const days = reports.map((r) => r.date?.value ?? r.source.published).filter((d): d is string => !!d).sort();
  return {
    id,
    type: fieldValues(reports, (r) => r.type),
    mode: fieldValues(reports, (r) => r.mode),
    modality: fieldValues(reports, (r) => r.modality),
    actor: fieldValues(reports, (r) => r.actor),
    target: fieldValues(reports, (r) => r.target),
    place: fieldValues(reports, (r) => r.place),
    date,
    day: days[0]?.slice(0, 10) ?? null,
    fatalities: tollSummary(reports, (r) => r.fatalities),
    injuries: tollSummary(reports, (r) => r.injuries),
    geoPrecision: first.geoPrecision,
    acledGeoPrecision: first.acledGeoPrecision,
    cameo: first.cameo,
    acled: first.acled,
    reports,
    sourceCount: new Set(reports.map((r) => r.source.outlet)).size,
    articleCount: new Set(reports.map((r) => r.articleId)).size,
    merges: [],
    corrections: [],
  };
}

/** Reports grouped by type, place and date: the simple stand-in for cross-article identity. */
export function groupReports(reports: readonly EventReport[]): CorpusEvent[] {
  const groups = new Map<string, EventReport[]>();
  for (const r of reports) {
    const key = `${r.type}|${r.place?.geonameid ?? r.place?.name ?? r.key}|${r.date?.value ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((g, i) => corpusEventOf(`E${i + 1}`, g));
}
