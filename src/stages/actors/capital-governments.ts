import { stageWordClasses } from "../../lexicons/word-classes.js";
import { ADVERBIAL_CLAUSE_OPENERS, BE_FORMS, DASHES, HAVE_FORMS, LIST_JOINERS, MODALS, POSSESSIVE_MARKS } from "../../lexicons/grammar-words.js";
import type { CapitalGovernment } from "./actor-dictionary.js";
import { addMention, type ActorBuilder } from "./actor-builder.js";
import { CALENDAR_WORDS } from "./heuristics.js";
import { builderOfId, claimTokens, type Resolution } from "./resolution.js";
import type { Tok } from "./token-view.js";

const ACTOR_WORDS = stageWordClasses("actors");
const SUBJECT_VERBS: ReadonlySet<string> = ACTOR_WORDS.get("capital-subject-verbs");
const OBJECT_VERBS: ReadonlySet<string> = ACTOR_WORDS.get("capital-object-verbs");
const PARTNER_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("capital-partner-words");
const PRESSURE_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("capital-pressure-words");
const POSSESSED_NOUNS: ReadonlySet<string> = ACTOR_WORDS.get("capital-possessed-nouns");

/** The rule a capital read as its government is recorded under (source.rule), with the lexicon row's id after a colon. */
export const CAPITAL_GOVERNMENT_RULE = "capital-government";

/**
 * Words after which a name is where something is, was or goes, never a party: "in Kabul", "from Moscow", "to Washington".
 * A capital after one stays a place whatever verb follows ("officials in Kabul said").
 */
const LOCATIVES: ReadonlySet<string> = new Set(["in", "at", "near", "from", "to", "into", "outside", "inside", "around", "across", "throughout", "toward", "towards", "via", "through", "over", "within", "of"]);

/**
 * Words (and marks) after which a new clause, hence a new subject, may open: "said that Moscow had", "..., but Kyiv denied",
 * "while Beijing insists", "the cleric whom Ankara accuses", "what Washington wants". A sentence's start, or its opening
 * quote or bracket, is one too.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([",", ";", ":", "(", "\"", "“", "‘", "'", ...DASHES, "-", "that", "but", "and", "yet", "so", "although", "though", "which", "whom", "what", "how", "why", "whether", ...ADVERBIAL_CLAUSE_OPENERS]);

/** Words that may stand before a list of subjects ("Both Ankara and Damascus agreed"). */
const LIST_OPENERS: ReadonlySet<string> = new Set(["both", "either", "neither"]);

/** Auxiliaries and the negation, between a subject and its verb ("Kyiv has repeatedly denied", "Beijing did not reject"). */
const AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS, ...MODALS, "do", "does", "did", "not", "n't", "never", "also"]);

/** "Moscow on Tuesday accused", "Tehran last week rejected": the time words a subject and its verb may hold between them. */
const TIME_OPENERS: ReadonlySet<string> = new Set(["on", "last", "this", "earlier", "later"]);
const TIME_UNITS: ReadonlySet<string> = new Set(["week", "month", "year", "weekend", "night", "morning", "evening", "afternoon"]);

/** Tokens between the end of a list of subjects and its verb: auxiliaries, adverbs and one time phrase. Unit: tokens. */
const MAX_SUBJECT_VERB_GAP_TOKENS = 4;
/** Words of a capital's name looked at (the longest name first: "Addis Ababa", "Kuala Lumpur"). Unit: tokens. */
const MAX_CAPITAL_NAME_TOKENS = 3;
/** Words of one other list member ("Ankara, the Kurdish authorities and Damascus"): determiners, modifiers, a name. Unit: tokens. */
const MAX_LIST_MEMBER_TOKENS = 4;

/** A capital named in the text, as a token range, and the body it stands for. */
export interface CapitalNamed {
  readonly from: number;
  readonly to: number;
  readonly row: CapitalGovernment;
}

