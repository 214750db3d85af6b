import type { Document, Span } from "../../core/index.js";
import { analyzeArticle } from "../../app/analyze-article.js";
import { cleanText } from "../../stages/clean/clean-text.js";
import { loadCleanResources } from "../../stages/clean/resources.js";

export interface AnalysedText {
  readonly doc: Document | null;
  /** Maps a span of doc.text back to the text given. */
  readonly toCorpus: (span: Span) => Span;
  readonly failed?: string;
}

/**
 * Runs sitrep's use case (the one `sitrep extract` runs) on a corpus text and maps offsets of the
 * cleaned text back to it: cleaning is deterministic, so running it again gives the offset map.
 */
export function analyseCorpusText(text: string, id: string): AnalysedText {
  let doc: Document;
  try {
    doc = analyzeArticle({ text, id });
  } catch (e) {
    // One bad document must not stop the evaluation: it predicts nothing and is reported.
    return { doc: null, toCorpus: (s) => s, failed: e instanceof Error ? e.message : String(e) };
  }
  const cleaned = cleanText(text, loadCleanResources().cleanLexicon);
  if (cleaned.text !== doc.text) return { doc, toCorpus: (s) => s, failed: "cleaned text differs from the document's: offsets unmapped" };
  const toCorpus = (s: Span): Span => {
    const start = cleaned.toRaw(s.start);
    const end = s.end > s.start ? cleaned.toRaw(s.end - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  };
  return { doc, toCorpus };
}
