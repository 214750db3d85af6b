import { describe, expect, it } from "vitest";
import { SitrepError } from "../../src/core/errors.js";
import { decodeBytes, looksBinary } from "../../src/stages/ingest/decode-bytes.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof SitrepError ? e.code : `not a SitrepError: ${String(e)}`;
  }
  return "no error";
};

describe("decodeBytes", () => {
  it("reads UTF-8, dropping a byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Muttaqi’s remarks")]);
    expect(decodeBytes(bytes)).toEqual({ text: "Muttaqi’s remarks", encoding: "utf-8" });
  });

  it("reads UTF-16 with a byte order mark", () => {
    const text = "Kabul – Doha";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeBytes(bytes).text).toBe(text);
  });

  it("reads UTF-16LE without a byte order mark instead of calling it binary", () => {
    const text = "The Taliban met US officials in Doha.";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[2 * i] = text.charCodeAt(i);
    expect(decodeBytes(bytes)).toMatchObject({ text, encoding: "utf-16le" });
  });

  it("decodes invalid UTF-8 as windows-1252 when it reads as text, and says so", () => {
    // "café “news”" in windows-1252: é = E9, curly quotes = 93/94.
    const bytes = new Uint8Array([...utf8("The caf"), 0xe9, ...utf8(" said "), 0x93, ...utf8("no"), 0x94, ...utf8(" on Friday.")]);
    const out = decodeBytes(bytes);
    expect(out.text).toBe("The café said “no” on Friday.");
    expect(out.encoding).toBe("windows-1252");
    expect(out.note).toMatch(/windows-1252/);
  });

  it("keeps a UTF-8 reading when only a stray byte is broken", () => {
    const bytes = new Uint8Array([...utf8("“Good for everyone,” he said in Doha – Qatar’s capital – "), 0xff, ...utf8(" on Friday.")]);
    const out = decodeBytes(bytes);
    expect(out.encoding).toBe("utf-8");
    expect(out.text).toContain("“Good for everyone,”");
    expect(out.note).toMatch(/1 invalid/);
  });

  it("refuses bytes that are neither UTF-8 nor sensible windows-1252", () => {
    const junk = new Uint8Array(400);
    for (let i = 0; i < junk.length; i++) junk[i] = i % 2 ? 0x81 : 0x8d; // undefined windows-1252 bytes
    expect(codeOf(() => decodeBytes(junk))).toBe("INPUT_NOT_UTF8");
  });

  it("refuses binary input with NUL bytes (a PNG)", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(codeOf(() => decodeBytes(png))).toBe("INPUT_BINARY");
  });

  it("refuses input that is mostly control characters", () => {
    const bytes = new Uint8Array(100).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01));
    expect(looksBinary(bytes)).toBe(true);
  });

  it("does not call text with tabs, form feeds and line breaks binary", () => {
    expect(looksBinary(utf8("a\tb\r\nc\fd\n"))).toBe(false);
  });

  it("honours a declared charset", () => {
    const bytes = new Uint8Array([...utf8("Z"), 0xfc, ...utf8("rich")]);
    expect(decodeBytes(bytes, "iso-8859-1").text).toBe("Zürich");
  });
});
