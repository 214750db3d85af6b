import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createAnalysisPool } from "../../src/app/analysis-pool.js";
import type { AnalysisTask } from "../../src/app/analyze-task.js";

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
