/**
 * The situation report of a period and a region: what happened (events by type and by region), the
 * deadliest incidents, and who said what (key quotes by speaker). Read from the store only, so the
 * API, the web app and any later command give the same report.
 */
import type { CorpusEvent, QuoteRecord } from "../corpus/records.js";
import type { CorpusReader, EventFilter } from "../store/store.js";

export interface SituationReportRequest {
  /** YYYY-MM-DD, inclusive. */
  readonly from?: string;
  readonly to?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
  readonly admin1?: string;
}

export interface Bucket {
  readonly key: string | null;
  readonly events: number;
  readonly fatalities: number;
}

export interface SpeakerQuotes {
  readonly speaker: string;
  readonly affiliation: string | null;
  /** Quotes of this speaker in the period and region. */
  readonly count: number;
  readonly quotes: readonly QuoteRecord[];
}

export interface SituationReport {
  readonly request: SituationReportRequest;
  readonly totals: { readonly events: number; readonly fatalities: number };
  readonly byType: readonly Bucket[];
  /** By country, or by province (admin1) when the report is of one country. */
  readonly byRegion: { readonly level: "country" | "admin1"; readonly buckets: readonly Bucket[] };
  readonly deadliest: readonly CorpusEvent[];
  readonly quotes: readonly SpeakerQuotes[];
}

/** Incidents listed as the deadliest: a page of a printed report. */
export const DEADLIEST_INCIDENTS = 10;
/** Speakers shown, those quoted most first, and quotes shown per speaker (direct speech first). */
export const KEY_SPEAKERS = 8;
export const QUOTES_PER_SPEAKER = 3;
/** Quotes read to pick the key ones: bounds the work on a large corpus (the report samples, it does not count all). */
export const MAX_QUOTES_READ = 2000;
/** Articles whose quotes count for a regional report: those reporting the region's events, up to this many. */
export const MAX_REGION_ARTICLES = 500;

export async function buildSituationReport(reader: CorpusReader, request: SituationReportRequest): Promise<SituationReport> {
  const filter: EventFilter = {
    ...(request.from ? { from: request.from } : {}),
    ...(request.to ? { to: request.to } : {}),
    ...(request.country ? { country: request.country } : {}),
    ...(request.admin1 ? { admin1: request.admin1 } : {}),
  };
  const byType = sortBuckets(await reader.countEvents(filter, "type"));
  const level = request.country ? "admin1" : "country";
  const byRegion = sortBuckets(await reader.countEvents(filter, level));
  const totals = byType.reduce((t, b) => ({ events: t.events + b.events, fatalities: t.fatalities + b.fatalities }), { events: 0, fatalities: 0 });
  const deadliest = (await reader.listEvents({ ...filter, minFatalities: 1 }, "-fatalities", { limit: DEADLIEST_INCIDENTS })).items;
  const quotes = await keyQuotes(reader, request, filter);
  return { request, totals, byType, byRegion: { level, buckets: byRegion }, deadliest, quotes };
}

function sortBuckets(buckets: ReadonlyArray<Bucket>): Bucket[] {
  return [...buckets].sort((a, b) => b.events - a.events || b.fatalities - a.fatalities || String(a.key).localeCompare(String(b.key)));
}

async function keyQuotes(reader: CorpusReader, request: SituationReportRequest, filter: EventFilter): Promise<SpeakerQuotes[]> {
  // A regional report quotes the articles that report the region's events: quotes carry no place.
  let articles: Set<string> | null = null;
  if (request.country || request.admin1) {
    articles = new Set();
    for await (const event of reader.iterateEvents(filter, "-date")) {
      for (const report of event.reports) articles.add(report.articleId);
      if (articles.size >= MAX_REGION_ARTICLES) break;
    }
  }
  const bySpeaker = new Map<string, { affiliation: string | null; quotes: QuoteRecord[] }>();
  let read = 0;
  for await (const quote of reader.iterateQuotes({ ...(request.from ? { from: request.from } : {}), ...(request.to ? { to: request.to } : {}) })) {
    if (++read > MAX_QUOTES_READ) break;
    if (!quote.speaker || (articles && !articles.has(quote.articleId))) continue;
    const name = quote.speaker.name;
    const entry = bySpeaker.get(name) ?? { affiliation: quote.affiliation, quotes: [] };
    entry.quotes.push(quote);
    bySpeaker.set(name, entry);
  }
  return [...bySpeaker.entries()]
    .sort((a, b) => b[1].quotes.length - a[1].quotes.length || a[0].localeCompare(b[0]))
    .slice(0, KEY_SPEAKERS)
    .map(([speaker, { affiliation, quotes }]) => ({
      speaker,
      affiliation,
      count: quotes.length,
      quotes: [...quotes].sort(byKeyness).slice(0, QUOTES_PER_SPEAKER),
    }));
}

/** Direct speech before reported speech (the speaker's own words), then the longer (more said). */
function byKeyness(a: QuoteRecord, b: QuoteRecord): number {
  const rank = (q: QuoteRecord) => (q.kind === "direct" ? 0 : q.kind === "mixed" ? 1 : 2);
  return rank(a) - rank(b) || b.text.length - a.text.length;
}
