/**
 * A CorpusReader over documents held in memory, for developing the server before the SQLite store
 * lands: each report is its own corpus event. Replaced by the real store in the tests once it exists.
 */
import type { DocumentJson } from "../../../src/app/present/document-schema.js";
import type { CorpusEvent, EventReport, FieldValues, QuoteRecord, TollSummary } from "../../../src/corpus/records.js";
import { outletOf, reportEvents, reportQuotes } from "../../../src/corpus/report-events.js";
import type { ActorSummary, CorpusReader, EventFilter, EventSort, Page, PageRequest, QuoteFilter, SearchHit, StoredArticle } from "../../../src/store/store.js";

function field<T>(value: T, report: EventReport): FieldValues<T> {
  return { value, chosenBy: "agreed", values: [{ value, reports: [report.key], outlets: report.source.outlet ? [report.source.outlet] : [] }], conflict: false };
}
function toll(report: EventReport, c: EventReport["fatalities"]): TollSummary {
  return { acled: c?.min ?? c?.max ?? null, min: c?.min ?? null, max: c?.max ?? null, values: c ? [{ value: c, reports: [report.key], outlets: [] }] : [], conflict: false };
}
function eventOf(r: EventReport, n: number): CorpusEvent {
  const day = r.date?.value && /^\d{4}-\d{2}-\d{2}$/.test(r.date.value) ? r.date.value : r.source.published;
  return {
    id: `E${n}`, type: field(r.type, r), mode: field(r.mode, r), modality: field(r.modality, r), actor: field(r.actor, r), target: field(r.target, r),
    place: field(r.place, r), date: field(r.date, r), day, fatalities: toll(r, r.fatalities), injuries: toll(r, r.injuries), geoPrecision: r.geoPrecision,
    acledGeoPrecision: r.acledGeoPrecision, cameo: r.cameo, acled: r.acled, reports: [r], sourceCount: 1, articleCount: 1, merges: [], corrections: [],
  };
}
function paginate<T>(items: readonly T[], page: PageRequest = {}): Page<T> {
  const start = page.cursor ? Number(page.cursor) : 0;
  const limit = page.limit ?? 50;
  const slice = items.slice(start, start + limit);
  return { items: slice, next: start + limit < items.length ? String(start + limit) : null };
}

export class MemoryReader implements CorpusReader {
  readonly articles: StoredArticle[] = [];
  readonly documents = new Map<string, DocumentJson>();
  readonly events: CorpusEvent[] = [];
  readonly quotes: QuoteRecord[] = [];

