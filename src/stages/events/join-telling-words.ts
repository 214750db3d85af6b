// Telling words (killed, toll, death) and the story's reading of deaths joined to the events they tell of.

import { keepFlat } from "../../core/keep.js";
import { absorbInto, anchorOf, type EventMention } from "./event-mention.js";
import { CASUALTY_NEXT_SENTENCE_WINDOW } from "./heuristics.js";
import type { CasualtyMention } from "./parse-casualties.js";
import type { EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { EPIDEMIC } from "./attach-casualties.js";
import { CARRY_OVER_TYPES } from "./event-type-groups.js";

/**
 * A bare casualty verb ("More than 300 were killed in Malaysia, Myanmar ...") names no cause: in a
 * story about a tsunami or an epidemic the deaths are the disaster's. With no party and no armed
 * word in its sentence, it takes the type of the nearest disaster or attack the story reports (the
 * last one before it, else the first after it); with an attack or a fire (which may be arson) nearest
 * it stays an attack.
 */
export function readDeathsByTheStory(sentences: readonly SentenceView[], perSentence: EventMention[][], lex: EventsLexicons): void {
  const armed = lex.wordClasses.get("armed") ?? new Set<string>();
  const story = perSentence.map((events) => events.filter((e) => CARRY_OVER_TYPES.has(e.type) && !e.row.weak));
  perSentence.forEach((events, k) => {
    for (const e of events) {
      if (!e.row.weak || e.type !== "ASSAULT" || e.actor || events.some((o) => o !== e && o.type === "ASSAULT")) continue;
      if (sentences[k]!.tokens.some((t) => t.forms.some((f) => armed.has(f)))) continue;
      const before = story.slice(0, k).flat();
      const cause = before[before.length - 1] ?? story.slice(k + 1).flat()[0];
      // A fire in a story of riots may be arson: only hazards, epidemics and accidents lend their cause.
      if (!cause || cause.type === "ASSAULT" || cause.mode === "fire") continue;
      e.row = { ...e.row, type: cause.type, mode: cause.mode, cameo: cause.row.cameo, acled: cause.row.acled };
      e.type = cause.type;
      e.mode = cause.mode;
      e.acled = cause.acled ? { ...cause.acled } : null;
      e.rules.push(`cause-from:${cause.row.id}`);
      if (e.tallyToll && e.mode === EPIDEMIC) { e.fatalities = null; e.rules.push("toll:tally"); }
    }
  });
}

/*
 * joinTellingWords' tests, made per telling word by module functions that return anonymous arrows: under the
 * bundler's keepNames (and tsx) a closure bound to a name costs a defineProperty of the name each time.
 */
/** Whether an event is one the telling word `w` may tell of. */
function tellsTest(w: EventMention): (e: EventMention) => boolean {
  return (e) => CARRY_OVER_TYPES.has(e.type) && (w.type === "ASSAULT" || e.type === w.type);
}
/** Whether an event of the telling word's sentence already tells what the word tells. */
function saysItAlreadyTest(s: SentenceView, w: EventMention): (e: EventMention) => boolean {
  const tells = tellsTest(w);
  return (e) => tells(e) && (w.row.weak ? e.row.weak : w.row.mode !== null && e.mode === w.row.mode && s.clause[anchorOf(e)] === s.clause[anchorOf(w)]);
}

/**
 * Words that tell part of a happening but name no cause ("Gladkikh died after a roadside IED
 * detonated", "As each bomb exploded", "A bomb went off. Nine people were dead.") are one more
 * telling of the event they tell of: the nearest violent or disastrous event of their sentence, or,
 * in a sentence that gives a count and tells no event itself, the last one of the sentence before
 * (as attachCasualties reads "Two people died."). A word a sense test gave a cause ("died of
 * cholera") tells only an event of that cause. Never an event of their own, never a toll: "Chávez,
 * who died in 2013" with no violence beside it tells nothing, and a disease death's count stays the
 * epidemic's (attachCasualties).
 */
export function joinTellingWords(sentences: readonly SentenceView[], perSentence: readonly EventMention[][], words: readonly EventMention[][], casualties: readonly (readonly CasualtyMention[])[]): void {
  sentences.forEach((s, k) => {
    // One telling of each kind per event and sentence: "The death toll rose to 44 when a boy hurt in the attack died" tells the deaths once.
    const joinedBy = new Map<EventMention, Set<string>>();
    for (const w of words[k] ?? []) {
      if (w.modality === "negated" || w.modality === "hypothetical") continue;
      const tells = tellsTest(w);
      // A casualty verb of the sentence ("murder", "killed") already tells its deaths; a destruction
      // ("homes have been damaged, burned or destroyed") the damage of its clause.
      const saysItAlready = saysItAlreadyTest(s, w);
      if (perSentence[k]!.some(saysItAlready)) continue;
      const own = perSentence[k]!.filter(tells);
      let heir: EventMention | undefined;
      if (own.length > 0) {
        const at = anchorOf(w);
        const sameClause = own.filter((e) => s.clause[anchorOf(e)] === s.clause[at]);
        heir = (sameClause.length > 0 ? sameClause : own).reduce((a, b) => (Math.abs(anchorOf(b) - at) < Math.abs(anchorOf(a) - at) ? b : a));
      } else if (perSentence[k]!.length === 0 && (!w.row.weak || (casualties[k] ?? []).some((c) => !c.cumulative))) {
        // A death word needs a count of its own to be the attack's ("Nine people were dead."); a word that
        // tells the act itself ("Then they exploded, one a minute.", "Several shops were damaged.") does not.
        const before = keepFlat(perSentence.slice(Math.max(0, k - CASUALTY_NEXT_SENTENCE_WINDOW), k), (e) => tells(e) && !e.row.weak);
        heir = before[before.length - 1];
      }
      if (!heir || joinedBy.get(heir)?.has(w.row.id)) continue;
      joinedBy.set(heir, new Set([...(joinedBy.get(heir) ?? []), w.row.id]));
      // "windows were damaged by the blast": damage done by an attack keeps its own mode (a destruction); other words tell the event as it is.
      if (!(w.mode !== null && w.type === heir.type)) w.mode = heir.mode;
      w.type = heir.type;
      absorbInto(heir, w);
    }
  });
}
