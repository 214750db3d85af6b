/**
 * A real store for the server's tests: a temporary SQLite file filled through the ingest use case
 * with the pipeline's analyses of the committed golden articles (real articles, real output, no
 * hand-made rows), plus any extra articles a test needs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveDocument, type SaveContext } from "../../../src/app/ingest-articles.js";
import { openCorpusStore } from "../../../src/app/open-corpus-store.js";
import type { DocumentJson } from "../../../src/app/present/document-schema.js";
import { extractDocument } from "../../../src/index.js";
import type { Store } from "../../../src/store/store.js";

export interface GoldenStore {
  readonly store: Store;
  readonly context: SaveContext;
  /** Each saved article's id in the store and its document, by the name it was saved under. */
  readonly articles: Map<string, { readonly id: string; readonly document: DocumentJson }>;
  add(name: string, text: string, meta: { published?: string; title?: string; url?: string }): Promise<string>;
  close(): Promise<void>;
}

const GOLDEN = join(import.meta.dirname, "..", "..", "golden");

export async function openGoldenStore(): Promise<GoldenStore> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-server-test-"));
  const { store, context } = await openCorpusStore({ db: join(dir, "sitrep.db"), pipelineVersion: "test" });
  const articles = new Map<string, { id: string; document: DocumentJson }>();
  const add = async (name: string, text: string, meta: { published?: string; title?: string; url?: string }) => {
    const document = await extractDocument({ text, meta: { source: name, ...(meta.title ? { title: meta.title } : {}), ...(meta.url ? { url: meta.url } : {}) } }, meta.published ? { published: meta.published } : {});
    const outcome = await saveDocument(document, name, context);
    if (!outcome.articleId) throw new Error(`${name}: not stored (${outcome.kind} ${outcome.code ?? ""})`);
    articles.set(name, { id: outcome.articleId, document });
    return outcome.articleId;
  };
  for (const slug of readdirSync(GOLDEN).filter((s) => !s.includes(".")).sort()) {
    const gold = JSON.parse(readFileSync(join(GOLDEN, slug, "gold.json"), "utf8")) as { published?: string };
    await add(slug, readFileSync(join(GOLDEN, slug, "article.txt"), "utf8"), gold.published ? { published: gold.published } : {});
  }
  return {
    store,
    context,
    articles,
    add,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
