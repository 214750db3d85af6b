import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { matchReport, summarizeEvent } from "../corpus/identity/index.js";
import type { SaveContext } from "./ingest-articles.js";

/**
 * Opens the store (--db, SITREP_DATABASE_URL, SITREP_DB or ./sitrep.db) with the cross-article
 * identity rule (src/corpus/identity): events are summarised by summarizeEvent, and a new report
 * joins the candidate event matchReport picks, or makes a new one. `asyncCommit`: see OpenStoreOptions
 * (the ingest and queue-worker commands, which write only what a re-run makes again).
 */
export async function openCorpusStore(options: { readonly db?: string; readonly pipelineVersion: string; readonly asyncCommit?: boolean }): Promise<{ store: Store; context: SaveContext & { store: Store } }> {
  const store = await openStore({ ...(options.db ? { db: options.db } : {}), summarize: summarizeEvent, ...(options.asyncCommit ? { asyncCommit: true } : {}) });
  return { store, context: { store, assign: (report, candidates) => matchReport(report, candidates), pipelineVersion: options.pipelineVersion } };
}
