import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EventData } from "../../core/index.js";
import { SitrepError } from "../../core/errors.js";
import { readLexicon } from "../../lexicons/read-lexicon.js";

/**
 * The two halves of the mapping between sitrep's events and an event-argument corpus, both data:
 * data/mappings/event-families.tsv puts each sitrep event into families (attack, die, arrest...),
 * and a corpus file (wikievents-kairos.tsv, rams-aida.tsv) puts each corpus type into a family and
 * each corpus role into an argument group. Only families both sides have are scored.
 */
export type ArgumentGroup = "actor" | "target" | "participant" | "place" | "instrument";
export const ARGUMENT_GROUPS: readonly ArgumentGroup[] = ["actor", "target", "participant", "place", "instrument"];

export interface FamilyRow {
  readonly id: string;
  readonly family: string;
  readonly type: string;
  readonly mode: string;
  readonly trigger: string;
  readonly condition: "*" | "fatalities" | "injuries";
  readonly verdict: boolean;
}

export interface CorpusMapping {
  /** Type rows in order: a label (exact, a prefix ending in ".", or with "*" wildcards) and its family, null = not scored. */
  readonly types: readonly { readonly id: string; readonly label: string; readonly family: string | null }[];
  readonly roles: ReadonlyMap<string, ArgumentGroup | null>;
}

const MAPPINGS = join(dirname(fileURLToPath(import.meta.url)), "../../../data/mappings");

export function loadFamilyRows(path = join(MAPPINGS, "event-families.tsv")): FamilyRow[] {
  return readLexicon(path, ["family", "type", "mode", "trigger", "condition", "verdict"]).rows.map((r) => {
    const condition = r.condition || "*";
    if (condition !== "*" && condition !== "fatalities" && condition !== "injuries") throw new SitrepError("LEXICON_INVALID", `${path}: row ${r.id}: condition "${condition}"`);
    if (r.verdict !== "yes" && r.verdict !== "no") throw new SitrepError("LEXICON_INVALID", `${path}: row ${r.id}: verdict must be yes or no`);
    return { id: r.id!, family: r.family!, type: r.type || "*", mode: r.mode || "*", trigger: r.trigger || "*", condition, verdict: r.verdict === "yes" };
  });
}

export function loadCorpusMapping(file: string): CorpusMapping {
  const path = join(MAPPINGS, file);
  const types: { id: string; label: string; family: string | null }[] = [];
  const roles = new Map<string, ArgumentGroup | null>();
  for (const r of readLexicon(path, ["kind", "label", "family"]).rows) {
    const family = !r.family || r.family === "-" ? null : r.family;
    if (r.kind === "type") types.push({ id: r.id!, label: r.label!, family });
    else if (r.kind === "role") {
      if (family !== null && !ARGUMENT_GROUPS.includes(family as ArgumentGroup)) throw new SitrepError("LEXICON_INVALID", `${path}: row ${r.id}: unknown group "${family}"`);
      roles.set(r.label!.toLowerCase(), family as ArgumentGroup | null);
    } else throw new SitrepError("LEXICON_INVALID", `${path}: row ${r.id}: kind must be type or role`);
  }
  return { types, roles };
}

/** Does a corpus type match a label: exact, a prefix ending in ".", or a pattern with "*" standing for any characters. */
export function labelMatches(label: string, type: string): boolean {
  if (label.includes("*")) {
    const parts = label.split("*");
    if (!type.startsWith(parts[0]!) || !type.endsWith(parts[parts.length - 1]!)) return false;
    let at = parts[0]!.length;
    for (const p of parts.slice(1, -1)) {
      const k = type.indexOf(p, at);
      if (k < 0) return false;
      at = k + p.length;
    }
    return at <= type.length - parts[parts.length - 1]!.length;
  }
  return label.endsWith(".") ? type.startsWith(label) : type === label;
}

export function corpusFamily(mapping: CorpusMapping, type: string): string | null {
  return mapping.types.find((t) => labelMatches(t.label, type))?.family ?? null;
}

export function corpusRoleGroup(mapping: CorpusMapping, role: string): ArgumentGroup | null {
  return mapping.roles.get(role.toLowerCase()) ?? null;
}

function positive(c: EventData["fatalities"]): boolean {
  return c !== null && (c.min ?? c.max ?? 0) > 0;
}

/** Whether a part of an event's provenance rule begins with a prefix ("merged:" for "merged:trg:attack"). */
function hasRulePrefix(rules: ReadonlySet<string>, prefix: string): boolean {
  for (const r of rules) if (r.startsWith(prefix)) return true;
  return false;
}

/** The families of one sitrep event: for each family, the first matching row decides. */
export function sitrepFamilies(e: EventData, rule: string, rows: readonly FamilyRow[]): string[] {
  const rules = new Set(rule.split("+"));
  const decided = new Map<string, boolean>();
  for (const r of rows) {
    if (decided.has(r.family)) continue;
    if (r.type !== "*" && r.type !== e.type) continue;
    if (r.mode === "-" ? e.mode !== null : r.mode !== "*" && r.mode !== e.mode) continue;
    if (r.trigger !== "*" && !(r.trigger.endsWith("*") ? hasRulePrefix(rules, r.trigger.slice(0, -1)) : rules.has(r.trigger))) continue;
    if (r.condition === "fatalities" && !positive(e.fatalities)) continue;
    if (r.condition === "injuries" && !positive(e.injuries)) continue;
    decided.set(r.family, r.verdict);
  }
  return [...decided].filter(([, yes]) => yes).map(([f]) => f);
}
