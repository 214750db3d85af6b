import type { Document, LayerAnnotation } from "../../core/index.js";
import { layer } from "../../core/index.js";
import { keep, mapped } from "../../core/keep.js";
import { findAnnotation } from "./find-annotation.js";
import { assignParticipants, otherListedSide, isLocative, type Participants, hasContentVerbBetween, participantOf, type ActorMention } from "./assign-arguments.js";
import { classifySource, classifyTarget, classOfActor, classOfVictims } from "./classify-parties.js";
import { DAMAGE_OF_EVENT_RULE, anchorOf, isTwoSidedClash, lastTokenOf, type EventMention } from "./event-mention.js";
import { findCueAt, findCueBefore, findTriggers, NO_TOKENS, type TriggerMatch } from "./find-triggers.js";
import { BACKGROUND_WINDOW_TOKENS, DEFINITE_PREMODIFIER_TOKENS, MODALITY_WINDOW_TOKENS, PASSIVE_AGENT_WINDOW_TOKENS } from "./heuristics.js";
import { mergeCoreferentEvents } from "./merge-events.js";
import { absorbSettingEvents } from "./absorb-setting-events.js";
import { absorbLootingIntoAttacks } from "./absorb-looting-into-attacks.js";
import { foldAttackParts } from "./fold-attack-parts.js";
import { parseCasualties, readQuantityAt } from "./parse-casualties.js";
import { refineAcled } from "./refine-acled.js";
import { forceAmong } from "./acled-actors.js";
import { findProtestParts, foldProtestCoding } from "./fold-policing-into-protests.js";
import { hasLowerCase } from "./participant-place.js";
import { COORDINATORS, QUOTE_MARK, conjunctsOf, eventNounDoer, findRolePhrases, hasEventNounDoer, isPrenominalParticiple, joinedReportingVerb, type RolePhrase } from "./find-role-phrases.js";
import { takeArrestersFromReporter } from "./reporting-force.js";
import { lendClauseSubjectsToAdjunctFights, lendDoersToAdjunctNouns, takeDoersFromAdjunctNouns } from "./adjunct-event-doer.js";
import { NOT_AN_EVENT, isArmedClass, type CueRow, type EventsLexicons } from "./resources.js";
import { viewSentences, type SentenceView } from "./sentence-view.js";
import { markHabitualPresent } from "./habitual-present.js";
import { CAUSE_PREPOSITIONS, lendDoersToCasualtyTellings } from "./casualty-doer.js";
import type { Modality } from "../../core/index.js";
import { hasPluralEnding } from "./plural-nouns.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { DEMONSTRATIVES, POSSESSIVE_DETERMINERS, THIRD_PERSON_POSSESSIVES } from "../../lexicons/grammar-words.js";
import { absorbDemandsIntoProtests, absorbPolicingIntoProtests } from "./absorb-into-protests.js";
import { attachCasualties, takeArrestersFromForceBefore, takeSidesFromDead } from "./attach-casualties.js";
import { attachPlacesAndDates, isDatelineStamp, opensSentence } from "./attach-places-and-dates.js";
import { DocumentAttackRelations } from "./document-attack-relations.js";
import { type DocumentContext, type SentenceReadings, readDocumentContext } from "./document-context.js";
import { datesAgree, isKnownParty, maySameSide, placeSpecificity, placesAgree } from "./event-agreement.js";
import { acledParty, toAnnotation } from "./event-annotation.js";
import { NO_WORDS, PHYSICAL_TYPES } from "./event-type-groups.js";
import { joinTellingWords, readDeathsByTheStory } from "./join-telling-words.js";
import { BRACKETED_NAME_MAX_TOKENS, memberOfSpan, namesTheEvent } from "./role-phrase-data.js";
import { dateAtScenes, datelinePlace, datesOwnDay, dropRestatedReferences, markCountedBack, placeAtDateline, placeAtScenes, placeAtStoryTown, shiftsTime, splitByPlace } from "./scene-places-and-dates.js";
import { PREPOSITION_TO_NOUN_POS, markPunishedDeeds, suppressWeakAndGeneric } from "./suppress-weak-events.js";

const EVENT_WORDS = stageWordClasses("events");

/** SITREP_DEBUG_EVENTS=1 prints the mentions to stderr; read once (a read of process.env per document costs a call into the runtime). */
const DEBUG_EVENTS = !!process.env.SITREP_DEBUG_EVENTS;

/** Modalities whose cue reaches only the next verb; negation and claims reach the whole clause. */
const SCOPED_MODALITIES = new Set(["intended", "pledged", "demanded", "hypothetical", NOT_AN_EVENT]);

/** Types a pledge carries over to the help named after it in its clause. */
const FAMILY_OF_PLEDGES = new Set(["AGREE", "AID", "COOPERATE"]);

const NOT_AN_EVENT_RULE = "not-an-event";
/** Background-cue kind of an event that goes on while it is talked about (background-cues.tsv). */
const ONGOING = "ongoing";
/** Background cue kind: what a party is for or habitually does, which reaches only the act it names. */
const DESCRIPTION = "description";
/** Background cue kind: a recurring act ("militants often attack checkpoints"), not a particular happening. */
const HABITUAL = "habitual";
/** Background cue kind: the event is earlier context ("since", "recent", "former"). */
const PAST_CONTEXT = "past";

