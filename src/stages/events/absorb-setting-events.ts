import { absorbInto, anchorOf, inheritDate, lastTokenOf, takesWithoutKilling, toldAsHappened, type EventMention } from "./event-mention.js";
import { keep } from "../../core/keep.js";
import type { SentenceView } from "./sentence-view.js";
import { CAUSING_VERBS } from "./suppress-weak-events.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const EVENT_WORDS = stageWordClasses("events");

/** Words that make an event noun the time frame of a verb's act ("shot dead five militants during a raid"). */
const SETTING_WORDS: ReadonlySet<string> = new Set(["during"]);
/** Acts of force on people, and the operations they are done in (raids, searches, offensives). */
const FORCE_TYPES: ReadonlySet<string> = new Set(["ASSAULT", "COERCE"]);
/** Modes of an operation an act of force is done in ("in a raid"), which "in" may set it in. */
const OPERATION_MODES: ReadonlySet<string> = new Set(["raid"]);
/** Tokens between the setting word and the event noun (a determiner and modifiers: "during a joint search"). */
const SETTING_REACH_TOKENS = 3;

/**
 * The event noun a verb's act is set in, in the verb's own clause after it: "Security forces shot dead
 * five militants during a raid", "Police arrested three men during a search operation". Null when the
 * noun is not introduced by a setting word within reach.
 */
function isSetIn(s: SentenceView, verb: EventMention, noun: EventMention): boolean {
  const v = anchorOf(verb);
  const first = noun.tokens[0]!;
  if (first <= v) return false;
  // In the verb's clause: no comma, conjunction or subordinator between ("shot dead five suspected militants during": the tagger's clause
  // numbers may break at a participle like "suspected").
  // No other verb either ("calls came in during the attack"), but a participle before its noun ("suspected militants").
  for (let k = v + 1; k < first; k++) {
    const pos = s.tokens[k]!.pos;
    if (pos === "PUNCT" || pos === "CCONJ" || pos === "SCONJ" || pos === "AUX") return false;
    if (pos === "VERB" && s.tokens[k + 1]?.pos !== "NOUN") return false;
  }
  for (let k = first - 1; k > v && first - k <= SETTING_REACH_TOKENS + 1; k--) {
    if (SETTING_WORDS.has(s.words[k]!)) return true;
    // "arrested 15 Palestinians in overnight raids", "killed two militants in a raid": "in" sets the act in an
    // operation only ("arrested suspects in the bombing" names the case they are held for, another happening).
    if (s.words[k] === "in" && OPERATION_MODES.has(noun.mode ?? "")) return true;
    const pos = s.tokens[k]!.pos;
    if (pos !== "DET" && pos !== "ADJ" && pos !== "NOUN") return false;
  }
  return false;
}

/** A verb, or a past tense with no -ed the tagger read as a noun ("forces shot dead five", class `irregular-past`). */
function isVerb(s: SentenceView, k: number): boolean {
  const t = s.tokens[k]!;
  return t.pos === "VERB" || (t.pos === "NOUN" && (s.irregularPasts?.has(t.normal) ?? false) && k > 0 && s.tokens[k - 1]!.pos !== "DET");
}

/**
 * "Security forces shot dead five suspected militants during a raid in Pulwama": the raid is when and
 * how the shooting happened, one happening as ACLED codes it, not a second event (whose doer the text
 * does not give: the noun's nearest party was the militants). A verb's act told as happened takes an
 * event noun set after it by "during" in its clause as one more telling, with the noun's place and
 * date where its own are missing: acts of force (ASSAULT, COERCE) in operations of force only. A
 * demonstration stays its own event (arrests during a protest are the protest's intervention,
 * fold-policing-into-protests.ts); a casualty verb alone ("killed during a clash") was already told as the clash's toll.
 */
