/**
 * The ingest use case, shared by `sitrep ingest`, `sitrep watch`, `sitrep reprocess` and queue workers
 * (`sitrep work`): an analysed article goes into the store as an exact duplicate (a new URL for a
 * text already there), a near-duplicate (stored, linked to its original, its reports joined to the
 * original's events), or a new article (its reports assigned by the cross-article identity rule),
 * each in one transaction of the store.
 */
import type { DocumentJson } from "./present/document-schema.js";
import { runBatch, type BatchJob } from "./run-batch.js";
import type { AnalysisResult, AnalysisTask } from "./analyze-task.js";
import { ingestRaw } from "../stages/ingest/ingest-input.js";
import { decodeBytes } from "../stages/ingest/decode-bytes.js";
import { looksLikeHtml } from "../stages/ingest/detect-html.js";
import type { RawInput } from "../stages/ingest/read-input.js";
import { cleanText } from "../stages/clean/clean-text.js";
import { loadCleanResources } from "../stages/clean/resources.js";
import { findDuplicate, fingerprint, type TextFingerprint } from "../corpus/near-duplicates/find-duplicate.js";
import { contentHash } from "../corpus/near-duplicates/content-hash.js";
import { outletOf, reportEvents, reportQuotes } from "../corpus/report-events.js";
import type { EventReport } from "../corpus/records.js";
import type { ArticleAnalysis, AssignReports, Store } from "../store/store.js";
import type { ArticleInput } from "../ingest-sources/article-inputs.js";
import { NEAR_DUPLICATE_REPORT_MIN_JACCARD, SQLITE_SAVE_BATCH_MAX_ARTICLES } from "./ingest-heuristics.js";
import { wordsOf } from "../corpus/near-duplicates/simhash.js";
import { SaveBatcher, type SaveBatcherOptions } from "./save-batcher.js";

/** What the store needs for ingestion (a part of Store). */
export type IngestStore = Pick<Store, "findByContentHash" | "findSimhashCandidates" | "addArticleUrl" | "saveAnalysis" | "listEvents">;

export type IngestKind = "new" | "near" | "exact" | "empty" | "failed";

export interface IngestOutcome {
  readonly label: string;
  readonly kind: IngestKind;
  /** The stored article (new, near), or the one the text already was (exact). */
  readonly articleId?: string;
  /** near: the original it copies, and how many bits apart. */
  readonly duplicateOf?: string;
  readonly bits?: number;
  /** Reports stored (new, near). */
  readonly reports?: number;
  /** empty, failed: the code and message. */
  readonly code?: string;
  readonly message?: string;
}

export interface SaveContext {
  readonly store: IngestStore;
  /** The cross-article identity rule for new articles' reports. */
  readonly assign: AssignReports;
  readonly pipelineVersion: string;
}

/** The store's id of an article: from its cleaned text, so every process and every re-run agrees on it. */
export function articleIdOf(contentHash: string): string {
  return `a${contentHash.slice(0, 16)}`;
}

/** Where an article came from as the store lists it: the URL, else the input's name (file, manifest line). */
export function sourceUrlOf(doc: DocumentJson, label: string): string {
  return doc.meta.url ?? doc.meta.source ?? label;
}

/**
 * Puts one analysed document into the store. An empty document (not English, nothing left after
 * cleaning, out of time) is not stored: it has no events, and its text is no fingerprint.
 */
export async function saveDocument(doc: DocumentJson, label: string, ctx: SaveContext): Promise<IngestOutcome> {
  if (doc.empty) return { label, kind: "empty", code: doc.empty.code, message: doc.empty.reason };
  const print = fingerprint(doc.text);
  const url = sourceUrlOf(doc, label);
  const verdict = await findDuplicate(print, ctx.store);
  if (verdict.kind === "exact") {
    await ctx.store.addArticleUrl(verdict.of.id, url);
    return { label, kind: "exact", articleId: verdict.of.id };
  }
  const articleId = articleIdOf(print.contentHash);
  const duplicateOf = verdict.kind === "near" ? verdict.of.id : null;
  const analysis = analysisOf(doc, articleId, print, duplicateOf, url, ctx.pipelineVersion);
  const assign = duplicateOf ? await nearDuplicateAssign(ctx.store, duplicateOf, ctx.assign) : ctx.assign;
  await ctx.store.saveAnalysis(analysis, assign);
  // The URL list holds every URL the text came under, the first one too (saveAnalysis adds the
  // article's own URL, which is this one: a second statement for it would change nothing).
  if (analysis.article.url !== url) await ctx.store.addArticleUrl(articleId, url);
  return verdict.kind === "near"
    ? { label, kind: "near", articleId, duplicateOf: verdict.of.id, bits: verdict.bits, reports: analysis.reports.length }
    : { label, kind: "new", articleId, reports: analysis.reports.length };
}

