import { WINDOWS_1252 } from "../ingest/windows-1252.js";
import { compilePattern } from "../../lexicons/compile-pattern.js";

/**
 * Repairs UTF-8 text that was decoded as windows-1252 somewhere upstream ("â€™" for "’", "Ã©" for
 * "é"), a common defect of archived news (the india-police-events corpus is full of it). Only exact,
 * well-formed UTF-8 byte sequences are decoded, so real accented text is left alone.
 */

/** Character → windows-1252 byte, for the bytes 0x80-0xFF. */
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(WINDOWS_1252[b]!), b);
const CONTINUATION = [...BYTE_OF].filter(([, b]) => b >= 0x80 && b <= 0xbf).map(([c]) => c);
const LEAD = [...BYTE_OF].filter(([, b]) => b >= 0xc2 && b <= 0xf4).map(([c]) => c);
const escape = (chars: string[]) => chars.map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
const SEQUENCE = compilePattern(`[${escape(LEAD)}][${escape(CONTINUATION)}\\ufffd]{1,3}`, "gu", "clean: mojibake sequence");
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
/** The byte 0x9D (the second half of "”") is undefined in windows-1252 and often lost as U+FFFD. */
const LOST_RIGHT_QUOTE = "\u00e2\u20ac\ufffd";

export type MojibakeFix = (at: number, end: number, replacement: string) => void;

/** Returns the text with mojibake sequences decoded; reports each fix when onFix is given. */
export function repairMojibake(text: string, onFix?: MojibakeFix): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(SEQUENCE, (seq, at: number) => {
    const fixed = decodeSequence(seq);
    if (fixed === null) return seq;
    onFix?.(at, at + fixed.length, fixed.text);
    return fixed.text + seq.slice(fixed.length);
  });
}

/** Decodes the longest well-formed prefix of a candidate sequence; null when there is none. */
function decodeSequence(seq: string): { text: string; length: number } | null {
  if (seq.startsWith(LOST_RIGHT_QUOTE)) return { text: "\u201d", length: 3 };
  const lead = BYTE_OF.get(seq[0]!)!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (seq.length < need) return null;
  const bytes = new Uint8Array(need);
  for (let i = 0; i < need; i++) {
    const b = BYTE_OF.get(seq[i]!);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    return { text: STRICT_UTF8.decode(bytes), length: need };
  } catch {
    return null;
  }
}
