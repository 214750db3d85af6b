import { SitrepError } from "../../core/errors.js";
import type { DocumentJson } from "./document-schema.js";
import { presentMarkdown } from "./present-markdown.js";
import { presentTable } from "./present-table.js";

export const OUTPUT_FORMATS = ["json", "jsonl", "table", "markdown"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseOutputFormat(value: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new SitrepError("BAD_ARGUMENT", `--format must be one of ${OUTPUT_FORMATS.join(", ")}, not "${value}"`);
}

/**
 * Writes documents in one output format. `json` is the document JSON itself, indented, for one
 * document, and JSON Lines for several (as OUTPUT.md says); `jsonl` is always one line a document.
 */
export function formatDocuments(docs: readonly DocumentJson[], format: OutputFormat): string {
  switch (format) {
    case "json":
      return docs.length === 1 ? JSON.stringify(docs[0], null, 2) + "\n" : formatDocuments(docs, "jsonl");
    case "jsonl":
      return docs.map((d) => JSON.stringify(d) + "\n").join("");
    case "table":
      return docs.map(presentTable).join("\n" + "=".repeat(80) + "\n\n");
    case "markdown":
      return docs.map(presentMarkdown).join("\n---\n\n");
  }
}
