import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { SitrepError } from "../../core/errors.js";
import type { FetchOptions } from "./fetch-url.js";
import { readLimited } from "./read-limited.js";
import { DEFAULT_MAX_BYTES } from "./heuristics.js";

/** Raw bytes of one input and what is known about them before decoding. */
export interface RawInput {
  readonly bytes: Uint8Array;
  /** Where it came from: a file path, "stdin" or the URL asked for. */
  readonly locator: string;
  readonly kind: "file" | "stdin" | "url" | "manifest";
  readonly contentType?: string;
  readonly charset?: string;
  /** The final URL after redirects (fetched input only). */
  readonly url?: string;
  /** The URL asked for (fetched input only). */
  readonly requestedUrl?: string;
  /** The server's validators of a fetched copy (ETag, Last-Modified), for a later conditional request. */
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface ReadOptions extends Omit<FetchOptions, "maxBytes"> {
  readonly maxBytes?: number;
  /** Standard input, replaceable in tests. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/** Reads a file path, "-" (standard input) or an http(s) URL, within the size limit. */
export async function readInput(input: string, options: ReadOptions = {}): Promise<RawInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input === "-") {
    const bytes = await readLimited(options.stdin ?? process.stdin, maxBytes);
    return { bytes, locator: "stdin", kind: "stdin" };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    // undici loads only for a URL (~0.1 s of CPU): files and standard input never pay for it.
    const { fetchUrl } = await import("./fetch-url.js");
    const fetched = await fetchUrl(input, { ...options, maxBytes });
    return { bytes: fetched.bytes, locator: fetched.requestedUrl, kind: "url", url: fetched.url, requestedUrl: fetched.requestedUrl, contentType: fetched.contentType, ...(fetched.charset ? { charset: fetched.charset } : {}), ...(fetched.etag ? { etag: fetched.etag } : {}), ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}) };
  }
  return { bytes: await readFileLimited(input, maxBytes), locator: input, kind: "file" };
}

/** Checks the size before reading, so an oversized file is refused without touching its content. */
async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new SitrepError("INPUT_NOT_FOUND", `${path}: ${(e as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  if (info.isDirectory()) throw new SitrepError("INPUT_NOT_FOUND", `${path} is a directory`);
  if (info.isFile() && info.size > maxBytes) throw new SitrepError("INPUT_TOO_LARGE", `${path} has ${info.size} bytes, the limit is ${maxBytes}`);
  try {
    return await readLimited(createReadStream(path), maxBytes);
  } catch (e) {
    if (e instanceof SitrepError) throw e;
    throw new SitrepError("INPUT_NOT_FOUND", `${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
