import type { SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const EVENT_WORDS = stageWordClasses("events");

/**
 * Whether a place name stands where a clause sets its scene: after a locative preposition ("in
 * Kandahar", "at the busy Oxford Street bus station", "in Afghanistan's southern Kandahar province",
 * "in the north Yemen governorate of Saada", "20 km north of Mosul"), or in the dateline that opens a
 * story ("KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --"). A name in any other role names no place where
 * the clause's event happened: a subject or object ("Kiev gave up its weapons", "urges Obama"), a
 * possessive ("Paris' counterterrorism authority"), someone's origin or office ("a senator from
 * Wisconsin", "the former mayor of Caracas"), a thing's domain ("the U.S. stewardship of Asia").
 * A name that modifies the event's own noun ("the Manchester bombing") is decided by the caller.
 */
export function isPlaceSetting(s: SentenceView, first: number, last: number): boolean {
  return afterLocative(s, first) || inDateline(s, first, last);
}

/**
 * Prepositions that put an event at a place. "to" is where a visit, trip or meeting goes ("a trip to
 * Moscow", "flew to Sofia for talks"); "from" is left out: it names where someone comes from ("a
 * senator from Wisconsin"), seldom where an act took place.
 */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = EVENT_WORDS.get("setting-prepositions");

/** Words that place something by direction or distance from a named place when "of" or "from" follows ("north of Mosul", "20 km from Kabul"). */
export const RELATIVE_PLACE_WORDS: ReadonlySet<string> = EVENT_WORDS.get("relative-place-words");

/**
 * Words a locative phrase may hold between its preposition and the name: determiners, adjectives,
 * nouns and other names ("the port city of", "Afghanistan's southern"), numbers, a possessive, a
 * direction ("in the northwest province of"), and a list's commas and "and" ("in Badia al-Sukhnah
 * and Badia al-Sham"). No other adverb: "at the end of the Cold War when Kiev gave up" is no phrase.
 */
const PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const PHRASE_WORDS: ReadonlySet<string> = new Set(["of", "'s", "’s", "'", "’", ",", "and", "or", "-", "–"]);

/** Tokens searched back from a name for its preposition ("in the north Yemen governorate of Saada": 6). */
export const SETTING_WINDOW_TOKENS = 8;

function afterLocative(s: SentenceView, first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - SETTING_WINDOW_TOKENS; i--) {
    const w = s.words[i]!;
    if (SETTING_PREPOSITIONS.has(w)) return true;
    if ((w === "of" || w === "from") && RELATIVE_PLACE_WORDS.has(s.words[i - 1] ?? "")) return true;
    // "said on Sunday Tehran was ready": a time word right before the name is the preposition's object; the name opens
    // another phrase ("the Christmas market of Strasbourg" is one phrase).
    if (s.times?.has(w) && onlyCommasBetween(s, i, first)) return false;
    if (PHRASE_WORDS.has(w) || PHRASE_POS.has(s.tokens[i]!.pos) || (s.tokens[i]!.pos === "ADV" && RELATIVE_PLACE_WORDS.has(w))) continue;
    return false;
  }
  return false;
}

/** Whether only commas stand between token i and token `to` ("Sunday, Tehran"). */
export function onlyCommasBetween(s: SentenceView, i: number, to: number): boolean {
  for (let k = i + 1; k < to; k++) if (s.words[k] !== ",") return false;
  return true;
}

/** Tokens from a story's first word within which its dateline's place stands ("KANDAHAR, Afghanistan,": the country at 2). */
export const DATELINE_PLACE_MAX_TOKENS = 4;
/** What closes a dateline's place: its country, date or source follow a comma or bracket, or a dash opens the text. */
const DATELINE_CLOSERS: ReadonlySet<string> = new Set([",", "(", "--", "—", "–", "-", "_", ":"]);

/** The place of a dateline: the first sentence, within its first words, with only names and commas before it, closed by a comma, bracket or dash. */
export function inDateline(s: SentenceView, first: number, last: number): boolean {
  if (s.index !== 0 || first > DATELINE_PLACE_MAX_TOKENS) return false;
  for (let i = 0; i < first; i++) if (s.words[i] !== "," && s.tokens[i]!.pos !== "PROPN") return false;
  return DATELINE_CLOSERS.has(s.words[last + 1] ?? "");
}

/**
 * The word that governs a name outside a locative phrase, when it is a noun before "of" ("their
 * retaking of Palmyra", "the invasion of Normandy") or a verb whose object the name is ("visit
 * Libya", "stormed Kabul"): if that word is an event's own, the name is where the event happened.
 * -1 when neither.
 */
