/**
 * Opaque page cursors: the last row's sort key and id (keyset pagination), or an offset where the
 * order is a rank (search, actor counts). base64url of a small JSON array; a malformed cursor is a
 * BAD_ARGUMENT error, never a query.
 */
import { SitrepError } from "../core/errors.js";

export type CursorValue = string | number | null;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new SitrepError("BAD_ARGUMENT", "malformed page cursor");
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.length === arity &&
    parsed.every((v) => v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v)));
  if (!ok) throw new SitrepError("BAD_ARGUMENT", "malformed page cursor");
  return parsed as CursorValue[];
}

export function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const [offset] = decodeCursor(cursor, 1);
  if (typeof offset !== "number" || offset < 0 || !Number.isInteger(offset)) throw new SitrepError("BAD_ARGUMENT", "malformed page cursor");
  return offset;
}

/**
 * One page from rows fetched with one row over the limit (how every list here learns whether more
 * follow without a count): the rows kept, and the cursor after the last of them when more follow.
 */
export function pageOfRows<R>(rows: readonly R[], limit: number, cursorAfter: (last: R) => readonly CursorValue[]): { kept: R[]; next: string | null } {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { kept, next: rows.length > limit && last !== undefined ? encodeCursor(cursorAfter(last)) : null };
}
