import type { Pipeline } from "../core/index.js";
import { readInput, type ReadOptions } from "../stages/ingest/read-input.js";
import { analyzeTask, type ExtractedDocument } from "./analyze-task.js";
import { parsePublishedDate } from "./parse-published-date.js";

export type { ExtractedDocument } from "./analyze-task.js";

export interface ExtractOptions extends ReadOptions {
  /** The dateline, YYYY-MM-DD; overrides the page's own date. */
  readonly published?: string;
  /** Overrides the page's title. */
  readonly title?: string;
  /** Time budget of the analysis in ms (checked between stages); none by default. */
  readonly timeBudgetMs?: number;
  readonly pipeline?: Pipeline;
}

/**
 * Reads an article from a file, standard input ("-") or an http(s) URL and extracts its events,
 * quotes, places and dates. Unusable input throws a SitrepError with a stable code; usable input
 * with nothing to analyse comes back as a document marked empty.
 */
export async function extractDocument(input: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  // Checked before the input is read: a bad date is the caller's mistake, whatever the input.
  if (options.published !== undefined) parsePublishedDate(options.published);
  const raw = await readInput(input, options);
  const meta = { ...(options.title ? { title: options.title } : {}), ...(options.published !== undefined ? { published: options.published } : {}) };
  return analyzeTask({ raw, meta, ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}) }, options.pipeline);
}
