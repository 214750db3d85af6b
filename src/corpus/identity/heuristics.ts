/**
 * Tunables of cross-article identity (docs/identity.md): when two reports from different articles
 * tell the same happening. Each field gives a score (roughly log-odds: positive = evidence for one
 * happening, negative = against) or a hard veto; a report joins the best candidate event whose score
 * reaches MERGE_THRESHOLD with no veto from any of its reports.
 *
 * The unit is ACLED's: one event is one type of happening, on one day, at one place (a town), between
 * one pair of actors. Two incidents in one town on one day are one ACLED event, so the rule does not
 * try to tell them apart; it must keep apart different days, different towns and different kinds.
 */

/** A report joins an event at this score or more. Same type (2) + same town (3) + same day (2.5) passes
 * on its own; a country-level place (0) needs a named actor (2) or a same exact toll (1.5) on top of type
 * and day; two reports with no place need type, same day and a second cue (actor or toll). */
export const MERGE_THRESHOLD = 5;

/**
 * A merge needs an anchor besides type and date: positive place evidence (a town, district or
 * province in common or one inside the other), the same exact toll of at least ANCHOR_MIN_TOLL, or
 * the same named actor (for happenings on the ground only when a place is given); and both reports
 * must be placed in time (a date or a dateline). Without one, "a mob burnt shops on Friday" in two stories of a riot-torn
 * state is two incidents as often as one (measured on IndiaPoliceEvents, where most places are not
 * recognised: 7 of 11 such merges were wrong).
 */
export const ANCHOR_MIN_TOLL = 3;

// --- type ---------------------------------------------------------------------------------------

/** Same PLOVER type and the same mode (or modes told interchangeably: a bomb is "the blast"). */
export const TYPE_SAME = 2;
/** Same type, one report without a mode ("the attack" beside "the bombing"). */
export const TYPE_SAME_MODE_UNKNOWN = 1.5;
/** Same type, modes of different families (a shooting and a bombing): outlets do describe complex
 * attacks differently, so not a veto, but little evidence. Only for MODES_MAY_DIFFER. */
export const TYPE_SAME_OTHER_MODE = 0.5;
/**
 * Types whose modes one happening can be told with in turn: an attack is a shooting to one outlet and
 * a bombing to another; a protest a demonstration or a strike. For every other type the mode is the
 * nature of the happening (an arrest is not a ban; a crash is not a fire), and different modes are a
 * veto (found in LGL local news: a house fire and a road crash in one town on one day were merged).
 */
export const MODES_MAY_DIFFER: ReadonlySet<string> = new Set(["ASSAULT", "PROTEST"]);
/** Types one happening is told as by different outlets (COMPATIBLE_TYPES). */
export const TYPE_COMPATIBLE = 0.5;

/**
 * Modes that name one kind of violence, as in the within-article merger (src/stages/events/merge-events.ts):
 * a car bomb is "the bombing", "the blast", "the suicide attack"; a shooting is "the assassination".
 */
export const MODE_FAMILY: Readonly<Record<string, string>> = {
  IED: "explosion",
  explosives: "explosion",
  "suicide-attack": "explosion",
  grenade: "explosion",
  firearms: "shooting",
  assassinate: "shooting",
  demonstrate: "demonstration",
  riot: "demonstration",
  // A blast at a plant is told as the fire it started.
  fire: "fire",
  industrial: "fire",
};

/**
 * Pairs of different types that outlets use for one happening. A side is "TYPE" (any mode) or
 * "TYPE/mode" (that mode only):
 * - ASSAULT and PROTEST/riot: mob violence is an attack to one outlet and a riot to another (ACLED
 *   codes clashes at a demonstration as the riot itself); a peaceful demonstration is no attack;
 * - ASSAULT and MAN_MADE_DISASTER/fire or /industrial: a blast or fire whose author one outlet names
 *   and another does not (a crash or collapse is not told as an attack);
 * - ASSAULT and COERCE/crowd-control: police firing on a crowd is an attack or crowd control
 *   depending on the words (an arrest is not);
 * - AGREE, AID, COOPERATE: a pledge to help told as "will provide" (the within-article merger's family).
 */
export const COMPATIBLE_TELLINGS: ReadonlyArray<readonly [string, string]> = [
  ["ASSAULT", "PROTEST/riot"],
  ["ASSAULT", "MAN_MADE_DISASTER/fire"],
  ["ASSAULT", "MAN_MADE_DISASTER/industrial"],
  ["ASSAULT", "COERCE/crowd-control"],
  ["AGREE", "AID"],
  ["AGREE", "COOPERATE"],
  ["AID", "COOPERATE"],
];