/**
 * The events of one document: triggers from the lexicon, then per sentence the participants,
 * modality, background flag, place, date and casualties, then claims of responsibility, ACLED
 * refinements, and the merging of mentions of one event. Robust to missing upstream layers:
 * with no actor layer every actor stays null.
 */
export function extractEvents(doc: Document, lex: EventsLexicons): LayerAnnotation<"event">[] {
  const sentences = viewSentences(doc, lex);
  if (sentences.length === 0) return [];
  // The article read in steps, each a function of its own: V8 optimises a small function sooner, and a
  // deoptimisation throws away one step's code, not the whole stage's.
  const context = readDocumentContext(doc, sentences, lex);
  const read = readSentences(doc, sentences, lex, context);
  attachAcrossSentences(doc, sentences, lex, context, read);
  const perSentence = read.perSentence;
  for (let k = 0; k < perSentence.length; k++) perSentence[k] = keep(perSentence[k]!, (e) => isAnchored(e, sentences[k]!, lex));
  readDeathsByTheStory(sentences, perSentence, lex);
  joinTellingWords(sentences, perSentence, read.tellingWordsPerSentence, read.casualtiesPerSentence);
  markHabitualPresent(sentences, perSentence, PHYSICAL_TYPES);
  // Only events that stand on their own words get a scene: a place from context never makes an event.
  placeAtScenes(doc.text, sentences, perSentence, context.places);
  refineSentenceEvents(doc, sentences, perSentence, context.protestCauses, context.actorMentions);

  if (DEBUG_EVENTS) for (const m of perSentence.flat()) console.error(`${m.sentence} ${m.type} ${m.row.id} ${m.modality} ${m.tokens} a=${m.actor} t=${m.target} p=${m.place} d=${m.date} sc=${m.sourceClass} tc=${m.targetClass} cb=${m.claimedBy} dead=${m.fatalities?.min} acled=${m.acled?.subEventType}`);
  const dateline = foldWithinDocument(doc, sentences, perSentence, context);
  const byIndex = new Map(sentences.map((s) => [s.index, s] as const));
  const events = mergeAndPlace(doc, sentences, perSentence, context, byIndex, dateline);
  return toAnnotations(doc, events, byIndex, context);
}

/** Each sentence's events, telling words, casualties and attributions, read from its own words. */
function readSentences(doc: Document, sentences: readonly SentenceView[], lex: EventsLexicons, context: DocumentContext): SentenceReadings {
  const read: SentenceReadings = { perSentence: [], casualtiesPerSentence: [], attributionsPerSentence: [], tellingWordsPerSentence: [] };
  for (let k = 0; k < sentences.length; k++) readSentence(doc, sentences[k]!, k, lex, context, read);
  return read;
}

function readSentence(doc: Document, s: SentenceView, k: number, lex: EventsLexicons, context: DocumentContext, read: SentenceReadings): void {
  const { actorMentions, personMentions, places, dates, explicitDay, isReportDay, nameAndDateTokens, kindHeads, protestCauses, presupposing, reportVerbs, relativeWords, topicPrepositions } = context;
  const { perSentence, casualtiesPerSentence, attributionsPerSentence, tellingWordsPerSentence } = read;
  const matches = findTriggers(s, lex, nameAndDateTokens[k]);
  // Most sentences hold no trigger: they make no event, telling or attribution, only the casualties
  // parsed below, so the per-sentence sets and filters for the matches are not built for them.
  if (matches.length === 0) {
    perSentence.push([]);
    tellingWordsPerSentence.push([]);
    casualtiesPerSentence.push(parseCasualties(s, doc.text, lex, personMentions[s.index], nameAndDateTokens[k]));
    attributionsPerSentence.push([]);
    return;
  }
  const attributions = matches.filter((m) => m.row.attribution);
  const attributionTokens = new Set(attributions.flatMap((m) => m.tokens));
  const dateTokens = new Set((dates[s.index] ?? []).flatMap((d) => range(d.first, d.last)));
  // Words no modality cue may be: an attribution's, and a date's ("the 4 May 2020 attack": the month, not the modal).
  const notCues = dateTokens.size === 0 ? attributionTokens : new Set([...attributionTokens, ...dateTokens]);
  const parties = matches.length === 0 ? [] : withoutLocativeCountries(doc, s, actorMentions[s.index] ?? []);
  let events = mapped(matches.filter((m) => !m.row.attribution && !m.row.none && !m.row.telling && !isNounModifier(s, m, dateTokens, kindHeads)), (m) => describeMention(doc, s, lex, m, parties, notCues));
  tellingWordsPerSentence.push(mapped(matches.filter((m) => m.row.telling && !isNounModifier(s, m, dateTokens, kindHeads)), (m) => describeMention(doc, s, lex, m, parties, notCues)));
  // Places and dates go to the words they stand by before generic words yield to specific ones,
  // which inherit them ("the attacks today in Jabla ... in multiple bombings").
  attachPlacesAndDates(s, events, places[s.index] ?? [], (dates[s.index] ?? []).filter((d) => !isDatelineStamp(s, d, isReportDay)), explicitDay, reportVerbs, relativeWords, topicPrepositions, parties, hasLowerCase(doc.text, s.start, s.end));
  // Read before weak words yield to strong ones: a punishment never takes over the deed it answers for (absorbedByStrong).
  markPunishedDeeds(s, events, dates[s.index] ?? []);
  events = keep(suppressWeakAndGeneric(s, events, protestCauses), (e) => !isQuantifiedGeneric(s, e) && !isKindReference(doc, s, e) && !e.rules.includes(NOT_AN_EVENT_RULE));
  shareBackgroundAcrossLists(s, events);
  markStateParticiples(s, events);
  scopeUnderThreatsAndDemands(s, events, presupposing);
  markTopicReferences(s, events);
  lendDoersToAdjunctNouns(s, events, parties);
  takeDoersFromAdjunctNouns(s, events);
  lendClauseSubjectsToAdjunctFights(s, events, parties, (id) => classOfActor(doc, id));
  events = absorbThreatenedViolence(s, events);
  perSentence.push(events);
  casualtiesPerSentence.push(parseCasualties(s, doc.text, lex, personMentions[s.index], nameAndDateTokens[k]));
  attributionsPerSentence.push(attributions);
}

