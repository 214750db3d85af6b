import { VICTIM_TITLE_TOKENS } from "./heuristics.js";
import type { SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { THIRD_PERSON_POSSESSIVES } from "../../lexicons/grammar-words.js";

const EVENT_WORDS = stageWordClasses("events");

/** Token range of a person's mention in a sentence (first and last token, inclusive). */
export interface PersonSpan {
  readonly first: number;
  readonly last: number;
}

/** A victim count read from who was killed rather than from a figure: start/end are its tokens (end exclusive). */
export interface VictimCount {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/** Words allowed between a lethal word and its victim's name: titles and modifiers ("Contra commander", "former defense Minister"). */
const TITLE_POS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "DET", "NUM"]);
/** Determiners of one definite or possessed victim: "killed the mayor", "murdered his wife". */
const ONE_VICTIM_DETERMINERS: ReadonlySet<string> = new Set(["the", ...THIRD_PERSON_POSSESSIVES]);
/** Heads that say when, not whom: "killed the next day", "killed this week". */
const TIME_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("time-nouns");
/** Nouns that name several people without a plural ending. */
const GROUP_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("group-nouns");
/** Auxiliaries of a passive with one subject: "Barillas was killed", "a judge has been murdered". */
const SINGULAR_BE: ReadonlySet<string> = new Set(["was", "is"]);
/** Words between the auxiliary and the lethal word besides adverbs ("was reportedly killed"): "was shot and killed". */
const PASSIVE_FILLERS: ReadonlySet<string> = EVENT_WORDS.get("passive-fillers");
/** Words before a lethal noun that say it did not happen: "attempted murder", "an assassination attempt" is read at "attempt". */
const NOT_DONE: ReadonlySet<string> = EVENT_WORDS.get("not-done");

/** Words after a victim that add more victims: "the mayor and his bodyguards". */
const LIST_GOES_ON: ReadonlySet<string> = EVENT_WORDS.get("list-goes-on");
/** A reflexive object of a lethal verb: the doer among the dead ("a suicide bomber killed himself and four soldiers"). */
const REFLEXIVES: ReadonlySet<string> = new Set(["himself", "herself"]);

/**
 * Reads a counted group that goes on a list after a victim ("and his two bodyguards", "and three of
 * his guards"), from the list word at `at`: its count and where it ends, or null when the list goes on
 * with no figure ("and his bodyguards"), which leaves the toll unknown.
 */
export type ReadMoreVictims = (at: number) => { readonly end: number; readonly count: number } | null;

/** One victim, then the list that goes on after it when a figure counts the rest; null when the rest is not counted. */
function withListAfter(s: SentenceView, v: VictimCount, readMore?: ReadMoreVictims): VictimCount | null {
  if (!LIST_GOES_ON.has(s.words[v.end] ?? "")) return v;
  const more = readMore?.(v.end) ?? null;
  return more ? { start: v.start, end: more.end, count: v.count + more.count } : null;
}

function isPlural(t: { normal: string }): boolean {
  return GROUP_NOUNS.has(t.normal) || (t.normal.endsWith("s") && !t.normal.endsWith("ss") && !t.normal.endsWith("'s"));
}

/** Person mentions joined by "and" starting at `at` ("Galan and a judge" counts only named ones): how many, and where they end. */
function coordinatedPersons(s: SentenceView, persons: readonly PersonSpan[], at: number): { count: number; last: number } | null {
  const first = persons.find((p) => p.first === at);
  if (!first) return null;
  let count = 1, last = first.last;
  for (;;) {
    if (s.words[last + 1] !== "and") break;
    // "killed journalist Dom Phillips and indigenous expert Bruno Pereira": the next name may have its own title words.
    let k = last + 2;
    while (k < s.tokens.length && k - last - 2 < VICTIM_TITLE_TOKENS && (s.tokens[k]!.pos === "NOUN" || s.tokens[k]!.pos === "ADJ") && !persons.some((p) => p.first === k)) k++;
    const next = persons.find((p) => p.first === k);
    if (!next) break;
    count++;
    last = next.last;
  }
  return { count, last };
}

/**
 * The victim after an active lethal verb or a lethal noun ("killed Dolores Hinostroza", "the
 * assassination of Contra commander Manuel Rugama", "murdered his wife"): one named person (or
 * several joined by "and"), or one definite victim with a singular head. Titles and modifiers may
 * stand between; a verb, a preposition or a comma ends the search.
 */
