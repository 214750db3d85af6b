// What every step of extractEvents reads of the whole article once: its parties, places and dates by sentence, and the word classes.

import type { Document } from "../../core/index.js";
import { layer } from "../../core/index.js";
import { flatMapped, keep, mapped } from "../../core/keep.js";
import { findAnnotation } from "./find-annotation.js";
import { mainCountryOfPlaces, locateActorMentions, locateAnnotations, locatePersonMentions, type ActorMention, type Located } from "./assign-arguments.js";
import type { EventMention } from "./event-mention.js";
import type { TriggerMatch } from "./find-triggers.js";
import { addVoiceMentions, findDocumentVoice } from "./find-document-voice.js";
import { findNameAndDateTokens } from "./find-name-and-date-tokens.js";
import { reportDayOf } from "./infer-dateline-date.js";
import type { CasualtyMention } from "./parse-casualties.js";
import { inDateline } from "./place-setting.js";
import { countriesBeyondDateline, withoutDatelineAbroad } from "./filed-abroad.js";
import type { EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { HAVE_FORMS } from "../../lexicons/grammar-words.js";
import { type RelativeClauseWords, isExplicitCalendarDate, isExplicitCalendarYear } from "./attach-places-and-dates.js";
import { NO_WORDS } from "./event-type-groups.js";
import { datelineEndOf } from "./scene-places-and-dates.js";

/** What every step of extractEvents reads of the whole article: its parties, places and dates by sentence, and the word classes it uses. */
export interface DocumentContext {
  readonly actorMentions: ActorMention[][];
  readonly personMentions: { first: number; last: number }[][];
  readonly places: Located[][];
  readonly dates: Located[][];
  readonly durations: Located[][];
  readonly explicitDay: (id: string) => boolean;
  /** Whether a date is a year written out ("in 2020"). */
  readonly explicitYear: (id: string) => boolean;
  readonly reportDay: string | null;
  readonly isReportDay: (id: string) => boolean;
  readonly nameAndDateTokens: Set<number>[];
  readonly kindHeads: ReadonlySet<string>;
  readonly protestCauses: ReadonlySet<string>;
  readonly presupposing: ReadonlySet<string>;
  readonly reportVerbs: ReadonlySet<string> | undefined;
  readonly relativeWords: RelativeClauseWords;
  readonly topicPrepositions: ReadonlySet<string>;
}

/** What the first pass reads of each sentence, by the sentence's position. */
export interface SentenceReadings {
  readonly perSentence: EventMention[][];
  readonly casualtiesPerSentence: CasualtyMention[][];
  readonly attributionsPerSentence: TriggerMatch[][];
  readonly tellingWordsPerSentence: EventMention[][];
}

export function readDocumentContext(doc: Document, sentences: readonly SentenceView[], lex: EventsLexicons): DocumentContext {
  const actorMentions = locateActorMentions(doc, sentences);
  const personMentions = locatePersonMentions(doc, sentences);
  const voice = findDocumentVoice(doc, sentences, actorMentions);
  if (voice) addVoiceMentions(doc, sentences, actorMentions, voice);
  const actorSpans = flatMapped(layer(doc, "actor"), (a) => a.data.mentions ?? []);
  const nameSpans = keep(layer(doc, "entity"), (e) => e.data.type === "PERSON" || e.data.type === "ORG");
  const personActorSpans = flatMapped(keep(layer(doc, "actor"), (a) => a.data.kind === "person"), (a) => a.data.mentions ?? []);
  const places = locateAnnotations(layer(doc, "place"), sentences, actorSpans, nameSpans, personActorSpans);
  const opening = sentences.find((s) => s.opening);
  if (opening) {
    const datelineNames = keep(places[opening.index] ?? [], (p) => inDateline(opening, p.first, p.last));
    const datelineEnd = datelineNames.length > 0 ? datelineEndOf(opening, Math.max(...datelineNames.map((p) => p.last))) : 0;
    const elsewhere = countriesBeyondDateline(layer(doc, "place"), layer(doc, "actor"), datelineEnd);
    places[opening.index] = mapped(withoutDatelineAbroad(opening, places[opening.index] ?? [], mainCountryOfPlaces(layer(doc, "place")), elsewhere), (p) => p);
  }
  // Durations and sets ("for two hours", "every Friday") are not when an event happened.
  const dates = locateAnnotations(keep(layer(doc, "date"), (d) => (d.data.timexType === "DATE" || d.data.timexType === "TIME") && !isPerfectNow(doc.text, d) && !isTimeBound(doc.text, d) && !isOpenReference(d)), sentences);
  const durations = locateAnnotations(keep(layer(doc, "date"), (d) => d.data.timexType === "DURATION"), sentences);

  const explicitDay = (id: string) => isExplicitCalendarDate(findAnnotation(doc, "date", id)?.data);
  const explicitYear = (id: string) => isExplicitCalendarYear(findAnnotation(doc, "date", id)?.data);
  const reportDay = reportDayOf(doc);
  const isReportDay = (id: string) => reportDay !== null && findAnnotation(doc, "date", id)?.data.value === reportDay;
  const nameAndDateTokens = findNameAndDateTokens(doc, sentences, lex);
  return {
    actorMentions,
    personMentions,
    places,
    dates,
    durations,
    explicitDay,
    explicitYear,
    reportDay,
    isReportDay,
    nameAndDateTokens,
    kindHeads: lex.wordClasses.get("kind-head") ?? NO_WORDS,
    protestCauses: lex.wordClasses.get("protest-cause") ?? NO_WORDS,
    presupposing: lex.wordClasses.get("presupposed") ?? NO_WORDS,
    // Read once per document, not once per sentence.
    reportVerbs: lex.wordClasses.get("report-verb"),
    relativeWords: { pronouns: lex.wordClasses.get("relative-pronoun") ?? NO_WORDS, states: lex.wordClasses.get("state-verb") ?? NO_WORDS },
    topicPrepositions: lex.wordClasses.get("topic-preposition") ?? NO_WORDS,
  };
}

/** How far back the word before a date is read: the longest word of the sets below and a space. */
const WORD_BEFORE_CHARS = 8;

/** The lower-case word right before a date ("by" in "by Sunday", "have" in "have now"), "" at the text's start. */
function wordBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - WORD_BEFORE_CHARS), start).trimEnd().toLowerCase();
  return before.slice(before.lastIndexOf(" ") + 1);
}