/** Casualties, sides and claims given to the events of their sentence or of the sentences before it. */
function attachAcrossSentences(doc: Document, sentences: readonly SentenceView[], lex: EventsLexicons, context: DocumentContext, read: SentenceReadings): void {
  const { actorMentions, dates, durations } = context;
  const { perSentence, casualtiesPerSentence, attributionsPerSentence } = read;
  sentences.forEach((s, k) => {
    // Most sentences hold no event, casualty or claim: none of the passes below has anything to read in them.
    if (perSentence[k]!.length === 0 && casualtiesPerSentence[k]!.length === 0 && attributionsPerSentence[k]!.length === 0) return;
    // "Gunmen attacked a convoy in Kabul. Police said the gunmen killed a governor in Kandahar." (or "... one
    // year before"): a death told at another place or time than the event before it is another happening.
    const shifted = shiftsTime(s, durations[s.index] ?? []);
    // "The attack is the latest in a series of raids. In March, militants killed 12 farmers in Bama.": a sentence
    // that opens on a day of its own, not the event's before it, sets another scene.
    const scene = (dates[s.index] ?? []).find((d) => opensSentence(s, d))?.id ?? null;
    // An anonymous arrow: one bound to a name would cost a defineProperty per sentence under keepNames.
    perSentence[k] = attachCasualties(s, lex, perSentence, k, casualtiesPerSentence[k]!, actorMentions[s.index] ?? [], (e, heir) => (e.place !== null && heir.place !== null && !placesAgree(doc, e.place, heir.place)) || (scene !== null && e.date === scene && (heir.date === null || !datesAgree(doc, scene, heir.date))), shifted);
    if (shifted) markCountedBack(s, perSentence[k]!, durations[s.index] ?? []);
    for (const e of perSentence[k]!) if (e.row.mutual && !e.actor && e.deadPhrase && e.sentence === s.index) takeSidesFromDead(doc, s, actorMentions[s.index] ?? [], e, e.deadPhrase);
    attachClaims(doc, s, lex, perSentence[k]!, attributionsPerSentence[k]!, actorMentions[s.index] ?? [], perSentence[k - 1] ?? []);
  });
}

/** Each sentence's events refined by its neighbours': victims' classes, arresters, ACLED sub-types. */
function refineSentenceEvents(doc: Document, sentences: readonly SentenceView[], perSentence: EventMention[][], protestCauses: ReadonlySet<string>, actorMentions: readonly ActorMention[][]): void {
  sentences.forEach((s, k) => {
    // The passes below refine a sentence's own events: a sentence with none has nothing to refine.
    if (perSentence[k]!.length === 0) return;
    const nearby = [...(perSentence[k - 1] ?? []), ...(perSentence[k + 1] ?? [])];
    // "raided Nur Shams camp, killing 2 Palestinians": victims the casualty words named after the event was read
    // give its target's class from the actor they resolved to, when no class word did.
    for (const e of perSentence[k]!) if (e.target && !e.targetClass) e.targetClass = classOfVictims(doc, e.target);
    takeArrestersFromReporter(doc, s, perSentence[k]!, actorMentions[s.index] ?? []);
    takeArrestersFromForceBefore(perSentence[k]!, perSentence[k - 1] ?? [], (a, b) => placesAgree(doc, a, b));
    refineAcled(s, perSentence[k]!, nearby, [sentences[k - 1], sentences[k + 1]].filter((x): x is SentenceView => x !== undefined), protestCauses);
  });
}

/** Events that are parts of others folded into them across the article; returns the dateline's place. */
function foldWithinDocument(doc: Document, sentences: readonly SentenceView[], perSentence: EventMention[][], context: DocumentContext): ReturnType<typeof datelinePlace> {
  const { places, reportDay } = context;
  absorbPolicingIntoProtests(perSentence);
  absorbDemandsIntoProtests(perSentence);
  absorbLootingIntoAttacks(perSentence, sentences, (a, b) => placesAgree(doc, a, b));
  absorbSettingEvents(perSentence, sentences);
  const dateline = datelinePlace(sentences[0], places[sentences[0]?.index ?? -1] ?? []);
  // The dateline's town is where the story was filed, a guess at the scene that the lead's "a village in northeastern Nigeria" does not confirm.
  foldAttackParts(perSentence, sentences, new DocumentAttackRelations(doc, reportDay, dateline?.id));
  return dateline;
}

