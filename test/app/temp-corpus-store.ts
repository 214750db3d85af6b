/**
 * Shared set-up of the ingest tests: the committed golden articles' texts, and a temporary SQLite
 * corpus store (with files written beside it) opened before a suite's tests and removed after them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { openCorpusStore } from "../../src/app/open-corpus-store.js";
import type { Store } from "../../src/store/store.js";

export const goldenText = (name: string): string => readFileSync(new URL(`../golden/${name}/article.txt`, import.meta.url), "utf8");

export type CorpusContext = Awaited<ReturnType<typeof openCorpusStore>>["context"];

export interface TempCorpusStore {
  readonly dir: string;
  readonly store: Store;
  readonly context: CorpusContext;
}

/** Registers the suite's set-up and clean-up; the returned object is filled once the suite's beforeAll has run. */
export function useTempCorpusStore(prefix: string, files: Record<string, string> = {}): TempCorpusStore {
  const current = {} as { dir: string; store: Store; context: CorpusContext };
  beforeAll(async () => {
    current.dir = mkdtempSync(join(tmpdir(), `sitrep-${prefix}-`));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(current.dir, name), content);
    Object.assign(current, await openCorpusStore({ db: join(current.dir, "corpus.db"), pipelineVersion: "test-1" }));
  });
  afterAll(async () => {
    await current.store?.close();
    if (current.dir) rmSync(current.dir, { recursive: true, force: true });
  });
  return current;
}
