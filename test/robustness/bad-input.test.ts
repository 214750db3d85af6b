import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/app/extract-document.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { codeOf, eventCount, expectValidDocument } from "./expect-valid-document.js";
import { createRandom } from "./create-random.js";

/**
 * Unusable bytes, through the extract use case (file or standard input → ingest → pipeline): each
 * ends in a SitrepError with its stable code (docs/errors.md), or in a valid document; never in
 * another exception.
 */
const dir = mkdtempSync(join(tmpdir(), "sitrep-robustness-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const STORY = "Gunmen killed five soldiers in Kabul on Monday, officials said.\n\nThe Taliban claimed responsibility for the attack.\n";

describe("bytes that are not an article are refused with a stable code", () => {
  it("an empty file is INPUT_EMPTY", async () => {
    expect(await codeOf(() => extractDocument(file("empty.txt", "")))).toBe("INPUT_EMPTY");
  });

  it("white space only (spaces, tabs, line breaks, no-break spaces) is INPUT_EMPTY", async () => {
    expect(await codeOf(() => extractDocument(file("blank.txt", " \t\r\n\n\u00a0\u2003\n")))).toBe("INPUT_EMPTY");
  });

  it("a NUL byte in the head of a text is INPUT_BINARY", async () => {
    expect(await codeOf(() => extractDocument(file("nul.txt", `Gunmen killed\u0000 five soldiers in Kabul.`)))).toBe("INPUT_BINARY");
  });

  it("random bytes are INPUT_BINARY or INPUT_NOT_UTF8, for every seed", async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = createRandom(seed);
      const bytes = Uint8Array.from({ length: 4096 }, () => random.int(256));
      expect(["INPUT_BINARY", "INPUT_NOT_UTF8"]).toContain(await codeOf(() => extractDocument(file(`random-${seed}.bin`, bytes))));
    }
  });

  it("random high bytes (no control characters to look binary) are INPUT_NOT_UTF8", async () => {
    const random = createRandom(7);
    const bytes = Uint8Array.from({ length: 4096 }, () => 0x80 + random.int(128));
    expect(await codeOf(() => extractDocument(file("high.bin", bytes)))).toBe("INPUT_NOT_UTF8");
  });

  it("a text over the size limit is INPUT_TOO_LARGE from its size alone, even at 50 MB", async () => {
    const path = join(dir, "huge.txt");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: 50 MB long without writing 50 MB
    closeSync(fd);
    expect(await codeOf(() => extractDocument(path))).toBe("INPUT_TOO_LARGE");
  });

  it("50 MB on standard input is refused after reading just past the limit, not all of it", async () => {
    const chunk = new TextEncoder().encode(STORY.repeat(Math.ceil((1024 * 1024) / STORY.length)).slice(0, 1024 * 1024));
    let pulled = 0;
    async function* fiftyMegabytes() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield chunk;
      }
    }
    expect(await codeOf(() => extractDocument("-", { stdin: fiftyMegabytes(), maxBytes: 10 * 1024 * 1024 }))).toBe("INPUT_TOO_LARGE");
    expect(pulled).toBeLessThanOrEqual(11);
  });

  it("a 50 MB text given straight to the use case (API, workers) is INPUT_TOO_LARGE before any stage runs", async () => {
    expect(await codeOf(() => analyzeArticle({ text: "x".repeat(50 * 1024 * 1024) }))).toBe("INPUT_TOO_LARGE");
  });

  it("a text that is not a string (an untyped API caller) is BAD_ARGUMENT", async () => {
    for (const text of [undefined, null, 42, { body: "Gunmen killed five soldiers." }]) {
      expect(await codeOf(() => analyzeArticle({ text } as unknown as Parameters<typeof analyzeArticle>[0]))).toBe("BAD_ARGUMENT");
    }
    expect(await codeOf(() => analyzeArticle(undefined as unknown as Parameters<typeof analyzeArticle>[0]))).toBe("BAD_ARGUMENT");
  });

  it("a publication date that is not a string (a Date object, a number) is BAD_DATE", async () => {
    for (const published of [new Date("2021-10-10"), 20211010]) {
      expect(await codeOf(() => analyzeArticle({ text: STORY, meta: { published } } as unknown as Parameters<typeof analyzeArticle>[0]))).toBe("BAD_DATE");
    }
  });

  it("an HTML page whose only content is script and style is INPUT_EMPTY: no event from code", async () => {
    const html = `<!doctype html><html><head><style>body { color: red }</style><script>var story = "Gunmen killed 10 people in Kabul";</script></head><body><script>document.write("Troops shelled the city")</script></body></html>`;
    expect(await codeOf(() => extractDocument(file("script.html", html)))).toBe("INPUT_EMPTY");
  });
});