/** The article's events: tellings of one happening merged, split by place, and placed and dated at their scenes. */
function mergeAndPlace(doc: Document, sentences: readonly SentenceView[], perSentence: readonly EventMention[][], context: DocumentContext, byIndex: ReadonlyMap<number, SentenceView>, dateline: ReturnType<typeof datelinePlace>): EventMention[] {
  const { dates, durations, reportDay } = context;
  attributeDemandsToSpeakers(doc, sentences, perSentence.flat());
  // After claims gave the event nouns their doers ("X claimed the bombing that killed 12").
  lendDoersToCasualtyTellings(byIndex, perSentence.flat());
  const merged = mergeCoreferentEvents(perSentence.flat(), (a, b) => placesAgree(doc, a, b), (a, b, type) => datesAgree(doc, a, b, reportDay, type), (id) => placeSpecificity(doc, id), (id) => findAnnotation(doc, "actor", id)?.data.kind === "person", (id) => isKnownParty(findAnnotation(doc, "actor", id)?.data), (a, b) => maySameSide(doc, a, b));
  // A reference dated in its own words, after its trigger ("the fatal shooting of a boy on November 22, 2014"), at
  // another day than an event it could restate, is a happening of its own (a date before it may be the referring verb's).
  const restates = (e: EventMention, o: EventMention) => o.date === null || !datesOwnDay(doc, byIndex, e) || datesAgree(doc, e.date!, o.date, reportDay, e.type);
  const events = splitByPlace(doc, dropRestatedReferences(merged, restates));
  placeAtDateline(events, dateline);
  placeAtStoryTown(doc, events);
  const groundSentences = new Set<number>();
  for (const list of perSentence) for (const e of list) if (PHYSICAL_TYPES.has(e.type)) groundSentences.add(e.sentence);
  dateAtScenes(doc.text, sentences, events, dates, groundSentences, durations);
  return events;
}

/** The events as annotations, with the ACLED coding of protests and the forces that met them. */
function toAnnotations(doc: Document, events: readonly EventMention[], byIndex: ReadonlyMap<number, SentenceView>, context: DocumentContext): LayerAnnotation<"event">[] {
  const { reportDay, protestCauses } = context;
  const protestParts = findProtestParts(events, byIndex, (a, b) => placesAgree(doc, a, b), (a, b) => datesAgree(doc, a, b, reportDay), protestCauses);
  // The force each event's ACLED parties name, by index: who met a demonstration, for the fold.
  const forces = new Map<number, string>();
  const annotations = events.map((m, i) => toAnnotation(doc, byIndex, m, i, reportDay, forces));
  const dispersed = new Set<number>();
  for (const [i, m] of events.entries()) {
    const dispersing = m.intervenedBy ? forceAmong({ actor1: acledParty(doc, m.intervenedBy), actor2: null }) : null;
    if (dispersing) {
      forces.set(i, dispersing);
      dispersed.add(i);
    }
  }
  foldProtestCoding(annotations, protestParts, forces, dispersed);
  return annotations;
}

/**
 * "Turkish drones struck a car near Qamishli in northeast Syria, killing two SDF members": a country named in a
 * locative phrase is where things happened, not a party of the event; left out of the mentions the event's doer
 * and undergoer are read from (the places stage reads it as the place). A country as subject or object stays.
 */
function withoutLocativeCountries(doc: Document, s: SentenceView, mentions: readonly ActorMention[]): readonly ActorMention[] {
  const kept = mentions.filter((m) => !inLocativePhrase(s, m.first) || findAnnotation(doc, "actor", m.actor)?.data.kind !== "country");
  return kept.length === mentions.length ? mentions : kept;
}

/** Inside a locative phrase, a compass word the tagger read as an adverb allowed ("in northeast Syria"). */
function inLocativePhrase(s: SentenceView, first: number): boolean {
  return isLocative(s, first) || (s.tokens[first - 1]?.pos === "ADV" && isLocative(s, first - 1));
}

/** The event's anchor is a verb with nothing but adverbs, auxiliaries and "to" between it and token `from`. */
function isVerbRightAfter(s: SentenceView, from: number, anchor: number): boolean {
  if (s.tokens[anchor]!.pos !== "VERB") return false;
  for (let i = from + 1; i < anchor; i++) {
    const t = s.tokens[i]!;
    if (t.pos !== "ADV" && t.pos !== "AUX" && t.normal !== "to") return false;
  }
  return true;
}

function describeMention(doc: Document, s: SentenceView, lex: EventsLexicons, m: TriggerMatch, mentions: readonly ActorMention[], notCues: ReadonlySet<number>): EventMention {
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
    (cue.value === DESCRIPTION && hasContentVerbBetween(s, lastCoordinatedVerb(s, cueEnd, anchor), anchor)) || (cue.value === HABITUAL && !isVerbRightAfter(s, cueEnd, anchor)) ||
    (cue.value === PAST_CONTEXT && s.tokens[cueEnd]!.pos === "ADJ" && s.tokens[anchor]!.pos === "VERB"));
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
    ...(parts.doerInClause ? { doerInClause: true } : {}),
    ...(parts.listedSide ? { listedSide: true } : {}),
    rules,
  };
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
    const named = mentions.find((m) => m.first <= item.last && m.last >= item.first)?.actor;
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

