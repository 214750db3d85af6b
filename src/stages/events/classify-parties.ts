import type { ActorKind, Document } from "../../core/index.js";
import { findAnnotation } from "./find-annotation.js";
import { ACTOR_CLASS_WINDOW_TOKENS } from "./heuristics.js";
import { isArmedClass, type ActorClass, type EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { PASSIVE_AUXILIARIES } from "../../lexicons/grammar-words.js";

const EVENT_WORDS = stageWordClasses("events");

const KIND_CLASS: Partial<Record<ActorKind, ActorClass>> = {
  government: "state-force",
  military: "state-force",
  police: "police",
  "armed group": "armed-group",
  country: "state-force",
};

/** The party type (ACLED inter code 7) of unarmed people: a nation's people, civilians. */
const CIVILIAN_PARTY = "CVL";

/** Heads whose modifier says more than they do: "rebel forces", "opposition fighters", "government troops". */
const MODIFIED_HEADS = EVENT_WORDS.get("modified-heads");
const STATE_MODIFIERS = EVENT_WORDS.get("state-modifiers");

/**
 * The class of the word at i, letting a modifier before a generic head decide; a class word before a head
 * noun with a class of its own yields to it ("opposition supporters" are civilians, "rebel forces" armed).
 */
function classAt(s: SentenceView, lex: EventsLexicons, i: number): ActorClass | null {
  const next = s.tokens[i + 1];
  if (next?.pos === "NOUN" && lex.actorClasses.has(next.normal) && lex.actorClasses.has(s.tokens[i]!.normal)) return headClassAt(s, lex, i + 1);
  return headClassAt(s, lex, i);
}

function headClassAt(s: SentenceView, lex: EventsLexicons, i: number): ActorClass | null {
  const w = s.tokens[i]!.normal;
  const c = lex.actorClasses.get(w)?.cls ?? null;
  if (c && MODIFIED_HEADS.has(w)) {
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const m = s.tokens[j]!.normal;
      if (STATE_MODIFIERS.has(m)) return "state-force";
      const mc = lex.actorClasses.get(m)?.cls;
      if (mc === "armed-group") return mc;
    }
  }
  return c;
}

export function classOfActor(doc: Document, id: string | null): ActorClass | null {
  const a = findAnnotation(doc, "actor", id);
  return a ? KIND_CLASS[a.data.kind] ?? null : null;
}

/**
 * The class of the party victims resolved to, after the event was read ("killing 2 Palestinians"): its kind's,
 * or civilians for a people or crowd the actors stage names as civilians ("Civilians (Mali)").
 */
export function classOfVictims(doc: Document, id: string | null): ActorClass | null {
  const a = findAnnotation(doc, "actor", id);
  return a ? KIND_CLASS[a.data.kind] ?? (a.data.partyType === CIVILIAN_PARTY ? "civilians" : null) : null;
}

/**
 * What kind of party is the source of the event: the resolved actor's kind, else the nearest
 * class word before the trigger in its clause ("government forces recaptured", "militants seized").
 */
export function classifySource(doc: Document, s: SentenceView, lex: EventsLexicons, actor: string | null, anchor: number, doer: { readonly first: number; readonly last: number } | null = null): ActorClass | null {
  const known = classOfActor(doc, actor);
  if (known) return known;
  // The clause's doer phrase when it names none of the actors ("Gunmen killed three villagers and burned their homes":
  // "burned" is done by the gunmen, not by the villagers its nearest words name).
  if (!actor && doer) {
    for (let i = doer.last; i >= doer.first; i--) {
      const c = classAt(s, lex, i);
      if (c) return c;
    }
  }
  const clause = s.clause[anchor];
  const followed = followersOfPhraseBefore(s, anchor);
  for (let i = followed >= 0 ? followed - 1 : anchor - 1; i >= 0 && i >= anchor - ACTOR_CLASS_WINDOW_TOKENS; i--) {
    if (s.clause[i] !== clause) break;
    const c = classAt(s, lex, i);
    if (c) return c;
  }
  return null;
}

/** Followers' nouns (word-classes.tsv follower-nouns). */
const FOLLOWER_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("follower-nouns");

/**
 * "supporters of opposition leader Raila Odinga stormed": the "of" of a followers' noun whose phrase runs to the verb
 * at `anchor` (no verb between), or -1. The words after it say whom they follow ("opposition"), not what kind of
 * party acted: the followers' noun does.
 */
