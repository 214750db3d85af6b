import { createHash } from "node:crypto";

/**
 * SHA-256 of an article's cleaned text (the document's `text`), as 64 hex digits: two inputs with
 * the same cleaned text are exact duplicates, whatever their markup, URL or metadata.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
