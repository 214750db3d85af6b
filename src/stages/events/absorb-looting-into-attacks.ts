import { absorbInto, type EventMention } from "./event-mention.js";
import { LOOTING_AFTER_ATTACK_SENTENCES } from "./heuristics.js";

/** Theft modes of ORG_CRIME (triggers.tsv): what attackers carry off in a raid. */
const LOOTING_MODES: ReadonlySet<string> = new Set(["robbery"]);

function isLooting(e: EventMention): boolean {
  return e.type === "ORG_CRIME" && e.mode !== null && LOOTING_MODES.has(e.mode) && e.modality !== "negated" && !e.background;
}

function isAttack(e: EventMention): boolean {
  return e.type === "ASSAULT" && e.modality !== "negated" && !e.background;
}

/**
 * A theft by the party that has just attacked ("rustlers stormed a village ... they stole an unknown
 * number of livestock", "gunmen raided the bank and looted it") is part of that attack, as ACLED and
 * PLOVER code the looting of a raid with the raid: it becomes one more telling of the attack, not an
 * event of its own. The theft must name the attackers (the same actor), or stand in the attack's own
 * sentence with no actor of its own, and not lie somewhere else. A theft with other doers, or told
 * further on, stays a crime of its own.
 */
export function absorbLootingIntoAttacks(perSentence: EventMention[][], placesAgree: (a: string, b: string) => boolean): void {
  perSentence.forEach((events, k) => {
    if (!events.some(isLooting)) return;
    perSentence[k] = events.filter((theft) => {
      if (!isLooting(theft)) return true;
      let attack: EventMention | undefined;
      for (let j = k; j >= Math.max(0, k - LOOTING_AFTER_ATTACK_SENTENCES) && !attack; j--) {
        // The nearest attack first: in the theft's sentence, then the sentences before it, the latest first.
        const candidates = perSentence[j]!.filter(isAttack).reverse();
        attack = candidates.find((a) => {
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
