import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EventData } from "../../core/index.js";
import { SitrepError } from "../../core/errors.js";
import { parseLexicon } from "../../lexicons/read-lexicon.js";

export interface IncidentTypeRow {
  readonly id: string;
  readonly type: string;
  /** A mode, "*" for any, "-" for none. */
  readonly mode: string;
  /** A trigger row id that must appear in the event's provenance rule, or "*". */
  readonly trigger: string;
  /** The event's ACLED event type ("Battles"), or "*". */
  readonly acled: string;
  /** The kind of the event's target actor ("military"), or "*". */
  readonly targetKind: string;
  /** The MUC-4 incident type, or null: not an incident. */
  readonly mucType: string | null;
}

const MAPPING_PATH = join(dirname(fileURLToPath(import.meta.url)), "../../../data/mappings/muc4-incident-types.tsv");

export function parseIncidentTypeMapping(raw: string): IncidentTypeRow[] {
  return parseLexicon(raw, ["type", "mode", "trigger", "muc_type"], "muc4-incident-types").rows.map((r) => ({
    id: r.id!,
    type: r.type!,
    mode: r.mode || "*",
    trigger: r.trigger || "*",
    acled: r.acled || "*",
    targetKind: r.target_kind || "*",
    mucType: !r.muc_type || r.muc_type === "-" ? null : r.muc_type,
  }));
}

export function loadIncidentTypeMapping(path: string = MAPPING_PATH): IncidentTypeRow[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", `MUC-4 incident type mapping ${path}`);
  }
  return parseIncidentTypeMapping(raw);
}

/** The MUC-4 incident type of one event by the first matching row, or null when it is not an incident. */
export function mapIncidentType(e: EventData, rule: string, rows: readonly IncidentTypeRow[], targetKind: string | null = null): string | null {
  const rules = new Set(rule.split("+"));
  for (const r of rows) {
    if (r.type !== e.type) continue;
    if (r.mode === "-" ? e.mode !== null : r.mode !== "*" && r.mode !== e.mode) continue;
    if (r.trigger !== "*" && !rules.has(r.trigger)) continue;
    if (r.acled !== "*" && r.acled !== e.acled?.eventType) continue;
    if (r.targetKind !== "*" && r.targetKind !== targetKind) continue;
    return r.mucType;
  }
  return null;
}