export function governorOf(s: SentenceView, first: number): number {
  for (let i = first - 1; i >= 0 && i >= first - SETTING_WINDOW_TOKENS; i--) {
    const t = s.tokens[i]!;
    if (s.words[i] === "of") return i - 1;
    if (t.pos === "VERB") return i;
    if (t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM" || t.pos === "NOUN" || t.pos === "PROPN") continue;
    return -1;
  }
  return -1;
}

/** Tokens between two names in one locative phrase ("Jabla in the northwest province of Latakia, and the port city of Tartus": 7). */
export const LISTED_PLACE_GAP_TOKENS = 8;

/** Only a locative phrase's own words (and locative prepositions) between two tokens. */
export function isPhraseBetween(s: SentenceView, from: number, to: number): boolean {
  if (to - from - 1 > LISTED_PLACE_GAP_TOKENS) return false;
  for (let i = from + 1; i < to; i++) {
    const w = s.words[i]!;
    if (!PHRASE_WORDS.has(w) && !PHRASE_POS.has(s.tokens[i]!.pos) && !SETTING_PREPOSITIONS.has(w)) return false;
  }
  return true;
}

/**
 * Prepositions that make the noun after them a time reference for the clause ("after the bombing",
 * "since the attack", "prior to the raid"): the happening named there dates what the clause tells.
 */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["after", "following", "since", "before", "until", "till"]);
/** Nouns whose "of" makes a time reference ("in the wake of the attacks", "in the aftermath of the blast"). */
const TIME_OF_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("time-of-nouns");
/** Units of a span that "within ... of" counts ("within 10 days of the attacks"). */
const SPAN_UNITS: ReadonlySet<string> = EVENT_WORDS.get("span-units");
/** Words between a time preposition and its event noun ("after the IRA's bloody car bombing": 5). Unit: tokens. */
export const TIME_REFERENCE_REACH_TOKENS = 5;

/**
 * Whether an event noun stands as the object of a time adjunct: "Within 10 days of the attacks, the
 * army moved in to the Bogside area of Derry", "four hours after the bombing, patrols were seen on
 * the streets in East Belfast". Such a happening only dates the clause; the places the clause names
 * are where the clause's own act went on, not where the happening did.
 */
export function isTimeReference(s: SentenceView, anchor: number): boolean {
  if (s.tokens[anchor]?.pos !== "NOUN") return false;
  let i = anchor - 1;
  for (let k = 0; i >= 0 && k < TIME_REFERENCE_REACH_TOKENS && (PHRASE_POS.has(s.tokens[i]!.pos) || /^['’]s?$/.test(s.words[i]!)); k++) i--;
  const w = s.words[i] ?? "";
  if (TIME_PREPOSITIONS.has(w)) return true;
  if (w === "to" && s.words[i - 1] === "prior") return true;
  if (w !== "of") return false;
  const before = s.words[i - 1] ?? "";
  return TIME_OF_NOUNS.has(before) || (SPAN_UNITS.has(before) && (s.words[i - 3] === "within" || s.words[i - 2] === "within"));
}

/**
 * Whether a place stands in a locative phrase right after an event's last word ("after the bombing
 * in Kabul"): only a preposition of setting and the phrase's own words between.
 */
export function inPhraseRightAfter<T extends { readonly first: number; readonly last: number }>(s: SentenceView, last: number, places: readonly T[]): T[] {
  const out: T[] = [];
  for (const p of [...places].sort((a, b) => a.first - b.first)) {
    const prev = out[out.length - 1];
    // "in the commercial area of the Al-Sinek neighborhood in Baghdad": a name further on in the same phrase is the event's too.
    if (prev ? isPhraseBetween(s, prev.last, p.first) : isLocativeRightAfter(s, last, p.first)) out.push(p);
    else if (prev) break;
  }
  return out;
}

/** Whether a place's name opens the locative phrase right after an event's last word ("the bombing in Kabul"). */
export function isLocativeRightAfter(s: SentenceView, last: number, first: number): boolean {
  if (first <= last + 1 || first - last - 1 > SETTING_WINDOW_TOKENS || !SETTING_PREPOSITIONS.has(s.words[last + 1]!)) return false;
  for (let i = last + 2; i < first; i++) if (!PHRASE_WORDS.has(s.words[i]!) && !PHRASE_POS.has(s.tokens[i]!.pos)) return false;
  return true;
}

/** Nouns an event noun may modify before its locative phrase ("a rape charge in Sweden", "sexual assault charges in Sweden": 1). */
export const COMPOUND_HEAD_MAX_TOKENS = 2;

/**
 * The last word of the noun compound an event's noun modifies ("avoiding a rape charge in Sweden",
 * "the bombing campaign in Syria"): the charge or campaign is the event's own frame, so the locative
 * phrase after its head is the event's as much as one right after the event noun; the event's own
 * last word when no noun follows it.
 */
export function compoundHeadEnd(s: SentenceView, last: number): number {
  let end = last;
  while (end + 1 < s.tokens.length && end - last < COMPOUND_HEAD_MAX_TOKENS && s.tokens[end + 1]!.pos === "NOUN") end++;
  return end;
}
