import type { Document, EventData, EventMentionData, LayerAnnotation, RolePhraseData } from "../../core/index.js";
import { isEthnicGroupId, layer, type Span } from "../../core/index.js";
import { createOverlapIndex } from "../../core/overlap-index.js";
import { keep, mapped } from "../../core/keep.js";
import { findAnnotation } from "./find-annotation.js";
import { assignParticipants, otherListedSide, isLocative, mainCountryOfPlaces, type Participants, hasContentVerbBetween, participantOf, type ActorMention } from "./assign-arguments.js";
import { classifySource, classifyTarget, classOfActor, classOfVictims } from "./classify-parties.js";
import { DAMAGE_OF_EVENT_RULE, anchorOf, isTwoSidedClash, lastTokenOf, tellingsOf, toldOf, type EventMention, type ToldMention } from "./event-mention.js";
import { findCueAt, findCueBefore, findTriggers, NO_TOKENS, type TriggerMatch } from "./find-triggers.js";
import { BACKGROUND_WINDOW_TOKENS, DEFINITE_PREMODIFIER_TOKENS, MODALITY_WINDOW_TOKENS, PASSIVE_AGENT_WINDOW_TOKENS } from "./heuristics.js";
import { mergeCoreferentEvents } from "./merge-events.js";
import { absorbSettingEvents } from "./absorb-setting-events.js";
import { absorbLootingIntoAttacks } from "./absorb-looting-into-attacks.js";
import { foldAttackParts } from "./fold-attack-parts.js";
import { inferDatelineDate } from "./infer-dateline-date.js";
import { parseCasualties, readQuantityAt } from "./parse-casualties.js";
import { refineAcled } from "./refine-acled.js";
import { acledActorsOf, acledNameOfParty, civiliansOf, forceAmong, type AcledParty } from "./acled-actors.js";
import { ownerOfSite, ownerWordBefore, type SiteOwner } from "./site-owners.js";
import { findProtestParts, foldProtestCoding } from "./fold-policing-into-protests.js";
import { hasLowerCase } from "./participant-place.js";
import { COORDINATORS, QUOTE_MARK, conjunctsOf, eventNounDoer, findRolePhrases, hasEventNounDoer, isPrenominalParticiple, joinedReportingVerb, placeNounPhrase, sitePhrase, type RolePhrase } from "./find-role-phrases.js";
import { takeArrestersFromReporter } from "./reporting-force.js";
import { lendClauseSubjectsToAdjunctFights, lendDoersToAdjunctNouns, takeDoersFromAdjunctNouns } from "./adjunct-event-doer.js";
import { NOT_AN_EVENT, isArmedClass, isStateForceClass, type CueRow, type EventsLexicons } from "./resources.js";
import { viewSentences, type SentenceView } from "./sentence-view.js";
import { markHabitualPresent } from "./habitual-present.js";
import { CAUSE_PREPOSITIONS, lendDoersToCasualtyTellings } from "./casualty-doer.js";
import type { Modality } from "../../core/index.js";
import { hasPluralEnding } from "./plural-nouns.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { DEMONSTRATIVES, POSSESSIVE_DETERMINERS, POSSESSIVE_MARKS, THIRD_PERSON_POSSESSIVES } from "../../lexicons/grammar-words.js";
import { absorbDemandsIntoProtests, absorbPolicingIntoProtests } from "./absorb-into-protests.js";
import { attachCasualties, takeArrestersFromForceBefore, takeSidesFromDead } from "./attach-casualties.js";
import { attachPlacesAndDates, isDatelineStamp, opensSentence, placeOfAnotherPhrase } from "./attach-places-and-dates.js";
import { DocumentAttackRelations } from "./document-attack-relations.js";
import { type DocumentContext, type SentenceReadings, readDocumentContext } from "./document-context.js";
import { datesAgree, isKnownParty, maySameSide, placeSpecificity, placesAgree } from "./event-agreement.js";
import { COMMENT_TYPES, NO_WORDS, PHYSICAL_TYPES } from "./event-type-groups.js";
import { joinTellingWords, readDeathsByTheStory } from "./join-telling-words.js";
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

