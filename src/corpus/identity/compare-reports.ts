import type { Count, EventReport, ReportActor } from "../records.js";
import { compareActor, type ActorRelation } from "./compare-actors.js";
import { compareDate } from "./compare-date.js";
import { compareModality } from "./compare-modality.js";
import { comparePlace } from "./compare-place.js";
import { compareCounts } from "./compare-tolls.js";
import { compareType } from "./compare-type.js";
import type { FieldComparison } from "./field-comparison.js";
import { ACTOR_IDENTIFIED_TYPES, ANCHOR_MIN_TOLL, INJURY_WEIGHT, SYMMETRIC_TYPES, TARGET_WEIGHT } from "./heuristics.js";

/** Two reports compared field by field. */
export interface ReportComparison {
  /** Sum of the fields' scores; -Infinity when vetoed. */
  readonly score: number;
  /** The first field that vetoed the pair, or null. */
  readonly vetoedBy: string | null;
  /** Field name -> verdict, in a fixed order (type, modality, place, date, actor, target, fatalities, injuries). */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * The acting side of a report as identity sees it. A news outlet as the actor of a happening is
 * nearly always the outlet relaying it misread as its agent ("(Reuters) - A car bomb exploded"), so
 * it tells nothing about who acted; as a target (journalists attacked) it is kept.
 */
function actingSide(r: EventReport): ReportActor | null {
  return r.actor !== null && (r.actor.kind === "media" || r.actor.partyType === "MED") ? null : r.actor;
}

function sides(a: EventReport, b: EventReport): { actor: ReturnType<typeof compareActor>; target: ReturnType<typeof compareActor> } {
  const direct = { actor: compareActor(actingSide(a), actingSide(b)), target: compareActor(a.target, b.target, TARGET_WEIGHT) };
  if (!(SYMMETRIC_TYPES.has(a.type) && SYMMETRIC_TYPES.has(b.type))) return direct;
  // A meeting of X with Y is a meeting of Y with X.
  const swapped = { actor: compareActor(actingSide(a), b.target), target: compareActor(a.target, actingSide(b), TARGET_WEIGHT) };
  return swapped.actor.score + swapped.target.score > direct.actor.score + direct.target.score ? swapped : direct;
}

function sameExactToll(a: Count | null, b: Count | null): boolean {
  return a !== null && b !== null && a.min !== null && a.min >= ANCHOR_MIN_TOLL && a.min === a.max && b.min === a.min && b.max === a.max;
}

/**
 * Something besides type and date ties the two reports together: a place in common (or one inside
 * the other), an exact toll in common (ANCHOR_MIN_TOLL), or the same named actor; for happenings on
 * the ground a named actor counts only when a place is given (the Taliban attack somewhere every day;
 * a person "attacked" in words is not located at all).
 */
function anchored(a: EventReport, b: EventReport, place: FieldComparison, actor: ActorRelation): boolean {
  if (place.score > 0 || sameExactToll(a.fatalities, b.fatalities) || sameExactToll(a.injuries, b.injuries)) return true;
  if (actor !== "same-named") return false;
  return ACTOR_IDENTIFIED_TYPES.has(a.type) || a.place !== null || b.place !== null;
}

/** Both reports can be placed in time: each has an event date or a dateline. */
function timeKnown(a: EventReport, b: EventReport): boolean {
  return (a.date?.value != null || a.source.published !== null) && (b.date?.value != null || b.source.published !== null);
}

/**
 * Whether two reports from different articles tell one happening, as a score and a verdict per
 * field. Symmetric: compareReports(a, b) and compareReports(b, a) give the same score and veto.
 */
export function compareReports(a: EventReport, b: EventReport): ReportComparison {
  if (a.articleId === b.articleId) {
    // The within-article merger already decided which of one article's mentions are one event.
    return { score: Number.NEGATIVE_INFINITY, vetoedBy: "article", fields: { article: `same article (${a.articleId})` } };
  }
  const { actor, target } = sides(a, b);
  const compared: Array<[string, FieldComparison]> = [
    ["type", compareType(a, b)],
    ["modality", compareModality(a, b)],
    ["place", comparePlace(a, b)],
    ["date", compareDate(a, b)],
    ["actor", actor],
    ["target", target],
    ["fatalities", compareCounts(a.fatalities, b.fatalities)],
    ["injuries", compareCounts(a.injuries, b.injuries, INJURY_WEIGHT, false)],
  ];
  const fields: Record<string, string> = {};
  let score = 0;
  let vetoedBy: string | null = null;
  for (const [name, c] of compared) {
    fields[name] = c.verdict;
    if (c.veto && vetoedBy === null) vetoedBy = name;
    score += c.veto ? 0 : c.score;
  }
  if (vetoedBy === null && (ACTOR_IDENTIFIED_TYPES.has(a.type) || ACTOR_IDENTIFIED_TYPES.has(b.type)) && actor.relation !== "same-named") {
    vetoedBy = "actor";
    fields.actor = `${fields.actor}: ${a.type === b.type ? a.type : `${a.type}/${b.type}`} needs the same named actor`;
  }
  if (vetoedBy === null && !timeKnown(a, b)) {
    vetoedBy = "anchor";
    fields.anchor = "one report has neither a date nor a dateline";
  } else if (vetoedBy === null && !anchored(a, b, compared[2]![1], actor.relation)) {
    vetoedBy = "anchor";
    fields.anchor = "no place, named actor or exact toll in common";
  }
  return { score: vetoedBy === null ? score : Number.NEGATIVE_INFINITY, vetoedBy, fields };
}
