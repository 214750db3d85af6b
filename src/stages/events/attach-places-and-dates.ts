// A sentence's places and dates given to the events whose words they stand by, and the rules that keep a setting, a report's day or a topic's place off an event.

import type { DateData } from "../../core/index.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { mapped } from "../../core/keep.js";
import { isLocative, attachToEvents, choosePlace, datelineEnd, localPlaces, type ActorMention, type Located } from "./assign-arguments.js";
import { REPORT_DATE_RULE, SENTENCE_PLACE_RULE, anchorOf, lastTokenOf, type EventMention } from "./event-mention.js";
import { DATELINE_MAX_TOKENS, DATELINE_DASHES, PLACE_PREPOSITIONS } from "./heuristics.js";
import { isSubjectsOwnAct, subjectModifiedBy } from "./participant-place.js";
import { COMPOUND_HEAD_MAX_TOKENS, compoundHeadEnd, inPhraseRightAfter, isLocativeRightAfter, isPhraseBetween, isTimeReference } from "./place-setting.js";
import type { SentenceView } from "./sentence-view.js";
import { ARTICLES, BE_FORMS, POSSESSIVE_DETERMINERS, POSSESSIVE_MARKS } from "../../lexicons/grammar-words.js";
import { COMMENT_TYPES, NO_WORDS, PHYSICAL_TYPES, UNAIMED_TYPES } from "./event-type-groups.js";
import { CAUSING_VERBS } from "./suppress-weak-events.js";
import { coordinatedVerbBefore } from "./find-role-phrases.js";

/** Types coded once per location, as ACLED does: "bombings in Jabla ... and Tartus" are two events. */
const SPLIT_BY_PLACE_TYPES = new Set(["ASSAULT"]);

/** A name right before an event's own noun ("the Orlando massacre"): it tells where that event happened. */
function namesItsNoun(p: Located, e: EventMention): boolean {
  return p.modifies !== undefined && e.tokens.includes(p.modifies);
}

const EVENT_WORDS = stageWordClasses("events");

export function attachPlacesAndDates(s: SentenceView, events: EventMention[], allPlaces: readonly Located[], dates: readonly Located[], isExplicitDay: (dateId: string) => boolean = () => false, reportVerbWords?: ReadonlySet<string>, relativeWords: RelativeClauseWords = NO_RELATIVE_WORDS, topicWords: ReadonlySet<string> = NO_WORDS, parties: readonly ActorMention[] = [], cased = true, isExplicitYear: (dateId: string) => boolean = () => false): void {
  if (events.length === 0) return;
  const anchors: number[] = [];
  for (const e of events) anchors.push(anchorOf(e));
  // Many sentences with events name no place, or no date: each half has nothing to give them then.
  if (allPlaces.length > 0) attachPlaces(s, events, anchors, allPlaces, relativeWords, topicWords, parties, cased);
  if (dates.length > 0) attachDates(s, events, anchors, dates, isExplicitDay, reportVerbWords, isExplicitYear, topicWords);
}

