import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SitrepError } from "../../core/errors.js";
import type { Span } from "../../core/index.js";
import { detokenise } from "./detokenise.js";
import type { GoldEventDocument } from "./score-event-corpus.js";

/**
 * RAMS (Ebner et al. 2020) JSON lines: a five-sentence window of a news article with exactly one
 * annotated event (evt_triggers) and its arguments (gold_evt_links), token offsets over the
 * window's concatenated sentences, end inclusive. Roles carry a type prefix ("evt089arg01victim"),
 * dropped here. RAMS has no coreference: an argument is its own span.
 */
interface RamsLine {
  readonly doc_key: string;
  readonly sentences: readonly (readonly string[])[];
  readonly evt_triggers: readonly [number, number, readonly [string, number][]][];
  readonly gold_evt_links: readonly [[number, number], [number, number], string][];
}

export function ramsRole(role: string): string {
  return role.replace(/^evt\d+arg\d+/, "");
}

export function readRams(path: string, limit?: number): { docs: GoldEventDocument[]; typeRoles: Map<string, string[]> } {
  if (!existsSync(path)) throw new SitrepError("EVAL_DATA_MISSING", path);
  const lines = readFileSync(path, "utf8").split("\n").filter((l) => l.trim());
  const docs: GoldEventDocument[] = [];
  for (const [n, line] of lines.slice(0, limit ?? lines.length).entries()) {
    let d: RamsLine;
    try {
      d = JSON.parse(line) as RamsLine;
    } catch {
      throw new SitrepError("EVAL_FORMAT", `${path}:${n + 1}: not JSON`);
    }
    if (!Array.isArray(d.sentences) || !Array.isArray(d.evt_triggers)) throw new SitrepError("EVAL_FORMAT", `${path}:${n + 1}: no sentences or evt_triggers`);
    const { text, tokenSpans } = detokenise(d.sentences);
    const span = (start: number, endInclusive: number): Span => ({ start: tokenSpans[start]![0], end: tokenSpans[Math.max(start, endInclusive)]![1] });
    const events = d.evt_triggers.map(([s, e, types], k) => ({
      id: `${d.doc_key}-E${k + 1}`,
      type: types[0]?.[0] ?? "",
      trigger: span(s, e),
      arguments: d.gold_evt_links
        .filter(([t]) => t[0] === s && t[1] === e)
        .map(([, a, role]) => ({ role: ramsRole(role), text: tokenSpans.length ? text.slice(span(a[0], a[1]).start, span(a[0], a[1]).end) : "", entity: `${a[0]}-${a[1]}`, mentions: [span(a[0], a[1])] })),
    }));
    docs.push({ id: d.doc_key, text, events });
  }
  const typeRoles = new Map<string, string[]>();
  const metaPath = join(dirname(path), "meta.json");
  if (existsSync(metaPath)) for (const [type, roles] of JSON.parse(readFileSync(metaPath, "utf8")) as [string, string[]][]) typeRoles.set(type, roles.map(ramsRole));
  for (const d of docs) for (const e of d.events) typeRoles.set(e.type, [...new Set([...(typeRoles.get(e.type) ?? []), ...e.arguments.map((a) => a.role)])]);
  return { docs, typeRoles };
}
