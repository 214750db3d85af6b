import { SitrepError } from "../../core/errors.js";
import type { DocumentJson } from "./document-schema.js";
import { presentMarkdown } from "./present-markdown.js";
import { presentTable } from "./present-table.js";
import { stripControlsDeep } from "./strip-controls.js";

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
    case "markdown":
      return docs.map((d, i) => (i > 0 ? documentSeparator(format) : "") + formatDocument(d, format)).join("");
  }
}

/**
 * One document in one format, for output written as each document is done. JSON is one object;
 * table and Markdown are for people, so escape sequences and control characters are stripped
 * (a page's title could otherwise clear or rewrite the terminal).
 */
export function formatDocument(doc: DocumentJson, format: OutputFormat, indent = 2): string {
  switch (format) {
    case "json":
      return JSON.stringify(doc, null, indent);
    case "jsonl":
      return JSON.stringify(doc) + "\n";
    case "table":
      return presentTable(stripControlsDeep(doc));
    case "markdown":
      return presentMarkdown(stripControlsDeep(doc));
  }
}

/** What goes between two documents of the same output. */
export function documentSeparator(format: OutputFormat): string {
  switch (format) {
    case "json":
      return ",\n";
    case "jsonl":
      return "";
    case "table":
      return "\n" + "=".repeat(80) + "\n\n";
    case "markdown":
      return "\n---\n\n";
  }
}
