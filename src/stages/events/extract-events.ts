import type { Document, LayerAnnotation } from "../../core/index.js";
import { flatMapped, keep } from "../../core/keep.js";
import { findAnnotation } from "./find-annotation.js";
import type { ActorMention } from "./assign-arguments.js";
import { classOfVictims } from "./classify-parties.js";
import { REPORT_DATE_RULE, anchorOf, type EventMention } from "./event-mention.js";
import { mergeCoreferentEvents } from "./merge-events.js";
import { absorbFiresOfAttacks, absorbSettingEvents } from "./absorb-setting-events.js";
import { absorbLootingIntoAttacks } from "./absorb-looting-into-attacks.js";
import { foldAttackParts } from "./fold-attack-parts.js";
import { refineAcled } from "./refine-acled.js";
import { forceAmong } from "./acled-actors.js";
import { findProtestParts, foldProtestCoding } from "./fold-policing-into-protests.js";
import { takeArrestersFromReporter } from "./reporting-force.js";
import type { EventsLexicons } from "./resources.js";
import { viewSentences, type SentenceView } from "./sentence-view.js";
import { markHabitualPresent } from "./habitual-present.js";
import { markDisplacementTotals, markOngoingSince } from "./ongoing-since.js";
import { lendDoersToCasualtyTellings } from "./casualty-doer.js";
import { absorbDemandsIntoProtests, absorbPolicingIntoProtests } from "./absorb-into-protests.js";
import { attachCasualties, takeArrestersFromForceBefore, takeSidesFromDead } from "./attach-casualties.js";
import { datesAReport, opensSentence } from "./attach-places-and-dates.js";
import { attachClaims, attributeDemandsToSpeakers, markClaimedTolls } from "./claims-and-speakers.js";
import { DocumentAttackRelations } from "./document-attack-relations.js";
import { type DocumentContext, type SentenceReadings, readDocumentContext } from "./document-context.js";
import { datesAgree, isCalendarDay, isKnownParty, isSameDayOrDayAfter, isSameParty, longBeforeReport, maySameSide, namesUnidentifiedGroup, placeSpecificity, placesAgree } from "./event-agreement.js";
import { acledParty, toAnnotation } from "./event-annotation.js";
import { COMMENT_TYPES, PHYSICAL_TYPES, STANCE_TYPES, TENSE_READ_TYPES, UNAIMED_TYPES } from "./event-type-groups.js";
import { joinTellingWords, readDeathsByTheStory } from "./join-telling-words.js";
import { isAnchored } from "./mark-background-and-scope.js";
import { readSentences } from "./read-sentence.js";
import { dateAtScenes, dateFromRetoldDoers, datelinePlace, datesOwnDay, dropRestatedReferences, markCountedBack, placeAtDateline, placeAtScenes, placeAtStoryTown, shiftsTime, splitByPlace } from "./scene-places-and-dates.js";

const NO_REPORT_VERBS: ReadonlySet<string> = new Set();

