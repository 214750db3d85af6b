import type { Document } from "../core/index.js";
import { analyzeArticle } from "../app/analyze-article.js";
import { readGoldArticle, type ArticleGold } from "./article-gold.js";
import { scoreArticle, type ArticleScore } from "./article-scorer.js";

/**
 * Analyses one gold article folder through the same use case as `sitrep extract` and scores it:
 * the seed scorer, the scorecard and the golden tests all judge what users get.
 */
export function scoreGoldArticle(folder: string): { doc: Document; gold: ArticleGold; score: ArticleScore } {
  const { text, gold } = readGoldArticle(folder);
  const doc = analyzeArticle({ text, meta: { published: gold.published, language: "en" } });
  return { doc, gold, score: scoreArticle(doc, gold) };
}
