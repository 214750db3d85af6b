// One trigger match described as an event mention: its parties, modality and background, and the tests that tell a generic or modifying use of an event word from a happening.

import type { Document } from "../../core/index.js";
import { findAnnotation } from "./find-annotation.js";
import { assignParticipants, datelineEnd, otherListedSide, isLocative, type Participants, hasContentVerbBetween, type ActorMention } from "./assign-arguments.js";
import { classifySource, classifyTarget, classOfVictims } from "./classify-parties.js";
import { DAMAGE_OF_EVENT_RULE, anchorOf, isTwoSidedClash, lastTokenOf, type EventMention } from "./event-mention.js";
import { findCueAt, findCueBefore, NO_TOKENS, type TriggerMatch } from "./find-triggers.js";
import { BACKGROUND_WINDOW_TOKENS, DEFINITE_PREMODIFIER_TOKENS, MODALITY_WINDOW_TOKENS } from "./heuristics.js";
import { COORDINATORS, QUOTE_MARK, conjunctsOf, eventNounDoer, findRolePhrases, hasEventNounDoer, isPrenominalParticiple, joinedReportingVerb, type RolePhrase } from "./find-role-phrases.js";
import { NOT_AN_EVENT, isArmedClass, type CueRow, type EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { CAUSE_PREPOSITIONS } from "./casualty-doer.js";
import type { Modality } from "../../core/index.js";
import { hasPluralEnding } from "./plural-nouns.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { DEMONSTRATIVES, HAVE_FORMS, POSSESSIVE_DETERMINERS, POSSESSIVE_MARKS, THIRD_PERSON_POSSESSIVES } from "../../lexicons/grammar-words.js";
import { BRACKETED_NAME_MAX_TOKENS, memberOfSpan, namesTheEvent } from "./role-phrase-data.js";

const EVENT_WORDS = stageWordClasses("events");

/** Modalities whose cue reaches only the next verb; negation and claims reach the whole clause. */
const SCOPED_MODALITIES = new Set(["intended", "pledged", "demanded", "hypothetical", NOT_AN_EVENT]);

export const NOT_AN_EVENT_RULE = "not-an-event";
/** Background-cue kind of an event that goes on while it is talked about (background-cues.tsv). */
const ONGOING = "ongoing";
/** Background cue kind: what a party is for or habitually does, which reaches only the act it names. */
const DESCRIPTION = "description";
/** Background cue kind: a recurring act ("militants often attack checkpoints"), not a particular happening. */
const HABITUAL = "habitual";
/** Background cue kind: the event is earlier context ("since", "recent", "former"). */
const PAST_CONTEXT = "past";
/** Background cue kind: a count of happenings right before their plural noun ("dozens of attacks"), a tally of many, no one happening (not of participants: "Hundreds of protesters marched"). */
const AGGREGATE = "aggregate";

/**
 * "Turkish drones struck a car near Qamishli in northeast Syria, killing two SDF members": a country named in a
 * locative phrase is where things happened, not a party of the event; left out of the mentions the event's doer
 * and undergoer are read from (the places stage reads it as the place). A country as subject or object stays.
 */
export function withoutLocativeCountries(doc: Document, s: SentenceView, mentions: readonly ActorMention[]): readonly ActorMention[] {
  const kept = mentions.filter((m) => !inLocativePhrase(s, m.first) || findAnnotation(doc, "actor", m.actor)?.data.kind !== "country");
  return kept.length === mentions.length ? mentions : kept;
}

/**
 * "a Greek-owned bulk carrier", "a Liberian-flagged tanker", "a Russian-made helicopter": a nationality or a country joined to
 * "-owned", "-flagged", "-registered", "-operated", "-built" or "-made" says whose the thing is or where it was made, no party
 * of the clause's act (the ship's owners were not attacked; its crew and hull were).
 */
export function withoutOwnersOfThings(s: SentenceView, mentions: readonly ActorMention[]): readonly ActorMention[] {
  const kept = mentions.filter((m) => !OWNER_OF_THING.test(s.words[m.last] ?? "") && !(s.words[m.last + 1] === "-" && OWNER_SUFFIX_WORDS.has((s.words[m.last + 2] ?? "").toLowerCase())));
  return kept.length === mentions.length ? mentions : kept;
}
const OWNER_SUFFIX_WORDS: ReadonlySet<string> = new Set(["owned", "flagged", "registered", "operated", "built", "made"]);
/** A name and its owner suffix as one token ("Greek-owned"): a bounded suffix match, linear. */
const OWNER_OF_THING = /-(?:owned|flagged|registered|operated|built|made)$/i;

/** Inside a locative phrase, a compass word the tagger read as an adverb allowed ("in northeast Syria"). */
function inLocativePhrase(s: SentenceView, first: number): boolean {
  return isLocative(s, first) || (s.tokens[first - 1]?.pos === "ADV" && isLocative(s, first - 1));
}

/** The event's anchor is a verb with nothing but adverbs, auxiliaries and "to" between it and token `from`. */
function isVerbRightAfter(s: SentenceView, from: number, anchor: number, last: number): boolean {
  if (s.tokens[anchor]!.pos !== "VERB") return isLightVerbObjectAfter(s, from, anchor, last);
  for (let i = from + 1; i < anchor; i++) {
    const t = s.tokens[i]!;
    if (t.pos !== "ADV" && t.pos !== "AUX" && t.normal !== "to") return false;
  }
  return true;
}

/**
 * "The group frequently carries out bombings in the capital": a plural event noun right after a light verb (and its
 * particle) that the adverb stands right before is that verb's act, recurring as the verb does.
 */
function isLightVerbObjectAfter(s: SentenceView, from: number, anchor: number, last: number): boolean {
  // "carries out air strikes": the trigger's last word is its head noun, the one that is plural.
  if (s.tokens[anchor]!.pos !== "NOUN" || !hasPluralEnding(s.words[last]!)) return false;
  const verb = from + 1;
  if (verb >= anchor || s.tokens[verb]!.pos !== "VERB" || !LIGHT_EVENT_VERBS.has(s.tokens[verb]!.normal)) return false;
  for (let i = verb + 1; i < anchor; i++) if (s.tokens[i]!.pos !== "ADP" && s.tokens[i]!.pos !== "ADJ" && s.tokens[i]!.pos !== "PART") return false;
  return true;
}

export function describeMention(doc: Document, s: SentenceView, lex: EventsLexicons, m: TriggerMatch, mentions: readonly ActorMention[], notCues: ReadonlySet<number>): EventMention {
  const anchor = m.tokens[0]!;
  const heard = assignParticipants(s, mentions, m.tokens, m.row.type === "CONSULT", m.row.type !== "PROTEST");
  // "Boko Haram hostages" are held by Boko Haram: an armed party before a victims' noun holds them; a people ("American hostages") is them.
  const read = heard.victimNoun && heard.target && isArmedClass(classOfVictims(doc, heard.target)) ? { ...heard, actor: heard.target, target: null } : heard;
  // "with Hawn shells": a name that names the event is no doer (rolePhrasesOf drops it from the output too); dropped
  // here, before a merge lets it stand in for the doer another telling names ("IS militants attacked ... with Hawn shells").
  const assigned = read.actor && namesTheEvent(doc, s, read.actor, anchor) ? { ...read, actor: null } : read;
  const doerRead = assigned.actor ? withClauseDoer(s, mentions, m.tokens, assigned) : withDoerNamedByClause(s, mentions, m.tokens, assigned);
  // "Sudanese Armed Forces and RSF fought": a clash's subject that lists both sides names the second one too.
  // So does a joint act's ("the government and the rebels signed an agreement", "X and Y met in Doha").
  const otherSide = doerRead.actor && !doerRead.target && (isTwoSidedClash({ mode: m.row.mode, row: m.row }) || JOINT_TYPES.has(m.row.type)) ? otherListedSide(s, mentions, anchor, doerRead.actor) : null;
  // The list's first item is named first, as ACLED codes actor 1: "Iran and Saudi Arabia agreed" (word order read Saudi Arabia).
  const firstListed = otherSide !== null && mentions.some((x) => x.actor === otherSide && x.last < anchor && !mentions.some((y) => y.actor === doerRead.actor && y.last < x.first && s.clause[y.last] === s.clause[anchor]));
  const listed = otherSide ? { ...doerRead, actor: firstListed ? otherSide : doerRead.actor, target: firstListed ? doerRead.actor : otherSide, rule: `${doerRead.rule}${LISTED_SIDES_RULE}`, listedSide: true } : doerRead;
  // "Kenya will send 1,000 police officers to Haiti", "pledged aid to Afghanistan": aid goes to the party after "to", not to what is sent.
  const recipient = m.row.type === AID_TYPE ? recipientAfterTo(s, mentions, m.tokens[m.tokens.length - 1]!, listed.actor) : null;
  const parts = recipient ? { ...listed, target: recipient, rule: `${listed.rule}+recipient` } : listed;
  // "attempting to flee from the gun battle": an intention or demand governs the next verb, not a noun beyond it.
  // A description of what a party is for or does ("the coalition tasked with fighting Daesh", "engaged in kidnapping")
  // governs the act it names, not a verb of the clause after it ("... yesterday withdrew from the base").
  // An adverb of frequency ("often", "regularly") makes a recurring act only of the verb it stands right before.
  // An adjective of the past modifies a noun, not a verb's act: "Supporters of the former prime minister set fire to vehicles"
  // is news; "a former member of the cell behind the attacks" still makes the attacks past context.
  const backgroundCue = findCueAt(s, lex.backgroundIndex, anchor, BACKGROUND_WINDOW_TOKENS, NO_TOKENS, (cue: CueRow, cueEnd: number) =>
    (cue.value === DESCRIPTION && hasContentVerbBetween(s, lastCoordinatedVerb(s, cueEnd, anchor), anchor)) || (cue.value === HABITUAL && !isVerbRightAfter(s, cueEnd, anchor, lastTokenOf(m))) ||
    (cue.value === AGGREGATE && (cueEnd !== anchor - 1 || !hasPluralEnding(s.words[anchor]!) || m.row.participant || MUNITION_NOUNS.has(s.words[anchor]!))) ||
    (cue.value === PAST_CONTEXT && s.tokens[cueEnd]!.pos === "ADJ" && s.tokens[anchor]!.pos === "VERB") ||
    (cue.value === PAST_CONTEXT && s.tokens[anchor]!.pos === "VERB" && modifiesVerbBefore(s, cueEnd)));
  // "call for an end to the attacks": a demand or intention before "an end to" is about the end; the attacks go on.
  const ongoingFrom = backgroundCue?.cue.value === ONGOING ? backgroundCue.at : -1;
  // A cue out of scope: a scoped modality with a verb of its own between it and the anchor, or one that modifies another noun.
  // (An unnamed callback: a named closure costs a name per event under the bundler's keepNames.)
  // "Police said the gunmen would flee and arrested two men": a verb joined to the reporting verb is out of the reported clause's modal.
  const reporting = joinedReportingVerb(s, anchor);
  const cueAt = findCueAt(s, lex.modalityIndex, anchor, MODALITY_WINDOW_TOKENS, notCues, (cue: CueRow, cueEnd: number) =>
    (reporting >= 0 && cueEnd > reporting) || (SCOPED_MODALITIES.has(cue.value) && (cueEnd < ongoingFrom || hasContentVerbBetween(s, lastCoordinatedVerb(s, cueEnd, anchor), anchor))) || modifiesOtherNoun(s, cueEnd, anchor) || negatesOtherNounPhrase(s, cueEnd, anchor) ||
    (cue.value === "negated" && deniesOnlyTheToll(s, lex.wordClasses.get(HARM_CLASS), cueEnd, anchor)) ||
    (cue.value === "intended" && isMainVerbAfterRelativeClause(s, lex.wordClasses.get(RELATIVE_PRONOUN_CLASS), cueEnd, anchor)) ||
    isMainVerbAfterDescribingParticiple(s, cueEnd, anchor));
  const cue = cueAt?.cue ?? null;
  const cued: Modality = cue?.value === NOT_AN_EVENT ? "hypothetical" : (cue?.value as Modality | undefined) ?? m.row.modality ?? "asserted";
  // "Did you shoot him?": a yes-no question asks whether the act happened; it does not report it.
  const asked = cued === "asserted" && isYesNoQuestion(s, anchor, lex.wordClasses.get("question-opener"));
  const modality: Modality = asked ? "hypothetical" : cued;
  // "no group has claimed responsibility for the explosion": a cue before a definite noun's determiner
  // governs another verb; the definite description presupposes the explosion happened.
  const determiner = definiteDeterminerAt(s, anchor, lastTokenOf(m));
  const presupposed = determiner >= 0 && cueAt !== null && cueAt.at < determiner && cue?.value !== NOT_AN_EVENT && modality !== "asserted";
  const background = backgroundCue !== null;
  const subordinate = findCueBefore(s, lex.subordinateIndex, anchor, BACKGROUND_WINDOW_TOKENS) !== null;
  const rules = [m.row.id, ...(m.sense ? [m.sense] : []), parts.rule];
  // "The blast destroyed the front of the hotel", "A drone attack set fire to an oil depot": damage done by an event
  // the clause names is a telling of that event.
  if (m.row.type === "ASSAULT" && (m.row.mode !== "destroy" || !parts.actor) && hasEventNounDoer(s, m.tokens)) rules.push(DAMAGE_OF_EVENT_RULE);
  if (cue) rules.push(cue.id);
  if (cue?.value === NOT_AN_EVENT) rules.push(NOT_AN_EVENT_RULE);
  if (asked) rules.push(YES_NO_QUESTION_RULE);
  return {
    row: m.row,
    type: m.row.type,
    mode: m.row.mode,
    sentence: s.index,
    tokens: m.tokens,
    actor: parts.actor,
    target: parts.target,
    claimedBy: null,
    voice: parts.voice,
    modality,
    background,
    place: null,
    geoPrecision: null,
    date: null,
    fatalities: null,
    injuries: null,
    acled: m.row.acled ? { ...m.row.acled } : null,
    sourceClass: classifySource(doc, s, lex, parts.actor, anchor, parts.actor ? null : findRolePhrases(s, m.tokens).actor),
    targetClass: classifyTarget(doc, s, lex, parts.target, m.tokens[m.tokens.length - 1]!),
    contexts: contextsOf(s, lex, subordinate),
    definite: determiner >= 0,
    ...(presupposed ? { presupposed } : {}),
    distinct: isAnotherHappening(s, anchor, lex.distinctEventCues),
    ...(isResponse(s, anchor, m.tokens[m.tokens.length - 1]!) ? { responds: true } : {}),
    ...(parts.doerInClause ? { doerInClause: true } : {}),
    ...(m.row.type === "ASSAULT" && isSummaryOfAttacks(s, m.tokens) ? { summary: true } : {}),
    ...(parts.listedSide ? { listedSide: true } : {}),
    rules,
  };
}

/** Words of a clause that sum up several attacks (word-classes.tsv wc:summary-cues). */
const SUMMARY_CUES: ReadonlySet<string> = EVENT_WORDS.get("summary-cues");
/** Words after it that spread the attacks over a region (wc:summary-spread). */
const SUMMARY_SPREAD: ReadonlySet<string> = EVENT_WORDS.get("summary-spread");
/** Tokens before the plural noun its summary word may stand ("a series of attacks": 2, "several coordinated attacks": 2), and after it the spreading word ("attacks across": 1). */
const SUMMARY_CUE_REACH_TOKENS = 3;

/**
 * "Separatist insurgents launched coordinated attacks across the province overnight, killing at least 38 people", "a
 * series of attacks in several towns": a plural attack noun (the trigger's head) that a word right before it or right
 * after it says were many or spread out sums up happenings a wire story then tells one by one, town by town; ACLED codes each of those, and
 * the summary takes none of them as its parts or re-mentions (fold-attack-parts.ts, merge-events.ts).
 */
function isSummaryOfAttacks(s: SentenceView, tokens: readonly number[]): boolean {
  const head = tokens[tokens.length - 1]!;
  if (s.tokens[head]!.pos !== "NOUN" || !hasPluralEnding(s.words[head]!)) return false;
  for (let i = Math.max(0, head - SUMMARY_CUE_REACH_TOKENS); i < head; i++) if (SUMMARY_CUES.has(s.words[i]!)) return true;
  for (let i = head + 1; i < s.words.length && i <= head + SUMMARY_CUE_REACH_TOKENS; i++) if (SUMMARY_SPREAD.has(s.words[i]!)) return true;
  return false;
}

/**
 * "Pro-government supporters holding Venezuela's flag march": the doer the clause names (its subject,
 * a by-phrase, a support verb's subject: find-role-phrases.ts) outranks a name merely nearest before
 * the trigger, which is dropped when no item of that phrase holds it ("Taliban gunmen and suicide
 * bombers attacked" holds the Taliban; so does 'the "Islamic State" militant group', the name right
 * before it). Later rules (claims of responsibility, a quote's speaker) may still give the event a doer.
 */
function withClauseDoer(s: SentenceView, mentions: readonly ActorMention[], tokens: readonly number[], parts: Participants): Participants {
  if (!parts.actor) return parts;
  const doer = findRolePhrases(s, tokens).actor;
  // The sentence's mentions, with the narrated "we" of a statement (find-document-voice.ts): heldBy(mentions, parts.actor, ...).
  if (!doer) {
    // "Police said a revenge attack in Lagos killed four men", "An IS attack on Kurdish forces killed five": the
    // clause's subject is an event's noun, which names no doer (readRoles drops it); a name word order found
    // outside that noun's own words (a reporter, the attack's undergoer) is not the doer either. One inside them
    // ("The Taliban's attack", "An IS attack") stays; a casualty word also takes the noun's doer (casualty-doer.ts).
    const noun = eventNounDoer(s, tokens);
    return noun && headsSubjectOf(s, noun, tokens[0]!) && !heldBy(mentions, parts.actor, noun.first, noun.head) ? { ...parts, actor: null, rule: `${parts.rule}${EVENT_NOUN_SUBJECT_RULE}` } : parts;
  }
  let k = doer.first - 1;
  while (k >= 0 && QUOTE_MARK.test(s.words[k]!)) k--;
  const namedBefore = k >= 0 && k < doer.first - 1 && heldBy(mentions, parts.actor, k, k);
  // "the FMLN [Farabundo Marti National Liberation Front]": a bracketed expansion right after the phrase names it too.
  const open = doer.last + 1;
  let close = open + 1;
  while (close < s.words.length && close - open <= BRACKETED_NAME_MAX_TOKENS && s.words[close] !== ")" && s.words[close] !== "]") close++;
  const namedAfter = (s.words[open] === "(" || s.words[open] === "[") && close < s.words.length && heldBy(mentions, parts.actor, open + 1, close - 1);
  // "alleged commando groups of the Maoist Shining Path": the description's "of" phrase names their organisation.
  const namedOf = (s.words[doer.last + 1] === "of" || s.words[doer.last + 1] === "from") && heldBy(mentions, parts.actor, doer.last + 2, doer.last + 4);
  if (heldBy(mentions, parts.actor, doer.first, doer.last)) {
    // "Islamic State militants and the Taliban attacked": word order found the list's last item; ACLED codes its first.
    const first = firstItemActor(s, mentions, doer);
    return first && first !== parts.actor && first !== parts.target ? { ...parts, actor: first, rule: `${parts.rule}+doer:first-listed` } : parts;
  }
  if (namedBefore || namedAfter || namedOf || conjunctsOf(s, doer).some((p) => heldBy(mentions, parts.actor, p.first, p.last))) return parts;
  // "The junta's air force bombed": the phrase before the trigger possesses the party the trigger's own words name.
  if (POSSESSIVE_MARKS.has(s.words[doer.last + 1] ?? "") && doer.last + 2 === tokens[0] && heldBy(mentions, parts.actor, tokens[0]!, tokens[tokens.length - 1]!)) return parts;
  return { ...parts, actor: null, rule: `${parts.rule}${CLAUSE_DOER_RULE}`, doerInClause: true };
}

/**
 * Whether the noun phrase `p` is the subject of the verb at `anchor` itself, with only its own modifiers
 * between ("a revenge attack in Lagos killed", "the raid on the compound killed"): not reached through an
 * infinitive ("make a pledge not to pardon"), another verb ("attacks that helped Republicans take control") or
 * an "of" whose noun may be the verb's own subject ("the epidemic of police officers killing").
 */
function headsSubjectOf(s: SentenceView, p: RolePhrase, anchor: number): boolean {
  // "the attack, which killed three people and injured 260": a verb joined by "and" shares the first verb's subject.
  const joined = COORDINATORS.has(s.tokens[anchor - 1]?.normal ?? "");
  for (let i = p.head + 1; i < anchor; i++) {
    const t = s.tokens[i]!;
    if (t.normal === "to" || t.normal === "of" || t.pos === "AUX") return false;
    if (t.pos === "VERB") return joined;
  }
  return true;
}

/**
 * "Unknown militants lobbed a grenade", "Yemeni army soldiers, backed by allied fighters, have
 * launched an airstrike", "shells fired by Russian occupants": when word order found no doer, the
 * clause's doer phrase (its subject, a by-phrase, a support or weapon verb's subject:
 * find-role-phrases.ts) gives it, if an actor's mention names that phrase (its head, its "of"
 * phrase, its bracketed name, or the first item of its list: ACLED codes the first side first).
 */
function withDoerNamedByClause(s: SentenceView, mentions: readonly ActorMention[], tokens: readonly number[], parts: Participants): Participants {
  const doer = findRolePhrases(s, tokens).actor;
  if (!doer) return parts;
  const actor = actorNamingPhrase(s, mentions, doer);
  if (!actor || actor === parts.target) return parts;
  return { ...parts, actor, rule: `${parts.rule}+doer:clause-named` };
}

/** The actor whose mention names a role phrase, or null: see withDoerNamedByClause. */
/** The actor an earlier item of the list `p` stands in names, the first such item ("Islamic State militants and the Taliban": the Islamic State). */
function firstItemActor(s: SentenceView, mentions: readonly ActorMention[], p: RolePhrase): string | null {
  for (const item of conjunctsOf(s, p)) {
    if (item.alone || item.first >= p.first) break;
    // "The junta's army and Wagner mercenaries": the item's head names it, not its possessor.
    const named = actorAt(mentions, item.head, item.head) ?? actorAt(mentions, item.first, item.last);
    if (named) return named;
  }
  return null;
}

/**
 * Whether one of the mentions of `actor` overlaps tokens first..last. A module function, as actorAt: a closure
 * bound to a name in withClauseDoer cost a defineProperty at every call under the bundle's keepNames.
 */
function heldBy(mentions: readonly ActorMention[], actor: string | null, first: number, last: number): boolean {
  return mentions.some((m) => m.actor === actor && m.first <= last && m.last >= first);
}

/** The actor of the first mention overlapping tokens first..last, or null. */
function actorAt(mentions: readonly ActorMention[], first: number, last: number): string | null {
  return mentions.find((m) => m.first <= last && m.last >= first)?.actor ?? null;
}

function actorNamingPhrase(s: SentenceView, mentions: readonly ActorMention[], p: RolePhrase): string | null {
  // "The Maklar, Burfjord and Bukama launched": the list's first item that a mention names.
  for (const item of conjunctsOf(s, p)) {
    if (item.alone || item.first > p.first) break;
    const named = actorAt(mentions, item.head, item.head);
    if (named) return named;
  }
  const atHead = actorAt(mentions, p.head, p.head);
  if (atHead) return atHead;
  // "members of the Taliban", "fighters from Popular Committees": the description's organisation.
  const party = memberOfSpan(s, p);
  return party ? actorAt(mentions, party[0], party[1]) : null;
}

/** Determiners that make a noun stand for any instance, not one that happened: "Any rally held after sunset ... is considered illegal". */
const GENERIC_DETERMINERS = new Set(["any", "every", "each"]);

/** Pronouns that make a relative clause about anyone at all: "those who reject its worldview", "anyone who attacks". */
const GENERIC_RELATIVE_HEADS = new Set(["those", "anyone", "anybody", "whoever", "everyone", "everybody"]);
const RELATIVE_PRONOUNS = new Set(["who", "that"]);

/** A verb in the present right after "those who", "anyone who": what any such person does, no act that happened ("those who reject its tormented worldview", "anyone who attacks police"). */
function isGenericRelative(s: SentenceView, anchor: number): boolean {
  // Right after "who" the word is the clause's verb, whatever a tagger makes of "attacks".
  const t = s.tokens[anchor]!;
  const lemma = t.forms[1] ?? t.normal;
  const present = t.normal === lemma || t.normal === `${lemma}s` || t.normal === `${lemma}es`;
  if (!present) return false;
  return anchor > 1 && RELATIVE_PRONOUNS.has(s.words[anchor - 1]!) && GENERIC_RELATIVE_HEADS.has(s.words[anchor - 2]!);
}

export function isQuantifiedGeneric(s: SentenceView, e: EventMention): boolean {
  const anchor = anchorOf(e);
  if (isGenericRelative(s, anchor)) return true;
  if (s.tokens[anchor]!.pos !== "NOUN") return false;
  let i = anchor - 1;
  while (i >= 0 && s.tokens[i]!.pos === "ADJ") i--;
  if (i < 0 || !GENERIC_DETERMINERS.has(s.tokens[i]!.normal)) return false;
  // "warnings were given before each explosion", "As each bomb exploded": "each" in a clause told in
  // the past goes over happenings that took place, one by one; "each rally must be approved" is a rule.
  return !(s.tokens[i]!.normal === DISTRIBUTIVE && toldInPast(s, anchor));
}

/**
 * "The group has carried out similar attacks in the past", "such attacks are rare": a bare plural event noun
 * after "similar" or "such" names a kind of happening, none in particular, when nothing places or dates
 * it ("the past" is no date). Counted ("two similar attacks"), determined ("the similar attacks") or
 * placed and dated ("Similar attacks were reported in Kano on Monday") ones are happenings told.
 */
export function isKindReference(doc: Document, s: SentenceView, e: EventMention): boolean {
  const anchor = anchorOf(e);
  const t = s.tokens[anchor]!;
  if (!t.normal.endsWith("s") || e.tokens.length > 1) return false;
  const before = s.tokens[anchor - 1];
  const ofKind = t.pos === "NOUN" && before !== undefined && KIND_ADJECTIVES.has(before.normal);
  // A sentence's first word may be tagged a proper noun ("Kidnappings remain common"): the copula after it says it is a noun.
  if (!ofKind && !((t.pos === "NOUN" || t.pos === "PROPN") && isSaidToRecur(s, anchor))) return false;
  const det = s.tokens[ofKind ? anchor - 2 : anchor - 1];
  if (det && (det.pos === "DET" || det.pos === "NUM" || POSSESSIVE_DETERMINERS.has(det.normal))) return false;
  // "kidnappings remain common on the highway": a place is where the kind recurs; "similar attacks in Kano" were told.
  if (e.place && ofKind) return false;
  return !e.date || !findAnnotation(doc, "date", e.date)?.data.value;
}
/** Adjectives that make a bare plural name a kind of event: "similar attacks", "such attacks". */
const KIND_ADJECTIVES: ReadonlySet<string> = EVENT_WORDS.get("kind-adjectives");
/** Adjectives of how often a kind of happening occurs: "accidents are frequent", "kidnappings remain common". */
const FREQUENCY_PREDICATES: ReadonlySet<string> = EVENT_WORDS.get("frequency-predicates");
/** Copulas a frequency is told with. */
const FREQUENCY_COPULAS: ReadonlySet<string> = new Set(["are", "were", "remain", "remained", "became", "become"]);

/**
 * "Illegal mining operations are common in Indonesia, and accidents are frequent because of poor safety conditions":
 * a bare plural event noun that is the subject of a copula whose predicate is a frequency names a kind of happening
 * (adverbs such as "very" or "still" between).
 */
function isSaidToRecur(s: SentenceView, anchor: number): boolean {
  let i = skipKindModifier(s, anchor + 1);
  // "have become common": a perfect auxiliary before the copula.
  if (HAVE_FORMS.has(s.tokens[i]?.normal ?? "")) i++;
  if (!FREQUENCY_COPULAS.has(s.tokens[i]?.normal ?? "")) return false;
  i++;
  while (s.tokens[i]?.pos === "ADV") i++;
  return FREQUENCY_PREDICATES.has(s.tokens[i]?.normal ?? "");
}

/** Most words a prepositional post-modifier of the kind may take: "kidnappings for ransom", "attacks on aid workers". */
const KIND_MODIFIER_TOKENS = 4;

/**
 * The token after a short prepositional phrase that narrows the kind ("kidnappings for ransom", "attacks on
 * aid workers"), or `i` itself when none opens there: a preposition and up to KIND_MODIFIER_TOKENS nouns,
 * adjectives or determiners.
 */
function skipKindModifier(s: SentenceView, i: number): number {
  if (s.tokens[i]?.pos !== "ADP") return i;
  let j = i + 1;
  while (j <= i + KIND_MODIFIER_TOKENS && KIND_MODIFIER_POS.has(s.tokens[j]?.pos ?? "")) j++;
  return j > i + 1 ? j : i;
}
const KIND_MODIFIER_POS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "DET"]);

