import { SitrepError } from "../../core/errors.js";
import { decodeWindows1252 } from "./windows-1252.js";
import { BINARY_SNIFF_BYTES, MAX_CONTROL_CHAR_RATIO, MAX_LATIN1_ODD_CHAR_RATIO, MIN_UTF16_ZERO_SHARE } from "./heuristics.js";

export interface DecodedText {
  readonly text: string;
  /** The encoding the bytes were read as. */
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | string;
  /** Set when the input was not what it claimed or not UTF-8 and was decoded by a fallback. */
  readonly note?: string;
}

/**
 * Turns input bytes into text, refusing what is not text. UTF-8 (with or without a BOM) and
 * UTF-16 with a BOM are read as such. Invalid UTF-8 is read as windows-1252 (the usual encoding
 * of old Western news pages, a superset of latin1's printable range) when the result looks like
 * text, and the fallback is noted; otherwise INPUT_NOT_UTF8.
 * A declared charset (from HTTP or a meta tag) is tried first when it is not UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, note: `input had no byte order mark; read as ${utf16.toUpperCase()}` };
  if (looksBinary(bytes)) throw new SitrepError("INPUT_BINARY", describeBinary(bytes));

  const declared = normaliseCharset(declaredCharset);
  if (declared && declared !== "utf-8") {
    try {
      const text = declared === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(declared, { fatal: true }).decode(bytes);
      return { text, encoding: declared, note: `decoded as declared charset ${declared}` };
    } catch {
      // A wrong declaration is common; fall through to UTF-8 and the fallback.
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const { replaced, otherNonAscii } = countNonAscii(lossy);
    // Mostly good UTF-8 with a few broken bytes (pasted or concatenated text): keep the UTF-8 reading.
    if (otherNonAscii > replaced * 2) {
      return { text: lossy, encoding: "utf-8", note: `input had ${replaced} invalid UTF-8 sequence(s), replaced by U+FFFD` };
    }
    const text = decodeWindows1252(bytes);
    if (oddCharRatio(text) <= MAX_LATIN1_ODD_CHAR_RATIO) {
      return { text, encoding: "windows-1252", note: "input was not valid UTF-8; decoded as windows-1252 (latin1)" };
    }
    throw new SitrepError("INPUT_NOT_UTF8", `invalid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}`);
  }
}

/**
 * UTF-16 text saved without a byte order mark (Windows "Unicode" files): mostly-ASCII text then has a
 * NUL in every other byte, which would otherwise look binary.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs >= MIN_UTF16_ZERO_SHARE && evenZero === 0) return "utf-16le";
  if (evenZero / pairs >= MIN_UTF16_ZERO_SHARE && oddZero === 0) return "utf-16be";
  return null;
}

/** NUL bytes, or many control characters, in the first bytes mean a binary file (image, PDF, archive). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / n > MAX_CONTROL_CHAR_RATIO;
}

function describeBinary(bytes: Uint8Array): string {
  const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
  return `first bytes ${head}`;
}

/** Characters that real windows-1252 prose almost never contains: C1 controls and rare symbols. */
function oddCharRatio(text: string): number {
  if (text.length === 0) return 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x80 && c <= 0x9f) || c === 0xfffd || (c >= 0xa4 && c <= 0xbe && c !== 0xab && c !== 0xbb && c !== 0xb0 && c !== 0xa9 && c !== 0xae && c !== 0xb7 && c !== 0xbd && c !== 0xbc)) odd++;
  }
  return odd / text.length;
}

function countNonAscii(text: string): { replaced: number; otherNonAscii: number } {
  let replaced = 0;
  let otherNonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) otherNonAscii++;
  }
  return { replaced, otherNonAscii };
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const strict = new TextDecoder("utf-8", { fatal: true });
  // Binary search on the longest valid prefix; a cut inside a multi-byte sequence is allowed with stream:true.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      strict.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

function normaliseCharset(charset: string | undefined): string | undefined {
  if (!charset) return undefined;
  const c = charset.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (c === "utf8" || c === "utf-8") return "utf-8";
  try {
    return new TextDecoder(c).encoding;
  } catch {
    return undefined;
  }
}
