import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractHtml, toIsoDate } from "../../src/stages/ingest/extract-html.js";
import { looksLikeHtml } from "../../src/stages/ingest/detect-html.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("extractHtml on a news page with navigation, related links, a caption and promos", () => {
  const page = extractHtml(fixture("taliban-talks.html"), "https://news.example.com/world/us-taliban-talks-101?utm=x");

  it("keeps every body paragraph, separated by blank lines", () => {
    expect(page.text.startsWith("United States has assured to help the Taliban regime vaccinate Afghans")).toBe(true);
    expect(page.text).toContain("\n\nMuttaqi’s remarks came on the first of two days");
    expect(page.text).toContain("Islamic State-Khorasan (IS-K). The IS-K claimed a bombing");
    expect(page.text.endsWith("the official said.")).toBe(true);
    expect(page.text.split("\n\n").length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ["navigation", "Sport"],
    ["the share bar", "WhatsApp"],
    ["the related-stories box", "Kabul airport reopens"],
    ["the footer", "All rights reserved"],
    ["a paragraph that is one link to another story", "How division among Taliban groups"],
    ["a kicker plus a link", "no women in Ministry of Women Affairs"],
    ["the photo caption", "Taliban delegates arrive"],
    ["the headline", "US to help Taliban vaccinate Afghans against coronavirus"],
  ])("drops %s", (_what, text) => {
    expect(page.text).not.toContain(text);
  });

  it("lists the in-body blocks it dropped, with a reason", () => {
    expect(page.removed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: "Explained: How division among Taliban groups impacts Afghanistan", reason: "related-story link" }),
        expect.objectContaining({ reason: "photo caption", text: expect.stringContaining("Taliban delegates arrive") }),
      ]),
    );
  });

  it("keeps a body paragraph that contains a link", () => {
    expect(page.text).toContain("by the Islamic State-Khorasan (IS-K)");
  });

  it("reads og:title, article:published_time (as the local calendar date) and the canonical URL", () => {
    expect(page.meta).toMatchObject({
      title: "US to help Taliban vaccinate Afghans against coronavirus",
      published: "2021-10-10",
      canonicalUrl: "https://news.example.com/world/us-taliban-talks-101",
      siteName: "Example Times",
    });
  });
});

describe("extractHtml metadata fallbacks", () => {
  it("uses <title> and <time datetime> when there are no meta tags", () => {
    const html = `<html><head><title>Flood in Sindh</title></head><body><article><time datetime="2022-08-29T10:00:00Z">29 Aug</time>
      <p>Floods killed more than 1,000 people in Pakistan, officials said on Monday, as rescuers reached villages cut off for days.</p></article></body></html>`;
    const page = extractHtml(html, "https://example.org/a");
    expect(page.meta).toMatchObject({ title: "Flood in Sindh", published: "2022-08-29" });
    // Without a canonical link the page claims no address; the URL it was fetched from is the caller's to record.
    expect(page.meta.canonicalUrl).toBeUndefined();
    expect(page.text).toContain("Floods killed more than 1,000 people");
  });

  it("drops the site's name from the title", () => {
    const html = `<html><head><meta property="og:site_name" content="Example News"><meta property="og:title" content="Obama admits US gun laws are his 'biggest frustration' - Example News"></head><body><p>Text.</p></body></html>`;
    expect(extractHtml(html).meta.title).toBe("Obama admits US gun laws are his 'biggest frustration'");
  });

  it("falls back to the whole body for a short fragment Readability rejects", () => {
    const page = extractHtml("<p>Police arrested two men in Lahore on Sunday.</p><p>Both were charged.</p>");
    expect(page.text).toBe("Police arrested two men in Lahore on Sunday.\n\nBoth were charged.");
  });

  it("keeps list items as bulleted paragraphs, and drops lists of links", () => {
    const page = extractHtml("<div><p>Key points:</p><ul><li>Taliban took Kabul on August 15</li><li><p>US troops left by August 31</p></li></ul><ul><li><a href='/a'>Pakistan closes border</a></li></ul></div>");
    expect(page.text).toBe("Key points:\n\n• Taliban took Kabul on August 15\n\n• US troops left by August 31");
    expect(page.removed).toEqual([expect.objectContaining({ text: "Pakistan closes border", reason: "related-story link" })]);
  });

  it("never throws on tag soup (a small deterministic fuzz)", () => {
    const pieces = ["<p>", "</p>", "<a href=x>", "</a>", "<br>", "\n", " ", "Taliban", "said.", "“", "<figcaption>", "<li>", "<html>", "<title>", "Also read:", "\r\n", "<script>", "</script>", "<body>", "<!doctype html>", "😀", "\ud83d"];
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 300; i++) {
      let html = "";
      for (let j = 0, n = Math.floor(next() * 40); j < n; j++) html += pieces[Math.floor(next() * pieces.length)];
      expect(() => extractHtml(html), html).not.toThrow();
    }
  });

  it("keeps a heading written as a sentence (a standfirst) and drops section headings", () => {
    const page = extractHtml("<div><h2>Floods have displaced more than 5,000 people in Jigawa state this week.</h2><p>Rescuers searched the villages on Sunday.</p><h2>Aid response</h2><p>Tents arrived on Monday.</p></div>");
    expect(page.text).toBe("Floods have displaced more than 5,000 people in Jigawa state this week.\n\nRescuers searched the villages on Sunday.\n\nTents arrived on Monday.");
    expect(page.removed).toEqual([expect.objectContaining({ text: "Aid response", reason: "heading" })]);
  });

  it("turns <br> into a line break inside a paragraph", () => {
    const page = extractHtml("<div><p>First line.<br>Second line.</p></div>");
    expect(page.text).toBe("First line.\nSecond line.");
  });
});