function toAnnotation(doc: Document, sentences: ReadonlyMap<number, SentenceView>, m: EventMention, i: number, dateline: string | null = null, forces?: Map<number, string>): LayerAnnotation<"event"> {
  const s = sentences.get(m.sentence)!;
  const tellings = mapped(m.told ?? [], (t) => ({ s: sentences.get(t.sentence)!, tokens: t.tokens }));
  const inferredDate = inferDatelineDate(m, s, dateline, tellings);
  if (inferredDate) m.rules.push(inferredDate.rule);
  const first = s.spans[anchorOf(m)]!;
  const last = s.spans[lastTokenOf(m)]!;
  const own = rolePhrasesOf(doc, s, m);
  const trigger = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
  // Coded before the data is built, so the data is made once with its coding, not copied to set it.
  const coded = acledCodingOf(doc, m.acled, own.actor, own.target, m.place, attackedSiteOwner(m, own, trigger, doc.text), isArmedClass(m.targetClass), actingForce(s, m, own, trigger, doc.text));
  const { force } = coded;
  const coding = codedAsCivilians(doc, coded.coding, own.targetPhrase, m.place);
  if (force && forces) forces.set(i, force);
  const data: EventData = {
    type: m.type,
    mode: m.mode,
    modality: m.modality,
    background: m.background,
    ...own,
    place: m.place,
    date: m.date,
    ...(inferredDate ? { inferredDate } : {}),
    geoPrecision: m.geoPrecision,
    fatalities: m.fatalities,
    injuries: m.injuries,
    evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
    trigger,
    cameo: m.row.cameo,
    acled: coding,
    claimedBy: m.claimedBy,
    contexts: [...m.contexts],
    ...mentionsOf(doc, sentences, m, own),
  };
  return { id: `v${i + 1}`, layer: "event", start: first.start, end: last.end, data, source: { stage: "events", rule: [...new Set(m.rules)].join("+") } };
}

/** The verb and the party words of an incident note's coding aside: "(coded as civilian)". */
const CODER_NOTE_VERBS: ReadonlySet<string> = EVENT_WORDS.get("coder-note-verbs");
const CODED_CIVILIAN_WORDS: ReadonlySet<string> = EVENT_WORDS.get("coded-civilian");
/** Characters after a target phrase read for its coding aside. */
const CODER_NOTE_REACH = 40;

/**
 * "killed a former ANDSF member (coded as civilian)": an incident note's coder says in brackets after the victims how
 * they are coded; the event's ACLED actor2 is then the civilians of the event's country, whatever the phrase names.
 */
function codedAsCivilians(doc: Document, coding: EventData["acled"], target: RolePhraseData | undefined, place: string | null): EventData["acled"] {
  if (!coding || !target) return coding;
  const after = doc.text.slice(target.end, target.end + CODER_NOTE_REACH).trimStart();
  if (!after.startsWith("(")) return coding;
  const close = after.indexOf(")");
  if (close < 0) return coding;
  const words = after.slice(1, close).trim().split(/\s+/);
  let k = 0;
  if (!CODER_NOTE_VERBS.has(words[k++]!.toLowerCase()) || words[k++]?.toLowerCase() !== "as") return coding;
  if (words[k] === "a" || words[k] === "an") k++;
  if (k !== words.length - 1 || !CODED_CIVILIAN_WORDS.has(words[k]!.toLowerCase())) return coding;
  const country = (place && findAnnotation(doc, "place", place)?.data.country) || countryOfPlaces(doc);
  const civilians = country ? civiliansOf(country) : null;
  if (!civilians) return coding;
  // A battle has armed parties on both sides: armed violence on civilians is an attack on them.
  return coding.eventType === "Battles" ? { ...coding, eventType: "Violence against civilians", subEventType: "Attack", actor2: civilians } : { ...coding, actor2: civilians };
}

/** Whose site an attack with no party named for its target struck (site-owners.ts), or "CVL" for civilian victims; null for any other event. */
function attackedSiteOwner(m: EventMention, own: RolePhrases, trigger: Span, text: string): SiteOwner | null {
  if (own.target || m.type !== "ASSAULT") return null;
  // "targeted a police station": in an attack, a target phrase no party fills may name whose site was attacked.
  // "warplanes bombed a market in Saada": a site right after the verb is its object, though read as the place.
  const objectSite = own.placePhrase && !own.targetPhrase && own.placePhrase.start >= trigger.end && /^\s*$/.test(text.slice(trigger.end, own.placePhrase.start)) ? own.placePhrase : null;
  const sitePhrase = own.targetPhrase ?? objectSite;
  // "shelled Nikopol, killing a woman": with no party named for the target, victims read as civilians are ACLED's "Civilians".
  return (sitePhrase ? ownerOfSite(sitePhrase) : null) ?? (m.targetClass === "civilians" ? "CVL" : null);
}

/** Types whose event noun a state force's owner word may name the doer of ("an army operation", "a police raid", "a police crackdown"). */
const FORCE_ACT_TYPES: ReadonlySet<string> = new Set(["ASSAULT", "COERCE"]);

/** The state force an owner word right before an act's noun names as its doer when no party is named for it ("an army operation": MIL), else null. */
function actingForce(s: SentenceView, m: EventMention, own: RolePhrases, trigger: Span, text: string): SiteOwner | null {
  // "police shootings" read with the police as undergoers: the word is not read twice, as doer too.
  if (own.actor || !FORCE_ACT_TYPES.has(m.type) || s.tokens[anchorOf(m)]!.pos !== "NOUN" || isStateForceClass(m.targetClass)) return null;
  return ownerWordBefore(text, trigger.start);
}

