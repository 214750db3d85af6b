import type { SentenceView } from "./sentence-view.js";
import { anchorOf, lastTokenOf, type EventMention } from "./event-mention.js";
import { VICTIM_NOUN_REACH_TOKENS } from "./heuristics.js";

/**
 * Parts of speech a casualty word's victims phrase may hold before its head noun: "the slaying of
 * seven more demonstrators", "killed three unarmed protesters", "the deaths of the two strikers".
 * A verb, a punctuation mark or any other word ends the phrase.
 */
const VICTIM_PHRASE_POS = new Set(["DET", "NUM", "ADJ", "ADV"]);

/**
 * Whether an event's own word is the head of a casualty word's victims phrase: "the slaying of seven
 * more demonstrators", "police killed three protesters". Those people are whom the killing befell,
 * so the people's noun (a protest telling, "demonstrators") does not take the killing over: the
 * killing stays an event of its own, with its doer and its toll, as "security forces shot dead two
 * demonstrators" already is.
 */
export function namesVictimsOf(s: SentenceView, people: EventMention, casualty: EventMention): boolean {
  const from = lastTokenOf(casualty) + 1;
  const head = anchorOf(people);
  if (people.tokens.length !== 1 || head < from || head - from > VICTIM_NOUN_REACH_TOKENS) return false;
  if (s.clause[head] !== s.clause[anchorOf(casualty)] || s.tokens[head]!.pos !== "NOUN") return false;
  for (let i = from; i < head; i++) {
    const t = s.tokens[i]!;
    // "of" opens a noun's victims ("the killing of"); once, right after the casualty word.
    if (i === from && s.words[i] === "of") continue;
    if (!VICTIM_PHRASE_POS.has(t.pos)) return false;
  }
  return true;
}
