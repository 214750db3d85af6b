/**
 * The bundled example articles (examples/examples.json) into the store through the ingest use case,
 * as `npm start` (sitrep serve --examples) does for an empty store: each with its dateline and
 * address, analysed like any ingested article, so their events merge across articles like any others.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestArticles, type IngestOutcome, type IngestSummary, type SaveContext } from "../app/ingest-articles.js";
import type { DocumentMeta } from "../core/document.js";
import type { ArticleInput } from "../ingest-sources/article-inputs.js";
import { readInput } from "../stages/ingest/read-input.js";
import type { Store } from "../store/store.js";

/** examples/ at the package root: one level above src/ and dist/. */
export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples");

interface ExampleEntry {
  readonly file: string;
  readonly id?: string;
  readonly title?: string;
  readonly published?: string;
  readonly url?: string | null;
  /** The outlet to cite the article by, when it has no address to take one from. */
  readonly outlet?: string;
}

export function exampleInputs(dir: string = EXAMPLES_DIR): ArticleInput[] {
  const catalogue = JSON.parse(readFileSync(join(dir, "examples.json"), "utf8")) as { articles: ExampleEntry[] };
  return catalogue.articles.map((entry) => {
    const path = join(dir, entry.file);
    const meta: DocumentMeta = {
      ...(entry.id ? { id: entry.id } : {}),
      ...(entry.title ? { title: entry.title } : {}),
      ...(entry.published ? { published: entry.published } : {}),
      ...(entry.url ? { url: entry.url } : {}),
      ...(entry.outlet ? { siteName: entry.outlet } : {}),
    };
    return { label: `examples/${entry.file}`, meta, local: true, load: () => readInput(path) };
  });
}

export async function loadExamples(store: Store, context: SaveContext, onOutcome?: (outcome: IngestOutcome) => void, dir?: string): Promise<IngestSummary> {
  async function* inputs() {
    yield* exampleInputs(dir);
  }
  return ingestArticles(inputs(), { ...context, store, jobs: 0, ...(onOutcome ? { onOutcome } : {}) });
}
