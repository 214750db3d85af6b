import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestArticles, type IngestOutcome } from "../../src/app/ingest-articles.js";
import { articleInputs } from "../../src/ingest-sources/article-inputs.js";
import { memoryFeedState } from "../../src/ingest-sources/feed-state.js";
import type { AssignReports } from "../../src/store/store.js";
import { goldenText as golden, useTempCorpusStore } from "./temp-corpus-store.js";

const STORIES = [
  { id: "acapulco", published: "2009-06-07", text: golden("wn-acapulco-shootout-2009") },
  { id: "baghdad", published: "2017-01-02", text: golden("state-baghdad-attacks-2017") },
  { id: "kenya", published: "2009-09-30", text: golden("wn-kenya-cattle-raid-2009") },
];

describe("ingest saves articles several to a store transaction", () => {
  const corpus = useTempCorpusStore("save-batch", { "stories.jsonl": STORIES.map((s) => JSON.stringify({ ...s, url: `https://example.org/${s.id}` })).join("\n") });

  it("keeps and reports the articles before one whose save fails, undoes that one whole, and stops with its error", async () => {
    const { dir, store, context } = corpus;
    const outcomes: IngestOutcome[] = [];
    let articlesSeen = new Set<string>();
    const failing: AssignReports = (report, candidates) => {
      articlesSeen.add(report.articleId);
      if (articlesSeen.size === 2) throw new Error("killed mid-article");
      return context.assign(report, candidates);
    };
    const run = ingestArticles(articleInputs([join(dir, "stories.jsonl")], { feedState: memoryFeedState() }), { ...context, assign: failing, jobs: 0, saveBatch: { maxArticles: 10 }, onOutcome: (o) => outcomes.push(o) });
    await expect(run).rejects.toThrow("killed mid-article");
    // The three were in one batch: the first is kept and reported, the second left nothing, the third was not saved.
    expect(outcomes.map((o) => o.kind)).toEqual(["new"]);
    const articles = (await store.listArticles({ limit: 10 })).items;
    expect(articles.map((a) => a.url)).toEqual(["https://example.org/acapulco"]);
    const reportArticles = new Set((await store.listEvents({}, "date", { limit: 1000 })).items.flatMap((e) => e.reports.map((r) => r.articleId)));
    expect([...reportArticles]).toEqual([articles[0]!.id]);

    // A re-run saves the other two, in batches of two: the whole corpus, each article once.
    articlesSeen = new Set();
    const again: IngestOutcome[] = [];
    const summary = await ingestArticles(articleInputs([join(dir, "stories.jsonl")], { feedState: memoryFeedState() }), { ...context, jobs: 0, saveBatch: { maxArticles: 2 }, onOutcome: (o) => again.push(o) });
    expect(again.map((o) => o.kind)).toEqual(["exact", "new", "new"]);
    expect(summary).toMatchObject({ articles: 3, new: 2, exact: 1, failed: 0 });
    expect((await store.listArticles({ limit: 10 })).items).toHaveLength(3);
  });
});
