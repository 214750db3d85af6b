// One sentence read on its own words: its triggers made events, given places and dates, weak words yielding to strong ones, and scoped.

import type { Document } from "../../core/index.js";
import { keep, mapped } from "../../core/keep.js";
import { classOfActor } from "./classify-parties.js";
import { findTriggers } from "./find-triggers.js";
import { parseCasualties } from "./parse-casualties.js";
import { hasLowerCase } from "./participant-place.js";
import { lendClauseSubjectsToAdjunctFights, lendDoersToAdjunctNouns, takeDoersFromAdjunctNouns } from "./adjunct-event-doer.js";
import type { EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { HEADLINE_CONTEXT } from "./event-mention.js";
import { attachPlacesAndDates, isDatelineStamp } from "./attach-places-and-dates.js";
import { NOT_AN_EVENT_RULE, describeMention, isKindReference, isNounModifier, isQuantifiedGeneric, withoutLocativeCountries, withoutOwnersOfThings } from "./describe-mention.js";
import type { DocumentContext, SentenceReadings } from "./document-context.js";
import { absorbThreatenedViolence, markStateParticiples, markTopicReferences, scopeUnderThreatsAndDemands, shareBackgroundAcrossLists } from "./mark-background-and-scope.js";
import { markPunishedDeeds, suppressWeakAndGeneric } from "./suppress-weak-events.js";

/** Each sentence's events, telling words, casualties and attributions, read from its own words. */
export function readSentences(doc: Document, sentences: readonly SentenceView[], lex: EventsLexicons, context: DocumentContext): SentenceReadings {
  const read: SentenceReadings = { perSentence: [], casualtiesPerSentence: [], attributionsPerSentence: [], tellingWordsPerSentence: [] };
  for (let k = 0; k < sentences.length; k++) readSentence(doc, sentences[k]!, k, lex, context, read);
  return read;
}

function readSentence(doc: Document, s: SentenceView, k: number, lex: EventsLexicons, context: DocumentContext, read: SentenceReadings): void {
  const { actorMentions, personMentions, places, dates, explicitDay, explicitYear, isReportDay, nameAndDateTokens, kindHeads, protestCauses, presupposing, reportVerbs, relativeWords, topicPrepositions } = context;
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
  // Filled by loops: a flatMap makes an array per match or date, then the list of them.
  const attributionTokens = new Set<number>();
  for (const m of attributions) for (const t of m.tokens) attributionTokens.add(t);
  const dateTokens = new Set<number>();
  for (const d of dates[s.index] ?? []) for (let i = d.first; i <= d.last; i++) dateTokens.add(i);
  // Words no modality cue may be: an attribution's, and a date's ("the 4 May 2020 attack": the month, not the modal).
  const notCues = dateTokens.size === 0 ? attributionTokens : new Set([...attributionTokens, ...dateTokens]);
  const parties = matches.length === 0 ? [] : withoutOwnersOfThings(s, withoutLocativeCountries(doc, s, actorMentions[s.index] ?? []));
  let events = mapped(matches.filter((m) => !m.row.attribution && !m.row.none && !m.row.telling && !isNounModifier(s, m, dateTokens, kindHeads)), (m) => describeMention(doc, s, lex, m, parties, notCues));
  tellingWordsPerSentence.push(mapped(matches.filter((m) => m.row.telling && !isNounModifier(s, m, dateTokens, kindHeads)), (m) => describeMention(doc, s, lex, m, parties, notCues)));
  // Places and dates go to the words they stand by before generic words yield to specific ones,
  // which inherit them ("the attacks today in Jabla ... in multiple bombings").
  attachPlacesAndDates(s, events, places[s.index] ?? [], (dates[s.index] ?? []).filter((d) => !isDatelineStamp(s, d, isReportDay)), explicitDay, reportVerbs, relativeWords, topicPrepositions, parties, hasLowerCase(doc.text, s.start, s.end), explicitYear);
  // Read before weak words yield to strong ones: a punishment never takes over the deed it answers for (absorbedByStrong).
  markPunishedDeeds(s, events, dates[s.index] ?? []);
  events = keep(suppressWeakAndGeneric(s, events, protestCauses), (e) => !isQuantifiedGeneric(s, e) && !isKindReference(doc, s, e) && !e.rules.includes(NOT_AN_EVENT_RULE));
  // A headline glued to the lead ("7 militants killed in blasts in Afghanistan KANDAHAR, ... -- Seven Taliban militants were killed"): its events are the lead's, told again (merge-events.ts).
  if (s.headline) for (const e of events) e.contexts.add(HEADLINE_CONTEXT);
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
