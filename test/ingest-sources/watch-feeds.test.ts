import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryFeedState } from "../../src/ingest-sources/feed-state.js";
import { watchFeeds, type PollEvent } from "../../src/ingest-sources/watch-feeds.js";
import { rssFeed, startServer } from "./feed-server.js";

describe("watchFeeds (local server, virtual clock)", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({
      // Answers once, then 304 to the same ETag.
      "/good.xml": ({ headers }) =>
        headers["if-none-match"] === '"g1"' ? { status: 304 } : { status: 200, headers: { "content-type": "application/rss+xml", etag: '"g1"' }, body: rssFeed(server.base, [{ path: "/g1", title: "G1", date: "Mon, 11 Oct 2021 10:00:00 GMT" }]) },
      // Busy twice (asking for 7 s), then well.
      "/busy.xml": ({ count }) => (count <= 2 ? { status: 503, headers: { "retry-after": "7" } } : { status: 200, headers: { "content-type": "application/rss+xml" }, body: rssFeed(server.base, [{ path: "/b1", title: "B1", date: "Mon, 11 Oct 2021 10:00:00 GMT" }]) }),
      // Always failing, without Retry-After.
      "/broken.xml": () => ({ status: 500 }),
    });
  });
  afterAll(() => server.close());

  it("polls each feed on its interval, backs off exponentially on errors up to the cap, honours Retry-After, and stops on the signal", async () => {
    const stop = new AbortController();
    let clock = 1_000_000;
    const events: PollEvent[] = [];
    const ingested: string[] = [];
    await watchFeeds({
      feeds: [`${server.base}/good.xml`, `${server.base}/busy.xml`, `${server.base}/broken.xml`],
      feedState: memoryFeedState(),
      read: { allowPrivate: true },
      intervalMs: 1000,
      maxBackoffMs: 3000,
      signal: stop.signal,
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
      ingest: async (_feed, items) => void ingested.push(...items.map((i) => i.label.replaceAll(server.base, ""))),
      onPoll: (e) => {
        events.push(e);
        if (events.filter((x) => x.feed.endsWith("busy.xml")).length >= 4) stop.abort();
      },
    });
    const of = (path: string) => events.filter((e) => e.feed.endsWith(path));
    expect(ingested).toEqual([`/good.xml#/g1`, `/busy.xml#/b1`]);
    expect(of("good.xml").map((e) => [e.outcome, e.nextInMs])).toEqual(of("good.xml").map((_, i) => [i === 0 ? "items" : "nothing-new", 1000]));
    // 503 with Retry-After: 7 waits 7 s (more than the backoff), twice; then the feed is polled on the interval.
    expect(of("busy.xml").slice(0, 4).map((e) => [e.outcome, e.failures, e.nextInMs])).toEqual([
      ["error", 1, 7000],
      ["error", 2, 7000],
      ["items", 0, 1000],
      ["nothing-new", 0, 1000],
    ]);
    // Without Retry-After: 1 s, 2 s, then the 3 s cap.
    expect(of("broken.xml").slice(0, 4).map((e) => e.nextInMs)).toEqual([1000, 2000, 3000, 3000]);
    expect(of("broken.xml")[0]!.error?.code).toBe("FETCH_FAILED");
    expect(stop.signal.aborted).toBe(true);
  });
});