/** attachPlacesAndDates' places: each event's own, else the sentence's most specific one. */
function attachPlaces(s: SentenceView, events: EventMention[], anchors: readonly number[], allPlaces: readonly Located[], relativeWords: RelativeClauseWords, topicWords: ReadonlySet<string>, parties: readonly ActorMention[], cased: boolean): void {
  // "the Vienna process", "the Obama administration": a name describing another noun is no place of an
  // event, unless that noun is an event's own word ("the Manchester suicide bombing").
  const eventWords = new Set<number>();
  for (const e of events) for (const t of e.tokens) eventWords.add(t);
  // "their retaking of Palmyra", "would visit Libya": the event's own word of taking, visiting or bombarding ground governs the name.
  // "fatally shot Jason Cumby of Athens": a person's home is no place of what happened to them.
  // "An earthquake struck western Afghanistan", "floods hit northern Nigeria": the country a disaster strikes is where it
  // struck, for that disaster only (an attack on a country's name keeps it a party).
  const unaimedHere = events.some((e) => UNAIMED_TYPES.has(e.type));
  const governed = (p: Located) => isGovernedByEventWord(s, eventWords, p);
  const places = allPlaces.filter((p) => (p.participant ? unaimedHere || governed(p) : p.modifies === undefined || eventWords.has(p.modifies)) && !p.residence && !isPossessiveOutsideSetting(s, p) && !inDescriptiveRelativeClause(s, containedFrom(s, p, allPlaces), anchors, relativeWords) && !isAcrossBorder(s, p));
  const placeCands = mapped(events, (): Located[] => []);
  // "raised these concerns in a call with Lavrov and urged him to press the regime to cease airstrikes
  // in Aleppo": a place after the noun of a happening on the ground is that happening's; a talk, a
  // demand or a statement before it is about the happening and does not take place there.
  // "deep frustration in Downing Street about Saturday's attack": a place before the word that says what a
  // feeling, a talk or a statement is about locates that, not the event named after it.
  const talksAbout = talksAboutTest(events);
  // "Police in the city of Lyon were searching for a man believed to be responsible for a Friday blast": a place
  // phrase on a noun of the clause's subject locates that participant; it is only the place of what the subject
  // itself does or undergoes there ("gunmen in Kabul attacked", "their posts in Anderstown came under gunfire").
  const locatesSubject = cased ? subjectLocations(s, eventWords, places) : new Map<Located, number>();
  for (const p of places) {
    for (const k of attachToEvents(s, p, anchors, talksAbout)) {
      if (p.participant && !UNAIMED_TYPES.has(events[k]!.type) && !governed(p)) continue;
      const subject = locatesSubject.get(p);
      if (subject !== undefined && !isSubjectsOwnAct(s, p, anchors[k]!, namesPartyIn(parties, events[k]!, subject, p.first))) continue;
      if (!locatesTopicOf(s, topicWords, p, anchors[k]!) && !inRequestedAct(s, events[k]!, p)) placeCands[k]!.push(p);
    }
  }
  // An event with no place of its own shares the sentence's most specific one ("after a roadside bomb wounded four Taliban fighters in the area").
  // "A statement after a two-hour emergency meeting at Stormont Castle said that ... had considered the
  // bombing outrages": the place a talk's or statement's own noun phrase gives is where that talk went on,
  // no place the sentence's other happenings share.
  const talkPlaces = new Set(events.flatMap((e, k) => !PHYSICAL_TYPES.has(e.type) && s.tokens[anchors[k]!]!.pos === "NOUN" ? inPhraseRightAfter(s, lastTokenOf(e), allPlaces) : []));
  const shared = places.filter((p) => !talkPlaces.has(p) && !locatesSubject.has(p) && !isDestinationOfAnotherClause(s, p, anchors));
  // "ABUJA (Reuters) - A drone strike killed 85 civilians who were celebrating in the village of Tudun Biri": the town a
  // dateline names is where the story was filed, the lead's place only when the lead names none of its own, in any clause.
  // Only a place in the dateline's country takes over: one abroad is as often a misread name ("Rio" for Rio Negro in a
  // BOGOTA story) as the scene.
  const filedAt = datelinePlaces(s, places);
  // "KABUL (AP) - An earthquake struck western Afghanistan": a part of the country named by a compass word passes the dateline
  // too (the country is the place, at its precision), as the filing town is often far from it; a bare country does not.
  // "DUBAI, United Arab Emirates (AP) — Iranian security forces opened fire on protesters after Friday prayers in the
  // southeastern city of Zahedan": a bureau abroad files the story; a town the lead sets its scene in, in the country
  // most of the story's places lie in (not the dateline's), is the lead's place too (a misread "Rio" in a BOGOTA story
  // lies outside the story's country and still does not take over).
  const passFiled = filedAt.size > 0 && shared.some((p) => !filedAt.has(p) && ((p.kind !== "country" && (inCountryOf(p, filedAt) || (!!p.setting && !!p.inMainCountry && !p.homonymAbroad && !inMainCountry(filedAt)))) || (p.kind === "country" && isCompassPart(s, p) && inCountryOf(p, filedAt))));
  // "what was needed from Moscow was ... to stop the slaughter": where someone comes from is no place to share.
  const sentencePlace = choosePlace(s, (passFiled ? shared.filter((p) => !filedAt.has(p)) : shared).filter((p) => p.setting || !isSourceOfFrom(s, p.first)));
  events.forEach((e, k) => {
    // The most specific place of the event's own clause first ("KABUL (Reuters) - Gunmen attacked a
    // checkpoint in Kunduz": Kunduz, not the dateline's town); places it reached across clauses after.
    // A talk, a demand or a statement happens where its clause sets it ("met in Doha", "a trip to Moscow");
    // a name in another role ("urges Obama", "the U.S. stewardship of Asia", "Kiev gave up its weapons") is
    // no place of it. Events on the ground keep any place of their clause, as most are told with one.
    const reachedHere = passFiled ? placeCands[k]!.filter((p) => !filedAt.has(p)) : placeCands[k]!;
    const reached = PHYSICAL_TYPES.has(e.type) ? reachedHere : reachedHere.filter((p) => (!!p.setting || isGovernedByEventWord(s, eventWords, p)) && !placeOfLaterVerb(s, e, anchors[k]!, p) && !(COMMENT_TYPES.has(e.type) && placeOfAnotherPhrase(s, e.tokens, p.first, eventWords)));
    // The subject's location is the act's place only when the act has no place of its own clause: "Authorities in
    // Minsk detained an activist as she returned from Vilnius" happened in Minsk; a place another clause names
    // belongs to that clause's act first.
    // Only a locative phrase of the subject ("in Minsk") sets it so; a name modifying the subject's noun ("the
    // Philippines coast guard") says whose body it is, and the act's own place is looked for as before.
    const located = reached.filter((p) => locatesSubject.has(p) && isAfterPlacePreposition(s, p.first));
    const cands = located.length > 0 && !reached.some((p) => !locatesSubject.has(p) && s.clause[p.first] === s.clause[anchors[k]!]) ? located : reached.some((p) => !locatesSubject.has(p)) ? reached.filter((p) => !locatesSubject.has(p)) : reached;
    const own = cands.filter((p) => s.clause[p.first] === s.clause[anchors[k]!]);
    const fallback = shared.some((p) => locatesTopicOf(s, topicWords, p, anchors[k]!)) ? choosePlace(s, shared.filter((p) => !locatesTopicOf(s, topicWords, p, anchors[k]!))) : sentencePlace;
    // "accused the army of war crimes during the worst hostilities in the Karabakh conflict zone": the
    // locative phrase right after an event noun is its own, whatever town another phrase of the clause names.
    // "avoiding a rape charge in Sweden": after the noun the event's word modifies, too.
    // "sexual assault charges in Sweden": a trigger whose last word is a noun is a noun phrase too.
    const ownPhrase = s.tokens[anchors[k]!]!.pos === "NOUN" || s.tokens[lastTokenOf(e)]!.pos === "NOUN" ? inPhraseRightAfter(s, compoundHeadEnd(s, lastTokenOf(e)), own) : [];
    // "killed in IS attacks in Badia, prompting Russian airstrikes": a happening the sentence tells as set off by
    // another is told apart from it, with no place of its own; the cause's place is no guess at its place.
    const chosen = choosePlace(s, ownPhrase) ?? choosePlace(s, own) ?? choosePlace(s, cands) ?? (PHYSICAL_TYPES.has(e.type) && !isSetOffByCause(s, anchors[k]!) ? fallback : null);
    if (chosen) { e.place = chosen.id; e.geoPrecision = chosen.precision; }
    // "Within 10 days of the attacks, the army moved in to ... Derry": a happening that only dates the
    // clause is told at no place but one its own noun's locative phrase gives ("after the bombing in
    // Kabul"); another place of the sentence stays the event's guess (as a scene's would), not the telling's.
    // "in the wake of the Gereshk bombing": a name before the noun is its own too, as in "the bombing in Gereshk".
    if (chosen && isTimeReference(s, anchors[k]!) && !allPlaces.some((p) => p.id === chosen.id && (isLocativeRightAfter(s, lastTokenOf(e), p.first) || namesItsNoun(p, e)))) e.rules.push(SENTENCE_PLACE_RULE);
    if (chosen && SPLIT_BY_PLACE_TYPES.has(e.type)) e.otherPlaces = localPlaces(s, cands).filter((p) => p.id !== chosen.id);
  });
}

