/**
 * Saves analysed articles into the store several to a transaction (Store.batch), in input order.
 * A commit was the largest single cost of saving an article into SQLite (the WAL append of every page
 * the article touched, ~1.5 ms of CPU of the ~8): a batch pays it once, and pages that several of its
 * articles touch (the events table's indexes, the full-text index) are written once. Each article's
 * writes stay all-or-nothing (a savepoint each); a process killed before a batch commits loses that
 * batch whole, which a re-run of the ingest analyses again.
 *
 * A batch is committed when it holds SAVE_BATCH_MAX_ARTICLES, when its first article has waited
 * SAVE_BATCH_MAX_MS (a slow feed or a slow analysis does not keep articles unsaved), and at the end.
 * Outcomes are reported once their batch is committed.
 */
import type { AnalysisResult } from "./analyze-task.js";
import type { Store } from "../store/store.js";
import { SAVE_BATCH_MAX_ARTICLES, SAVE_BATCH_MAX_MS } from "./ingest-heuristics.js";
import type { IngestOutcome, SaveContext } from "./ingest-articles.js";

export interface PendingSave {
  readonly label: string;
  readonly result: AnalysisResult;
}

export interface SaveBatcherOptions {
  readonly maxArticles?: number;
  readonly maxMs?: number;
}

export class SaveBatcher {
  private pending: PendingSave[] = [];
  /** Batches are committed one after the other, in input order. */
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  /** A commit started by the timer that failed: thrown to the next caller. */
  private failure: { error: unknown } | undefined;
  private readonly maxArticles: number;
  private readonly maxMs: number;

  constructor(
    private readonly store: Store,
    private readonly ctx: SaveContext,
    /** Saves one article with the batch's store (or decides it without writing) and says what became of it. */
    private readonly save: (item: PendingSave, ctx: SaveContext) => Promise<IngestOutcome>,
    private readonly record: (outcome: IngestOutcome) => void,
    options: SaveBatcherOptions = {},
  ) {
    this.maxArticles = Math.max(1, options.maxArticles ?? SAVE_BATCH_MAX_ARTICLES);
    this.maxMs = options.maxMs ?? SAVE_BATCH_MAX_MS;
  }

  /** Queues an article; commits the batch when it is full (the caller waits for that commit). */
  async add(item: PendingSave): Promise<void> {
    this.throwFailure();
    this.pending.push(item);
    if (this.pending.length >= this.maxArticles) return this.flush();
    if (this.pending.length === 1) {
      this.timer = setTimeout(() => {
        this.chain = this.chain.then(() => this.commit()).catch((error: unknown) => void (this.failure ??= { error }));
      }, this.maxMs);
      this.timer.unref?.();
    }
  }

  /** Commits what is queued and waits for every commit started. */
  async flush(): Promise<void> {
    this.chain = this.chain.then(() => this.commit());
    try {
      await this.chain;
    } finally {
      this.chain = this.chain.catch(() => undefined);
    }
    this.throwFailure();
  }

  private throwFailure(): void {
    if (!this.failure) return;
    const { error } = this.failure;
    this.failure = undefined;
    throw error;
  }

  /** One transaction for the queued articles; those saved before one that throws are kept and reported, then the error goes on. */
  private async commit(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const items = this.pending;
    this.pending = [];
    if (items.length === 0) return;
    const outcomes: IngestOutcome[] = [];
    let failed: { error: unknown } | undefined;
    await this.store.batch(async (store) => {
      const ctx = { ...this.ctx, store };
      for (const item of items) {
        try {
          outcomes.push(await this.save(item, ctx));
        } catch (error) {
          failed = { error };
          return;
        }
      }
    });
    for (const outcome of outcomes) this.record(outcome);
    if (failed) throw failed.error;
  }
}