/** SITREP_DEBUG_EVENTS=1 prints the mentions to stderr; read once (a read of process.env per document costs a call into the runtime). */
const DEBUG_EVENTS = !!process.env.SITREP_DEBUG_EVENTS;

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
  markHabitualPresent(sentences, perSentence, TENSE_READ_TYPES);
  // A standing accusation in the simple present ("Islamabad accuses Kabul of sheltering TTP fighters"); not a speaker's own
  // present ("we accuse the army"), which is the speech act itself.
  markHabitualPresent(sentences, perSentence, STANCE_TYPES, true);
  markOngoingSince(sentences, perSentence, context.dates, (id) => longBeforeReport(doc, id, context.reportDay), TENSE_READ_TYPES, context.relativeWords.pronouns);
  markDisplacementTotals(sentences, perSentence, context.dates);
  // Only events that stand on their own words get a scene: a place from context never makes an event.
  placeAtScenes(doc.text, sentences, perSentence, context.places);
  refineSentenceEvents(doc, sentences, perSentence, context.protestCauses, context.actorMentions);

  if (DEBUG_EVENTS) for (const m of perSentence.flat()) console.error(`${m.sentence} ${m.type} ${m.row.id} ${m.modality} ${m.tokens} a=${m.actor} t=${m.target} p=${m.place} d=${m.date} sc=${m.sourceClass} tc=${m.targetClass} cb=${m.claimedBy} dead=${m.fatalities?.min} acled=${m.acled?.subEventType}`);
  markLongBeforeReport(doc, perSentence, context.reportDay);
  const dateline = foldWithinDocument(doc, sentences, perSentence, context);
  const byIndex = new Map(sentences.map((s) => [s.index, s] as const));
  const events = mergeAndPlace(doc, sentences, perSentence, context, byIndex, dateline);
  return toAnnotations(doc, events, byIndex, context);
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
    // "... attacked an army post near Fizi on Monday. The Sinaloa Cartel killed four police officers in Culiacan on Tuesday.": a
    // killing someone did (a finite verb's subject, not a participle's) on a day of its own, not the day of the event
    // before, is another happening too.
    perSentence[k] = attachCasualties(s, lex, perSentence, k, casualtiesPerSentence[k]!, actorMentions[s.index] ?? [], (e, heir) => (e.place !== null && heir.place !== null && !placesAgree(doc, e.place, heir.place)) || (scene !== null && e.date === scene && (heir.date === null || !datesAgree(doc, scene, heir.date))) || (e.actor !== null && e.voice === "active" && !s.words[anchorOf(e)]!.endsWith("ing") && e.actor !== heir.actor && e.date !== null && heir.date !== null && !datesAgree(doc, e.date, heir.date)), shifted, (a, b) => findAnnotation(doc, "place", b)?.data.kind === "country" && placeSpecificity(doc, a) > placeSpecificity(doc, b));
    if (shifted) markCountedBack(s, perSentence[k]!, durations[s.index] ?? []);
    for (const e of perSentence[k]!) if (e.row.mutual && !e.actor && e.deadPhrase && e.sentence === s.index) takeSidesFromDead(doc, s, actorMentions[s.index] ?? [], e, e.deadPhrase);
    attachClaims(doc, s, lex, perSentence[k]!, attributionsPerSentence[k]!, actorMentions[s.index] ?? [], perSentence[k - 1] ?? []);
    markClaimedTolls(s, perSentence[k]!, actorMentions[s.index] ?? []);
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
    // "A cyclone slammed into southern Bangladesh", "Cyclone Mocha made landfall": what a disaster strikes is its place
    // (attach-places-and-dates.ts), a storm's name no one it hit; nothing it does is aimed at a party.
    for (const e of perSentence[k]!) if (UNAIMED_TYPES.has(e.type)) { e.target = null; e.targetClass = null; }
    takeArrestersFromReporter(doc, s, perSentence[k]!, actorMentions[s.index] ?? []);
    takeArrestersFromForceBefore(perSentence[k]!, perSentence[k - 1] ?? [], (a, b) => placesAgree(doc, a, b));
    refineAcled(s, perSentence[k]!, nearby, [sentences[k - 1], sentences[k + 1]].filter((x): x is SentenceView => x !== undefined), protestCauses);
  });
}

/** Events dated by their own words long before the report (longBeforeReport): no lead dated only by its report tells them. */
function markLongBeforeReport(doc: Document, perSentence: readonly EventMention[][], reportDay: string | null): void {
  if (reportDay === null) return;
  for (const list of perSentence) for (const e of list) if (e.date !== null && !e.rules.includes(REPORT_DATE_RULE) && longBeforeReport(doc, e.date, reportDay)) e.longBeforeReport = true;
}

/** Events that are parts of others folded into them across the article; returns the dateline's place. */
function foldWithinDocument(doc: Document, sentences: readonly SentenceView[], perSentence: EventMention[][], context: DocumentContext): ReturnType<typeof datelinePlace> {
  const { places, reportDay } = context;
  absorbPolicingIntoProtests(perSentence);
  absorbDemandsIntoProtests(perSentence);
  absorbLootingIntoAttacks(perSentence, sentences, (a, b) => placesAgree(doc, a, b));
  absorbSettingEvents(perSentence, sentences);
  absorbFiresOfAttacks(perSentence, sentences);
  const opening = sentences.find((s) => s.opening);
  const dateline = datelinePlace(opening, places[opening?.index ?? -1] ?? []);
  // The dateline's town is where the story was filed, a guess at the scene that the lead's "a village in northeastern Nigeria" does not confirm.
  foldAttackParts(perSentence, sentences, new DocumentAttackRelations(doc, reportDay, dateline?.id));
  return dateline;
}

