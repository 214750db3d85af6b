import { SitrepError } from "../../core/errors.js";

/**
 * One filler of a slot, as one line of the key: alternatives separated by "/" (each alternative
 * may itself be a parenthesised group), an optional cross-reference after ": " for set fills
 * ('DEATH: "JESUITS"'), and "?" in front when the key marks the filler optional.
 */
export interface KeyFiller {
  readonly alternatives: readonly string[];
  /** For set fills with a cross-reference ('CIVILIAN: "JESUITS"'), the referenced strings. */
  readonly refs: readonly string[];
  readonly optional: boolean;
}

export interface KeyTemplate {
  readonly messageId: string;
  /** The template number, or null for "*": the message has no relevant incident. */
  readonly number: number | null;
  /** "(OPTIONAL)" after the number: a system is neither rewarded nor punished much for it. */
  readonly optional: boolean;
  /** Slot number (0..24) → its fillers, one per key line; empty when the slot is "-" or "*". */
  readonly slots: ReadonlyMap<number, readonly KeyFiller[]>;
}

/** The 25 MUC-4 slot numbers used by the scorer. */
export const SLOT = {
  id: 0,
  template: 1,
  date: 2,
  location: 3,
  type: 4,
  perpIndividual: 9,
  perpOrganization: 10,
  physTargetId: 12,
  humTargetName: 18,
  humTargetDescription: 19,
  humTargetNumber: 21,
  humTargetEffect: 23,
} as const;

/** "3.  INCIDENT: DATE   - 19 APR 89": the slot number, and the rest after the slot's name. */
const SLOT_HEAD = /^(\d{1,2})\.\s+[A-Z][A-Z ]*:\s/;

/**
 * A slot line's number and value. The slot's name may go on after its colon in capitals
 * ("INCIDENT: DATE"), up to two spaces or the end of the line; the value follows. Code, not one
 * regex: a lazy name before a look-ahead and `\s*(.*)$` backtrack quadratically.
 */
function parseSlotLine(line: string): { slot: number; value: string } | null {
  const head = SLOT_HEAD.exec(line);
  if (!head) return null;
  const rest = line.slice(head[0].length);
  if (/[\n\r\u2028\u2029]/.test(rest)) return null;
  for (let k = 0; k <= rest.length; k++) {
    if (k === rest.length || /^\s{2}/.test(rest.slice(k, k + 2))) return { slot: Number(head[1]), value: rest.slice(k).trim() };
    if (!/[A-Z ]/.test(rest[k]!)) return null;
  }
  return null;
}

/** Splits on "/" outside double quotes and parentheses. */
export function splitAlternatives(s: string): string[] {
  const out: string[] = [];
  let depth = 0, quoted = false, cur = "";
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth = Math.max(0, depth - 1);
    if (ch === "/" && !quoted && depth === 0) { out.push(cur.trim()); cur = ""; } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter((a) => a !== "");
}

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/\\"/g, '"') : t;
}

/** Strips one pair of enclosing parentheses: "(HONDURAS: TEGUCIGALPA (CITY))" → "HONDURAS: TEGUCIGALPA (CITY)". */
function unwrap(s: string): string {
  const t = s.trim();
  if (!t.startsWith("(") || !t.endsWith(")")) return t;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === "(") depth++;
    else if (t[i] === ")") depth--;
    if (depth === 0 && i < t.length - 1) return t; // the first group closes early: "(A) B (C)"
  }
  return t.slice(1, -1).trim();
}

/**
 * One key line as a filler. A set fill with a cross-reference ('DEATH: "JESUITS"', 'PLURAL: "X"')
 * keeps the set value as alternatives and the quoted strings after ": " as refs; a string fill
 * ('"FORMER DEFENSE MINISTER": "ENRIQUE LOPEZ"') keeps the description and refs to the name.
 */
export function parseFiller(line: string): KeyFiller | null {
  let t = line.trim();
  if (t === "" || t === "-" || t === "*") return null;
  const optional = t.startsWith("?");
  if (optional) t = t.slice(1).trim();
  // The cross-reference is the part after the last ": " that is outside quotes and followed by a quote.
  let refsPart = "";
  let quoted = false, depth = 0, cut = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0 && ch === ":" && /^\s*"/.test(t.slice(i + 1))) cut = i;
  }
  if (cut >= 0) {
    refsPart = t.slice(cut + 1);
    t = t.slice(0, cut);
  }
  const alternatives = splitAlternatives(t).map((a) => unquote(unwrap(a))).filter((a) => a !== "" && a !== "-");
  const refs = refsPart ? splitAlternatives(refsPart).map((a) => unquote(a)).filter((a) => a !== "" && a !== "-") : [];
  if (alternatives.length === 0) return null;
  return { alternatives, refs, optional };
}

/**
 * Reads a MUC-3/4 answer key: templates separated by "0.  MESSAGE: ID" lines; each slot line is
 * "<n>.  <SLOT NAME>  <value>", and value lines without a slot number continue the slot above
 * (one filler per line). Unknown lines are ignored; a key with no template is a format error.
 */
export function readMucKey(raw: string): KeyTemplate[] {
  const templates: KeyTemplate[] = [];
  let lines: Map<number, string[]> | null = null;
  let current = -1;
  const flush = () => {
    if (!lines) return;
    const id = (lines.get(SLOT.id) ?? [])[0]?.trim() ?? "";
    const tpl = (lines.get(SLOT.template) ?? [])[0]?.trim() ?? "*";
    const num = /^(\d+)/.exec(tpl);
    const slots = new Map<number, KeyFiller[]>();
    for (const [n, ls] of lines) {
      if (n <= SLOT.template) continue;
      slots.set(n, ls.map(parseFiller).filter((f): f is KeyFiller => f !== null));
    }
    templates.push({ messageId: id, number: num ? Number(num[1]) : null, optional: /OPTIONAL/i.test(tpl), slots });
  };
  for (const line of raw.split(/\r?\n/)) {
    const m = parseSlotLine(line);
    if (m) {
      const n = m.slot;
      if (n === SLOT.id) { flush(); lines = new Map(); }
      if (!lines) continue;
      current = n;
      lines.set(n, [m.value]);
    } else if (lines && current >= 0 && line.trim() !== "" && /^\s{10,}\S/.test(line)) {
      lines.get(current)!.push(line.trim());
    } else if (line.trim() === "") {
      current = -1;
    }
  }
  flush();
  if (templates.length === 0) throw new SitrepError("EVAL_FORMAT", "no MUC template (a line like \"0.  MESSAGE: ID  TST3-MUC4-0001\") found");
  return templates;
}
