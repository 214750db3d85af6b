// Groups of event types that several steps of the events stage test (on the ground, comments, casualty-bearing), and the empty word set.

import type { EventMention } from "./event-mention.js";

/** Types whose events happen somewhere on the ground: they may share a place named elsewhere in their sentence. */
export const PHYSICAL_TYPES = new Set(["ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"]);

/** Types that comment on another event ("condemn the attacks", "call for an end to the shelling") rather than happen on the ground. */
export const COMMENT_TYPES = new Set(["ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"]);

/** Types whose casualties may be reported in the next sentence. */
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
const FORCEFUL_COERCE_MODES = new Set([CROWD_CONTROL, "seize", "retake"]);

/** Whether an event may carry a toll: violence, disasters, protests, and coercion by force. */
export function carriesCasualties(e: EventMention): boolean {
  return CASUALTY_TYPES.has(e.type) && (e.type !== "COERCE" || FORCEFUL_COERCE_MODES.has(e.mode ?? ""));
}

export const NO_WORDS: ReadonlySet<string> = new Set();