/**
 * Saves several analysed documents in order, in one transaction of the store (Store.batch), each
 * document's writes all-or-nothing within it.
 */
export async function saveDocuments(docs: ReadonlyArray<{ readonly doc: DocumentJson; readonly label: string }>, ctx: SaveContext & { readonly store: Store }): Promise<IngestOutcome[]> {
  return ctx.store.batch(async (store) => {
    const outcomes: IngestOutcome[] = [];
    for (const { doc, label } of docs) outcomes.push(await saveDocument(doc, label, { ...ctx, store }));
    return outcomes;
  });
}

export function analysisOf(doc: DocumentJson, articleId: string, print: TextFingerprint, duplicateOf: string | null, url: string, pipelineVersion: string): ArticleAnalysis {
  return {
    article: {
      id: articleId,
      url,
      outlet: outletOf(doc.meta),
      title: doc.meta.title ?? null,
      published: doc.meta.published ?? null,
      contentHash: print.contentHash,
      simhash: print.simhash,
      duplicateOf,
      pipelineVersion,
    },
    document: doc,
    reports: reportEvents(doc, articleId, pipelineVersion),
    quotes: reportQuotes(doc, articleId),
  };
}

/**
 * The assign rule for a near-duplicate's reports: each joins the event of the original's report of
 * the same type whose evidence shares the most words (at least NEAR_DUPLICATE_REPORT_MIN_JACCARD),
 * so a re-published story adds sources to its events, not new events. A report with no such
 * counterpart (a sentence the copy rewrote or added) goes to the identity rule like any report.
 */
export async function nearDuplicateAssign(store: Pick<IngestStore, "listEvents">, originalId: string, fallback: AssignReports): Promise<AssignReports> {
  const originals: Array<{ report: EventReport; eventId: string; words: Set<string> }> = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<IngestStore["listEvents"]>> = await store.listEvents({ articleId: originalId }, "date", { limit: 200, cursor });
    for (const event of page.items) {
      for (const report of event.reports) if (report.articleId === originalId) originals.push({ report, eventId: event.id, words: new Set(wordsOf(report.evidence.text)) });
    }
    cursor = page.next;
  } while (cursor);
  return (report, candidates) => {
    const words = new Set(wordsOf(report.evidence.text));
    let best: { eventId: string; key: string; score: number } | undefined;
    for (const o of originals) {
      if (o.report.type !== report.type) continue;
      const score = jaccard(words, o.words);
      if (score >= NEAR_DUPLICATE_REPORT_MIN_JACCARD && (!best || score > best.score)) best = { eventId: o.eventId, key: o.report.key, score };
    }
    if (!best) return fallback(report, candidates);
    return {
      eventId: best.eventId,
      explanation: {
        report: report.key,
        matched: best.key,
        score: best.score,
        fields: { article: `near-duplicate of ${originalId}`, type: `same (${report.type})`, evidence: `${Math.round(best.score * 100)}% of words shared` },
        by: "near-duplicate",
      },
    };
  };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 0 : both / union;
}

/** Until the identity rule is wired in: every report makes a new event. */
export const newEventPerReport: AssignReports = () => null;

/**
 * The cleaned text of a plain-text input, computed here in the calling thread exactly as the
 * pipeline's first stages would (decode, then the clean stage), so an exact duplicate is known
 * before it is sent for analysis; undefined for HTML, whose extraction is left to the worker threads.
 */
export function cleanedTextBeforeAnalysis(raw: RawInput): string | undefined {
  if (raw.contentType !== "text/plain") {
    if (raw.contentType && raw.contentType !== "") return undefined;
    if (looksLikeHtml(decodeBytes(raw.bytes.subarray(0, 4096)).text)) return undefined;
  }
  try {
    const ingested = ingestRaw(raw);
    if (ingested.format !== "text") return undefined;
    return cleanText(ingested.text, loadCleanResources().cleanLexicon).text;
  } catch {
    // Unusable input: the analysis reports it with its code.
    return undefined;
  }
}

