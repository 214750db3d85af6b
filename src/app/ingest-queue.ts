import { createHash } from "node:crypto";
import type { DocumentMeta } from "../core/index.js";
import type { RawInput, ReadOptions } from "../stages/ingest/read-input.js";
import type { NewJob } from "../store/store.js";
import type { ArticleInput } from "../ingest-sources/article-inputs.js";
import { INGEST_JOB_KIND } from "./ingest-heuristics.js";

/**
 * One article in the store's job queue: everything a worker on any machine needs to ingest it. A
 * local article (a file, a manifest line, a feed item with its content) travels with its bytes; one
 * to fetch travels as its URL, fetched by the worker with the same guards.
 */
export interface IngestJobPayload {
  readonly label: string;
  readonly meta: DocumentMeta;
  /** The bytes, base64 (any encoding survives), with what is known of them. */
  readonly raw?: { readonly base64: string; readonly locator: string; readonly kind: RawInput["kind"]; readonly contentType?: string; readonly charset?: string; readonly url?: string; readonly requestedUrl?: string };
  /** The page to fetch when there are no bytes. */
  readonly fetch?: string;
  readonly read?: Pick<ReadOptions, "allowPrivate" | "timeoutMs" | "maxBytes">;
}

/**
 * The queue job of an article. Its id is a hash of where it comes from and what it is (the bytes,
 * or the URL to fetch): enqueueing the same corpus again adds no job, while the same text under
 * another name or URL is a job of its own (which ingest turns into one more URL of the article).
 */
export async function jobOf(input: ArticleInput, read: ReadOptions): Promise<NewJob<IngestJobPayload>> {
  const readOptions = { ...(read.allowPrivate ? { allowPrivate: true } : {}), ...(read.timeoutMs !== undefined ? { timeoutMs: read.timeoutMs } : {}), ...(read.maxBytes !== undefined ? { maxBytes: read.maxBytes } : {}) };
  const hash = createHash("sha256").update(input.label).update("\0").update(JSON.stringify(input.meta)).update("\0");
  let payload: IngestJobPayload;
  if (input.local) {
    const raw = await input.load();
    hash.update(raw.bytes);
    payload = {
      label: input.label,
      meta: input.meta,
      raw: {
        base64: Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength).toString("base64"),
        locator: raw.locator,
        kind: raw.kind,
        ...(raw.contentType !== undefined ? { contentType: raw.contentType } : {}),
        ...(raw.charset ? { charset: raw.charset } : {}),
        ...(raw.url ? { url: raw.url } : {}),
        ...(raw.requestedUrl ? { requestedUrl: raw.requestedUrl } : {}),
      },
      read: readOptions,
    };
  } else {
    const url = input.meta.url ?? input.label.slice(input.label.indexOf("#") + 1);
    hash.update(url);
    payload = { label: input.label, meta: input.meta, fetch: url, read: readOptions };
  }
  return { id: `ingest:${hash.digest("hex").slice(0, 32)}`, kind: INGEST_JOB_KIND, payload };
}

/** The bytes of a job, as the worker reads them. */
export function rawOfPayload(payload: IngestJobPayload): RawInput | undefined {
  const r = payload.raw;
  if (!r) return undefined;
  return {
    bytes: new Uint8Array(Buffer.from(r.base64, "base64")),
    locator: r.locator,
    kind: r.kind,
    ...(r.contentType !== undefined ? { contentType: r.contentType } : {}),
    ...(r.charset ? { charset: r.charset } : {}),
    ...(r.url ? { url: r.url } : {}),
    ...(r.requestedUrl ? { requestedUrl: r.requestedUrl } : {}),
  };
}