/** The event's ACLED type with its parties as ACLED writes them (acled-actors.ts), and the force among those parties (forceAmong). */
function acledCodingOf(doc: Document, acled: EventMention["acled"], actor: string | null, target: string | null, place: string | null, site: SiteOwner | null = null, armedTarget = false, doerSite: SiteOwner | null = null): { coding: EventData["acled"]; force: string | null } {
  if (!acled) return { coding: null, force: null };
  const targetParty = acledParty(doc, target);
  // "Turkish jets struck Kurdish militants": the words of the target phrase say its people were in arms.
  const parties = acledActorsOf(acled, acledParty(doc, actor), targetParty && armedTarget ? { ...targetParty, armed: true } : targetParty, (place && findAnnotation(doc, "place", place)?.data.country) || null, countryOfPlaces(doc), site, doerSite);
  if (!parties) return { coding: { ...acled }, force: null };
  const coding = {
    ...acled,
    actor1: acledNameOfParty(parties.actor1),
    ...(parties.assocActor1 ? { assocActor1: acledNameOfParty(parties.assocActor1)! } : {}),
    actor2: acledNameOfParty(parties.actor2),
    ...(parties.conventions.length > 0 ? { conventions: parties.conventions } : {}),
  };
  return { coding, force: forceAmong(parties) };
}

/** Per document, the country most of its places lie in (first named on a tie, no bar: ACLED names every party's country), or null with none. */
const placesCountry = new WeakMap<object, string | null>();
function countryOfPlaces(doc: Document): string | null {
  const places = layer(doc, "place");
  if (!placesCountry.has(places)) placesCountry.set(places, mainCountryOfPlaces(places, {}));
  return placesCountry.get(places)!;
}

/** An event's participant (an actor, or an entity no actor took) as a party to ACLED's coding. */
function acledParty(doc: Document, id: string | null): AcledParty | null {
  if (!id) return null;
  const a = findAnnotation(doc, "actor", id)?.data;
  if (a) return { name: a.name, acledName: a.acledName ?? null, partyType: a.partyType ?? null, country: a.country, ...(isEthnicGroupId(a.dictionaryId) ? { ethnic: true } : {}) };
  const e = findAnnotation(doc, "entity", id);
  return e ? { name: doc.text.slice(e.start, e.end) } : null;
}

/** Per document, the actor mentions in an overlap index with the participant each stands for (a scan per event was quadratic). */
const owners = new WeakMap<object, MentionOwners>();
interface MentionOwners {
  at(start: number, end: number): string[];
  /** The participant of the earliest mention overlapping the span, or null. */
  firstAt(start: number, end: number): string | null;
}
function mentionOwners(doc: Document): MentionOwners {
  const actors = layer(doc, "actor");
  let found = owners.get(actors);
  if (!found) {
    const spans: Span[] = [];
    const ids: string[] = [];
    for (const a of actors) {
      const id = participantOf(doc, a.id);
      for (const m of a.data.mentions) { spans.push(m); ids.push(id); }
    }
    const index = createOverlapIndex(spans);
    found = {
      at: (start, end) => index.overlapping(start, end).map((k) => ids[k]!),
      firstAt: (start, end) => {
        let best = -1;
        for (const k of index.overlapping(start, end)) if (best < 0 || spans[k]!.start < spans[best]!.start) best = k;
        return best < 0 ? null : ids[best]!;
      },
    };
    owners.set(actors, found);
  }
  return found;
}

/** Whether a role phrase holds a mention of the participant `id`. (Module functions rather than closures per event: see overlap-index.ts.) */
/** Whether the participant has a mention in the sentence before token `at` (its own, or one of a person acting for it). */
function namedBefore(doc: Document, s: SentenceView, id: string, at: number): boolean {
  return at > 0 && mentionOwners(doc).at(s.start, s.spans[at - 1]!.end).includes(id);
}

function phraseHolds(doc: Document, s: SentenceView, p: RolePhrase | null | undefined, id: string | null): boolean {
  return !!p && !!id && (mentionOwners(doc).at(s.spans[p.first]!.start, s.spans[p.last]!.end).includes(id) || namedHolds(doc, s, p, id) || memberOfHolds(doc, s, p, id) || carriedHolds(doc, s, p, id));
}

/** Words that link a carrier noun to the people it holds ("a convoy of", "a bus carrying", "a camp for"). */
const CARRIER_LINKS: ReadonlySet<string> = EVENT_WORDS.get("carrier-links");
/** Tokens after the link that may name the people a carrier holds ("of [gold miners]", "for [internally displaced people]"). */
const CARRIED_PEOPLE_REACH = 3;

