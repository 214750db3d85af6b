/**
 * Tunables of the batch use case (src/app), with their unit and the reason for their value.
 */

/**
 * Default time budget of one article, in milliseconds, from decoding its bytes to the last stage.
 * A news article takes ~10 ms of CPU and a bloated page's HTML extraction at most ~4 s (the
 * Readability element cap, see ingest heuristics): 10 s leaves room for a busy machine while a
 * hostile input cannot hold a worker for longer.
 */
export const DEFAULT_TIME_BUDGET_MS = 10_000;

/**
 * How long past its budget an article's worker thread may run before it is terminated and replaced.
 * The deadline is checked between stages, which ends a slow article with its text; the hard stop is
 * for a stage that never returns, and waits this much longer so the cooperative check goes first.
 */
export const HARD_STOP_GRACE_MS = 1_000;

/**
 * Articles read, queued or being analysed at once, per worker thread. The output is written in input
 * order, so this bounds what a slow article holds back, and so the memory of any batch: two per
 * worker keep each thread busy while the next input is read or fetched.
 */
export const IN_FLIGHT_PER_JOB = 2;

/**
 * Heap limits of a worker thread, in MB, as the benchmark's flags for a whole process (docs/benchmarks.md):
 * the pipeline keeps ~100-130 MB live; without a cap V8 lets garbage pile up to 3-4 times that. A
 * worker that still runs out is replaced, and its article reported with WORKER_FAILED. A young
 * generation of 48 MB instead of 24 was measured side by side (two one-worker batches of the same
 * 3,200 distinct news texts run at the same time, 2026-12-03): the same CPU per article (27.25 ms
 * both, on a loaded machine) and 8 MB more resident memory (310 vs 302 MB). 16 instead of 24 (2026-12-07,
 * BENCH_BATCH_ONLY bench of 4,000 distinct texts, ABBA twice against the previous commit): resident memory
 * per worker median 258 vs 268.5 MB (255-264 vs 258-270), CPU per article equal within the noise (+-3%).
 */
export const WORKER_MAX_OLD_GENERATION_MB = 256;
export const WORKER_MAX_YOUNG_GENERATION_MB = 16;

/**
 * A single input (no batch) of more bytes than this is analysed on a worker thread, where its time
 * budget also ends a stage that runs long; smaller ones run in the main thread, where the budget is
 * checked between stages, and skip the worker's start (~0.1-0.2 s of CPU). The stages are near-linear
 * (docs/robustness.md): 1 MB of news takes ~11 s of CPU, so 256 KiB takes ~3 s at most, and one stage's
 * overrun past the budget is a fraction of that.
 */
export const SINGLE_INPUT_WORKER_MIN_BYTES = 256 * 1024;

/**
 * V8's interrupt budget for the command line (src/app/tune-v8-tiering.ts): how much bytecode a function
 * runs between two of V8's checks whether to optimise it. V8's default (66 KB in Node 20's V8 11.3,
 * V8_DEFAULT_INTERRUPT_BUDGET) suits pages that run briefly; sitrep's runs are a few hundred articles
 * through a large body of code, and over the first ~1,000 articles a third of the process's CPU went
 * to TurboFan compiling it on V8's helper threads (measured per thread: 4 of 12 s for 500 articles),
 * much of it for functions that were barely warm. With four times the budget only the hot functions
 * are compiled, later: 500 IndiaPoliceEvents articles ingested into SQLite in 19% less CPU (median of
 * 4 runs each, alternated; docs/benchmarks.md), with the same per-article CPU once the code is warm.
 * Eight times (2026-12-07, `sitrep ingest` from the build on the bench's 500 IndiaPoliceEvents articles,
 * five runs each alternated with four times, medians on a loaded machine): --jobs 0 11.27 -> 10.50 s of
 * CPU, --jobs 1 12.79 -> 11.66, V8's helper threads (TurboFan, GC) 2.75 -> 1.98 and 3.09 -> 2.07 s, the
 * analysis thread of --jobs 1 unchanged (7.22 -> 7.16 s), the main thread of --jobs 0 +3%; all 1,257
 * articles 24.5 -> 23.4 s. Sixteen times saved a little more CPU but moved more onto the thread that
 * runs the analysis (+5-11%: more code left in the baseline tier), which bounds wall time with cores to spare.
 */
export const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;
export const CLI_INTERRUPT_BUDGET = 8 * V8_DEFAULT_INTERRUPT_BUDGET;

/**
 * How much bytecode TurboFan may inline into one function it optimises, for the command line
 * (src/app/tune-v8-tiering.ts): half of V8's default (920 bytes in Node 20's V8 11.3). The functions
 * that run once an article over many sentences (the events stage's extractEvents, attachPlacesAndDates,
 * the tagger's tagDocument) inlined their many small callees up to the default and took TurboFan tens
 * to hundreds of milliseconds each to compile (--trace-opt), on V8's helper threads, several times over
 * the first ~2,000 articles as they warmed or deoptimised: per 200-article pass the helper threads spent
 * 12.6, 6.4, 4.7, ... ms of CPU an article, and still 1-2 after 1,600 articles, against ~0.5 for the
 * garbage collector alone. Output does not depend on it.
 */
export const CLI_MAX_INLINED_BYTECODE_CUMULATIVE = 460;