describe("extractHtml and widget class names", () => {
  const paragraph = (n: number) => `<p>Paragraph ${n}: the provincial governor said on Monday that security forces had cleared the district of fighters after three days of clashes that displaced hundreds of families.</p>`;

  it("keeps an article body whose class merely mentions sharing", () => {
    const html = `<html><body><div class="story-body share-enabled">${[1, 2, 3, 4, 5].map(paragraph).join("")}</div>
      <div class="comments"><p>Great article, thanks for sharing this with us all!</p></div></body></html>`;
    const page = extractHtml(html);
    expect(page.text).toContain("Paragraph 1:");
    expect(page.text).toContain("Paragraph 5:");
    expect(page.text).not.toContain("Great article");
  });

  it("keeps an article inside a page-wide <form> (ASP.NET pages)", () => {
    const html = `<html><body><form id="aspnetForm" action="/x"><div id="content">${[1, 2, 3].map(paragraph).join("")}</div></form></body></html>`;
    expect(extractHtml(html).text).toContain("Paragraph 3:");
  });

  it("drops a short promo box named as such", () => {
    const html = `<html><body><article>${[1, 2, 3].map(paragraph).join("")}<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div>${paragraph(4)}</article></body></html>`;
    const page = extractHtml(html);
    expect(page.text).not.toContain("morning briefing");
    expect(page.text).toContain("Paragraph 4:");
  });
});

describe("toIsoDate", () => {
  it.each([
    ["2021-10-10T08:15:00+05:30", "2021-10-10"],
    ["2021-10-10", "2021-10-10"],
    ["Sun, 10 Oct 2021 08:15:00 GMT", "2021-10-10"],
    ["yesterday", undefined],
    [undefined, undefined],
  ])("%s -> %s", (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe("looksLikeHtml", () => {
  it("recognises pages and fragments", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html>")).toBe(true);
    expect(looksLikeHtml("  <html lang=en>")).toBe(true);
    expect(looksLikeHtml("<p>One.</p><p>Two.</p>")).toBe(true);
  });

  it("does not take plain text with a stray angle bracket for HTML", () => {
    expect(looksLikeHtml("Prices rose <5% in Kabul, officials said.")).toBe(false);
    expect(looksLikeHtml("The Taliban met US officials in Doha.")).toBe(false);
  });
});