/**
 * "ambushed a convoy of gold miners", "a bomb struck a bus carrying pilgrims", "air strikes on a camp for
 * displaced people": a phrase headed by a vehicle, column or shelter (sense-classes.tsv carrier) names, after
 * its link word, the people it holds, at whom the attack was aimed. The tokens that may name them, or null.
 */
function carriedSpan(s: SentenceView, p: RolePhrase): readonly [number, number] | null {
  return spanAfterLink(s, p, CARRIER_LINKS, s.carriers, CARRIED_PEOPLE_REACH);
}

function carriedHolds(doc: Document, s: SentenceView, p: RolePhrase, id: string): boolean {
  return spanHolds(doc, s, carriedSpan(s, p), id);
}

/** The participant the people a carrier phrase holds stand for ("a convoy of [traders]"), or null. */
function carriedParticipant(doc: Document, s: SentenceView, p: RolePhrase, other: string | null): string | null {
  const span = carriedSpan(s, p);
  if (!span) return null;
  const id = mentionOwners(doc).firstAt(s.spans[span[0]]!.start, s.spans[span[1]]!.end);
  return id && id !== other ? id : null;
}

/** Tokens after "members of" that may hold the party's name ("the Kurdish-led SDF"). Unit: tokens. */
const MEMBERS_OF_NAME_REACH = 3;

/**
 * "three suspected members of the New People's Army", "fighters from Popular Committees": a phrase
 * headed by a member noun holds the party named right after its "of" or "from", whose members it counts.
 */
function memberOfHolds(doc: Document, s: SentenceView, p: RolePhrase, id: string): boolean {
  return spanHolds(doc, s, memberOfSpan(s, p), id);
}

/** Whether a mention of `id` lies in the tokens (first, last) of the sentence. */
function spanHolds(doc: Document, s: SentenceView, span: readonly [number, number] | null, id: string): boolean {
  return !!span && mentionOwners(doc).at(s.spans[span[0]]!.start, s.spans[span[1]]!.end).includes(id);
}

/** The tokens (first, last) that may name the party a member-noun phrase counts ("members of the Taliban"), or null. */
function memberOfSpan(s: SentenceView, p: RolePhrase): readonly [number, number] | null {
  return spanAfterLink(s, p, MEMBER_LINKS, s.members, MEMBERS_OF_NAME_REACH);
}
const MEMBER_LINKS: ReadonlySet<string> = new Set(["of", "from"]);

/**
 * The tokens after a phrase headed by a word of `heads`, past one of its link words, that may name the
 * party the head stands for ("members [of] the Taliban", "a convoy [of] gold miners"), or null.
 */
function spanAfterLink(s: SentenceView, p: RolePhrase, links: ReadonlySet<string>, heads: ReadonlySet<string> | undefined, reach: number): readonly [number, number] | null {
  const link = s.words[p.last + 1];
  if (!link || !links.has(link) || !heads?.has(s.words[p.head]!) || p.last + 2 >= s.spans.length) return null;
  return [p.last + 2, Math.min(p.last + 1 + reach, s.spans.length - 1)];
}

/** Whether the name a description stands beside ("Abu Jandal, an ISIL gang leader") holds a mention of `id`. */
function namedHolds(doc: Document, s: SentenceView, p: RolePhrase, id: string): boolean {
  return !!p.named && mentionOwners(doc).at(s.spans[p.named.first]!.start, s.spans[p.named.head]!.end).includes(id);
}

/** A role phrase's data, with the other items of its list; beside a canonical actor `id`, only a phrase that holds one of its mentions. */
function rolePhraseData(doc: Document, s: SentenceView, p: RolePhrase | null, id: string | null): RolePhraseData | undefined {
  if (!p) return undefined;
  const start = s.spans[p.first]!.start;
  const end = s.spans[p.last]!.end;
  // "the maiming of men, women and children": the list's other items are more participants in the role
  // (none for the sides of "a battle between troops and terrorists", each its own role).
  const items = p.alone ? [] : conjunctsOf(s, p);
  // Beside a canonical actor, the phrase is kept only as that actor's words in this clause
  // ("more than two dozen Syrian pro-regime fighters" for Syrians): it, or an item of its list
  // ("Taliban gunmen and suicide bombers"), must hold one of its mentions.
  if (id && !mentionOwners(doc).at(start, end).includes(id) && !namedHolds(doc, s, p, id) && !memberOfHolds(doc, s, p, id) && !items.some((q) => phraseHolds(doc, s, q, id)) && !phraseHolds(doc, s, p.antecedent ?? null, id)) return undefined;
  // "Soldiers and police officers arrested": the item that holds the canonical actor ("Soldiers") is the actor's
  // own words; the phrase read before the verb ("police officers") is then one more item of the list.
  const own = id && items.length && !mentionOwners(doc).at(start, end).includes(id) ? items.find((q) => phraseHolds(doc, s, q, id)) : undefined;
  const main = own ?? p;
  const conjuncts = mapped(own ? [p, ...items.filter((q) => q !== own)] : items, (q) => phraseData(doc, s, q));
  // "she" with "A woman" before it: the words the pronoun stands for, another mention of the participant.
  const antecedent = p.antecedent ? phraseData(doc, s, p.antecedent) : undefined;
  return { ...phraseData(doc, s, main), ...(conjuncts.length ? { conjuncts } : {}), ...(antecedent ? { antecedent } : {}) };
}

