import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createAnalysisPool } from "../../src/app/analysis-pool.js";
import type { AnalysisResult, AnalysisTask } from "../../src/app/analyze-task.js";
import { runBatch } from "../../src/app/run-batch.js";

const stuckWorker = fileURLToPath(new URL("./fixtures/stuck-worker.mjs", import.meta.url));
const task = (text: string, timeBudgetMs?: number): AnalysisTask => ({
  raw: { bytes: new TextEncoder().encode(text), locator: "t", kind: "manifest", contentType: "text/plain" },
  ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
});

describe("the analysis pool's hard stop", () => {
  it("terminates a worker stuck past its time budget, reports ANALYSIS_TIMEOUT, and goes on with a new worker", async () => {
    const pool = createAnalysisPool(1, { workerFile: stuckWorker });
    try {
      const stuck = await pool.analyze(task("STUCK in a loop", 50));
      expect(stuck).toMatchObject({ ok: false, code: "ANALYSIS_TIMEOUT" });
      // The only thread was stuck: this answer comes from its replacement.
      const next = await pool.analyze(task("an ordinary article", 50));
      expect(next).toMatchObject({ ok: true, document: { text: "an ordinary article" } });
    } finally {
      await pool.close();
    }
  });
});

describe("the hard stop's clock starts when a worker begins the task", () => {
  it("does not stop a task that waited for the only thread longer than its budget and grace", async () => {
    const pool = createAnalysisPool(1, { workerFile: stuckWorker });
    try {
      // The second task's limit (50 ms + the 1 s grace) passes while the first holds the thread for 1.5 s.
      const [slow, waited] = await Promise.all([pool.analyze(task("SLOW 1500", 60_000)), pool.analyze(task("an ordinary article", 50))]);
      expect(slow).toMatchObject({ ok: true, document: { text: "SLOW 1500" } });
      expect(waited).toMatchObject({ ok: true, document: { text: "an ordinary article" } });
    } finally {
      await pool.close();
    }
  });
});

describe("a single input over isolateFromBytes runs on a worker thread (runBatch with jobs 0)", () => {
  const outcomes = async (texts: string[], timeBudgetMs: number) => {
    const out: { label: string; result: AnalysisResult }[] = [];
    const jobs = texts.map((text, i) => ({ label: `a${i}`, load: async () => task(text, timeBudgetMs) }));
    await runBatch(jobs, { jobs: 0, isolateFromBytes: 1000, workerFile: stuckWorker }, (o) => void out.push(o));
    return out;
  };

  it("a big input stuck inside a stage is stopped by the hard stop and reported empty with ANALYSIS_TIMEOUT", async () => {
    const [big] = await outcomes([`STUCK ${"x ".repeat(1000)}`], 50);
    expect(big!.result).toMatchObject({ ok: true, document: { empty: { code: "ANALYSIS_TIMEOUT" } } });
  });

  it("a small input runs in this thread, through the real pipeline (the test worker finds no events)", async () => {
    const [small] = await outcomes(["Gunmen killed five soldiers in Kabul on Monday, officials said."], 600_000);
    expect(small!.result.ok).toBe(true);
    expect(small!.result.ok && small!.result.document.events.length).toBeGreaterThan(0);
  });
});