/**
 * Verbal and diplomatic types: statements, demands, meetings. They happen many times a day in one
 * country, and their place is often only where the speaker was, so they are identified by who acted:
 * two such reports merge only when their actors are the same named actor (not a description such as
 * "Civilians" or "a spokesman").
 */
export const ACTOR_IDENTIFIED_TYPES: ReadonlySet<string> = new Set([
  "ACCUSE",
  "AGREE",
  "AID",
  "CONCEDE",
  "CONSULT",
  "COOPERATE",
  "REJECT",
  "REQUEST",
  "SANCTION",
  "SUPPORT",
  "THREATEN",
  "RETREAT",
  "MOBILIZE",
]);

/**
 * A statement (ACTOR_IDENTIFIED_TYPES) with no place in common merges on its named actor only with a
 * second tie: the same named target, or both reports dating it to the same day in their own words.
 * A prominent speaker makes many statements a day, and a report dated only by its dateline may tell
 * any of them (found judging merged events of PolNeAR: Clinton's pledge on abortion and her promise
 * to unions a day later, Trump's remark to reporters and his call on Russia at one press conference,
 * Clinton "asking" in one story and her spokesman "saying" in another; docs/eval/merges.md).
 */
export const STATEMENT_NEEDS_SECOND_TIE = true;

/** Types where both sides act (a meeting, an agreement): actor and target may be told either way round. */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(["CONSULT", "AGREE", "COOPERATE"]);

// --- place --------------------------------------------------------------------------------------

/** Same gazetteer entry at town precision: the strongest single cue after the date. */
export const PLACE_SAME_TOWN = 3;
/** Same district or other region entry. */
export const PLACE_SAME_DISTRICT = 2;
/** Same province. Provinces hold many towns and many incidents a day. */
export const PLACE_SAME_PROVINCE = 1.25;
/** Two towns within TOWN_SAME_KM: a town and its suburb, or two gazetteer entries for one place. */
export const PLACE_TOWN_CLOSE = 2.5;
/** Two towns within TOWN_NEAR_KM: neighbouring places an outlet may name instead of the village
 * ("near Kandahar city"). */
export const PLACE_TOWN_NEAR = 1;
/** A town inside a district or province, or a district inside a province. */
export const PLACE_INSIDE = 1;
/** Two places that may not contain each other but are within twice the coarser one's radius. */
export const PLACE_MAYBE_INSIDE = -1;
/** The same country and no finer place in one of them: not evidence by itself ("only if the rest is strong"). */
export const PLACE_SAME_COUNTRY = 0;
/** One report has no place: slightly against, since nothing ties the two together there. */
export const PLACE_ONE_UNKNOWN = -0.5;

/** Towns this close are one place (suburbs, two entries for one town). */
export const TOWN_SAME_KM = 10;
/** Towns farther apart than this are different places: the veto for "same precision, far apart".
 * 30 km is about the reach of a city's outskirts; ACLED codes events to the nearest town. */
export const TOWN_NEAR_KM = 30;
/** Radius of a district or other sub-provincial region, for containment by distance (no polygons):
 * Indian and Afghan districts are typically 40-80 km across. */
export const DISTRICT_RADIUS_KM = 50;
/** Radius of a province when admin codes cannot decide containment. */
export const PROVINCE_RADIUS_KM = 300;

// --- date ---------------------------------------------------------------------------------------

/** Same day. */
export const DATE_SAME_DAY = 2.5;
/** Days one apart: allowed ("late on Monday" vs "on Tuesday", a dateline in another time zone), but
 * two explicit days are more often two incidents, so slightly against: type and town alone no longer
 * merge, a toll or actor in common still does (found in LGL local news: a Friday shootout and a
 * Saturday clash placed at one dateline town were merged). */
export const DATE_ADJACENT_DAY = -0.5;
/** Two days apart: allowed (relative dates resolve against datelines that may lag), against. */
export const DATE_TWO_DAYS = -1;
/** Day-precision dates more than this many days apart are different happenings (a veto). */
export const DAY_MAX_GAP_DAYS = 2;
/** A day inside a coarser date (a week or month) of the other report. */
export const DATE_INSIDE_PERIOD = 0.5;
/** A report with no event date is about something before its dateline: how far back it may be.
 * News of an attack usually appears the same day or the next; weeklies and follow-ups lag more. */
