/**
 * Tunables of ingestion into the store (src/app/ingest-*.ts), with the reason for each value.
 */

/**
 * A report of a near-duplicate joins the event of the original's report of the same type whose
 * evidence shares at least this share of words (Jaccard of word sets): the same sentence, lightly
 * edited. Below it the sentence was rewritten or is new, and the report goes to the cross-article
 * identity rule like any other.
 */
export const NEAR_DUPLICATE_REPORT_MIN_JACCARD = 0.5;

/** Job kind of an article in the store's queue (`sitrep ingest --workers`, `sitrep work`). */
export const INGEST_JOB_KIND = "ingest-article";

/**
 * How long a worker owns a claimed article before another may take it, in ms. An article takes
 * ~10-100 ms and at most the time budget (10 s) plus saving; the worker renews the lease every
 * LEASE_MS / 3 while it works, so only a dead or frozen worker loses it.
 */
export const LEASE_MS = 30_000;

/** Articles a worker claims at a time: a few, so one worker does not hold back work the others could do. */
export const CLAIM_BATCH = 4;

/** How long an idle worker waits before asking the queue again, in ms. */
export const IDLE_POLL_MS = 500;

/**
 * Analysed articles saved per store transaction by `sitrep ingest` (src/app/save-batcher.ts). A
 * commit cost ~1.5 ms of CPU an article on SQLite, a fifth of saving one; at 32 it is shared by 32.
 * On PostgreSQL a batch's transaction also holds the identity lock from its first article's identity
 * step to its commit (src/store/kysely-store.ts), so batches there stay this size.
 */
export const SAVE_BATCH_MAX_ARTICLES = 32;

/**
 * The same on SQLite, where one connection writes and no lock is shared with other workers. A commit
 * writes every page its transaction dirtied, and an event row goes into eleven indexes (the list
 * indexes of migration 0005) keyed by random event ids, so a batch of 32 articles (~150 events)
 * dirties most leaf pages of every index of a corpus of a few thousand events, and the next batch
 * writes them all again: more articles a commit share those pages. Saving 500 IndiaPoliceEvents
 * articles (bench/save-bench.ts, fresh process, alternated runs on the shared machine, medians of
 * the CPU an article): 5.31 ms at 32, 4.88 at 64, 4.68 at 128, 5.48 at 256. The batch's wait
 * (SAVE_BATCH_MAX_MS) still bounds what a killed run loses, so on one core a batch is a second of
 * analysis (60-80 articles) before it is full.
 */
export const SQLITE_SAVE_BATCH_MAX_ARTICLES = 128;

/**
 * The longest an analysed article waits for its batch's commit, in ms: an ingest killed loses at
 * most about this much analysis (never half an article), and a slow feed's articles are in the store
 * within a second of their analysis.
 */
export const SAVE_BATCH_MAX_MS = 1_000;
