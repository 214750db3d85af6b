import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestArticles, type IngestOutcome } from "../../src/app/ingest-articles.js";
import { reprocessArticles } from "../../src/app/reprocess-articles.js";
import { articleInputs } from "../../src/ingest-sources/article-inputs.js";
import { memoryFeedState } from "../../src/ingest-sources/feed-state.js";
import { fingerprint } from "../../src/corpus/near-duplicates/find-duplicate.js";
import { hammingDistance } from "../../src/corpus/near-duplicates/simhash.js";
import { goldenText as golden, useTempCorpusStore } from "./temp-corpus-store.js";

const ACAPULCO = golden("wn-acapulco-shootout-2009");
const BAGHDAD = golden("state-baghdad-attacks-2017");
/** The Acapulco story as another outlet re-publishes it: a dateline in front, a credit line after. */
const ACAPULCO_COPY = `ACAPULCO, Mexico (Wire) - ${ACAPULCO}\n\nReporting by the wire's Mexico City bureau.`;

const line = (o: Record<string, string>) => JSON.stringify(o);
const manifest = (urlPrefix: string) =>
  [
    line({ id: "acapulco", url: `${urlPrefix}/acapulco`, published: "2009-06-07", text: ACAPULCO }),
    line({ id: "baghdad", url: `${urlPrefix}/baghdad`, published: "2017-01-02", text: BAGHDAD }),
    line({ id: "acapulco-copy", url: `${urlPrefix}/acapulco-copy`, published: "2009-06-07", text: ACAPULCO_COPY }),
    line({ id: "baghdad-again", url: `${urlPrefix}/baghdad-again`, published: "2017-01-02", text: BAGHDAD }),
  ].join("\n");

describe("ingestArticles into a SQLite store", () => {
  const corpus = useTempCorpusStore("ingest", { "first.jsonl": manifest("https://first.example"), "mirror.jsonl": manifest("https://mirror.example") });

  const ingest = async (file: string) => {
    const outcomes: IngestOutcome[] = [];
    const summary = await ingestArticles(articleInputs([join(corpus.dir, file)], { feedState: memoryFeedState() }), { ...corpus.context, jobs: 0, onOutcome: (o) => outcomes.push(o) });
    return { summary, outcomes };
  };
  const eventCount = async () => (await corpus.store.countEvents({}, "type")).reduce((n, r) => n + r.events, 0);

  it("stores new articles, links a re-published copy to its original, and adds the URL of an exact duplicate", async () => {
    expect(hammingDistance(fingerprint(ACAPULCO).simhash, fingerprint(ACAPULCO_COPY).simhash)).toBeLessThanOrEqual(6);
    const { summary, outcomes } = await ingest("first.jsonl");
    expect(outcomes.map((o) => o.kind)).toEqual(["new", "new", "near", "exact"]);
    expect(summary).toMatchObject({ articles: 4, new: 2, near: 1, exact: 1, failed: 0 });
    const [acapulco, baghdad, copy] = outcomes;
    expect(copy!.duplicateOf).toBe(acapulco!.articleId);
    expect((await corpus.store.getArticle(copy!.articleId!))?.duplicateOf).toBe(acapulco!.articleId);
    expect((await corpus.store.getArticle(baghdad!.articleId!))?.urls).toEqual(expect.arrayContaining(["https://first.example/baghdad", "https://first.example/baghdad-again"]));
    // The copy's reports joined the original's events: it adds sources, not events.
    const original = await corpus.store.listEvents({ articleId: acapulco!.articleId! });
    const ofCopy = await corpus.store.listEvents({ articleId: copy!.articleId! });
    expect(ofCopy.items.length).toBeGreaterThan(0);
    for (const event of ofCopy.items) expect(event.reports.some((r) => r.articleId === acapulco!.articleId)).toBe(true);
    expect(original.items.length).toBeGreaterThanOrEqual(ofCopy.items.length);
  });

  it("adds nothing when run again", async () => {
    const articles = (await corpus.store.listArticles({ limit: 100 })).items.length;
    const events = await eventCount();
    const { summary } = await ingest("first.jsonl");
    expect(summary).toMatchObject({ articles: 4, new: 0, near: 0, exact: 4 });
    expect((await corpus.store.listArticles({ limit: 100 })).items.length).toBe(articles);
    expect(await eventCount()).toBe(events);
  });

  it("adds URLs, not articles or events, for the same corpus under other URLs", async () => {
    const articles = (await corpus.store.listArticles({ limit: 100 })).items;
    const events = await eventCount();
    const { summary } = await ingest("mirror.jsonl");
    expect(summary).toMatchObject({ new: 0, near: 0, exact: 4 });
    expect((await corpus.store.listArticles({ limit: 100 })).items.length).toBe(articles.length);
    expect(await eventCount()).toBe(events);
    const acapulco = await corpus.store.findByUrl("https://first.example/acapulco");
    expect((await corpus.store.getArticle(acapulco!.id))?.urls).toEqual(expect.arrayContaining(["https://first.example/acapulco", "https://mirror.example/acapulco"]));
  });

  it("re-analyses articles stamped with another pipeline version, keeping their URLs, links and analysts' corrections", async () => {
    const before = (await corpus.store.listArticles({ limit: 100 })).items;
    const event = (await corpus.store.listEvents({}, "date", { limit: 1 })).items[0]!;
    await corpus.store.correct({ eventId: event.id, field: "fatalities", value: { min: 99, max: 99, text: "analyst" }, by: "tester", note: null });
    const outcomes: IngestOutcome[] = [];
    const summary = await reprocessArticles(corpus.store, { ...corpus.context, pipelineVersion: "test-2", jobs: 0, onOutcome: (o) => outcomes.push(o) });
    expect(summary).toMatchObject({ articles: before.length, failed: 0 });
    const after = (await corpus.store.listArticles({ limit: 100 })).items;
    expect(after.map((a) => a.pipelineVersion)).toEqual(after.map(() => "test-2"));
    for (const a of before) {
      const b = after.find((x) => x.id === a.id)!;
      expect([b.urls.length, b.duplicateOf, b.contentHash]).toEqual([a.urls.length, a.duplicateOf, a.contentHash]);
    }
    expect((await corpus.store.corrections(event.id)).map((c) => c.by)).toEqual(["tester"]);
    // Nothing left to redo.
    expect(await reprocessArticles(corpus.store, { ...corpus.context, pipelineVersion: "test-2", jobs: 0 })).toMatchObject({ articles: 0 });
  });
});