/** Nouns of a border, after which "with" names the neighbour across it. */
const BORDER_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("border-nouns");

/**
 * "attacked the Boulkessi camp near the border with Burkina Faso": a country named as the neighbour across a border
 * is where the event was not; the event keeps another place of its sentence, or the story's.
 */
function isAcrossBorder(s: SentenceView, p: Located): boolean {
  return p.kind === "country" && p.first >= 2 && s.words[p.first - 1]!.toLowerCase() === "with" && BORDER_NOUNS.has(s.words[p.first - 2]!.toLowerCase());
}

/** Compass words that name a part of a country ("western Afghanistan", "southern Bangladesh"). */
const COMPASS_WORDS: ReadonlySet<string> = EVENT_WORDS.get("compass-words");

/** Whether a compass word stands right before the place's name ("in western Afghanistan"). */
function isCompassPart(s: SentenceView, p: Located): boolean {
  return p.first > 0 && COMPASS_WORDS.has(s.words[p.first - 1]!.toLowerCase());
}

/** The places of a wire story's dateline, before the dash that closes it (none outside the opening sentence). */
function datelinePlaces(s: SentenceView, places: readonly Located[]): ReadonlySet<Located> {
  const end = s.opening ? datelineEnd(s) : -1;
  if (end < 0) return NO_PLACES;
  const out = new Set<Located>();
  for (const p of places) if (p.last < end) out.add(p);
  return out;
}
const NO_PLACES: ReadonlySet<Located> = new Set();

/** Whether one of the dateline's places lies in the article's main country (then the dateline is at home, not abroad). */
function inMainCountry(filedAt: ReadonlySet<Located>): boolean {
  for (const d of filedAt) if (d.inMainCountry) return true;
  return false;
}

/** Whether a place lies in the country of one of the dateline's places. */
function inCountryOf(p: Located, filedAt: ReadonlySet<Located>): boolean {
  if (!p.country) return false;
  for (const d of filedAt) if (d.country === p.country) return true;
  return false;
}

/** Whether a place preposition ("in", "at", "near") stands right before the name, maybe with "the" between. */
function isAfterPlacePreposition(s: SentenceView, first: number): boolean {
  return PLACE_PREPOSITIONS.has(wordBeforeName(s, first));
}

/**
 * "Heavy gunfire shook southern neighbourhoods of the city, and flights at Mitiga were diverted to Misrata": where something
 * went, in a clause that tells no event, is no scene the sentence's events share.
 */
