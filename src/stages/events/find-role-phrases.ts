import type { SentenceView } from "./sentence-view.js";

/**
 * The words of a trigger's clause that name its doer and its undergoer when no canonical actor
 * does: "she was arrested", "a suicide bomber who detonated his belt", "killing the three", "the
 * men put bags over her head", "Police have urged people to avoid the area". They are kept as the
 * event's typed description of a participant (EventData.actorPhrase / targetPhrase), beside the
 * canonical actor ids, which stay null when nothing resolves. Read by clause roles from word
 * order and parts of speech (no parser): the subject before a verb (through auxiliaries, adverbs
 * and "tried to"), its object after it, a passive's subject as the undergoer and its "by" phrase
 * as the doer, a noun event's "by"/possessive doer and its "on"/"against"/"of" undergoer.
 */
export interface RolePhrase {
  /** First and last token of the noun phrase, and its head word. */
  readonly first: number;
  readonly last: number;
  readonly head: number;
}

const BE = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"]);
/** Object pronouns and subject pronouns that stand for a participant. */
const PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "me", "who"]);
const RELATIVES = new Set(["who", "that", "which"]);
/** Prepositions after an event noun that name its undergoer ("the attack on a bakery", "the killing of 13 people"). */
const UNDERGOER_PREPOSITIONS = new Set(["on", "against", "of", "upon", "at"]);
/** Words a noun phrase is made of, before its head. */
const NP_INSIDE = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"]);
/** Tokens a noun phrase may end with. */
const HEADS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
/** Tokens between a subject and its verb: "have", "were reportedly", "tried to", "had not". */
const BETWEEN_SUBJECT_AND_VERB = new Set(["AUX", "ADV", "PART"]);
/** How far a verb's subject or object may lie, in tokens ("Three other Russian military personnel were wounded"). */
const ROLE_REACH_TOKENS = 8;

function isHead(s: SentenceView, i: number): boolean {
  const t = s.tokens[i];
  if (!t || !HEADS.has(t.pos)) return false;
  if (t.pos === "PRON") return PRONOUNS.has(t.normal);
  // "her" before a noun is a possessive ("her husband"), not the phrase's head.
  return true;
}

