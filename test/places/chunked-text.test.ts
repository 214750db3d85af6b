import { describe, expect, it } from "vitest";
import { ChunkedText } from "../../src/stages/places/chunked-text.js";

/** The joined text and UTF-16 offsets of `strings`, as the gazetteer cache writes a text section. */
function section(strings: readonly string[]): { bytes: Buffer; offsets: Uint32Array } {
  const offsets = new Uint32Array(strings.length + 1);
  for (let i = 0; i < strings.length; i++) offsets[i + 1] = offsets[i]! + strings[i]!.length;
  return { bytes: Buffer.from(strings.join(""), "utf8"), offsets };
}

describe("ChunkedText", () => {
  it("gives each string as the slice of the whole decoded text would, across chunks and character widths", () => {
    // More than one chunk (64 strings each), with Latin-1 letters, characters beyond U+00FF and one beyond the BMP,
    // some in the first chunk only, and empty strings.
    const strings: string[] = [];
    for (let i = 0; i < 300; i++) {
      if (i % 97 === 5) strings.push(`bấc giang ${i}`);
      else if (i === 130) strings.push("𝔸thens");
      else if (i % 50 === 7) strings.push("");
      else strings.push(i % 3 === 0 ? `sant julià ${i}` : `kabul ${i}`);
    }
    const { bytes, offsets } = section(strings);
    const text = new ChunkedText(bytes, offsets);
    // Asked for out of order: chunks are decoded as their strings are first asked for.
    for (let i = strings.length - 1; i >= 0; i -= 7) expect(text.get(i)).toBe(strings[i]);
    for (let i = 0; i < strings.length; i++) expect(text.get(i)).toBe(strings[i]);
  });

  it("finds the bytes of chunks written mostly in characters of three and four bytes", () => {
    // Whole chunks of CJK names and of characters beyond the BMP: more bytes than a window a quarter longer than their code units.
    const strings: string[] = [];
    for (let i = 0; i < 200; i++) strings.push(i < 70 ? `東京都${i}` : i < 140 ? `𝔸𝔹${i}` : `kabul ${i}`);
    const { bytes, offsets } = section(strings);
    const text = new ChunkedText(bytes, offsets);
    for (let i = 0; i < strings.length; i++) expect(text.get(i)).toBe(strings[i]);
  });

  it("reads a section with no strings", () => {
    const { bytes, offsets } = section([]);
    expect(() => new ChunkedText(bytes, offsets)).not.toThrow();
  });
});