/**
 * The clause's words for a doer or undergoer no canonical actor fills (find-role-phrases.ts), and
 * the target as the clause leaves it (a canonical target the clause's undergoer does not hold is dropped).
 */
/**
 * Whether a party no dictionary row names is only ever written as a town, district or province the places stage
 * resolved, and is this event's place ("shelled Nikopol" with "Nikopol" tagged as an organisation).
 */
function isPlaceReadAsParty(doc: Document, actorId: string, placeId: string): boolean {
  const a = findAnnotation(doc, "actor", actorId);
  const p = findAnnotation(doc, "place", placeId);
  if (!a || !p || a.start !== p.start || a.end !== p.end || a.data.dictionaryId || p.data.kind === "country" || p.data.resolution === "enclosing") return false;
  const places = layer(doc, "place");
  return (a.data.mentions?.length ? a.data.mentions : [a]).every((x) => places.some((q) => q.start === x.start && q.end === x.end));
}

/** Whether a country actor has a mention in the possessive right before the noun phrase a trigger opens or heads ("Iran's mass protests"). */
function isCountryPossessorOf(doc: Document, s: SentenceView, actorId: string, anchor: number): boolean {
  const a = findAnnotation(doc, "actor", actorId);
  if (!a || a.data.kind !== COUNTRY_ACTOR_KIND) return false;
  let i = anchor - 1;
  while (i >= 0 && POSSESSED_NOUN_MODIFIERS.has(s.tokens[i]!.pos)) i--;
  if (i < 1 || !POSSESSIVE_MARKS.has(s.words[i]!)) return false;
  const end = s.spans[i - 1]!.end;
  return (a.data.mentions?.length ? a.data.mentions : [a]).some((x) => x.end === end);
}
const PROTEST_TYPE = "PROTEST";
const COUNTRY_ACTOR_KIND = "country";
/** Parts of speech between a possessive and the noun it possesses ("Venezuela's political protests"). */
const POSSESSED_NOUN_MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "NUM"]);

/** An event's or telling's participants and the phrases that name them (rolePhrasesOf). */
type RolePhrases = Pick<EventData, "actorPhrase" | "targetPhrase" | "placePhrase" | "actor" | "target" | "victims">;