/**
 * Capital-city metonymy: in diplomacy and conflict news a capital stands for its government ("Moscow accused Kyiv of",
 * "Washington imposed sanctions on Tehran", "talks between Seoul and Pyongyang"). A capital is read as the body the
 * dictionary gives it (capital-governments.tsv; a country's government, gov:XX, "Government of Russia") only in a clause
 * role of a verb or noun of saying, diplomacy or pressure:
 *
 * - the subject, alone or in a list, of such a verb, the auxiliaries, adverbs and a time phrase between ("Kyiv has denied",
 *   "Ankara and Damascus agreed", "Moscow on Tuesday accused");
 * - the object of such a verb ("accused Kyiv", "urged Tehran"), the agent of its passive ("sanctions imposed by Washington");
 * - the partner after "with" or "between" of talks, ties and deals ("relations with Moscow", "talks between Seoul and
 *   Pyongyang"), the target after "on" or "against" of sanctions, pressure and calls ("sanctions on Tehran", "called on Beijing").
 *
 * Never after a locative preposition ("a bomb exploded in Kabul", "officials in Kabul said"), and never as the object of a
 * verb or noun of force or movement, which are in no class ("strikes on Kyiv", "troops entered Kabul"): there the capital
 * is a place. The place reading is not removed: the places stage still resolves the name, and the events stage reads a place
 * that is also an actor's mention with no locative before it as a participant, not the event's place. Returns the offsets
 * of the capitals read as governments, which the count of the story's places leaves out.
 */
export function findCapitalGovernments(res: Resolution): CapitalNamed[] {
  const found: CapitalNamed[] = [];
  const capitals = capitalsInText(res);
  if (capitals.length === 0) return found;
  const capitalAt = new Map<number, CapitalNamed>();
  for (const c of capitals) capitalAt.set(c.from, c);
  for (const c of capitals) {
    const list = listAround(res, c, capitalAt);
    if (standsForGovernment(res, list.from, list.to)) found.push(c);
  }
  return found;
}

/** Adds each capital read as a government to its body's actor, and claims its tokens so no other rule reads them. */
export function addCapitalGovernments(res: Resolution, found: readonly CapitalNamed[]): void {
  for (const c of found) {
    const b: ActorBuilder | null = builderOfId(res, c.row.actor);
    if (!b) continue;
    const toks = res.view.toks;
    const start = toks[c.from]!.start;
    const end = toks[c.to - 1]!.end;
    addMention(b, { start, end }, res.view.text.slice(start, end), `${CAPITAL_GOVERNMENT_RULE}:${c.row.id}`);
    claimTokens(res, c.from, c.to, b);
  }
}

/**
 * The capitals the text names, longest name first at each word: a capitalised word that opens one, not inside a longer
 * name ("Kabul University", "the Washington Post", "George Washington": a named mention reaching past the capital), not a
 * person's name ("Lima" tagged as a person), not a dictionary actor's name ("Mexico" of "Mexico City"), not a word some
 * rule already took ("Kabul police").
 */
function capitalsInText(res: Resolution): CapitalNamed[] {
  const out: CapitalNamed[] = [];
  const toks = res.view.toks;
  const table = res.dict.capitalGovernments;
  const openers = openersOf(table);
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    // Most tokens open no capital's name: one set lookup, no string built.
    if (!tok.capitalised || !openers.has(tok.lower)) continue;
    let name = "";
    let found: CapitalNamed | null = null;
    for (let len = 1; len <= MAX_CAPITAL_NAME_TOKENS; len++) {
      const last = toks[i + len - 1];
      // The words of a name stand one space apart in one sentence ("Addis Ababa").
      if (!last || last.sentence !== tok.sentence || (len > 1 && last.start !== toks[i + len - 2]!.end + 1)) break;
      name = len === 1 ? last.lower : `${name} ${last.lower}`;
      const row = table.get(name);
      if (row) found = { from: i, to: i + len, row };
    }
    if (!found) continue;
    if (isFreeName(res, found.from, found.to)) out.push(found);
    i = found.to - 1;
  }
  return out;
}

/** The first words of the table's names ("addis" of "addis ababa"), lower case, built once per table. */
function openersOf(table: ReadonlyMap<string, CapitalGovernment>): ReadonlySet<string> {
  let set = openerSets.get(table);
  if (!set) {
    set = new Set([...table.keys()].map((k) => k.split(" ")[0]!));
    openerSets.set(table, set);
  }
  return set;
}
const openerSets = new WeakMap<ReadonlyMap<string, CapitalGovernment>, ReadonlySet<string>>();

