// Groups of event types that several steps of the events stage test (on the ground, comments, casualty-bearing), and the empty word set.

import type { EventMention } from "./event-mention.js";
import { isStateForceClass } from "./resources.js";

/** Types whose events happen somewhere on the ground: they may share a place named elsewhere in their sentence. */
export const PHYSICAL_TYPES = new Set(["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"]);
/** Physical types and people's flight, whose tense tells a happening from a running total or a state ("More than 7 million people are displaced"). */
export const TENSE_READ_TYPES: ReadonlySet<string> = new Set([...PHYSICAL_TYPES, "DISPLACEMENT"]);

/** Types that comment on another event ("condemn the attacks", "call for an end to the shelling") rather than happen on the ground. */
export const COMMENT_TYPES = new Set(["ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"]);

/**
 * Stances a party holds rather than acts it does once: "Islamabad accuses the Taliban of sheltering TTP fighters", "Rwanda, which
 * Congo accuses of backing the M23". Told in the simple present in prose they are how things stand (habitual-present.ts), as the
 * physical acts in that tense are; a new accusation is told in the past ("accused on Tuesday").
 */
export const STANCE_TYPES: ReadonlySet<string> = new Set(["ACCUSE"]);

/** Types whose casualties may be reported in the next sentence. */
/** Happenings no one aims: what they strike is where they struck ("an earthquake struck western Afghanistan"), not a party hit. */
export const UNAIMED_TYPES: ReadonlySet<string> = new Set(["NATURAL_DISASTER", "MAN_MADE_DISASTER"]);

export const CARRY_OVER_TYPES = new Set(["ASSAULT", "NATURAL_DISASTER", "MAN_MADE_DISASTER"]);

/** Types whose events carry deaths and injuries. */
const CASUALTY_TYPES = new Set(["ASSAULT", "PROTEST", "COERCE", "NATURAL_DISASTER", "MAN_MADE_DISASTER"]);
/**
 * Coercion that uses force on people and may kill: firing on a crowd, taking or retaking ground (ACLED
 * codes fatalities on territorial changes). An arrest, a seizure of goods, a curfew, a ban or a deportation
 * kills no one by itself: a figure in its sentence is someone else's ("arrested four vendors and seized
 * their 3,000 kilos of ... 'double dead' meat"; GeoVirus dev: 3,100 deaths on such events).
 */
export const CROWD_CONTROL = "crowd-control";
/**
 * Coercion by force on ground or a vessel: a taking or retaking of ground (triggers.tsv capture-place, retake), force on a
 * vessel or a place held ("fired water cannons at a supply boat": restrict). A casualty participle after one tells its toll.
 */
export const FORCE_ON_GROUND_MODES: ReadonlySet<string> = new Set(["seize", "retake", "restrict"]);
/** Coercion by force: on a crowd, or on ground or a vessel (FORCE_ON_GROUND_MODES). */
const FORCEFUL_COERCE_MODES: ReadonlySet<string> = new Set([CROWD_CONTROL, ...FORCE_ON_GROUND_MODES]);

/** Whether an event may carry a toll: violence, disasters, protests, and coercion by force. */
export function carriesCasualties(e: EventMention): boolean {
  return CASUALTY_TYPES.has(e.type) && (e.type !== "COERCE" || FORCEFUL_COERCE_MODES.has(e.mode ?? ""));
}

export const NO_WORDS: ReadonlySet<string> = new Set();

/** Modes of violence by explosives set off or thrown among people: remote violence in ACLED, whoever is hit. */
const REMOTE_VIOLENCE_MODES: ReadonlySet<string> = new Set(["suicide-attack", "IED", "explosives", "grenade"]);

/**
 * A bombing by no state's forces: explosives set off or thrown with no state force named as their user ("a suicide
 * bomber struck a rally", "a bomb exploded at an opposition rally", "IS claimed the suicide bombing"). Excessive force
 * against protesters is a state's force on them; such a bombing of a rally keeps its own coding (a suicide bomb, an
 * IED, a grenade), and the rally it hit is no protest met with force. (Gunfire by gunmen on a rally is left to the
 * protest's coding, as before.)
 */
export function isNonStateBombing(e: EventMention): boolean {
  return e.type === "ASSAULT" && !isStateForceClass(e.sourceClass) && REMOTE_VIOLENCE_MODES.has(e.mode ?? "");
}
