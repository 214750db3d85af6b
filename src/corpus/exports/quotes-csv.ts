/**
 * Quotes as CSV: who said what, for whom, in which article, one row per quote as they come.
 */
import type { QuoteRecord } from "../records.js";
import { csvLines, type CsvCell } from "./csv.js";

export const QUOTE_CSV_COLUMNS = ["speaker", "affiliation", "quote", "kind", "article", "date", "outlet", "url", "speaker_words", "cue", "quote_key"] as const;

export function quoteRow(q: QuoteRecord): CsvCell[] {
  return [
    q.speaker?.name ?? q.speakerText,
    q.affiliation,
    q.text,
    q.kind,
    q.source.title ?? q.articleId,
    q.date,
    q.source.outlet,
    q.source.url,
    q.speakerText,
    q.cue,
    q.key,
  ];
}

export function quotesCsv(quotes: AsyncIterable<QuoteRecord> | Iterable<QuoteRecord>): AsyncGenerator<string> {
  return csvLines(QUOTE_CSV_COLUMNS, quotes, quoteRow);
}