function isQuantifiedGeneric(s: SentenceView, e: EventMention): boolean {
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
function isKindReference(doc: Document, s: SentenceView, e: EventMention): boolean {
  const anchor = anchorOf(e);
  const t = s.tokens[anchor]!;
  if (t.pos !== "NOUN" || !t.normal.endsWith("s") || e.tokens.length > 1) return false;
  const before = s.tokens[anchor - 1];
  if (!before || !KIND_ADJECTIVES.has(before.normal)) return false;
  const det = s.tokens[anchor - 2];
  if (det && (det.pos === "DET" || det.pos === "NUM" || POSSESSIVE_DETERMINERS.has(det.normal))) return false;
  if (e.place) return false;
  return !e.date || !findAnnotation(doc, "date", e.date)?.data.value;
}
/** Adjectives that make a bare plural name a kind of event: "similar attacks", "such attacks". */
const KIND_ADJECTIVES: ReadonlySet<string> = EVENT_WORDS.get("kind-adjectives");

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

const DEFINITE = new Set(["the", ...DEMONSTRATIVES, ...THIRD_PERSON_POSSESSIVES]);

/** Words a noun phrase may put between its determiner and its head: "the deadly car bombing", "the Manchester bombing", "the 2016 attack". */
const PREMODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
/** A possessive is a determiner too: "Saturday's attack", "the group's bombing". */
const POSSESSIVE = /^['’]s?$/;

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
function definiteDeterminerAt(s: SentenceView, anchor: number, last: number = anchor): number {
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
function isNounModifier(s: SentenceView, m: TriggerMatch, dateTokens: ReadonlySet<number>, kindHeads: ReadonlySet<string>): boolean {
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

function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  return out;
}

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
  // So does one right after a fronted phrase's comma ("On 3 May 2024, suspected ADF rebels killed ...").
  return (at === 0 || s.words[at - 1] === ",") && s.tokens[at]!.pos === "VERB" && (next?.pos === "NOUN" || next?.pos === "PROPN");
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
  let found = contextsBySentence.get(s);
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
    contextsBySentence.set(s, (found = named));
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

/**
 * "was involved in the use of suicide vehicles, IEDs and chemical weapons": the items of one list
 * share the background cue before its first item (list commas end clauses for every other purpose).
 */
function shareBackgroundAcrossLists(s: SentenceView, events: readonly EventMention[]): void {
  const ordered = [...events].sort((a, b) => anchorOf(a) - anchorOf(b));
  for (let k = 1; k < ordered.length; k++) {
    const prev = ordered[k - 1]!, e = ordered[k]!;
    if (!prev.background || e.background || prev.type !== e.type) continue;
    let listed = true;
    for (let i = lastTokenOf(prev) + 1; i < anchorOf(e); i++) {
      const t = s.tokens[i]!;
      if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP" || t.normal === ";" || t.normal === "but") { listed = false; break; }
    }
    if (listed) { e.background = true; e.rules.push("background:list"); }
  }
}

/**
 * "Relatives of detained activists gathered", "demanded the release of a jailed cleric": a participle of
 * detention before its noun tells that noun's state, a detention done before and told elsewhere if at all;
 * the sentence reports no arrest. Such a mention is background. (Violence is left alone: "the bodies of 12
 * slain villagers were found" often is the killing's only telling, with its toll.)
 */
function markStateParticiples(s: SentenceView, events: readonly EventMention[]): void {
  for (const e of events) {
    if (e.type !== "COERCE" || e.background || e.tokens.length !== 1 || !isPrenominalParticiple(s, anchorOf(e))) continue;
    e.background = true;
    e.rules.push(STATE_PARTICIPLE_RULE);
  }
}
const STATE_PARTICIPLE_RULE = "background:state-participle";

/** The rule of a doer the clause names in words where word order found another name (withClauseDoer). */
const CLAUSE_DOER_RULE = "+doer:clause";
/** The rule of a doer dropped because the clause's subject is an event's noun (withClauseDoer). */
const EVENT_NOUN_SUBJECT_RULE = "+doer:event-noun-subject";

/**
 * Abstract nouns ("the fight against terrorism", "threats") are events only when the clause pins
 * them down: a place or date (or, without a place layer, a name after "in/near/from"), a count
 * ("7,000 people have fled"), casualties, or both parties.
 */
function isAnchored(e: EventMention, s: SentenceView, lex: EventsLexicons): boolean {
  if (!e.row.anchored) return true;
  // "Granoff ... donated to Hillary Clinton": a doer the clause names in words (no canonical actor) is a party too.
  const hasDoer = e.actor !== null || e.doerInClause === true;
  if (e.place || e.date || e.fatalities || e.injuries || (hasDoer && e.target) || e.claimedBy || e.threatensAbsorbedAct) return true;
  if (threatensAnAct(s, e)) return true;
  const clause = s.clause[anchorOf(e)];
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.clause[i] !== clause) continue;
    const t = s.tokens[i]!;
    if (LOCATIVE_PREPOSITIONS.has(t.normal) && s.tokens[i + 1]?.pos === "PROPN") return true;
    // A count of those involved, before or right after the trigger ("7,000 people have fled", "freed six medics").
    if (i !== anchorOf(e) && i >= anchorOf(e) - 4 && i <= lastTokenOf(e) + 2) {
      const q = readQuantityAt(s, i, lex);
      const head = q ? s.tokens[q.end] : undefined;
      // A count of something ("six medics"), not an age or a year ("Vulcheva, 48, upon release").
      if (q && head && (head.pos === "NOUN" || head.pos === "ADJ" || head.pos === "PROPN")) return true;
    }
  }
  return false;
}

const LOCATIVE_PREPOSITIONS = new Set(["in", "near", "from", "at", "outside"]);

/**
 * "officials have threatened to cut off their supplies", "threatening to fire them": a threat verb whose
 * infinitive names the act threatened is pinned down by it, as "the threat of execution" is by its noun
 * (THREAT_OF); a bare "threats" or "threatened" with no act named stays abstract.
 */
function threatensAnAct(s: SentenceView, e: EventMention): boolean {
  if (e.type !== "THREATEN") return false;
  const last = lastTokenOf(e);
  if (s.tokens[last]!.pos !== "VERB") return false;
  // "threatened to cut off", "is pressuring public employees to vote": the infinitive right after the verb or its object.
  for (let i = last + 1; i <= last + 1 + THREATENED_OBJECT_TOKENS && i + 1 < s.tokens.length; i++) {
    if (s.clause[i] !== s.clause[last]) return false;
    if (s.words[i] === "to") return s.tokens[i + 1]!.pos === "VERB";
    if (!OBJECT_POS.has(s.tokens[i]!.pos)) return false;
  }
  return false;
}

/** Tokens of the object a threat or pressure verb may put before its infinitive ("pressuring public employees to vote": 2). */
const THREATENED_OBJECT_TOKENS = 4;
/** Parts of speech of that object: a noun phrase or a pronoun. */
const OBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);

