/**
 * The store contract: one suite, run against SQLite and PostgreSQL (store-contract.test.ts). Every
 * fixture is real pipeline output (fixtures.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import type { AssignReports, Store } from "../../src/store/store.js";
import type { CorpusEvent, EventReport } from "../../src/corpus/records.js";
import { briefOf, type EventBrief } from "../../src/corpus/event-brief.js";
import { isSitrepError } from "../../src/core/errors.js";
import { daysApart, reportDaySpan } from "../../src/store/day-span.js";
import { neverAssign, plainSummarize, sameEvidenceAssign, type Fixtures } from "./fixtures.js";
import type { TestDatabase } from "./test-databases.js";

export interface ContractTarget {
  readonly name: string;
  readonly create: () => Promise<TestDatabase>;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function flip(simhash: string, nibble: number): string {
  const v = parseInt(simhash[nibble]!, 16) ^ 1;
  return simhash.slice(0, nibble) + v.toString(16) + simhash.slice(nibble + 1);
}

export function storeContract(target: ContractTarget, fixtures: () => Fixtures): void {
  describe(`store contract: ${target.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    let f: Fixtures;
    let copyCreated = 0;
    const open = () => openStore({ db: database.db, summarize: plainSummarize });

    beforeAll(async () => {
      f = fixtures();
      database = await target.create();
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it("opens on the dialect the location names and migrates once", async () => {
      expect(store.dialect).toBe(target.name);
      const again = await open();
      await again.migrate();
      expect(await again.appliedMigrations()).toEqual(["0001-initial", "0002-event-version", "0004-candidate-index", "0005-event-list-indexes", "0006-event-brief", "0007-drop-superseded-event-indexes", "0008-drop-unused-quote-and-mention-indexes"]);
      await again.close();
      expect(await store.listArticles()).toEqual({ items: [], next: null });
    });

    it("an exception inside assign mid-article leaves no article, report, quote or event", async () => {
      const reports = f.acapulco.reports;
      expect(reports.length).toBeGreaterThan(1);
      expect(f.acapulco.quotes.length).toBeGreaterThan(0);
      let calls = 0;
      const failing: AssignReports = () => {
        calls += 1;
        if (calls === 2) throw new Error("killed mid-article");
        return null;
      };
      await expect(store.saveAnalysis(f.acapulco, failing)).rejects.toThrow("killed mid-article");
      expect(calls).toBe(2);
      expect(await store.getArticle("acapulco")).toBeUndefined();
      expect(await store.getDocument("acapulco")).toBeUndefined();
      expect((await store.listEvents({})).items).toEqual([]);
      expect((await store.listQuotes({})).items).toEqual([]);
      expect((await store.listActors({})).items).toEqual([]);
      expect((await store.searchArticles("Acapulco")).items).toEqual([]);
      expect(await store.findByContentHash(f.acapulco.article.contentHash)).toBeUndefined();
    });

    it("a batch commits several articles at once, undoes a failing one alone, and keeps nothing when it throws", async () => {
      // A database of its own: this test leaves articles behind.
      const own = await target.create();
      const batchStore = await openStore({ db: own.db, summarize: plainSummarize });
      try {
        let calls = 0;
        const failing: AssignReports = () => {
          calls += 1;
          if (calls === 2) throw new Error("killed mid-article");
          return null;
        };
        // The batch goes on past the failing article; the one after it sees the first one's events.
        const seen = await batchStore.batch(async (s) => {
          await s.saveAnalysis(f.kenya, neverAssign);
          await expect(s.saveAnalysis(f.acapulco, failing)).rejects.toThrow("killed mid-article");
          let candidates = 0;
          await s.saveAnalysis(f.baghdad, (_report, found) => {
            candidates += found.length;
            return null;
          }, { days: 100_000 });
          expect(await s.getArticle("kenya")).toBeDefined();
          return candidates;
        });
        expect(seen).toBeGreaterThan(0);
        expect((await batchStore.getArticle("kenya"))?.eventCount).toBe(f.kenya.reports.length);
        expect((await batchStore.getArticle("baghdad"))?.eventCount).toBe(f.baghdad.reports.length);
        expect(await batchStore.getArticle("acapulco")).toBeUndefined();
        expect((await batchStore.listQuotes({ articleId: "acapulco" })).items).toEqual([]);
        const events = (await collect(batchStore.iterateEvents({}))).flatMap((e) => e.reports.map((r) => r.articleId));
        expect(new Set(events)).toEqual(new Set(["kenya", "baghdad"]));

        // A batch that throws (or a process killed before its commit) keeps none of its articles.
        await expect(
          batchStore.batch(async (s) => {
            await s.saveAnalysis(f.acapulco, neverAssign);
            expect(await s.getArticle("acapulco")).toBeDefined();
            throw new Error("stopped before the commit");
          }),
        ).rejects.toThrow("stopped before the commit");
        expect(await batchStore.getArticle("acapulco")).toBeUndefined();
        expect((await batchStore.listEvents({ articleId: "acapulco" })).items).toEqual([]);
        expect((await batchStore.searchArticles("Acapulco")).items).toEqual([]);
        // The store is still usable, with or without a batch.
        await batchStore.saveAnalysis(f.acapulco, neverAssign);
        expect((await batchStore.getArticle("acapulco"))?.eventCount).toBe(f.acapulco.reports.length);
      } finally {
        await batchStore.close();
        await own.drop();
      }
    });

    it("saves an analysed article: article, document, a report per event, quotes", async () => {
      const result = await store.saveAnalysis(f.acapulco, neverAssign);
      expect(result.articleId).toBe("acapulco");
      expect(result.created.length).toBe(f.acapulco.reports.length);
      const article = await store.getArticle("acapulco");
      expect(article).toMatchObject({
        id: "acapulco",
        url: "https://en.wikinews.org/wiki/Acapulco_shootout",
        urls: ["https://en.wikinews.org/wiki/Acapulco_shootout"],
        title: "Shootout in Acapulco",
        published: "2009-06-08",
        contentHash: f.acapulco.article.contentHash,
        simhash: f.acapulco.article.simhash,
        duplicateOf: null,
        pipelineVersion: "test-pipeline-1",
        eventCount: f.acapulco.reports.length,
        quoteCount: f.acapulco.quotes.length,
      });
      expect(Date.parse(article!.ingestedAt)).not.toBeNaN();
      expect(await store.getDocument("acapulco")).toEqual(f.acapulco.document);
      const events = await collect(store.iterateEvents({ articleId: "acapulco" }));
      expect(events.flatMap((e) => e.reports.map((r) => r.key)).sort()).toEqual(f.acapulco.reports.map((r) => r.key).sort());
      for (const e of events) expect(await store.getEvent(e.id)).toEqual(e);
      const quotes = await collect(store.iterateQuotes({ articleId: "acapulco" }));
      expect(quotes).toEqual(f.acapulco.quotes);
    });

    it("finds articles by content hash, URL and SimHash band", async () => {
      expect((await store.findByContentHash(f.acapulco.article.contentHash))?.id).toBe("acapulco");
      expect(await store.findByContentHash("0".repeat(64))).toBeUndefined();
      await store.addArticleUrl("acapulco", "file:inputs/acapulco.txt");
      await store.addArticleUrl("acapulco", "file:inputs/acapulco.txt");
      expect((await store.getArticle("acapulco"))?.urls).toEqual(["file:inputs/acapulco.txt", "https://en.wikinews.org/wiki/Acapulco_shootout"]);
      expect((await store.findByUrl("file:inputs/acapulco.txt"))?.id).toBe("acapulco");
      expect((await store.findByUrl("https://en.wikinews.org/wiki/Acapulco_shootout"))?.id).toBe("acapulco");
      expect(await store.findByUrl("https://nowhere.example/")).toBeUndefined();
      const h = f.acapulco.article.simhash;
      expect((await store.findSimhashCandidates(flip(h, 3))).map((a) => a.id)).toEqual(["acapulco"]);
      // One bit off in each band: more than 3 bits away, so no band agrees.
      expect(await store.findSimhashCandidates(flip(flip(flip(flip(h, 1), 5), 9), 13))).toEqual([]);
      // Several probes in one lookup: the union of their bands' matches.
      expect((await store.findSimhashCandidates([flip(flip(flip(flip(h, 1), 5), 9), 13), flip(h, 3)])).map((a) => a.id)).toEqual(["acapulco"]);
      expect(await store.findSimhashCandidates([flip(flip(flip(flip(h, 1), 5), 9), 13)])).toEqual([]);
      expect(await store.findSimhashCandidates([])).toEqual([]);
    });

    it("offers bounded candidates by day window and country, and merges a re-publication's reports into them", async () => {
      const report = f.acapulcoCopy.reports.find((r) => r.place?.country === "MX") ?? f.acapulcoCopy.reports[0]!;
      const candidates = await store.findCandidates(report);
      expect(candidates.length).toBeGreaterThan(0);
      expect(candidates.length).toBeLessThanOrEqual(50);
      expect((await store.findCandidates(report, { limit: 1 })).length).toBe(1);
      // Nearest day first, within the window.
      const span = reportDaySpan(report)!;
      const gaps = candidates.map((c) => daysApart(span, c.day));
      expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
      for (const g of gaps) expect(g).toBeLessThanOrEqual(7);
      for (const c of candidates) {
        if (report.place?.country) expect([report.place.country, null]).toContain(c.place.value?.country ?? null);
      }
      const far: EventReport = { ...report, date: { value: "2015-01-01", precision: "day", text: "1 January 2015" } };
      expect(await store.findCandidates(far)).toEqual([]);
      expect(await store.findCandidates(report, { types: () => ["NO_SUCH_TYPE"] })).toEqual([]);

      const before = (await store.listEvents({}, "date", { limit: 1000 })).items.length;
      const result = await store.saveAnalysis(f.acapulcoCopy, sameEvidenceAssign);
      // The copy's added sentence may tell something new; every other report joins its original.
      const told = new Set(f.acapulco.reports.map((r) => `${r.type} ${r.evidence.text}`));
      const repeated = f.acapulcoCopy.reports.filter((r) => told.has(`${r.type} ${r.evidence.text}`));
      expect(repeated.length).toBeGreaterThanOrEqual(f.acapulco.reports.length - 1);
      expect(result.created.length).toBe(f.acapulcoCopy.reports.length - repeated.length);
      copyCreated = result.created.length;
      const after = await store.listEvents({}, "date", { limit: 1000 });
      expect(after.items.length).toBe(before + result.created.length);
      const merged = after.items.filter((e) => e.articleCount === 2);
      expect(merged.length).toBe(repeated.length);
      for (const e of merged) {
        expect(e.sourceCount).toBe(2);
        expect(e.merges.map((m) => m.report)).toEqual(e.reports.filter((r) => r.articleId === "acapulco-copy").map((r) => r.key));
      }
    });

    it("re-saving an article replaces its analysis and keeps its reports in their events", async () => {
      const before = await store.listEvents({ articleId: "acapulco-copy" }, "date", { limit: 1000 });
      await store.saveAnalysis(f.acapulcoCopy, neverAssign);
      const after = await store.listEvents({ articleId: "acapulco-copy" }, "date", { limit: 1000 });
      expect(after.items.map((e) => e.id)).toEqual(before.items.map((e) => e.id));
      expect(after.items.map((e) => e.merges)).toEqual(before.items.map((e) => e.merges));
      expect((await store.listQuotes({ articleId: "acapulco-copy" }, { limit: 1000 })).items.length).toBe(f.acapulcoCopy.quotes.length);
      expect((await store.searchArticles("newspapers front pages")).items.map((h) => h.articleId)).toEqual(["acapulco-copy"]);
    });

    it("saves the other fixtures; filters events by country, type, day, actor, box, toll and article", async () => {
      for (const a of [f.founding, f.kenya, f.baghdad]) await store.saveAnalysis(a, neverAssign);
      const all = (await store.listEvents({}, "date", { limit: 1000 })).items;
      const reportCount = [f.acapulco, f.founding, f.kenya, f.baghdad].reduce((n, a) => n + a.reports.length, 0);
      expect(all.length).toBe(reportCount + copyCreated);
      const check = async (filter: Parameters<Store["listEvents"]>[0], keep: (e: CorpusEvent) => boolean) => {
        const got = (await store.listEvents(filter, "date", { limit: 1000 })).items.map((e) => e.id);
        const want = all.filter(keep).map((e) => e.id);
        expect(got).toEqual(want);
        return got.length;
      };
      expect(await check({ country: "MX" }, (e) => e.place.value?.country === "MX")).toBeGreaterThan(0);
      expect(await check({ country: "ke" }, (e) => e.place.value?.country === "KE")).toBeGreaterThan(0);
      const someType = all[0]!.type.value;
      expect(await check({ type: someType }, (e) => e.type.value === someType)).toBeGreaterThan(0);
      await check({ type: [someType, "ASSAULT"] }, (e) => e.type.value === someType || e.type.value === "ASSAULT");
      expect(await check({ from: "2009-01-01", to: "2009-12-31" }, (e) => !!e.day && e.day >= "2009-01-01" && e.day <= "2009-12-31")).toBeGreaterThan(0);
      const withActor = all.find((e) => e.actor.value)!;
      const needle = withActor.actor.value!.name.slice(1, 5).toUpperCase();
      expect(
        await check({ actor: needle }, (e) =>
          [e.actor, e.target].some((fv) => fv.values.some((v) => v.value && (v.value.name.toLowerCase().includes(needle.toLowerCase()) || (v.value.acledName ?? "").toLowerCase().includes(needle.toLowerCase())))),
        ),
      ).toBeGreaterThan(0);
      await check({ actor: "%_" }, () => false);
      // Mexico's box.
      expect(await check({ bbox: [-118, 14, -86, 33] }, (e) => !!e.place.value && e.place.value.lon >= -118 && e.place.value.lon <= -86 && e.place.value.lat >= 14 && e.place.value.lat <= 33)).toBeGreaterThan(0);
      expect(await check({ minFatalities: 1 }, (e) => (e.fatalities.acled ?? -1) >= 1)).toBeGreaterThan(0);
      expect(await check({ articleId: "kenya" }, (e) => e.reports.some((r) => r.articleId === "kenya"))).toBe(f.kenya.reports.length);
      const modality = all[0]!.modality.value;
      await check({ modality }, (e) => e.modality.value === modality);
    });

    it("pages events by (sort key, id) through every sort, each event once, in order", async () => {
      const total = (await store.listEvents({}, "date", { limit: 1000 })).items.length;
      for (const sort of ["date", "-date", "fatalities", "-fatalities", "sources", "-sources"] as const) {
        const whole = (await store.listEvents({}, sort, { limit: 1000 })).items.map((e) => e.id);
        expect(whole.length).toBe(total);
        const paged: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await store.listEvents({}, sort, { limit: 3, cursor });
          expect(page.items.length).toBeLessThanOrEqual(3);
          paged.push(...page.items.map((e) => e.id));
          cursor = page.next;
        } while (cursor);
        expect(paged).toEqual(whole);
        expect((await collect(store.iterateEvents({}, sort))).map((e) => e.id)).toEqual(whole);
      }
      const byDate = (await store.listEvents({}, "date", { limit: 1000 })).items.map((e) => e.day ?? "");
      expect(byDate).toEqual([...byDate].sort());
      const byToll = (await store.listEvents({}, "-fatalities", { limit: 1000 })).items.map((e) => e.fatalities.acled ?? -1);
      expect(byToll).toEqual([...byToll].sort((a, b) => b - a));
      await expect(store.listEvents({}, "date", { cursor: "not a cursor" })).rejects.toSatisfy((e) => isSitrepError(e) && e.code === "BAD_ARGUMENT");
    });

    it("counts events by type, country and day", async () => {
      const all = (await store.listEvents({}, "date", { limit: 1000 })).items;
      for (const by of ["type", "country", "admin1", "day"] as const) {
        const counts = await store.countEvents({}, by);
        expect(counts.reduce((n, c) => n + c.events, 0)).toBe(all.length);
        expect(counts.reduce((n, c) => n + c.fatalities, 0)).toBe(all.reduce((n, e) => n + (e.fatalities.acled ?? 0), 0));
      }
      // The timeline's counts by type and day in one query: each type's days as countEvents by day gives them, with or without a filter.
      for (const filter of [{}, { country: "MX" }, { from: "2009-01-01" }]) {
        const byTypeAndDay = await store.countEventsByTypeAndDay(filter);
        const types = (await store.countEvents(filter, "type")).map((t) => t.key!);
        expect([...new Set(byTypeAndDay.map((r) => r.type))]).toEqual(types);
        for (const type of types) {
          const days = byTypeAndDay.filter((r) => r.type === type).map((r) => ({ key: r.day, events: r.events, fatalities: r.fatalities }));
          expect(days).toEqual(await store.countEvents({ ...filter, type }, "day"));
        }
      }
      const mx = await store.countEvents({ country: "MX" }, "country");
      expect(mx).toEqual([{ key: "MX", events: all.filter((e) => e.place.value?.country === "MX").length, fatalities: all.filter((e) => e.place.value?.country === "MX").reduce((n, e) => n + (e.fatalities.acled ?? 0), 0) }]);
    });

    it("searches articles' full text with stems and a snippet; no query syntax gets through", async () => {
      const hits = (await store.searchArticles("rustler killing")).items;
      expect(hits.map((h) => h.articleId)).toEqual(["kenya"]);
      expect(hits[0]!.snippet.toLowerCase()).toMatch(/rustler|kill/);
      expect((await store.searchArticles("Taliban Doha")).items.map((h) => h.articleId)).toEqual(["founding"]);
      expect((await store.searchArticles("zzyzxqq")).items).toEqual([]);
      expect((await store.searchArticles('"  ) OR ( NEAR - zzyzxqq')).items).toEqual([]);
      expect((await store.searchArticles('" ) ( - * :')).items).toEqual([]);
      expect((await store.searchArticles('Taliban" OR "x')).items.length).toBe(0);
      const paged = await store.searchArticles("said", { limit: 2 });
      expect(paged.items.length).toBe(2);
      const rest = await store.searchArticles("said", { limit: 100, cursor: paged.next });
      const all = await store.searchArticles("said", { limit: 100 });
      expect([...paged.items, ...rest.items].map((h) => h.articleId)).toEqual(all.items.map((h) => h.articleId));
    });

    it("lists quotes by speaker, words and article, in pages", async () => {
      const all = (await store.listQuotes({}, { limit: 1000 })).items;
      const expected = [f.acapulco, f.acapulcoCopy, f.founding, f.kenya, f.baghdad].reduce((n, a) => n + a.quotes.length, 0);
      expect(all.length).toBe(expected);
      const named = all.find((q) => q.speaker)!;
      const bySpeaker = (await store.listQuotes({ speaker: named.speaker!.name.toUpperCase() }, { limit: 1000 })).items;
      expect(bySpeaker.map((q) => q.key)).toEqual(all.filter((q) => q.speaker?.name.toLowerCase().includes(named.speaker!.name.toLowerCase())).map((q) => q.key));
      const word = named.text.match(/[A-Za-z]{6,}/)![0];
      const byWord = (await store.listQuotes({ q: word }, { limit: 1000 })).items;
      expect(byWord.map((q) => q.key)).toContain(named.key);
      expect((await store.listQuotes({ q: "zzyzxqq" })).items).toEqual([]);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.listQuotes({}, { limit: 4, cursor });
        paged.push(...page.items.map((q) => q.key));
        cursor = page.next;
      } while (cursor);
      expect(paged).toEqual(all.map((q) => q.key));
      expect((await store.listQuotes({ from: "2021-01-01" }, { limit: 1000 })).items.map((q) => q.articleId).every((id) => id === "founding")).toBe(true);
    });

    it("lists actors with their event and quote counts", async () => {
      const actors = (await store.listActors({}, { limit: 1000 })).items;
      expect(actors.length).toBeGreaterThan(0);
      const events = (await store.listEvents({}, "date", { limit: 1000 })).items;
      const top = actors[0]!;
      const involving = events.filter((e) => e.reports.some((r) => r.actor?.name === top.name || r.target?.name === top.name)).length;
      expect(top.eventCount).toBe(involving);
      expect(actors.map((a) => a.eventCount)).toEqual([...actors.map((a) => a.eventCount)].sort((a, b) => b - a));
      const taliban = (await store.listActors({ q: "taliban" })).items;
      expect(taliban.length).toBeGreaterThan(0);
      for (const a of taliban) expect(a.name.toLowerCase()).toContain("taliban");
      const first = await store.listActors({}, { limit: 2 });
      const second = await store.listActors({}, { limit: 2, cursor: first.next });
      expect([...first.items, ...second.items].map((a) => a.name)).toEqual(actors.slice(0, 4).map((a) => a.name));
    });

    it("splits a merged report out, merges it back, and keeps an analyst's correction across re-analysis", async () => {
      const merged = (await store.listEvents({ articleId: "acapulco-copy" }, "date", { limit: 1000 })).items.find((e) => e.articleCount === 2)!;
      const copyReport = merged.reports.find((r) => r.articleId === "acapulco-copy")!;
      const newId = await store.splitReport(copyReport.key, "tester");
      expect(newId).not.toBe(merged.id);
      expect((await store.getEvent(newId))!.reports.map((r) => r.key)).toEqual([copyReport.key]);
      expect((await store.getEvent(merged.id))!.articleCount).toBe(1);
      await store.mergeReport(copyReport.key, merged.id, "tester");
      expect(await store.getEvent(newId)).toBeUndefined();
      const back = (await store.getEvent(merged.id))!;
      expect(back.articleCount).toBe(2);
      expect(back.merges.find((m) => m.report === copyReport.key)?.by).toBe("analyst:tester");

      await store.correct({ eventId: merged.id, field: "type", value: "PROTEST", by: "tester", note: "checked" });
      expect((await store.corrections(merged.id)).map((c) => [c.field, c.value, c.by, c.note])).toEqual([["type", "PROTEST", "tester", "checked"]]);
      expect((await store.getEvent(merged.id))!.type.value).toBe("PROTEST");
      // Candidates (read through the store's parse cache) see the recomputed summary, never a stale one.
      expect((await store.findCandidates(copyReport, { limit: 1000 })).find((e) => e.id === merged.id)?.type.value).toBe("PROTEST");
      expect((await store.listEvents({ type: "PROTEST", articleId: "acapulco" })).items.map((e) => e.id)).toContain(merged.id);
      // Re-analysis of both articles (say, after a pipeline change): the event, its merge and correction survive.
      await store.saveAnalysis(f.acapulco, neverAssign);
      await store.saveAnalysis(f.acapulcoCopy, neverAssign);
      const survived = (await store.getEvent(merged.id))!;
      expect(survived.type.value).toBe("PROTEST");
      expect(survived.articleCount).toBe(2);
      expect(survived.corrections.length).toBe(1);
      await expect(store.splitReport("nope/v1", null)).rejects.toSatisfy((e) => isSitrepError(e) && e.code === "NOT_FOUND");
      await expect(store.correct({ eventId: "E-none", field: "type", value: "X", by: null, note: null })).rejects.toSatisfy((e) => isSitrepError(e) && e.code === "NOT_FOUND");
    });

    it("keeps the actor filter in step with events' actors through merges, splits and re-analysis, in every sort", async () => {
      const carries = (e: CorpusEvent, needle: string) =>
        [e.actor, e.target].some((fv) => fv.values.some((v) => v.value && (v.value.name.toLowerCase().includes(needle) || (v.value.acledName ?? "").toLowerCase().includes(needle))));
      // The filter's answer, paged 2 at a time in each sort, against the events' own actors.
      const agree = async (needle: string): Promise<string[]> => {
        const all = (await store.listEvents({}, "date", { limit: 1000 })).items;
        for (const sort of ["date", "-date", "-fatalities", "sources"] as const) {
          const want = (await store.listEvents({}, sort, { limit: 1000 })).items.filter((e) => carries(e, needle)).map((e) => e.id);
          const got: string[] = [];
          let cursor: string | null = null;
          do {
            const page = await store.listEvents({ actor: needle.toUpperCase() }, sort, { limit: 2, cursor });
            got.push(...page.items.map((e) => e.id));
            cursor = page.next;
          } while (cursor);
          expect(got).toEqual(want);
        }
        return all.filter((e) => carries(e, needle)).map((e) => e.id);
      };
      const all = (await store.listEvents({}, "date", { limit: 1000 })).items;
      // An event of one report with an actor; a host event that does not carry that name.
      const lone = all.find((e) => e.reports.length === 1 && e.actor.value && all.some((o) => !carries(o, e.actor.value!.name.toLowerCase())))!;
      expect(lone).toBeDefined();
      const needle = lone.actor.value!.name.toLowerCase();
      expect(await agree(needle)).toContain(lone.id);
      const host = all.find((e) => e.id !== lone.id && !carries(e, needle))!;
      expect(await agree(needle)).not.toContain(host.id);
      // Its report moved into the host: the emptied event is gone, the host carries the name.
      await store.mergeReport(lone.reports[0]!.key, host.id, "tester");
      const merged = await agree(needle);
      expect(merged).toContain(host.id);
      expect(merged).not.toContain(lone.id);
      expect((await store.listEvents({ actor: needle, type: host.type.value }, "-date", { limit: 1000 })).items.map((e) => e.id)).toContain(host.id);
      // Split out again: a new event carries it, the host no longer does.
      const split = await store.splitReport(lone.reports[0]!.key, "tester");
      const apart = await agree(needle);
      expect(apart).toContain(split);
      expect(apart).not.toContain(host.id);
      // Re-analysis of the article keeps the report in the event it is in now.
      const article = [f.founding, f.acapulco, f.kenya, f.baghdad, f.acapulcoCopy].find((a) => a.article.id === lone.reports[0]!.articleId)!;
      await store.saveAnalysis(article, neverAssign);
      expect(await agree(needle)).toEqual(apart);
      // Names of every event agree too, not only this one.
      for (const e of all.slice(0, 6)) if (e.target.value) await agree(e.target.value.name.toLowerCase().slice(0, 4));
    });

    it("pages filters whose order no filter index gives (several types, a modality, a box, a toll) in every sort, as the whole list filtered", async () => {
      // Such pages are looked for in the sort key's index first (kysely-store.ts probeSortIndex) and
      // come from the planner's query when that prefix does not hold a page: pages of 1 and 2 take both.
      const all = (await store.listEvents({}, "date", { limit: 1000 })).items;
      const types = [...new Set(all.map((e) => e.type.value))].slice(0, 2);
      const modality = all[0]!.modality.value;
      const filters: Array<[Parameters<Store["listEvents"]>[0], (e: CorpusEvent) => boolean]> = [
        [{ type: types }, (e) => types.includes(e.type.value)],
        [{ type: types, modality }, (e) => types.includes(e.type.value) && e.modality.value === modality],
        [{ bbox: [-180, -90, 180, 90] }, (e) => !!e.place.value],
        [{ minFatalities: 1 }, (e) => (e.fatalities.acled ?? -1) >= 1],
      ];
      for (const [filter, keep] of filters) {
        for (const sort of ["date", "-date", "fatalities", "-fatalities", "sources", "-sources"] as const) {
          const want = (await store.listEvents({}, sort, { limit: 1000 })).items.filter(keep).map((e) => e.id);
          expect(want.length, JSON.stringify(filter)).toBeGreaterThan(1);
          for (const limit of [1, 2]) {
            const paged: string[] = [];
            let cursor: string | null = null;
            do {
              const page = await store.listEvents(filter, sort, { limit, cursor });
              paged.push(...page.items.map((e) => e.id));
              cursor = page.next;
            } while (cursor);
            expect(paged, `${JSON.stringify(filter)} ${sort} by ${limit}`).toEqual(want);
          }
          expect((await store.listEventBriefs(filter, sort, { limit: 1000 })).items.map((b) => b.id)).toEqual(want);
        }
      }
    });

    it("gives the same pages as briefs, kept up to date by every recompute", async () => {
      for (const [filter, sort] of [
        [{}, "-date"],
        [{ minFatalities: 1 }, "-fatalities"],
        [{ country: "MX" }, "sources"],
      ] as const) {
        const full = (await store.listEvents(filter, sort, { limit: 1000 })).items;
        const briefs: EventBrief[] = [];
        let cursor: string | null = null;
        do {
          const page = await store.listEventBriefs(filter, sort, { limit: 3, cursor });
          briefs.push(...page.items);
          cursor = page.next;
        } while (cursor);
        expect(briefs).toEqual(full.map(briefOf));
      }
      // A correction changes the stored brief with the summary.
      const event = (await store.listEvents({}, "-date", { limit: 1 })).items[0]!;
      await store.correct({ eventId: event.id, field: "fatalities", value: { min: 41, max: 41, text: "41" }, by: "tester", note: null });
      const brief = (await store.listEventBriefs({ minFatalities: 41 }, "-date", { limit: 1000 })).items.find((b) => b.id === event.id);
      expect(brief?.fatalities).toBe(41);
      expect(brief).toEqual(briefOf((await store.getEvent(event.id))!));
    });

    it("lists articles newest first in pages and the ids a reprocess must redo", async () => {
      const all = (await store.listArticles({ limit: 100 })).items.map((a) => a.id);
      expect([...all].sort()).toEqual(["acapulco", "acapulco-copy", "baghdad", "founding", "kenya"]);
      const first = await store.listArticles({ limit: 2 });
      const rest = await store.listArticles({ limit: 100, cursor: first.next });
      expect([...first.items, ...rest.items].map((a) => a.id)).toEqual(all);
      expect((await store.listArticleIds({ notPipelineVersion: "test-pipeline-1" })).items).toEqual([]);
      expect([...(await store.listArticleIds({ notPipelineVersion: "v2" })).items].sort()).toEqual([...all].sort());
    });

    describe("job queue", () => {
      it("enqueues idempotently and hands each job to one claimer, oldest first", async () => {
        const jobs = Array.from({ length: 12 }, (_, i) => ({ id: `file:${String(i).padStart(2, "0")}`, kind: "article", payload: { path: `in/${i}.txt` } }));
        expect(await store.enqueue(jobs)).toBe(12);
        expect(await store.enqueue(jobs)).toBe(0);
        const a = await store.claim("worker-a", 5, 60_000);
        const b = await store.claim("worker-b", 5, 60_000);
        expect(a.map((j) => j.id)).toEqual(jobs.slice(0, 5).map((j) => j.id));
        expect(b.map((j) => j.id)).toEqual(jobs.slice(5, 10).map((j) => j.id));
        expect(a[0]).toMatchObject({ kind: "article", payload: { path: "in/0.txt" }, status: "running", attempts: 1, worker: "worker-a", maxAttempts: 3 });
        expect(await store.jobCounts("article")).toEqual({ pending: 2, running: 10, done: 0, failed: 0 });
        expect(await store.complete(a[0]!.id, "worker-b")).toBe(false);
        expect(await store.complete(a[0]!.id, "worker-a")).toBe(true);
        expect((await store.getJob(a[0]!.id))?.status).toBe("done");
        expect(await store.heartbeat(a[1]!.id, "worker-a", 60_000)).toBe(true);
        expect(await store.heartbeat(a[0]!.id, "worker-a", 60_000)).toBe(false);
      });

      it("puts a failed job back until its attempts are used up", async () => {
        await store.enqueue([{ id: "flaky", kind: "flaky", payload: null, maxAttempts: 2 }]);
        const [j1] = await store.claim("w", 1, 60_000).then((js) => js.filter((j) => j.kind === "flaky"));
        // The claim may have returned older article jobs first: drain until the flaky one.
        let job = j1;
        while (!job) job = (await store.claim("w", 1, 60_000))[0];
        while (job.kind !== "flaky") job = (await store.claim("w", 1, 60_000))[0]!;
        expect(await store.fail(job.id, "w", "boom")).toBe(true);
        expect(await store.getJob("flaky")).toMatchObject({ status: "pending", lastError: "boom", attempts: 1, worker: null });
        const again = (await store.claim("w", 10, 60_000)).find((j) => j.id === "flaky")!;
        expect(again.attempts).toBe(2);
        await store.fail("flaky", "w", "boom again");
        expect(await store.getJob("flaky")).toMatchObject({ status: "failed", lastError: "boom again", attempts: 2 });
      });

      it("gives a killed worker's job to another once its lease lapses", async () => {
        await store.enqueue([{ id: "lease", kind: "lease", payload: 1 }]);
        let mine = (await store.claim("dying", 100, 1)).find((j) => j.id === "lease");
        expect(mine).toBeDefined();
        await new Promise((r) => setTimeout(r, 20));
        mine = (await store.claim("healthy", 100, 60_000)).find((j) => j.id === "lease");
        expect(mine).toMatchObject({ worker: "healthy", attempts: 2, lastError: expect.stringMatching(/lease expired/) });
        expect(await store.complete("lease", "dying")).toBe(false);
        expect(await store.complete("lease", "healthy")).toBe(true);
        await store.enqueue([{ id: "lease2", kind: "lease", payload: 2 }]);
        await store.claim("dying", 100, 1);
        await new Promise((r) => setTimeout(r, 20));
        expect(await store.reclaimExpired()).toBeGreaterThanOrEqual(1);
        expect((await store.getJob("lease2"))?.status).toBe("pending");
      });

      it("never gives one job to two concurrent claimers (separate connections)", async () => {
        const ids = Array.from({ length: 120 }, (_, i) => `many:${String(i).padStart(3, "0")}`);
        await store.enqueue(ids.map((id) => ({ id, kind: "many", payload: null })));
        const claimers = await Promise.all(Array.from({ length: 4 }, () => open()));
        try {
          const got = await Promise.all(
            claimers.map(async (s, w) => {
              const mine: string[] = [];
              for (;;) {
                const batch = await s.claim(`c${w}`, 3, 60_000);
                if (batch.length === 0) break;
                for (const j of batch) {
                  mine.push(j.id);
                  expect(await s.complete(j.id, `c${w}`)).toBe(true);
                }
              }
              return mine;
            }),
          );
          const claimed = got.flat().filter((id) => id.startsWith("many:"));
          expect(claimed.length).toBe(ids.length);
          expect(new Set(claimed).size).toBe(ids.length);
          expect((await store.jobCounts("many")).done).toBe(ids.length);
        } finally {
          await Promise.all(claimers.map((s) => s.close()));
        }
      });
    });
  });
}

export function skipReason(url: string | undefined): string | null {
  return url ? null : "SITREP_TEST_DATABASE_URL is not set";
}
