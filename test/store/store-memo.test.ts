/**
 * A SQLite store keeps the identity rule's candidate rows and the articles' SimHash bands in memory
 * across a run's batches (src/store/store-memo.ts). Whatever it saves must be what the store saves
 * reading them from SQLite for every article: checked on real pipeline output with the real identity
 * rule, over several batches, with another connection writing between two of them (its articles and
 * events must be seen), an analyst's correction inside a batch, and a save that fails and is rolled
 * back inside a batch.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { matchReport, summarizeEvent } from "../../src/corpus/identity/index.js";
import { simhashProbes } from "../../src/corpus/near-duplicates/simhash.js";
import { openStore } from "../../src/store/open-store.js";
import type { ArticleAnalysis, AssignReports, Store } from "../../src/store/store.js";
import { analysisOf, goldenAndRetold, goldenArticle, RETOLD_GOLDEN } from "./fixtures.js";
import { sqliteTestDatabase, type TestDatabase } from "./test-databases.js";

let analyses: ArticleAnalysis[];
beforeAll(async () => {
  analyses = await goldenAndRetold();
  // Third tellings of the third, fourth and fifth stories, by a third outlet.
  third = [];
  for (const k of [2, 3, 4]) {
    const { text, published } = goldenArticle(RETOLD_GOLDEN[k]!);
    third.push(await analysisOf(`third-telling-${k}`, `${text}\n\nA third paper ran it on its back page.`, { published, url: `https://third.example/${k}`, siteName: "Third" }));
  }
}, 180_000);
/** Third tellings of stories 2, 3 and 4 (indexes of RETOLD_GOLDEN). */
let third: ArticleAnalysis[];

const assign: AssignReports = (report, candidates) => matchReport(report, candidates);

const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const d of databases.splice(0)) await d.drop();
});

/** Every event as the store lists it, its version left out (a random stamp at each write). */
async function eventsOf(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const e of store.iterateEvents({}, "date")) out.push(e);
  return out;
}

/**
 * One run: the originals in two batches, another connection saving two retellings, the rest of the
 * retellings in batches with a correction and a failing save among them. Returns the events stored
 * and what the near-duplicate lookup inside the last batch found.
 */
async function run(memo: boolean): Promise<{ events: unknown[]; simhashFound: string[][] }> {
  const database = sqliteTestDatabase();
  databases.push(database);
  const store = await openStore({ db: database.db, summarize: summarizeEvent, memo });
  const originals = analyses.filter((_, i) => i % 2 === 0);
  const retold = analyses.filter((_, i) => i % 2 === 1);
  await store.batch(async (s) => {
    for (const a of originals.slice(0, 3)) await s.saveAnalysis(a, assign);
  });
  await store.batch(async (s) => {
    for (const a of [...originals.slice(3), retold[0]!]) await s.saveAnalysis(a, assign);
  });
  // Another process writes between two batches, into the days the memo holds: a retelling joins events
  // the memo has read. The next batch's third telling must see that retelling's reports in them.
  const other = await openStore({ db: database.db, summarize: summarizeEvent });
  await other.saveAnalysis(retold[4]!, assign);
  await other.close();
  await store.batch(async (s) => {
    for (const a of [third[2]!, retold[1]!]) await s.saveAnalysis(a, assign);
  });
  const simhashFound: string[][] = [];
  await store.batch(async (s) => {
    // A save that fails after writing its events (a report twice: its second row breaks the key) is rolled back alone.
    const failing = { ...retold[3]!, reports: [...retold[3]!.reports, retold[3]!.reports[0]!] };
    await expect(s.saveAnalysis(failing, assign)).rejects.toThrow();
    // Another telling of that story then joins its events, which must not hold the failed save's reports.
    await s.saveAnalysis(third[1]!, assign);
    await s.saveAnalysis(retold[2]!, assign);
    // An analyst's correction inside the batch changes an event the memo holds.
    const first = (await s.listEvents({ articleId: retold[2]!.article.id }, "date", { limit: 1 })).items[0]!;
    await s.correct({ eventId: first.id, field: "fatalities", value: { min: 3, max: 3 }, by: "test", note: null });
    for (const a of [...analyses, { article: { simhash: "0123456789abcdef" } }]) {
      const found = await s.findSimhashCandidates(simhashProbes(a.article.simhash, 6));
      const near = await s.findSimhashCandidates(simhashProbes(a.article.simhash, 6), { simhash: a.article.simhash, maxBits: 6 });
      simhashFound.push(found.map((f) => f.id), near.map((f) => f.id));
    }
  });
  await store.batch(async (s) => {
    // The corrected event is joined again: its correction must stay.
    for (const a of [third[0]!, retold[5]!, retold[3]!]) await s.saveAnalysis(a, assign);
  });
  const events = (await eventsOf(store)).map((e) => {
    const event = e as { corrections: Array<{ at: string }> };
    // A correction's time is the clock's.
    return { ...event, corrections: event.corrections.map((c) => ({ ...c, at: undefined })) };
  });
  // Not vacuous: the memo was used and holds the events of the last batches.
  const held = (store as unknown as { sharedMemo?: { candidates: { size: number }; simhashes: { size: number } } }).sharedMemo;
  if (memo) expect([held?.candidates.size, held?.simhashes.size]).toEqual([expect.any(Number), analyses.length + 3]);
  if (memo) expect(held!.candidates.size).toBeGreaterThan(0);
  await store.close();
  return { events, simhashFound };
}

describe("the SQLite store's memo across batches", () => {
  it("saves what reading the store for every article saves", async () => {
    const retold4Id = analyses[9]!.article.id;
    const withMemo = await run(true);
    const without = await run(false);
    // Not vacuous: reports of different articles share events, across the other connection's writes too.
    const shared = (without.events as Array<{ articleCount: number; reports: Array<{ articleId: string }> }>).filter((e) => e.articleCount > 1);
    expect(shared.length).toBeGreaterThan(3);
    // The corrected event was joined again after its correction.
    expect(shared.some((e) => (e as unknown as { corrections: unknown[] }).corrections.length > 0 && e.reports.some((r) => r.articleId === "third-telling-2"))).toBe(true);
    // The other connection's retelling and the third telling share events.
    expect(shared.some((e) => e.reports.some((r) => r.articleId === "third-telling-4") && e.reports.some((r) => r.articleId === retold4Id))).toBe(true);
    expect(without.simhashFound.some((ids) => ids.length > 0)).toBe(true);
    expect(withMemo.events).toEqual(without.events);
    expect(withMemo.simhashFound).toEqual(without.simhashFound);
  }, 120_000);
});
