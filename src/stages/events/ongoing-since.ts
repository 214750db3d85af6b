import { HAVE_FORMS, PRESENT_STATE_VERBS } from "../../lexicons/grammar-words.js";
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
    // After a going-on since long ago: an event of it marked so, or a perfect with no event of its own ("Manipur has been
    // gripped by ethnic violence since May 2023").
    const before = sentences[k - 1];
    if (before && ((perSentence[k - 1] ?? []).some((e) => e.rules.includes(ONGOING_SINCE_RULE)) || tellsGoingOnSince(before, dates[before.index] ?? [], longAgo))) markRunningTotal(s, events, sentenceDates.length > 0);
    for (const e of events) {
      // A toll told only in a later, undated sentence in the perfect ("More than 400 people have been killed") is the going-on's
      // running total (markRunningTotal), which pins it to no one happening.
      const totalOnly = !!e.fatalities && !e.injuries && isRunningTotalSentence(sentences, dates, e.tollSentence?.fatalities);
      if (e.background || e.modality !== "asserted" || !physicalTypes.has(e.type) || e.date || (e.fatalities && !totalOnly) || e.injuries) continue;
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
      if (totalOnly) { e.fatalities = null; e.rules.push(RUNNING_TOTAL_RULE); }
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

/** Provenance of a bare toll in the perfect right after a going-on since long ago: that going-on's running total. */
export const RUNNING_TOTAL_RULE = "bg:ongoing-total";

/**
 * "Hezbollah and Israel have exchanged fire almost daily since Oct. 8. More than 400 people have been killed in Lebanon":
 * a sentence right after one telling a going-on since long ago, whose casualty verb (a weak trigger: "killed", "died")
 * is a perfect with no date in its sentence, counts the dead of that going-on so far, not of any one happening told before
 * it: background, and its figure is no event's toll (rule `bg:ongoing-total`).
 */
function markRunningTotal(s: SentenceView, events: readonly EventMention[], dated: boolean): void {
  if (dated) return;
  for (const e of events) {
    if (e.background || e.modality !== "asserted" || !e.row.weak || e.date) continue;
    const verb = anchorOf(e);
    if (s.tokens[verb]!.pos !== "VERB" || !isPerfect(s, verb)) continue;
    e.background = true;
    e.fatalities = null;
    e.rules.push(RUNNING_TOTAL_RULE);
  }
}

/** Whether the sentence holds a perfect whose clause runs to a "since" before a date long before the report. */
function tellsGoingOnSince(s: SentenceView, dates: readonly Located[], longAgo: (dateId: string) => boolean): boolean {
  if (dates.length === 0) return false;
  for (let v = 0; v < s.words.length; v++) if (s.tokens[v]!.pos === "VERB" && isPerfect(s, v) && sinceLongAgo(s, v, dates, longAgo) >= 0) return true;
  return false;
}

/** Whether the sentence of index `index` gives no date and tells something in the perfect ("have been killed", "has died"). */
function isRunningTotalSentence(sentences: readonly SentenceView[], dates: readonly (readonly Located[])[], index: number | undefined): boolean {
  if (index === undefined || (dates[index] ?? []).length > 0) return false;
  const s = sentences.find((x) => x.index === index);
  if (!s) return false;
  for (let j = 0; j < s.words.length; j++) {
    if (!HAVE_FORMS.has(s.words[j]!)) continue;
    let i = j + 1;
    while (i < s.words.length && s.tokens[i]!.pos === "ADV") i++;
    if (i < s.words.length && (s.words[i] === "been" || s.tokens[i]!.pos === "VERB")) return true;
  }
  return false;
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

/** Provenance of a displacement told as a running total. */
export const DISPLACED_TOTAL_RULE = "bg:displaced-total";

/**
 * "The conflict has displaced more than 10 million people", "More than 2.6 million people have been displaced across
 * Myanmar", "More than 7 million people are displaced in Congo": a displacement told in the perfect or as a present
 * state, with no date in its sentence, counts everyone a crisis has uprooted so far, not a flight from one happening:
 * background (rule `bg:displaced-total`). A dated sentence ("Floods have displaced 5,000 people, officials said on
 * Monday") and the past ("fled their homes") keep the event.
 */
export function markDisplacementTotals(sentences: readonly SentenceView[], perSentence: readonly EventMention[][], dates: readonly (readonly Located[])[]): void {
  sentences.forEach((s, k) => {
    if ((dates[s.index] ?? []).length > 0) return;
    for (const e of perSentence[k] ?? []) {
      if (e.type !== "DISPLACEMENT" || e.background || e.modality !== "asserted" || e.date) continue;
      const v = anchorOf(e);
      if (s.tokens[v]!.pos !== "VERB" && !s.words[v]!.endsWith("ed")) continue;
      if (!isPerfect(s, v) && !isPresentState(s, v)) continue;
      e.background = true;
      e.rules.push(DISPLACED_TOTAL_RULE);
    }
  });
}

/** "are displaced", "remain displaced": a present of "be" right before the participle, adverbs aside. */
function isPresentState(s: SentenceView, v: number): boolean {
  let j = v - 1;
  while (j >= 0 && s.tokens[j]!.pos === "ADV") j--;
  return j >= 0 && PRESENT_STATE_VERBS.has(s.words[j]!.toLowerCase());
}
