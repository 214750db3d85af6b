// The CLI bundle (scripts/bundle-cli.js) with every character outside ASCII written as a \u escape.
// esbuild escapes them in string literals and templates but leaves those in regular expression
// literals (’, –, •), tagged templates' text and comments, and a single one makes V8 keep the whole
// ~2.9 MB source as a two-byte string: twice the memory, in the main thread and again in each worker
// thread that loads the bundle (V8 keeps a script's source for lazy compilation). An escape means the
// same character in a regular expression (with or without the u flag; a character outside the BMP
// becomes its two surrogate escapes, which a u-flag expression reads as one code point) and in a
// template's cooked text (what the kysely `sql` tag reads; a tag reading `.raw` would see the escape);
// a character escaped by a backslash (`\–` in a character class) loses that backslash, `\u2013` being
// its escape. A regular expression's `source` shows the escape, which means the same in an expression
// made from it. The result must compile as a CommonJS module, or it is refused.
import Module from "node:module";
import vm from "node:vm";

/** The text with its non-ASCII characters escaped, or why it cannot be. */
export function asciiOnly(text) {
  const escaped = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  try {
    new vm.Script(Module.wrap(escaped), { filename: "cli.cjs" });
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  return { text: escaped };
}
