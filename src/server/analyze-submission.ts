/**
 * A submitted article (text, HTML or an http(s) URL) analysed by the news pipeline and handed to the
 * store through `save` (the ingest use case in `sitrep serve`). A URL is fetched with the fetcher's
 * guards (no private or loopback addresses, size and time limits); anything else that looks like a
 * locator (a file path) is refused: the API never reads the server's files.
 */
import { analyzeTask } from "../app/analyze-task.js";
import { presentDocument } from "../app/present/present-document.js";
import type { DocumentJson } from "../app/present/document-schema.js";
import type { DocumentMeta } from "../core/document.js";
import { ERROR_CODES, SitrepError, type ErrorCode } from "../core/errors.js";
import { readInput, type RawInput } from "../stages/ingest/read-input.js";
import type { ArticleSubmission, SubmissionResult, SubmitArticle } from "./article-submission.js";

/** What saving an analysed document did, as the ingest use case reports it. */
export interface SaveOutcome {
  readonly kind: string;
  readonly articleId?: string;
}

export type SaveDocument = (document: DocumentJson, label: string) => Promise<SaveOutcome>;

export interface SubmitOptions {
  /** Per-article time budget of the analysis (ms). */
  readonly timeBudgetMs: number;
  /** Fetch time limit for a URL (ms). */
  readonly fetchTimeoutMs?: number;
}

/** Analysis time budget of one submitted article: the CLI's default (docs/errors.md, ANALYSIS_TIMEOUT). */
export const SUBMIT_TIME_BUDGET_MS = 10_000;

const HTTP_URL = /^https?:\/\//i;

export function createSubmitter(save: SaveDocument, options: SubmitOptions = { timeBudgetMs: SUBMIT_TIME_BUDGET_MS }): SubmitArticle {
  return async (submission: ArticleSubmission): Promise<SubmissionResult> => {
    const raw = await rawOf(submission, options);
    const meta: DocumentMeta = {
      ...(submission.title ? { title: submission.title } : {}),
      ...(submission.published ? { published: submission.published } : {}),
      ...(submission.sourceUrl ? { url: submission.sourceUrl } : {}),
      ...(submission.id ? { id: submission.id } : {}),
    };
    const { document, notes } = await analyzeTask({ raw, meta, timeBudgetMs: options.timeBudgetMs });
    const json = presentDocument(document, { notes });
    if (json.empty) {
      const code = (json.empty.code in ERROR_CODES ? json.empty.code : "INPUT_EMPTY") as ErrorCode;
      throw new SitrepError(code, `nothing stored: ${json.empty.reason}`);
    }
    const outcome = await save(json, submission.url ?? submission.sourceUrl ?? "api");
    if (!outcome.articleId) throw new Error(`the article was not stored (${outcome.kind})`);
    const status = outcome.kind === "exact" ? "duplicate" : outcome.kind === "near" ? "near-duplicate" : "added";
    return { articleId: outcome.articleId, status };
  };
}

async function rawOf(s: ArticleSubmission, options: SubmitOptions): Promise<RawInput> {
  if (s.url !== undefined) {
    if (!HTTP_URL.test(s.url)) throw new SitrepError("FETCH_BAD_URL", s.url.slice(0, 200));
    return readInput(s.url, { ...(options.fetchTimeoutMs ? { timeoutMs: options.fetchTimeoutMs } : {}) });
  }
  const body = s.text ?? s.html ?? "";
  return { bytes: new TextEncoder().encode(body), locator: "api", kind: "manifest", contentType: s.html !== undefined ? "text/html" : "text/plain" };
}