export const NO_DATE_LOOKBACK_DAYS = 3;
/** A dated report whose day is this close before the other report's dateline. */
export const DATE_NEAR_DATELINE = 1;
/** A dated report within NO_DATE_LOOKBACK_DAYS of the other's dateline but not within a day. */
export const DATE_WITHIN_LOOKBACK = 0.25;
/** Outside the look-back but within NO_DATE_MAX_LAG_DAYS: a follow-up story, weak evidence against. */
export const DATE_LATE_FOLLOW_UP = -1;
/** A report with no event date published more than this after the other's date (or dateline) is not
 * about the same happening (a veto): follow-ups that late say when it happened. */
export const NO_DATE_MAX_LAG_DAYS = 10;
/** Neither report dates the event: datelines on the same day. */
export const DATE_SAME_DATELINE = 0.75;
/** Neither dates the event: datelines a day apart. */
export const DATE_ADJACENT_DATELINE = 0.5;
/** A dated event after the dateline of an undated report plus this slack cannot be what it reported. */
export const REPORTED_BEFORE_SLACK_DAYS = 1;

// --- actors -------------------------------------------------------------------------------------

/** The same named actor (canonical name or ACLED name): "Taliban" in both. */
export const ACTOR_SAME_NAMED = 2;
/** The same description ("Civilians (India)", "Rioters"): weak, every riot has rioters. */
export const ACTOR_SAME_DESCRIPTION = 0.5;
/** A description compatible with a name ("Unidentified Armed Group (Afghanistan)" and the Taliban). */
export const ACTOR_COMPATIBLE = 0.25;
/** Different actors of the same or incompatible kinds (the army vs the police, Taliban vs ISIS). */
export const ACTOR_DIFFERENT = -1.5;
/** Targets weigh less than actors: the victims are often described, not named. */
export const TARGET_WEIGHT = 0.75;

/**
 * Kinds of party (ACLED-style partyType) that one side of a happening can be told as by different
 * outlets (unordered pairs "A|B", A < B): an unidentified armed group later named as a rebel group;
 * civilians named as a person; protesters called rioters.
 */
export const COMPATIBLE_PARTY_TYPES: ReadonlySet<string> = new Set(["REB|UAF", "CVL|PER", "PRO|RIO", "CVL|PRO", "CVL|RIO"]);

/** Party types that are descriptions, not names: the same one in two reports is weak evidence. */
export const DESCRIPTIVE_PARTY_TYPES: ReadonlySet<string> = new Set(["UAF", "CVL", "PRO", "RIO"]);

// --- tolls --------------------------------------------------------------------------------------

/** The same exact non-zero death toll: a specific number two outlets agree on. */
export const TOLL_SAME_FIGURE = 1.5;
/** Ranges that overlap ("at least 12" and "15"). */
export const TOLL_OVERLAP = 0.5;
/** Disjoint but close tolls (revised figures: 12 then 15): neither for nor against. */
export const TOLL_CLOSE = 0;
/** Tolls wildly apart (5 vs 40): strongly against, short of a veto since tolls do climb over days. */
export const TOLL_WILD = -3;
/** Disjoint tolls are close when the higher is at most this multiple of the lower ... */
export const TOLL_CLOSE_RATIO = 2;
/** ... or at most this many more (small tolls: 2 vs 5). */
export const TOLL_CLOSE_SLACK = 4;
/** "No one was killed" against this many dead or more is a different happening (a veto). */
export const TOLL_ZERO_VETO_MIN = 3;
/** Injuries are counted loosely by outlets: their score is scaled down. */
export const INJURY_WEIGHT = 0.5;

// --- modality and background -----------------------------------------------------------------------

/**
 * Modalities that can tell one happening: what happened (asserted, claimed); what was said will
 * happen (pledged, intended, demanded); what did not or might happen (negated, hypothetical).
 * Reports in different groups never merge (a veto): a denied attack is not the attack.
 */
export const MODALITY_GROUP: Readonly<Record<string, string>> = {
  asserted: "real",
  claimed: "real",
  pledged: "future",
  intended: "future",
  demanded: "future",
  negated: "negated",
  hypothetical: "hypothetical",
};

/** Background events (past context: "since the riots of 1992") never join a recent event: they are
 * retold for years and would pull unrelated stories together. */
export const MERGE_BACKGROUND_INTO_RECENT = false;