function victimAfter(s: SentenceView, w: number, persons: readonly PersonSpan[], readMore?: ReadMoreVictims): VictimCount | null {
  // "killed himself and four soldiers": the doer and a counted group (alone, "killed himself" is a suicide, no toll read here).
  if (REFLEXIVES.has(s.words[w + 1] ?? "")) return LIST_GOES_ON.has(s.words[w + 2] ?? "") ? withListAfter(s, { start: w + 1, end: w + 2, count: 1 }, readMore) : null;
  let j = w + 1;
  if (s.words[j] === "of") j++;
  const start = j;
  for (let k = 0; j < s.tokens.length && k <= VICTIM_TITLE_TOKENS; j++, k++) {
    const named = coordinatedPersons(s, persons, j);
    // "killed Galan and a judge": a list that goes on past the names counts more than them.
    if (named) return withListAfter(s, { start, end: named.last + 1, count: named.count }, readMore);
    // "the murder of senator and presidential candidate Luis Carlos Galan": two titles of one person, joined by "and".
    if (!TITLE_POS.has(s.tokens[j]!.pos) && !isTitleJoin(s, j, start)) break;
  }
  // "killed the mayor", "murdered his wife": a definite noun phrase whose head is singular.
  if (!ONE_VICTIM_DETERMINERS.has(s.words[start] ?? "")) return null;
  let head = start + 1;
  // A tagger may call the head of a title an adjective ("the district police chief/ADJ and ..."): the
  // run of nouns and adjectives ends at the head when nothing nominal follows it.
  const nominal = (k: number) => s.tokens[k]?.pos === "ADJ" || s.tokens[k]?.pos === "NOUN";
  while (head < s.tokens.length && head - start <= VICTIM_TITLE_TOKENS && nominal(head) && (s.tokens[head + 1]?.pos === "NOUN" || (s.tokens[head]!.pos === "NOUN" && s.tokens[head + 1]?.pos === "ADJ" && !nominal(head + 2)))) head++;
  const t = s.tokens[head];
  if (!t || (t.pos !== "NOUN" && !(t.pos === "ADJ" && s.tokens[head - 1]?.pos === "NOUN")) || isPlural(t) || TIME_NOUNS.has(t.normal)) return null;
  return withListAfter(s, { start, end: head + 1, count: 1 }, readMore);
}

/** An "and" between two title words of one name ("senator and presidential candidate"): a noun before it, a title word after it. */
function isTitleJoin(s: SentenceView, j: number, start: number): boolean {
  return s.words[j] === "and" && j > start && s.tokens[j - 1]!.pos === "NOUN" && (s.tokens[j + 1]?.pos === "ADJ" || s.tokens[j + 1]?.pos === "NOUN");
}

/**
 * The victim before a passive or a possessive ("Danilo Barillas, former ambassador, was killed",
 * "Enrique Lopez Albujar, who was murdered", "Valencia's murder"): one named person whose clause
 * runs to the lethal word with no verb of its own between (an apposition may stand there).
 */
function victimBefore(s: SentenceView, w: number, persons: readonly PersonSpan[]): VictimCount | null {
  // "Valencia's murder": the possessor of a lethal noun.
  if (s.words[w - 1] === "'s" || s.words[w - 1] === "'" || s.words[w - 1] === "’s" || s.words[w - 1] === "’") {
    const p = persons.find((x) => x.last === w - 2);
    return p ? { start: p.first, end: w, count: 1 } : null;
  }
  if (DYING_VERBS.has(s.words[w]!)) return subjectOfDying(s, w, persons);
  let aux = w - 1;
  // "was struck and killed", "was kidnapped and murdered": a participle joined by "and" before the lethal word.
  while (aux >= 0 && (PASSIVE_FILLERS.has(s.words[aux]!) || s.tokens[aux]!.pos === "ADV" || isJoinedParticiple(s, aux))) aux--;
  if (aux < 0 || !SINGULAR_BE.has(s.words[aux]!)) return null;
  let end = aux - 1;
  // "X, who was murdered": the relative pronoun stands for the name before it.
  if (s.words[end] === "who") end -= s.words[end - 1] === "," ? 2 : 1;
  for (let i = end; i >= 0; i--) {
    const p = persons.find((x) => x.last === i);
    if (p) return { start: p.first, end: aux, count: 1 };
    const t = s.tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.normal === ";" || t.normal === "that") return null;
  }
  return definiteSubject(s, end, aux);
}

/** Verbs of dying whose subject stands right before them, with no "was" (word-classes.tsv). */
const DYING_VERBS: ReadonlySet<string> = EVENT_WORDS.get("dying-verbs");
/** Heads of a definite subject that name one person (word-classes.tsv): "The officer died", not "the engine died". */
const ONE_PERSON_HEADS: ReadonlySet<string> = EVENT_WORDS.get("one-person-heads");
/** Words that tie such a death to an attack's wounds ("later", "of his wounds", "in hospital"; word-classes.tsv). */
const WOUND_DEATH_CUES: ReadonlySet<string> = EVENT_WORDS.get("death-of-wound-cues");
/** Tokens after the verb of dying within which a wound cue is read ("died of his gunshot wounds": 4). */
const WOUND_DEATH_CUE_REACH_TOKENS = 4;
/** Pronouns of one person as a subject. */
const ONE_PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/** Whether token k opens a clause: the sentence's start, or after a comma, a semicolon or a conjunction. */
function opensClause(s: SentenceView, k: number): boolean {
  const before = s.tokens[k - 1];
  return !before || before.normal === "," || before.normal === ";" || before.pos === "CCONJ" || before.pos === "SCONJ";
}