function isFreeName(res: Resolution, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (res.claimed[k]) return false;
    const n = res.namedAt[k];
    if (!n) continue;
    if (n.from < from || n.to > to || n.entry || n.kind === "person") return false;
  }
  return true;
}

/**
 * The list the capital stands in ("Ankara and Damascus", "Seoul, Tokyo and Washington", "Russia and Kyiv"): from the first
 * member to the last, members joined by a comma, "and" or "or". A member is another capital or a short run of
 * capitalised words; a weekday or a month is none ("On Tuesday, Moscow said": the list is "Moscow" alone).
 */
function listAround(res: Resolution, c: CapitalNamed, capitalAt: ReadonlyMap<number, CapitalNamed>): { from: number; to: number } {
  const toks = res.view.toks;
  let from = c.from;
  for (;;) {
    const joiner = toks[from - 1];
    if (!joiner || !isJoiner(joiner) || joiner.sentence !== toks[c.from]!.sentence) break;
    const start = memberEndingAt(toks, from - 2, toks[c.from]!.sentence);
    if (start < 0) break;
    from = start;
  }
  let to = c.to;
  for (;;) {
    const joiner = toks[to];
    if (!joiner || !isJoiner(joiner) || joiner.sentence !== toks[c.from]!.sentence) break;
    // ", and": a comma before the last member's "and".
    let next = to + 1;
    if (joiner.lower === "," && (toks[next]?.lower === "and" || toks[next]?.lower === "or")) next++;
    const other = capitalAt.get(next);
    const end = other ? other.to : memberStartingAt(toks, next, toks[c.from]!.sentence);
    if (end < 0) break;
    to = end;
  }
  return { from, to };
}

function isJoiner(t: Tok): boolean {
  return LIST_JOINERS.has(t.lower);
}

/** The start of a member of capitalised words ending at token `last`, or -1. */
function memberEndingAt(toks: readonly Tok[], last: number, sentence: number): number {
  let k = last;
  while (k >= 0 && last - k < MAX_LIST_MEMBER_TOKENS && isMemberWord(toks[k]!, sentence)) k--;
  return k === last ? -1 : k + 1;
}

/** The end (exclusive) of a member of capitalised words starting at token `first`, or -1. */
function memberStartingAt(toks: readonly Tok[], first: number, sentence: number): number {
  let k = first;
  while (k < toks.length && k - first < MAX_LIST_MEMBER_TOKENS && isMemberWord(toks[k]!, sentence)) k++;
  return k === first ? -1 : k;
}

function isMemberWord(t: Tok, sentence: number): boolean {
  return t.sentence === sentence && t.capitalised && t.pos === "PROPN" && !CALENDAR_WORDS.has(t.lower);
}

/** Whether the list from..to stands in a clause role that makes a capital in it its government (see findCapitalGovernments). */
function standsForGovernment(res: Resolution, from: number, to: number): boolean {
  const toks = res.view.toks;
  const sentence = toks[from]!.sentence;
  const after = toks[to];
  // "Moscow's response", "Beijing's cooperation": the owner of a government's act or stance is that government.
  if (after && after.sentence === sentence && POSSESSIVE_MARKS.has(after.lower)) return ownsGovernmentNoun(toks, to + 1, sentence);
  // "warned Kyiv residents", "Kabul airport": a name that modifies a noun is no clause's party.
  if (after && after.sentence === sentence && (after.pos === "NOUN" || after.pos === "PROPN")) return false;
  let k = from - 1;
  if (k >= 0 && toks[k]!.sentence === sentence && LIST_OPENERS.has(toks[k]!.lower)) k--;
  const before = k >= 0 && toks[k]!.sentence === sentence ? toks[k]! : null;
  if (before && LOCATIVES.has(before.lower)) return isRoleAfterPreposition(toks, k, sentence);
  if (before && isObjectVerb(before)) return true;
  if (!before || CLAUSE_OPENERS.has(before.lower)) return verbAfterSubject(toks, to, sentence);
  return isRoleAfterPreposition(toks, k, sentence);
}

