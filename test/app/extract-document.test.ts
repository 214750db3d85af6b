import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SitrepError } from "../../src/core/errors.js";
import { extractDocument } from "../../src/app/extract-document.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { presentDocument } from "../../src/app/present/present-document.js";
import { documentJsonSchema } from "../../src/app/present/document-schema.js";
import { parsePublishedDate } from "../../src/app/parse-published-date.js";
import { findStampDate } from "../../src/app/find-stamp-date.js";

import { assemblePipeline } from "../../src/core/index.js";
import { cleanStage } from "../../src/stages/clean/clean-stage.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { loadCleanResources } from "../../src/stages/clean/resources.js";

/**
 * These tests are about reading input and the use case's contract, not about the analysis stages
 * (they have their own tests), so they run a short pipeline: clean, then segment.
 */
const pipeline = assemblePipeline([cleanStage, segmentStage], { resources: { segmenter: loadWinkSegmenter(), ...loadCleanResources() } });
const extract = (input: string, options: Parameters<typeof extractDocument>[1] = {}) => extractDocument(input, { pipeline, ...options });

const dir = mkdtempSync(join(tmpdir(), "sitrep-app-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const fixture = (name: string) => new URL(`../ingest/fixtures/${name}`, import.meta.url).pathname;
const codeOf = async (p: Promise<unknown>) => p.then(() => "no error", (e) => (e instanceof SitrepError ? e.code : `not a SitrepError: ${String(e)}`));

describe("extractDocument on an HTML page", () => {
  it("extracts the body, drops furniture, and fills meta from the page", async () => {
    const { document } = await extract(fixture("taliban-talks.html"));
    expect(document.meta).toMatchObject({ title: "US to help Taliban vaccinate Afghans against coronavirus", published: "2021-10-10", canonicalUrl: "https://news.example.com/world/us-taliban-talks-101", siteName: "Example Times", source: fixture("taliban-talks.html"), language: "en" });
    // A file was not fetched: the page's canonical link is its claim, not where the text came from.
    expect(document.meta.url).toBeUndefined();
    expect(document.text).not.toContain("Subscribe to our newsletter");
    expect(document.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(["related-story link", "photo caption", "promo"]));
    const json = presentDocument(document);
    expect(documentJsonSchema.safeParse(json).success).toBe(true);
  });

  it("lets --published and --title override the page", async () => {
    const { document } = await extract(fixture("taliban-talks.html"), { published: "2021-10-11", title: "Given title" });
    expect(document.meta).toMatchObject({ published: "2021-10-11", title: "Given title" });
  });

  it("marks a page in another language empty, with no events", async () => {
    const { document } = await extract(fixture("article-fr.html"));
    expect(document.empty?.code).toBe("INPUT_UNSUPPORTED_LANGUAGE");
    const json = presentDocument(document);
    expect(json.events).toEqual([]);
    expect(json.meta.language).toBeNull();
    expect(documentJsonSchema.safeParse(json).success).toBe(true);
  });
});

describe("extractDocument on a URL", () => {
  it("fetches a page from a local server with allowPrivate, and refuses it without", async () => {
    const html = readFileSync(fixture("taliban-talks.html"));
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world/story`;
    try {
      const { document } = await extract(url, { allowPrivate: true, timeoutMs: 5000 });
      // Where the text came from is what was fetched; what the page says of itself is kept apart.
      expect(document.meta).toMatchObject({ url, fetchedUrl: url, finalUrl: url, source: url, canonicalUrl: "https://news.example.com/world/us-taliban-talks-101", siteName: "Example Times" });
      expect(document.text).toContain("The Taliban raided an IS hideout just north of Kabul");
      expect(await codeOf(extract(url))).toBe("FETCH_BLOCKED_ADDRESS");
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe("extractDocument on bad input: a clear code or an empty result, never a crash", () => {
  it.each([
    ["empty file", "", "INPUT_EMPTY"],
    ["binary file", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), "INPUT_BINARY"],
    ["invalid UTF-8 that is not windows-1252 either", new Uint8Array(Array.from({ length: 300 }, (_, i) => (i % 2 ? 0x81 : 0x9d))), "INPUT_NOT_UTF8"],
  ])("%s -> %s", async (_what, content, code) => {
    expect(await codeOf(extract(file(`${code}.txt`, content)))).toBe(code);
  });

  it("rejects a malformed --published date before reading anything", async () => {
    expect(await codeOf(extract(join(dir, "does-not-exist.txt"), { published: "10/10/2021" }))).toBe("BAD_DATE");
  });

  it("returns an empty result for text that is all boilerplate", async () => {
    const { document } = await extract(file("boilerplate.txt", "Advertisement\n\nShare this article\n"));
    expect(document.empty?.code).toBe("INPUT_EMPTY");
    expect(presentDocument(document).events).toEqual([]);
  });

  it("decodes a windows-1252 file and passes the note on", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Police in Bogot"), 0xe1, ...new TextEncoder().encode(" arrested two men on Sunday, officials said. The men were charged with the bombing of a bank.")]);
    const { document, notes } = await extract(file("latin1.txt", bytes));
    expect(document.text).toContain("Bogotá");
    expect(notes.join(" ")).toMatch(/windows-1252/);
  });
});

describe("analyzeArticle", () => {
  it("takes the title from a plain-text first line when none is given", () => {
    const doc = analyzeArticle({ text: "Gunmen kill three police officers in Kunduz\n\nGunmen killed three police officers in Kunduz on Sunday, officials said." }, pipeline);
    expect(doc.meta.title).toBe("Gunmen kill three police officers in Kunduz");
    expect(doc.text.startsWith("Gunmen killed")).toBe(true);
  });

  it("takes the publication date from the article's own timestamp line when none is given", () => {
    const text = "This story is from March 10, 2002\n\nlucknow: the committee has sought a ban on the programme, its convenor said on saturday.";
    expect(analyzeArticle({ text }, pipeline).meta.published).toBe("2002-03-10");
    expect(analyzeArticle({ text, meta: { published: "2002-03-11" } }, pipeline).meta.published).toBe("2002-03-11");
  });

  it("normalises a given date-time to its date, and refuses a malformed one", () => {
    expect(analyzeArticle({ text: "The talks ended.", meta: { published: "2021-10-10T08:15:00+05:30" } }, pipeline).meta.published).toBe("2021-10-10");
    expect(() => analyzeArticle({ text: "The talks ended.", meta: { published: "last Friday" } }, pipeline)).toThrow(SitrepError);
  });

  it("never runs later stages on a non-English text", () => {
    const doc = analyzeArticle({ text: "Die Taliban haben sich am Samstag in Doha mit einer Delegation der Vereinigten Staaten getroffen, zum ersten Mal seit der Machtübernahme." }, pipeline);
    expect(doc.empty?.code).toBe("INPUT_UNSUPPORTED_LANGUAGE");
    expect(doc.layers.event).toBeUndefined();
    expect(doc.layers.token).toBeUndefined();
  });
});

describe("findStampDate", () => {
  it.each([
    ["This story is from March 10, 2002", "2002-03-10"],
    ["Published: 10 Oct 2021, 08:15 IST", "2021-10-10"],
    ["Updated 2021-10-10T08:15", "2021-10-10"],
    ["First published on Sept. 3rd, 2019", "2019-09-03"],
    ["Updated: a while ago", undefined],
    ["Posted February 30, 2020", undefined],
  ])("%s -> %s", (line, expected) => {
    expect(findStampDate(line)).toBe(expected);
  });
});

describe("parsePublishedDate", () => {
  it.each([
    ["2021-10-10", "2021-10-10"],
    ["2021-10-10T08:15:00+05:30", "2021-10-10"],
    ["2021-10-10T23:00:00Z", "2021-10-10"],
  ])("%s -> %s", (input, expected) => {
    expect(parsePublishedDate(input)).toBe(expected);
  });

  it.each([["2021-02-30"], ["10/10/2021"], ["yesterday"], [""]])("rejects %j", (input) => {
    expect(() => parsePublishedDate(input)).toThrow(SitrepError);
  });
});