function followersOfPhraseBefore(s: SentenceView, anchor: number): number {
  for (let i = anchor - 1; i > 0 && i >= anchor - ACTOR_CLASS_WINDOW_TOKENS; i--) {
    const t = s.tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX" || s.clause[i] !== s.clause[anchor]) return -1;
    if (t.normal === "of" && FOLLOWER_NOUNS.has(s.words[i - 1]!.toLowerCase())) return i;
  }
  return -1;
}

/** What kind of party is hit: the resolved target's kind, else the first class word after the trigger ("attacked a peaceful student demonstration"). */
export function classifyTarget(doc: Document, s: SentenceView, lex: EventsLexicons, target: string | null, lastToken: number): ActorClass | null {
  const known = classOfActor(doc, target);
  if (known) return known;
  for (let i = lastToken + 1; i < s.tokens.length && i <= lastToken + ACTOR_CLASS_WINDOW_TOKENS; i++) {
    const w = s.tokens[i]!.normal;
    if (w === "." || w === ";" || w === "by") break;
    const c = classAt(s, lex, i);
    if (c) return c;
  }
  return null;
}

/** Tokens read after a casualty word for its victims when it is no active verb ("six dead soldiers"). */
const VICTIMS_AFTER_TOKENS = 4;


/** A verb told in the active voice: not right after a passive auxiliary (adverbs between: "were reportedly killed"). */
function isActiveVerb(s: SentenceView, at: number): boolean {
  if (s.tokens[at]!.pos !== "VERB") return false;
  let i = at - 1;
  while (i >= 0 && s.tokens[i]!.pos === "ADV") i--;
  return i < 0 || !PASSIVE_AUXILIARIES.has(s.tokens[i]!.normal);
}

/**
 * The victim class of a casualty report: "Four women were killed ..." -> civilians. The words before
 * the casualty word are read back to `doerEnd` (exclusive), the trigger of an event told in the
 * active voice, whose subject is its doer: in "Assailants stabbed a student to death" the words
 * before "stabbed" name who stabbed, not who died.
 */
export function classifyVictims(s: SentenceView, lex: EventsLexicons, casualtyWord: number, doerEnd = -1): ActorClass | null {
  // "Gunmen killed three villagers": before an active lethal verb stands its doer, so only the words after it are read.
  const from = isActiveVerb(s, casualtyWord) ? casualtyWord : doerEnd;
  for (let i = casualtyWord - 1; i > from && i >= casualtyWord - ACTOR_CLASS_WINDOW_TOKENS; i--) {
    const c = lex.actorClasses.get(s.tokens[i]!.normal);
    if (c) return armedListedWith(s, lex, i, -1, from) ?? c.cls;
  }
  // After an active verb the victims may stand behind a long count ("have killed at least 35 more innocent
  // civilians"); a comma or a full stop ends the phrase.
  const reach = from === casualtyWord ? ACTOR_CLASS_WINDOW_TOKENS : VICTIMS_AFTER_TOKENS;
  for (let i = casualtyWord + 1; i < s.tokens.length && i <= casualtyWord + reach; i++) {
    if (from === casualtyWord && s.tokens[i]!.pos === "PUNCT") break;
    // "were killed by unknown gunmen": a passive's "by" opens its doers, not its victims.
    if (s.tokens[i]!.normal === "by") break;
    // "two opposition supporters": a class word before its noun's head yields to the head's class (classAt).
    const c = lex.actorClasses.has(s.tokens[i]!.normal) ? classAt(s, lex, i) : null;
    if (c) return armedListedWith(s, lex, i, 1, s.tokens.length) ?? c;
  }
  return null;
}

/**
 * "Two soldiers and a woman were killed", "killed five civilians and a soldier": the class of an armed party
 * (state forces, police, an armed group) listed with the victims' class word at `at`, read along the list in
 * direction `step` (-1 back, 1 on) over its items' words, "and", "or" and commas, up to `limit` (exclusive); null when
 * none is listed. ACLED codes an attack that hits armed men with civilians as one on the armed side.
 */
function armedListedWith(s: SentenceView, lex: EventsLexicons, at: number, step: 1 | -1, limit: number): ActorClass | null {
  let joined = false;
  for (let i = at + step; i !== limit && Math.abs(i - at) <= ACTOR_CLASS_WINDOW_TOKENS; i += step) {
    const t = s.tokens[i]!;
    if (t.normal === "and" || t.normal === "or") { joined = true; continue; }
    if (t.normal !== "," && !LIST_ITEM_POS.has(t.pos)) break;
    const c = joined && lex.actorClasses.has(t.normal) ? classAt(s, lex, i) : null;
    if (c && isArmedClass(c)) return c;
  }
  return null;
}
/** Parts of speech of a listed victim group's words ("two", "Afghan", "soldiers"). */
const LIST_ITEM_POS: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN"]);