/**
 * Prepositions that make a definite attack noun the topic of another event in its sentence: "arrested
 * in connection with Saturday's attack", "opened an inquiry into the blast", "jailed for the bombing",
 * "protests over the killing", "the men behind the attack". Not "after"/"since" (subordinate-cues.tsv
 * reads those as context clauses) nor "in"/"of" ("killed in the attack" tells the attack itself).
 */
const TOPIC_PREPOSITIONS = new Set(["into", "for", "over", "about", "with", "behind"]);

/**
 * The sentence's main event is the one whose verb governs the clause; a definite attack noun that is
 * only the topic of another event told before it in the sentence (an arrest, an inquiry, a sentence)
 * refers to an attack told elsewhere: "referenced", so it merges with that telling and is no event of
 * its own when the article reports attacks (dropRestatedReferences).
 */
function markTopicReferences(s: SentenceView, events: readonly EventMention[]): void {
  for (const e of events) {
    if (e.type !== "ASSAULT" || e.contexts.has("referenced") || e.fatalities || e.injuries) continue;
    const determiner = definiteDeterminerAt(s, anchorOf(e), lastTokenOf(e));
    if (determiner < 0) continue;
    // "with Saturday's terror attack": the phrase starts at the possessor.
    let start = determiner;
    if (POSSESSIVE.test(s.tokens[determiner]!.normal)) while (start > 0 && PREMODIFIER_POS.has(s.tokens[start - 1]!.pos) && determiner - start < DEFINITE_PREMODIFIER_TOKENS) start--;
    const preposition = s.tokens[start - 1];
    if (!preposition || !TOPIC_PREPOSITIONS.has(preposition.normal)) continue;
    const governor = events.find((g) => g !== e && g.type !== e.type && lastTokenOf(g) < start - 1);
    if (!governor) continue;
    e.contexts.add("referenced");
    e.rules.push(`topic-of:${governor.row.id}`);
  }
}

/**
 * Whether an event noun is the object of a preposition that takes a past happening ("following the
 * slaying of", "after the attack", "amid clashes": cls:presupposed), between a governor and it: its
 * noun phrase (determiners, modifiers) is skipped back to the word before it.
 */
function isPresupposed(s: SentenceView, anchor: number, after: number, presupposing: ReadonlySet<string>): boolean {
  if (presupposing.size === 0 || s.tokens[anchor]!.pos !== "NOUN") return false;
  let i = anchor - 1;
  while (i > after && PREPOSITION_TO_NOUN_POS.has(s.tokens[i]!.pos)) i--;
  return i > after && presupposing.has(s.words[i]!);
}

/** Words before a past participle that keep it non-finite: an infinitive, a passive or a perfect after a modal ("to be released", "have them arrested"). */
const NON_FINITE_BEFORE = new Set(["to", "be", "been", "being", "get", "getting", "have", "having", "is", "are"]);

/** Whether a verb trigger is a finite past ("warned", "killed", "were killed"), not a participle governed by "to", "be", "have". */
function isFinitePast(s: SentenceView, at: number): boolean {
  const t = s.tokens[at]!;
  if (t.pos !== "VERB" || !(t.normal.endsWith("ed") || s.irregularPasts?.has(t.normal))) return false;
  return at === 0 || !NON_FINITE_BEFORE.has(s.words[at - 1]!);
}

/**
 * What a threat warns against or a demand asks for has not happened: "warned the Taliban against
 * further attacks" -> the attacks are hypothetical; "urged X to stop the shelling" -> demanded.
 */
