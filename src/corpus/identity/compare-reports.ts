import type { Count, EventReport, ReportActor } from "../records.js";
import { actorRelation, compareActor, type ActorRelation } from "./compare-actors.js";
import { compareDate, sameTellingDay } from "./compare-date.js";
import { compareModality } from "./compare-modality.js";
import { comparePlace } from "./compare-place.js";
import { compareCounts } from "./compare-tolls.js";
import { compareType, tellingsCompatible } from "./compare-type.js";
import type { FieldComparison } from "./field-comparison.js";
import { ACTOR_IDENTIFIED_TYPES, ANCHOR_MIN_TOLL, STATEMENT_NEEDS_SECOND_TIE, MERGE_BACKGROUND_INTO_RECENT, MODALITY_GROUP, MODE_FAMILY, MODES_MAY_DIFFER, INJURY_WEIGHT, SYMMETRIC_TYPES, TARGET_WEIGHT } from "./heuristics.js";

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
 * a person "attacked" in words is not located at all); for statements only with a second tie.
 */
function anchored(a: EventReport, b: EventReport, place: FieldComparison, actor: ActorRelation, target: ActorRelation): boolean {
  if (place.score > 0 || sameExactToll(a.fatalities, b.fatalities) || sameExactToll(a.injuries, b.injuries)) return true;
  if (actor !== "same-named") return false;
  if (!(ACTOR_IDENTIFIED_TYPES.has(a.type) || ACTOR_IDENTIFIED_TYPES.has(b.type))) return a.place !== null || b.place !== null;
  // A statement with no place in common: its actor says many things a day, so one more tie is
  // needed, the same named target, or both reports telling the same day (STATEMENT_NEEDS_SECOND_TIE).
  return !STATEMENT_NEEDS_SECOND_TIE || target === "same-named" || sameTellingDay(a, b);
}

/** Both reports can be placed in time: each has an event date or a dateline. */
function timeKnown(a: EventReport, b: EventReport): boolean {
  return (a.date?.value != null || a.source.published !== null) && (b.date?.value != null || b.source.published !== null);
}

function modeFamilyOf(mode: string): string {
  return MODE_FAMILY[mode] ?? mode;
}

function namedActorInCommon(a: EventReport, b: EventReport): boolean {
  const aa = actingSide(a);
  const ab = actingSide(b);
  if (actorRelation(aa, ab) === "same-named") return true;
  return SYMMETRIC_TYPES.has(a.type) && SYMMETRIC_TYPES.has(b.type) && (actorRelation(aa, b.target) === "same-named" || actorRelation(a.target, ab) === "same-named");
}

/**
 * The vetoes of type, modality and a statement's actor, checked cheaply before anything is written:
 * only ever a veto the full comparison also gives (and as its first), so it changes no result.
 */
function quickVeto(a: EventReport, b: EventReport): string | null {
  if (a.type !== b.type) {
    if (!tellingsCompatible(a, b)) return "type";
  } else if (a.mode !== null && b.mode !== null && modeFamilyOf(a.mode) !== modeFamilyOf(b.mode) && !MODES_MAY_DIFFER.has(a.type)) return "type";
  if ((MODALITY_GROUP[a.modality] ?? a.modality) !== (MODALITY_GROUP[b.modality] ?? b.modality)) return "modality";
  if (a.background !== b.background && !MERGE_BACKGROUND_INTO_RECENT) return "modality";
  if ((ACTOR_IDENTIFIED_TYPES.has(a.type) || ACTOR_IDENTIFIED_TYPES.has(b.type)) && !namedActorInCommon(a, b)) return "actor";
  return null;
}

const ALL = { all: true } as const;

/**
 * A pair vetoed by quickVeto: its field verdicts are written by the full comparison when first read.
 * A class, so that each of these (most pairs) is one small object, its getter on the prototype.
 */
class QuickVeto implements ReportComparison {
  readonly score = Number.NEGATIVE_INFINITY;
  private written: Readonly<Record<string, string>> | null = null;
  constructor(
    private readonly a: EventReport,
    private readonly b: EventReport,
    readonly vetoedBy: string,
  ) {}

  get fields(): Readonly<Record<string, string>> {
    return (this.written ??= compareReports(this.a, this.b, ALL).fields);
  }
}

/**
 * Whether two reports from different articles tell one happening, as a score and a verdict per
 * field. Symmetric: compareReports(a, b) and compareReports(b, a) give the same score and veto.
 */
export function compareReports(a: EventReport, b: EventReport, options: { readonly all?: boolean } = {}): ReportComparison {
  if (a.articleId === b.articleId) {
    // The within-article merger already decided which of one article's mentions are one event.
    return { score: Number.NEGATIVE_INFINITY, vetoedBy: "article", fields: { article: `same article (${a.articleId})` } };
  }
  if (!options.all) {
    const quick = quickVeto(a, b);
    // Most pairs end here; their verdicts are written (by the full comparison) only if someone reads them.
    if (quick !== null) return new QuickVeto(a, b, quick);
  }
  // The cheap fields that most often veto come first; unless `all` is asked (to explain an analyst's
  // merge), the comparison stops at the first veto, and verdicts are written only for what is shown.
  const done: Array<[string, FieldComparison]> = [];
  const extra: Record<string, () => string> = {};
  let vetoedBy: string | null = null;
  let score = 0;
  const result = (s: number): ReportComparison => {
    let fields: Record<string, string> | null = null;
    const v = vetoedBy;
    return {
      score: s,
      vetoedBy: v,
      get fields() {
        return (fields ??= { ...Object.fromEntries(done.map(([name, c]) => [name, c.verdict])), ...Object.fromEntries(Object.entries(extra).map(([k, f]) => [k, f()])) });
      },
    };
  };
  /** Records a field; true when the comparison should stop here. */
  const add = (name: string, c: FieldComparison): boolean => {
    done.push([name, c]);
    if (c.veto) vetoedBy ??= name;
    else score += c.score;
    return vetoedBy !== null && !options.all;
  };
  const stop = () => result(Number.NEGATIVE_INFINITY);
  if (add("type", compareType(a, b))) return stop();
  if (add("modality", compareModality(a, b))) return stop();
  const { actor, target } = sides(a, b);
  const needsNamedActor = ACTOR_IDENTIFIED_TYPES.has(a.type) || ACTOR_IDENTIFIED_TYPES.has(b.type);
  if (needsNamedActor && actor.relation !== "same-named" && vetoedBy === null) {
    vetoedBy = "actor";
    extra.actor = () => `${actor.verdict}: ${a.type === b.type ? a.type : `${a.type}/${b.type}`} needs the same named actor`;
  }
  if (add("actor", actor)) return stop();
  if (add("date", compareDate(a, b))) return stop();
  const place = comparePlace(a, b);
  if (add("place", place)) return stop();
  add("target", target);
  if (add("fatalities", compareCounts(a.fatalities, b.fatalities))) return stop();
  add("injuries", compareCounts(a.injuries, b.injuries, INJURY_WEIGHT, false));
  if (vetoedBy === null && !timeKnown(a, b)) {
    vetoedBy = "anchor";
    extra.anchor = () => "one report has neither a date nor a dateline";
  } else if (vetoedBy === null && !anchored(a, b, place, actor.relation, target.relation)) {
    vetoedBy = "anchor";
    extra.anchor = () =>
      actor.relation === "same-named" ? "a statement's actor and nothing else in common (no place, named target or day both tell)" : "no place, named actor or exact toll in common";
  }
  return result(vetoedBy === null ? score : Number.NEGATIVE_INFINITY);
}