/** The determiner that counts off instances one by one: generic in a rule, particular in a narrative. */
const DISTRIBUTIVE = "each";
/** Finite past forms of the auxiliaries: "was given", "were received", "had been used". */
const PAST_AUXILIARIES = new Set(["was", "were", "had", "did"]);

/**
 * Whether the clause of a word, or the sentence before it ("warnings were given before each explosion":
 * the main clause a temporal one hangs on), has a verb in the past: a past auxiliary, a verb ending in
 * -ed, or an irregular past of an event verb.
 */
function toldInPast(s: SentenceView, at: number): boolean {
  const clause = s.clause[at];
  for (let i = 0; i < s.tokens.length; i++) {
    if (i > at && s.clause[i] !== clause) break;
    const t = s.tokens[i]!;
    if (PAST_AUXILIARIES.has(t.normal)) return true;
    if (t.pos === "VERB" && (t.normal.endsWith("ed") || s.irregularPasts?.has(t.normal))) return true;
  }
  return false;
}

/** Tokens of a sentence's opening phrase searched for a distinct-event cue ("In a separate attack on Monday,": 6). */
const OPENING_PHRASE_TOKENS = 6;
/** Tokens of the noun phrase before a trigger searched for one ("a second suicide car bomb": 3). */
const NOUN_PHRASE_TOKENS = 4;
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "ADV"]);