function isObjectVerb(t: Tok): boolean {
  return t.pos === "VERB" && OBJECT_VERBS.has(t.lemma);
}

/** Adjectives allowed between a possessive and its noun ("Moscow's swift response", "Beijing's new proposal"). Unit: tokens. */
const MAX_POSSESSED_ADJECTIVES = 2;

/**
 * Whether the noun a capital owns, after at most MAX_POSSESSED_ADJECTIVES adjectives, is an act or stance of a government
 * (class capital-possessed-nouns: "response", "cooperation", "allies") and heads its phrase: "Kyiv's metro line" and "London's
 * housing policy" have another noun for their head, the city's; "Moscow's mayor", "Kabul's airport" are no class's nouns.
 */
function ownsGovernmentNoun(toks: readonly Tok[], first: number, sentence: number): boolean {
  let k = first;
  while (k < toks.length && k - first < MAX_POSSESSED_ADJECTIVES && toks[k]!.sentence === sentence && toks[k]!.pos === "ADJ") k++;
  const noun = toks[k];
  if (!noun || noun.sentence !== sentence || noun.pos !== "NOUN" || !POSSESSED_NOUNS.has(noun.lemma)) return false;
  const next = toks[k + 1];
  return !next || next.sentence !== sentence || (next.pos !== "NOUN" && next.pos !== "PROPN");
}

/**
 * The preposition at token p and the word before it: "with"/"between" after a word of dealings ("relations with", "talks
 * between"), "on"/"upon"/"against" after a word of pressure ("sanctions on", "called on"), "by" after a verb of the subject
 * class (the agent of "imposed by"). Every other preposition ("in", "to", "from", "of") leaves the capital a place.
 */
function isRoleAfterPreposition(toks: readonly Tok[], p: number, sentence: number): boolean {
  const prep = toks[p];
  const head = toks[p - 1];
  if (!prep || !head || head.sentence !== sentence) return false;
  switch (prep.lower) {
    case "with":
    case "between":
      return isWordOf(PARTNER_WORDS, toks, p - 1);
    case "on":
    case "upon":
    case "against":
      return isWordOf(PRESSURE_WORDS, toks, p - 1);
    case "by":
      return head.pos === "VERB" && SUBJECT_VERBS.has(head.lemma);
    default:
      return false;
  }
}

/**
 * Whether token k is a noun or verb of the class, by its lemma. A sentence's capitalised first word the tagger took for a
 * name ("Talks between Seoul and Pyongyang", "Sanctions on Tehran") has its own text for a lemma: a plural "s" is taken off.
 */
function isWordOf(words: ReadonlySet<string>, toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (t.pos === "NOUN" || t.pos === "VERB") return words.has(t.lemma);
  const first = k === 0 || toks[k - 1]!.sentence !== t.sentence;
  return first && t.pos === "PROPN" && (words.has(t.lower) || (t.lower.endsWith("s") && words.has(t.lower.slice(0, -1))));
}

/**
 * The verb of a list of subjects ending before token `to`: the first verb after auxiliaries, adverbs and one time phrase
 * ("has repeatedly denied", "on Tuesday accused", "last week rejected"), if its lemma is of the subject class.
 */
function verbAfterSubject(toks: readonly Tok[], to: number, sentence: number): boolean {
  let k = to;
  const limit = to + MAX_SUBJECT_VERB_GAP_TOKENS;
  while (k < toks.length && k <= limit && toks[k]!.sentence === sentence) {
    const t = toks[k]!;
    if (t.pos === "VERB") return SUBJECT_VERBS.has(t.lemma);
    if (AUXILIARIES.has(t.lower) || t.pos === "ADV") {
      k++;
      continue;
    }
    // "on Tuesday", "last week": one time phrase.
    const next = toks[k + 1];
    if (TIME_OPENERS.has(t.lower) && next && (CALENDAR_WORDS.has(next.lower) || TIME_UNITS.has(next.lower))) {
      k += 2;
      continue;
    }
    return false;
  }
  return false;
}
