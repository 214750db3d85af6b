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
    // The byte length of each chunk's characters, from one decoding of the whole text (dropped after):
    // chunk bounds fall between two strings, so never inside a character.
    const whole = bytes.toString("utf8");
    let byte = Buffer.byteLength(whole.slice(0, offsets[0] ?? 0), "utf8");
    const byteStarts: number[] = [byte];
    for (let c = 0; c < chunkCount; c++) {
      const from = offsets[c << CHUNK_SHIFT]!;
      const to = offsets[Math.min((c + 1) << CHUNK_SHIFT, count)]!;
      byte += Buffer.byteLength(whole.slice(from, to), "utf8");
      byteStarts.push(byte);
    }
    this.byteStarts = byteStarts;
  }

  get(i: number): string {
    const c = i >>> CHUNK_SHIFT;
    let chunk = this.chunks[c];
    if (chunk === undefined) this.chunks[c] = chunk = this.bytes.toString("utf8", this.byteStarts[c], this.byteStarts[c + 1]);
    const base = this.offsets[c << CHUNK_SHIFT]!;
    return chunk.slice(this.offsets[i]! - base, this.offsets[i + 1]! - base);
  }
}
