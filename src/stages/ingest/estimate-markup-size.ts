/** Elements that never hold children, so never deepen the tree. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype"]);
/**
 * Elements whose end tag may be left out (an HTML parser closes them itself): not counted, so a page
 * of 3,000 unclosed <p> or <li> is not taken for a page 3,000 levels deep.
 */
const OPTIONAL_END = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body"]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*|!doctype)\b[^>]*?(\/?)>/gi;

export interface MarkupSize {
  /** The deepest nesting of elements (elements with an optional end tag not counted). */
  readonly depth: number;
  /** Start tags. */
  readonly elements: number;
}

/**
 * The size of markup, estimated from its tags without parsing it: the HTML parser's own time grows
 * with the square of the depth (100,000 nested divs take it 6 s, 200,000 take 70 s), so hostile
 * markup must be refused before it is parsed. Stops counting once the depth passes `depthLimit`.
 */
export function estimateMarkupSize(html: string, depthLimit = Infinity): MarkupSize {
  let depth = 0;
  let max = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!m[1]) elements++;
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[3]) continue;
    if (m[1]) {
      if (depth > 0) depth--;
    } else if (++depth > max) {
      max = depth;
      if (max > depthLimit) break;
    }
  }
  return { depth: max, elements };
}