function isDestinationOfAnotherClause(s: SentenceView, p: Located, anchors: readonly number[]): boolean {
  const to = s.words[p.first - 1] === "the" ? p.first - 2 : p.first - 1;
  if (to < 1 || !DESTINATION_PREPOSITIONS.has(s.words[to]!)) return false;
  // Only after a verb of moving done ("diverted to", "fled to", "was taken to"): "responding to Orlando", "according to
  // Kabul" name no destination.
  const verb = s.tokens[to - 1]!;
  return verb.pos === "VERB" && !verb.normal.endsWith("ing") && !anchors.some((a) => s.clause[a] === s.clause[p.first]);
}
const DESTINATION_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "toward", "towards"]);

/** The word before a name, over a "the" ("in the Philippines", "from the United States"). */
function wordBeforeName(s: SentenceView, first: number): string {
  return s.words[s.words[first - 1] === "the" ? first - 2 : first - 1] ?? "";
}

/**
 * Whether the event's noun phrase is the object of a verb of causing ("prompting Russian airstrikes",
 * "sparked protests"): the words before the trigger, inside its noun phrase, follow that verb in its clause.
 */
function isSetOffByCause(s: SentenceView, anchor: number): boolean {
  let i = anchor - 1;
  while (i >= 0 && anchor - i <= CAUSED_OBJECT_MAX_TOKENS && s.clause[i] === s.clause[anchor] && CAUSED_OBJECT_WORDS.has(s.tokens[i]!.pos)) i--;
  return i >= 0 && s.clause[i] === s.clause[anchor] && s.tokens[i]!.pos === "VERB" && CAUSING_VERBS.has(s.tokens[i]!.normal);
}
/** Parts of speech inside the noun phrase a verb of causing takes ("more Russian airstrikes"). */
const CAUSED_OBJECT_WORDS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);
/** How far back from the trigger the verb of causing is looked for. Unit: tokens. */
const CAUSED_OBJECT_MAX_TOKENS = 5;

/**
 * "what was needed from Moscow was less talk", "aid workers arriving from Jordan said", "from Obama being
 * a founder of": a name after "from" (and maybe "the") is where someone or something comes from, or a
 * government by its capital, not a setting (place-setting.ts leaves "from" out); it is no place the
 * sentence's other happenings share. "20 km from Kabul" is a setting and stays.
 */
function isSourceOfFrom(s: SentenceView, first: number): boolean {
  return wordBeforeName(s, first) === "from";
}

/** attachPlacesAndDates' dates: an explicit calendar date first, then one in an event's own clause. */
function attachDates(s: SentenceView, events: EventMention[], anchors: readonly number[], dates: readonly Located[], isExplicitDay: (dateId: string) => boolean, reportVerbWords: ReadonlySet<string> | undefined, isExplicitYear: (dateId: string) => boolean, topicWords: ReadonlySet<string>): void {
  // An explicit calendar date ("On 4 May 2020, ...") wins over relative words ("overnight", "on Tuesday");
  // then a date in an event's own clause wins over one that only falls back to the nearest event.
  // "since the start of the crisis in 2012" is when something began, not when the event happened.
  const candidates = dates.filter((d) => !startsAPeriod(s, d));
  // "X today confirmed foreign participation in the assassination of Y on 18 August": a date beside a
  // verb of reporting dates the report; any other date of the sentence goes to the events first.
  const reportVerbs = reportVerbWords ?? NO_WORDS;
  // "As reported on 15 June 2022, on 5 June 2022, gunmen killed ...": ACLED's notes give the report's calendar date
  // before the event's; beside its verb of reporting it dates the report, and the event takes its own date first.
  const reportedDays = reportedCalendarDays(s, reportVerbs, candidates, isExplicitDay);
  const explicit = candidates.filter((d) => isExplicitDay(d.id) && !reportedDays.includes(d));
  const rest = candidates.filter((d) => !isExplicitDay(d.id) && !datesAReport(s, reportVerbs, d));
  const reports = candidates.filter((d) => (!isExplicitDay(d.id) && datesAReport(s, reportVerbs, d)) || reportedDays.includes(d));
  const inOwn = inOwnClauseTest(s, anchors);
  const comments = commentsTest(events);
  // "The suspect in the 2015 Paris attacks was sentenced on Wednesday": a date that modifies an event's noun dates
  // that event first; the sentence's other events take their own dates before it.
  const nounDates = new Set<Located>();
  for (const d of candidates) {
    const k = datedNoun(s, events, anchors, d);
    if (k < 0) continue;
    events[k]!.date ??= d.id;
    nounDates.add(d);
  }
  const ordered = [...explicit.filter(inOwn), ...explicit.filter((d) => !inOwn(d)), ...rest.filter(inOwn), ...rest.filter((d) => !inOwn(d)), ...reports];
  for (const d of nounDates.size === 0 ? ordered : [...ordered.filter((d) => !nounDates.has(d)), ...ordered.filter((d) => nounDates.has(d))]) {
    const report = reports.includes(d);
    for (const k of attachToEvents(s, d, anchors, comments)) {
      const e = events[k]!;
      if (e.date || isDatedElsewhere(s, e, d, topicWords)) continue;
      e.date = d.id;
      if (report) e.rules.push(REPORT_DATE_RULE);
    }
  }
  // "On 8 May 2020, police fired on protesters in Lagos, killing two": a calendar date that opens the
  // sentence sets the scene of all of it, participle clauses included, not only of its own clause.
  // So does a year written out ("In 2020, a similar attack on the same prison freed 1,300 inmates": the freeing
  // is of 2020 too, and the old-news reading then sees it as the background it is).
  const opening = explicit.find((d) => opensSentence(s, d)) ?? candidates.find((d) => isExplicitYear(d.id) && opensSentence(s, d));
  if (opening) for (const e of events) e.date ??= opening.id;
}

