/**
 * The strings of one UTF-8 text section of the gazetteer cache, by index: string i is the UTF-16 code
 * units offsets[i] .. offsets[i + 1] of the section's text, as `text.slice(offsets[i], offsets[i + 1])`
 * of the whole decoded text would give it.
 *
 * Why not that whole text: V8 keeps a string in two bytes a character as soon as one of its characters
 * is beyond U+00FF, and slices share their parent's storage. The name keys (2.04M characters) hold 240
 * such characters, the secondary keys (1.62M) 205: decoded whole, each took twice its size (4.1 and
 * 3.2 MB, with the entries' name column 6 MB, measured in a worker's heap snapshot). Decoded a chunk of
 * CHUNK_STRINGS strings at a time, only the chunks with such a character are two bytes a character; a
 * chunk is decoded when one of its strings is first asked for.
 */
import { isAscii } from "node:buffer";

const CHUNK_SHIFT = 6;
const CHUNK_STRINGS = 1 << CHUNK_SHIFT;

export class ChunkedText {
  private readonly chunks: (string | undefined)[];
  /** Byte offset in `bytes` where chunk c starts (and, at c + 1, ends). */
  private readonly byteStarts: number[];

  constructor(
    private readonly bytes: Buffer,
    private readonly offsets: Uint32Array,
  ) {
    const count = Math.max(0, offsets.length - 1);
    const chunkCount = Math.ceil(count / CHUNK_STRINGS);
    this.chunks = new Array<string | undefined>(chunkCount).fill(undefined);
    this.byteStarts = chunkByteStarts(bytes, offsets, count, chunkCount);
  }

  get(i: number): string {
    const c = i >>> CHUNK_SHIFT;
    let chunk = this.chunks[c];
    if (chunk === undefined) this.chunks[c] = chunk = this.bytes.toString("utf8", this.byteStarts[c], this.byteStarts[c + 1]);
    const base = this.offsets[c << CHUNK_SHIFT]!;
    return chunk.slice(this.offsets[i]! - base, this.offsets[i + 1]! - base);
  }
}

/**
 * Where each chunk's characters start in the UTF-8 bytes, without decoding the whole text: a chunk whose
 * bytes, taken as many as its UTF-16 code units, are all ASCII has exactly those bytes (one byte a
 * character); another is decoded from a window of bytes to count them (nonAsciiChunkBytes). Chunk
 * bounds fall between two strings, so never inside a character.
 */
function chunkByteStarts(bytes: Buffer, offsets: Uint32Array, count: number, chunkCount: number): number[] {
  const first = offsets[0] ?? 0;
  let byte = isAscii(bytes.subarray(0, first)) ? first : Buffer.byteLength(bytes.toString("utf8").slice(0, first), "utf8");
  const starts: number[] = [byte];
  for (let c = 0; c < chunkCount; c++) {
    const units = offsets[Math.min((c + 1) << CHUNK_SHIFT, count)]! - offsets[c << CHUNK_SHIFT]!;
    if (byte + units <= bytes.length && isAscii(bytes.subarray(byte, byte + units))) byte += units;
    else byte += nonAsciiChunkBytes(bytes, byte, units);
    starts.push(byte);
  }
  return starts;
}

/**
 * The bytes of the `units` UTF-16 code units that start at byte `at`. Decoded from a window a quarter
 * longer than one byte a unit (the names are mostly ASCII), else from one of three bytes a unit (enough
 * for any character). A window may cut its last character, which decodes as a replacement character at
 * its end: when the window gives more than `units` code units, the first `units` were decoded whole.
 */
function nonAsciiChunkBytes(bytes: Buffer, at: number, units: number): number {
  for (const width of [units + (units >> 2) + 8, 3 * units]) {
    const end = Math.min(bytes.length, at + width);
    const text = bytes.toString("utf8", at, end);
    if (text.length > units || end === bytes.length) return Buffer.byteLength(text.slice(0, units), "utf8");
  }
  throw new Error("unreachable: three bytes a UTF-16 code unit hold any text");
}
