import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SitrepError } from "../../core/errors.js";
import type { Span } from "../../core/index.js";
import { detokenise } from "./detokenise.js";
import type { GoldEventDocument } from "./score-event-corpus.js";

/**
 * WikiEvents (Li, Ji and Han 2021) JSON lines: tokens with document-level token offsets (end
 * exclusive), entity mentions, events with triggers and arguments naming entity mentions, and a
 * coreference file (coref/<split>.jsonlines) whose clusters list entity mention ids. The corpus's
 * own "text" glues sentences together and its character offsets are off, so the text is rebuilt
 * from the tokens.
 */
interface WikiEventsLine {
  readonly doc_id: string;
  readonly tokens: readonly string[];
  readonly sentences: readonly [readonly [string, number, number][], string][];
  readonly entity_mentions: readonly { id: string; start: number; end: number; text: string }[];
  readonly event_mentions: readonly { id: string; event_type: string; trigger: { start: number; end: number; text: string }; arguments: readonly { entity_id: string; role: string; text: string }[] }[];
}

export function readWikiEvents(path: string, limit?: number): { docs: GoldEventDocument[]; typeRoles: Map<string, string[]>; coref: boolean } {
  if (!existsSync(path)) throw new SitrepError("EVAL_DATA_MISSING", path);
  const lines = readFileSync(path, "utf8").split("\n").filter((l) => l.trim());
  const corefPath = join(dirname(path), "coref", path.split("/").pop()!.replace(/\.jsonl$/, ".jsonlines"));
  const clusters = new Map<string, string[]>();
  const coref = existsSync(corefPath);
  if (coref) {
    for (const l of readFileSync(corefPath, "utf8").split("\n").filter((x) => x.trim())) {
      const c = JSON.parse(l) as { clusters: string[][] };
      for (const cluster of c.clusters) for (const id of cluster) clusters.set(id, cluster);
    }
  }
  const docs: GoldEventDocument[] = [];
  for (const [n, line] of lines.slice(0, limit ?? lines.length).entries()) {
    let d: WikiEventsLine;
    try {
      d = JSON.parse(line) as WikiEventsLine;
    } catch {
      throw new SitrepError("EVAL_FORMAT", `${path}:${n + 1}: not JSON`);
    }
    if (!Array.isArray(d.sentences) || !Array.isArray(d.event_mentions)) throw new SitrepError("EVAL_FORMAT", `${path}:${n + 1}: no sentences or event_mentions`);
    const { text, tokenSpans } = detokenise(d.sentences.map((s) => s[0].map((t: readonly [string, number, number]) => t[0])));
    if (tokenSpans.length !== d.tokens.length) throw new SitrepError("EVAL_FORMAT", `${path}:${n + 1}: sentence tokens (${tokenSpans.length}) and tokens (${d.tokens.length}) disagree`);
    const span = (start: number, end: number): Span => ({ start: tokenSpans[start]![0], end: tokenSpans[Math.max(start, end - 1)]![1] });
    const mentions = new Map(d.entity_mentions.map((m) => [m.id, m]));
    const events = d.event_mentions.map((e) => ({
      id: e.id,
      type: e.event_type,
      trigger: span(e.trigger.start, e.trigger.end),
      arguments: e.arguments.flatMap((a: { entity_id: string; role: string; text: string }) => {
        const own = mentions.get(a.entity_id);
        if (!own) return [];
        const cluster = clusters.get(a.entity_id) ?? [a.entity_id];
        const others = cluster.filter((id) => id !== a.entity_id).map((id) => mentions.get(id)).filter((m) => m !== undefined);
        // The cluster's first id stands for the entity, so two roles filled by one entity count once.
        return [{ role: a.role, text: a.text, entity: cluster[0]!, mentions: [own, ...others].map((m) => span(m.start, m.end)) }];
      }),
    }));
    docs.push({ id: d.doc_id, text, events });
  }
  const typeRoles = new Map<string, string[]>();
  const metaPath = join(dirname(path), "meta.json");
  if (existsSync(metaPath)) for (const [type, roles] of JSON.parse(readFileSync(metaPath, "utf8")) as [string, string[]][]) typeRoles.set(type, roles);
  // Types and roles seen in the gold but missing from meta.json still count.
  for (const d of docs) for (const e of d.events) typeRoles.set(e.type, [...new Set([...(typeRoles.get(e.type) ?? []), ...e.arguments.map((a) => a.role)])]);
  return { docs, typeRoles, coref };
}