/** Prepositions that make a date a bound, not a time: "by Sunday", "until March". */
const TIME_BOUND_WORDS = new Set(["by", "until", "till"]);

/**
 * "By Sunday the number killed in the blast had reached 45", "the curfew lasts until Monday", "pledged
 * to hand over power by March 15": a date after "by" or "until" bounds a count, a state or a deadline;
 * no event happened on that day.
 */
function isTimeBound(text: string, d: { start: number; data: { timexType?: string } }): boolean {
  // "by 6 p.m. the building had collapsed": a bound on a clock time still dates the day.
  if (d.data.timexType === "TIME") return false;
  return TIME_BOUND_WORDS.has(wordBefore(text, d.start));
}

/**
 * "recently", "in recent years", "in the future": TIMEX3's open past and future name no time an event can be put at, and
 * as an event's date they kept a telling's own day from it ("have killed thousands in recent years and kidnapped many").
 */
function isOpenReference(d: { data: { timexValue?: string } }): boolean {
  return d.data.timexValue === "PAST_REF" || d.data.timexValue === "FUTURE_REF";
}

/** Auxiliaries of a perfect before "now": "45 people have now died", "the toll has now risen". */
const PERFECT_AUXILIARIES = new Set([...HAVE_FORMS, "hasn't", "haven't"]);

/**
 * "45 people have now died in the attack": a perfect's "now" is when a count is told, up to which the
 * deaths happened, not when the event did (it would keep a revised toll apart from its attack). Other
 * presents stay dates of the dateline's day ("fighting is now raging").
 */
function isPerfectNow(text: string, d: { start: number; data: { timexValue?: string } }): boolean {
  if (d.data.timexValue !== "PRESENT_REF") return false;
  const word = wordBefore(text, d.start);
  return PERFECT_AUXILIARIES.has(word) || word.endsWith("'ve") || word.endsWith("\u2019ve");
}
