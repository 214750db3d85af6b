import { SitrepError } from "../../core/errors.js";

/** One MUC message: its id line, the dateline's place and date, and the text after the id line. */
export interface MucText {
  readonly id: string;
  /** The place before the dateline's comma ("SAN SALVADOR"), or null when there is no dateline. */
  readonly datelinePlace: string | null;
  /** The dateline date as YYYY-MM-DD, or null ("NO DATE", or no dateline). */
  readonly published: string | null;
  readonly body: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12,
};

/** A MUC id line: DEV-MUC3-0001, TST3-MUC4-0042, TST4-MUC4-0100 ... */
const ID_LINE = /^([A-Z0-9]+-MUC[0-9]-[0-9]{4})[ \t]*$/gm;

/**
 * "16 NOV 89" or "16 NOV 1989" as YYYY-MM-DD. Two-digit years are 19xx: the corpus is 1980s-1990s
 * newswire. Returns null for anything else, including impossible days.
 */
export function parseMucDay(s: string): string | null {
  const m = /^\s*(\d{1,2})\s+([A-Z]{3})[A-Z]*\.?\s+(\d{2}|\d{4})\s*$/i.exec(s);
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS[m[2]!.toUpperCase()];
  const year = m[3]!.length === 2 ? 1900 + Number(m[3]) : Number(m[3]);
  if (!month || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

/** The dateline "SAN SALVADOR, 18 JAN 90 (RADIO ...) -- [TEXT] ..." of a message body. */
export function readDateline(body: string): { place: string | null; published: string | null } {
  const head = body.trimStart().split("--")[0] ?? "";
  if (head.length > 200 || !body.includes("--")) return { place: null, published: null };
  const trimmed = head.trim();
  const m = /^([^,\n]+(?:\n[^,\n]+)?),([^(\n]*)/.exec(trimmed);
  // The date runs to an opening parenthesis (the source) or the end, across white space only.
  if (!m || !/^\s*(?:\(|$)/.test(trimmed.slice(m[0].length))) return { place: null, published: null };
  return { place: m[1]!.replace(/\s+/g, " ").trim(), published: parseMucDay(m[2]!.trim()) };
}

/** Splits a MUC text file into messages by their id lines. A file with no id line is a format error. */
export function readMucTexts(raw: string): MucText[] {
  const starts = [...raw.matchAll(ID_LINE)];
  if (starts.length === 0) throw new SitrepError("EVAL_FORMAT", "no MUC message id line (like TST3-MUC4-0001) found");
  return starts.map((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < starts.length ? starts[i + 1]!.index! : raw.length;
    const body = raw.slice(from, to).replace(/^\s*\n/, "").replace(/(?<!\s)\s+$/, "\n");
    const { place, published } = readDateline(body);
    return { id: m[1]!, datelinePlace: place, published, body };
  });
}