/**
 * "López Obrador, asked about the Celaya killings at his daily news conference on Monday": a definite event noun that is
 * what a question, a talk or a statement is about names a happening told before; the clause's date is the talk's. Only a
 * date right after the noun ("the killings on Saturday") or before it (datedNoun) is its own.
 */
function isDatedElsewhere(s: SentenceView, e: EventMention, d: Located, topicWords: ReadonlySet<string>): boolean {
  if (e.definite !== true || topicWords.size === 0) return false;
  const anchor = anchorOf(e);
  if (s.tokens[anchor]!.pos !== "NOUN") return false;
  const last = lastTokenOf(e);
  if (d.first > last && d.first - last <= OWN_DATE_GAP_TOKENS) return false;
  let i = Math.min(anchor, e.tokens[0]!) - 1;
  while (i >= 0 && TOPIC_NOUN_PREMODIFIER_POS.has(s.tokens[i]!.pos)) i--;
  return i >= 0 && topicWords.has(s.words[i]!.toLowerCase());
}
/** Words from an event noun to a date of its own after it ("the killings | on | Saturday": 2). Unit: tokens. */
const OWN_DATE_GAP_TOKENS = 2;
/** What may stand between a topic preposition and its event noun: "about [the Celaya] killings", "over [last week's] attack". */
const TOPIC_NOUN_PREMODIFIER_POS: ReadonlySet<string> = new Set(["DET", "PROPN", "ADJ", "NOUN", "NUM", "PART"]);

/*
 * attachPlacesAndDates' tests, as module functions rather than closures made per sentence: under the
 * bundler's keepNames (and tsx) each closure bound to a name costs a defineProperty of the name.
 * The three below return anonymous arrows for the same reason.
 */

/** Whether the k-th event is one a place before it may only be the topic of (a talk, a demand, a statement). */
function talksAboutTest(events: readonly EventMention[]): (k: number) => boolean {
  return (k) => !PHYSICAL_TYPES.has(events[k]!.type);
}
/** Whether a date stands in the clause of one of the sentence's events. */
function inOwnClauseTest(s: SentenceView, anchors: readonly number[]): (d: Located) => boolean {
  return (d) => inAnEventsClause(s, anchors, d);
}
/** Whether the k-th event is a comment (a date before it may be the commented happening's). */
function commentsTest(events: readonly EventMention[]): (k: number) => boolean {
  return (k) => COMMENT_TYPES.has(events[k]!.type);
}

/**
 * "aimed at intimidating its neighbours, undermining trust and stability in Europe", "calls on the
 * WHO to convene a group ..., and for authorities to reconsider the decision to hold the Games in
 * Rio": a place in a later clause, after a verb of its own, is where that verb's act is, not where a
 * talk, a threat or a statement before it went on. A verb that only carries the event ("the meeting
 * took place in Brussels", "the talks were held in Doha": the support verbs) does not part them.
 */
function placeOfLaterVerb(s: SentenceView, e: EventMention, anchor: number, p: Located): boolean {
  if (p.first <= anchor || s.clause[p.first] === s.clause[anchor]) return false;
  for (let i = anchor + 1; i < p.first; i++) {
    if (s.tokens[i]!.pos !== "VERB" || e.tokens.includes(i)) continue;
    if (s.supportVerbs?.has(s.words[i]!) || s.words[i + 1] === "place") continue;
    return true;
  }
  return false;
}

/**
 * Whether a place a comment's clause names (a demand, a threat, an accusation) locates another phrase
 * of the sentence rather than the comment, told by a verb:
 * - "ordered the departure of family members of American staff at its embassy in Caracas": a locative
 *   phrase right after a noun of the verb's object (no event's own word) locates that noun;
 * - "declared an independent state in parts of Dagestan and Chechnya, and called on Muslims", "prosecutors
 *   called Yuhua Bai, owner of Hunam Palace, in Junction City, who testified that ... a caller requested": a
 *   place before the comment's verb, after another verb, is in that verb's phrase.
 * A place before the verb with no other verb before it ("In Caracas, the opposition called for ...") stays.
 */