/**
 * One dead read from the subject of a verb of dying at w, adverbs between ("later"): a named person, "he" or "she"
 * opening its clause, ", who" after a named person or one person's noun ("shot a police colonel, who later died"),
 * or a definite subject whose head names one person ("The officer died of his wounds"). ACLED notes tell a victim's
 * death so, a sentence after the attack that wounded them; the attack's toll is the one.
 */
function subjectOfDying(s: SentenceView, w: number, persons: readonly PersonSpan[]): VictimCount | null {
  let j = w - 1, tied = false;
  while (j >= 0 && s.tokens[j]!.pos === "ADV") tied ||= WOUND_DEATH_CUES.has(s.words[j--]!.toLowerCase());
  for (let k = w + 1; k < s.tokens.length && k <= w + WOUND_DEATH_CUE_REACH_TOKENS && !tied; k++) tied = WOUND_DEATH_CUES.has(s.words[k]!.toLowerCase());
  if (j < 0 || !tied) return null;
  const word = s.words[j]!.toLowerCase();
  if (ONE_PERSON_PRONOUNS.has(word)) return opensClause(s, j) ? { start: j, end: j + 1, count: 1 } : null;
  let head = j;
  if (word === "who" && s.words[j - 1] === ",") head = j - 2;
  const named = persons.find((p) => p.last === head);
  if (named) return { start: named.first, end: j + 1, count: 1 };
  const t = s.tokens[head];
  if (!t || !ONE_PERSON_HEADS.has(t.normal)) return null;
  // ", who later died" after one person's noun: "a police colonel", "the driver".
  if (head !== j) return t.pos === "NOUN" ? { start: head, end: j + 1, count: 1 } : null;
  return definiteSubject(s, head, w);
}

/** A participle joined by "and" to the word after it. A module function: a named closure in victimBefore cost a defineProperty per call under keepNames. */
function isJoinedParticiple(s: SentenceView, k: number): boolean {
  return s.tokens[k]!.pos === "VERB" && s.words[k + 1] === "and";
}

/**
 * "The district governor was killed", "His brother was shot dead": one definite or possessed person
 * with a singular head as the subject of the singular passive ending at `end`, opening the sentence or
 * a clause after a comma or a conjunction (so it is the passive's own subject, not an object before it).
 */
function definiteSubject(s: SentenceView, end: number, aux: number): VictimCount | null {
  const head = s.tokens[end];
  if (!head || head.pos !== "NOUN" || isPlural(head) || TIME_NOUNS.has(head.normal)) return null;
  let k = end - 1;
  while (k >= 0 && end - k <= VICTIM_TITLE_TOKENS && (s.tokens[k]!.pos === "NOUN" || s.tokens[k]!.pos === "ADJ" || s.tokens[k]!.pos === "PROPN")) k--;
  if (k < 0 || !ONE_VICTIM_DETERMINERS.has(s.words[k]!)) return null;
  const before = s.tokens[k - 1];
  if (before && before.normal !== "," && before.pos !== "CCONJ" && before.pos !== "SCONJ") return null;
  return { start: k, end: aux, count: 1 };
}

/**
 * How many died when the text names who, not how many: ACLED codes an assassination of a named
 * person as one fatality. Only for lethal words (the caller checks the kind); null when the victim
 * is not one named person or one definite singular noun.
 */
export function readNamedVictims(s: SentenceView, w: number, persons: readonly PersonSpan[], passive: boolean, readMore?: ReadMoreVictims): VictimCount | null {
  if (NOT_DONE.has(s.words[w - 1] ?? "")) return null;
  return (passive || isAttributive(s, w) ? null : victimAfter(s, w, persons, readMore)) ?? victimBefore(s, w, persons);
}

/** Determiners before a participle used as an adjective: "the assassinated Jesuits", "their murdered colleague". */
const ATTRIBUTIVE_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "these", "those"]);

/**
 * A lethal participle inside a noun phrase ("the ghosts of the assassinated Jesuits"): the words after
 * it are the phrase's head, victims referred back to, not the object of a killing told here, so no one
 * is counted from them (a tagger may take a group's name, "Jesuits", for a person's).
 */
function isAttributive(s: SentenceView, w: number): boolean {
  // The participle's ending, not its tag: in upper-case text a lethal noun may be tagged as anything ("THE MURDER OF").
  return s.tokens[w]!.normal.endsWith("ed") && ATTRIBUTIVE_DETERMINERS.has(s.words[w - 1] ?? "");
}
