import { anchorOf, isTwoSidedClash, lastTokenOf, type EventMention } from "./event-mention.js";
import type { SentenceView } from "./sentence-view.js";

/**
 * The doer of a casualty word told beside the event noun that caused it: "were killed in a Russian
 * airstrike", "died in an attack by Boko Haram", "wounded by a bomb planted by Taliban fighters", "the
 * Taliban's attack on the checkpoint killed nine officers", "were killed when Taliban gunmen opened fire".
 * The casualty verb's clause names no killer of its own (a passive's subject is the victim; an active
 * verb's subject is the event noun); the noun, or the "when" clause's verb, names it, and the killing is a
 * telling of that event (suppressWeakAndGeneric absorbed it), so its doer is that event's. A casualty telling read without a doer takes it, only in its own sentence and only
 * from a one-sided act (in a clash either side may have killed the dead).
 */
export function lendDoersToCasualtyTellings(sentences: ReadonlyMap<number, SentenceView>, events: readonly EventMention[]): void {
  for (const heir of events) {
    if (!heir.absorbed) continue;
    for (const t of heir.absorbed) {
      if (t.actor || !t.row.weak || t.sentence !== heir.sentence || t.type !== heir.type) continue;
      const s = sentences.get(t.sentence);
      if (!s) continue;
      const cause = [heir, ...heir.absorbed].find((n) => n !== t && n.actor && n.actor !== t.target && n.sentence === t.sentence && !isTwoSidedClash(n) && namesCause(s, t, n));
      if (!cause) continue;
      t.actor = cause.actor;
      t.sourceClass ??= cause.sourceClass;
      t.rules.push(CAUSE_DOER_RULE);
    }
  }
}

/** Rule of a casualty telling whose doer is that of the event noun that caused it. */
export const CAUSE_DOER_RULE = "actor:cause-noun";

/**
 * Prepositions that put a casualty inside the act a noun names: "killed in an attack", "died during a
 * raid", "wounded by a bomb", "died from a blast". Not "after", "before", "for" ("killed after an attack
 * on a checkpoint" may be the attackers' death).
 */
export const CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during", "by", "from", "amid"]);

/** Prepositions that end the casualty's phrase before any such noun: what comes after is another time or reason. */
const NOT_CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(["after", "before", "since", "following", "for", "despite", "against", "over"]);

/** Tags inside a noun phrase between a preposition and its head: "in (an) (IS) attacks", "by (a) (roadside) bomb". */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);

/** Tags that open another clause or verb group between the casualty verb and the noun. */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(["VERB", "AUX", "SCONJ", "CCONJ", "PUNCT"]);

/** How far a cause phrase may follow its casualty verb ("killed [five people] [in Kabul] in an attack"). */
const CAUSE_PHRASE_REACH_TOKENS = 8;
/** Modifiers between a cause phrase's preposition and its noun ("in a suspected Islamic State attack"). */
const CAUSE_NOUN_MODIFIER_TOKENS = 4;
/** Words between an event noun and the casualty verb it is the subject of ("The attack on the police station in Kandahar killed"). */
const SUBJECT_REACH_TOKENS = 8;

/** Relative words that may stand right before the verb ("the bombing that killed 12"). */
const RELATIVES: ReadonlySet<string> = new Set(["that", "which"]);

/** Whether the noun event `n` is what the casualty verb `t` tells the casualties of, in their sentence. */
export function namesCause(s: SentenceView, t: EventMention, n: EventMention): boolean {
  const v = anchorOf(t);
  const a = anchorOf(n);
  const head = lastTokenOf(n);
  if (s.tokens[v]!.pos !== "VERB") return false;
  // "were killed when Taliban gunmen opened fire on a bus", "were wounded as Russian forces shelled the city".
  if (s.tokens[a]!.pos === "VERB") return a > v && inWhenClause(s, v, a);
  if (!isNoun(s, head)) return false;
  // A relative clause is a clause of its own: "the bombing | that killed 12".
  const relative = head === v - 2 && RELATIVES.has(s.tokens[v - 1]!.normal);
  if (s.clause[v] !== s.clause[a] && !relative) return false;
  if (a > v) return inCausePhrase(s, v, a);
  return head < v && isSubjectOf(s, head, v);
}

function isNoun(s: SentenceView, i: number): boolean {
  const pos = s.tokens[i]!.pos;
  return pos === "NOUN" || pos === "PROPN";
}

/** Words that open a clause telling the act that caused the casualties ("killed when gunmen opened fire"); not "after", "before". */
const CAUSE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["when", "as"]);

/** How far the casualty verb's adjuncts and the cause clause's subject may stretch ("killed [on Monday] when [Taliban gunmen] opened"). */
const CAUSE_CLAUSE_REACH_TOKENS = 10;

/**
 * "were killed when Taliban gunmen opened fire": the verb at `a` is that of a "when" or "as" clause right after
 * the casualty verb at `v` (only its adjuncts between), with only its subject's words before it.
 */
function inWhenClause(s: SentenceView, v: number, a: number): boolean {
  if (a - v > CAUSE_CLAUSE_REACH_TOKENS) return false;
  let w = -1;
  for (let i = v + 1; i < a; i++) {
    const t = s.tokens[i]!;
    if (CAUSE_CLAUSE_OPENERS.has(t.normal)) { if (w >= 0) return false; w = i; continue; }
    // Before the opener, the casualty verb's own adjuncts; after it, only the cause's subject ("when gunmen had opened").
    if (w >= 0 ? !SUBJECT_TAGS.has(t.pos) : t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "CCONJ" || t.pos === "PUNCT" || NOT_CAUSE_PREPOSITIONS.has(t.normal)) return false;
  }
  return w >= 0 && w < a - 1;
}

/** Tags of a clause's subject and its verb group before the verb ("(Taliban) (gunmen) (had) opened"). */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "AUX", "ADV", "PART"]);

/** "killed in IS attacks": the noun at `a` heads a cause phrase of the verb at `v`. */
function inCausePhrase(s: SentenceView, v: number, a: number): boolean {
  if (a - v > CAUSE_PHRASE_REACH_TOKENS) return false;
  let k = a - 1;
  while (k > v && a - k <= CAUSE_NOUN_MODIFIER_TOKENS && NOUN_PHRASE_TAGS.has(s.tokens[k]!.pos)) k--;
  if (k <= v || !CAUSE_PREPOSITIONS.has(s.tokens[k]!.normal)) return false;
  for (let i = v + 1; i < k; i++) {
    const t = s.tokens[i]!;
    if (CLAUSE_TAGS.has(t.pos) || NOT_CAUSE_PREPOSITIONS.has(t.normal)) return false;
  }
  return true;
}

/** "The Taliban's attack on the checkpoint killed", "the bombing that killed": the noun ending at `head` is the verb's subject. */
function isSubjectOf(s: SentenceView, head: number, v: number): boolean {
  if (v - head > SUBJECT_REACH_TOKENS) return false;
  for (let i = head + 1; i < v; i++) {
    const t = s.tokens[i]!;
    if (i === v - 1 && RELATIVES.has(t.normal)) continue;
    if (CLAUSE_TAGS.has(t.pos) || NOT_CAUSE_PREPOSITIONS.has(t.normal)) return false;
  }
  return true;
}
