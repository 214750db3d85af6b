import type { Document, GeoPrecision, PlaceData, PlaceKind, Span } from "../../core/index.js";
import { layer } from "../../core/index.js";
import { mapped } from "../../core/keep.js";
import { findAnnotation } from "./find-annotation.js";
import { isPluralNoun } from "./plural-nouns.js";
import { toldAsHappened } from "./event-mention.js";
import { matchPatternAt } from "./token-pattern.js";
import { LOCATIVE_WINDOW_TOKENS, PLACE_PREPOSITIONS, MIN_MAIN_COUNTRY_PLACES, MIN_MAIN_COUNTRY_SHARE, PASSIVE_AGENT_WINDOW_TOKENS } from "./heuristics.js";
import { datelineDashIndex } from "../../core/dateline.js";
import { findSentenceAt, firstEndingAfter, type SentenceView } from "./sentence-view.js";
import { createOverlapIndex, type OverlapIndex } from "../../core/overlap-index.js";
import { CountryTally, mainCountry, type MainCountryBar } from "../../core/main-country.js";
import { BRACKETED_PLACE_RULE } from "../places/find-toponyms.js";
import { AIMING_PREPOSITION, locativeBitsOf, PARTNER_PREPOSITION, PLACE_PREPOSITION, POSSESSIVE_MARK, RELATIVE_PLACE_WORD } from "./locative-bits.js";
import { governorOf, isPhraseBetween, isPlaceSetting, onlyCommasBetween, RELATIVE_PLACE_WORDS } from "./place-setting.js";
import { blamedOnPhrase, captiveTakingVerb, compoundEnd, conjunctsOf, phraseEndingAt, coordinatedVerbBefore, isMistaggedPastVerb, isAfterBe, joinedReportingVerb, isObjectlessCasualtyParticiple, isPassiveChain, isPastParticiple, isPrenominalParticiple, isReducedPassive, reducedPassiveAfterPreposition, UNDERGOER_SUBJECT_VERBS, undergoerAfter, undergoneCauseVerb } from "./find-role-phrases.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { ARTICLES, BE_FORMS, CLAUSE_OPENING_WORDS, DEMONSTRATIVES, PHRASAL_PARTICLES, POSSESSIVE_MARKS } from "../../lexicons/grammar-words.js";

const EVENT_WORDS = stageWordClasses("events");

/** A mention of a resolved actor inside a sentence, located by token. */
export interface ActorMention {
  readonly actor: string;
  readonly first: number;
  readonly last: number;
  /** The party bears arms (a military, police or armed group): of victims listed with civilians, ACLED's second actor. */
  readonly armed?: boolean;
}

/** A place or date annotation inside a sentence, located by token. */
export interface Located {
  readonly id: string;
  readonly first: number;
  readonly last: number;
  readonly kind?: PlaceKind;
  /** How precisely the place's point locates it, before any "near"/"north of" in the text. */
  readonly precision?: GeoPrecision;
  /** The place's country and admin1 name, to tell a container ("Panjwai district, Kandahar") from the place it contains. */
  readonly country?: string | null;
  readonly admin1?: string | null;
  /** A town, district or site, or a name placed at one: what an event's place should be, before a province or country. */
  readonly specific?: boolean;
  /**
   * For a name the gazetteer lacks, the kind of place it was placed at ("Turkmen Mountain", at
   * Latakia province): the name lies inside that place, so it is more specific than it.
   */
  readonly enclosedIn?: PlaceKind;
  /**
   * A town or district outside the article's main country, chosen among namesakes by population or
   * focus alone (no container, no country named in its sentence): "La Peña" read as Mexico's in a
   * dispatch from San Salvador. Never an event's place (choosePlace): the event goes on at another place
   * of its clause or at its paragraph's scene.
   */
  readonly homonymAbroad?: boolean;
  /** The place lies in the article's main country (the one most of its places lie in): the country the story is about. */
  readonly inMainCountry?: boolean;
  /**
   * The token of the noun the name only modifies, with no locative word before it ("the Vienna
   * process", "a Middle East ally"): a place that names no place where anything
   * happened, unless that noun is an event's own word ("the Manchester bombing"). Not set when the
   * noun is a site ("the Markets area", "Britain's capital") or part of an actor's mention ("Kabul police").
   */
  readonly modifies?: number;
  /**
   * The name stands where a clause sets its scene: after a locative preposition or in the dateline
   * (place-setting.ts). A place in another role ("Kiev gave up", "the mayor of Caracas") is no event's place.
   */
  readonly setting?: boolean;
  /** The noun before "of" or the verb that governs the name ("retaking of Palmyra", "visit Libya"): when it is an event's word, the name is that event's place. */
  readonly governor?: number;
  /** Also a party's mention, with no locative word before it ("would visit Libya"): only the event whose verb governs it takes it as its place. */
  readonly participant?: boolean;
  /** Where a person named right before it lives or comes from ("Jason Cumby of Athens", "Dunbar, 36, of Austin"): no place of what happened to or by that person. */
  readonly residence?: boolean;
}

/** Forms of "be" (and "get"). */
const BE = new Set([...BE_FORMS, "got", "get"]);

/** The tokens overlapping start..end: from the first that ends after `start` (tokenAt's search) to the last that starts before `end`. */
function tokenRange(s: SentenceView, start: number, end: number): { first: number; last: number } | null {
  const first = firstEndingAfter(s.spans, start);
  if (first < 0 || s.spans[first]!.start >= end) return null;
  let last = first;
  while (last + 1 < s.spans.length && s.spans[last + 1]!.start < end) last++;
  return { first, last };
}

const AIMED_AT_PARTIES: ReadonlySet<string> = new Set(["MIL", "POL", "UAF", "CVL", "PRO", "RIO"]);

/** "in eastern Afghanistan", "in the city of Jalalabad": a locative preposition shortly before, with only modifiers between. */
export function isLocative(s: SentenceView, first: number, aimedAt = false): boolean {
  let reach = first - LOCATIVE_WINDOW_TOKENS;
  for (let i = first - 1; i >= 0 && i >= reach; i--) {
    const t = s.tokens[i]!;
    // The word's classes, read from its cached view when the sentence view made it (locative-bits.ts).
    const bits = t.locativeBits ?? locativeBitsOf(t.normal);
    if (bits & PLACE_PREPOSITION) return !(aimedAt && (bits & AIMING_PREPOSITION) !== 0);
    // "east of Khan Younis", "20 km from Kabul": a place located from another is a location too.
    if ((t.normal === "of" || t.normal === "from") && RELATIVE_PLACE_WORDS.has(s.tokens[i - 1]?.normal ?? "")) return true;
    // "in the Kidal region of Mali", "in Daman district of Kandahar": the name after a division noun's "of"
    // contains that division; it is where the division's own phrase is, so the window restarts at the noun.
    if (t.normal === "of" && s.tokens[i - 1]?.pos === "NOUN" && CONTAINER_GAP.has(s.tokens[i - 1]!.normal)) { reach = Math.min(reach, i - 1 - LOCATIVE_WINDOW_TOKENS); continue; }
    // "in Saddam Hussein's Iraq", "in Putin's Russia": a named possessor before the name is one more
    // modifier of it; its mark is no word of the window. A common noun's ("in this year's U.S.
    // presidential race") makes the name a modifier of what follows, no place.
    if ((bits & POSSESSIVE_MARK) !== 0 && s.tokens[i - 1]?.pos === "PROPN") { reach--; continue; }
    // "in south Yemen", "in northwest Syria": a compass word, whatever the tagger made of it (an adverb), modifies the name.
    if (bits & RELATIVE_PLACE_WORD) continue;
    // "said on Sunday Tehran was ready": a time word right before the name is the preposition's object; the name opens another phrase.
    if (s.times?.has(t.normal) && onlyCommasBetween(s, i, first)) return false;
    // "near the border with Niger", "the frontier between Chad and Sudan": the line runs along the name, a place.
    if ((t.normal === "with" || t.normal === "between") && BORDER_NOUNS.has(s.tokens[i - 1]?.normal ?? "")) return true;
    // "in clashes with militants", "in fighting between the army and rebels": another preposition opens the
    // name's own phrase, so a place preposition before it locates the phrase it ends, not the name.
    if (t.pos === "ADP" && (bits & PARTNER_PREPOSITION) !== 0) return false;
    if (!LOCATIVE_PHRASE_POS.includes(t.pos) || t.normal === ",") return false;
  }
  return false;
}

/** Parts of speech a locative phrase may hold between its preposition and the name (a module constant, not an array per token). */
const LOCATIVE_PHRASE_POS: readonly string[] = ["ADJ", "DET", "PROPN", "NOUN", "ADP"];

/** Nouns of a line between countries ("the border with Niger"). */
const BORDER_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("border-nouns");

/**
 * The "by" of a passive clause joined by "and" right after the one ending at `last` ("were shot dead and
 * another was wounded by militants"), or -1: after "and" only the second clause's subject, its "was"/"were"
 * and its participle may stand before the "by".
 */
function byOfJoinedPassive(s: SentenceView, last: number): number {
  let i = last + 1;
  while (i < s.tokens.length && i <= last + 2 && (s.tokens[i]!.pos === "ADJ" || s.tokens[i]!.pos === "ADV")) i++;
  if (s.words[i] !== "and") return -1;
  const end = Math.min(s.tokens.length, i + JOINED_PASSIVE_REACH_TOKENS);
  let participle = -1;
  for (let k = i + 1; k < end; k++) {
    const t = s.tokens[k]!;
    if (t.normal === "by") return participle >= 0 ? k : -1;
    if (participle < 0 && isPastParticiple(s, k) && isAfterBe(s, k)) { participle = k; continue; }
    if (participle >= 0 ? !(t.pos === "ADV" || t.pos === "ADJ") : !SUBJECT_OR_BE_TAGS.has(t.pos)) return -1;
  }
  return -1;
}
/** Words from "and" to the "by" of the passive it joins ("and another was critically wounded by"). Unit: tokens. */
const JOINED_PASSIVE_REACH_TOKENS = 9;
/** Parts of speech of the joined passive's subject and auxiliaries ("another", "two others", "a third", "was", "had been"). */
const SUBJECT_OR_BE_TAGS: ReadonlySet<string> = new Set(["DET", "NUM", "NOUN", "PRON", "ADJ", "AUX", "ADV", "PROPN"]);

/**
 * Events are coded at the level of organisations, as PLOVER and ACLED do: a person with a known
 * affiliation acts for it ("Muttaqi" -> the Taliban); the person stays visible in the evidence.
 */
export function participantOf(doc: Document, actorId: string): string {
  let id = actorId;
  const a = findAnnotation(doc, "actor", id);
  if (a && a.data.kind === "person" && a.data.affiliation && findAnnotation(doc, "actor", a.data.affiliation)) id = a.data.affiliation;
  return stateOf(doc, id);
}

/**
 * A government body acts for its state, as PLOVER and CAMEO code it (country + GOV sector):
 * "the State Department", "the US side" -> the United States, when the document names that country.
 */
function stateOf(doc: Document, actorId: string): string {
  const a = findAnnotation(doc, "actor", actorId);
  if (!a || a.data.kind !== "government" || !a.data.country) return actorId;
  return countryActorsOf(doc).get(a.data.country) ?? actorId;
}

/** Per actor layer: the id of the first country actor of each country code, found once per document (stateOf ran a scan of the layer for each government mention). */
const countryActors = new WeakMap<object, ReadonlyMap<string, string>>();

function countryActorsOf(doc: Document): ReadonlyMap<string, string> {
  const list = layer(doc, "actor");
  let index = countryActors.get(list);
  if (!index) {
    const made = new Map<string, string>();
    for (const c of list) if (c.data.kind === "country" && c.data.country && !made.has(c.data.country)) made.set(c.data.country, c.id);
    countryActors.set(list, (index = made));
  }
  return index;
}

/** A party of people (forces, armed men, civilians, protesters) heading its phrase: not "the police station". */
function isAimedAtParty(s: SentenceView, party: string | undefined, last: number): boolean {
  const next = s.tokens[last + 1];
  return party !== undefined && AIMED_AT_PARTIES.has(party) && !(next && (next.pos === "NOUN" || next.pos === "PROPN"));
}

/** Kinds of actor that bear arms. */
const ARMED_KINDS: ReadonlySet<string> = new Set(["military", "police", "armed group"]);

/** Actor mentions per sentence from the actor layer; an entity with no actor is never turned into one. */
export function locateActorMentions(doc: Document, sentences: readonly SentenceView[]): ActorMention[][] {
  const out = mapped(sentences, (): ActorMention[] => []);
  for (const a of layer(doc, "actor")) {
    for (const m of a.data.mentions ?? []) {
      const s = findSentenceAt(sentences, m.start);
      if (s < 0) continue;
      const r = tokenRange(sentences[s]!, m.start, m.end);
      // "Turkey-backed opposition forces": the backer named inside the word is associated with the doers, not one of them.
      if (r && r.first === r.last && (m.end < sentences[s]!.spans[r.last]!.end || m.start > sentences[s]!.spans[r.first]!.start) && isBackerWord(sentences[s]!, r.last)) continue;
      // "will be destroyed by Christmas": a name that is a time word is a date, no participant.
      if (r && isTimeWords(sentences[s]!, r.first, r.last)) continue;
      // "signed a peace agreement in the presence of the Saudi king", "a truce brokered by Qatar": a witness, host or mediator is no side.
      if (r && isThirdParty(sentences[s]!, r.first)) continue;
      if (r && (modifiesEventNoun(sentences[s]!, r.last) || !isLocative(sentences[s]!, r.first, isAimedAtParty(sentences[s]!, a.data.partyType, r.last)))) out[s]!.push({ actor: participantOf(doc, a.id), first: r.first, last: r.last, armed: ARMED_KINDS.has(a.data.kind) });
    }
  }
  for (const list of out) list.sort((x, y) => x.first - y.first);
  const opening = sentences.findIndex((s) => s.opening);
  const dateline = opening >= 0 ? datelineEnd(sentences[opening]!) : -1;
  return out.map((list, k) => list.filter((m, i) => !(k === opening && m.last < dateline) && !isNationalityModifier(doc, sentences[k]!, m, list[i + 1], list[i - 1]) && !modifiesSite(doc, sentences[k]!, m) && !isCountryQualifier(doc, sentences[k]!, m, list)));
}

