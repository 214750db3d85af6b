/**
 * Quotation runs in a text: the span from an opening quote mark to its closing mark. Straight and
 * curly double quotes are both read. A paragraph that opens a quotation without closing it goes on
 * into the next paragraph when that one opens with a quote mark (the news convention for quotes
 * running over several paragraphs); otherwise the quotation ends with its paragraph.
 */
export interface Quotation {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just past the closing mark (or the paragraph end when it was never closed). */
  readonly end: number;
  /** The words inside, without the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** Number of paragraphs the quotation spans. */
  readonly paragraphs: number;
  readonly words: number;
}

const OPEN = "“";
const CLOSE = "”";
const STRAIGHT = '"';

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let openAt = -1;
  let openWidth = 1;
  let paragraphs = 1;
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    const markStart = i;
    // Two apostrophes stand for a straight double quote in some wire copy (''It was,'' he said).
    if ((c === "'" || c === "’" || c === "‘") && text[i + 1] === c) {
      c = STRAIGHT;
      i++;
    }
    if (c === "\n") {
      if (openAt < 0) continue;
      const next = nextParagraphStart(text, i);
      if (next >= 0 && (text[next] === OPEN || text[next] === STRAIGHT)) {
        // The quotation goes on: skip the reopening mark.
        paragraphs++;
        i = next;
        continue;
      }
      push(out, text, openAt, openWidth, lastNonSpace(text, i), false, paragraphs);
      openAt = -1;
      continue;
    }
    if (c === OPEN || (c === STRAIGHT && openAt < 0)) {
      // A second opening mark inside an open quotation means the first one was never closed.
      if (openAt >= 0 && c === OPEN) push(out, text, openAt, openWidth, lastNonSpace(text, i), false, paragraphs);
      openAt = markStart;
      openWidth = i + 1 - markStart;
      paragraphs = 1;
    } else if ((c === CLOSE || c === STRAIGHT) && openAt >= 0) {
      push(out, text, openAt, openWidth, markStart, true, paragraphs, i + 1);
      openAt = -1;
    }
  }
  if (openAt >= 0) push(out, text, openAt, openWidth, lastNonSpace(text, text.length), false, paragraphs);
  return out;
}

function push(out: Quotation[], text: string, open: number, openWidth: number, close: number, closed: boolean, paragraphs: number, after = close + 1): void {
  const innerStart = open + openWidth;
  const innerEnd = Math.max(innerStart, close);
  const inner = text.slice(innerStart, innerEnd);
  if (!/\w/.test(inner)) return;
  const words = inner.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
  out.push({ start: open, end: closed ? after : innerEnd, innerStart, innerEnd, paragraphs, words });
}

function nextParagraphStart(text: string, newline: number): number {
  for (let j = newline + 1; j < text.length; j++) {
    const c = text[j]!;
    if (c !== "\n" && c !== " " && c !== "\t" && c !== "\r" && c !== "\u00a0") return j;
  }
  return -1;
}

function lastNonSpace(text: string, before: number): number {
  let j = before;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  return j;
}
