import type { DocumentJson } from "./document-schema.js";
import { documentSeparator, formatDocument, type OutputFormat } from "./format-documents.js";

export interface DocumentWriter {
  /** Writes one document as soon as it is done. */
  add(doc: DocumentJson): Promise<void>;
  /** Writes one document already rendered by renderDocument with this writer's format (on a worker thread). */
  addRendered(text: string): Promise<void>;
  /** Closes the output (the JSON array's bracket): called at the end and on interruption alike. */
  end(): Promise<void>;
  readonly written: number;
}

/**
 * One document's own text in an output: what the writer puts between its separators. A batch's
 * worker threads call it, so the main thread receives a string (copied across threads at little
 * cost) instead of the document's object graph to rebuild and serialise: it was most of the main
 * thread's work per article (bench/jobs-bench.ts).
 */
export function renderDocument(doc: DocumentJson, format: OutputFormat, batch: boolean): string {
  if (format === "json" && batch) return indent(formatDocument(doc, "json"));
  if (format === "json") return formatDocument(doc, "json") + "\n";
  return formatDocument(doc, format);
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
  const addRendered = async (text: string) => {
    if (ended) return;
    let chunk: string;
    if (asArray) chunk = (written === 0 ? "[\n" : ",\n") + text;
    else if (format === "json") chunk = text;
    else chunk = (written > 0 ? documentSeparator(format) : "") + text;
    written++;
    await write(chunk);
  };
  return {
    get written() {
      return written;
    },
    add: (doc) => addRendered(renderDocument(doc, format, batch)),
    addRendered,
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
