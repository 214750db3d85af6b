import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleInputs, type ArticleInput } from "../../src/ingest-sources/article-inputs.js";
import { memoryFeedState } from "../../src/ingest-sources/feed-state.js";
import { LONG_BODY, page, rssFeed, startServer } from "./feed-server.js";

const collect = async (inputs: string[], options: Parameters<typeof articleInputs>[1]) => {
  const out: ArticleInput[] = [];
  for await (const input of articleInputs(inputs, options)) out.push(input);
  return out;
};

describe("articleInputs: files, folders and manifests", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-sources-"));
    mkdirSync(join(dir, "b-folder"));
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, "b-folder", "z.txt"), "Floods hit the north.");
    writeFileSync(join(dir, "b-folder", "a.html"), page("Talks", "Officials met in Doha."));
    writeFileSync(join(dir, "a.txt"), "Gunmen attacked a checkpoint.");
    writeFileSync(join(dir, ".hidden.txt"), "not an article");
    writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main");
    writeFileSync(join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a, 0x46]));
    writeFileSync(join(dir, "c.jsonl"), ['{"id": "m1", "url": "https://example.org/m1", "title": "T", "text": "Troops withdrew."}', "not json", '{"url": "https://example.org/m2"}'].join("\n"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("walks a folder recursively in sorted order, leaving out hidden and binary files, and reads manifests line by line", async () => {
    const warnings: string[] = [];
    const inputs = await collect([dir], { feedState: memoryFeedState(), warn: (l) => warnings.push(l) });
    expect(inputs.map((i) => i.label)).toEqual([join(dir, "a.txt"), join(dir, "b-folder", "a.html"), join(dir, "b-folder", "z.txt"), `${join(dir, "c.jsonl")}:1`, `${join(dir, "c.jsonl")}:2`, `${join(dir, "c.jsonl")}:3`]);
    expect(warnings.join("")).toContain("photo.jpg: skipped (binary)");
    const line = inputs[3]!;
    expect(line).toMatchObject({ local: true, meta: { id: "m1", url: "https://example.org/m1", title: "T" } });
    expect(new TextDecoder().decode((await line.load()).bytes)).toBe("Troops withdrew.");
    await expect(inputs[4]!.load()).rejects.toMatchObject({ code: "MANIFEST_INVALID" });
    // A line with only a URL is fetched when it is loaded, not while the inputs are listed.
    expect(inputs[5]).toMatchObject({ local: false, meta: { url: "https://example.org/m2" } });
  });

  it("reports a missing path and goes on", async () => {
    const warnings: string[] = [];
    const inputs = await collect([join(dir, "nope.txt"), join(dir, "a.txt")], { feedState: memoryFeedState(), warn: (l) => warnings.push(l) });
    expect(inputs.map((i) => i.label)).toEqual([join(dir, "a.txt")]);
    expect(warnings.join("")).toContain("INPUT_NOT_FOUND");
  });
});

describe("articleInputs: URLs and feeds (local server)", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({
      "/feed.xml": ({ headers }) =>
        headers["if-none-match"] === '"v1"'
          ? { status: 304 }
          : {
              status: 200,
              headers: { "content-type": "application/rss+xml", etag: '"v1"' },
              body: rssFeed(server.base, [
                { path: "/story-1", title: "Story one", date: "Mon, 11 Oct 2021 10:00:00 GMT" },
                { path: "/story-2", title: "Story two", date: "Tue, 12 Oct 2021 10:00:00 GMT", content: LONG_BODY },
              ]),
            },
      "/dated.xml": ({ headers }) =>
        headers["if-modified-since"] === "Tue, 12 Oct 2021 10:00:00 GMT"
          ? { status: 304 }
          : { status: 200, headers: { "content-type": "text/xml", "last-modified": "Tue, 12 Oct 2021 10:00:00 GMT" }, body: rssFeed(server.base, [{ path: "/story-1", title: "Story one", date: "Mon, 11 Oct 2021 10:00:00 GMT" }]) },
      "/story-1": () => ({ status: 200, headers: { "content-type": "text/html" }, body: page("Story one", "Officials met in Kabul.") }),
      "/page": () => ({ status: 200, headers: { "content-type": "text/html" }, body: page("A page", "Troops withdrew from the town.") }),
    });
  });
  afterAll(() => server.close());
  const read = { allowPrivate: true };

  it("takes a feed's items, fetching pages only for items without the whole article, and asks conditionally next time (ETag)", async () => {
    const feedState = memoryFeedState();
    const commits: Array<() => Promise<void>> = [];
    const first = await collect([`${server.base}/feed.xml`], { feedState, read, feedCommits: commits });
    expect(first.map((i) => i.local)).toEqual([false, true]);
    expect(first[0]!.meta).toEqual({ title: "Story one", published: "2021-10-11" });
    const fetched = await first[0]!.load();
    expect(fetched.url).toBe(`${server.base}/story-1`);
    expect(first[1]!.meta).toMatchObject({ url: `${server.base}/story-2`, published: "2021-10-12" });
    expect(new TextDecoder().decode((await first[1]!.load()).bytes)).toContain("Paragraph 39");
    for (const commit of commits) await commit();
    expect(await feedState.get(`${server.base}/feed.xml`)).toMatchObject({ etag: '"v1"', seen: [`${server.base}/story-1`, `${server.base}/story-2`] });

    const again = await collect([`${server.base}/feed.xml`], { feedState, read });
    expect(again).toEqual([]);
    expect(server.requests.filter((r) => r.url === "/feed.xml").at(-1)!.headers["if-none-match"]).toBe('"v1"');
  });

  it("asks conditionally with Last-Modified when the server gives no ETag", async () => {
    const feedState = memoryFeedState();
    const commits: Array<() => Promise<void>> = [];
    expect(await collect([`${server.base}/dated.xml`], { feedState, read, feedCommits: commits })).toHaveLength(1);
    for (const commit of commits) await commit();
    expect(await collect([`${server.base}/dated.xml`], { feedState, read })).toEqual([]);
    expect(server.requests.filter((r) => r.url === "/dated.xml").at(-1)!.headers["if-modified-since"]).toBe("Tue, 12 Oct 2021 10:00:00 GMT");
  });

  it("takes a URL that is a page as one article, fetched once, with the address guard in force", async () => {
    const inputs = await collect([`${server.base}/page`], { feedState: memoryFeedState(), read });
    expect(inputs).toHaveLength(1);
    expect((await inputs[0]!.load()).url).toBe(`${server.base}/page`);
    const warnings: string[] = [];
    expect(await collect([`${server.base}/page`], { feedState: memoryFeedState(), warn: (l) => warnings.push(l) })).toEqual([]);
    expect(warnings.join("")).toContain("FETCH_BLOCKED_ADDRESS");
  });
});
