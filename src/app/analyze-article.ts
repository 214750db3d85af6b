import { createDocument, type Document, type DocumentMeta, type Pipeline, type RemovedText } from "../core/index.js";
import { SitrepError } from "../core/errors.js";
import { newsPipeline } from "../pipelines/news-pipeline.js";
import { DEFAULT_MAX_BYTES } from "../stages/ingest/heuristics.js";
import { cleanText } from "../stages/clean/clean-text.js";
import { loadCleanResources } from "../stages/clean/resources.js";
import { findStampDate } from "./find-stamp-date.js";
import { parsePublishedDate } from "./parse-published-date.js";
import { timedOutDocument } from "./timed-out-document.js";

export interface AnalyzeOptions {
  /**
   * When the analysis must stop, as a performance.now() time of this thread. It is checked between
   * stages: past it, the article comes back marked empty with ANALYSIS_TIMEOUT and the budget in the reason.
   */
  readonly deadline?: number;
  /** The budget the deadline came from, for the reason. */
  readonly timeBudgetMs?: number;
}

export interface ArticleText {
  readonly text: string;
  readonly meta?: DocumentMeta;
  /** Blocks already dropped before the text was made (HTML captions, related links). */
  readonly removed?: readonly RemovedText[];
  readonly id?: string;
}

/**
 * Runs the news pipeline on one article's text: the use case shared by the CLI, the API and
 * workers. Never throws on odd text: an article with nothing left after cleaning, or not in
 * English, comes back marked `empty` with the reason, and without layers. Throws BAD_DATE for a
 * malformed `meta.published`, and INPUT_TOO_LARGE for a text over the input size limit.
 */
export function analyzeArticle(article: ArticleText, pipeline: Pipeline = newsPipeline(), options: AnalyzeOptions = {}): Document {
  // Callers from JavaScript (API handlers, queue workers) get no type check: refuse what is not text.
  if (typeof article?.text !== "string") throw new SitrepError("BAD_ARGUMENT", `the article text must be a string, not ${article?.text === null ? "null" : typeof article?.text}`);
  // The API and workers come in without ingest's byte limit: a text over it is refused here too,
  // before any stage spends minutes on it (a UTF-16 code unit is at least one UTF-8 byte).
  if (article.text.length > DEFAULT_MAX_BYTES) {
    throw new SitrepError("INPUT_TOO_LARGE", `the text has ${article.text.length} characters, the limit is ${DEFAULT_MAX_BYTES}`);
  }
  // A caller's date is checked and normalised here too (the API and workers come in without the CLI).
  const given = article.meta?.published ? { ...article.meta, published: parsePublishedDate(article.meta.published) } : undefined;
  const meta = given ?? withStampedDate(article.text, article.meta ?? {});
  const base = createDocument(article.text, meta, article.id);
  const start: Document = article.removed?.length ? Object.freeze({ ...base, removed: [...article.removed] }) : base;
  const doc = options.deadline === undefined ? pipeline.run(start) : runWithDeadline(pipeline, start, options.deadline, options.timeBudgetMs);
  return Object.freeze({ ...doc, meta: Object.freeze(completeMeta(doc)) });
}

const warmed = new WeakSet<Pipeline>();

/**
 * Runs a pipeline once on a short text, so resources it builds lazily on its first article (the
 * gazetteer index) are not charged to the first real article's time budget. Once per pipeline.
 */
export function warmPipeline(pipeline: Pipeline = newsPipeline()): Pipeline {
  if (!warmed.has(pipeline)) {
    warmed.add(pipeline);
    analyzeArticle({ text: "Officials said on Monday that gunmen killed two soldiers in Kabul, Afghanistan.", meta: { published: "2021-10-10" } }, pipeline);
  }
  return pipeline;
}

class DeadlinePassed extends Error {
  constructor(readonly stage: string) {
    super(`deadline passed after the ${stage} stage`);
  }
}

function runWithDeadline(pipeline: Pipeline, start: Document, deadline: number, budgetMs: number | undefined): Document {
  try {
    return pipeline.runTimed(start, (stage) => {
      if (performance.now() > deadline) throw new DeadlinePassed(stage);
    });
  } catch (e) {
    if (!(e instanceof DeadlinePassed)) throw e;
    return timedOutDocument(start, `the analysis took longer than its time budget${budgetMs !== undefined ? ` of ${budgetMs} ms` : ""} (stopped after the ${e.stage} stage)`);
  }
}

export { timedOutDocument } from "./timed-out-document.js";

/**
 * Without a publication date, relative dates cannot be resolved: take it from the article's own
 * timestamp line ("This story is from March 10, 2002", "Published: 10 Oct 2021"), which the clean
 * stage would remove as boilerplate. Cleaning twice costs ~0.2 ms, and only for undated articles.
 */
function withStampedDate(text: string, meta: DocumentMeta): DocumentMeta {
  const { removed } = cleanText(text, loadCleanResources().cleanLexicon);
  const stamped = removed.filter((r) => r.reason === "timestamp").map((r) => findStampDate(r.text)).find(Boolean);
  return stamped ? { ...meta, published: stamped } : meta;
}

/** Fills what the pipeline learnt: the language, and the title when the text's first line was one. */
function completeMeta(doc: Document): DocumentMeta {
  const meta: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = { ...doc.meta };
  if (doc.empty?.code === "INPUT_UNSUPPORTED_LANGUAGE") {
    if (meta.language === "en") delete meta.language;
  } else if (!doc.empty) {
    meta.language = "en";
  }
  if (!meta.title) {
    const headline = doc.removed.find((r) => r.reason === "headline");
    if (headline) meta.title = headline.text;
  }
  return meta;
}
