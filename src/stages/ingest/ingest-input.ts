import type { DocumentMeta } from "../../core/document.js";
import { SitrepError } from "../../core/errors.js";
import { decodeBytes } from "./decode-bytes.js";
import { findMetaCharset, looksLikeHtml } from "./detect-html.js";
import { extractHtml, type RemovedBlock } from "./extract-html.js";
import { readInput, type RawInput, type ReadOptions } from "./read-input.js";

/** An article's text, ready for the pipeline, with what ingest learnt and dropped on the way. */
export interface IngestedText {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly removed: readonly RemovedBlock[];
  readonly format: "html" | "text";
  /** Decoding fallbacks and other things a user should know. */
  readonly notes: readonly string[];
}

/** Reads a file, "-" or a URL and turns it into article text (HTML main text extracted). */
export async function ingestInput(input: string, options: ReadOptions = {}): Promise<IngestedText> {
  return ingestRaw(await readInput(input, options));
}

/** Decodes and extracts bytes already read; throws INPUT_EMPTY, INPUT_BINARY or INPUT_NOT_UTF8. */
export function ingestRaw(raw: RawInput): IngestedText {
  if (raw.bytes.length === 0) throw new SitrepError("INPUT_EMPTY", `${raw.locator} has no bytes`);
  const headAscii = new TextDecoder("latin1").decode(raw.bytes.subarray(0, 2048));
  const declared = raw.charset ?? (/<html|<meta/i.test(headAscii) ? findMetaCharset(headAscii) : undefined);
  const decoded = decodeBytes(raw.bytes, declared);
  const notes = decoded.note ? [decoded.note] : [];
  const source = raw.kind === "stdin" ? "stdin" : raw.locator;
  // Where the bytes came from, as sitrep saw it; what the page says of itself is kept apart below.
  const origin = raw.url ? { url: raw.url, finalUrl: raw.url, ...(raw.requestedUrl ? { fetchedUrl: raw.requestedUrl } : {}) } : {};
  const isHtml = raw.contentType === "text/plain" ? false : /html|xml/.test(raw.contentType ?? "") || looksLikeHtml(decoded.text);
  if (!isHtml) {
    if (!/[\p{L}\p{N}]/u.test(decoded.text)) throw new SitrepError("INPUT_EMPTY", `${source} has no words`);
    return { text: decoded.text, meta: { source, ...origin }, removed: [], format: "text", notes };
  }
  const article = extractHtml(decoded.text, raw.url);
  if (!/[\p{L}\p{N}]/u.test(article.text)) throw new SitrepError("INPUT_EMPTY", `no article text found in the HTML of ${source}`);
  const { language: _pageLanguage, ...pageMeta } = article.meta;
  return {
    text: article.text,
    meta: { ...pageMeta, source, ...origin },
    removed: article.removed,
    format: "html",
    notes,
  };
}