export function placeOfAnotherPhrase(s: SentenceView, trigger: readonly number[], first: number, eventWords: ReadonlySet<number>): boolean {
  const anchor = trigger[0]!;
  if (s.tokens[anchor]!.pos !== "VERB") return false;
  if (first > anchor) {
    const preposition = s.words[first - 1] === "the" ? first - 2 : first - 1;
    if (!PLACE_PREPOSITIONS.has(s.words[preposition] ?? "")) return false;
    const noun = preposition - 1;
    return noun > trigger[trigger.length - 1]! && s.tokens[noun]!.pos === "NOUN" && !eventWords.has(noun);
  }
  // "stopped in Oakport and Moorhead, urging residents to ...", "posting flyers around Toronto asking for help": a
  // comment told by a participle or an infinitive hangs on the clause before it and shares its setting.
  if (s.words[anchor - 1] === "to" || /ing$/.test(s.words[anchor]!)) return false;
  // "favored economic isolation, at a campaign stop in Ciudad Juarez, ... he called for": a place set off by a comma
  // opens an adjunct of its own; "speaking to a veterans group in Virginia, said he would order", "tells his
  // supporters at a Michigan rally to make sure": a verb of saying before it tells the comment itself, there.
  // Not one the comment's verb is joined to by "and": "declared an independent state in parts of Dagestan and
  // Chechnya, and called on Muslims to take up arms" tells two acts, and the place is the declaring's.
  const joinedTo = coordinatedVerbBefore(s, anchor);
  for (let i = first - 1; i >= 0 && s.clause[i] === s.clause[first] && s.words[i] !== ","; i--) {
    if (s.tokens[i]!.pos !== "VERB" || trigger.includes(i) || BE_FORMS.has(s.words[i]!) || s.supportVerbs?.has(s.words[i]!) || endsNounPhrase(s, i)) continue;
    return !s.reportVerbs?.has(s.words[i]!) || i === joinedTo;
  }
  return false;
}

/**
 * "at a campaign stop": a word tagged a verb after a preposition, an article and the phrase's modifiers heads that
 * noun phrase (a preposition's object is no clause's subject, as "the party" of "the party won" is).
 */
function endsNounPhrase(s: SentenceView, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && NOUN_PHRASE_MODIFIERS.has(s.tokens[j]!.pos)) j--;
  return j >= 1 && (ARTICLES.has(s.words[j]!) || POSSESSIVE_DETERMINERS.has(s.words[j]!)) && s.tokens[j - 1]!.pos === "ADP";
}
/** Parts of speech between a noun phrase's article and its head ("a campaign stop", "the big rally"). */
const NOUN_PHRASE_MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * The places of phrases on a noun of a clause's subject that is no event's own word nor a noun the
 * event's word modifies ("police in Lyon", not "the attack in Lyon" nor "hurricane landfalls in the
 * United States"), with the names listed after them in the same phrase ("offices in Arizona and Illinois").
 */
function subjectLocations(s: SentenceView, eventWords: ReadonlySet<number>, places: readonly Located[]): Map<Located, number> {
  const out = new Map<Located, number>();
  let prev: Located | undefined;
  for (const p of [...places].sort((a, b) => a.first - b.first)) {
    if (p.kind === undefined) continue;
    const listedStart = prev && prev.last < p.first && isPhraseBetween(s, prev.last, p.first) ? out.get(prev) : undefined;
    if (listedStart !== undefined) out.set(p, listedStart);
    else {
      const subject = subjectModifiedBy(s, p.first, p.last);
      if (subject && !modifiesEventWord(s, eventWords, subject.noun)) out.set(p, subject.start);
    }
    prev = p;
  }
  return out;
}

/** Whether a mention of the event's doer or target stands in the subject, between its first word and the place. */
function namesPartyIn(parties: readonly ActorMention[], e: EventMention, start: number, end: number): boolean {
  return parties.some((m) => (m.actor === e.actor || m.actor === e.target) && m.first >= start && m.last < end);
}

/** Whether a noun is an event's word or the head of a compound an event's word opens ("hurricane landfalls"). */
function modifiesEventWord(s: SentenceView, eventWords: ReadonlySet<number>, noun: number): boolean {
  for (let i = noun; i >= 0 && noun - i <= COMPOUND_HEAD_MAX_TOKENS && (i === noun || s.tokens[i]!.pos === "NOUN"); i--) if (eventWords.has(i)) return true;
  return false;
}

/** "their retaking of Palmyra", "would visit Libya": the event's own word of taking, visiting or bombarding ground governs the name. */
function isGovernedByEventWord(s: SentenceView, eventWords: ReadonlySet<number>, p: Located): boolean {
  return p.governor !== undefined && eventWords.has(p.governor) && !!s.placeObjects?.has(s.words[p.governor]!);
}

/**
 * "deep frustration in Downing Street about Saturday's attack": a place before the word that says what a
 * feeling, a talk or a statement is about locates that, not the event named after it (anchored at `anchor`).
 */
function locatesTopicOf(s: SentenceView, topicWords: ReadonlySet<string>, p: Located, anchor: number): boolean {
  return p.last < anchor && topicBetween(s, p.last, anchor, topicWords);
}

/** Whether a date stands in the clause of one of the events (anchored at `anchors`). */
function inAnEventsClause(s: SentenceView, anchors: readonly number[], d: Located): boolean {
  return anchors.some((a) => s.clause[a] === s.clause[d.first]);
}

