import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript build script, without types
import { asciiOnly } from "../../scripts/ascii-only.js";

const BUNDLE = new URL("../../dist/bundle/cli.cjs", import.meta.url);

/** What a script computes: the value of its last expression, as JSON. */
const run = (code: string): string => JSON.stringify(vm.runInNewContext(code));

describe("the CLI bundle written as ASCII (scripts/ascii-only.js)", () => {
  // Non-ASCII characters where esbuild leaves them: regular expressions (with and without the u flag,
  // escaped by a backslash in a character class, outside the BMP, one made from another's source), a
  // tagged template's text, comments.
  const source = [
    "// a comment – with ’ quotes",
    'const dash = /[\\-\\–\\—]/g, quote = /[’‘`´]/g, bullet = /^(?:[-–—•*·▪►])\\s/u, face = /^😀+$/u, faceOld = /^(?:😀)+$/;',
    "const tag = (s, ...v) => s.join('|') + v.join(',');",
    "const t = tag`snippet(a, '…', ${1})`;",
    "[t, 'a–b—c'.replace(dash, '-'), 'it’s ‘so’'.replace(quote, \"'\"), bullet.test('• item'), face.test('😀😀'), faceOld.test('😀😀'), new RegExp(`${dash.source}x`).test('—x')]",
  ].join("\n");

  it("escapes every character outside ASCII, and the script computes what it did", () => {
    const result = asciiOnly(source) as { text: string };
    expect(result.text).toMatch(/^[\x00-\x7f]*$/);
    expect(run(result.text)).toBe(run(source));
    expect(JSON.parse(run(source))).toEqual(["snippet(a, '…', |)1", "a-b-c", "it's 'so'", true, true, true, true]);
  });

  it("refuses a text that does not compile once escaped", () => {
    expect(asciiOnly("const = 1;")).toHaveProperty("error");
  });

  it.skipIf(!existsSync(BUNDLE))("the build's bundle is ASCII", () => {
    expect(readFileSync(BUNDLE, "latin1")).toMatch(/^[\x00-\x7f]*$/);
  });
});
