/**
 * Text for a terminal or a Markdown viewer: a page's title, headings or captions can carry escape
 * sequences (clear the screen, rewrite the window title, hide text, fake a hyperlink) and control
 * characters. Each pattern is linear-time: the character classes of a CSI sequence are disjoint.
 */
const CSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
/** OSC (window title, hyperlinks) up to BEL or ST, or to the end when unterminated. */
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
/** Other escapes: ESC and the next character (ESC c resets the terminal). */
const OTHER_ESCAPE = /\u001b[\s\S]?/g;
/** C0 controls other than tab and newline, DEL, C1 controls, and bidirectional overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(CSI, "").replace(OSC, "").replace(OTHER_ESCAPE, "").replace(CONTROLS, "");
}

/** A copy of a JSON value with every string stripped of escape sequences and control characters. */
export function stripControlsDeep<T>(value: T): T {
  if (typeof value === "string") return stripControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => stripControlsDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripControlsDeep(v)])) as T;
  }
  return value;
}
