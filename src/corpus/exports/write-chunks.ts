/**
 * Writes an export to a stream as it is produced: chunks are gathered up to a pipe's buffer, written,
 * and the next is produced only once the stream has room (backpressure), so memory stays flat at any
 * size. A reader that goes away (`sitrep export ... | head`, EPIPE) ends the export quietly: iteration
 * stops, which closes the source (a store cursor), and the caller learns it was cut short.
 */
import type { Writable } from "node:stream";
import { WRITE_CHUNK_CHARS } from "./heuristics.js";

export type WriteOutcome = "done" | "closed";

/** Errors that mean the reader is gone, not that something broke. */
const READER_GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);

export async function writeChunks(chunks: AsyncIterable<string> | Iterable<string>, out: Writable, options: { end?: boolean } = {}): Promise<WriteOutcome> {
  let gone = false;
  let failure: Error | undefined;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code && READER_GONE.has(e.code)) gone = true;
    else failure ??= e;
  };
  out.on("error", onError);
  let buffer = "";
  const flush = async (): Promise<void> => {
    if (buffer === "" || gone) return;
    const ok = out.write(buffer);
    buffer = "";
    if (!ok) await roomOrGone(out);
  };
  try {
    for await (const chunk of chunks) {
      if (failure) throw failure;
      if (gone || out.destroyed) return "closed";
      buffer += chunk;
      if (buffer.length >= WRITE_CHUNK_CHARS) await flush();
    }
    await flush();
    if (failure) throw failure;
    if (gone || out.destroyed) return "closed";
    if (options.end) await endStream(out);
    if (failure) throw failure;
    return gone ? "closed" : "done";
  } finally {
    out.off("error", onError);
    // Once the reader is gone, a late EPIPE after we stop listening must not crash the process.
    if (gone) out.on("error", () => undefined);
  }
}

function roomOrGone(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      out.off("error", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
    out.on("error", done);
  });
}

function endStream(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("finish", done);
      out.off("close", done);
      out.off("error", done);
      resolve();
    };
    out.on("finish", done);
    out.on("close", done);
    out.on("error", done);
    out.end();
  });
}
