import type { DocumentJson } from "./document-schema.js";
import { documentSeparator, formatDocument, type OutputFormat } from "./format-documents.js";

export interface DocumentWriter {
  /** Writes one document as soon as it is done. */
  add(doc: DocumentJson): Promise<void>;
  /** Closes the output (the JSON array's bracket): called at the end and on interruption alike. */
  end(): Promise<void>;
  readonly written: number;
}

/**
 * Output written document by document, so a batch holds nothing back and an interrupted one leaves
 * what it finished, well formed. `json` is one object for a single input and, for a batch, one JSON
 * array opened at the first document and closed by end() (`[]` when nothing was written); `jsonl`
 * is one complete line a document; table and Markdown put a separator between documents. Each
 * document is handed to `write` in one piece.
 */
export function createDocumentWriter(format: OutputFormat, batch: boolean, write: (chunk: string) => void | Promise<void>): DocumentWriter {
  let written = 0;
  let ended = false;
  const asArray = format === "json" && batch;
  return {
    get written() {
      return written;
    },
    async add(doc) {
      if (ended) return;
      let chunk: string;
      if (asArray) chunk = (written === 0 ? "[\n" : ",\n") + indent(formatDocument(doc, "json"));
      else if (format === "json") chunk = formatDocument(doc, "json") + "\n";
      else chunk = (written > 0 ? documentSeparator(format) : "") + formatDocument(doc, format);
      written++;
      await write(chunk);
    },
    async end() {
      if (ended) return;
      ended = true;
      if (asArray) await write(written === 0 ? "[]\n" : "\n]\n");
    },
  };
}

function indent(json: string): string {
  return "  " + json.replace(/\n/g, "\n  ");
}
