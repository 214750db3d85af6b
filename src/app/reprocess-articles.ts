import type { DocumentMeta } from "../core/index.js";
import type { Store } from "../store/store.js";
import { runBatch, type BatchJob } from "./run-batch.js";
import { analysisOf, nearDuplicateAssign, type IngestOutcome, type IngestSummary, type SaveContext } from "./ingest-articles.js";
import type { Progress } from "../cli/progress.js";

export interface ReprocessOptions extends SaveContext {
  readonly jobs: number;
  readonly timeBudgetMs?: number;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: IngestOutcome) => void;
}

/**
 * Re-analyses every stored article whose pipeline version is not this one, from its stored cleaned
 * text and metadata, and saves the new analysis under the same article id: the store keeps the
 * article's fingerprints, its URLs and its link to an original, puts recurring reports back in
 * their events, and keeps analysts' corrections. Articles are listed first (ids only), so saving
 * them, which takes them out of the list, does not shift the pages.
 */
export async function reprocessArticles(store: Store, options: ReprocessOptions, progress?: Progress): Promise<IngestSummary> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store["listArticleIds"]>> = await store.listArticleIds({ notPipelineVersion: options.pipelineVersion }, { limit: 1000, cursor });
    ids.push(...page.items);
    cursor = page.next;
  } while (cursor);
  progress?.start(ids.length);
  const counts = { articles: 0, new: 0, near: 0, exact: 0, empty: 0, failed: 0, reports: 0 };
  const record = (o: IngestOutcome) => {
    counts.articles++;
    counts[o.kind]++;
    counts.reports += o.reports ?? 0;
    options.onOutcome?.(o);
  };
  const jobs = ids.map(
    (id): BatchJob => ({
      label: id,
      load: async () => {
        const document = await store.getDocument(id);
        if (!document) throw new Error(`article ${id} has no stored document`);
        const m = document.meta;
        const meta: DocumentMeta = Object.fromEntries(
          Object.entries({ id: m.id, title: m.title, url: m.url, published: m.published, source: m.source, fetchedUrl: m.fetchedUrl, finalUrl: m.finalUrl, canonicalUrl: m.canonicalUrl, siteName: m.siteName }).filter(([, v]) => typeof v === "string" && v !== ""),
        );
        return { raw: { bytes: new TextEncoder().encode(document.text), locator: m.source ?? id, kind: "manifest", contentType: "text/plain" }, meta, ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}) };
      },
    }),
  );
  await runBatch(jobs, { jobs: options.jobs, ...(options.signal ? { signal: options.signal } : {}) }, async ({ label: id, result }) => {
    if (!result.ok) return record({ label: id, kind: "failed", code: result.code, message: result.message });
    const stored = await store.getArticle(id);
    if (!stored) return record({ label: id, kind: "failed", code: "INTERNAL", message: "the article left the store during reprocessing" });
    if (result.document.empty) return record({ label: id, kind: "empty", code: result.document.empty.code, message: result.document.empty.reason });
    const previous = await store.getDocument(id);
    // The stored text was already cleaned: what the first cleaning removed stays listed.
    const document = result.document.removed.length === 0 && previous ? { ...result.document, removed: previous.removed } : result.document;
    const analysis = analysisOf(document, id, { contentHash: stored.contentHash, simhash: stored.simhash }, stored.duplicateOf, stored.url ?? id, options.pipelineVersion);
    const assign = stored.duplicateOf ? await nearDuplicateAssign(store, stored.duplicateOf, options.assign) : options.assign;
    await store.saveAnalysis(analysis, assign);
    record({ label: id, kind: stored.duplicateOf ? "near" : "new", articleId: id, reports: analysis.reports.length });
  });
  return counts;
}
