import { SitrepError } from "../../core/errors.js";

/**
 * Reads a byte stream into memory, stopping (and destroying the stream) as soon as it passes
 * maxBytes, so a 50 MB input costs at most maxBytes of memory before it is refused.
 */
export async function readLimited(stream: AsyncIterable<Uint8Array | string> & { destroy?: (e?: Error) => void }, maxBytes: number, what?: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) {
      stream.destroy?.();
      throw new SitrepError("INPUT_TOO_LARGE", `more than ${maxBytes} bytes${what ? ` ${what}` : ""}`);
    }
    chunks.push(bytes);
  }
  return concatBytes(chunks, total);
}

function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
