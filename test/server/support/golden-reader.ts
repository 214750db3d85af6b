import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDocument } from "../../../src/index.js";
import { MemoryReader } from "./memory-reader.js";

export async function goldenReader(): Promise<MemoryReader> {
  const reader = new MemoryReader();
  const root = join(import.meta.dirname, "..", "..", "golden");
  for (const slug of readdirSync(root).filter((s) => !s.includes("."))) {
    const text = readFileSync(join(root, slug, "article.txt"), "utf8");
    const gold = JSON.parse(readFileSync(join(root, slug, "gold.json"), "utf8")) as { published?: string };
    const doc = await extractDocument({ text, meta: { source: slug } }, gold.published ? { published: gold.published } : {});
    reader.add(slug, doc);
  }
  return reader;
}
