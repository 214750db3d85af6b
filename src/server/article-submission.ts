/**
 * An article sent to the API for analysis, and what became of it. The server only validates and
 * hands it on: `sitrep serve` wires the analysis and the store behind `SubmitArticle`.
 */
export interface ArticleSubmission {
  /** Give exactly one of text, html and url. */
  readonly text?: string;
  readonly html?: string;
  /** An http(s) URL to fetch (with the fetcher's address and size guards). */
  readonly url?: string;
  readonly title?: string;
  /** The dateline, YYYY-MM-DD. */
  readonly published?: string;
  /** Where a given text or page came from (its address), for citing it. */
  readonly sourceUrl?: string;
  /** The caller's id for the article. */
  readonly id?: string;
}

export interface SubmissionResult {
  readonly articleId: string;
  /** added: a new article; duplicate: the same text was already stored (its id is given, nothing added). */
  readonly status: "added" | "duplicate" | "near-duplicate";
}

export type SubmitArticle = (submission: ArticleSubmission) => Promise<SubmissionResult>;