describe("hostile or huge markup is read or refused without stalling", () => {
  const story = "<p>Gunmen killed five soldiers in Kabul on Monday, officials said. The Taliban claimed responsibility for the attack.</p>";
  const nested = (depth: number) => `<html><body>${"<div>".repeat(depth)}${story}${"</div>".repeat(depth)}</body></html>`;

  it("a page nested 200,000 elements deep is INPUT_UNREADABLE_HTML, refused before it is parsed", async () => {
    expect(await codeOf(() => extractDocument(file("deep.html", nested(200_000))))).toBe("INPUT_UNREADABLE_HTML");
  });

  it("unclosed inline tags 20,000 deep are INPUT_UNREADABLE_HTML too", async () => {
    expect(await codeOf(() => extractDocument(file("spans.html", `<html><body>${"<span><b>".repeat(20_000)}${story}</body></html>`)))).toBe("INPUT_UNREADABLE_HTML");
  });

  it("a page nested 300 deep (past Readability's limit) is still read: the body is the article", async () => {
    const { document } = await extractDocument(file("deep-ok.html", nested(300)), { published: "2021-10-10" });
    expect(document.text).toContain("Gunmen killed five soldiers in Kabul");
    expectValidDocument(document);
  });

  it("a page that leaves out <body> (HTML allows it) is read, not reported empty", async () => {
    const html = `<html><head><title>Attack in Kabul</title></head><p>Gunmen killed five soldiers in Kabul on Monday, officials said.</p><p>The Taliban claimed responsibility.</p></html>`;
    const { document } = await extractDocument(file("no-body.html", html), { published: "2021-10-10" });
    expect(document.text).toContain("Gunmen killed five soldiers in Kabul");
    expect(document.meta.title).toBe("Attack in Kabul");
    expectValidDocument(document);
  });

  it("thousands of unclosed <p> tags are not mistaken for deep nesting", async () => {
    const { document } = await extractDocument(file("unclosed-p.html", `<html><body>${"<p>The talks went on. ".repeat(1000)}${story}</body></html>`));
    expect(document.text).toContain("Gunmen killed five soldiers in Kabul");
  });
});

describe("encodings are read, or refused, never crash", () => {
  it("invalid UTF-8 that is not windows-1252 text either is INPUT_NOT_UTF8", async () => {
    const broken = Uint8Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0x81 : i % 3 === 1 ? 0x8d : 0x9d));
    expect(await codeOf(() => extractDocument(file("broken.txt", broken)))).toBe("INPUT_NOT_UTF8");
  });

  it("a story with a few broken UTF-8 bytes is read, with a note, and its events are still found", async () => {
    const bytes = new TextEncoder().encode(`Caf\u00e9 owners said: ${STORY}`);
    const broken = Uint8Array.from([...bytes.subarray(0, 4), 0xc3, 0x28, ...bytes.subarray(4)]);
    const { document, notes } = await extractDocument(file("few-broken.txt", broken), { published: "2021-10-10" });
    expect(notes.join(" ")).toMatch(/invalid UTF-8|windows-1252/);
    expectValidDocument(document);
    expect(eventCount(document)).toBeGreaterThan(0);
  });

  it("UTF-16 with a byte order mark reads as the same article as UTF-8", async () => {
    const utf16 = new Uint8Array(2 + STORY.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < STORY.length; i++) utf16.set([STORY.charCodeAt(i) & 0xff, STORY.charCodeAt(i) >> 8], 2 + i * 2);
    const fromUtf16 = await extractDocument(file("utf16.txt", utf16), { published: "2021-10-10" });
    const fromUtf8 = await extractDocument(file("utf8.txt", STORY), { published: "2021-10-10" });
    expect(fromUtf16.document.text).toBe(fromUtf8.document.text);
    expect(eventCount(fromUtf16.document)).toBe(eventCount(fromUtf8.document));
    expectValidDocument(fromUtf16.document);
  });

  it("a UTF-8 byte order mark is not part of the text", async () => {
    const { document } = await extractDocument(file("bom.txt", `\ufeff${STORY}`), { published: "2021-10-10" });
    expect(document.text.startsWith("Gunmen")).toBe(true);
  });
});