/** Whether token k is a verb of reporting. */
function isReportVerbAt(s: SentenceView, reportVerbs: ReadonlySet<string>, k: number): boolean {
  return k >= 0 && k < s.tokens.length && s.tokens[k]!.forms.some((f) => reportVerbs.has(f));
}

/**
 * The calendar dates beside a verb of reporting ("As reported on 15 June 2022, on 5 June 2022, ..."), when the
 * sentence has another calendar date that is not: those date the report; none when no other calendar date is told.
 */
function reportedCalendarDays(s: SentenceView, reportVerbs: ReadonlySet<string>, candidates: readonly Located[], isExplicitDay: (dateId: string) => boolean): readonly Located[] {
  const out: Located[] = [];
  let other = false;
  for (const d of candidates) {
    if (!isExplicitDay(d.id)) continue;
    if (datesAReport(s, reportVerbs, d)) out.push(d);
    else other = true;
  }
  return other ? out : [];
}

/** A date beside a verb of reporting ("today confirmed", "said on Monday"): it dates the report. */
export function datesAReport(s: SentenceView, reportVerbs: ReadonlySet<string>, d: Located): boolean {
  return isReportVerbAt(s, reportVerbs, d.first - 1) || isReportVerbAt(s, reportVerbs, d.last + 1) || (s.words[d.first - 1] === "on" && isReportVerbAt(s, reportVerbs, d.first - 2));
}

/**
 * "asking citizens to take to the streets from the Caribbean to the Andes", "called for a no-fly zone
 * in Syria": a place after a demand's complement opener (an infinitive's "to" before a verb, "for")
 * is where the act demanded would happen, not where the demand was made ("called in Geneva for a truce").
 */
function inRequestedAct(s: SentenceView, e: EventMention, p: Located): boolean {
  if (e.type !== REQUEST_TYPE) return false;
  // "called for a no-fly zone in Syria": the trigger's own last word may open the complement.
  for (let i = lastTokenOf(e); i < p.first; i++) {
    const w = s.words[i]!;
    if (w === "for" || (w === "to" && s.tokens[i + 1]?.pos === "VERB")) return true;
  }
  return false;
}
const REQUEST_TYPE = "REQUEST";

/** Whether a topic preposition ("about", "over", "regarding") stands between two tokens of a clause, with no verb between it and the later one. */
function topicBetween(s: SentenceView, from: number, to: number, topicWords: ReadonlySet<string>): boolean {
  for (let i = to - 1; i > from; i--) {
    if (s.clause[i] !== s.clause[to]) return false;
    if (topicWords.has(s.words[i]!)) return true;
    if (s.tokens[i]!.pos === "VERB") return false;
  }
  return false;
}

/** The word classes that tell a descriptive relative clause: its pronoun and the verb of state after it. */
export interface RelativeClauseWords {
  readonly pronouns: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
}
const NO_RELATIVE_WORDS: RelativeClauseWords = { pronouns: NO_WORDS, states: NO_WORDS };

/**
 * A place in a relative clause that describes the noun it qualifies, with a verb of state and no
 * event of its own ("Paris' counterterrorism authority, which has jurisdiction over terrorism
 * incidents throughout France, announced ... a probe into the explosion"; "the militants, who are
 * based in Waziristan, attacked a checkpoint"), says where that noun is or what it covers, not where
 * an event of another clause happened. A relative clause of action keeps its place for the event
 * ("the battalion, which advanced toward Escalon"). Word classes `relative-pronoun` ("that", also a
 * complementiser, is not one) and `state-verb` (the clause's main verb, or its auxiliary when it has no other).
 */
function inDescriptiveRelativeClause(s: SentenceView, p: Located, anchors: readonly number[], words: RelativeClauseWords): boolean {
  const clause = s.clause[p.first]!;
  if (anchors.some((a) => s.clause[a] === clause)) return false;
  const opener = s.clause.indexOf(clause);
  if (opener <= 0 || !words.pronouns.has(s.words[opener]!)) return false;
  // "set up two bases in the jurisdiction, which is located to the east of Zakho": a clause on the event's own
  // locative noun says where that setting is, so its place is the event's.
  const antecedent = s.words[opener - 1] === "," ? opener - 2 : opener - 1;
  if (s.tokens[antecedent]?.pos === "NOUN" && isLocative(s, antecedent)) return false;
  // The main verb decides ("which was advancing on Santa Tecla" acts), else the auxiliary alone ("which is in Kabul").
  let auxiliary = -1;
  for (let i = opener + 1; i < p.first; i++) {
    const pos = s.tokens[i]!.pos;
    if (pos === "VERB") return words.states.has(s.words[i]!);
    if (pos === "AUX" && auxiliary < 0) auxiliary = i;
  }
  return auxiliary >= 0 && words.states.has(s.words[auxiliary]!);
}

/**
 * The first name of the list of containers a name closes ("who lived in Quincy, Massachusetts": Quincy for
 * Massachusetts): each container after a comma belongs to the phrase, and the clause, of the name it
 * qualifies, though the comma before it opens another clause for the clause reader.
 */