function scopeUnderThreatsAndDemands(s: SentenceView, events: EventMention[], presupposing: ReadonlySet<string> = NO_WORDS): void {
  for (const governor of events) {
    // "We condemn the terrorist attacks in Baghdad": a condemned attack was reported elsewhere; it merges with that report.
    if (governor.type === "ACCUSE") {
      for (const e of events) {
        if (e.type === "ASSAULT" && e.row.generic && anchorOf(e) > anchorOf(governor) && s.clause[anchorOf(e)] === s.clause[anchorOf(governor)]) e.contexts.add("referenced");
      }
      continue;
    }
    // "promised to provide treatment as well as aid": the aid is promised too.
    const pledge = governor.modality === "pledged" && FAMILY_OF_PLEDGES.has(governor.type);
    // A request scopes what it asks for when its word makes it a demand (the row's own modality, "called for",
    // "urged"); an order given ("ordered the murder of the six priests") leaves what it ordered to its own reading.
    const scope = governor.type === "THREATEN" ? "hypothetical" : governor.type === "REQUEST" && governor.row.modality === "demanded" ? "demanded" : pledge ? "pledged" : null;
    if (!scope) continue;
    for (const e of events) {
      // "urged them to cease the airstrikes": the airstrikes are going on; only their end is demanded.
      if (e === governor || e.modality !== "asserted" || e.background || anchorOf(e) <= anchorOf(governor)) continue;
      if (pledge && !FAMILY_OF_PLEDGES.has(e.type)) continue;
      if (s.clause[anchorOf(e)] !== s.clause[anchorOf(governor)]) continue;
      // "called for protests following the slaying of seven demonstrators": what the demand follows has happened.
      if (isPresupposed(s, anchorOf(e), anchorOf(governor), presupposing)) continue;
      // "said he would order a review ... and warned against hackers", "called for calm after police killed
      // two": a verb in the past tense has a subject of its own and tells what happened; what is demanded
      // or threatened is told by an infinitive or a noun.
      if (isFinitePast(s, anchorOf(e))) continue;
      e.modality = scope;
      e.rules.push(`scope:${governor.row.id}`);
    }
  }
}

/** Provenance of a threat that took over the attack it threatens (isAnchored keeps such a threat: threatensAbsorbedAct). */
const THREAT_OF = "threat-of:";

/**
 * "The rebels threatened to attack the town" reports a threat, not an attack: the threatened attack
 * becomes the threat's content (PLOVER THREATEN, mode violence, CAMEO 138) and is no ASSAULT of its own.
 * Only a plain threat verb does this; "warned X against attacks" stays a warning about hypothetical attacks.
 */
function absorbThreatenedViolence(s: SentenceView, events: EventMention[]): EventMention[] {
  const absorbed = new Set<EventMention>();
  for (const threat of events) {
    if (threat.type !== "THREATEN" || threat.mode !== null) continue;
    for (const e of events) {
      if (e.type !== "ASSAULT" || absorbed.has(e) || anchorOf(e) <= anchorOf(threat) || s.clause[anchorOf(e)] !== s.clause[anchorOf(threat)]) continue;
      threat.mode = "violence";
      threat.target ??= e.target;
      threat.place ??= e.place;
      threat.date ??= e.date;
      threat.threatensAbsorbedAct = true;
      threat.rules.push(`${THREAT_OF}${e.row.id}`);
      absorbed.add(e);
    }
  }
  return absorbed.size === 0 ? events : keep(events, (e) => !absorbed.has(e));
}

/**
 * "IS-K claimed a bombing": the bombing's actor and claimedBy are IS-K; its modality stays
 * asserted (the reporter states the bombing happened; only the authorship rests on the claim).
 * "X blamed Y for the attack" marks the attack as attributed (context) without changing its actor.
 * A claim or blame with no attack word nearby becomes an ACCUSE event of its own.
 */
function attachClaims(doc: Document, s: SentenceView, lex: EventsLexicons, events: EventMention[], claims: readonly TriggerMatch[], mentions: readonly ActorMention[], previous: readonly EventMention[] = []): void {
  for (const claim of claims) {
    const last = claim.tokens[claim.tokens.length - 1]!;
    // "also claimed by Da'esh": the pattern ends on "by", so the claimant is the name right after it.
    const passive = s.tokens[last]!.normal === "by";
    const agent = passive ? mentions.find((m) => m.first > last && m.first <= last + PASSIVE_AGENT_WINDOW_TOKENS) : undefined;
    const parts = agent ? { actor: agent.actor, target: null, rule: "passive-by", voice: "undergoer" as const } : assignParticipants(s, mentions, claim.tokens);
    const at = claim.tokens[0]!;
    // "Police said no group had claimed responsibility for the blast": a claim nobody made names no doer.
    if (claim.row.mode === "claim-responsibility" && isDeniedClaim(s, lex, at)) continue;
    const attacks = events.filter((e) => e.type === "ASSAULT");
    const after = attacks.filter((e) => anchorOf(e) > at);
    const before = attacks.filter((e) => anchorOf(e) < at);
    // "attacks, also claimed by X" looks back; "X claimed the attack" looks ahead.
    // "The group claimed responsibility." right after an attack is told claims that attack.
    const told = claim.row.mode === "claim-responsibility" && parts.actor ? previous.filter((e) => e.type === "ASSAULT" && e.modality === "asserted" && !e.background).pop() : undefined;
    const target = (passive ? before.pop() ?? after[0] : after[0] ?? before.pop()) ?? told;
    if (target) {
      if (claim.row.mode === "claim-responsibility") {
        // "Gunmen attacked a police station ... The Taliban claimed responsibility for the attack": the definite
        // noun retells the attack of the sentence before, so the claim is that attack's too, and its unnamed
        // gunmen are the claimant's (ACLED codes a claimed attack to the group claiming it).
        const retold = target.definite === true && target.sentence === s.index && (target.actor === null || target.actor === parts.actor) && isArmedGroup(doc, parts.actor) ? told : undefined;
        for (const e of retold ? [target, retold] : [target]) {
          e.claimedBy = parts.actor;
          if (e.sentence === s.index) e.claimantsSentence = true;
          if (e.actor === null || (parts.actor !== null && isUnnamedDoer(doc, e.actor))) e.actor = parts.actor;
          e.contexts.add("claimed-responsibility");
        }
      } else target.contexts.add("attributed");
      if (target.sentence === s.index && anchorOf(target) > at) target.contexts.add("attribution-leads");
      target.rules.push(claim.row.id);
      continue;
    }
    // A claim or a blame with no attack word to attach to is an event of its own.
    const e = describeMention(doc, s, lex, claim, mentions, new Set());
    e.contexts.add("attribution-leads");
    if (claim.row.mode === "claim-responsibility") e.claimedBy = parts.actor;
    events.push(e);
  }
  events.sort((a, b) => anchorOf(a) - anchorOf(b));
}

