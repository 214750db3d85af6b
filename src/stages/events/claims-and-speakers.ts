// Claims of responsibility given to the events they claim, and demands attributed to their speakers.

import type { Document } from "../../core/index.js";
import { layer } from "../../core/index.js";
import { findAnnotation } from "./find-annotation.js";
import { assignParticipants, participantOf, type ActorMention } from "./assign-arguments.js";
import { anchorOf, type EventMention } from "./event-mention.js";
import { findCueAt, type TriggerMatch } from "./find-triggers.js";
import { PASSIVE_AGENT_WINDOW_TOKENS } from "./heuristics.js";
import { findRolePhrases, type RolePhrase } from "./find-role-phrases.js";
import type { EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { POSSESSIVE_DETERMINERS } from "../../lexicons/grammar-words.js";
import { describeMention } from "./describe-mention.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const EVENT_WORDS = stageWordClasses("events");
import { PHYSICAL_TYPES } from "./event-type-groups.js";

/**
 * "IS-K claimed a bombing": the bombing's actor and claimedBy are IS-K; its modality stays
 * asserted (the reporter states the bombing happened; only the authorship rests on the claim).
 * "X blamed Y for the attack" marks the attack as attributed (context) without changing its actor.
 * A claim or blame with no attack word nearby becomes an ACCUSE event of its own.
 */
export function attachClaims(doc: Document, s: SentenceView, lex: EventsLexicons, events: EventMention[], claims: readonly TriggerMatch[], mentions: readonly ActorMention[], previous: readonly EventMention[] = []): void {
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
    // "Experts blame the outbreak on erratic rainfall", "accidents ... blamed on poorly maintained vehicles": a blame whose
    // "on" phrase names no party lays a happening at a cause's door, no accusation of anyone (PLOVER ACCUSE needs a party accused).
    if (claim.row.mode === "blame" && blamesOnNoParty(s, last, mentions)) continue;
    // A claim or a blame with no attack word to attach to is an event of its own.
    const e = describeMention(doc, s, lex, claim, mentions, new Set());
    e.contexts.add("attribution-leads");
    if (claim.row.mode === "claim-responsibility") e.claimedBy = parts.actor;
    events.push(e);
  }
  events.sort((a, b) => anchorOf(a) - anchorOf(b));
}

/** Tokens from a blame word to the "on" of what it is blamed on ("blamed the outbreak in the capital on": 5). Unit: tokens. */
const BLAME_ON_REACH_TOKENS = 6;

/**
 * Whether the blame word ending at `last` is "blamed X on Y" (or the passive "X was blamed on Y") with an "on" in its clause
 * within BLAME_ON_REACH_TOKENS after it, no verb between, and no party named after that "on" in the clause: the blame names a
 * cause, not an accused.
 */
function blamesOnNoParty(s: SentenceView, last: number, mentions: readonly ActorMention[]): boolean {
  const end = Math.min(s.tokens.length, last + 1 + BLAME_ON_REACH_TOKENS);
  for (let k = last + 1; k < end && s.clause[k] === s.clause[last]; k++) {
    // "are to blame for focusing on ...", "responsible for painting graffiti on ...": an "on" past a verb is that verb's.
    if (s.tokens[k]!.pos === "VERB" || s.tokens[k]!.pos === "AUX") return false;
    if (s.tokens[k]!.normal !== "on") continue;
    return !mentions.some((m) => m.first > k && s.clause[m.first] === s.clause[last]);
  }
  return false;
}

/** Verbs by which a party asserts what it did ("Al-Shabaab claimed in a statement that its fighters had killed 47 soldiers"). */
const BOAST_VERBS: ReadonlySet<string> = EVENT_WORDS.get("boast-verbs");
/** Tokens from such a verb to the casualty word of what it claims ("claimed in a statement that its fighters had killed": 8). */
const BOAST_REACH_TOKENS = 10;

/**
 * "Al-Shabaab claimed in a statement that its fighters had killed 47 soldiers": a toll the doers themselves assert is
 * the claimant's, which ACLED does not code over an official or independent count of the same attack (merge-events.ts
 * claimantsToll). Marked on a sentence's events that the party before the claim verb did, with a toll.
 */
export function markClaimedTolls(s: SentenceView, events: readonly EventMention[], mentions: readonly ActorMention[]): void {
  for (const e of events) {
    if (!e.fatalities || e.actor === null || e.sentence !== s.index) continue;
    const at = anchorOf(e);
    for (let i = at - 1; i >= 0 && at - i <= BOAST_REACH_TOKENS; i--) {
      if (!BOAST_VERBS.has(s.words[i]!) || s.tokens[i]!.pos !== "VERB") continue;
      const subject = mentions.filter((m) => m.last < i).pop();
      if (subject?.actor === e.actor) e.claimantsSentence = true;
      break;
    }
  }
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
export function attributeDemandsToSpeakers(doc: Document, sentences: readonly SentenceView[], events: readonly EventMention[]): void {
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
