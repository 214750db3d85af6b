import { mkdtempSync, writeFileSync, truncateSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SitrepError } from "../../src/core/errors.js";
import { readInput } from "../../src/stages/ingest/read-input.js";
import { ingestInput } from "../../src/stages/ingest/ingest-input.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const codeOf = async (p: Promise<unknown>) => p.then(() => "no error", (e) => (e instanceof SitrepError ? e.code : `not a SitrepError: ${String(e)}`));

describe("readInput", () => {
  it("reads a file", async () => {
    const raw = await readInput(file("a.txt", "The Taliban met US officials."));
    expect(new TextDecoder().decode(raw.bytes)).toBe("The Taliban met US officials.");
    expect(raw).toMatchObject({ kind: "file" });
  });

  it("refuses a 50 MB file from its size, without reading it", async () => {
    const path = join(dir, "huge.txt");
    writeFileSync(path, "");
    truncateSync(path, 50 * 1024 * 1024); // sparse: no 50 MB is ever written or read
    expect(await codeOf(readInput(path))).toBe("INPUT_TOO_LARGE");
  });

  it("honours a lower --max-bytes", async () => {
    expect(await codeOf(readInput(file("b.txt", "x".repeat(2000)), { maxBytes: 1000 }))).toBe("INPUT_TOO_LARGE");
  });

  it("reports a missing file or a directory as INPUT_NOT_FOUND", async () => {
    expect(await codeOf(readInput(join(dir, "nope.txt")))).toBe("INPUT_NOT_FOUND");
    mkdirSync(join(dir, "folder"));
    expect(await codeOf(readInput(join(dir, "folder")))).toBe("INPUT_NOT_FOUND");
  });

  it("reads standard input for -", async () => {
    async function* stdin() {
      yield new TextEncoder().encode("Kabul ");
      yield "Doha";
    }
    const raw = await readInput("-", { stdin: stdin() });
    expect(new TextDecoder().decode(raw.bytes)).toBe("Kabul Doha");
    expect(raw.locator).toBe("stdin");
  });

  it("stops reading standard input as soon as it passes the limit", async () => {
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced++;
        yield new Uint8Array(1024 * 1024);
      }
    }
    expect(await codeOf(readInput("-", { stdin: endless(), maxBytes: 10 * 1024 * 1024 }))).toBe("INPUT_TOO_LARGE");
    expect(produced).toBeLessThanOrEqual(11);
  });

  it("refuses URLs that are not http(s)", async () => {
    expect(await codeOf(readInput("ftp://example.com/a.txt"))).toBe("FETCH_BAD_URL");
    expect(await codeOf(readInput("file:///etc/passwd"))).toBe("FETCH_BAD_URL");
  });
});

describe("ingestInput: bad input gets a clear code", () => {
  it.each([
    ["an empty file", "", "INPUT_EMPTY"],
    ["a file of white space", " \n\t\n ", "INPUT_EMPTY"],
    ["an HTML page without text", "<html><head><title>x</title></head><body><div><img src=a.png></div></body></html>", "INPUT_EMPTY"],
    ["a binary file", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]), "INPUT_BINARY"],
  ])("%s", async (_name, content, code) => {
    expect(await codeOf(ingestInput(file(`bad-${code}-${Math.random()}.txt`, content)))).toBe(code);
  });

  it("decodes a windows-1252 file and notes it", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Officials in Bogot"), 0xe1, ...new TextEncoder().encode(" said the talks had ended.")]);
    const out = await ingestInput(file("latin1.txt", bytes));
    expect(out.text).toBe("Officials in Bogotá said the talks had ended.");
    expect(out.notes[0]).toMatch(/windows-1252/);
  });

  it("reads an HTML page in the charset its <meta> tag declares", async () => {
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1252"><title>Bogot');
    const rest = new TextEncoder().encode("</title></head><body><p>Police arrested two men in Bogot\u00e1 on Sunday after a bomb exploded outside a bank.</p><p>Both were charged.</p></body></html>".replace("\u00e1", "@"));
    const bytes = new Uint8Array([...head, 0xe1, ...rest].map((b) => (b === 0x40 ? 0xe1 : b)));
    const out = await ingestInput(file("page-1252.html", bytes));
    expect(out.format).toBe("html");
    expect(out.meta.title).toBe("Bogotá");
    expect(out.text).toContain("Police arrested two men in Bogotá on Sunday");
  });

  it("passes plain text through unchanged and names its source", async () => {
    const path = file("plain.txt", "Line one.\n\nLine two.");
    const out = await ingestInput(path);
    expect(out).toMatchObject({ text: "Line one.\n\nLine two.", format: "text", meta: { source: path } });
  });
});
