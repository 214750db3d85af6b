import { createRequire } from "node:module";
import type * as Htmlparser2 from "htmlparser2";

// Loaded on the first page, not at start: a plain-text run never needs the parser (htmlparser2 and
// its entity tables cost ~30-50 ms of CPU to load). Its CommonJS build, the one linkedom requires, so
// both share one copy.
const require = createRequire(import.meta.url);
let htmlparser2: typeof Htmlparser2 | undefined;

export interface MarkupSize {
  /** The deepest nesting of elements in the tree the HTML parser builds. */
  readonly depth: number;
  /** Elements (start tags the parser opens). */
  readonly elements: number;
}

/** Thrown from the parser's callback to stop it once the depth limit is passed. */
const DEPTH_PASSED = Symbol("depth passed");

/**
 * The depth and element count of the tree that linkedom will build from this markup, measured with
 * the very parser linkedom builds it with (htmlparser2, same options) in one streaming pass: the
 * depth rises on each element the parser opens and falls on each it closes, implied closes and void
 * elements included, so `<div/>` (not self-closing in HTML) deepens the tree as it does in the DOM.
 * The pass is linear in the input and stops as soon as the depth passes `depthLimit`: deep hostile
 * markup costs almost nothing, while linkedom's own parse grows with the square of the depth and
 * Readability's worse.
 */
export function measureMarkup(html: string, depthLimit = Infinity): MarkupSize {
  let depth = 0;
  let max = 0;
  let elements = 0;
  htmlparser2 ??= require("htmlparser2") as typeof Htmlparser2;
  const parser = new htmlparser2.Parser(
    {
      onopentag() {
        elements++;
        if (++depth > max) {
          max = depth;
          if (max > depthLimit) throw DEPTH_PASSED;
        }
      },
      onclosetag() {
        depth--;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  try {
    parser.write(html);
    parser.end();
  } catch (e) {
    if (e !== DEPTH_PASSED) throw e;
  }
  return { depth: max, elements };
}
