import type { Document, DocumentMeta, Pipeline } from "../core/index.js";
import { createDocument } from "../core/index.js";
import { SitrepError } from "../core/errors.js";
import { ingestRaw } from "../stages/ingest/ingest-input.js";
import type { RawInput } from "../stages/ingest/read-input.js";
import { presentDocument } from "./present/present-document.js";
import type { DocumentJson } from "./present/document-schema.js";
import { renderDocument } from "./present/document-writer.js";
import type { OutputFormat } from "./present/format-documents.js";
import { parsePublishedDate } from "./parse-published-date.js";

/**
 * One article to analyse, as it crosses to a worker thread (structured clone): the bytes already
 * read or fetched, and what the caller says about the article, which wins over the page's claims.
 */
export interface AnalysisTask {
  readonly raw: RawInput;
  /** The caller's metadata: --title/--published, or a manifest line's id, url, title and published. */
  readonly meta?: DocumentMeta;
  /** The time budget from decoding to the last stage, in ms; none when undefined. */
  readonly timeBudgetMs?: number;
  /**
   * The output the document is for (`sitrep extract`): the result then carries the document's output
   * text (RenderedDocument) instead of its JSON object, made where the analysis ran.
   */
  readonly render?: RenderSpec;
}

export interface RenderSpec {
  readonly format: OutputFormat;
  /** Several inputs: `json` is then one array of them (present/document-writer.ts). */
  readonly batch: boolean;
}

/** A document as output text (present/document-writer.ts renderDocument), with what the caller reports of it. */
export interface RenderedDocument {
  readonly text: string;
  readonly empty?: { readonly code: string; readonly reason: string };
}

export interface ExtractedDocument {
  readonly document: Document;
  /** Things the user should know about the input (e.g. a decoding fallback). */
  readonly notes: readonly string[];
}

/**
 * What a worker sends back: plain data, as SitrepErrors and Documents do not cross threads as such.
 * The document is its JSON object, or (D = RenderedDocument) its output text for a task with `render`.
 */
export type AnalysisResult<D = DocumentJson> =
  | { readonly ok: true; readonly document: D; readonly notes: readonly string[] }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      readonly detail?: string;
      /** For an exception that is not a SitrepError (a bug): the exception itself (Error types survive structured clone). */
      readonly bug?: Error;
    };

type AnalyzeArticleModule = typeof import("./analyze-article.js");
let analyzeArticleLoading: Promise<AnalyzeArticleModule> | undefined;

/**
 * The pipeline's module, imported on the first article and then kept: an `import()` per article
 * resolved the specifier again each time, which under a loader hook (tsx, in development and the
 * benchmarks) is a round trip to the hook's thread, ~0.1-0.3 ms of CPU twice an article.
 */
function analyzeArticleModule(): Promise<AnalyzeArticleModule> {
  analyzeArticleLoading ??= import("./analyze-article.js");
  return analyzeArticleLoading;
}

/**
 * Decodes, extracts and analyses one article within its time budget. Unusable input throws a
 * SitrepError; an article whose budget runs out between stages comes back marked empty with
 * ANALYSIS_TIMEOUT. The caller's metadata wins over the page's.
 */
export async function analyzeTask(task: AnalysisTask, pipeline?: Pipeline): Promise<ExtractedDocument> {
  // A malformed date is refused before any work is spent on the article.
  const published = task.meta?.published !== undefined ? parsePublishedDate(task.meta.published) : undefined;
  const budget = task.timeBudgetMs;
  let deadline: number | undefined;
  let analyze: AnalyzeArticleModule | undefined;
  if (budget !== undefined) {
    // The models and lexicons are loaded, once a process, before the clock starts: the budget is the
    // article's, not the start-up's (which takes seconds on a busy machine).
    analyze = await analyzeArticleModule();
    pipeline = analyze.warmPipeline(pipeline);
    deadline = performance.now() + budget;
  }
  const ingested = ingestRaw(task.raw);
  const meta: DocumentMeta = { ...ingested.meta, ...definedOnly(task.meta), ...(published ? { published } : {}) };
  // Loaded only once the input is known to be usable: bad input is refused without loading the models.
  const { analyzeArticle, timedOutDocument } = analyze ?? (await analyzeArticleModule());
  if (deadline !== undefined && performance.now() > deadline) {
    const start = createDocument(ingested.text, meta);
    return { document: timedOutDocument(start, `reading the input took longer than its time budget of ${budget} ms`), notes: ingested.notes };
  }
  const document = analyzeArticle({ text: ingested.text, meta, removed: ingested.removed }, pipeline, deadline === undefined ? {} : { deadline, timeBudgetMs: budget });
  return { document, notes: ingested.notes };
}

/**
 * analyzeTask with its outcome as plain data: the document JSON (or for a task with `render`, its
 * output text), or the error's code and message.
 */
export async function runAnalysisTask(task: AnalysisTask & { readonly render: RenderSpec }, pipeline?: Pipeline): Promise<AnalysisResult<RenderedDocument>>;
export async function runAnalysisTask(task: AnalysisTask, pipeline?: Pipeline): Promise<AnalysisResult>;
export async function runAnalysisTask(task: AnalysisTask, pipeline?: Pipeline): Promise<AnalysisResult<DocumentJson | RenderedDocument>> {
  try {
    const { document, notes } = await analyzeTask(task, pipeline);
    return documentResult(presentDocument(document, { notes }), notes, task.render);
  } catch (e) {
    return resultOfError(e);
  }
}

/** A finished document as a result: its JSON, or its output text when the task asks for one. */
export function documentResult(json: DocumentJson, notes: readonly string[], render: RenderSpec | undefined): AnalysisResult<DocumentJson | RenderedDocument> {
  if (!render) return { ok: true, document: json, notes };
  const rendered: RenderedDocument = { text: renderDocument(json, render.format, render.batch), ...(json.empty ? { empty: json.empty } : {}) };
  return { ok: true, document: rendered, notes };
}

export function resultOfError(e: unknown): AnalysisResult<never> {
  if (e instanceof SitrepError) return { ok: false, code: e.code, message: e.message, ...(e.detail !== undefined ? { detail: e.detail } : {}) };
  const error = e instanceof Error ? e : new Error(String(e));
  return { ok: false, code: "INTERNAL", message: error.message, bug: error };
}

function definedOnly(meta: DocumentMeta | undefined): DocumentMeta {
  if (!meta) return {};
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== null && v !== "")) as DocumentMeta;
}