/** The article's events: tellings of one happening merged, split by place, and placed and dated at their scenes. */
function mergeAndPlace(doc: Document, sentences: readonly SentenceView[], perSentence: readonly EventMention[][], context: DocumentContext, byIndex: ReadonlyMap<number, SentenceView>, dateline: ReturnType<typeof datelinePlace>): EventMention[] {
  const { dates, durations, reportDay } = context;
  // One flat list for the three readers below: none of them changes which events a sentence holds.
  const all = flatMapped(perSentence, (list) => list);
  attributeDemandsToSpeakers(doc, sentences, all);
  // After claims gave the event nouns their doers ("X claimed the bombing that killed 12").
  lendDoersToCasualtyTellings(byIndex, all);
  const merged = mergeCoreferentEvents(all, (a, b) => placesAgree(doc, a, b), (a, b, type) => datesAgree(doc, a, b, reportDay, type), (id) => placeSpecificity(doc, id), (id) => findAnnotation(doc, "actor", id)?.data.kind === "person", (id) => isKnownParty(findAnnotation(doc, "actor", id)?.data), (a, b) => maySameSide(doc, a, b), (a, b) => namesUnidentifiedGroup(findAnnotation(doc, "actor", a)?.data, findAnnotation(doc, "actor", b)?.data), (a, b) => isSameParty(doc, a, b));
  // A reference dated in its own words, after its trigger ("the fatal shooting of a boy on November 22, 2014"), at
  // another day than an event it could restate, is a happening of its own (a date before it may be the referring verb's).
  const restates = (e: EventMention, o: EventMention) => o.date === null || !datesOwnDay(doc, byIndex, e) || datesAgree(doc, e.date!, o.date, reportDay, e.type);
  const events = splitByPlace(doc, dropRestatedReferences(merged, restates));
  // A day of the event's own is the scene's time when it is the scene event's day or the day after (the raiders pursued
  // "on Wednesday morning" after a raid "late on Tuesday"), or, the scene event dated only by the report, the report's
  // day or the day before.
  // Only a day ("last week" is no day of the scene's).
  const atSceneTime = (date: string, sceneDate: string | null) => isCalendarDay(doc, date) && (sceneDate !== null ? (isCalendarDay(doc, sceneDate) && datesAgree(doc, date, sceneDate, reportDay)) || isSameDayOrDayAfter(doc, sceneDate, date) : isSameDayOrDayAfter(doc, date, reportDay));
  const groundSentences = new Set<number>();
  for (const list of perSentence) for (const e of list) if (PHYSICAL_TYPES.has(e.type)) groundSentences.add(e.sentence);
  placeAtDateline(events, dateline, (a, b) => placesAgree(doc, a, b), sentences.find((s) => s.opening)?.index ?? -1, atSceneTime, groundSentences);
  placeAtStoryTown(doc, events);
  const leadSentence = sentences.find((x) => x.opening)?.index ?? sentences[0]!.index;
  dateFromRetoldDoers(sentences, events, dates, leadSentence, (id) => isCalendarDay(doc, id), (s, d) => datesAReport(s, context.reportVerbs ?? NO_REPORT_VERBS, d));
  dateAtScenes(doc.text, sentences, events, dates, groundSentences, durations);
  // The lead's happening may have merged into a later telling of it ("troops 'neutralised' 18 insurgents" into "two soldiers
  // were killed in the fighting"): a merged event told in the lead is the lead's news all the same.
  const toldInLead = (e: EventMention) => e.sentence === leadSentence || (e.told?.some((t) => t.sentence === leadSentence) ?? false);
  // A lead that reports an act done now (a sentence passed, sanctions imposed) is news as much as one on the ground;
  // a comment ("condemned", "urged") may be about anything old.
  const leadIsNews = events.some((e) => toldInLead(e) && PHYSICAL_TYPES.has(e.type) && !e.background && (e.date === null || !longBeforeReport(doc, e.date, reportDay)));
  markOldNewsAsBackground(doc, events, reportDay, (e) => {
    const s = byIndex.get(e.sentence);
    return !!s && ((dates[s.index] ?? []).some((d) => d.id === e.date && opensSentence(s, d)) || (e.sentence > leadSentence + 1 && leadIsNews));
  });
  return events;
}

/**
 * "In September 2022, a bomber attacked an education center in the same district, killing 53 people": in a story
 * that reports news of its own, a happening whose sentence opens on its own date, more than a month before the report
 * (longBeforeReport), is a background paragraph's context, not one more event of the report (ACLED codes it from its
 * own time's reports). So is one dated in its sentence's body past the story's first two sentences when the lead tells
 * a happening on the ground of the report's time ("Congo and Uganda launched joint military operations against the
 * group in late 2021" under a lead about last night's raid). An old happening told in the lead or the sentence after
 * it ("the murder of six Jesuits on 16 November", which a trial story is about) stays an event. A story whose every
 * event is old (a late report of a massacre) keeps them all. MUC-4's keys code such background incidents too (TST3
 * 0046's car bomb "on 2 September" in an October report): incidents F1 66.5 -> 66.2 for that one document.
 */
function markOldNewsAsBackground(doc: Document, events: readonly EventMention[], reportDay: string | null, datedAtOpening: (e: EventMention) => boolean): void {
  if (reportDay === null) return;
  const old = events.filter((e) => !e.background && e.date !== null && !e.rules.includes(REPORT_DATE_RULE) && longBeforeReport(doc, e.date, reportDay));
  if (old.length === 0) return;
  const oldSet = new Set(old);
  const news = events.some((e) => !oldSet.has(e) && !e.background && (e.modality === "asserted" || e.modality === "claimed"));
  if (!news) return;
  for (const e of old) if (datedAtOpening(e)) { e.background = true; e.rules.push(OLD_NEWS_RULE); }
}
const OLD_NEWS_RULE = "background:long-before-report";


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
