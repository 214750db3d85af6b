import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createAnalysisPool } from "../../src/app/analysis-pool.js";
import { analysisWorkerHandler } from "../../src/app/analyze-worker-handler.js";
import { runAnalysisTask, type AnalysisTask } from "../../src/app/analyze-task.js";

// A worker thread's handler is made by a function (src/app/analyze-worker-handler.ts), so the CLI bundle
// can export it and its worker threads load the bundle through the code cache (analyze-worker-bundled.ts)
// instead of ~300 compiled modules one by one: the same analysis either way.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const text = readFileSync(join(ROOT, "examples/bandiagara-ambush.txt"), "utf8");
const task = (): AnalysisTask => ({ raw: { bytes: new TextEncoder().encode(text), locator: "bandiagara-ambush.txt", kind: "manifest", contentType: "text/plain" }, meta: { published: "2024-05-02" } });

/** Whether dist/ was built after the last change to src/ (as bin/sitrep.js decides whether to run it). */
function buildIsCurrent(): boolean {
  const stamp = join(ROOT, "dist/.build-stamp");
  if (!existsSync(stamp) || !existsSync(join(ROOT, "dist/bundle/cli.cjs")) || !existsSync(join(ROOT, "dist/app/analyze-worker-bundled.js"))) return false;
  const newest = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((n, e) => Math.max(n, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
  return newest(join(ROOT, "src")) <= statSync(stamp).mtimeMs;
}

describe("the analysis worker's handler", () => {
  it("analyses a task as runAnalysisTask does in the calling thread", async () => {
    const handler = analysisWorkerHandler();
    expect(await handler(task())).toEqual(await runAnalysisTask(task()));
  });

  it.runIf(buildIsCurrent())("the CLI bundle's worker entry gives the same document through the pool", async () => {
    const pool = createAnalysisPool(1, { workerFile: join(ROOT, "dist/app/analyze-worker-bundled.js") });
    try {
      expect(await pool.analyze(task())).toEqual(await runAnalysisTask(task()));
    } finally {
      await pool.close();
    }
  });
});