/**
 * "Islamic State (Afghanistan) claimed the attack", "Rioters (India)": a country's name alone in brackets right
 * after another party's name is ACLED's qualifier of that name (which country's branch or people), no party of its
 * own; taken as one, the country's government became the claimant.
 */
function isCountryQualifier(doc: Document, s: SentenceView, m: ActorMention, list: readonly ActorMention[]): boolean {
  if (s.words[m.first - 1] !== "(" || s.words[m.last + 1] !== ")") return false;
  if (findAnnotation(doc, "actor", m.actor)?.data.kind !== "country") return false;
  return list.some((p) => p !== m && p.actor !== m.actor && p.last === m.first - 2);
}

/**
 * Whether the name at `first` ends the phrase of a witness, host or mediator: "in the presence of the Saudi king",
 * "under the auspices of the AU", "a truce brokered by Qatar", "hosted by Egypt" (word classes third-party-nouns with "of",
 * third-party-verbs with "by"). Only the phrase's own words (determiners, modifiers, titles) stand between.
 */
function isThirdParty(s: SentenceView, first: number): boolean {
  let k = first - 1;
  // "brokered by Qatar and Egypt": a list of them too.
  while (k >= 0 && first - k <= THIRD_PARTY_REACH_TOKENS && (THIRD_PARTY_PHRASE_POS.has(s.tokens[k]!.pos) || s.words[k] === "and" || s.words[k] === ",") && s.words[k] !== "of" && s.words[k] !== "by") k--;
  if (k < 1) return false;
  return (s.words[k] === "of" && THIRD_PARTY_NOUNS.has(s.words[k - 1]!)) || (s.words[k] === "by" && THIRD_PARTY_VERBS.has(s.words[k - 1]!));
}
const THIRD_PARTY_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("third-party-nouns");
const THIRD_PARTY_VERBS: ReadonlySet<string> = EVENT_WORDS.get("third-party-verbs");
/** From "of"/"by" to the name ("of the Saudi crown prince": 3; "by Qatar, Egypt and the United States": 5). Unit: tokens. */
const THIRD_PARTY_REACH_TOKENS = 6;
const THIRD_PARTY_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);

/** Whether every word from first to last is a time word (the lexicon's class `time`: "Christmas", "Monday"). */
function isTimeWords(s: SentenceView, first: number, last: number): boolean {
  if (!s.times) return false;
  for (let k = first; k <= last; k++) if (!s.times.has(s.words[k]!)) return false;
  return true;
}

/** Dictionary ids of a nation's people ("people:TR"): "a Shiite mosque" names the community targeted, "a Turkish outpost" only whose it is. */
const NATION_PREFIX = "people:";
/** Words between a nationality and the site it qualifies ("a Turkish military outpost": 1). */
const SITE_MODIFIER_REACH_TOKENS = 2;

/**
 * "PKK militants attacked a Turkish military outpost": a nationality word qualifying a site (the
 * lexicon's class `site`, maybe after a modifier) says whose site it is, not that its people were
 * attacked; the site's owner is read from the phrase (site-owners.ts: "Military Forces of Turkey").
 */
function modifiesSite(doc: Document, s: SentenceView, m: ActorMention): boolean {
  if (m.first !== m.last || !s.sites) return false;
  for (let i = m.last + 1; i <= m.last + 1 + SITE_MODIFIER_REACH_TOKENS && i < s.tokens.length; i++) {
    if (s.sites.has(s.words[i]!)) return findAnnotation(doc, "actor", m.actor)?.data.dictionaryId?.startsWith(NATION_PREFIX) ?? false;
    const pos = s.tokens[i]!.pos;
    if (pos !== "ADJ" && pos !== "NOUN") return false;
  }
  return false;
}

/** Whether the word at `i` is followed by a noun of its compound and lies inside a party's mention ("coast" of "coast guard"). */
function isInPartyCompound(s: SentenceView, i: number, actorIndex: OverlapIndex): boolean {
  const span = s.spans[i];
  return s.tokens[i + 1]?.pos === "NOUN" && span !== undefined && actorIndex.overlapping(span.start, span.end).length > 0;
}

/** Whether the word at `i` is a site noun in the singular ("Wanlaweyn town", "Hays district"): the settlement word of the name before it. */
function isSingularSite(s: SentenceView, i: number): boolean {
  const w = s.words[i];
  return w !== undefined && !!s.sites?.has(w) && !s.pluralSites?.has(w);
}

/**
 * The dash that closes a wire story's dateline ("MOGADISHU, March 14 (Reuters) - A car bomb exploded"), or -1:
 * the agency named there filed the report and is no party to what it tells. A dateline holds names, a date,
 * commas and brackets; a verb before the dash makes it prose.
 */
export function datelineEnd(s: SentenceView): number {
  return s.opening ? datelineDashIndex(s.tokens.length, (i) => s.words[i]!, (i) => s.tokens[i]!.pos) : -1;
}

/**
 * "killed in Taliban attacks", "died in an IS suicide bombing", "wounded in Russian airstrikes": a
 * party's name right before an event noun (a trigger word that names an act, not its participants)
 * modifies it as its doer, so a preposition before the name governs the event noun, not the name:
 * "in" here locates nothing. Modifiers of the noun ("suicide") may stand between.
 */
function modifiesEventNoun(s: SentenceView, last: number): boolean {
  for (let i = last + 1; i < s.tokens.length && i - last <= EVENT_NOUN_MODIFIER_REACH_TOKENS; i++) {
    const t = s.tokens[i]!;
    if (t.pos !== "NOUN") return false;
    // "suicide bombing" is one trigger of two words; "attack helicopters" is no act.
    const rows = s.triggerRows?.[i]?.filter((r) => !r.participant && !r.attribution) ?? [];
    const matched = rows.map((r) => matchPatternAt(r.pattern, s.tokens, i, s.tokens.length)).filter((m) => m !== null);
    if (matched.length && !AGENT_NOUN.test(s.words[i]!)) return s.tokens[i + 1]?.pos !== "NOUN" || matched.some((m) => m.length > 1);
  }
  return false;
}
/** Nouns from a party's name to the event noun it modifies ("IS suicide bombing": 2). Unit: tokens. */
const EVENT_NOUN_MODIFIER_REACH_TOKENS = 2;

/**
 * "Turkey-backed", "Iran-supported", "pro-Saudi", "anti-Taliban": a word naming whom the noun it
 * modifies is backed by, sides with or opposes (lexicon classes `backer`, after the hyphen, and
 * `stance-prefix`, before it): that party is associated with the people named, not one of them.
 */
function isBackerWord(s: SentenceView, i: number): boolean {
  const w = s.words[i]!;
  const dash = w.lastIndexOf("-");
  const first = w.indexOf("-");
  return dash > 0 && (!!s.backers?.has(w.slice(dash + 1)) || !!s.stancePrefixes?.has(w.slice(0, first)));
}

/** Token ranges of the mentions of persons (actors of kind person) per sentence: who a lethal word may count as its victim. */
export function locatePersonMentions(doc: Document, sentences: readonly SentenceView[]): { first: number; last: number }[][] {
  const out = mapped(sentences, (): { first: number; last: number }[] => []);
  for (const a of layer(doc, "actor")) {
    if (a.data.kind !== "person") continue;
    for (const m of a.data.mentions ?? []) {
      const s = findSentenceAt(sentences, m.start);
      const r = s < 0 ? null : tokenRange(sentences[s]!, m.start, m.end);
      if (r) out[s]!.push(r);
    }
  }
  return out;
}

/**
 * "met with Iraqi Prime Minister Haider al-Abadi": a nationality word right before a title and a
 * name only describes that person; the person is the participant.
 */
function isNationalityModifier(doc: Document, s: SentenceView, m: ActorMention, next: ActorMention | undefined, prev: ActorMention | undefined): boolean {
  if (findAnnotation(doc, "actor", m.actor)?.data.kind !== "group") return false;
  // "The Kenyan president met": the office's own mention starts at the nationality word and holds it (sorted first
  // by start, the two may come in either order), so the word is the office's modifier, not a party of its own.
  if (m.first === m.last && (holdsLonger(next, m) || holdsLonger(prev, m))) return true;
  if (!next || next.first <= m.last || next.first - m.last > NATIONALITY_REACH_TOKENS) return false;
  for (let i = m.last + 1; i < next.first; i++) if (s.tokens[i]!.pos !== "PROPN" && s.tokens[i]!.pos !== "NOUN") return false;
  return m.first === m.last;
}

/** Whether another actor's mention spans the one-word mention m and more ("Kenyan president" holds "Kenyan"). */
function holdsLonger(n: ActorMention | undefined, m: ActorMention): boolean {
  return n !== undefined && n.actor !== m.actor && n.first <= m.first && n.last >= m.last && n.last > n.first;
}

/** Title words between a nationality adjective and the name it qualifies ("Iraqi Prime Minister Haider": 3). */
const NATIONALITY_REACH_TOKENS = 4;

/**
 * Place or date annotations per sentence. A place that is also an actor's mention, with no
 * locative word before it, names a participant, not where the event happened
 * ("United States has assured to help": the US acts; "in Afghanistan": a location); so does a place
 * inside a person's or organisation's name (`nameSpans`) that no locative phrase sets.
 */
export function locateAnnotations(
  anns: readonly { id: string; start: number; end: number; data: object; source?: { rule: string } }[],
  sentences: readonly SentenceView[],
  actorSpans: readonly Span[] = [],
  nameSpans: readonly Span[] = [],
  personActorSpans: readonly Span[] = [],
): Located[][] {
  const out = mapped(sentences, (): Located[] => []);
  // An index, not a scan of every actor mention per annotation (quadratic on a long text).
  const actorIndex = overlapIndexOf(actorSpans);
  const nameIndex = overlapIndexOf(nameSpans);
  const personIndex = overlapIndexOf(personActorSpans);
  const main = mainCountryOfPlaces(anns);
  const countriesIn = new Map<number, Set<string>>();
  for (const a of anns) {
    const p = a.data as Partial<PlaceData>;
    if (p.kind !== "country" || !p.country) continue;
    const k = findSentenceAt(sentences, a.start);
    countriesIn.set(k, (countriesIn.get(k) ?? new Set<string>()).add(p.country));
  }
  const starts = new Set(anns.map((a) => a.start));
  for (const a of anns) {
    const s = findSentenceAt(sentences, a.start);
    if (s < 0) continue;
    const r = tokenRange(sentences[s]!, a.start, a.end);
    // "on the Abuja-Kaduna highway": the town a road is named from is the places stage's reading of where along it (road-end), no modifier.
    if (r && opensHyphenatedWord(sentences[s]!, r.last, a, starts) && !a.source?.rule.startsWith(ROAD_END_RULE)) continue;
    const data = a.data as Partial<PlaceData>;
    const kind = data.kind;
    // "would visit Libya": a country or town that is also a party may still be where the verb governing it took place.
    // A place name inside a person's or an organisation's name ("Eva Forest", "Bryant is suspected",
    // "the Hospital Universitario de Caracas") is that name's, unless a locative phrase sets it ("at Oxford Street and the Cavehill Road").
    // Read once: whether a locative phrase or the dateline sets the name decides both its role and its `setting`.
    const setsScene = !!r && isPlaceSetting(sentences[s]!, r.first, r.last);
    // "attacked Wanlaweyn town", "shelled Hays district": a name with its settlement word after it is a place, whatever tagged it a party.
    // "attacked Gajiram (Nganzai, Borno)": so is a name written with its containers in brackets.
    // A plural site after the name ("U.S. bases", "the Baltic countries") names several sites of or in that place, not the name as one.
    // Not a settlement word inside a party's name: "the Philippines coast guard" names a body, not the coast.
    const namedAsSite = !!r && !!kind && ((isSingularSite(sentences[s]!, r.last + 1) && !isInPartyCompound(sentences[s]!, r.last + 1, actorIndex)) || !!a.source?.rule.startsWith(BRACKETED_PLACE_RULE) || inContainerBracket(sentences[s]!, r.first, r.last));
    // "on the central street Rue Victor Hugo": a name the places stage reads as a place and the actors stage as a person is the
    // place where a locative phrase sets it (a person is not "on" or "toward" anywhere he names).
    const personInSetting = setsScene && personIndex.overlapping(a.start, a.end).length > 0;
    const participant = !!r && !namedAsSite && ((actorIndex.overlapping(a.start, a.end).length > 0 && !isLocative(sentences[s]!, r.first) && !personInSetting) || (nameIndex.overlapping(a.start, a.end).length > 0 && !setsScene) ||
      isInsideNameAfterItsWord(sentences[s]!, r.first, a, actorSpans, actorIndex) || isInsideNameAfterItsWord(sentences[s]!, r.first, a, nameSpans, nameIndex));
    // Only a name that is the object or names its site: "attacked the Samburu tribe" names the tribe the name modifies, not a
    // place; "raided Jenin refugee camp" names the camp there.
    if (participant && (!kind || !sentences[s]!.placeObjects?.has(sentences[s]!.words[governorOf(sentences[s]!, r!.first)] ?? "") || modifiesNonSite(sentences[s]!, r!.last + 1))) continue;
    const precision = kind ? precisionOfPlace(data) : undefined;
    const abroad = !!kind && !!main && !!data.country && data.country !== main && isHomonymByPrior(a, data) && !countriesIn.get(s)?.has(data.country);
    const enclosedIn = data.resolution === "enclosing" ? data.enclosedBy?.kind : undefined;
    const modifies = r && kind ? modifiedNoun(sentences[s]!, r.last) : -1;
    const describes = modifies >= 0 && !isLocative(sentences[s]!, r!.first) && actorIndex.overlapping(sentences[s]!.spans[modifies]!.start, sentences[s]!.spans[modifies]!.end).length === 0;
    const setting = !!kind && setsScene;
    const residence = !!r && !!kind && !setting && isResidenceOf(sentences[s]!, r.first, (i) => personIndex.overlapping(sentences[s]!.spans[i]!.start, sentences[s]!.spans[i]!.end).length > 0);
    const governor = r && kind && !setting ? governorOf(sentences[s]!, r.first) : -1;
    if (!r) continue;
    // Built field by field in the order the fields were always written (id, first, last, kind, ...): a literal of ten
    // conditional spreads made and copied an object per spread, ~20% of this function's CPU samples.
    const located: { -readonly [K in keyof Located]: Located[K] } = { id: a.id, first: r.first, last: r.last };
    if (kind) {
      located.kind = kind;
      if (precision) located.precision = precision;
      located.country = data.country ?? null;
      located.admin1 = data.admin1 ?? null;
      located.specific = isSpecificPlace(data);
      if (abroad) located.homonymAbroad = true;
      if (main && data.country === main) located.inMainCountry = true;
      if (enclosedIn) located.enclosedIn = enclosedIn;
    }
    if (describes) located.modifies = modifies;
    if (setting) located.setting = setting;
    if (governor >= 0) located.governor = governor;
    if (participant) located.participant = participant;
    if (residence) located.residence = residence;
    out[s]!.push(located);
  }
  for (const list of out) list.sort((x, y) => x.first - y.first);
  return out.map((list, k) => withResidenceContainers(sentences[k]!, list.some((p) => p.kind && !p.setting) ? extendSettings(sentences[k]!, list) : list));
}

