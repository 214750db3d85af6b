import { anchorOf, type EventMention } from "./event-mention.js";
import type { SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { PRESENT_STATE_VERBS } from "../../lexicons/grammar-words.js";

const EVENT_WORDS = stageWordClasses("events");

/**
 * English tells what happens again and again in the simple present: "bandits kidnap travellers on the
 * Kaduna road", "they lay mines and booby traps", "the district sees frequent attacks". News tells a
 * particular happening in the past ("kidnapped", "laid"), or in the present only in headlines and
 * captions, which carry no closing full stop ("Gunmen kill five in Kabul"). So a physical event whose
 * verb is a finite simple present, in a sentence that ends like prose, with no date, toll or definite
 * article pinning it to one happening, is a kind of act told as how things are: background, rule
 * `bg:habitual-present`, never an event an analyst counts.
 *
 * The verb is the trigger itself, or, for an event noun, the verb whose indefinite object it is when
 * that verb only carries or undergoes the act (`support-verb`, `weapon-verb`, `recurrence-verb`:
 * "launch attacks", "lay mines", "sees attacks"); a verb of reporting or judging ("condemns the
 * attack") is no such verb and leaves the event as it is.
 */
export const HABITUAL_PRESENT_RULE = "bg:habitual-present";

/** Words that close a sentence of prose, possibly inside a closing quotation mark. */
const CLOSING = new Set([".", "!", "?"]);
const CLOSING_QUOTES = new Set(["\"", "'", "”", "’", "»"]);
/** Determiners of an indefinite noun phrase: a kind of act, not one told before. */
const INDEFINITE = EVENT_WORDS.get("indefinite");

/** Subjects of a speaker's own present ("we accuse", "I blame"): a stance said now is the speech act itself, no standing stance. */
const FIRST_PERSON = new Set(["i", "we"]);

/**
 * `types`: the types marked (the physical ones, or the stances of STANCE_TYPES); `spoken`: the types are stances, whose
 * simple present with a first-person subject is the speaker's act, not a standing stance.
 */
export function markHabitualPresent(sentences: readonly SentenceView[], perSentence: readonly EventMention[][], physicalTypes: ReadonlySet<string>, spoken = false): void {
  // The first sentence with words may be a headline that a feed closed with a full stop ("Rollover near Brandon injures Albany driver.").
  const headline = sentences.findIndex((s) => s.words.some((w) => /[a-z]/.test(w)));
  sentences.forEach((s, k) => {
    const events = perSentence[k] ?? [];
    if (k <= headline || events.length === 0 || !endsLikeProse(s)) return;
    for (const e of events) {
      if (e.background || e.modality !== "asserted" || !physicalTypes.has(e.type) || e.date || e.fatalities || e.injuries || e.definite) continue;
      const verb = governingVerb(s, anchorOf(e));
      if (verb >= 0 && (isSimplePresent(s, verb) || isPresentPassive(s, verb)) && !(spoken && FIRST_PERSON.has(subjectWord(s, verb)))) {
        e.background = true;
        e.rules.push(HABITUAL_PRESENT_RULE);
      }
    }
  });
}

/** The word right before the verb, adverbs aside, lower-cased: the end of its subject. */
function subjectWord(s: SentenceView, verb: number): string {
  let j = verb - 1;
  while (j >= 0 && s.tokens[j]!.pos === "ADV") j--;
  return j >= 0 ? s.words[j]!.toLowerCase() : "";
}

function endsLikeProse(s: SentenceView): boolean {
  let i = s.words.length - 1;
  while (i > 0 && CLOSING_QUOTES.has(s.words[i]!)) i--;
  return i > 0 && CLOSING.has(s.words[i]!);
}

/** The trigger when it is a verb; for a noun, the carrier verb right before its indefinite phrase; else -1. */
export function governingVerb(s: SentenceView, anchor: number): number {
  const t = s.tokens[anchor]!;
  if (t.pos === "VERB") return anchor;
  if (t.pos !== "NOUN") return -1;
  for (let i = anchor - 1; i >= 0; i--) {
    const w = s.tokens[i]!;
    if (w.pos === "ADJ" || w.pos === "NOUN" || w.pos === "NUM" || INDEFINITE.has(s.words[i]!)) continue;
    if (w.pos === "VERB" && w.forms.some((f) => isCarrierVerb(s, f))) return i;
    return -1;
  }
  return -1;
}

/** Tags that end a subject right before its verb ("bandits kidnap", "they lay", "killers who ... kill"). */
const SUBJECT_ENDS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

/** A verb that carries or undergoes the act its object names: the lexicon's support, weapon and recurrence verbs. */
function isCarrierVerb(s: SentenceView, form: string): boolean {
  return !!(s.supportVerbs?.has(form) || s.weaponVerbs?.has(form) || s.recurrenceVerbs?.has(form));
}

/**
 * "More than 7 million people are displaced in Congo", "dozens are abducted on the highway every year": a present
 * passive ("is", "are", "remain(s)" right before the participle, adverbs aside) tells a state or a recurring act, as the
 * simple present does.
 */
function isPresentPassive(s: SentenceView, i: number): boolean {
  if (!/(?:ed|en)$/.test(s.words[i]!) && !s.irregularPasts?.has(s.words[i]!)) return false;
  let j = i - 1;
  while (j >= 0 && s.tokens[j]!.pos === "ADV") j--;
  return j >= 1 && PRESENT_STATE_VERBS.has(s.words[j]!.toLowerCase()) && SUBJECT_ENDS.has(s.tokens[j - 1]!.pos);
}

/**
 * A finite simple present: a third-person "-s" form of a verb, or a bare form that is its own lemma
 * and no past that may pass for one, right after the end of its subject (adverbs aside). A bare verb
 * after a verb, a conjunction, a dash or a quotation mark is an infinitive, an imperative or a
 * coordinated verb whose tense lies elsewhere ("helped them take control", "– shoot me").
 */
function isSimplePresent(s: SentenceView, i: number): boolean {
  const w = s.words[i]!;
  const forms = s.tokens[i]!.forms;
  // A past with no -ed may pass for a present: spelled alike ("hit", "beat") or lemmatised as itself ("shot") (`irregular-past`).
  if (/(?:ed|ing|en)$/.test(w) || s.irregularPasts?.has(w)) return false;
  const thirdPerson = w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && forms.length > 1;
  if (!thirdPerson && forms.length !== 1) return false;
  let j = i - 1;
  while (j >= 0 && s.tokens[j]!.pos === "ADV") j--;
  return j >= 0 && SUBJECT_ENDS.has(s.tokens[j]!.pos);
}
