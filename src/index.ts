/**
 * sitrep as a library: `import { analyzeArticle, extractDocument } from "sitrep"`.
 *
 * - `analyzeArticle` runs the news pipeline on one article given as text or HTML and returns the
 *   document: the cleaned text and its standoff annotation layers (docs/architecture.md).
 * - `extractDocument` returns the public document JSON (`sitrep.document/1`, docs/output.md), the
 *   same object `sitrep extract --format json` prints, from an article object, a file path or a URL.
 *
 * Models, lexicons and the gazetteer are loaded on the first article and kept for the process.
 * Unusable input throws a SitrepError with a stable `code` (docs/errors.md); usable input with
 * nothing to analyse comes back marked `empty`, with the reason.
 */
import { fileURLToPath } from "node:url";
import { analyzeArticle as analyzeText } from "./app/analyze-article.js";
import { extractDocument as extractFromInput, type ExtractOptions } from "./app/extract-document.js";
import { presentDocument } from "./app/present/present-document.js";
import type { DocumentJson } from "./app/present/document-schema.js";
import type { Document, DocumentMeta } from "./core/document.js";
import { SitrepError } from "./core/errors.js";
import { ingestRaw } from "./stages/ingest/ingest-input.js";

export interface ArticleInput {
  /** The article as plain text. Give `text` or `html`, not both. */
  readonly text?: string;
  /** The article as an HTML page: its main text and metadata are extracted first. */
  readonly html?: string;
  /**
   * What is known about the article; given fields win over those read from the page.
   * `published` (YYYY-MM-DD or an ISO 8601 date-time) is the dateline relative dates resolve against.
   */
  readonly meta?: DocumentMeta;
  /** The document id (default "doc1"). */
  readonly id?: string;
}

export interface ExtractDocumentOptions {
  /** The dateline, YYYY-MM-DD; overrides the page's own date. */
  readonly published?: string;
  /** Overrides the page's title. */
  readonly title?: string;
  /** Fetch from private, loopback or link-local addresses (URLs only). */
  readonly allowPrivate?: boolean;
  /** Time limit for fetching a URL, in milliseconds. */
  readonly timeoutMs?: number;
  /** Size limit of one input, in bytes (default 10 MB). */
  readonly maxBytes?: number;
}

/** The fields of ArticleInput, and those of DocumentMeta a caller may put at the top level by mistake. */
const ARTICLE_KEYS: ReadonlySet<string> = new Set(["text", "html", "meta", "id"]);
const META_KEYS: ReadonlySet<string> = new Set(["title", "url", "published", "language", "source", "siteName"]);

/**
 * Runs the news pipeline on one article (text or HTML) and returns the document with its
 * annotation layers. Synchronous; throws SitrepError (BAD_ARGUMENT, BAD_DATE, INPUT_EMPTY,
 * INPUT_TOO_LARGE...) for input it cannot use.
 */
export function analyzeArticle(input: ArticleInput): Document {
  if (input === null || typeof input !== "object") throw new SitrepError("BAD_ARGUMENT", "the article must be an object with text or html");
  // A field the article object does not have would be ignored in silence: `{ text, published }` would run undated.
  const unknown = Object.keys(input).filter((k) => !ARTICLE_KEYS.has(k));
  if (unknown.length > 0) {
    const metaKeys = unknown.filter((k) => META_KEYS.has(k));
    const hint = metaKeys.length > 0 ? `; ${metaKeys.join(", ")} ${metaKeys.length > 1 ? "go" : "goes"} in meta: { ${metaKeys.join(", ")} }` : "";
    throw new SitrepError("BAD_ARGUMENT", `the article has no field ${unknown.join(", ")} (it takes text, html, meta, id)${hint}`);
  }
  if (input.html !== undefined && input.text !== undefined) throw new SitrepError("BAD_ARGUMENT", "give the article's text or its html, not both");
  const id = input.id !== undefined ? { id: input.id } : {};
  if (input.html === undefined) return analyzeText({ text: input.text as string, ...(input.meta ? { meta: input.meta } : {}), ...id });
  if (typeof input.html !== "string") throw new SitrepError("BAD_ARGUMENT", `the article html must be a string, not ${typeof input.html}`);
  const url = input.meta?.url;
  const page = ingestRaw({
    bytes: new TextEncoder().encode(input.html),
    locator: input.meta?.source ?? url ?? "html",
    kind: "file",
    contentType: "text/html",
    ...(url ? { url } : {}),
  });
  return analyzeText({ text: page.text, meta: { ...page.meta, ...input.meta }, removed: page.removed, ...id });
}

/**
 * The public document JSON (docs/output.md) of one article: an article object (text or HTML), or a
 * file path, "-" (standard input) or an http(s) URL, read as `sitrep extract` reads them.
 */
export async function extractDocument(input: ArticleInput | string | URL, options: ExtractDocumentOptions = {}): Promise<DocumentJson> {
  if (typeof input === "string" || input instanceof URL) {
    const locator = input instanceof URL ? (input.protocol === "file:" ? fileURLToPath(input) : input.href) : input;
    const { document, notes } = await extractFromInput(locator, options satisfies ExtractOptions);
    return presentDocument(document, { notes });
  }
  const meta: DocumentMeta = {
    ...input.meta,
    ...(options.published !== undefined ? { published: options.published } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
  };
  return presentDocument(analyzeArticle({ ...input, meta }));
}

export { presentDocument };
export { DOCUMENT_SCHEMA_ID } from "./app/present/document-schema-id.js";
export type { DocumentJson, ActorJson, EntityJson, QuoteJson, PlaceJson, DateJson, EventJson } from "./app/present/document-schema.js";
export type { Document, DocumentMeta, RemovedText } from "./core/document.js";
export type { Annotation, Provenance } from "./core/annotation.js";
export type { Span } from "./core/span.js";
export type * from "./core/layers.js";
export { SitrepError, isSitrepError, ERROR_CODES, type ErrorCode } from "./core/errors.js";