function rolePhrasesOf(doc: Document, s: SentenceView, m: { readonly actor: string | null; readonly target: string | null; readonly tokens: readonly number[]; readonly listedSide?: boolean; readonly victimPhrase?: RolePhrase; readonly deadPhrase?: RolePhrase; readonly injuredPhrase?: RolePhrase; readonly place?: string | null; readonly type: string }): RolePhrases {
  const found = findRolePhrases(s, m.tokens);
  // "concluded the aircraft was destroyed by a missile": the undergoer the clause names (the object,
  // a passive's subject) outranks a name merely nearest the trigger by word order; the name stays
  // the target only where the clause's phrase holds it, or where it was read from the victims.
  // An item of the phrase's list holds it too ("Two soldiers and a policeman were killed": the soldiers, named first).
  // "Iran and Saudi Arabia signed an agreement": the other side of a joint act is read from the subject's list, not from its object.
  const listedSide = readsListedSide(m);
  // The doer and undergoer as read so far, in two locals: copies of `m` ({ ...m, target }) made objects of
  // a map V8 had not met in every function that read them, and deoptimised this one again and again.
  let actor = m.actor;
  let target = m.target;
  if (found.target && target && !listedSide && !phraseHolds(doc, s, found.target, target) && !phraseHolds(doc, s, m.victimPhrase, target) && !(found.target.alone ? [] : conjunctsOf(s, found.target)).some((q) => phraseHolds(doc, s, q, target))) target = null;
  if (actor && namesTheEvent(doc, s, actor, m.tokens[0]!)) actor = null;
  // "Abu Jandal al-Kuwaiti, an ISIL gang leader in Raqqah was struck and killed": the name stands
  // in another clause than the verb (a comma opens one), out of reach of the clause's names, but
  // the role phrase the clause reads is headed by it: its actor fills the role left empty.
  // The name outranks its description ("X, a senior commander in Mosul was shot": X, not "senior commander").
  const undergoer = found.target ?? m.victimPhrase;
  if (undergoer && (!target || undergoer.named)) target = actorHeading(doc, s, undergoer, actor) ?? target;
  if (!target && found.target) target = carriedParticipant(doc, s, found.target, actor);
  if (found.actor && (!actor || found.actor.named) && !namesTheEventAt(doc, s, found.actor, m.tokens[0]!)) actor = actorHeading(doc, s, found.actor, target) ?? actor;
  // "Biden will meet Xi on the sidelines of the G20 summit": a meeting's side read from the sentence at large (the
  // symmetric reading of assign-arguments) that the clause's subject phrase does not hold, named only after the
  // trigger, is no side of it; the subject is.
  if (actor && found.actor && m.type === "CONSULT" && !phraseHolds(doc, s, found.actor, actor) && !namedBefore(doc, s, actor, m.tokens[0]!)) actor = actorHeading(doc, s, found.actor, target);
  // "The FBI announced that its investigation ...": a pronoun left unnamed is the participant its antecedent names.
  if (!target && undergoer?.antecedent) target = actorHeading(doc, s, undergoer.antecedent, actor);
  if (!actor && found.actor?.antecedent && !namesTheEventAt(doc, s, found.actor.antecedent, m.tokens[0]!)) actor = actorHeading(doc, s, found.actor.antecedent, target);
  // "the deadliest attack by a gunman ... the terrorist": one party is not both sides of its own deed;
  // the doer the clause read stays, the target it would also fill is left open.
  // "Clashes between rival tribes": a phrase naming both sides is the doer and the undergoer at once.
  if (found.actor?.mutual && found.target?.mutual) { if (actor) target = actor; else actor = target; }
  else if (target && target === actor) target = null;
  // "Russian forces shelled Nikopol": a town the tagger read as an organisation, resolved as the event's place, is where it struck, no party.
  if (target && m.place && isPlaceReadAsParty(doc, target, m.place)) target = null;
  // "Venezuela's political protests", "Iran's protests": a country's possessive before a protest's noun says whose
  // land the protests are in; the state is no demonstrator.
  const possessorLand = !!actor && m.type === PROTEST_TYPE && isCountryPossessorOf(doc, s, actor, m.tokens[0]!);
  if (possessorLand) actor = null;
  const actorPhrase = possessorLand ? undefined : rolePhraseData(doc, s, found.actor, actor);
  const partyTarget = found.target && !target && PARTY_TARGET_TYPES.has(m.type) && namesContent(s, found.target) ? null : found.target;
  const targetPhrase = rolePhraseData(doc, s, partyTarget, target) ?? rolePhraseData(doc, s, m.victimPhrase ?? null, target);
  const placePhrase = placePhraseOf(doc, s, m.place ?? null) ?? rolePhraseData(doc, s, sitePhraseOf(s, m), null);
  // With the other items of their lists ("eight women, a 10-year-old girl and four men injured").
  const dead = rolePhraseData(doc, s, m.deadPhrase ?? null, null);
  const injured = rolePhraseData(doc, s, m.injuredPhrase ?? null, null);
  const victims = dead || injured ? { ...(dead ? { dead } : {}), ...(injured ? { injured } : {}) } : undefined;
  return { actor, target, ...(actorPhrase ? { actorPhrase } : {}), ...(targetPhrase ? { targetPhrase } : {}), ...(placePhrase ? { placePhrase } : {}), ...(victims ? { victims } : {}) };
}

/**
 * The site phrase of an event with no place phrase; a comment's only as a place name would be its place
 * (placeOfAnotherPhrase: "ordered the departure of ... staff at its embassy").
 */
function sitePhraseOf(s: SentenceView, m: { readonly tokens: readonly number[]; readonly type: string }): RolePhrase | null {
  const site = sitePhrase(s, m.tokens, PHYSICAL_TYPES.has(m.type));
  return site && COMMENT_TYPES.has(m.type) && placeOfAnotherPhrase(s, m.tokens, site.first, new Set(m.tokens)) ? null : site;
}

/**
 * Acts aimed at a party (asking, threatening, protesting, accusing or investigating someone): their
 * undergoer is a person, group or institution. "The Pope urged reconciliation", "demanding repayment",
 * "protests over the election", "investigating cyberintrusions": what is asked, threatened, protested
 * or alleged is the act's content, not its target.
 */
const PARTY_TARGET_TYPES: ReadonlySet<string> = new Set(["REQUEST", "THREATEN", "PROTEST", "ACCUSE"]);

/**
 * A role phrase no canonical actor fills whose head is an abstract noun (an ending of
 * content-noun-endings.tsv, a plural -s allowed), unless the word is one for people or a body of them
 * (the member, collective and generic-people classes: "government", "coalition", "opposition").
 */
function namesContent(s: SentenceView, p: RolePhrase): boolean {
  const head = s.words[p.head]!.toLowerCase();
  if (s.tokens[p.head]!.pos === "PROPN" || s.members?.has(head) || s.collectives?.has(head) || s.genericPeople?.has(head)) return false;
  const singular = head.endsWith("s") ? head.slice(0, -1) : head;
  return (s.contentNounEndings ?? []).some((e) => head.endsWith(e) || singular.endsWith(e));
}