export interface IngestRunOptions extends SaveContext {
  readonly store: Store;
  /** Worker threads; 0 analyses in this thread. */
  readonly jobs: number;
  readonly timeBudgetMs?: number;
  readonly signal?: AbortSignal;
  /** Told of every article as it is done (once its batch is committed), in input order. */
  readonly onOutcome?: (outcome: IngestOutcome) => void;
  /** Articles a store transaction holds and how long one waits for its commit (defaults: ingest-heuristics.ts). */
  readonly saveBatch?: SaveBatcherOptions;
}

/** Counts of a run (articles by outcome, and reports stored). */
export interface IngestSummary {
  articles: number;
  new: number;
  near: number;
  exact: number;
  empty: number;
  failed: number;
  reports: number;
}

export const SUMMARY_KEYS = ["articles", "new", "near", "exact", "empty", "failed", "reports"] as const;

/** Adds one run's counts to a total. */
export function addSummary(total: IngestSummary, more: Partial<IngestSummary>): void {
  for (const key of SUMMARY_KEYS) total[key] += more[key] ?? 0;
}

/**
 * Ingests articles: each one read (files and manifest lines here, fetched pages in the batch's
 * window), a plain text already in the store recognised before analysis, the rest analysed on
 * worker threads (runBatch: time budget, memory-flat window, input order) and saved in order.
 */
export async function ingestArticles(inputs: AsyncIterable<ArticleInput>, options: IngestRunOptions): Promise<IngestSummary> {
  const counts = { articles: 0, new: 0, near: 0, exact: 0, empty: 0, failed: 0, reports: 0 };
  const record = (outcome: IngestOutcome) => {
    counts.articles++;
    counts[outcome.kind]++;
    counts.reports += outcome.reports ?? 0;
    options.onOutcome?.(outcome);
  };
  const budget = options.timeBudgetMs;
  const store = options.store;
  async function* jobs(): AsyncGenerator<BatchJob> {
    for await (const input of inputs) {
      if (options.signal?.aborted) return;
      if (input.local) {
        let raw: RawInput;
        try {
          raw = await input.load();
        } catch (e) {
          yield { label: input.label, load: () => Promise.reject(e) };
          continue;
        }
        const text = cleanedTextBeforeAnalysis(raw);
        // The content hash alone: the SimHash (most of a fingerprint's cost) is only needed when saving.
        const known = text !== undefined ? await store.findByContentHash(contentHash(text)) : undefined;
        if (known) {
          // Recognised without analysis: only the URL is new (or not even that, on a re-run).
          const url = input.meta.url ?? (raw.kind === "stdin" ? "stdin" : raw.url ?? raw.locator);
          await store.addArticleUrl(known.id, url);
          const settled: AnalysisResult = { ok: false, code: KNOWN_TEXT, message: known.id };
          yield { label: input.label, load: async () => ({ settled }) };
          continue;
        }
        yield { label: input.label, load: async () => taskOf(raw, input, budget) };
      } else {
        yield { label: input.label, load: async () => taskOf(await input.load(), input, budget) };
      }
    }
  }
  // Saved several to a transaction (src/app/save-batcher.ts), in input order.
  // SQLite's batches are larger (ingest-heuristics.ts says why); a caller's options win.
  const saveBatch = options.saveBatch ?? (store.dialect === "sqlite" ? { maxArticles: SQLITE_SAVE_BATCH_MAX_ARTICLES } : undefined);
  const batcher = new SaveBatcher(store, options, (item, ctx) => outcomeOf(item.label, item.result, ctx), record, saveBatch);
  try {
    await runBatch(jobs(), { jobs: options.jobs, ...(options.signal ? { signal: options.signal } : {}) }, (outcome) => batcher.add(outcome));
  } finally {
    // What was analysed is saved, also when the run is stopped or failed elsewhere.
    await batcher.flush();
  }
  return counts;
}

function taskOf(raw: RawInput, input: ArticleInput, timeBudgetMs: number | undefined): AnalysisTask {
  return { raw, meta: input.meta, ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}) };
}

/** The code of a job settled before analysis because the store has its text (internal, never shown). */
const KNOWN_TEXT = "KNOWN_TEXT";

async function outcomeOf(label: string, result: AnalysisResult, ctx: SaveContext): Promise<IngestOutcome> {
  if (!result.ok) {
    if (result.code === KNOWN_TEXT) return { label, kind: "exact", articleId: result.message };
    return { label, kind: "failed", code: result.code, message: result.message };
  }
  return saveDocument(result.document, label, ctx);
}