/**
 * "a second bomb", "in another attack", "Separately, gunmen ...": the text tells one more happening
 * besides the one already told, so the mention starts an event of its own.
 */
function isAnotherHappening(s: SentenceView, anchor: number, cues: ReadonlySet<string>): boolean {
  for (let i = anchor - 1; i >= 0 && i >= anchor - NOUN_PHRASE_TOKENS && NOUN_PHRASE_POS.has(s.tokens[i]!.pos); i--) if (cues.has(s.tokens[i]!.normal)) return true;
  // The sentence's first comma, looked for only where it may open the sentence (a whole-sentence scan per mention added up).
  const reach = Math.min(OPENING_PHRASE_TOKENS, anchor, s.tokens.length - 1);
  let comma = -1;
  for (let i = 0; i <= reach; i++) if (s.tokens[i]!.normal === ",") { comma = i; break; }
  if (comma < 0) return false;
  for (let i = 0; i < comma; i++) if (cues.has(s.tokens[i]!.normal)) return true;
  return false;
}

/** Words that tell an act answers another (word-classes.tsv response-words). */
const RESPONSE_WORDS: ReadonlySet<string> = EVENT_WORDS.get("response-words");

/** "In response, F-15 jets struck ...", "retaliatory strikes", "U.S. jets hit back": the act answers one told before. */
function isResponse(s: SentenceView, anchor: number, last: number): boolean {
  return s.words[last + 1] === "back" || isAnotherHappening(s, anchor, RESPONSE_WORDS);
}