/**
 * "took control of Harardhere (Xarardheere, Mudug)": a name inside the bracket of names that follows a place's name in
 * ACLED's notes is one of its containers (district, province), a place whatever a tagger made of it (an organisation).
 * The bracket holds only names and commas, at least one comma (a list), and a name stands right before it.
 */
function inContainerBracket(s: SentenceView, first: number, last: number): boolean {
  let open = first - 1;
  while (open >= 0 && first - open <= CONTAINER_BRACKET_MAX_TOKENS && (s.words[open] === "," || s.tokens[open]!.pos === "PROPN")) open--;
  if (open < 1 || s.words[open] !== "(" || s.tokens[open - 1]!.pos !== "PROPN") return false;
  let close = last + 1;
  while (close < s.words.length && close - last <= CONTAINER_BRACKET_MAX_TOKENS && (s.words[close] === "," || s.tokens[close]!.pos === "PROPN")) close++;
  if (s.words[close] !== ")") return false;
  // A list of containers ("(District, Province)"): one bracketed name alone may be a short name ("Parade (PoP)").
  for (let k = open + 1; k < close; k++) if (s.words[k] === ",") return true;
  return false;
}
/** Tokens from a bracket's opening to a container named in it ("(Xarardheere, Mudug": 3). Unit: tokens. */
const CONTAINER_BRACKET_MAX_TOKENS = 8;

/**
 * An overlap index of the spans; for none, one shared index that finds nothing: the dates and durations are located
 * with no party spans, and building three empty segment trees for each was ~1% of the stage's CPU samples.
 */
function overlapIndexOf(spans: readonly Span[]): OverlapIndex {
  return spans.length === 0 ? NO_SPANS_INDEX : createOverlapIndex(spans);
}
const NO_SPANS_INDEX: OverlapIndex = createOverlapIndex([]);

/**
 * "al-Qaeda in the Arabian Peninsula", "the Islamic State in Iraq and Syria (ISIS)": a place that
 * follows a proper name's own words inside one name (a group's or organisation's mention or entity
 * that starts before it and covers the words between) is a word of that name, whatever locative word
 * the name holds; it tells no place where anything happened. A party told by a common noun ("the
 * government in Afghanistan", "police in Lyon"), a site ("the U.S. Embassy in Kabul"), a name that
 * only starts at the place ("Kabul police") and a phrase before the name ("at Oxford Street") are read as before.
 */
function isInsideNameAfterItsWord(s: SentenceView, first: number, place: Span, names: readonly Span[], index: OverlapIndex): boolean {
  // The name's last word before its locative word ("State" in "State in Iraq", "Qaeda" in "Qaeda in the").
  let w = first - 1;
  while (w >= 0 && s.tokens[w]!.pos !== "PROPN" && s.tokens[w]!.pos !== "NOUN") w--;
  if (w < 0 || s.tokens[w]!.pos !== "PROPN" || isSingularSite(s, w) || first - w > NAME_LINK_MAX_TOKENS) return false;
  const from = s.spans[w]!.start;
  for (const k of index.overlapping(place.start, place.end)) {
    const n = names[k]!;
    if (n.start <= from && n.end >= place.end) return true;
  }
  return false;
}
/** Words a name may hold between its own word and the place it names ("in the": 2, "of Iraq and": 3 from Syria). */
const NAME_LINK_MAX_TOKENS = 4;

/**
 * A name listed with or written as the container of a name that sets the scene sets it too: "in
 * the towns of Jabla in the northwest province of Latakia, and the port city of Tartus", "in
 * Palmyra, Syria". Only the words of a locative phrase may stand between.
 */
function extendSettings(s: SentenceView, list: readonly Located[]): Located[] {
  const out = list.slice();
  for (let k = 1; k < out.length; k++) {
    const p = out[k]!;
    if (!p.kind || p.setting) continue;
    const before = out[k - 1]!;
    if (!before.setting || before.last >= p.first || !isPhraseBetween(s, before.last, p.first)) continue;
    out[k] = { ...p, setting: true };
  }
  return out;
}

/**
 * The noun a place name right before it modifies ("the Vienna process", "a Middle East ally": the
 * last noun of the compound after it, through adjectives), unless that noun is a site in the singular; -1 when the
 * name modifies no noun or is a possessive.
 */
function modifiedNoun(s: SentenceView, last: number): number {
  let i = last + 1;
  // "Tripoli's reintegration", "Paris' authority": a possessive name stands for the place's people or
  // government, whose affairs go on there; only a bare name before a noun is a mere modifier.
  if (/^['’]s?$/.test(s.words[i] ?? "")) return -1;
  let head = -1;
  for (; i < s.tokens.length && i <= last + MODIFIED_NOUN_REACH_TOKENS; i++) {
    const t = s.tokens[i]!;
    // "in Kandahar province Friday night": a time after the name is an adjunct of the clause, not a noun it modifies.
    if (s.times?.has(s.words[i]!)) break;
    if (t.pos === "NOUN" || t.pos === "PROPN") head = i;
    else if (t.pos !== "ADJ" || head >= 0) break;
  }
  // A plural site ("U.S. bases", "the Aleppo hospitals") is several sites of or in the place, which the name only describes.
  return head >= 0 && !isSingularSite(s, head) ? head : -1;
}
/** Words from a place name to the noun it modifies ("Minsk ceasefire agreement": 2). Unit: tokens. */
const MODIFIED_NOUN_REACH_TOKENS = 4;

/** What makes the places' leading country a prior against namesakes abroad (resolvePlaceHomonyms). */
const PLACE_PRIOR_BAR: MainCountryBar = { minCount: MIN_MAIN_COUNTRY_PLACES, minShare: MIN_MAIN_COUNTRY_SHARE };

/** The country most of the article's places lie in, first named on a tie, when it clears `bar`; else null. */
export function mainCountryOfPlaces(anns: readonly { data: object }[], bar: MainCountryBar = PLACE_PRIOR_BAR): string | null {
  const tally = new CountryTally();
  anns.forEach((a, k) => tally.add((a.data as Partial<PlaceData>).country, k));
  return mainCountry(tally, bar);
}

/** A town or district read from the gazetteer among namesakes by population or focus, not placed by a container ("X, Y"). */
function isHomonymByPrior(a: { source?: { rule: string } }, p: Partial<PlaceData>): boolean {
  if (p.kind !== "city" && p.kind !== "admin2") return false;
  if (p.resolution !== "gazetteer" || (p.alternatives ?? 0) < 2) return false;
  return /\+(?:prior|focus)(?:\+|$)/.test(a.source?.rule ?? "");
}

/**
 * "the US-controlled zone", "Saudi-led forces", "a Kabul-based group": a name that only opens a hyphenated
 * word says who controls, leads or hosts something, not where anything happened. A second name after the
 * hyphen ("the Syria-Turkey border") makes the word a place of both, and stays.
 */
/** The nouns after a name end in no single site ("the Samburu [tribe]", "U.S. [bases]"; not "Jenin refugee [camp]"): the name modifies them. */
function modifiesNonSite(s: SentenceView, next: number): boolean {
  const t = s.tokens[next];
  if (!t || t.pos !== "NOUN") return false;
  let head = next;
  while (s.tokens[head + 1]?.pos === "NOUN") head++;
  // "U.S. bases around the world": a plural site names several sites of the place, none of them the place.
  return !isSingularSite(s, head);
}

/** Provenance of the town a road is named from (find-toponyms.ts findRoadEnds). */
const ROAD_END_RULE = "road-end";

function opensHyphenatedWord(s: SentenceView, last: number, a: Span, starts: ReadonlySet<number>): boolean {
  const token = s.spans[last]!;
  if (a.end >= token.end || a.start < token.start) return false;
  const rest = s.words[last]!.slice(a.end - token.start);
  return rest.length > 1 && rest[0] === "-" && /^\p{L}+$/u.test(rest.slice(1)) && !starts.has(a.end + 1);
}

/**
 * "29-year-old Jason Jermaine Cumby of Athens", "Master Sgt Johnathan Dunbar, 36, of Austin": a name
 * after "of" that follows a person's name (or the age or comma after it) says where that person is
 * from, not where anything happened to them.
 */
function isResidenceOf(s: SentenceView, first: number, isPerson: (token: number) => boolean): boolean {
  // "shot dead 23 men from Punjab province", "pilgrims from the city of Karachi": where travelling people come from.
  const from = s.words[first - 1] === "the" ? first - 2 : first - 1;
  if (from >= 1 && s.words[from] === "from" && s.tokens[from - 1]!.pos === "NOUN" && TRAVELLING_PEOPLE.has(s.words[from - 1]!)) return true;
  if (first < 2 || s.words[first - 1] !== "of") return false;
  const before = first - 2;
  if (isPerson(before)) return true;
  if (s.words[before] !== "," || before < 1) return false;
  return isPerson(before - 1) || (s.tokens[before - 1]!.pos === "NUM" && before >= 3 && s.words[before - 2] === "," && isPerson(before - 3));
}

/** People often named by where they come from (word-classes.tsv wc:travelling-people). */
const TRAVELLING_PEOPLE: ReadonlySet<string> = EVENT_WORDS.get("travelling-people");

/** "Dunbar, 36, of Austin, Texas": the containers written after a person's home are part of it. */
function withResidenceContainers(s: SentenceView, list: readonly Located[]): Located[] {
  const out = [...list];
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const p = out[i]!;
    if (prev.residence && !p.setting && p.first === prev.last + 2 && s.words[prev.last + 1] === ",") out[i] = { ...p, residence: true };
  }
  return out;
}

/** Verbs that carry a noun event's subject over to it. */
const LIGHT_VERBS = EVENT_WORDS.get("light-verbs");

export function hasContentVerbBetween(s: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = s.tokens[i]!;
    if ((t.pos === "VERB" || t.pos === "AUX") && !LIGHT_VERBS.has(t.normal) && !isAttributiveParticiple(s, i, to)) return true;
  }
  return false;
}

/**
 * "the Taliban launched a wave of attacks", "IS has carried out attacks": a light verb hands its
 * subject to the noun event only when that noun is its object, with only the object phrase's own
 * words between. "France is jittery over a spate of attacks", "the army was on alert after the
 * attacks": the noun sits in an adjunct, and the subject did nothing to it.
 */
/**
 * "killed an ELN commander known as Gabriel during an operation", "wounded two men in an attack": a name that
 * undergoes a verb of violence (as its object, or named by "as" after it) does not do the noun event of an
 * adjunct after it; the verb's subject may (extract-events.ts takeVerbsParties), its victim does not.
 */
function isObjectBeforeAdjunct(s: SentenceView, m: ActorMention, noun: number): boolean {
  let adjunct = false;
  for (let i = m.last + 1; i < noun; i++) if (s.tokens[i]!.pos === "ADP") { adjunct = true; break; }
  if (!adjunct) return false;
  // Back over the object's own words, and over "known as" naming an object before it ("an ELN commander known as Gabriel").
  let k = m.first - 1;
  for (let named = false; ; named = true) {
    while (k >= 0 && m.first - k <= OBJECT_OPENER_REACH_TOKENS + (named ? 3 : 0) && OBJECT_OPENER_SKIPPED.has(s.tokens[k]!.pos)) k--;
    if (named || s.tokens[k]?.normal !== "as" || s.tokens[k - 1]?.pos !== "VERB") break;
    k -= 2;
  }
  // Only the undergoer of violence: "accused Russia of ... the attack", "sent Navy SEALs on a raid" name the doer as an object.
  return k >= 0 && s.tokens[k]!.pos === "VERB" && (s.triggerRows?.[k] ?? []).some((r) => r.type === "ASSAULT");
}
/** Words of an object's own phrase skipped back to the verb before it ("killed an alleged", "known as alias"). */
const OBJECT_OPENER_SKIPPED: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN"]);
/** How far back from a name its verb is looked for ("killed the three senior"). Unit: tokens. */
const OBJECT_OPENER_REACH_TOKENS = 4;

