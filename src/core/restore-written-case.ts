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
  const layers: Record<string, unknown> = {};
  for (const [name, list] of Object.entries(doc.layers)) {
    layers[name] = Object.freeze((list as readonly { start: number; end: number; data: unknown }[]).map((a) => Object.freeze({ ...a, data: rewrite(a.data, a, read, written) })));
  }
  return Object.freeze({ ...rest, text: written, layers: Object.freeze(layers) as Layers });
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const isSpan = (x: unknown): x is Span => typeof x === "object" && x !== null && typeof (x as Span).start === "number" && typeof (x as Span).end === "number";

/** A copy of `value` with its copied texts written as in `written`; `span` is the nearest span around it. */
function rewrite(value: unknown, span: Span, read: string, written: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, span, read, written));
  if (typeof value !== "object" || value === null) return value;
  const o = value as Record<string, unknown>;
  const own = isSpan(o) ? o : span;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === "string" && (k === "text" || k.endsWith("Text"))) {
      const sibling = k === "text" ? undefined : o[`${k.slice(0, -"Text".length)}Span`];
      out[k] = asWritten(v, isSpan(sibling) ? sibling : own, read, written);
    } else out[k] = rewrite(v, own, read, written);
  }
  return out;
}

/** `text` with each letter taken from `written` where it was read in order inside `span` of `read`; unchanged when it was not. */
function asWritten(text: string, span: Span, read: string, written: string): string {
  if (span.start < 0 || span.end > read.length) return text;
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
