import { createDocument, type Document, type DocumentMeta, type Pipeline, type RemovedText } from "../core/index.js";
import { newsPipeline } from "../pipelines/news-pipeline.js";

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
 * English, comes back marked `empty` with the reason, and without layers.
 */
export function analyzeArticle(article: ArticleText, pipeline: Pipeline = newsPipeline()): Document {
  const base = createDocument(article.text, article.meta ?? {}, article.id);
  const start: Document = article.removed?.length ? Object.freeze({ ...base, removed: [...article.removed] }) : base;
  const doc = pipeline.run(start);
  return Object.freeze({ ...doc, meta: Object.freeze(completeMeta(doc)) });
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
