import { createReadStream } from "node:fs";
import { SitrepError } from "../core/errors.js";
import type { DocumentMeta } from "../core/index.js";
import type { RawInput } from "../stages/ingest/read-input.js";

/**
 * One line of a manifest (JSON Lines): an article with its own metadata.
 * {"id": "a1", "url": "https://...", "title": "...", "published": "2021-10-10", "text": "..."}
 * `text` (plain text) or `html` (a page) carries the article; a line with only `url` is fetched.
 */
export interface ManifestEntry {
  /** Where the line is, "file.jsonl:12", for messages and as the document's source. */
  readonly where: string;
  readonly meta: DocumentMeta;
  /** The article's bytes when the line carries them; undefined when it must be fetched from meta.url. */
  readonly raw?: RawInput;
}

/** A line read from a manifest: its text, or the error that stopped it being read (too long). */
export interface ManifestLine {
  readonly where: string;
  readonly text?: string;
  readonly error?: SitrepError;
}

/**
 * The lines of a manifest file ("-" for standard input), read as a stream: a line longer than
 * maxLineBytes is skipped (and reported) without being held in memory, so any manifest reads in
 * flat memory. Blank lines are skipped.
 */
export async function* readManifestLines(path: string, maxLineBytes: number, stdin: AsyncIterable<Uint8Array | string> = process.stdin): AsyncGenerator<ManifestLine> {
  const name = path === "-" ? "stdin" : path;
  const stream: AsyncIterable<Uint8Array | string> = path === "-" ? stdin : openManifest(path);
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = (): ManifestLine | undefined => {
    lineNo++;
    const where = `${name}:${lineNo}`;
    const line: ManifestLine | undefined = tooLong
      ? { where, error: new SitrepError("INPUT_TOO_LARGE", `${where}: the line is longer than ${maxLineBytes} bytes`) }
      : size > 0
        ? { where, text: Buffer.concat(parts, size).toString("utf8") }
        : undefined;
    parts = [];
    size = 0;
    tooLong = false;
    return line?.text !== undefined && !/\S/.test(line.text) ? undefined : line;
  };
  try {
    for await (const chunk of stream) {
      let bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a)) {
        take(bytes.subarray(0, nl));
        const line = finish();
        if (line) yield line;
        bytes = bytes.subarray(nl + 1);
      }
      take(bytes);
    }
  } catch (e) {
    if (e instanceof SitrepError) throw e;
    throw new SitrepError("INPUT_NOT_FOUND", `${name}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const last = finish();
  if (last) yield last;

  function take(bytes: Buffer): void {
    if (tooLong || bytes.length === 0) return;
    if (size + bytes.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(Buffer.from(bytes));
    size += bytes.length;
  }
}

function openManifest(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path);
}

/** Counts a manifest file's lines for the progress bar, streaming; undefined for standard input. */
export async function countManifestLines(path: string): Promise<number | undefined> {
  if (path === "-") return undefined;
  let lines = 0;
  let last = 0x0a;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++;
      if (chunk.length) last = chunk[chunk.length - 1]!;
    }
  } catch {
    return undefined;
  }
  return last === 0x0a ? lines : lines + 1;
}

/** Reads one manifest line into an entry; a line that is not such an object is MANIFEST_INVALID. */
export function parseManifestLine(line: ManifestLine): ManifestEntry {
  if (line.error) throw line.error;
  let value: unknown;
  try {
    value = JSON.parse(line.text ?? "");
  } catch (e) {
    throw new SitrepError("MANIFEST_INVALID", `${line.where}: not JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new SitrepError("MANIFEST_INVALID", `${line.where}: not a JSON object`);
  const o = value as Record<string, unknown>;
  const field = (name: string): string | undefined => {
    const v = o[name];
    if (v === undefined || v === null) return undefined;
    if (name === "id" && typeof v === "number") return String(v);
    if (typeof v !== "string") throw new SitrepError("MANIFEST_INVALID", `${line.where}: "${name}" must be a string`);
    return v;
  };
  const [id, url, title, published, text, html] = ["id", "url", "title", "published", "text", "html"].map(field);
  if (text !== undefined && html !== undefined) throw new SitrepError("MANIFEST_INVALID", `${line.where}: give "text" or "html", not both`);
  if (text === undefined && html === undefined && url === undefined) throw new SitrepError("MANIFEST_INVALID", `${line.where}: no "text", "html" or "url"`);
  const meta: DocumentMeta = { ...(id !== undefined ? { id } : {}), ...(url !== undefined ? { url } : {}), ...(title ? { title } : {}), ...(published !== undefined ? { published } : {}) };
  const body = text ?? html;
  if (body === undefined) return { where: line.where, meta };
  const raw: RawInput = { bytes: new TextEncoder().encode(body), locator: line.where, kind: "manifest", contentType: html !== undefined ? "text/html" : "text/plain" };
  return { where: line.where, meta, raw };
}
