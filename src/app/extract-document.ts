import type { Document, Pipeline } from "../core/index.js";
import { ingestInput } from "../stages/ingest/ingest-input.js";
import type { ReadOptions } from "../stages/ingest/read-input.js";
import { parsePublishedDate } from "./parse-published-date.js";

export interface ExtractOptions extends ReadOptions {
  /** The dateline, YYYY-MM-DD; overrides the page's own date. */
  readonly published?: string;
  /** Overrides the page's title. */
  readonly title?: string;
  readonly pipeline?: Pipeline;
}

export interface ExtractedDocument {
  readonly document: Document;
  /** Things the user should know about the input (e.g. a decoding fallback). */
  readonly notes: readonly string[];
}

/**
 * Reads an article from a file, standard input ("-") or an http(s) URL and extracts its events,
 * quotes, places and dates. Unusable input throws a SitrepError with a stable code; usable input
 * with nothing to analyse comes back as a document marked empty.
 */
export async function extractDocument(input: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const published = options.published !== undefined ? parsePublishedDate(options.published) : undefined;
  const ingested = await ingestInput(input, options);
  const meta = {
    ...ingested.meta,
    ...(options.title ? { title: options.title } : {}),
    ...(published ? { published } : {}),
  };
  // Loaded only once the input is known to be usable: bad input is refused without loading the models.
  const { analyzeArticle } = await import("./analyze-article.js");
  const document = analyzeArticle({ text: ingested.text, meta, removed: ingested.removed }, options.pipeline);
  return { document, notes: ingested.notes };
}