  add(id: string, doc: DocumentJson): void {
    const reports = reportEvents(doc, id, "test");
    const quotes = reportQuotes(doc, id);
    this.articles.push({ id, url: doc.meta.url ?? null, urls: [], outlet: outletOf(doc.meta), title: doc.meta.title ?? null, published: doc.meta.published ?? null, contentHash: id, simhash: "0", duplicateOf: null, pipelineVersion: "test", ingestedAt: "2026-12-03T00:00:00Z", eventCount: reports.length, quoteCount: quotes.length });
    this.documents.set(id, doc);
    for (const r of reports) this.events.push(eventOf(r, this.events.length + 1));
    this.quotes.push(...quotes);
  }
  private match(e: CorpusEvent, f: EventFilter): boolean {
    const types = f.type === undefined ? null : [f.type].flat();
    const mods = f.modality === undefined ? null : [f.modality].flat();
    const p = e.place.value;
    if (types && !types.includes(e.type.value)) return false;
    if (mods && !mods.includes(e.modality.value)) return false;
    if (f.from && (!e.day || e.day < f.from)) return false;
    if (f.to && (!e.day || e.day.slice(0, 10) > f.to)) return false;
    if (f.country && p?.country !== f.country) return false;
    if (f.admin1 && p?.admin1 !== f.admin1) return false;
    if (f.bbox && (!p || p.lon < f.bbox[0] || p.lat < f.bbox[1] || p.lon > f.bbox[2] || p.lat > f.bbox[3])) return false;
    if (f.minFatalities !== undefined && (e.fatalities.acled ?? 0) < f.minFatalities) return false;
    if (f.articleId && !e.reports.some((r) => r.articleId === f.articleId)) return false;
    if (f.actor) {
      const q = f.actor.toLowerCase();
      const names = [e.actor.value, e.target.value].flatMap((a) => (a ? [a.name, a.acledName ?? ""] : []));
      if (!names.some((n) => n.toLowerCase().includes(q))) return false;
    }
    return true;
  }
  private filtered(f: EventFilter, sort: EventSort = "-date"): CorpusEvent[] {
    const key = (e: CorpusEvent): number | string => (sort.endsWith("date") ? e.day ?? "" : sort.endsWith("fatalities") ? e.fatalities.acled ?? -1 : e.sourceCount);
    const dir = sort.startsWith("-") ? -1 : 1;
    return this.events.filter((e) => this.match(e, f)).sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : a.id.localeCompare(b.id)));
  }
  async listEvents(f: EventFilter, sort?: EventSort, page?: PageRequest) { return paginate(this.filtered(f, sort), page); }
  async *iterateEvents(f: EventFilter, sort?: EventSort) { yield* this.filtered(f, sort); }
  async countEvents(f: EventFilter, by: "type" | "country" | "admin1" | "day") {
    const m = new Map<string | null, { key: string | null; events: number; fatalities: number }>();
    for (const e of this.filtered(f)) {
      const k = by === "type" ? e.type.value : by === "day" ? e.day : by === "country" ? e.place.value?.country ?? null : e.place.value?.admin1 ?? null;
      const b = m.get(k) ?? { key: k, events: 0, fatalities: 0 };
      b.events++; b.fatalities += e.fatalities.acled ?? 0; m.set(k, b);
    }
    return [...m.values()];
  }
  async getEvent(id: string) { return this.events.find((e) => e.id === id); }
  async listArticles(page?: PageRequest) { return paginate(this.articles, page); }
  async getArticle(id: string) { return this.articles.find((a) => a.id === id); }
  async getDocument(id: string) { return this.documents.get(id); }
  async searchArticles(q: string, page?: PageRequest) {
    const hits: SearchHit[] = [];
    for (const a of this.articles) {
      const text = this.documents.get(a.id)!.text;
      const i = text.toLowerCase().indexOf(q.toLowerCase());
      if (i >= 0) hits.push({ articleId: a.id, title: a.title, published: a.published, snippet: text.slice(Math.max(0, i - 60), i + 60) });
    }
    return paginate(hits, page);
  }
  private quotesOf(f: QuoteFilter) {
    return this.quotes.filter((q) => (!f.speaker || q.speaker?.name.toLowerCase().includes(f.speaker.toLowerCase())) && (!f.q || q.text.toLowerCase().includes(f.q.toLowerCase())) && (!f.from || (q.date ?? "") >= f.from) && (!f.to || (q.date ?? "") <= f.to) && (!f.articleId || q.articleId === f.articleId));
  }
  async listQuotes(f: QuoteFilter, page?: PageRequest) { return paginate(this.quotesOf(f), page); }
  async *iterateQuotes(f: QuoteFilter) { yield* this.quotesOf(f); }
  async listActors(f: { q?: string; country?: string }, page?: PageRequest) {
    const m = new Map<string, ActorSummary & { eventCount: number; quoteCount: number }>();
    const add = (a: EventReport["actor"], ev: number, qu: number) => {
      if (!a) return;
      const s = m.get(a.name) ?? { name: a.name, acledName: a.acledName, kind: a.kind, country: a.country, partyType: a.partyType, eventCount: 0, quoteCount: 0 };
      m.set(a.name, { ...s, eventCount: s.eventCount + ev, quoteCount: s.quoteCount + qu });
    };
    for (const e of this.events) { add(e.actor.value, 1, 0); if (e.target.value?.name !== e.actor.value?.name) add(e.target.value, 1, 0); }
    for (const q of this.quotes) add(q.speaker, 0, 1);
    const items = [...m.values()].filter((a) => (!f.q || a.name.toLowerCase().includes(f.q.toLowerCase())) && (!f.country || a.country === f.country)).sort((a, b) => b.eventCount + b.quoteCount - a.eventCount - a.quoteCount);
    return paginate(items, page);
  }
}