/** Tokens before a claim's verb read for a denial ("no group had yet claimed": 4). */
const CLAIM_DENIAL_REACH_TOKENS = 4;

/**
 * "no group has claimed", "has not claimed", "nobody claimed": a negating cue of the modality lexicon
 * (mod:not, mod:nobody-undergoes ...) right before the claim, with no verb of its own between.
 */
function isDeniedClaim(s: SentenceView, lex: EventsLexicons, at: number): boolean {
  const found = findCueAt(s, lex.modalityIndex, at, CLAIM_DENIAL_REACH_TOKENS);
  if (!found || found.cue.value !== "negated") return false;
  for (let i = found.at + 1; i < at; i++) if (s.tokens[i]!.pos === "VERB") return false;
  return true;
}

/** An armed group of the actor layer: the party a claim of responsibility for an attack can come from ("He said no group had claimed" names none). */
function isArmedGroup(doc: Document, id: string | null): boolean {
  return id !== null && findAnnotation(doc, "actor", id)?.data.kind === "armed group";
}

/** A doer the text names only by a description no dictionary knows ("gunmen", "attackers"): an Unidentified Armed Group. */
function isUnnamedDoer(doc: Document, id: string): boolean {
  const a = findAnnotation(doc, "actor", id)?.data;
  return a !== undefined && !a.dictionaryId && a.partyType === "UAF";
}

/**
 * A demand inside reported speech with no stated actor is the speaker's ("an official said its
 * priorities were ... making sure the Taliban does not allow ..."). Only demands: a pledge or an
 * intention inside a quote may be someone else's ("the US decided that they will cooperate").
 */
function attributeDemandsToSpeakers(doc: Document, sentences: readonly SentenceView[], events: readonly EventMention[]): void {
  const quotes = layer(doc, "quote");
  if (quotes.length === 0) return;
  for (const e of events) {
    if (e.actor || e.modality !== "demanded") continue;
    const s = sentences.find((x) => x.index === e.sentence);
    const at = s?.spans[anchorOf(e)];
    if (!at) continue;
    // A deed on the ground demanded in a speaker's words is another's to do ("urged residents to join the flood
    // fight", "called on people to protest", "Macron called the explosion an attack"), unless a pronoun names
    // the doer, which may be the speaker ("asks me to deploy troops", "is pressing its military operations").
    if (PHYSICAL_TYPES.has(e.type) && !isPronounDoer(s!, findRolePhrases(s!, e.tokens).actor) && !hasPossessiveDeterminer(s!, anchorOf(e))) continue;
    const q = quotes.find((x) => x.start <= at.start && at.end <= x.end && x.data.speaker);
    if (q?.data.speaker) {
      e.actor = participantOf(doc, q.data.speaker);
      if (e.target === e.actor) e.target = null;
      e.rules.push("actor:quote-speaker");
    }
  }
}

/** A doer phrase that is a pronoun or a possessive determiner's ("me", "we", "its military operations"). */
function isPronounDoer(s: SentenceView, p: RolePhrase | null): boolean {
  return !!p && (s.tokens[p.head]!.pos === "PRON" || POSSESSIVE_DETERMINERS.has(s.tokens[p.first]!.normal));
}

/** "its military operations", "our raids": a possessive determiner opens the noun phrase the trigger at `anchor` heads (modifiers between). */
function hasPossessiveDeterminer(s: SentenceView, anchor: number): boolean {
  for (let i = anchor - 1; i >= 0 && anchor - i <= POSSESSOR_REACH_TOKENS; i--) {
    const t = s.tokens[i]!;
    if (POSSESSIVE_DETERMINERS.has(t.normal)) return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN") return false;
  }
  return false;
}
/** Modifiers between a possessive determiner and the trigger ("its [long] [military] operations"). */
const POSSESSOR_REACH_TOKENS = 3;