/**
 * The participant a role phrase's head names, unless it is `other` (the event's other role): the
 * earliest mention over the name the head ends ("Abu Jandal al-Kuwaiti": Abu Jandal, not the
 * demonym in "al-Kuwaiti"), or the one mention over a common noun head; else null.
 */
function actorHeading(doc: Document, s: SentenceView, p: RolePhrase, other: string | null): string | null {
  const lowest = p.named?.first ?? p.first;
  const head = p.named?.head ?? p.head;
  let first = head;
  if (s.tokens[head]!.pos === "PROPN") while (first > lowest && (s.tokens[first - 1]!.pos === "PROPN" || s.words[first - 1] === "-")) first--;
  const id = mentionOwners(doc).firstAt(s.spans[first]!.start, s.spans[head]!.end);
  return id && id !== other ? id : null;
}

/** Whether the phrase's head names the event rather than its doer ("the Boston Marathon bombing"). */
function namesTheEventAt(doc: Document, s: SentenceView, p: RolePhrase, anchor: number): boolean {
  const head = s.spans[p.named?.head ?? p.head]!;
  return mentionOwners(doc).at(head.start, head.end).some((id) => namesTheEvent(doc, s, id, anchor));
}

/** The longest bracketed name read after a doer phrase ("[Farabundo Marti National Liberation Front]": 5). Unit: tokens. */
const BRACKETED_NAME_MAX_TOKENS = 8;

/** A role phrase's words and head word, in offsets of the text. */
function phraseData(doc: Document, s: SentenceView, p: RolePhrase): { start: number; end: number; text: string; head: string } {
  const start = s.spans[p.first]!.start;
  const end = s.spans[p.last]!.end;
  return { start, end, text: doc.text.slice(start, end), head: doc.text.slice(s.spans[p.head]!.start, s.spans[p.head]!.end) };
}

/**
 * "the Boston Marathon bombing", "the Bloody Friday attacks", "the Cafetería Rolando bombing": a name
 * the entity tagger alone calls an organisation (no dictionary entry), right before an event noun,
 * names the event (after its place, day or target), not its doer. Armed groups, forces and
 * countries from the dictionary ("Taliban attack", "Israeli airstrikes") stay doers.
 */
function namesTheEvent(doc: Document, s: SentenceView, actorId: string, anchor: number): boolean {
  if (anchor === 0 || s.tokens[anchor]!.pos !== "NOUN") return false;
  const before = s.spans[anchor - 1]!;
  if (!mentionOwners(doc).at(before.start, before.end).includes(actorId)) return false;
  const a = findAnnotation(doc, "actor", actorId);
  return !!a && a.data.kind === "organisation" && a.source.rule.startsWith(TAGGER_ONLY_RULE);
}
/** The actors stage's rule for an actor made from an entity the tagger found and no dictionary knows. */
const TAGGER_ONLY_RULE = "entity:";

/** The noun phrase the event's place name modifies in this sentence ("the busy Oxford Street bus station"), if it does. */
function placePhraseOf(doc: Document, s: SentenceView, placeId: string | null): RolePhraseData | undefined {
  const place = placeId ? findAnnotation(doc, "place", placeId) : undefined;
  if (!place || place.start < s.start || place.end > s.end) return undefined;
  const first = s.spans.findIndex((t) => t.end > place.start);
  let last = first;
  while (last + 1 < s.spans.length && s.spans[last + 1]!.start < place.end) last++;
  if (first < 0) return undefined;
  const p = placeNounPhrase(s, first, last);
  if (!p) return undefined;
  const start = s.spans[p.first]!.start;
  const end = s.spans[p.last]!.end;
  return { start, end, text: doc.text.slice(start, end), head: doc.text.slice(s.spans[p.head]!.start, s.spans[p.head]!.end) };
}

/**
 * Whether a count's words include one of a telling's words. Made by a module function returning an anonymous
 * arrow: under the bundler's keepNames (and tsx) a closure bound to a name costs a defineProperty per call.
 */
function saidByTest(doc: Document, sentences: ReadonlyMap<number, SentenceView>): (count: ToldMention["fatalities"], t: ToldMention) => boolean {
  return (count, t) => {
    if (count === null) return false;
    const s = sentences.get(t.sentence)!;
    const words = t.tokens.map((k) => doc.text.slice(s.spans[k]!.start, s.spans[k]!.end).toLowerCase());
    return words.some((w) => count.text.toLowerCase().split(/\s+/).includes(w));
  };
}

/**
 * "A bomb killed 12 people": the toll was read at "killed", so that telling carries it, not the
 * bomb's, when both words are tellings of the event in one sentence; so does a death word ("died",
 * "shot dead") of the toll's sentence.
 */
