import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createUnzip } from "node:zlib";
import { SitrepError } from "../../core/errors.js";

/** Content-Encoding values a fetch accepts: none, gzip (and its old alias), deflate and brotli. */
const SUPPORTED = new Set(["", "identity", "gzip", "x-gzip", "deflate", "br"]);

export function isSupportedEncoding(encoding: string): boolean {
  return SUPPORTED.has(encoding);
}

/** A byte stream that can be abandoned (see readLimited). */
export type ByteStream = AsyncIterable<Uint8Array> & { destroy(): void };

/**
 * A response body decoded from its Content-Encoding, as a stream, so the size limit is applied to
 * the decoded bytes as they come (a 10 kB gzip bomb that inflates to gigabytes is stopped at the
 * limit). gzip and deflate go through zlib's unzip, which reads either header; brotli through its
 * own decoder. Corrupt compressed data is FETCH_FAILED. The caller has checked isSupportedEncoding.
 */
export function decodeContent(body: Readable, encoding: string, url: string): ByteStream {
  // Errors reach the reader through iteration; this listener only keeps an error emitted after the
  // reader has gone (an abandoned body) from being "unhandled" and killing the process.
  body.on("error", () => undefined);
  if (encoding === "" || encoding === "identity") return body as unknown as ByteStream;
  const decoder = encoding === "br" ? createBrotliDecompress() : createUnzip();
  const decoded = pipeline(body, decoder, () => undefined);
  return {
    destroy: () => decoded.destroy(),
    async *[Symbol.asyncIterator]() {
      try {
        for await (const chunk of decoded) yield chunk as Uint8Array;
      } catch (e) {
        if (isDecoderError(e)) throw new SitrepError("FETCH_FAILED", `${url}: the body is not valid ${encoding} (${(e as Error).message})`);
        throw e;
      } finally {
        decoded.destroy();
      }
    },
  };
}

/** zlib reports bad data with Z_* codes (Z_DATA_ERROR, Z_BUF_ERROR) and brotli with ERR__ERROR_FORMAT_*. */
function isDecoderError(e: unknown): boolean {
  const code = String((e as { code?: unknown })?.code ?? "");
  return code.startsWith("Z_") || code.startsWith("ERR__ERROR") || code.startsWith("ERR_BROTLI");
}
