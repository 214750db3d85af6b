import { HAVE_FORMS } from "../../lexicons/grammar-words.js";
import { NO_WORDS } from "./event-type-groups.js";
import { isCampaignsRunningTotal } from "./parse-casualties.js";
import type { Located } from "./assign-arguments.js";
import { anchorOf, type EventMention } from "./event-mention.js";
import { governingVerb } from "./habitual-present.js";
import type { SentenceView } from "./sentence-view.js";

/**
 * "Rebels have fought Indian rule in the region since 1989", "the group has waged attacks on the army since 2015":
 * a perfect whose clause runs from a day long before the report tells an act going on over years, the story's
 * background, not a happening an analyst counts. Rule `bg:ongoing-since`.
 *
 * Only a perfect (the verb, or the verb that carries an event noun, right after "have"/"has"/"had", "been" and adverbs
 * aside) with "since" right before one of the clause's dates, and only when that date ends more than a month before
 * the report (`longAgo`, event-agreement.ts's longBeforeReport), or with "for" before a count of years ("has been fighting
 * for more than 15 years"): "have clashed since Monday" is one battle still going on, and "the deadliest since 2015" has no perfect. A toll or a day of the event's own pins it to one happening.
 */
export const ONGOING_SINCE_RULE = "bg:ongoing-since";

export function markOngoingSince(sentences: readonly SentenceView[], perSentence: readonly EventMention[][], dates: readonly (readonly Located[])[], longAgo: (dateId: string) => boolean, physicalTypes: ReadonlySet<string>, relativePronouns: ReadonlySet<string> = NO_WORDS): void {
  sentences.forEach((s, k) => {
    const events = perSentence[k] ?? [];
    const sentenceDates = dates[s.index] ?? [];
    if (events.length === 0) return;
    for (const e of events) {
      if (e.background || e.modality !== "asserted" || !physicalTypes.has(e.type) || e.date || e.fatalities || e.injuries) continue;
      const verb = governingVerb(s, anchorOf(e));
      if (verb >= 0 && !e.definite && describesByPerfect(s, verb, relativePronouns)) {
        e.background = true;
        e.rules.push(DESCRIPTIVE_PERFECT_RULE);
        continue;
      }
      // "The conflict has displaced more than 10 million people": what a campaign of violence has done in the perfect is
      // its running total, as its "has killed" is (parse-casualties.ts).
      if (verb === anchorOf(e) && isCampaignsRunningTotal(s, verb)) {
        e.background = true;
        e.rules.push(CAMPAIGN_TOTAL_RULE);
        continue;
      }
      const since = verb >= 0 && isPerfect(s, verb) ? Math.max(sinceLongAgo(s, verb, sentenceDates, longAgo), forYears(s, verb)) : -1;
      if (since < 0) continue;
      e.background = true;
      e.rules.push(ONGOING_SINCE_RULE);
      // "have traded fire almost daily since Oct. 8, a day after Hamas' attack on southern Israel": what the since-phrase
      // names is where the going-on started, further back still.
      // So is what the going-on's own clause names between its verb and the since-phrase ("have been attacked by drones
      // and rockets more than 80 times since 2021": the rockets are its means, not one more attack).
      for (const o of events) {
        if (o === e || o.background) continue;
        const at = anchorOf(o);
        if (at > since || (at > verb && s.clause[at] === s.clause[verb])) { o.background = true; o.rules.push(ONGOING_SINCE_RULE); }
      }
    }
  });
}

/**
 * "the Islamic State Sahel Province, which has fought al-Qaeda's local affiliate for control of the border zone", "the Fano,
 * who had fought alongside federal forces": a perfect in a relative clause set off by a comma says what the noun before it
 * is known for, with no day, toll or definite happening of its own: background. Rule `bg:descriptive-perfect`.
 */
export const DESCRIPTIVE_PERFECT_RULE = "bg:descriptive-perfect";
/** A campaign noun's perfect: its running total. */
const CAMPAIGN_TOTAL_RULE = "bg:campaign-total";

function describesByPerfect(s: SentenceView, verb: number, relativePronouns: ReadonlySet<string>): boolean {
  const have = perfectAuxiliary(s, verb);
  return have >= 2 && relativePronouns.has(s.words[have - 1]!.toLowerCase()) && s.words[have - 2] === ",";
}

/**
 * "have fought", "has long waged", "have been fighting", "have been attacked": a form of "have" before the verb,
 * adverbs and "been" aside (a passive perfect is the same going-on told from the side of those it befell).
 */
function isPerfect(s: SentenceView, verb: number): boolean {
  return perfectAuxiliary(s, verb) >= 0;
}

/** The "have"/"has"/"had" of a perfect verb, or -1. */
function perfectAuxiliary(s: SentenceView, verb: number): number {
  let j = verb - 1;
  while (j >= 0 && s.tokens[j]!.pos === "ADV") j--;
  if (j >= 0 && s.words[j] === "been") j--;
  while (j >= 0 && s.tokens[j]!.pos === "ADV") j--;
  return j >= 0 && HAVE_FORMS.has(s.words[j]!) ? j : -1;
}

/**
 * The "since" right before a date after the verb, that ends long before the report, with the verb's clause running up
 * to the "since" (which may open a clause of its own: "since the war began"); -1 if none.
 */
function sinceLongAgo(s: SentenceView, verb: number, dates: readonly Located[], longAgo: (dateId: string) => boolean): number {
  for (const d of dates) {
    const since = d.first - 1;
    if (since <= verb || s.words[since] !== "since" || !sameClauseUpTo(s, verb, since) || !longAgo(d.id)) continue;
    return since;
  }
  return -1;
}

/** Words between "for" and the years it counts: "for more than 15 years", "for the past two decades". */
const YEARS_BOUND_WORDS: ReadonlySet<string> = new Set(["more", "than", "over", "nearly", "almost", "about", "around", "some", "the", "past", "last", "a", "several", "many"]);
/** Units of a span long enough to be no one happening: "for 15 years", "for decades". */
const YEAR_UNITS: ReadonlySet<string> = new Set(["year", "years", "decade", "decades"]);
/** Words from "for" to its unit ("for | more than 15 | years": 4). Unit: tokens. */
const FOR_YEARS_REACH_TOKENS = 5;

/**
 * "has been fighting for more than 15 years to topple the government", "have clashed for decades": a "for" after the
 * verb, in its clause, whose phrase counts years or decades, is a going-on over years as "since 2008" is; the "for", or -1.
 */
function forYears(s: SentenceView, verb: number): number {
  for (let f = verb + 1; f < s.words.length && s.clause[f] === s.clause[verb]; f++) {
    if (s.words[f] !== "for") continue;
    for (let i = f + 1; i <= f + FOR_YEARS_REACH_TOKENS && i < s.words.length; i++) {
      const w = s.words[i]!.toLowerCase();
      if (YEAR_UNITS.has(w)) return f;
      if (!YEARS_BOUND_WORDS.has(w) && s.tokens[i]!.pos !== "NUM") break;
    }
  }
  return -1;
}

function sameClauseUpTo(s: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (s.clause[i] !== s.clause[from]) return false;
  return true;
}
