/**
 * Corpus events built from REAL pipeline output for the export tests: short articles run through
 * extractDocument, turned into reports by reportEvents, then grouped with a deliberately simple rule
 * (same type, same place, same date) into CorpusEvents summarised by the store's summarizeEvent. The grouping
 * stands in for the identity rule (src/corpus/identity), which the exports do not depend on: they only read CorpusEvent.
 */
import { extractDocument } from "../../../src/index.js";
import { reportEvents, reportQuotes } from "../../../src/corpus/report-events.js";
import { summarizeEvent } from "../../../src/corpus/identity/summarize-event.js";
import type { CorpusEvent, EventReport, QuoteRecord } from "../../../src/corpus/records.js";

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

/** One corpus event of the reports given (the caller decides they are one happening), summarised as the store does. */
export function corpusEventOf(id: string, reports: readonly EventReport[]): CorpusEvent {
  return summarizeEvent(id, reports);
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