const DEFINITE = new Set(["the", ...DEMONSTRATIVES, ...THIRD_PERSON_POSSESSIVES]);

/** Words a noun phrase may put between its determiner and its head: "the deadly car bombing", "the Manchester bombing", "the 2016 attack". */
export const PREMODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
/** A possessive is a determiner too: "Saturday's attack", "the group's bombing". */
export const POSSESSIVE = /^['’]s?$/;

/**
 * "her release", "that deal", "the Manchester bombing", "Saturday's attack": a noun trigger whose
 * determiner points back to an event already told; the determiner's token, or -1.
 */
const YES_NO_QUESTION_RULE = "mod:yes-no-question";
const QUOTE_OR_BRACKET = new Set(['"', "“", "‘", "'", "''", "``", "(", "[", "-", "—", "–"]);

/**
 * Whether the trigger is asked about in a yes-no question: its sentence opens (past any quote mark)
 * with an auxiliary that inverts a question ("Did", "Could", "Is", cls:question-opener) and a question
 * mark follows the trigger. A wh-question ("Who killed the villagers?") presupposes its act and stays.
 */
function isYesNoQuestion(s: SentenceView, anchor: number, openers: ReadonlySet<string> | undefined): boolean {
  if (!openers) return false;
  let first = 0;
  while (first < anchor && QUOTE_OR_BRACKET.has(s.words[first]!)) first++;
  if (first >= anchor || !openers.has(s.words[first]!)) return false;
  for (let i = anchor + 1; i < s.words.length; i++) {
    const w = s.words[i]!;
    if (w === "?") return true;
    if (w === "." || w === "!") return false;
  }
  return false;
}

/**
 * The definite determiner or possessive before an event noun ("the attack", "Saturday's bombing"), or -1.
 * A trigger that opens with its own modifier ("the fatal shooting", "the chemical attack": `last` is
 * its noun) is a definite noun phrase just the same.
 */
export function definiteDeterminerAt(s: SentenceView, anchor: number, last: number = anchor): number {
  const pos = s.tokens[anchor]!.pos;
  if (pos !== "NOUN" && !(last > anchor && PREMODIFIER_POS.has(pos) && s.tokens[last]!.pos === "NOUN")) return -1;
  let i = anchor - 1;
  for (let k = 0; i >= 0 && k < DEFINITE_PREMODIFIER_TOKENS && PREMODIFIER_POS.has(s.tokens[i]!.pos); k++) i--;
  if (i < 0) return -1;
  const t = s.tokens[i]!;
  return DEFINITE.has(t.normal) || (POSSESSIVE.test(t.normal) && i > 0) ? i : -1;
}

/**
 * "ISIL terror attack planners", "protest leaders": an event noun that modifies an agent noun after
 * it names a kind of person, not an event; so does one before a noun of the kind-head class ("torture
 * centres", "a protest movement"). Only those: "bombing victims" and "attack sites" still point at an
 * event, and "attacks today" has a date word after it.
 */
export function isNounModifier(s: SentenceView, m: TriggerMatch, dateTokens: ReadonlySet<number>, kindHeads: ReadonlySet<string>): boolean {
  const last = m.tokens[m.tokens.length - 1]!;
  const next = s.tokens[last + 1];
  if (next === undefined || next.pos !== "NOUN" || dateTokens.has(last + 1)) return false;
  const kindHead = next.forms.some((f) => kindHeads.has(f));
  if (s.tokens[last]!.pos === "NOUN") return AGENT_NOUN.test(next.normal) || kindHead;
  return kindHead && isNounTaggedAsVerb(s, m);
}

/**
 * "ran mass torture centers": the tagger may read a one-word event noun inside a noun phrase as a
 * verb. A bare form (no -s, -ed, -ing) right after a determiner, an adjective or a singular noun
 * cannot be that word's finite verb (a singular subject would take "tortures"), so it is a noun.
 */
function isNounTaggedAsVerb(s: SentenceView, m: TriggerMatch): boolean {
  if (m.tokens.length !== 1) return false;
  const t = s.tokens[m.tokens[0]!]!;
  const prev = s.tokens[m.tokens[0]! - 1];
  if (t.pos !== "VERB" || !prev || VERB_INFLECTION.test(t.normal)) return false;
  return prev.pos === "DET" || prev.pos === "ADJ" || (prev.pos === "NOUN" && !hasPluralEnding(prev.normal));
}
/** Endings of an inflected verb form ("attacks", "bombed", "shelling"). */
const VERB_INFLECTION = /(?:s|ed|ing)$/;

const AGENT_NOUN = /(?:er|or|ist)s?$/;

/**
 * "ability to defend Raqqah and launch external operations", "if they win or steal the elections": verbs joined by
 * "and" or "or" share the cue, so only the verbs after the last "and/or <verb>" stand between the cue and the trigger.
 */
function lastCoordinatedVerb(s: SentenceView, cueEnd: number, anchor: number): number {
  for (let i = anchor - 1; i > cueEnd; i--) if ((s.tokens[i]!.normal === "and" || s.tokens[i]!.normal === "or") && s.tokens[i + 1]?.pos === "VERB") return i + 1;
  return cueEnd;
}

/**
 * The determiner "no" denies the noun it opens ("no willingness to back down", "no reason to
 * believe"); a verb of its own after that noun starts what the noun is about, so a trigger beyond
 * it ("... and following the slaying of seven demonstrators") is not denied. Unlike "not", the
 * determiner is not shared by coordinated verbs. "no shots were fired", "no reports of clashes"
 * keep the trigger inside the denied phrase.
 */
function negatesOtherNounPhrase(s: SentenceView, cueEnd: number, anchor: number): boolean {
  if (s.words[cueEnd] !== "no" || s.tokens[cueEnd]!.pos !== "DET") return false;
  // The trigger's own premodifiers ("no history of sustained communal rioting") are no verb of another phrase.
  let start = anchor;
  while (start - 1 > cueEnd && isPremodifier(s.tokens[start - 1]!)) start--;
  return hasContentVerbBetween(s, cueEnd, start);
}

/**
 * "Protesters demanding the release of a jailed cleric clashed with police", "Villagers fearing new raids fled":
 * a cue that is an -ing participle right after the noun it describes governs its own object; the finite past verb
 * after that object, with only the object's noun phrase words and prepositions between, is the main clause's,
 * told as done (before, the clash was "demanded"). "Protesters demanding that police be punished" has a verb
 * between and keeps the demand's reach to it.
 */
function isMainVerbAfterDescribingParticiple(s: SentenceView, cueEnd: number, anchor: number): boolean {
  const cue = s.tokens[cueEnd]!;
  if (cue.pos !== "VERB" || !cue.normal.endsWith("ing") || cueEnd === 0 || anchor <= cueEnd + 1) return false;
  const before = s.tokens[cueEnd - 1]!.pos;
  if (before !== "NOUN" && before !== "PROPN") return false;
  if (!isFinitePast(s, anchor)) return false;
  for (let i = cueEnd + 1; i < anchor; i++) if (!OBJECT_PHRASE_POS.has(s.tokens[i]!.pos) || s.words[i] === ",") return false;
  return true;
}
/** Parts of speech of a participle's object phrase, its "of" phrases included ("the release of a jailed cleric"). */
const OBJECT_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART"]);

/** sense-classes.tsv class of the pronouns that open a relative clause ("who", "which"). */
const RELATIVE_PRONOUN_CLASS = "relative-pronoun";

/**
 * "about 20 of those who planned the coup were killed", "the men who wanted the attack were arrested": an
 * intention verb inside a relative clause ("who planned") governs its own object; the finite verb after that
 * object ("were killed") is the main clause's, told as done. The cue is opened by a relative pronoun (an
 * auxiliary or adverb may stand between: "who had long planned"), a noun or pronoun follows it, and the
 * anchor's verb group (only auxiliaries, adverbs and particles before it) starts with a finite auxiliary
 * after that noun. "Those who planned to attack the base" keeps the attack intended: no noun before it.
 */
function isMainVerbAfterRelativeClause(s: SentenceView, relativePronouns: ReadonlySet<string> | undefined, cueEnd: number, anchor: number): boolean {
  if (!relativePronouns || s.tokens[anchor]!.pos !== "VERB") return false;
  let opener = cueEnd - 1;
  while (opener >= 0 && cueEnd - opener <= 3 && (s.tokens[opener]!.pos === "AUX" || s.tokens[opener]!.pos === "ADV")) opener--;
  if (opener < 0 || !relativePronouns.has(s.tokens[opener]!.normal)) return false;
  // Back from the anchor over its verb group: it must open with an auxiliary right after a noun of the cue's object.
  let start = anchor - 1;
  while (start > cueEnd && (s.tokens[start]!.pos === "ADV" || s.tokens[start]!.pos === "PART")) start--;
  if (start <= cueEnd || s.tokens[start]!.pos !== "AUX") return false;
  while (start - 1 > cueEnd && s.tokens[start - 1]!.pos === "AUX") start--;
  const before = s.tokens[start - 1]!.pos;
  return start - 1 > cueEnd && (before === "NOUN" || before === "PROPN" || before === "PRON");
}

/** sense-classes.tsv class of the words that tell a toll or harm ("casualties", "injured", "deaths"). */
/** What is fired or dropped, counted by the piece ("fired dozens of rockets"): one barrage, no tally of happenings (word-classes.tsv). */
const MUNITION_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("munition-nouns");
/** Verbs that carry out an event noun ("carries out bombings", "stages attacks"): word-classes.tsv. */
const LIGHT_EVENT_VERBS: ReadonlySet<string> = EVENT_WORDS.get("light-verbs");
const HARM_CLASS = "harm";

/**
 * "Nobody was injured in the firing", "None of the soldiers were hurt in the ambush", "China has reported
 * no deaths in the recent outbreaks", "no immediate reports of casualties from the airstrike": the cue
 * denies a toll or harm, and the event that harm is told inside of (after a preposition that puts a
 * casualty inside an act, casualty-doer.ts) is presupposed, not denied. "no reports of clashes", "no
 * attack on the convoy" name no harm before the trigger and stay denied.
 */
function deniesOnlyTheToll(s: SentenceView, harmWords: ReadonlySet<string> | undefined, cueEnd: number, anchor: number): boolean {
  if (!harmWords) return false;
  // The trigger's noun phrase: its determiner, premodifiers and a possessive name ("in Saturday's attack").
  let start = anchor;
  while (start - 1 > cueEnd && isInNounPhrase(s.tokens[start - 1]!)) start--;
  if (start - 1 <= cueEnd || !CAUSE_PREPOSITIONS.has(s.words[start - 1]!)) return false;
  for (let i = cueEnd; i < start - 1; i++) if (harmWords.has(s.words[i]!)) return true;
  return false;
}

/** A word of the noun phrase before its head: a determiner, a number, a name, a possessive or a premodifier. */
function isInNounPhrase(t: SentenceView["tokens"][number]): boolean {
  return t.pos === "DET" || t.pos === "NUM" || t.pos === "PROPN" || (t.pos === "PART" && (t.normal === "'s" || t.normal === "’s")) || isPremodifier(t);
}

/** An adjective, a noun or a participle before a noun: a word of that noun's phrase. */
function isPremodifier(t: SentenceView["tokens"][number]): boolean {
  return t.pos === "ADJ" || t.pos === "NOUN" || (t.pos === "VERB" && (t.normal.endsWith("ed") || t.normal.endsWith("ing")));
}

/**
 * An adjective cue qualifies the noun it stands before: "the strongest possible terms" makes the
 * terms possible, not the attacks named after them; "possible chemical attacks" reaches its noun.
 */
function modifiesOtherNoun(s: SentenceView, cueEnd: number, anchor: number): boolean {
  if (s.tokens[cueEnd]!.pos !== "ADJ" && !participleQualifiesNoun(s, cueEnd, anchor)) return false;
  for (let i = cueEnd + 1; i < anchor; i++) if (s.tokens[i]!.pos === "NOUN" || s.tokens[i]!.pos === "PROPN") return true;
  return false;
}

/**
 * A participle before a noun ("two suspected militants", "arrested alleged rioters"; find-role-phrases'
 * test): it qualifies that noun like an adjective, so the doubt is about who they are, not about whether
 * the beheading happened. That test leaves a sentence's first word to a verb whose subject a fragment
 * lost; a modality cue there ("Suspected militants beheaded ...", or after an opening phrase's comma) opens the subject's noun phrase.
 */
function participleQualifiesNoun(s: SentenceView, at: number, anchor: number): boolean {
  // "falsified reports of two explosions": the noun it qualifies tells of the event, so the doubt reaches it.
  // A verb is told of by no noun: "suspected members of the cartel shot dead six people" doubts who they are.
  if (s.tokens[anchor]!.pos !== "VERB") for (let i = at + 2; i < anchor; i++) if (s.words[i] === "of") return false;
  if (isPrenominalParticiple(s, at)) return true;
  const next = s.tokens[at + 1];
  // So does one right after a fronted phrase's comma ("On 3 May 2024, suspected ADF rebels killed ...") or a dateline's dash
  // ("OUAGADOUGOU, Aug 2 (AFP) - Suspected jihadists ambushed a military convoy").
  return (at === 0 || s.words[at - 1] === "," || (at > 0 && datelineEnd(s) === at - 1)) && s.tokens[at]!.pos === "VERB" && (next?.pos === "NOUN" || next?.pos === "PROPN");
}

/**
 * "Soldiers stationed in the town since 2022 stormed the camp": a cue of the past that is a time phrase ("since
 * 2022", "since last year": a number, a name or "last" after it) right after a verb's phrase modifies that verb (the
 * subject's participle), not the clause's main verb after it. A reporting verb before it is not what it modifies:
 * "police said since 2015 militants have killed ..." dates the killing.
 */
function modifiesVerbBefore(s: SentenceView, cueEnd: number): boolean {
  const next = s.tokens[cueEnd + 1];
  if (!next || !(next.pos === "NUM" || next.pos === "PROPN" || next.normal === "last")) return false;
  // "since" opens a clause of its own for the clause marks: a comma is where the phrase before it ends.
  for (let i = cueEnd - 1; i >= 0 && s.tokens[i]!.pos !== "PUNCT"; i--) if (s.tokens[i]!.pos === "VERB") return !s.reportVerbs?.has(s.tokens[i]!.normal);
  return false;
}

/** PLOVER contexts named in the sentence, plus "subordinate" for a trigger in a context clause. */
function contextsOf(s: SentenceView, lex: EventsLexicons, subordinate: boolean): Set<string> {
  const out = new Set<string>(subordinate ? ["subordinate"] : []);
  for (const c of sentenceContexts(s, lex)) out.add(c);
  return out;
}

/** The contexts a sentence names, read once per sentence: once per event was quadratic in a long sentence. */
const contextsBySentence = new WeakMap<SentenceView, ReadonlySet<string>>();

function sentenceContexts(s: SentenceView, lex: EventsLexicons): ReadonlySet<string> {
  let found = s.memo ? s.memo.contexts : contextsBySentence.get(s);
  if (!found) {
    const named = new Set<string>();
    const perToken = s.formContexts;
    for (let i = 0; i < s.tokens.length; i++) {
      // The view's per-token contexts where it has them (sentence-view.ts), else each form looked up: the same contexts in the same order.
      if (perToken) for (const c of perToken[i]!) named.add(c);
      else for (const f of s.tokens[i]!.forms) {
        const c = lex.contextWords.get(f);
        if (c) named.add(c);
      }
    }
    found = named;
    if (s.memo) s.memo.contexts = named;
    else contextsBySentence.set(s, named);
  }
  return found;
}

/** Acts two parties do together: the other listed party of their subject is their second party. */
const JOINT_TYPES: ReadonlySet<string> = new Set(["AGREE", "CONSULT"]);

/** The event type of giving (PLOVER AID), whose undergoer is the recipient. */
const AID_TYPE = "AID";
/** Tokens after an aid trigger searched for its "to" ("send 1,000 police officers to Haiti": 5). */
const RECIPIENT_TO_REACH_TOKENS = 8;

/** The party named right after the first "to" (a determiner or adjectives between) in the trigger's clause after `last`, not the doer: the recipient. */
function recipientAfterTo(s: SentenceView, mentions: readonly ActorMention[], last: number, doer: string | null): string | null {
  const end = Math.min(s.tokens.length, last + 1 + RECIPIENT_TO_REACH_TOKENS);
  for (let i = last + 1; i < end && s.clause[i] === s.clause[last]; i++) {
    if (s.words[i] !== "to") continue;
    let k = i + 1;
    while (k < s.tokens.length && (s.tokens[k]!.pos === "DET" || s.tokens[k]!.pos === "ADJ")) k++;
    const named = mentions.find((x) => x.first === k && x.actor !== doer);
    return named?.actor ?? null;
  }
  return null;
}

/** Provenance of a second party read from the subject's list ("X and Y met"). */
const LISTED_SIDES_RULE = "+listed-sides";

/** The rule of a doer the clause names in words where word order found another name (withClauseDoer). */
const CLAUSE_DOER_RULE = "+doer:clause";
/** The rule of a doer dropped because the clause's subject is an event's noun (withClauseDoer). */
const EVENT_NOUN_SUBJECT_RULE = "+doer:event-noun-subject";

/** Words before a past participle that keep it non-finite: an infinitive, a passive or a perfect after a modal ("to be released", "have them arrested"). */
const NON_FINITE_BEFORE = new Set(["to", "be", "been", "being", "get", "getting", "have", "having", "is", "are"]);

/** Whether a verb trigger is a finite past ("warned", "killed", "were killed"), not a participle governed by "to", "be", "have". */
export function isFinitePast(s: SentenceView, at: number): boolean {
  const t = s.tokens[at]!;
  if (t.pos !== "VERB" || !(t.normal.endsWith("ed") || s.irregularPasts?.has(t.normal))) return false;
  return at === 0 || !NON_FINITE_BEFORE.has(s.words[at - 1]!);
}
