import type { EventReport, ReportActor } from "../records.js";
import { compareActor } from "./compare-actors.js";
import { compareDate } from "./compare-date.js";
import { compareModality } from "./compare-modality.js";
import { comparePlace } from "./compare-place.js";
import { compareCounts } from "./compare-tolls.js";
import { compareType } from "./compare-type.js";
import type { FieldComparison } from "./field-comparison.js";
import { ACTOR_IDENTIFIED_TYPES, INJURY_WEIGHT, SYMMETRIC_TYPES, TARGET_WEIGHT } from "./heuristics.js";

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
  return { score: vetoedBy === null ? score : Number.NEGATIVE_INFINITY, vetoedBy, fields };
}
