import type { Document } from "./document.js";
import type { Layers } from "./layers.js";

/**
 * Gives a document whose stages read its text with capitals restored (Document.writtenText) its text as written: the
 * text, and every text an annotation copied from it, any field named "text" or ending in "Text" at any depth of its
 * data ("eln: national liberation army", not the "ELN: National Liberation Army" the stages read). Names the stages
 * made (an actor's name, a place's name) keep their capitals. A copied text is written back letter by letter from the
 * span it was copied from (its own start and end, its "...Span" sibling, or the annotation's), read in order, so a
 * quote's content that left out the quotation marks of its span is written back too; a text not read off its span
 * stays as it is.
 */
export function restoreWrittenCase(doc: Document): Document {
  const written = doc.writtenText;
  if (written === undefined) return doc;
  const read = doc.text;
  const { writtenText: _restored, ...rest } = doc;
  if (written === read) return Object.freeze({ ...rest });
  const restorer = new Restorer(read, written);
  const layers: Record<string, unknown> = {};
  for (const [name, list] of Object.entries(doc.layers)) {
    const annotations = list as readonly Annotated[];
    // Copied on write: an annotation whose data holds no text to write back (most of them: tokens, dates, places)
    // is kept as it is, rather than copied field by field at every depth (~4% of the pipeline's CPU over lower-case texts).
    let out: Annotated[] | undefined;
    for (let i = 0; i < annotations.length; i++) {
      const a = annotations[i]!;
      const data = restorer.rewrite(a.data, a);
      if (data === a.data && out === undefined) continue;
      out ??= annotations.slice(0, i);
      out.push(data === a.data && Object.isFrozen(a) ? a : Object.freeze({ ...a, data }));
    }
    layers[name] = out !== undefined ? Object.freeze(out) : Object.isFrozen(annotations) ? annotations : Object.freeze(annotations.slice());
  }
  return Object.freeze({ ...rest, text: written, layers: Object.freeze(layers) as Layers });
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Annotated extends Span {
  readonly data: unknown;
}

/** A key whose string value is copied text that rewrite() writes back. */
const isTextKey = (k: string): boolean => k === "text" || k.endsWith("Text");

/** Whether a plain object has a value that is an object (array or not) or a string under a text key. */
function holdsObjectOrText(o: Record<string, unknown>): boolean {
  for (const k in o) {
    const v = o[k];
    if (typeof v === "object" ? v !== null : typeof v === "string" && isTextKey(k)) return true;
  }
  return false;
}

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

const isSpan = (x: unknown): x is Span => typeof x === "object" && x !== null && typeof (x as Span).start === "number" && typeof (x as Span).end === "number";

/** Writes one document's copied texts back as written. */
class Restorer {
  /** Per offset of the text, how many letters before it were read in another case than written (a span without any has nothing to write back). */
  private readonly changedBefore: Int32Array;

  constructor(private readonly read: string, private readonly written: string) {
    const n = read.length;
    const changed = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) changed[i + 1] = changed[i]! + (read.charCodeAt(i) === written.charCodeAt(i) ? 0 : 1);
    this.changedBefore = changed;
  }

  /**
   * `value` with its copied texts written as in the written text; `span` is the nearest span around it. The value
   * itself when nothing in it changes; a copy otherwise (and for any object not a plain one or an array, as always).
   */
  rewrite(value: unknown, span: Span): unknown {
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        const w = this.rewrite(v, span);
        if (w !== v && out === undefined) out = value.slice();
        if (out !== undefined) out[i] = w;
      }
      return out ?? value;
    }
    const o = value as Record<string, unknown>;
    const proto = Object.getPrototypeOf(o);
    // A plain object with no object inside and no copied text (a token's data, most of the annotations) is kept as it
    // is: found by one pass over its keys, without the list of its keys (for-in reads V8's enum cache) or a call per
    // value (~70% of this function's CPU over lower-case texts, nearly all of it the tokens).
    if (proto === Object.prototype && !holdsObjectOrText(o)) return value;
    const own = isSpan(o) ? o : span;
    let out: Record<string, unknown> | undefined;
    if (proto !== Object.prototype && proto !== null) out = {};
    const keys = Object.keys(o);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v = o[k];
      let w: unknown;
      if (typeof v === "string" && isTextKey(k)) {
        const sibling = k === "text" ? undefined : o[`${k.slice(0, -"Text".length)}Span`];
        w = this.asWritten(v, isSpan(sibling) ? sibling : own);
      } else w = this.rewrite(v, own);
      if (w !== v && out === undefined) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = o[keys[j]!];
      }
      if (out !== undefined) out[k] = w;
    }
    return out ?? value;
  }

  /** `text` with each letter taken from the written text where it was read in order inside `span`; unchanged when it was not. */
  private asWritten(text: string, span: Span): string {
    const { read, written } = this;
    if (span.start < 0 || span.end > read.length) return text;
    // No letter of the span written in another case: whatever the reading finds, it finds the text itself.
    if (this.changedBefore[span.end]! - this.changedBefore[span.start]! === 0) return text;
    // Most copied texts are read whole where their first letter is: the reading below then takes each letter of that
    // stretch in turn, which the written text gives in one slice. (Not for a text with a character beyond U+FFFF,
    // which the reading below never finds, as it compares it with one UTF-16 unit of the text.)
    const first = text.length > 0 ? read.indexOf(text[0]!, span.start) : -1;
    if (first >= 0 && first + text.length <= span.end && read.startsWith(text, first) && !hasSurrogate(text)) return written.slice(first, first + text.length);
    let out = "";
    let j = span.start;
    for (const ch of text) {
      // Only letters changed case: other characters (and a letter the span lacks) end the reading.
      while (j < span.end && read[j] !== ch) j++;
      if (j >= span.end) return text;
      out += written[j];
      j++;
    }
    return out;
  }
}