function isVerbObject(s: SentenceView, from: number, noun: number): boolean {
  let verb = -1;
  for (let i = noun - 1; i > from; i--) if (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX") { verb = i; break; }
  // "the murder of a Japanese man in a stabbing", "a Chelsea neighborhood by an explosion": with no verb
  // between, a name that only modifies another noun ("Japanese man") whose phrase a preposition other
  // than "of" links to the event is no doer; a name that modifies the event's noun itself ("Taliban
  // attacks", "Russia's series of air strikes") or heads its own phrase ("forces in the fight") may be.
  if (verb < 0) return !(modifiesNounAfter(s, from) && hasLinkingPreposition(s, from, noun));
  for (let i = verb; i < noun; i++) {
    // "Shining Path members were responsible for the attack", "IS was behind the bombings": an attribution hands its subject on.
    if (s.triggerRows?.[i]?.some((r) => r.attribution && matchPatternAt(r.pattern, s.tokens, i, noun) !== null)) return true;
    if (i === verb) continue;
    const t = s.tokens[i]!;
    if (OBJECT_PHRASE_POS.has(t.pos) || t.normal === "of" || PHRASAL_PARTICLES.has(t.normal) || /['’]s$/.test(t.normal) || isAttributiveParticiple(s, i, noun)) continue;
    // "IS claimed the killings of two soldiers and the bombing": the verb's object is a list of acts, each of them its subject's.
    if (t.pos === "CCONJ" && (t.normal === "and" || t.normal === "or") && i + 1 < noun && onlyTagsBetween(s, i + 1, noun, EVENT_NOUN_PREMODIFIERS)) continue;
    return false;
  }
  // "They were civilian massacres": the noun is the predicate of "be", its subject the events themselves, not their doer.
  return !COPULAS.has(s.tokens[verb]!.normal);
}

/**
 * The word after a mention's last token is a noun its mention modifies ("Japanese man", "Chelsea
 * neighborhood"). A party's losses are no other noun: "185 Armed Forces casualties during clashes"
 * names a side of the clashes.
 */
function modifiesNounAfter(s: SentenceView, last: number): boolean {
  const next = s.tokens[last + 1];
  return !!next && (next.pos === "NOUN" || next.pos === "PROPN") && !LOSS_NOUNS.has(next.normal);
}
const LOSS_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("loss-nouns");

/**
 * A preposition other than "of" between two tokens: what links one noun phrase to another ("a man in
 * a stabbing"). After a noun that ties its possessor to the event (lexicon class `agent-link`:
 * "Morocco's role in the fight", "Russia of responsibility for the attack") the preposition links
 * the doer's own words to it.
 */
function hasLinkingPreposition(s: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (s.tokens[i]!.pos === "ADP" && s.tokens[i]!.normal !== "of" && !s.agentLinks?.has(s.words[i - 1]!)) return true;
  return false;
}

/**
 * "attacks on security forces and assassinations", "the arrest of activists and beatings": a noun phrase
 * joined to the event noun by "and"/"or", with only the event noun's own determiners and adjectives after
 * the conjunction, is a conjunct of it (here the first act's undergoer), not its doer. A name that
 * modifies the noun ("Taliban and Haqqani attacks") has another name between, and stays.
 */
function isConjunctOfEventNoun(s: SentenceView, m: ActorMention, anchor: number): boolean {
  const head = s.tokens[m.last]!;
  if (head.pos !== "NOUN" && head.pos !== "PROPN") return false;
  const conjunction = s.tokens[m.last + 1];
  if (!conjunction || conjunction.pos !== "CCONJ" || m.last + 1 >= anchor) return false;
  return onlyTagsBetween(s, m.last + 2, anchor, EVENT_NOUN_PREMODIFIERS);
}
/** Words of the event noun's own phrase that may stand between a conjunction and it ("and the deadly bombings"). */
const EVENT_NOUN_PREMODIFIERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "ADV"]);

/**
 * A mention inside the noun phrase of the conjunct (ending with it, back to the verb that governs the
 * phrase): "backs the arming of Ukraine against Russia and pledges": Ukraine is in the first conjunct
 * as much as Russia; the governing verb's subject, before it, is not.
 */
function inConjunctPhrase(s: SentenceView, m: ActorMention, conjunct: ActorMention): boolean {
  if (m.last > conjunct.last) return false;
  for (let i = m.last + 1; i < conjunct.first; i++) if (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX") return false;
  return true;
}

/** The event noun a mention possesses when it is one its possessor undergoes ("Velazquez's death", "Jones' arrest"), else -1. */
function possessedNoun(s: SentenceView, m: ActorMention): number {
  return isPossessor(s, m) && s.possessorUndergoes?.has(s.words[m.last + 2] ?? "") ? m.last + 2 : -1;
}

/**
 * "the junta's air force bombed", "the regime's army shelled": a possessor whose possessed noun is a party of its own
 * (its words only between) is no doer or undergoer; the possessed party is.
 */
function possessesParty(s: SentenceView, mentions: readonly ActorMention[], m: ActorMention): boolean {
  if (!isPossessor(s, m)) return false;
  const from = m.last + 2;
  return mentions.some((x) => x !== m && x.first >= from && x.first - from <= POSSESSED_PARTY_REACH_TOKENS && onlyTagsBetween(s, from, x.first, POSSESSED_PARTY_MODIFIERS));
}
/** Words between a possessive and the party it owns ("the regime's elite Republican Guard": 1). Unit: tokens. */
const POSSESSED_PARTY_REACH_TOKENS = 2;
const POSSESSED_PARTY_MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN"]);

/** A possessive marker right after the mention: "'s", or a bare apostrophe after a name in -s, -x or -z ("Velazquez' death"), not a closing quote. */
function isPossessor(s: SentenceView, m: ActorMention): boolean {
  const marker = s.words[m.last + 1];
  return marker === "'s" || marker === "’s" || ((marker === "'" || marker === "’") && /[sxz]$/.test(s.words[m.last]!));
}

/**
 * "President Barco's message on the murder": a possessor whose noun phrase ends before the event noun, which
 * hangs on a preposition of another noun; the possessor did that other thing, not the event. A chain of
 * modifiers and "of" keeps it the event's own ("the army's series of attacks", "the Taliban's deadly attack"), and so does a
 * noun that ties its possessor to the event (lexicon class `agent-link`: "the government's responsibility in this massacre").
 */
function possessesAnotherNoun(s: SentenceView, m: ActorMention, anchor: number): boolean {
  if (!isPossessor(s, m)) return false;
  for (let k = m.last + 2; k < anchor; k++) {
    // "the government's responsibility in this massacre", "North Korea's claims about its nuclear test": the noun ties its possessor to the event.
    if (s.agentLinks?.has(s.words[k]!)) return false;
    if (!OBJECT_PHRASE_POS.has(s.tokens[k]!.pos) && s.words[k] !== "of") return true;
  }
  return false;
}

/** The mention whose possessive stands right before a noun trigger that its possessor undergoes. */
function possessedUndergoneNoun(s: SentenceView, mentions: readonly ActorMention[], anchor: number): ActorMention | undefined {
  return mentions.find((m) => m.last < anchor && possessedNoun(s, m) === anchor) ?? whoseUndergoer(s, mentions, anchor);
}

/**
 * "Wael Ghonim, the Google employee whose arrest": a relative "whose" right before an event noun its
 * possessor undergoes stands for the name the relative clause hangs on (the head of the phrase before
 * it, or the name that phrase is set off after); read by word order, the name nearest before ("Google")
 * had been the arrest's doer.
 */
function whoseUndergoer(s: SentenceView, mentions: readonly ActorMention[], anchor: number): ActorMention | undefined {
  if (s.words[anchor - 1] !== "whose" || !s.possessorUndergoes?.has(s.words[anchor]!)) return undefined;
  let j = anchor - 2;
  if (s.words[j] === ",") j--;
  // The mention holding the head before "whose" ("the Google employee": the employee's, if named), else the name set off before that phrase.
  const head = mentions.find((m) => m.first <= j && m.last >= j);
  if (head) return head;
  let k = j;
  while (k > 0 && s.tokens[k]!.pos !== "PUNCT" && j - k <= WHOSE_PHRASE_MAX_TOKENS) k--;
  return s.words[k] === "," ? mentions.find((m) => m.last === k - 1) : undefined;
}
/** Words of the description between a name's comma and "whose" ("the Google employee": 3). Unit: tokens. */
const WHOSE_PHRASE_MAX_TOKENS = 6;

/** Forms of "be" that link a subject to a predicate noun. */
const COPULAS: ReadonlySet<string> = BE_FORMS;
/** Words of a verb's object phrase before its head ("a wave of deadly", "their", "two more"). */
const OBJECT_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADV", "PART"]);

/** "the Asad regime's escalating attacks", "the continued shelling": a participle after a determiner or possessive describes the noun; it is no verb of its own. */
function isAttributiveParticiple(s: SentenceView, i: number, noun: number): boolean {
  const t = s.tokens[i]!;
  if (!/(?:ing|ed)$/.test(t.normal)) return false;
  const prev = s.tokens[i - 1];
  if (!prev || !(prev.pos === "DET" || prev.pos === "PART" || prev.pos === "ADJ" || /['’]s$/.test(prev.normal))) return false;
  for (let k = i + 1; k < noun; k++) if (s.tokens[k]!.pos !== "ADJ" && s.tokens[k]!.pos !== "NOUN") return false;
  return true;
}

/**
 * Whether the clause's subject does the event ("active": "gunmen killed three") or undergoes it
 * ("undergoer": "three were killed", "a man killed by gunmen", "two soldiers died").
 */
export type Voice = "active" | "undergoer";

export interface Participants {
  readonly actor: string | null;
  readonly target: string | null;
  readonly rule: string;
  readonly voice: Voice;
  /** Read from a victims' noun ("Boko Haram hostages"): the name before it is whose hostages they are, or who they are. */
  readonly victimNoun?: boolean;
  /** The doer word order found was dropped because the clause names its doer in words that hold no actor (withClauseDoer). */
  readonly doerInClause?: boolean;
  /** The second party was read from the subject's list ("X and Y met"), not from the object. */
  readonly listedSide?: boolean;
}

/** "gas believed to be used by government forces": a name right after "by" (a determiner between) does something; it undergoes nothing. */
function isByAgent(s: SentenceView, m: ActorMention): boolean {
  let i = m.first - 1;
  while (i >= 0 && s.tokens[i]!.pos === "DET") i--;
  return i >= 0 && s.tokens[i]!.normal === "by";
}

/**
 * "was carried out by Hamas and Islamic Jihad fighters": a later item of a by-phrase's list does the
 * deed with the first; it undergoes nothing (it was read as the attack's target).
 */
function isListedAfterByAgent(s: SentenceView, mentions: readonly ActorMention[], m: ActorMention): boolean {
  const joiner = s.words[m.first - 1];
  if (joiner !== "and" && joiner !== "," && !(s.tokens[m.first - 1]?.pos === "DET" && (s.words[m.first - 2] === "and" || s.words[m.first - 2] === ","))) return false;
  return mentions.some((b) => b.last < m.first && isByAgent(s, b) && coordinatedAfter(s, mentions, b).has(m));
}

/**
 * "A bomb planted by Al-Shabaab militants exploded", "an explosive device placed by Boko Haram detonated": a
 * trigger whose words span a reduced relative (trigger rows with a gap: "bomb ... exploded") holds its
 * doer in that relative's by-phrase. The "by" right after a past participle inside the gap, or -1.
 */
function reducedPassiveByInGap(s: SentenceView, anchor: number, lastTok: number): number {
  for (let i = anchor + 2; i < lastTok; i++) if (s.tokens[i]!.normal === "by" && isPastParticiple(s, i - 1)) return i;
  return -1;
}

/** A trigger that is a noun phrase: a noun first, or modifiers before a noun with no verb ("poisonous gas", "car bomb"). */
function isNounTrigger(s: SentenceView, trigger: readonly number[]): boolean {
  const first = s.tokens[trigger[0]!]!.pos;
  if (first === "NOUN" || first === "PROPN") return true;
  const last = s.tokens[trigger[trigger.length - 1]!]!.pos;
  return (first === "ADJ" || first === "NUM") && (last === "NOUN" || last === "PROPN") && !trigger.some((i) => s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX");
}

/**
 * Source and target by word order inside the trigger's clause: the actor mentioned nearest before
 * the trigger is the source, the first one after it the target; a passive ("was attacked by Y",
 * "attacks by Y") swaps them.
 */
/**
 * `undergoable`: the trigger's event can be done to someone, so its participle may be a reduced passive; a
 * protest cannot ("Hundreds of members of the Awami League protested": the members protested).
 */
export function assignParticipants(s: SentenceView, mentions: readonly ActorMention[], trigger: readonly number[], symmetric = false, undergoable = true): Participants {
  const anchor = trigger[0]!;
  // Meetings are the exception: whoever the sentence is about usually took part ("Muttaqi's remarks came after talks with a US team").
  const lastTok = trigger[trigger.length - 1]!;
  const nominal = !symmetric && isNounTrigger(s, trigger);
  const clause = s.clause[anchor];
  // "Police freed kidnapped aid workers": a participle before its noun has no doer in this clause; the noun undergoes it.
  if (anchor === lastTok && isPrenominalParticiple(s, anchor)) {
    const described = mentions.find((m) => m.first > anchor && m.first - anchor <= PRENOMINAL_NOUN_REACH_TOKENS && onlyTagsBetween(s, anchor + 1, m.first, PRENOMINAL_MODIFIERS));
    return { actor: null, target: described?.actor ?? null, rule: "attributive", voice: "undergoer" };
  }
  // "blamed the attack on the rebels", "the bombing was blamed on Boko Haram": the party a blame puts
  // after the deed did it (as the blame tells it); read by word order, it was taken for the undergoer.
  const blamed = nominal ? blamedOnPhrase(s, anchor, lastTok) : null;
  const blamedParty = blamed ? mentions.find((m) => m.first >= blamed.first && m.first <= blamed.last) : undefined;
  if (blamed && blamedParty) {
    // "the attack on the base was blamed on X": the deed's own undergoer stays, before the blame's "on".
    const own = undergoerAfter(s, lastTok);
    const undergoer = own && own.first < blamed.first ? mentions.find((m) => m.first >= own.first && m.first <= own.last && m.actor !== blamedParty.actor) : undefined;
    return { actor: blamedParty.actor, target: undergoer?.actor ?? null, rule: "blamed-on", voice: "active" };
  }
  let by = reducedPassiveByInGap(s, anchor, lastTok);
  // "the attack on the base by Taliban fighters": a noun event's "by" may follow its undergoer.
  const byFrom = (nominal ? undergoerAfter(s, lastTok)?.last : undefined) ?? lastTok;
  for (let i = byFrom + 1; by < 0 && i <= byFrom + PASSIVE_AGENT_WINDOW_TOKENS && i < s.tokens.length; i++) {
    if (s.clause[i] !== clause) break;
    if (s.tokens[i]!.normal === "by") { by = i; break; }
    // "the attack by gunmen" has its "by" right after the noun; "the gun battle were prevented ... by" is another verb's;
    // "shells fired by Russian occupants", "a mine laid by the rebels": a participle right after the noun passes its "by" on.
    if (nominal && (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX") && !(i === compoundEnd(s, byFrom) + 1 && isPastParticiple(s, i) && !s.reportVerbs?.has(s.tokens[i]!.normal))) break;
  }
  // "Two policemen were shot dead and another was wounded by militants": the agent of the passive joined after
  // "and" did both.
  if (by < 0 && !nominal && anchor > 0 && isPassiveChain(s, anchor)) by = byOfJoinedPassive(s, lastTok);
  // A noun's subject must reach it through a light verb ("IS-K claimed a bombing", "held talks");
  // "the US condemned the bombings" does not make the US the bomber.
  // "Velazquez's death in the dynamite attack", "Mr Jones' arrest": the possessor of a noun it undergoes is that
  // noun's undergoer, and the doer of no event noun after it.
  const undergoneBy = nominal ? possessedUndergoneNoun(s, mentions, anchor) : undefined;
  if (undergoneBy) return { actor: null, target: undergoneBy.actor, rule: "possessor-undergoes", voice: "undergoer" };
  // "attacks on security forces and assassinations": the phrase joined to the event noun, with every name inside it, did not do it.
  const conjunct = nominal ? mentions.find((m) => m.last < anchor && isConjunctOfEventNoun(s, m, anchor)) : undefined;
  // "Two people were shot dead by police during the demonstrations": the agent of another verb's passive, named before a
  // demonstration's noun, did that verb's act; the demonstrators are others (an act of force may share its agent with
  // the operation noun after it, "killed by the Taliban in an ambush"; a protest does not).
  const before = mentions.filter((m) => m.last < anchor && s.clause[m.last] === clause && !possessesParty(s, mentions, m) && !isFollowedOne(s, mentions, m) && (!nominal || (!hasContentVerbBetween(s, m.last, anchor) && isVerbObject(s, m.last, anchor) && possessedNoun(s, m) < 0 && !possessesAnotherNoun(s, m, anchor) && !isObjectBeforeAdjunct(s, m, anchor) && !(conjunct && inConjunctPhrase(s, m, conjunct)) && (undergoable || !isByAgent(s, m)))));
  const inGap = mentions.filter((m) => m.first > anchor && m.last < lastTok);
  const after = mentions.filter((m) => m.first > lastTok && s.clause[m.first] === clause);
  // "US warplanes pounded", "two suicide bombers blew themselves up": the trigger's own first word names who acted.
  const own = mentions.find((m) => m.first <= anchor && m.last >= anchor && (m.last < lastTok || isAgentNoun(s, m.last)));
  // "released two American hostages", "Two American hostages were freed": a noun for the people an act befell names
  // them, its modifier their nationality, never the doers.
  if (anchor === lastTok && VICTIM_NOUNS.has(s.tokens[anchor]!.normal)) {
    const named = own ?? mentions.find((m) => m.last === anchor - 1);
    if (named) return { actor: null, target: named.actor, rule: "victim-noun", voice: "undergoer", victimNoun: true };
  }
  // The trigger's own words name the doers before any name ahead of it: in "soldiers shot dead three protesters", the protesters protest.
  // "Taliban gunmen and suicide bombers attacked": an agent noun that is a later item of a list leaves the doer to its first item (ACLED codes the first side first).
  const ownAgent = own && isAgentNoun(s, own.last) && own.last >= lastTok ? firstListedBefore(s, mentions, own) ?? own.actor : null;
  // "air strikes from the US-led coalition", "aid from the EU": a noun event's "from" phrase names its source, never its undergoer.
  const source = nominal ? sourceAfter(s, mentions, lastTok) : undefined;
  const lastBefore = before[before.length - 1];
  // "Vladimir Putin and Russia are the latest to be threatened", "two soldiers and a policeman were killed":
  // a subject that undergoes the event is the whole list; like a doer's, its first item is named first.
  const undergoerBefore = lastBefore ? listedVictim(s, mentions, lastBefore) : null;
  // "Gunmen attacked Kurmin Masara village on Sunday and abducted 20 people": the name before a verb joined by
  // "and" is the first verb's object when no verb follows it; the joined verb shares the first verb's subject.
  const sharedSubject = !nominal && lastBefore && !isSubjectOfVerb(s, lastBefore, anchor) ? coordinatedSubject(s, mentions, anchor) : null;
  // "RSF and allied Arab militias attacked the town and clashed with Masalit militias": a list that is the subject of a
  // verb before this one is that verb's doers, whose first item ACLED codes first; so it is for the verb joined to it.
  const listedSubject = !nominal && lastBefore && !sharedSubject && isSubjectOfVerb(s, lastBefore, anchor) && s.words[anchor - 1] === "and" ? firstListedBefore(s, mentions, { ...lastBefore, first: Math.min(lastBefore.first, phraseEndingAt(s, lastBefore.last).first) }) : null;
  const nearestBefore = ownAgent ?? (nominal ? null : reportingSubject(s, mentions, anchor)) ?? sharedSubject ?? listedSubject ?? lastBefore?.actor ?? own?.actor ?? appositiveSubject(s, mentions, anchor) ?? coordinatedSubject(s, mentions, anchor) ?? (nominal ? governingVerbSubject(s, mentions, anchor) : null) ?? null;
  // "stone-throwing protesters clashed", "the rampaging mob": an -ing word inside the noun phrase of the people who do it.
  const describedDoer = anchor === lastTok ? attributiveDoer(s, mentions, anchor) : null;
  if (describedDoer) return { actor: describedDoer, target: null, rule: "attributive-doer", voice: "active" };
  // "Fighting between the army and RSF": an -ing word followed by "between" is the noun of the fight, whatever its tag.
  const between = nominal || (s.words[lastTok + 1] === "between" && s.words[lastTok]!.endsWith("ing")) ? findBetween(s, lastTok) : -1;
  const pair = between < 0 ? null : pairAfterBetween(s, mentions, between);
  if (pair) return { actor: pair[0], target: pair[1], rule: "between", voice: "active" };
  if (by >= 0) {
    // "Shelling by Sudan's paramilitary Rapid Support Forces": the party a possessor owns is the agent, not the possessor.
    const agent = mentions.find((m) => m.first > by && m.first <= by + PASSIVE_AGENT_WINDOW_TOKENS + 1 && !possessesParty(s, mentions, m)) ?? agentThroughOf(s, mentions, by);
    if (agent) {
      // "was killed by", and the reduced passive "a man killed by gunmen": the name before undergoes it.
      const passive = anchor > 0 && (isPassiveChain(s, anchor) || isReducedPassive(s, anchor, anchor - 1));
      // "the attack on the base by Taliban fighters": the undergoer named before the "by"; "attacks by Y on Z": after it.
      const undergoer = byFrom > lastTok ? after.find((m) => m.actor !== agent.actor && m.last <= byFrom) : undefined;
      // "bombing campaigns by both ISIS and Kurdish militants": the by-phrase's other items are doers too, not the undergoer.
      const coAgents = coordinatedAfter(s, mentions, agent);
      // "by the FMLN [Farabundo Marti National Liberation Front] terrorists": the head after a bracketed expansion is the agent's own noun.
      const headAfter = headAfterBracket(s, mentions, agent);
      if (headAfter) coAgents.add(headAfter);
      const target = passive ? (ownAgent ? nearestBefore : undergoerBefore ?? nearestBefore) : (undergoer ?? after.find((m) => m.actor !== agent.actor && m.first > by && !coAgents.has(m) && !(m.last < agent.first && possessesParty(s, mentions, m))))?.actor ?? null;
      return { actor: agent.actor, target: target === agent.actor ? null : target, rule: "passive-by", voice: passive ? "undergoer" : "active" };
    }
  }
  // "caring for hundreds of wounded", "83 dead and 178 wounded": a casualty word standing as a noun
  // names the casualties; no doer is named in its clause.
  if (!nominal && anchor === lastTok && isNominalisedCasualty(s, anchor)) return { actor: null, target: null, rule: "nominalised", voice: "undergoer" };
  // "Tamerlan, 26, died": a verb whose subject undergoes it has no doer of its own; nor has a
  // participle after a preposition's noun ("condolences to the U.S. service members killed").
  if (!nominal && (UNDERGOER_SUBJECT_VERBS.has(s.tokens[anchor]!.normal) || (undergoable && reducedPassiveAfterPreposition(s, anchor, anchor - 1)))) return { actor: null, target: ownAgent ? nearestBefore : undergoerBefore ?? nearestBefore, rule: "undergoer-subject", voice: "undergoer" };
  // "A 29-year-old farmer died of a gunshot wound", "two officers succumbed to stab wounds": the subject of a death whose
  // cause the event noun names is its victim; the noun's own words may name the doer ("a Taliban bullet": ownAgent).
  if (nominal && !ownAgent && undergoneCauseVerb(s, anchor) >= 0) return { actor: null, target: nearestBefore, rule: "died-of", voice: "undergoer" };
  // "Six soldiers killed in a Taliban attack were buried", "those injured in the attack": a casualty
  // participle with no object right after its noun is a reduced passive (no one is "killed" without
  // an object when it is active): the noun undergoes it and its clause names no doer; the attack's
  // own words name that ("a Taliban attack"), not the soldiers.
  if (!nominal && anchor === lastTok && isObjectlessCasualtyParticiple(s, anchor)) return { actor: null, target: ownAgent ? nearestBefore : undergoerBefore ?? nearestBefore, rule: "reduced-passive", voice: "undergoer" };
  // A passive with no "by" names only the victim: "six aid workers were killed" (whoever confirmed it did not kill them);
  // so does a participle joined to one ("homes were ransacked and torched": the homes' owners torched nothing).
  if (anchor > 0 && !nominal && !s.tokens[anchor]!.normal.endsWith("ing") && isPassiveChain(s, anchor)) return { actor: null, target: ownAgent ? nearestBefore : undergoerBefore ?? nearestBefore, rule: "passive", voice: "undergoer" };
  // The object comes before any other verb: in "Gunmen attempting to flee ... were prevented doing so by a military Hummer" the Hummer is not what they fled.
  // "Suicide bombers and Taliban gunmen attacked the camp": the items listed with an agent noun are more doers, not the undergoer.
  const coDoers = own && ownAgent ? coordinatedAfter(s, mentions, own) : null;
  const targetMention = [...inGap, ...after].find((m) => m.actor !== nearestBefore && !(source && m.first >= source.first && m.first <= source.last) && (!nominal || m.first < lastTok || (!inNounAdjunct(s, lastTok, m) && !onOtherNoun(s, lastTok, m))) && !coDoers?.has(m) && !hasFiniteVerbBetween(s, lastTok, m.first, nominal) && !(nominal && beyondPredicateObject(s, lastTok, m.first)) && !isCoParticipant(s, m) && !isByAgent(s, m) && !isListedAfterByAgent(s, mentions, m));
  return { actor: nearestBefore, target: targetMention?.actor ?? null, rule: "subject-object", voice: "active" };
}

/**
 * "the FMLN [Farabundo Marti National Liberation Front] terrorists", "the Islamic State (IS)
 * fighters": a mention right after the bracketed expansion of a name is the head noun of that
 * name's phrase, the same party in other words; undefined when none follows the bracket.
 */
function headAfterBracket(s: SentenceView, mentions: readonly ActorMention[], m: ActorMention): ActorMention | undefined {
  let i = m.last + 1;
  const open = s.words[i];
  // The mention may be the name before the bracket, or the expansion inside it ("FMLN [Farabundo ... Front]").
  if (open === "(" || open === "[") {
    const close = open === "(" ? ")" : "]";
    while (i < s.words.length && i - m.last <= BRACKETED_EXPANSION_MAX_TOKENS && s.words[i] !== close) i++;
    if (s.words[i] !== close) return undefined;
  } else if (open !== ")" && open !== "]") return undefined;
  return mentions.find((x) => x.first === i + 1 && s.tokens[x.last + 1]?.pos !== "NOUN");
}
/** The longest bracketed expansion of a name ("[Farabundo Marti National Liberation Front]": 7). Unit: tokens. */
const BRACKETED_EXPANSION_MAX_TOKENS = 10;

/**
 * The mention a "from" right after a noun event introduces ("air strikes from the US-led coalition",
 * "a withdrawal from Afghanistan"), determiners and modifiers between: where the act came from, its
 * doer or the place left, never its undergoer. (Taken as the doer, it added spurious actors on the
 * WikiEvents dev split: left to the clause's other rules.)
 */
function sourceAfter(s: SentenceView, mentions: readonly ActorMention[], last: number): ActorMention | undefined {
  const from = compoundEnd(s, last) + 1;
  if (s.words[from] !== "from") return undefined;
  let i = from + 1;
  while (i < s.tokens.length && i - from <= SOURCE_MODIFIER_TOKENS && (s.tokens[i]!.pos === "DET" || s.tokens[i]!.pos === "ADJ")) i++;
  return mentions.find((m) => m.first <= i && m.last >= i && m.first > from);
}
/** Determiners and adjectives between "from" and the source's name ("from the US-led": 2). Unit: tokens. */
const SOURCE_MODIFIER_TOKENS = 3;

/**
 * "hundreds of wounded", "178 wounded", "the dead": a past participle or "dead" right after a
 * number, a determiner or "of", with no noun after it, is a noun for the people it befell, not a verb.
 */
function isNominalisedCasualty(s: SentenceView, anchor: number): boolean {
  const t = s.tokens[anchor]!;
  if (!(t.normal.endsWith("ed") || t.normal === "dead")) return false;
  const prev = s.tokens[anchor - 1];
  if (!prev || !(prev.pos === "NUM" || prev.pos === "DET" || prev.normal === "of") || CLAUSE_OPENING_DETERMINERS.has(prev.normal)) return false;
  // "those imprisoned for ...", "$10 donated by employees": a participle after a demonstrative, or with its "by", is a reduced passive.
  const next = s.tokens[anchor + 1];
  if (next?.normal === "by" || DEMONSTRATIVES.has(prev.normal)) return false;
  return !next || !(next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || next.pos === "NUM" || next.pos === "DET" || next.pos === "PRON");
}
/** Words a tagger may read as determiners that open a clause ("that killed", "which wounded"): a verb follows them. */
const CLAUSE_OPENING_DETERMINERS: ReadonlySet<string> = CLAUSE_OPENING_WORDS;

/**
 * Whether a name after a noun event stands in an adjunct that is no undergoer: "the battle for
 * Syria", "clashes ... after Russia deployed", "a victory for the U.S. Navy", "fighting during the
 * visit of X". The name's preposition (determiners and modifiers skipped) says so.
 */
function inNounAdjunct(s: SentenceView, last: number, m: ActorMention): boolean {
  return NOUN_ADJUNCT_PREPOSITIONS.has(s.words[wordBeforeModifiers(s, last, m, false)]!);
}

/**
 * The word before a mention's determiners and modifiers (and, with `pronouns`, a possessive pronoun: "on its
 * Radio Andalus"), looked for back to the event's last token `last`: the preposition that ties the mention on.
 */
function wordBeforeModifiers(s: SentenceView, last: number, m: ActorMention, pronouns: boolean): number {
  let i = m.first - 1;
  while (i > last && m.first - i <= NOUN_TARGET_MODIFIER_TOKENS && (NAME_MODIFIER_POS.has(s.tokens[i]!.pos) || (pronouns && s.tokens[i]!.pos === "PRON") || /^['’]s$/.test(s.words[i]!))) i--;
  return i;
}
const NAME_MODIFIER_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM"]);
/**
 * "claimed the attack in a statement on its Radio Andalus": the phrase of a preposition (not "of") that a common
 * noun between the event's noun and it stands before hangs on that noun ("statement"), not on the event's.
 */
function onOtherNoun(s: SentenceView, last: number, m: ActorMention): boolean {
  const i = wordBeforeModifiers(s, last, m, true);
  if (i <= last || s.tokens[i]!.pos !== "ADP" || s.words[i] === "of") return false;
  for (let k = compoundEnd(s, last) + 1; k < i; k++) if (s.tokens[k]!.pos === "NOUN") return true;
  return false;
}

/** Prepositions of a noun event's adjuncts of purpose, time, cause, comparison or channel ("responsible for the attack via Twitter"): the name after one is no undergoer. */
const NOUN_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "after", "before", "during", "amid", "since", "despite", "over", "about", "than", "like", "unlike", "following", "via"]);
/** Determiners and modifiers between such a preposition and the name ("for the two Kurdish": 3). Unit: tokens. */
const NOUN_TARGET_MODIFIER_TOKENS = 4;

/** "fighting alongside the Syrian Army": a party named after "alongside" acts with the doer; it is no undergoer. */
function isCoParticipant(s: SentenceView, m: ActorMention): boolean {
  let i = m.first - 1;
  if (s.tokens[i]?.pos === "DET") i--;
  return s.words[i] === "alongside";
}

/** The mentions listed after `m` with "and", "or" or commas ("ISIS and Kurdish militants", "X, Y and Z"): items of one list. */
function coordinatedAfter(s: SentenceView, mentions: readonly ActorMention[], m: ActorMention): Set<ActorMention> {
  const out = new Set<ActorMention>();
  let cur = m;
  for (let hops = 0; hops < MAX_LISTED_MENTIONS; hops++) {
    let i = cur.last + 1;
    if (s.words[i] === ",") i++;
    if (s.words[i] === "and" || s.words[i] === "or") i++;
    if (i === cur.last + 1) break;
    // "and Kurdish militants", "and the Taliban": the next item's mention starts within its determiner and modifiers.
    const next = mentions.find((x) => x.first >= i && x.first <= i + 1 && x !== cur);
    if (!next) break;
    out.add(next);
    cur = next;
  }
  return out;
}
/**
 * The actor of the first item of the list a mention stands in, when an earlier item names one:
 * "Islamic State militants and the Taliban" gives the Islamic State for the Taliban's mention.
 */
export function firstListedBefore(s: SentenceView, mentions: readonly ActorMention[], m: ActorMention): string | null {
  for (const item of conjunctsOf(s, { first: m.first, last: m.last, head: m.last })) {
    if (item.first >= m.first) break;
    // "The junta's army and Wagner mercenaries": the item's head names it, not its possessor.
    const named = mentions.find((x) => x !== m && x.first <= item.head && x.last >= item.head && x.actor !== m.actor) ?? mentions.find((x) => x !== m && x.first <= item.last && x.last >= item.first && x.actor !== m.actor);
    if (named) return named.actor;
  }
  return null;
}

/**
 * The victim party of the list a victim's mention stands in ("Two policemen and a civilian were wounded"): the
 * first armed party listed (police, military, armed group), else the first listed. ACLED codes an attack that
 * hits armed men with civilians as one against the armed side (a battle; the civilians are caught in it), and
 * an attack on civilians alone as one against civilians.
 */
export function listedVictim(s: SentenceView, mentions: readonly ActorMention[], m: ActorMention): string {
  const own = phraseEndingAt(s, m.last);
  const phrase = { first: Math.min(own.first, m.first), last: m.last, head: m.last };
  let first: ActorMention | null = null;
  for (const item of [phrase, ...conjunctsOf(s, phrase)].sort((a, b) => a.first - b.first)) {
    // "Police fired tear gas to disperse them, and 1 protester was shot dead": a pronoun before ", and" is the object of
    // the clause before, no item listed with the victims.
    const named = item === phrase ? m : s.tokens[item.head]!.pos !== "PRON" ? mentions.find((x) => x.first <= item.last && x.last >= item.first) : undefined;
    if (!named) continue;
    if (named.armed) return named.actor;
    first ??= named;
  }
  return (first ?? m).actor;
}

/**
 * "Sudanese Armed Forces and RSF fought in Sennar", "Soldiers and militants exchanged fire": in a clash whose
 * subject lists both sides, the side "and" joins after the doer is the other side, ACLED's second actor.
 * Read directly, not as a list (conjunctsOf): the last item opens the clause ("... and RSF fought"). Null
 * when no such pair. (When the doer read was the second item, taking the first as the other side cost a
 * WikiEvents argument; not done.)
 */
export function otherListedSide(s: SentenceView, mentions: readonly ActorMention[], anchor: number, actor: string): string | null {
  const own = mentions.find((m) => m.actor === actor && m.last < anchor && s.clause[m.last] === s.clause[anchor]);
  if (!own) return null;
  if (s.words[own.last + 1] === "and") {
    // The item's name, after its own words: "and Eritrean President Isaias Afwerki" is Afwerki, not the Eritreans.
    let after: ActorMention | undefined;
    for (const x of mentions) if (x.first > own.last + 1 && x.last < anchor && x.actor !== actor && opensListItem(s, own.last + 2, x.first)) after = x;
    return after?.actor ?? null;
  }
  // "the Somali government and Jubaland authorities signed": the doer read may be the list's second item.
  const before = mentions.find((x) => x.actor !== actor && x.last < own.first && s.words[x.last + 1] === "and" && opensListItem(s, x.last + 2, own.first));
  return before?.actor ?? null;
}

/**
 * Whether the words from `from` up to (not including) `to` are a list item's own words before its name:
 * determiners and adjectives ("and the rebels", "and Jubaland authorities"), a nationality and a title
 * ("and Eritrean President Isaias Afwerki": a common noun only right before a name).
 */
function opensListItem(s: SentenceView, from: number, to: number): boolean {
  if (to - from > LIST_ITEM_OPENER_MAX_TOKENS) return false;
  for (let i = from; i < to; i++) {
    const pos = s.tokens[i]!.pos;
    if (LIST_ITEM_OPENERS.has(pos) || pos === "PROPN" || (pos === "NOUN" && s.tokens[i + 1]?.pos === "PROPN")) continue;
    return false;
  }
  return true;
}
/** A list item's own words before its name ("Chinese Foreign Minister": 3). Unit: tokens. */
const LIST_ITEM_OPENER_MAX_TOKENS = 3;

/** Whether every token from `from` up to (not including) `to` has one of the parts of speech `tags`. */
function onlyTagsBetween(s: SentenceView, from: number, to: number, tags: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (!tags.has(s.tokens[i]!.pos)) return false;
  return true;
}
/** A list item's own words before its name ("and the rebels", "and Jubaland authorities"). */
const LIST_ITEM_OPENERS: ReadonlySet<string> = new Set(["DET", "ADJ"]);

/** Items followed along one list of actors ("the US, Britain, France and Germany": 3). */
const MAX_LISTED_MENTIONS = 6;

/**
 * "killed by alleged commando groups of the Maoist Shining Path", "by members of the Taliban": a
 * by-phrase naming the doers by a description whose "of" (or "from") phrase names their organisation
 * gives that organisation. Only the description's own words may stand between "by" and "of", and its
 * head must name people (lexicon class `member`).
 */
function agentThroughOf(s: SentenceView, mentions: readonly ActorMention[], by: number): ActorMention | undefined {
  for (let i = by + 1; i < s.tokens.length && i - by <= AGENT_DESCRIPTION_MAX_TOKENS; i++) {
    const t = s.tokens[i]!;
    if ((t.normal === "of" || t.normal === "from") && i > by + 1) {
      // The description must name people ("groups", "members", "soldiers"), not a thing or a place ("by the door of a bank").
      if (!s.members?.has(s.words[i - 1]!)) return undefined;
      return mentions.find((m) => m.first > i && m.first <= i + 3 && s.clause[m.first] === s.clause[by]);
    }
    if (!(t.pos === "DET" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "NUM")) return undefined;
  }
  return undefined;
}
/** Words of a description between "by" and its "of" ("alleged commando groups": 3). Unit: tokens. */
const AGENT_DESCRIPTION_MAX_TOKENS = 5;


/**
 * A verb of its own between a trigger and a name, other than an infinitive the trigger governs
 * ("committed to working closely with Turkey", "agreed to release the medics" keep their object).
 */
function hasFiniteVerbBetween(s: SentenceView, from: number, to: number, nominal = false): boolean {
  // "The explosion wounded Beatriz Iero": an active verb right after an event noun is its own predicate
  // (a passive one is not: "Gunmen attempting to flee from the gun battle were prevented ... by a Hummer").
  let predicate = nominal;
  for (let i = from + 1; i < to; i++) {
    const t = s.tokens[i]!;
    const verb = t.pos === "VERB" || t.pos === "AUX";
    if (predicate && t.pos === "ADV") continue;
    // "launched its air strikes saying it wanted to help Assad": an -ing participle opens an adjunct clause; it is no predicate.
    if (predicate && t.pos === "VERB" && !t.normal.endsWith("ing")) { predicate = false; continue; }
    predicate = false;
    // "condemned the attack and ordered security forces to pursue the attackers": a verb joined by "and" opens a predicate
    // of its own, whose object is not the event's undergoer, light verb or not ("carried out" after the noun is the noun's).
    if (verb && s.tokens[i - 1]?.pos === "CCONJ" && !isPrenominalParticiple(s, i)) return true;
    if (!verb || LIGHT_VERBS.has(t.normal)) continue;
    if (s.tokens[i - 1]?.normal === "to") continue;
    // "killed two suspected members of Boko Haram": a participle that opens the object's noun phrase is no verb of its own.
    if (isPrenominalParticiple(s, i)) continue;
    return true;
  }
  return false;
}

/** Parts of speech that open a verb's object. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["DET", "NUM", "PROPN", "NOUN", "ADJ", "PRON"]);

/**
 * "The explosion targeted a bakery on the central street Rue Victor Hugo": when a noun event is the
 * subject of the verb right after it, its undergoer is that verb's object; a name in a phrase of
 * place hung on the object ("on the central street ...", "in Kabul") is no undergoer ("a contribution
 * to the Fund" keeps its recipient).
 */
function beyondPredicateObject(s: SentenceView, last: number, first: number): boolean {
  const verb = compoundEnd(s, last) + 1;
  // Only a verb whose object opens right after it ("targeted a bakery"); "the attack carried out on 30 October
  // by the FMLN against ..." has a participle that describes the noun, no predicate.
  if (s.tokens[verb]?.pos !== "VERB" || first <= verb || !OBJECT_OPENERS.has(s.tokens[verb + 1]?.pos ?? "")) return false;
  for (let i = verb + 1; i < first; i++) if (PLACE_PREPOSITIONS.has(s.tokens[i]!.normal) || s.tokens[i]!.normal === "on") return true;
  return false;
}

/**
 * The party an -ing trigger describes from inside its noun phrase: "stone-throwing protesters",
 * "the rampaging mob", "two marauding gunmen". Only a hyphenated compound ("stone-throwing") or an
 * -ing word after a determiner, number or adjective is attributive ("after killing protesters" is a
 * gerund with its object); the party's mention must start right after it and end the phrase.
 */
function attributiveDoer(s: SentenceView, mentions: readonly ActorMention[], anchor: number): string | null {
  const t = s.tokens[anchor]!;
  if (!t.normal.endsWith("ing")) return null;
  const prev = s.tokens[anchor - 1];
  if (!t.normal.includes("-") && !(prev && (prev.pos === "DET" || prev.pos === "NUM" || prev.pos === "ADJ"))) return null;
  const m = mentions.find((x) => x.first === anchor + 1);
  if (!m) return null;
  const after = s.tokens[m.last + 1];
  return after && (after.pos === "NOUN" || after.pos === "PROPN") ? null : m.actor;
}

/** Words from a prenominal participle to the name it describes ("jailed opposition leader Alexei Navalny": 3). Unit: tokens. */
const PRENOMINAL_NOUN_REACH_TOKENS = 4;

/** A noun phrase's modifiers between a prenominal participle and the name ("kidnapped [aid] workers", "jailed [opposition leader] Navalny"). */
const PRENOMINAL_MODIFIERS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** "bombers", "mob", "warplanes": a trigger noun that names the doers, not the deed ("attack", "protest"). */
function isAgentNoun(s: SentenceView, i: number): boolean {
  const t = s.tokens[i]!;
  // A sentence's first word may be tagged a proper noun ("Protesters poured into the streets").
  return (t.pos === "NOUN" || t.pos === "PROPN") && AGENT_NOUN.test(t.normal);
}
// Singular too ("a demonstrator throws a fence"): only a word an actor's mention already covers is tested.
const AGENT_NOUN = /(?:ers?|ors?|ists?|mobs?|m[ae]n|planes|jets|drones)$/;

/**
 * The victims a casualty word reports, when an actor names them: "two policemen were killed",
 * "killing six civilians", "left seven soldiers dead". Only numbers, quantifiers and modifiers may
 * stand between the casualty word and the victims, besides the count read right after the word (ending at `countEnd`).
 */
/** Tags that open a verb's object right after it ("killed 11 people", "killed the driver"). */
const OBJECT_OPENING_POS: ReadonlySet<string> = new Set(["NUM", "DET"]);

export function victimOf(s: SentenceView, mentions: readonly ActorMention[], word: number, countEnd = -1): string | null {
  let best: ActorMention | null = null;
  let bestDist = Infinity;
  let object: ActorMention | null = null;
  for (const m of mentions) {
    const after = m.first > word;
    const dist = after ? m.first - word : word - m.last;
    if (dist <= 0 || dist > VICTIM_REACH_TOKENS + (after ? MEMBERS_OF_EXTRA_TOKENS : 0)) continue;
    // "Dozens of people were wounded when police dispersed a protest": a name after a clause boundary is in another clause, no victim.
    if (after && s.clause[m.first] !== s.clause[word]) continue;
    // "killing more than 50 al Shabaab fighters": the count read after the word, bound words and all, is no gap.
    const [from, to] = after ? [Math.max(word + 1, countEnd), m.first] : [m.last + 1, word];
    let plain = true;
    for (let i = from; i < to; i++) if (!VICTIM_GAP_POS.has(s.tokens[i]!.pos) && !BE.has(s.tokens[i]!.normal)) plain = false;
    // "killing two members of the Kurdish-led SDF": the victims are members of the party named after "of".
    if (!plain && after && isMembersOf(s, from, to)) plain = true;
    if (!plain) continue;
    if (after && !object) object = m;
    if (dist >= bestDist) continue;
    best = m;
    bestDist = dist;
  }
  // "Colombian soldiers killed an ELN commander": an active verb's victims are its object, the name after
  // it; the name right before is its subject, however near ("six soldiers were killed" has no object).
  if (object && best !== object && s.tokens[word]!.pos === "VERB" && !isAfterBe(s, word)) return listedVictim(s, mentions, object);
  // "Gunmen killed 11 people": an active verb with an object its own (no party named in it) has its doer before it, no victim.
  if (best && best.last < word && s.tokens[word]!.pos === "VERB" && !isAfterBe(s, word) && OBJECT_OPENING_POS.has(s.tokens[word + 1]?.pos ?? "")) return null;
  return best ? listedVictim(s, mentions, best) : null;
}


/**
 * "supporters of former President Jair Bolsonaro stormed Congress": a name in the "of" phrase of a followers' noun
 * (word class follower-nouns) that is itself a mention names whom they follow, not who acted; the followers did.
 * (Unlike "members of the SDF", whose party acts through them.)
 */
function isFollowedOne(s: SentenceView, mentions: readonly ActorMention[], m: ActorMention): boolean {
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= FOLLOWED_TITLE_TOKENS && s.words[k] !== "of" && FOLLOWED_TITLE_POS.has(s.tokens[k]!.pos)) k--;
  if (k < 1 || s.words[k] !== "of" || !FOLLOWER_NOUNS.has(s.words[k - 1]!.toLowerCase())) return false;
  return mentions.some((h) => h !== m && h.last === k - 1);
}
/** Followers' nouns: "supporters", "loyalists", "followers" (word-classes.tsv). */
const FOLLOWER_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("follower-nouns");
/** Words of a title between "of" and the name ("of former President": 2). Unit: tokens. */
const FOLLOWED_TITLE_TOKENS = 4;
const FOLLOWED_TITLE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN"]);

/**
 * Tokens from..to (exclusive) are a count of a party's members up to the party's name: numbers and
 * modifiers, a member noun ("members", "fighters", lexicon class `member`), "of", then the party's own
 * modifiers ("two members of the Kurdish-led").
 */
function isMembersOf(s: SentenceView, from: number, to: number): boolean {
  let i = from;
  while (i < to && VICTIM_GAP_POS.has(s.tokens[i]!.pos)) i++;
  if (i >= to || !s.members?.has(s.words[i]!) || s.words[i + 1] !== "of") return false;
  for (let k = i + 2; k < to; k++) if (!MEMBER_PARTY_MODIFIER_POS.has(s.tokens[k]!.pos)) return false;
  return true;
}
/** Words allowed between "members of" and the party's name ("the Kurdish-led", "the banned"). */
const MEMBER_PARTY_MODIFIER_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "VERB", "PROPN"]);
/** Extra reach for victims counted as a party's members ("killing two members of the Kurdish-led SDF": 3). Unit: tokens. */
const MEMBERS_OF_EXTRA_TOKENS = 4;

/** Nouns for the people an act befell, which are trigger words of that act ("hostages": an abduction). */
const VICTIM_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("victim-nouns");

/** Tokens between a casualty word and its victims ("were reportedly killed": 3; "killing at least 25"). Unit: tokens. */
const VICTIM_REACH_TOKENS = 5;
/** Words that may stand between a casualty word and its victims: numbers, quantifiers, adverbs, auxiliaries. */
const VICTIM_GAP_POS: ReadonlySet<string> = new Set(["NUM", "ADV", "ADJ", "DET", "AUX", "PART"]);

/**
 * "The president of Bulgaria, Georgi Parvanov, promptly pardoned them": when nothing in the
 * trigger's clause precedes it but modifiers, the subject sits in the comma-set noun phrases just
 * before (no verb in them); the name nearest the verb wins.
 */
function appositiveSubject(s: SentenceView, mentions: readonly ActorMention[], anchor: number): string | null {
  const clause = s.clause[anchor]!;
  if (clause === 0) return null;
  for (let i = anchor - 1; i >= 0 && s.clause[i] === clause; i--) {
    const t = s.tokens[i]!;
    if (t.pos !== "ADV" && t.normal !== ",") return null;
  }
  let found: ActorMention | null = null;
  for (let i = anchor - 1; i >= 0; i--) {
    const t = s.tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || (t.pos === "ADP" && s.clause[i] !== s.clause[i + 1])) return null;
    if (!found) found = mentions.find((m) => m.first <= i && i <= m.last) ?? null;
    if (found && i === 0) return found.actor;
  }
  return found?.actor ?? null;
}

/** A verb (adverbs aside) follows the mention before `until`: it is that verb's subject, not an object. */
function isSubjectOfVerb(s: SentenceView, m: ActorMention, until: number): boolean {
  let v = m.last + 1;
  while (v < until && s.tokens[v]!.pos === "ADV") v++;
  return v < until && (s.tokens[v]!.pos === "VERB" || s.tokens[v]!.pos === "AUX");
}

/**
 * "Police said the suspects would flee and arrested two men": a past verb joined to the reporting verb
 * rather than to the reported clause's verb (find-role-phrases.ts joinedReportingVerb) is done by the
 * reporting verb's subject, the name nearest before it.
 */
function reportingSubject(s: SentenceView, mentions: readonly ActorMention[], anchor: number): string | null {
  const r = joinedReportingVerb(s, anchor);
  if (r < 0) return null;
  const subject = mentions.filter((m) => m.last < r && s.clause[m.last] === s.clause[r]);
  return subject[subject.length - 1]?.actor ?? null;
}

/**
 * "Malok has reiterated the government's commitment ..., and asked the international community to
 * ...": a verb coordinated by "and" with no subject of its own shares the sentence's subject, the
 * name nearest before the sentence's first verb, or, when a clause with a subject of its own follows that
 * verb ("Police said gunmen stormed ... and exchanged fire"), that clause's subject.
 */
function coordinatedSubject(s: SentenceView, mentions: readonly ActorMention[], anchor: number): string | null {
  if (s.tokens[anchor]!.pos !== "VERB" && !isMistaggedPastVerb(s, anchor)) return null;
  let i = anchor - 1;
  while (i >= 0 && s.tokens[i]!.pos === "ADV") i--;
  // "Gunmen stormed the village, burned homes and abducted 20 people": a list's comma joins the verbs too (not an
  // -ing clause after a comma, "it exploded, killing two soldiers", whose doer is the clause's subject if anyone).
  if (s.tokens[i]?.normal !== "and" && !(s.tokens[i]?.normal === "," && !s.words[anchor]!.endsWith("ing") && coordinatedVerbBefore(s, anchor) >= 0)) return null;
  const firstVerb = s.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (firstVerb < 0 || firstVerb >= i) return null;
  // "Police said gunmen stormed the restaurant after the blast and exchanged fire": after a first verb that
  // frames a clause of its own, the "and" joins that clause's verb, whose subject is the name right before it.
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.last >= i || m.first <= firstVerb || isFollowedOne(s, mentions, m)) continue;
    let v = m.last + 1;
    while (v < i && s.tokens[v]!.pos === "ADV") v++;
    // "Nelson said the tenant ... agreed": a name before a verb of speech frames what follows, it does not do it.
    if (v < i && s.tokens[v]!.pos === "VERB" && !s.reportVerbs?.has(s.tokens[v]!.normal)) return m.actor;
  }
  const subject = mentions.filter((m) => m.last < firstVerb && !isFollowedOne(s, mentions, m));
  const last = subject[subject.length - 1];
  // "RSF and allied Arab militias attacked the town and clashed with Masalit militias": the joined verb's subject is
  // the whole list, whose first item ACLED codes first, as the first verb's doer is read (firstListedBefore).
  return last ? firstListedBefore(s, mentions, last) ?? last.actor : null;
}

/**
 * "Militants stormed a hotel and took guests hostage", "gunmen surrounded the base and carried out an attack": a
 * noun event whose verb (a verb of taking captives, or a light verb with the noun as its object) is joined to an
 * earlier verb shares that verb's subject.
 */
function governingVerbSubject(s: SentenceView, mentions: readonly ActorMention[], anchor: number): string | null {
  let v = captiveTakingVerb(s, anchor);
  if (v < 0) {
    v = anchor - 1;
    while (v >= 0 && (OBJECT_PHRASE_POS.has(s.tokens[v]!.pos) || s.words[v] === "of" || PHRASAL_PARTICLES.has(s.words[v]!)) && s.tokens[v]!.pos !== "VERB") v--;
    if (v < 0 || s.tokens[v]!.pos !== "VERB" || !LIGHT_VERBS.has(s.tokens[v]!.normal)) return null;
  }
  return v < anchor - 1 ? coordinatedSubject(s, mentions, v) : null;
}

/**
 * The "between" that names a noun event's two sides: right after it ("a deal between"), or after a
 * short description of it ("a gun battle which began at 7 p.m. local time between"), with no verb
 * but the description's own.
 */
function findBetween(s: SentenceView, noun: number): number {
  let verbs = 0;
  for (let i = noun + 1; i < s.tokens.length && i <= noun + BETWEEN_REACH_TOKENS; i++) {
    const t = s.tokens[i]!;
    if (t.normal === "between") return i;
    if ((t.pos === "VERB" || t.pos === "AUX") && ++verbs > 1) return -1;
    if (t.normal === "." || t.normal === ";") return -1;
  }
  return -1;
}

/** Tokens from a noun event to its "between" ("battle which began at 7 p.m. local time between": 8). */
const BETWEEN_REACH_TOKENS = 9;

/**
 * "a deal between the E.U. and Libya", "clashes between Pokot and Samburu herders": the first named
 * is the source, the second the target; "between the Mexican Army and drug hitmen" with no name for
 * the second side gives the source alone.
 */
function pairAfterBetween(s: SentenceView, mentions: readonly ActorMention[], between: number): [string, string | null] | null {
  const first = mentions.find((m) => m.first > between && m.first <= between + 3);
  if (!first) return null;
  // "clashes between the Stability Support Apparatus (SSA) and forces loyal to ...": the first side's bracketed
  // abbreviation or expansion, as ACLED's notes write a party's short name, stands before the "and".
  const and = afterBracket(s, first.last + 1);
  // "clashes between rival militias", "fighting between two armed groups": one plural party on both sides;
  // it is the doer, named first as ACLED names actor1 (one party is never both the doer and the target).
  if (s.tokens[and]?.normal !== "and") return s.tokens[first.last]!.pos === "NOUN" && isPluralNoun(s, first.last) ? [first.actor, null] : null;
  const second = mentions.find((m) => m.first > and && m.first <= and + 3 && m.actor !== first.actor);
  return [first.actor, second?.actor ?? null];
}

/** The token after a bracket opening at i and closed within BRACKETED_EXPANSION_MAX_TOKENS ("(SSA)"), else i. */
function afterBracket(s: SentenceView, i: number): number {
  if (s.words[i] !== "(" && s.words[i] !== "[") return i;
  const close = s.words[i] === "(" ? ")" : "]";
  for (let k = i + 1; k < s.words.length && k - i <= BRACKETED_EXPANSION_MAX_TOKENS; k++) if (s.words[k] === close) return k + 1;
  return i;
}

const PLACE_SPECIFICITY: Record<PlaceKind, number> = { feature: 5, city: 5, admin2: 4, admin1: 3, region: 2, country: 1 };
const NEAR_WORDS = EVENT_WORDS.get("near-words");

/**
 * Which events each place or date belongs to: every event in its clause, else the nearest event
 * in the sentence (a preceding trigger wins a tie: adjuncts follow their verb).
 */
export function attachToEvents(s: SentenceView, item: Located, anchors: readonly number[], comments: (k: number) => boolean = () => false): number[] {
  const clause = s.clause[item.first];
  // A loop, not map().filter(): one elements kind for the list whatever V8 has optimised (core/keep.ts says why).
  const same: number[] = [];
  for (let k = 0; k < anchors.length; k++) if (s.clause[anchors[k]!] === clause) same.push(k);
  // "condemn the attacks this weekend in Baghdad": an adjunct right after an event noun that a
  // comment (condemnation, demand, praise) is about belongs to the noun, not to the comment.
  // Two happenings share theirs ("took over Afghanistan amid the US troop withdrawal in mid August").
  const preceding = same.filter((k) => anchors[k]! < item.first).sort((x, y) => anchors[y]! - anchors[x]!);
  const head = preceding[0];
  if (head !== undefined && preceding.length > 1 && s.tokens[anchors[head]!]!.pos === "NOUN" && preceding.slice(1).every(comments)) {
    return [head, ...same.filter((k) => anchors[k]! > item.last)];
  }
  if (same.length > 0) return same;
  let best = -1, bestDist = Infinity;
  anchors.forEach((a, k) => {
    const d = a <= item.first ? item.first - a : (a - item.last) + 0.5;
    if (d < bestDist) { bestDist = d; best = k; }
  });
  return best >= 0 ? [best] : [];
}

/**
 * How precisely a place's point locates it: a country is "country"; a province or district
 * "region"; a town or site "exact". A name missing from the gazetteer but placed at an enclosing
 * place ("Al-Sinek", at Baghdad's point) is only as precise as the enclosure: "country" when that is
 * a country, otherwise "region" (the places stage may say more, e.g. "near" for a facility named after its town).
 */
export function precisionOfPlace(p: Partial<PlaceData>): GeoPrecision {
  if (p.precision) return p.precision;
  if (p.resolution === "enclosing") return p.enclosedBy?.kind === "country" || p.kind === "country" ? "country" : "region";
  return precisionOfKind(p.kind ?? "country");
}

function precisionOfKind(kind: PlaceKind): GeoPrecision {
  return kind === "country" ? "country" : kind === "admin1" || kind === "admin2" || kind === "region" ? "region" : "exact";
}

/** Kinds of place an event can be coded to as a town or district (ACLED geo_precision 1 or 2). */
const SPECIFIC_KINDS: ReadonlySet<PlaceKind> = new Set(["city", "admin2", "feature"]);

/** A town, district or site, or a name the places stage placed at one ("Al-Sinek" at Baghdad). */
function isSpecificPlace(p: Partial<PlaceData>): boolean {
  if (p.resolution === "enclosing") return !!p.enclosedBy && SPECIFIC_KINDS.has(p.enclosedBy.kind);
  return !!p.kind && SPECIFIC_KINDS.has(p.kind);
}

/** Words between a place and its container ("Panjwai district, Kandahar", "Daman district of Kandahar province"). */
const CONTAINER_GAP = EVENT_WORDS.get("container-gap");
/** Longest such gap, in tokens ("district of the" is 3). */
const MAX_CONTAINER_GAP_TOKENS = 3;

/**
 * True when `outer`, written right after `inner`, names the area that contains it: "in Panjwai
 * district, Kandahar" (the province, or its seat, around the district), "Jabla, Latakia". Such a
 * container only says where the named place lies; the event happened at the place itself.
 */
function isContainerOf(s: SentenceView, inner: Located, outer: Located): boolean {
  const gap = outer.first - inner.last - 1;
  if (gap < 1 || gap > MAX_CONTAINER_GAP_TOKENS) return false;
  for (let i = inner.last + 1; i < outer.first; i++) if (!CONTAINER_GAP.has(s.tokens[i]!.normal)) return false;
  if (!inner.country || inner.country !== outer.country || !inner.kind || !outer.kind) return false;
  // "Al-Shaddadi (Al-Hasakeh)": a name the gazetteer lacks, placed at the place in its brackets, lies inside it.
  if (inner.enclosedIn && inner.admin1 === outer.admin1 && s.tokens[inner.last + 1]?.normal === "(") return true;
  if (outer.kind === "country") return inner.kind !== "country";
  if (!inner.admin1 || inner.admin1 !== outer.admin1) return false;
  // A province contains its districts and towns; a town written after a district stands for its province.
  return (outer.kind === "admin1" && inner.kind !== "admin1") || (inner.kind === "admin2" && (outer.kind === "city" || outer.kind === "admin2"));
}

/** From a name to the place its site is said to be in ("Bay Horse mine in Chegutu": 3; "U.S. base in northeastern Syria": 4). Unit: tokens. */
const SITE_IN_PLACE_REACH_TOKENS = 5;

/**
 * "the Bay Horse mine in Chegutu", "the Paris Hotel in Kabul": a name before a noun that a locative phrase places in
 * another country's town names that site; the gazetteer's town of that name abroad is a misreading.
 */
function namesSiteInOtherCountry(s: SentenceView, p: Located, places: readonly Located[]): boolean {
  if (!p.country || s.tokens[p.last + 1]?.pos !== "NOUN") return false;
  return places.some((q) => {
    if (q === p || !q.country || q.country === p.country || q.first <= p.last + 2 || q.first - p.last > SITE_IN_PLACE_REACH_TOKENS) return false;
    let i = p.last + 1;
    while (i < q.first && s.tokens[i]!.pos === "NOUN") i++;
    if (i >= q.first || !PLACE_PREPOSITIONS.has(s.tokens[i]!.normal)) return false;
    i++;
    if (i < q.first && ARTICLES.has(s.words[i]!.toLowerCase())) i++;
    // "a U.S. base in northeastern Syria": a compass word or another adjective before the town or country.
    while (i < q.first && s.tokens[i]!.pos === "ADJ") i++;
    return i === q.first;
  });
}

/** Whether `outer` is written as the possessor right before `inner` ("Sagaing's Kanbalu township"). */
function isPossessorOfPlace(s: SentenceView, outer: Located, inner: Located): boolean {
  return inner.first === outer.last + 2 && /^['’]s?$/.test(s.words[outer.last + 1] ?? "");
}

/**
 * How small an area a place names: by its kind. A name placed at the division or country that
 * encloses it ranks just above that division ("in Turkmen Mountain -- located in Syria's northern
 * Latakia region": the mountain, not the province). One placed at a town ranks just below the
 * town, which the text names and which is as precise (the neighbourhood has the town's point):
 * "the Al-Sinek neighborhood in Baghdad" is coded to Baghdad, and a later sentence's scene is
 * Baghdad, not the neighbourhood of another attack.
 */
function specificityOf(p: Located): number {
  if (!p.enclosedIn) return PLACE_SPECIFICITY[p.kind ?? "country"];
  const at = PLACE_SPECIFICITY[p.enclosedIn];
  return p.enclosedIn === "city" || p.enclosedIn === "feature" ? at - 0.25 : at + 0.5;
}

/** The most specific of an event's places, and how precise it is. */
export function choosePlace(s: SentenceView, located: readonly Located[]): { id: string; precision: GeoPrecision } | null {
  // A homonym abroad is no event's place: another place of the clause, else the paragraph's scene, is.
  const readable = located.some((p) => !p.homonymAbroad) ? located.filter((p) => !p.homonymAbroad) : located;
  // "at the Bay Horse mine in Chegutu": a name on a site placed in a town of another country names the site, not a town abroad.
  const allPlaces = readable.length > 1 ? readable.filter((p) => !namesSiteInOtherCountry(s, p, readable)) : readable;
  if (allPlaces.length === 0) return null;
  // "in X district of Y province": Y only locates X.
  // "in Sagaing's Kanbalu township", "Nigeria's Zamfara state": a possessor only locates the place it holds.
  const places = allPlaces.filter((outer) => !allPlaces.some((inner) => inner !== outer && (isContainerOf(s, inner, outer) || isPossessorOfPlace(s, outer, inner))));
  const best = [...places].sort((a, b) => specificityOf(b) - specificityOf(a) || a.first - b.first)[0]!;
  let precision: GeoPrecision = best.precision ?? precisionOfKind(best.kind ?? "country");
  // "near Jalalabad", "outside Kabul", "north of Mosul": somewhere around the town, not at it.
  if (precision === "exact") {
    for (let i = best.first - 1; i >= Math.max(0, best.first - 3); i--) if (NEAR_WORDS.has(s.tokens[i]!.normal)) precision = "near";
  }
  return { id: best.id, precision };
}

/**
 * A line break between two sentences ends a paragraph. The gap is read in place: a slice of the
 * article's text (a sliced two-byte string in the pipeline) per sentence showed in the stage's profile.
 */
export function startsParagraph(text: string, sentences: readonly SentenceView[], k: number): boolean {
  if (k === 0) return true;
  for (let i = sentences[k - 1]!.end, end = sentences[k]!.start; i < end; i++) if (text.charCodeAt(i) === NEWLINE) return true;
  return false;
}
const NEWLINE = 10;

/**
 * The scene of a story: the specific place (town, district, site) of the last event on the ground
 * its paragraph has placed, told or claimed ("... gun battle ... at the resort of Acapulco").
 * A later sentence that names no place ("Five people were placed under arrest.") goes on there;
 * a place merely mentioned ("said Sarkozy to reporters in Paris") is no scene, nor is a province
 * or country, which would claim less than the text implies.
 */
export function sceneAfter(
  scene: { id: string; precision: GeoPrecision } | null,
  events: readonly { place: string | null; geoPrecision: GeoPrecision | null; modality: string; background: boolean }[],
  located: readonly Located[],
): { id: string; precision: GeoPrecision } | null {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (!e.place || !toldAsHappened(e)) continue;
    const p = located.find((l) => l.id === e.place);
    // "raided the village of Kautikari in Borno. The attackers abducted 20 women.": a name the gazetteer lacks,
    // placed inside a province, is the scene as much as a listed town is (the next event takes it, at its precision).
    const namedInside = p?.enclosedIn !== undefined && p.enclosedIn !== "country";
    if (p?.specific || namedInside) return { id: p!.id, precision: e.geoPrecision ?? p!.precision ?? "exact" };
  }
  return scene;
}

/** Every sub-national place among an event's places, with its precision: the towns it may have happened in. */
export function localPlaces(s: SentenceView, places: readonly Located[]): { id: string; precision: GeoPrecision }[] {
  return places.filter((p) => p.kind !== undefined && p.kind !== "country").map((p) => choosePlace(s, [p])!);
}
