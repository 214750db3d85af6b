import { describe, expect, it } from "vitest";
import { feedDate, isFullContent, looksLikeFeed, parseFeedItems } from "../../src/ingest-sources/feed-items.js";
import { LONG_BODY, rssFeed } from "./feed-server.js";

describe("feed items", () => {
  it("lists an RSS feed's items with link, title and the publisher's day, and keeps content only when it is the whole article", () => {
    const xml = rssFeed("https://news.example", [
      { path: "/a", title: "Talks in Doha", date: "Mon, 11 Oct 2021 23:30:00 -0500", content: LONG_BODY },
      { path: "/b", title: "Floods", date: "Tue, 12 Oct 2021 08:00:00 GMT", content: "<p>Only a summary.</p>" },
    ]);
    expect(looksLikeFeed(xml)).toBe(true);
    const feed = parseFeedItems(xml);
    expect(feed.format).toBe("rss");
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({ link: "https://news.example/a", title: "Talks in Doha", published: "2021-10-11" });
    expect(feed.items[0]!.content).toContain("Paragraph 39");
    expect(feed.items[1]).toEqual({ link: "https://news.example/b", title: "Floods", published: "2021-10-12" });
  });

  it("reads Atom entries, making relative links absolute against the feed's URL", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>Blast in Kabul</title><link rel="alternate" href="/2021/blast"/><id>urn:1</id><published>2021-10-08T22:00:00+04:30</published><summary>Short.</summary></entry>
      <entry><title>No link</title><id>urn:2</id></entry></feed>`;
    expect(looksLikeFeed(atom)).toBe(true);
    expect(parseFeedItems(atom, "https://site.example/feeds/atom.xml").items).toEqual([{ link: "https://site.example/2021/blast", title: "Blast in Kabul", published: "2021-10-08" }]);
  });

  it("tells pages and text from feeds, and refuses to parse what is not a feed", () => {
    expect(looksLikeFeed("<!DOCTYPE html><html><head><link type='application/rss+xml'></head><body><feed></body></html>")).toBe(false);
    expect(looksLikeFeed("Gunmen killed three police officers in Peshawar.")).toBe(false);
    expect(() => parseFeedItems("<html><body>no</body></html>")).toThrow();
  });

  it("reads feed dates as the publisher wrote them", () => {
    expect(feedDate("2021-10-11T23:30:00-05:00")).toBe("2021-10-11");
    expect(feedDate("Sat, 2 Jan 2021 01:00:00 +0900")).toBe("2021-01-02");
    expect(feedDate("yesterday")).toBeUndefined();
    expect(isFullContent("<p>one two three</p>")).toBe(false);
    expect(isFullContent(LONG_BODY)).toBe(true);
  });
});
