import { absorbInto, destroysProperty, type EventMention } from "./event-mention.js";
import { keep } from "../../core/keep.js";
import { LOOTING_AFTER_ATTACK_SENTENCES } from "./heuristics.js";
import type { SentenceView } from "./sentence-view.js";

/** Tokens after a theft searched for an "or" that makes it one of several kinds of crime ("robbed, or assaulted"). */
const ALTERNATIVE_REACH_TOKENS = 3;

/** Whether "or" joins the attack and the theft of one sentence: alternatives, not one happening. */
function alternatives(s: SentenceView | undefined, attack: EventMention, theft: EventMention): boolean {
  if (!s) return false;
  const to = Math.min(s.words.length - 1, theft.tokens[theft.tokens.length - 1]! + ALTERNATIVE_REACH_TOKENS);
  for (let i = attack.tokens[0]!; i <= to; i++) if (s.words[i] === "or") return true;
  return false;
}

/** Theft modes of ORG_CRIME (triggers.tsv): what attackers carry off in a raid. */
const LOOTING_MODES: ReadonlySet<string> = new Set(["robbery"]);

function isLooting(e: EventMention): boolean {
  return e.type === "ORG_CRIME" && e.mode !== null && LOOTING_MODES.has(e.mode) && e.modality !== "negated" && !e.background;
}

/** Destruction of property (ASSAULT/destroy): part of an attack only when its own sentence tells the attack first. */
function isDestruction(e: EventMention): boolean {
  return destroysProperty(e) && e.modality !== "negated" && !e.background;
}

/** An attack on people: attacks on property only ("breaking the car window") are no attack a robbery joins. */
function isAttack(e: EventMention): boolean {
  return e.type === "ASSAULT" && e.modality !== "negated" && !e.background && !destroysProperty(e);
}

/**
 * A theft or a destruction by the party that has just attacked ("rustlers stormed a village ... they stole an unknown
 * number of livestock", "gunmen raided the bank and looted it") is part of that attack, as ACLED and
 * PLOVER code the looting of a raid with the raid: it becomes one more telling of the attack, not an
 * event of its own. The theft must name the attackers (the same actor), or stand after the attack in
 * its own sentence with no actor of its own, and not lie somewhere else. A theft with other doers, told
 * further on, or whose violence is only to property ("announced the robbery, before breaking the car
 * window") stays a crime of its own. Destruction joins only an attack its own sentence tells first
 * ("militants opened fire and burned houses": ACLED codes property destroyed in an attack as the attack);
 * a burning told in a sentence of its own may be another day's.
 */
export function absorbLootingIntoAttacks(perSentence: EventMention[][], sentences: readonly SentenceView[], placesAgree: (a: string, b: string) => boolean): void {
  perSentence.forEach((events, k) => {
    if (!events.some((e) => isLooting(e) || isDestruction(e))) return;
    perSentence[k] = keep(events, (theft) => {
      const looting = isLooting(theft);
      if (!looting && !isDestruction(theft)) return true;
      let attack: EventMention | undefined;
      for (let j = k; j >= Math.max(0, k - (looting ? LOOTING_AFTER_ATTACK_SENTENCES : 0)) && !attack; j--) {
        // The nearest attack first: in the theft's sentence, then the sentences before it, the latest first.
        const candidates = perSentence[j]!.filter(isAttack).reverse();
        // In one sentence the attack comes first ("stormed the village and stole cattle"); "raped, robbed, or assaulted" lists kinds of crime.
        attack = candidates.find((a) => {
          if (j === k && (a.tokens[0]! > theft.tokens[0]! || alternatives(sentences[k], a, theft))) return false;
          const sameDoers = theft.actor !== null ? a.actor === theft.actor : j === k;
          const samePlace = theft.place === null || a.place === null || placesAgree(a.place, theft.place);
          return sameDoers && samePlace;
        });
      }
      if (!attack) return true;
      attack.place ??= theft.place;
      attack.date ??= theft.date;
      attack.rules.push(`absorbed:${theft.row.id}`);
      absorbInto(attack, theft);
      return false;
    });
  });
}
