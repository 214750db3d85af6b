/**
 * Builds a text from pieces of a raw text and remembers where each piece came from, so an offset in
 * the cleaned text can be mapped back to the raw input (for scorers whose gold offsets are raw).
 */
export class OffsetMapBuilder {
  private readonly parts: string[] = [];
  /** Parallel arrays: clean offset, raw offset, and whether the piece is a verbatim copy. */
  private readonly cleanStarts: number[] = [];
  private readonly rawStarts: number[] = [];
  private readonly verbatim: boolean[] = [];
  private length = 0;

  constructor(private readonly raw: string) {}

  get size(): number {
    return this.length;
  }

  /** Appends raw[start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.push(this.raw.slice(start, end), start, true);
  }

  /** Appends a replacement string standing for the raw text at rawAt. */
  insert(text: string, rawAt: number): void {
    if (text) this.push(text, rawAt, false);
  }

  build(): { text: string; toRaw: (offset: number) => number } {
    const text = this.parts.join("");
    const { cleanStarts, rawStarts, verbatim } = this;
    const rawLength = this.raw.length;
    return {
      text,
      toRaw(offset: number): number {
        if (cleanStarts.length === 0) return 0;
        let lo = 0;
        let hi = cleanStarts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (cleanStarts[mid]! <= offset) lo = mid;
          else hi = mid - 1;
        }
        const delta = offset - cleanStarts[lo]!;
        return Math.min(rawLength, verbatim[lo] ? rawStarts[lo]! + delta : rawStarts[lo]!);
      },
    };
  }

  private push(text: string, rawAt: number, isVerbatim: boolean): void {
    this.parts.push(text);
    this.cleanStarts.push(this.length);
    this.rawStarts.push(rawAt);
    this.verbatim.push(isVerbatim);
    this.length += text.length;
  }
}
