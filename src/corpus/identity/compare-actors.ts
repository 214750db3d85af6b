import type { ReportActor } from "../records.js";
import type { FieldComparison } from "./field-comparison.js";
import { ACTOR_COMPATIBLE, ACTOR_DIFFERENT, ACTOR_SAME_DESCRIPTION, ACTOR_SAME_NAMED, COMPATIBLE_PARTY_TYPES, DESCRIPTIVE_PARTY_TYPES } from "./heuristics.js";

/** How two reports' actors relate. */
export type ActorRelation = "same-named" | "same-description" | "compatible" | "unknown" | "different";

function norm(s: string | null): string | null {
  return s === null ? null : s.trim().toLowerCase();
}

/**
 * ACLED's names for parties that are kinds, not bodies one can tell apart: unidentified groups,
 * civilians, crowds, and a state's forces or government as a whole ("Police Forces of India" is in
 * every report of unrest in India, so it identifies nothing).
 */
const DESCRIPTIVE_ACLED_NAME = /^(?:Unidentified |Civilians|Protesters|Rioters|Police Forces of|Military Forces of|Government of)/;

/** A description rather than a name: "Civilians (India)", "Unidentified Armed Group", "Rioters", or a bare title ("spokesman"). */
export function isDescription(a: ReportActor): boolean {
  if (a.partyType !== null && DESCRIPTIVE_PARTY_TYPES.has(a.partyType)) return true;
  if (DESCRIPTIVE_ACLED_NAME.test(a.acledName ?? a.name)) return true;
  // A person the actors stage could not name keeps the descriptor as its name ("spokesman").
  return a.kind === "person" && !/[A-Z]/.test(a.name);
}

function partyTypesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a === b || COMPATIBLE_PARTY_TYPES.has(a < b ? `${a}|${b}` : `${b}|${a}`);
}

interface ActorKey {
  readonly name: string | null;
  readonly acledName: string | null;
  readonly description: boolean;
}

/** Each actor's normalised names, computed once per actor object (a report is compared with many). */
const KEYS = new WeakMap<ReportActor, ActorKey>();

function keyOf(a: ReportActor): ActorKey {
  let key = KEYS.get(a);
  if (!key) KEYS.set(a, (key = { name: norm(a.name), acledName: norm(a.acledName), description: isDescription(a) }));
  return key;
}

/** The relation of two actors: the same name or ACLED name, a description compatible with the other, unknown, or different. */
export function actorRelation(a: ReportActor | null, b: ReportActor | null): ActorRelation {
  if (a === null || b === null) return "unknown";
  if (a.country !== null && b.country !== null && a.country !== b.country) return "different";
  const ka = keyOf(a);
  const kb = keyOf(b);
  const sameName = ka.name === kb.name || (ka.acledName !== null && ka.acledName === kb.acledName);
  if (sameName) return ka.description && kb.description ? "same-description" : "same-named";
  if ((ka.description || kb.description) && partyTypesCompatible(a.partyType, b.partyType)) return "compatible";
  return "different";
}

const SCORE: Readonly<Record<ActorRelation, number>> = {
  "same-named": ACTOR_SAME_NAMED,
  "same-description": ACTOR_SAME_DESCRIPTION,
  compatible: ACTOR_COMPATIBLE,
  unknown: 0,
  different: ACTOR_DIFFERENT,
};

function show(a: ReportActor | null): string {
  return a === null ? "none" : a.acledName && a.acledName !== a.name ? `${a.name} [${a.acledName}]` : a.name;
}

/** One side (actor or target) of two reports, scaled by `weight`. */
export function compareActor(a: ReportActor | null, b: ReportActor | null, weight = 1): FieldComparison & { readonly relation: ActorRelation } {
  const relation = actorRelation(a, b);
  let text: string | null = null;
  const describe = () => (relation === "unknown" ? (a === null && b === null ? "none in either" : `one unknown (${show(a ?? b)})`) : `${relation.replace("-", " ")} (${show(a)} / ${show(b)})`);
  return {
    score: SCORE[relation] * weight,
    veto: false,
    relation,
    get verdict() {
      return (text ??= describe());
    },
  };
}