function containedFrom(s: SentenceView, p: Located, places: readonly Located[]): Located {
  let head = p;
  for (let prev = placeBeforeComma(s, head, places); prev; prev = placeBeforeComma(s, head, places)) head = prev;
  return head;
}

/** The place that ends right before the comma before `p` ("Quincy" of "Quincy, Massachusetts"), if any. */
function placeBeforeComma(s: SentenceView, p: Located, places: readonly Located[]): Located | undefined {
  return s.words[p.first - 1] === "," ? places.find((q) => q.last === p.first - 2) : undefined;
}

/**
 * A possessive place name outside a locative phrase says whose something is, not where an event
 * happened: "Paris' counterterrorism authority ... opened a probe into the explosion", "Syria's army
 * shelled Idlib". In a locative phrase it still sets the scene through the name it qualifies ("in
 * Afghanistan's southern Kandahar province").
 */
function isPossessiveOutsideSetting(s: SentenceView, p: Located): boolean {
  return !p.setting && POSSESSIVE_MARKS.has(s.words[p.last + 1] ?? "");
}

/** Words that may stand before a sentence's opening date ("On 4 May 2020,", "Around 20 April,"). */
const OPENING_DATE_MAX_LEAD = 2;

/**
 * A date at the head of its sentence, in a phrase that reaches the comma without a verb: the frame of
 * every clause after it ("On 4 May 2020,", "Two days after the 12 April bombing,").
 */
export function opensSentence(s: SentenceView, d: Located): boolean {
  if (d.first > OPENING_DATE_MAX_LEAD) return false;
  for (let i = d.last + 1; i < s.tokens.length; i++) {
    if (s.words[i] === ",") return true;
    const t = s.tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT") return false;
  }
  return false;
}

/**
 * "the 12 April bombing", "Friday's attack", "the 2015 Paris attacks", "a 2013 sit-in": a date written right
 * before an event's word, or before the name and noun modifiers of it, dates that event (its index), else -1.
 */
function datedNoun(s: SentenceView, events: readonly EventMention[], anchors: readonly number[], d: Located): number {
  let next = POSSESSIVE_MARKS.has(s.words[d.last + 1] ?? "") ? d.last + 2 : d.last + 1;
  for (let k = 0; k <= DATED_NOUN_MODIFIERS; k++, next++) {
    const at = events.findIndex((e, i) => anchors[i] === next || e.tokens[0] === next);
    if (at >= 0) return at;
    if (!DATED_NOUN_MODIFIER_POS.has(s.tokens[next]?.pos ?? "")) return -1;
  }
  return -1;
}
/** Names and nouns between a date and the event word it dates ("the 2015 [Paris] attacks", "the 2001 [anthrax] attacks"). Unit: tokens. */
const DATED_NOUN_MODIFIERS = 2;
const DATED_NOUN_MODIFIER_POS: ReadonlySet<string> = new Set(["PROPN", "NOUN", "ADJ"]);

/**
 * The report's own date in the dateline that opens a wire story ("San Salvador, 10 Jan 90 -- [text]
 * Those accused of the assassination ..."): when and where it was filed, not when the events of its
 * first sentence happened. Read only when it is the publication day, so an event told as done still
 * gets that day by the news convention (inferDatelineDate) and an older event named by a noun ("the
 * assassination of six Jesuits") is not dated to the report.
 */
export function isDatelineStamp(s: SentenceView, d: Located, isReportDay: (id: string) => boolean): boolean {
  if (!s.opening || d.first > DATELINE_MAX_TOKENS || !isReportDay(d.id)) return false;
  for (let i = d.last + 1; i < s.tokens.length && i <= d.last + DATELINE_MAX_TOKENS; i++) {
    if (DATELINE_DASHES.has(s.words[i]!)) return true;
    // The dateline is over at the first verb: a dash after it is prose.
    if (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX") return false;
  }
  return false;
}

/** A year written out ("in 2020"), not counted from the dateline ("last year"). */
export function isExplicitCalendarYear(d: DateData | undefined): boolean {
  return d !== undefined && !d.relative && d.value !== null && d.precision === "year";
}

/** A date written out on the calendar ("4 May 2020", "May 2020"), not counted from the dateline. */
export function isExplicitCalendarDate(d: DateData | undefined): boolean {
  return d !== undefined && !d.relative && d.value !== null && (d.precision === "day" || d.precision === "time" || d.precision === "month");
}

/** Tokens before a date searched for "since" ("since the start of the crisis in 2012": 5). */
const PERIOD_START_WINDOW_TOKENS = 6;

/** "since 2012", "since the start of the war in 2011": the date opens a period; no verb or comma between. */
function startsAPeriod(s: SentenceView, d: Located): boolean {
  for (let i = d.first - 1; i >= 0 && i >= d.first - PERIOD_START_WINDOW_TOKENS; i--) {
    const t = s.tokens[i]!;
    if (t.normal === "since") return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT" || t.normal === ",") return false;
  }
  return false;
}