/** The noun phrase ending at head `h`: its modifiers and determiner to the left. */
function phraseEndingAt(s: SentenceView, h: number): RolePhrase {
  let first = h;
  if (s.tokens[h]!.pos !== "PRON") {
    while (first - 1 >= 0 && (NP_INSIDE.has(s.tokens[first - 1]!.pos) || /^['’]s$/.test(s.tokens[first - 1]!.normal)) && s.clause[first - 1] === s.clause[h]) first--;
  }
  return { first, last: h, head: h };
}

/** The noun phrase starting at token `from`: up to its last noun before anything else ("a young man on TV" -> "a young man"). */
function phraseStartingAt(s: SentenceView, from: number): RolePhrase | null {
  let i = from;
  const t0 = s.tokens[i];
  if (!t0) return null;
  if (t0.pos === "PRON") {
    // "her husband": a possessive determiner; "them", "him": the phrase itself.
    if (t0.normal === "her" && s.tokens[i + 1] && NP_INSIDE.has(s.tokens[i + 1]!.pos)) i++;
    else return PRONOUNS.has(t0.normal) ? { first: from, last: from, head: from } : null;
  }
  let head = -1;
  for (; i < s.tokens.length && i <= from + ROLE_REACH_TOKENS; i++) {
    const t = s.tokens[i]!;
    if (t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "NUM" && !isNounAfter(s, i))) head = i;
    else if (!NP_INSIDE.has(t.pos) && !/^['’]s$/.test(t.normal)) break;
  }
  return head < 0 ? null : { first: from, last: head, head };
}

function isNounAfter(s: SentenceView, i: number): boolean {
  const n = s.tokens[i + 1];
  return !!n && (n.pos === "NOUN" || n.pos === "PROPN" || n.pos === "ADJ" || n.pos === "NUM");
}

/** The subject of the verb at `anchor`: the head left of it, through auxiliaries, adverbs and "tried to"; a relative pronoun gives its antecedent. */
function subjectOf(s: SentenceView, anchor: number): RolePhrase | null {
  for (let i = anchor - 1; i >= 0 && i >= anchor - ROLE_REACH_TOKENS; i--) {
    const t = s.tokens[i]!;
    if (RELATIVES.has(t.normal) && t.pos !== "DET") {
      let j = i - 1;
      if (s.tokens[j]?.normal === ",") j--;
      return j >= 0 && isHead(s, j) && s.tokens[j]!.pos !== "PRON" ? phraseEndingAt(s, j) : null;
    }
    if (isHead(s, i)) return phraseEndingAt(s, i);
    if (BETWEEN_SUBJECT_AND_VERB.has(t.pos) || t.normal === "to") continue;
    // "opted to", "tried to": a verb governing the trigger's infinitive shares its subject.
    if (t.pos === "VERB" && s.tokens[i + 1]?.normal === "to") continue;
    return null;
  }
  return null;
}

/** The object of the verb ending at `last`: a noun phrase right after it (a particle or adverb between). */
function objectOf(s: SentenceView, last: number): RolePhrase | null {
  let i = last + 1;
  while (i < s.tokens.length && (s.tokens[i]!.pos === "ADV" || s.tokens[i]!.pos === "ADP" && ["up", "down", "off", "out"].includes(s.tokens[i]!.normal))) i++;
  const t = s.tokens[i];
  if (!t || !(NP_INSIDE.has(t.pos) || t.pos === "PRON")) return null;
  return phraseStartingAt(s, i);
}

/** "by a sniper", "by the men": the phrase after a "by" within reach of the trigger, in its clause. */
function agentAfter(s: SentenceView, last: number): RolePhrase | null {
  for (let i = last + 1; i < s.tokens.length && i <= last + 4; i++) {
    if (s.clause[i] !== s.clause[last]) return null;
    if (s.tokens[i]!.normal === "by") return phraseStartingAt(s, i + 1);
    if (s.tokens[i]!.pos === "VERB") return null;
  }
  return null;
}

/** The phrase after an event noun's undergoer preposition ("the assault on Sunni groups", "the killing of 13 people"). */
function undergoerAfter(s: SentenceView, last: number): RolePhrase | null {
  const p = s.tokens[last + 1];
  if (!p || !UNDERGOER_PREPOSITIONS.has(p.normal)) return null;
  return phraseStartingAt(s, last + 2);
}

/** The possessive or modifier that names a noun event's doer: "the army's shelling", "IS attacks". */
function possessorBefore(s: SentenceView, anchor: number): RolePhrase | null {
  const prev = s.tokens[anchor - 1];
  if (!prev) return null;
  if (/^['’]s$/.test(prev.normal) && anchor - 2 >= 0 && isHead(s, anchor - 2)) return phraseEndingAt(s, anchor - 2);
  return null;
}

export function findRolePhrases(s: SentenceView, trigger: readonly number[]): { actor: RolePhrase | null; target: RolePhrase | null } {
  const anchor = trigger[0]!;
  const last = trigger[trigger.length - 1]!;
  const t = s.tokens[anchor]!;
  const nominal = t.pos === "NOUN" || t.pos === "PROPN";
  if (nominal) return { actor: agentAfter(s, last) ?? possessorBefore(s, anchor), target: undergoerAfter(s, last) };
  if (t.pos !== "VERB") return { actor: null, target: null };
  let b = anchor - 1;
  while (b >= 0 && s.tokens[b]!.pos === "ADV") b--;
  const passive = b >= 0 && BE.has(s.tokens[b]!.normal) && !t.normal.endsWith("ing");
  if (passive) return { actor: agentAfter(s, last), target: subjectOf(s, anchor) };
  // A trigger row may hold its object ("arrested two smugglers"): the object starts right after the verb.
  return { actor: subjectOf(s, anchor), target: objectOf(s, anchor) };
}