function creditTollsToTheirWords(doc: Document, sentences: ReadonlyMap<number, SentenceView>, told: readonly ToldMention[]): ToldMention[] {
  const out = mapped(told, (t) => t);
  const saidBy = saidByTest(doc, sentences);
  for (const key of ["fatalities", "injuries"] as const) {
    out.forEach((u, k) => {
      const count = u[key];
      if (!count || u.deathWord) return;
      // "A bomb exploded in X. Two people died.": the toll read in the next sentence belongs to the telling there.
      const told = u.tollSentence?.[key];
      if (told !== undefined) {
        // A death word ("nine people were dead and 130 more were injured") tells the deaths, not the injuries.
        const there = out.findIndex((t) => t !== u && t.sentence === told && t[key] === null && !(key === "injuries" && t.deathWord));
        if (there >= 0) { out[there] = { ...out[there]!, [key]: count }; out[k] = { ...out[k]!, [key]: null }; return; }
      }
      // "Scores died in the attacks", "a man was shot dead": the death word of the toll's sentence tells the deaths.
      const byDeathWord = key === "fatalities" ? out.findIndex((t) => t !== u && t.sentence === u.sentence && t[key] === null && t.deathWord === true) : -1;
      const j = byDeathWord >= 0 ? byDeathWord : saidBy(count, u) ? -1 : out.findIndex((t) => t !== u && t.sentence === u.sentence && t[key] === null && saidBy(count, t));
      if (j < 0) return;
      out[j] = { ...out[j]!, [key]: count };
      out[k] = { ...out[k]!, [key]: null };
    });
  }
  return out;
}

/**
 * Two tellings of one event in one sentence tell it at one place: "a Moroccan pilot died when his
 * F-16 crashed in the north Yemen governorate of Saada" -- the death, told in another clause than the
 * place, was in Saada too. A telling with no place of its own takes the place another telling of its
 * sentence gave (never a place borrowed from a scene or dateline, which tellings do not carry).
 */
function sharePlacesInSentences(told: readonly ToldMention[]): readonly ToldMention[] {
  return mapped(told, (t) => {
    if (t.place) return t;
    const placed = told.find((o) => o !== t && o.sentence === t.sentence && o.place);
    return placed ? { ...t, place: placed.place } : t;
  });
}

/**
 * Every telling of the event with its own evidence, and which of them gave the toll: a reader who
 * doubts "12 killed" finds the sentence that said it, even when another sentence carries the event.
 */
function mentionsOf(doc: Document, sentences: ReadonlyMap<number, SentenceView>, m: EventMention, own: RolePhrases): Pick<EventData, "mentions" | "fatalitiesFrom" | "injuriesFrom"> {
  const told: readonly ToldMention[] = sharePlacesInSentences(creditTollsToTheirWords(doc, sentences, m.told ?? mapped(tellingsOf(m), toldOf)));
  const mentions: EventMentionData[] = told.map((t) => {
    const s = sentences.get(t.sentence)!;
    const first = s.spans[t.tokens[0]!]!;
    const last = s.spans[t.tokens[t.tokens.length - 1]!]!;
    return {
      trigger: { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) },
      evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
      type: t.type,
      mode: t.mode,
      place: t.place,
      date: t.date,
      fatalities: t.fatalities,
      injuries: t.injuries,
      rule: t.rule,
      // The event's own telling, read as the event was (most events have no other), reads the same phrases.
      ...(readsAsEvent(t, m) ? own : rolePhrasesOf(doc, s, t)),
    };
  });
  const f = m.fatalities ? told.findIndex((t) => t.fatalities === m.fatalities) : -1;
  const i = m.injuries ? told.findIndex((t) => t.injuries === m.injuries) : -1;
  return { mentions, ...(f >= 0 ? { fatalitiesFrom: f } : {}), ...(i >= 0 ? { injuriesFrom: i } : {}) };
}

/**
 * Whether rolePhrasesOf reads telling `t` as it reads event `m`: the same words of the same sentence, with the
 * same participants, victim phrases, place and type (the only fields it reads). A telling whose place was
 * dropped (borrowed from a scene: toldOf) or shared from another telling differs, and is read apart.
 */
function readsAsEvent(t: ToldMention, m: EventMention): boolean {
  return t.sentence === m.sentence && sameTokens(t.tokens, m.tokens) && t.type === m.type && t.actor === m.actor && t.target === m.target && (t.place ?? null) === (m.place ?? null) &&
    t.victimPhrase === m.victimPhrase && t.deadPhrase === m.deadPhrase && t.injuredPhrase === m.injuredPhrase && readsListedSide(t) === readsListedSide(m);
}

/** Whether a reading took its second party from the subject's list ("X and Y met"), by its provenance. */
function readsListedSide(m: { readonly listedSide?: boolean }): boolean {
  return m.listedSide === true;
}

function sameTokens(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((t, i) => t === b[i]));
}
