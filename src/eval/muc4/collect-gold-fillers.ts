import { SLOT, type KeyFiller, type KeyTemplate } from "./read-muc-key.js";
import { containsWords, normaliseWords } from "./normalise-filler.js";
import type { IncidentSlot } from "./slot-names.js";

/** One gold filler of one slot for a whole document: any alternative may match it. */
export interface GoldFiller {
  readonly slot: IncidentSlot;
  readonly alternatives: readonly string[];
  /** From an optional template or a "?" filler: matching it counts, missing it does not. */
  readonly optional: boolean;
  /** deaths: the number of dead when every victim group with DEATH has a numeric count, else null. */
  readonly count?: number | null;
}

function fillers(t: KeyTemplate, slot: number): readonly KeyFiller[] {
  return t.slots.get(slot) ?? [];
}

/** Human targets: each name with the descriptions that refer to it; descriptions with no name stand alone. */
function humanTargets(t: KeyTemplate): { alternatives: string[]; optional: boolean }[] {
  const groups = fillers(t, SLOT.humTargetName).map((f) => ({ alternatives: [...f.alternatives], optional: f.optional }));
  for (const d of fillers(t, SLOT.humTargetDescription)) {
    const owner = d.refs.length ? groups.find((g) => g.alternatives.some((a) => d.refs.includes(a))) : undefined;
    if (owner) owner.alternatives.push(...d.alternatives);
    else groups.push({ alternatives: [...d.alternatives], optional: d.optional });
  }
  return groups;
}

/** The dead of one template: victims whose effect is DEATH, summed from HUM TGT: NUMBER when it is numeric. */
function deathsOf(t: KeyTemplate): { dead: boolean; count: number | null; optional: boolean } {
  const dying = fillers(t, SLOT.humTargetEffect).filter((f) => f.alternatives.includes("DEATH"));
  if (dying.length === 0) return { dead: false, count: null, optional: false };
  let count: number | null = 0;
  for (const d of dying) {
    const n = fillers(t, SLOT.humTargetNumber).find((f) => f.refs.some((r) => d.refs.includes(r)));
    const value = n ? Number(n.alternatives[0]) : NaN;
    count = count !== null && Number.isInteger(value) ? count + value : null;
  }
  return { dead: true, count, optional: dying.every((d) => d.optional) };
}

/** Two gold fillers of a slot are the same thing when they share an alternative (string slots: or one contains the other). */
function sameFiller(slot: IncidentSlot, a: readonly string[], b: readonly string[]): boolean {
  const isString = slot === "perpOrg" || slot === "physTarget" || slot === "humTarget";
  // Only noun phrases lose their articles and numbers: "12 JAN 90" and "13 JAN 90" are different dates.
  const norm = (x: string) => (isString ? normaliseWords(x).join(" ") : x.toUpperCase().replace(/\s+/g, " ").trim());
  const na = a.map(norm);
  const nb = b.map(norm);
  if (na.some((x) => nb.includes(x))) return true;
  if (isString) {
    return a.some((x) => b.some((y) => {
      const wx = normaliseWords(x), wy = normaliseWords(y);
      return containsWords(wx, wy) || containsWords(wy, wx);
    }));
  }
  return false;
}

function addFiller(out: GoldFiller[], f: GoldFiller): void {
  const same = out.findIndex((g) => g.slot === f.slot && sameFiller(f.slot, g.alternatives, f.alternatives));
  if (same < 0) {
    out.push(f);
    return;
  }
  const g = out[same]!;
  out[same] = {
    ...g,
    alternatives: [...new Set([...g.alternatives, ...f.alternatives])],
    optional: g.optional && f.optional,
    ...(f.slot === "deaths" ? { count: g.count != null && f.count != null ? g.count + f.count : null } : {}),
  };
}

/**
 * The gold fillers of one document across its templates, deduplicated per slot. Returns [] for an
 * irrelevant document (its only template is "*").
 */
export function collectGoldFillers(templates: readonly KeyTemplate[]): GoldFiller[] {
  const out: GoldFiller[] = [];
  for (const t of templates) {
    if (t.number === null) continue;
    const simple: [IncidentSlot, number][] = [["type", SLOT.type], ["date", SLOT.date], ["location", SLOT.location], ["perpOrg", SLOT.perpOrganization], ["physTarget", SLOT.physTargetId]];
    for (const [slot, n] of simple) {
      for (const f of fillers(t, n)) addFiller(out, { slot, alternatives: f.alternatives, optional: t.optional || f.optional });
    }
    for (const h of humanTargets(t)) addFiller(out, { slot: "humTarget", alternatives: h.alternatives, optional: t.optional || h.optional });
    const d = deathsOf(t);
    if (d.dead) addFiller(out, { slot: "deaths", alternatives: ["DEATH"], optional: t.optional || d.optional, count: d.count });
  }
  return out;
}