export function absorbSettingEvents(perSentence: EventMention[][], sentences: readonly SentenceView[]): void {
  perSentence.forEach((events, k) => {
    if (events.length < 2) return;
    const s = sentences[k]!;
    const taken = new Set<EventMention>();
    perSentence[k] = keep(events, (noun) => {
      if (taken.has(noun)) return false;
      if (!FORCE_TYPES.has(noun.type) || s.tokens[anchorOf(noun)]!.pos !== "NOUN") return true;
      const verb = events.find((v) => v !== noun && FORCE_TYPES.has(v.type) && !v.row.weak && toldAsHappened(v) && isVerb(s, anchorOf(v)) && isSetIn(s, v, noun));
      if (!verb) return true;
      // "abducted dozens more in an overnight raid": a taking set in an operation of force is a part of that operation,
      // which carries the event (ACLED codes the raid's attack, with its dead); the verb gives it its parties.
      if (takesWithoutKilling(verb) && !takesWithoutKilling(noun)) {
        noun.actor ??= verb.actor;
        noun.sourceClass ??= verb.sourceClass;
        noun.place ??= verb.place;
        inheritDate(noun, verb);
        noun.rules.push(`absorbed:part:${verb.row.id}`);
        absorbInto(noun, verb);
        taken.add(verb);
        return true;
      }
      verb.place ??= noun.place;
      inheritDate(verb, noun);
      // "killed 14 villagers and abducted dozens more in an overnight raid": the raid's dead are the one happening's.
      verb.fatalities ??= noun.fatalities;
      verb.injuries ??= noun.injuries;
      verb.rules.push(`absorbed:setting:${noun.row.id}`);
      absorbInto(verb, noun);
      return false;
    });
    if (taken.size > 0) perSentence[k] = keep(perSentence[k]!, (e) => !taken.has(e));
  });
}

/** Verbs by which an attack sets off a fire ("sparking fires", "causing a large fire"). */
const FIRE_CAUSING_VERBS: ReadonlySet<string> = new Set([...CAUSING_VERBS, ...EVENT_WORDS.get("fire-causing-verbs")]);
/** Words from the causing verb to the fire it sets off ("causing a large fire": 3). Unit: tokens. */
const CAUSED_FIRE_REACH_TOKENS = 3;
/** Words of a fire ("sparking fires", "causing a large blaze"). */
const FIRE_WORDS: ReadonlySet<string> = EVENT_WORDS.get("fire-words");

/**
 * "The drones hit residential buildings and a warehouse, sparking fires", "Ukrainian forces struck an oil depot ...,
 * causing a large fire": a fire an act of force in the sentence set off is that act's damage, not a disaster of its own
 * (ACLED codes the strike). A fire a fault or a mishap caused stays a disaster: only an assault before it takes it.
 */
export function absorbFiresOfAttacks(perSentence: EventMention[][], sentences: readonly SentenceView[]): void {
  // The attack that set off the last fire told, and its sentence: "the fire" told right after is that fire.
  let setFire: EventMention | null = null;
  perSentence.forEach((events, k) => {
    if (events.length === 0) return;
    const s = sentences[k]!;
    const reach = setFire !== null && s.index - setFire.sentence <= FIRE_RE_MENTION_SENTENCES ? setFire : null;
    perSentence[k] = keep(events, (fire) => {
      // "hit a warehouse, sparking fires" read as one explosion at the site ("warehouse ... fires") is the same fire.
      const last = lastTokenOf(fire);
      if (!(fire.type === "MAN_MADE_DISASTER" || fire.type === "ASSAULT") || !FIRE_WORDS.has(s.words[last]!)) return true;
      // "fired two missiles at a cargo vessel, causing a fire on board ... The crew put out the fire": the fire told again.
      if (reach !== null && fire.type === "MAN_MADE_DISASTER" && fire.definite === true && fire.actor === null && fire.date === null) {
        reach.rules.push(`absorbed:caused:${fire.row.id}`);
        // "... put out the fire and one sailor suffered minor injuries": the fire's casualties are the attack's.
        reach.fatalities ??= fire.fatalities;
        reach.injuries ??= fire.injuries;
        absorbInto(reach, fire);
        return false;
      }
      if (events.length < 2 || !causedRightBefore(s, last)) return true;
      const attack = events.find((a) => a !== fire && a.type === "ASSAULT" && lastTokenOf(a) < last && toldAsHappened(a));
      if (!attack) return true;
      attack.rules.push(`absorbed:caused:${fire.row.id}`);
      absorbInto(attack, fire);
      setFire = attack;
      return false;
    });
  });
}
/** Sentences after an attack's fire within which "the fire" tells that fire again. */
const FIRE_RE_MENTION_SENTENCES = 2;

/** Whether a verb of causing stands within reach before token `at`, with no comma between ("sparking fires", "causing a large fire"). */
function causedRightBefore(s: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= CAUSED_FIRE_REACH_TOKENS; i--) {
    if (FIRE_CAUSING_VERBS.has(s.words[i]!)) return true;
    if (s.words[i] === "," || s.words[i] === ";") return false;
  }
  return false;
}
