import type { Count } from "../../core/index.js";
import { ARTICLE_COUNT_MAX_GAP, CASUALTY_NUMBER_WINDOW_TOKENS, COMPARISON_REACH_TOKENS, COORDINATED_GROUPS_MAX, COUNTED_NOUN_MAX_TOKENS, TOLL_VALUE_REACH_TOKENS } from "./heuristics.js";
import type { CasualtyKind, EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { matchPatternAt, type TokenView } from "./token-pattern.js";
import { readNamedVictims, type PersonSpan } from "./read-named-victims.js";
import { hasPluralEnding } from "./plural-nouns.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { ADVERBIAL_CLAUSE_OPENERS, BE_FORMS, HAVE_FORMS, RELATIVE_PRONOUNS, DASHES, DEMONSTRATIVES, INDEFINITE_ARTICLES, POSSESSIVE_MARKS, THIRD_PERSON_POSSESSIVES } from "../../lexicons/grammar-words.js";

const EVENT_WORDS = stageWordClasses("events");

/** A casualty report in a sentence: "more than 60 people dead" -> fatal {min 60, max null}. */
export interface CasualtyMention {
  readonly kind: CasualtyKind;
  readonly count: Count;
  /** Sentence-local index of the casualty word. */
  readonly word: number;
  readonly ruleId: string;
  /** A total or a rate ("since 2015", "a year"): reported, but no single event's toll. */
  readonly cumulative: boolean;
  /** A running tally ("as of February 19", "259 dead and 3000 infected"): no toll of an epidemic, which goes on. */
  readonly tally: boolean;
  /** Read from a toll ("the death toll rose to 8"): a figure for the event as a whole, which may revise an earlier one. */
  readonly toll: boolean;
  /** The casualty word stands in an aside ("..., including three who died in hospital, ..."): detail of a count, no count of its own. */
  readonly inAside: boolean;
  /** The figure counts victims already named ("the two soldiers died", "both civilians were women"): told again, not more of them. */
  readonly definite: boolean;
  /** A toll another source gives ("other reports put the toll at 168"): a higher figure beside the first, not a revision of it. */
  readonly alternative?: boolean;
  /** A note's own fatality label ("Fatalities: 5", "Fatalities coded as 10"): the coder's figure for this event, never a running count of a wider crisis. */
  readonly coded?: boolean;
}

interface QuantityRead {
  readonly start: number;
  readonly end: number; // exclusive
  readonly min: number | null;
  readonly max: number | null;
}

/** Words after a number that scale it: "25 million". */
const SCALES: ReadonlyMap<string, number> = new Map([["hundred", 100], ["thousand", 1000], ["million", 1e6], ["millions", 1e6], ["billion", 1e9]]);
const ARTICLES = INDEFINITE_ARTICLES;
const PERCENT = EVENT_WORDS.get("percent");

const NUMBER = /^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/;
/** Auxiliaries of a passive ("were killed"): the count comes before. "have killed at least 35" is an active perfect whose count follows. */
const BE = BE_FORMS;

/** The number a token spells, if any: digits, a number word, or a hyphenated pair ("sixty-seven"). */
const NO_PARTS: readonly string[] = [];
function readNumberWord(word: string, lex: EventsLexicons): number | null {
  if (NUMBER.test(word)) return Number(word.replace(/,/g, ""));
  const q = lex.quantities.get(word)?.find((x) => x.words.length === 1 && x.min !== null && x.min === x.max);
  if (q) return q.min;
  // Most words hold no hyphen: no array is made for them.
  const parts = word.includes("-") ? word.split("-") : NO_PARTS;
  if (parts.length === 2) {
    const a = readNumberWord(parts[0]!, lex);
    const b = readNumberWord(parts[1]!, lex);
    if (a !== null && b !== null && a >= 20 && b < 10) return a + b;
  }
  return null;
}

/** Reads a quantity starting exactly at token i: an optional bound ("more than", "up to") then a number or vague word. */
export function readQuantityAt(s: SentenceView, i: number, lex: EventsLexicons): QuantityRead | null {
  const words = s.words;
  // "between three and nine" is a range.
  if (words[i] === "between" && words[i + 2] === "and") {
    const lo = readNumberWord(words[i + 1] ?? "", lex);
    const hi = readNumberWord(words[i + 3] ?? "", lex);
    if (lo !== null && hi !== null) return { start: i, end: i + 4, min: Math.min(lo, hi), max: Math.max(lo, hi) };
  }
  let j = i;
  let bound: "min" | "max" | "approx" | null = null;
  for (const mod of lex.quantityModifiers.get(words[i] ?? "") ?? []) {
    if (mod.words.every((w, k) => words[i + k] === w)) {
      const after = i + mod.words.length;
      if (after < words.length && (readNumberWord(words[after]!, lex) !== null || multiwordQuantityAt(words, after, lex) !== null)) {
        bound = mod.kind;
        j = after;
        break;
      }
    }
  }
  const word = words[j];
  if (word === undefined) return null;
  // "no one", "a dozen": a quantity of several words is read whole before its first word alone; "over a
  // dozen", "more than a dozen" bound it as a written figure is bounded.
  const several = multiwordQuantityAt(words, j, lex);
  if (several) {
    const end = j + several.words.length;
    if (bound === "min") return { start: i, end, min: several.max ?? several.min, max: null };
    if (bound === "max") return { start: i, end, min: null, max: several.max ?? several.min };
    if (!bound) return { start: i, end, min: several.min, max: several.max };
  }
  const n = readNumberWord(word, lex);
  // "50 percent of those infected" is a share, not a count of people.
  if (n !== null && PERCENT.has(words[j + 1] ?? "")) return null;
  if (n !== null) {
    // "two hundred", "3 million" are rare in casualty counts; a number word followed by "hundred" scales it.
    let value = n;
    let end = j + 1;
    const scale = SCALES.get(words[end] ?? "");
    if (scale) { value = Math.round(value * scale); end++; }
    if (bound === "min") return { start: i, end, min: value, max: null };
    if (bound === "max") return { start: i, end, min: null, max: value };
    // Bare or approximate figures are coded as the figure itself, ACLED-style.
    const q = lex.quantities.get(word)?.find((x) => x.words.length === 1);
    if (q && q.max === null) return { start: i, end, min: q.min, max: null };
    return { start: i, end, min: value, max: value };
  }
  if (bound) return null;
  for (const q of lex.quantities.get(word) ?? []) {
    if (q.words.every((w, k) => words[j + k] === w)) return { start: i, end: j + q.words.length, min: q.min, max: q.max };
  }
  return null;
}

/** The quantity of several words ("a dozen", "no one") that starts at word j, or null. */
function multiwordQuantityAt(words: readonly string[], j: number, lex: EventsLexicons): { readonly words: readonly string[]; readonly min: number | null; readonly max: number | null } | null {
  for (const q of lex.quantities.get(words[j] ?? "") ?? []) {
    if (q.words.length > 1 && q.words.every((w, k) => words[j + k] === w)) return q;
  }
  return null;
}

/** Looks back from the casualty word for the nearest quantity, skipping asides, stopping at clause marks and other casualty words. */
function readBefore(s: SentenceView, w: number, lex: EventsLexicons): QuantityRead | null {
  let counted = 0;
  // "clashed near Balcad (3 fatalities)": a word inside a bracket counts with the figure inside the same bracket.
  const inBracket = s.aside[w] === true && bracketOpenedBefore(s, w);
  for (let j = w - 1; j >= 0 && counted < CASUALTY_NUMBER_WINDOW_TOKENS; j--) {
    if (inBracket && s.words[j] === "(") break;
    if (s.aside[j] && !inBracket) continue;
    counted++;
    const word = s.tokens[j]!.normal;
    if (word === "," && counted > 1) {
      // "Two people, a man and his son, were killed": an apposition between the counted subject and its verb is read past.
      const opening = appositionOpening(s, j);
      if (opening < 0) break;
      j = opening;
      continue;
    }
    if (word === ";" || word === ".") break;
    // "851 people lost their lives": "lost" with no figure after it counts no one, and ends no count read back to "lives".
    if (j < w - 1 && lex.casualtyWords.has(word) && (lex.casualtyWords.get(word)!.id !== LOST_RULE || readQuantityAt(s, j + 1, lex)?.start === j + 1)) break;
    let q = readQuantityAt(s, j, lex);
    if (!q || q.end > w) continue;
    // Prefer the longest reading that ends where this one does ("more than 60", "no one", "a dozen").
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      const longer = readQuantityAt(s, k, lex);
      if (longer && longer.end >= q.end && longer.end <= w) q = longer;
    }
    return q;
  }
  return null;
}

/** Whether a relative pronoun or a subordinating word stands between tokens `from` and `to` (exclusive). */
function opensClauseBetween(s: SentenceView, from: number, to: number, relativePronouns: ReadonlySet<string> | undefined): boolean {
  for (let k = from; k < to; k++) if (s.tokens[k]!.pos === "SCONJ" || relativePronouns?.has(s.tokens[k]!.normal)) return true;
  return false;
}
/** Sense class of the pronouns that open a relative clause (sense-classes.tsv). */
const RELATIVE_PRONOUN_CLASS = "relative-pronoun";

/** Whether token w lies inside parentheses opened before it in its sentence (not in a comma-delimited aside). */
function bracketOpenedBefore(s: SentenceView, w: number): boolean {
  for (let j = w - 1; j >= 0 && s.aside[j]; j--) if (s.words[j] === "(") return true;
  return false;
}

/**
 * "Fatalities: 4", "Deaths: 2": a casualty noun as a label, with a colon and its figure after it (the last line of an
 * incident note); the figure is read only right after the colon.
 */
function readLabelValue(s: SentenceView, w: number, lex: EventsLexicons): QuantityRead | null {
  // "Fatalities: 5", and the coder's "Fatalities coded as 133 as figures vary between 133 and 400": the figure coded.
  const at = s.words[w + 1] === ":" ? w + 2 : s.words[w + 1] === "coded" && s.words[w + 2] === "as" ? w + 3 : -1;
  if (at < 0) return null;
  const q = readQuantityAt(s, at, lex);
  return q && q.start === at ? q : null;
}

/**
 * The opening comma of an apposition that the comma at `close` ends, when the words between are a noun phrase or a list
 * of them ("a man and his son", "mostly women and children") and a noun ends the phrase before the opening comma; -1 otherwise.
 */
function appositionOpening(s: SentenceView, close: number): number {
  for (let k = close - 1; k > 0 && close - k <= APPOSITION_MAX_TOKENS; k--) {
    const t = s.tokens[k]!;
    if (t.normal === ",") return k < close - 1 && (s.tokens[k - 1]!.pos === "NOUN" || s.tokens[k - 1]!.pos === "PROPN") ? k : -1;
    if (!APPOSITION_POS.has(t.pos)) return -1;
  }
  return -1;
}
/** The longest apposition read past between a counted subject and its verb ("a man, his wife and their two children": 8). Unit: tokens. */
const APPOSITION_MAX_TOKENS = 10;
/** Parts of speech of an apposition's noun phrases and their joins. */
const APPOSITION_POS: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "CCONJ", "ADV"]);

/**
 * Words of a casualty report that add its victims to those already counted ("was also killed", "killed another three",
 * "two more people died of their wounds"); "more than 60" is a bound, not more victims.
 */
export const ADDED_VICTIMS = /\b(?:also|another)\b|\bmore\b(?!\s+than\b)/i;

/** Parts of speech read past between a casualty verb and the figure of its object. */
const SKIPPED_BEFORE_OBJECT_POS: ReadonlySet<string> = new Set(["DET", "ADV"]);

/** Looks just after the casualty word: "killing two", "wounded four Taliban fighters", "killed at least 5". */
function readAfter(s: SentenceView, w: number, lex: EventsLexicons, reach: number): QuantityRead | null {
  for (let j = w + 1; j <= w + reach && j < s.tokens.length; j++) {
    const word = s.tokens[j]!.normal;
    if (word === "." || word === ";") break;
    const q = readQuantityAt(s, j, lex);
    if (q) return q;
    // Only a determiner, an adverb or a lethal noun's "of" stands between the word and its counted object
    // ("killing the two guards", "the murder of two citizens"): "6 soldiers killed, 3 wounded" and "wounded in an attack" count no victims of it.
    // "said it killed \"about 40 terrorists\"": a quotation mark opening the object is read past too.
    // "15 others wounded when a grenade ...": a word opening another clause ends the object, whatever its tag.
    // "wounded his two colleagues": a possessive determiner opens the counted object too.
    if ((!SKIPPED_BEFORE_OBJECT_POS.has(s.tokens[j]!.pos) && !POSSESSIVE_DETERMINERS.has(word) && word !== "of" && !OPENING_QUOTES.has(word)) || ADVERBIAL_CLAUSE_OPENERS.has(word)) break;
  }
  return null;
}

/**
 * "lynched and burned two suspected thieves", "killed and dumped three bodies": a casualty verb joined by "and" to a
 * verb that reports no casualty shares that verb's object, whose figure counts the casualty verb's victims. Not after a
 * casualty word of any kind ("killed and wounded 12": a joint toll), nor after a noun ("the killing and burning of"), nor for
 * an object that names no people ("killed and burned three houses").
 */
function readAfterJoinedVerb(s: SentenceView, w: number, lex: EventsLexicons): QuantityRead | null {
  const joined = s.tokens[w + 2];
  if (s.tokens[w]!.pos !== "VERB" || s.tokens[w + 1]?.normal !== "and" || joined?.pos !== "VERB" || lex.casualtyWords.has(joined.normal)) return null;
  const q = readAfter(s, w + 2, lex, 2);
  // "killed and burned three houses": the shared object must be people ("two suspected thieves"), not a site or a thing counted.
  const head = q ? countedHead(s, q) : undefined;
  // With no noun phrase read after the figure ("two suspected thieves": a participle first), the figure stands.
  return q && (!head || (countsPeople(s, lex, q) && !inClass(lex, head, "site"))) ? q : null;
}

/**
 * "blew himself up, killing himself and 7 worshippers", "killing themselves and 12 others": an attacker who died in
 * the attack is one of its dead (ACLED counts the bombers); "himself"/"herself" is one, "themselves" at least two.
 * The victims joined after "and" are added. Read only with such victims: "the gunman later killed himself" alone is
 * a suicide, no toll of violence.
 */
function reflexiveVictims(s: SentenceView, w: number, lex: EventsLexicons): QuantityRead {
  const own = REFLEXIVE_COUNTS.get(s.words[w + 1]!)!;
  let q: QuantityRead = { start: w + 1, end: w + 2, min: own.min, max: own.max };
  const more = partitive(s, readQuantityAt(s, w + 3, lex));
  if (more && countsPeople(s, lex, more)) q = { start: w + 1, end: more.end, min: sum(q.min, more.min), max: sum(q.max, more.max) };
  return q;
}
/** Reflexive pronouns of the dead and how many they count. */
const REFLEXIVE_COUNTS: ReadonlyMap<string, { readonly min: number; readonly max: number | null }> = new Map([["himself", { min: 1, max: 1 }], ["herself", { min: 1, max: 1 }], ["themselves", { min: 2, max: null }]]);

/** Marks that open a quotation: a figure quoted from a statement is the figure all the same. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "“", "'", "‘", "«", "``"]);

/** Prepositions that introduce a toll's value: "rose to 8", "a toll of 66", "stands at 12". */
const TOLL_VALUE_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "of", "at"]);
/** Parts of speech of a preposition's object skipped between a toll and its value ("from Saturday's bombing", "in 2019"). */
const TOLL_MODIFIER_OBJECT_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"]);

/**
 * The value of a toll: the figure after a value preposition ("rose to 45", "a toll of 66", "stood at
 * 12") or right after its verb ("reached 45", "is now 45"), read past the toll's own modifiers: a
 * prepositional phrase is skipped whole, figures in it included ("the toll from Saturday's bombing in
 * Mogadishu rose to 45"; "the largest toll since 2016" and "the toll in 2019" have none), as is "from"
 * before a revised figure ("rose from 20 to 45" is 45). Stops at a clause mark.
 */
function readTollValue(s: SentenceView, w: number, lex: EventsLexicons): QuantityRead | null {
  const n = s.tokens.length;
  for (let j = w + 1; j < n && j <= w + TOLL_VALUE_REACH_TOKENS; j++) {
    const t = s.tokens[j]!;
    const word = t.normal;
    if (word === "." || word === ";" || word === "," || word === ":") return null;
    // "of a market": an article counts one thing, it is no toll's value.
    if (TOLL_VALUE_PREPOSITIONS.has(word) && !ARTICLES.has(s.words[j + 1] ?? "")) {
      const q = readQuantityAt(s, j + 1, lex);
      if (q) return q;
    }
    if (t.pos === "ADP" || t.pos === "SCONJ") {
      // A preposition's object: its figures are times or places of the toll, not its value.
      // An "of" right after the object is the object's own ("from the bombing of a market", "into the hundreds of
      // thousands"), never the toll's value, which follows the toll word itself ("a toll of 66").
      let k = j + 1;
      while (k < n && (TOLL_MODIFIER_OBJECT_POS.has(s.tokens[k]!.pos) || (s.tokens[k]!.normal === "of" && k > j + 1))) k++;
      // "rose from 20 to 45": the figure after "from" is the toll revised, the value follows "to".
      j = k - 1;
      continue;
    }
    const q = ARTICLES.has(word) ? null : readQuantityAt(s, j, lex);
    if (q) return q;
  }
  return null;
}

/** Words that may stand between a toll head's "of" and the casualty word: "the number of (Afghan civilians) killed". */
const TOLL_HEAD_VICTIM_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "PRON", "ADJ"]);
const TOLL_HEAD_VICTIM_MAX_TOKENS = 2;

/**
 * Whether the casualty word at `w` is what a toll head counts: "the number of dead", "the number of
 * people killed", "the tally of those injured" (a toll-head word, "of", up to two words of its victims).
 */
function isTollHeaded(s: SentenceView, w: number, lex: EventsLexicons): boolean {
  const heads = lex.wordClasses.get("toll-head");
  if (!heads) return false;
  for (let k = w - 1; k >= 1 && k >= w - 1 - TOLL_HEAD_VICTIM_MAX_TOKENS; k--) {
    if (s.tokens[k]!.normal === "of") return heads.has(s.tokens[k - 1]!.normal);
    if (!TOLL_HEAD_VICTIM_POS.has(s.tokens[k]!.pos)) return false;
  }
  return false;
}

/**
 * "more than 60 civilians were killed and injured": one figure for the dead and the wounded together
 * says how many of neither, so it is no death toll and no injury count.
 */
function isJointToll(s: SentenceView, w: number, lex: EventsLexicons): boolean {
  const kind = lex.casualtyWords.get(s.tokens[w]!.normal)?.kind;
  return (joinsAlternatives(s, w + 1) && isOtherCasualtyWord(s, lex, w + 2, kind)) || (joinsAlternatives(s, w - 1) && isOtherCasualtyWord(s, lex, w - 2, kind));
}

/*
 * isJointToll's tests, as module functions rather than closures made per casualty word: under the
 * bundler's keepNames (and tsx) each closure bound to a name costs a defineProperty of the name.
 */

/** Token k is a casualty word of another kind than `kind`, and not a toll's. */
function isOtherCasualtyWord(s: SentenceView, lex: EventsLexicons, k: number, kind: string | undefined): boolean {
  const o = lex.casualtyWords.get(s.tokens[k]?.normal ?? "")?.kind;
  return o !== undefined && o !== kind && o !== "toll" && o !== "casualties";
}

/** Token k is "and" or "or". */
function joinsAlternatives(s: SentenceView, k: number): boolean {
  return s.tokens[k]?.normal === "and" || s.tokens[k]?.normal === "or";
}

/**
 * "Between three and nine soldiers were injured along with three bystanders": victims added after the
 * verb count toward the same figure (min 6, max 12). A short adjunct of place or time may stand between
 * ("was killed in Nairobi on Friday along with four other workers", "..., along with three civilians"), and the added group may be a part
 * ("shot dead along with two of his bodyguards"); a verb, a comma or a clause word ends the search.
 */
function readAddedVictims(s: SentenceView, w: number, lex: EventsLexicons): QuantityRead | null {
  const words = s.words;
  let at = w + 1;
  while (at < s.tokens.length && at - w <= ADDED_VICTIMS_REACH_TOKENS && afterJoiningWith(words, at) < 0) {
    // "were killed in Kaduna on Sunday, along with three civilians": a comma right before the joining words.
    if (words[at] === "," && afterJoiningWith(words, at + 1) >= 0) { at++; break; }
    const t = s.tokens[at]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "CCONJ" || t.pos === "PRON" || t.pos === "PUNCT") return null;
    at++;
  }
  const joined = afterJoiningWith(words, at);
  if (joined < 0) return null;
  const q = partitive(s, readQuantityAt(s, joined, lex));
  // A count of people ("three bystanders", "four other workers"), not "along with 20 kilos" of some other kind.
  if (!q || !countsPeople(s, lex, q)) return null;
  return { ...q, end: nounPhraseEnd(s, q.end) };
}
/** From the casualty word to "along with" past an adjunct ("killed in Nairobi on Friday along": 5). Unit: tokens. */
const ADDED_VICTIMS_REACH_TOKENS = 6;

/** The token after "along with", "together with" or "as well as" at token `at`, or -1 when none stands there. */
function afterJoiningWith(words: readonly string[], at: number): number {
  if ((words[at] === "along" || words[at] === "together") && words[at + 1] === "with") return at + 2;
  return words[at] === "as" && words[at + 1] === "well" && words[at + 2] === "as" ? at + 3 : -1;
}

/** Parts of speech of a counted noun phrase ("two justice ministry employees", "three Afghan soldiers"). */
const COUNTED_NOUN_POS = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * Whether the figure at `q` counts people: a noun phrase follows it whose last word (its head; a
 * tagger may call "civilian" or "wounded" an adjective) is no measure, span of time or animal.
 */
function countsPeople(s: SentenceView, lex: EventsLexicons, q: QuantityRead): boolean {
  const head = countedHead(s, q);
  return head !== undefined && !NOT_PEOPLE_CLASSES.some((c) => inClass(lex, head, c));
}

/** Whether the noun phrase after the figure is headed by a word for people ("civilian", "soldiers", "people"): the actors' classes or generic people. */
function namesPeople(s: SentenceView, lex: EventsLexicons, q: QuantityRead): boolean {
  const head = countedHead(s, q);
  return head !== undefined && (lex.actorClasses.has(head.normal) || inClass(lex, head, "generic-people"));
}

/** Heads a figure may count that are no people: units, spans of time, animals, happenings ("in one attack", "two blasts"). */
const NOT_PEOPLE_CLASSES = ["measure", "period", "animal", "occurrence"] as const;

/**
 * Whether the figure counts happenings or is a date's day, not people: "In one attack, two soldiers
 * were killed" (one attack), "the blast on August 6 died" (the sixth of August).
 */
function countsNoPeople(s: SentenceView, lex: EventsLexicons, q: QuantityRead): boolean {
  if (q.start > 0 && inClass(lex, s.tokens[q.start - 1]!, "month")) return true;
  const head = countedHead(s, q);
  return head !== undefined && inClass(lex, head, "occurrence");
}

/** The last word (the head) of the noun phrase the figure counts, when one follows it. */
function countedHead(s: SentenceView, q: QuantityRead): TokenView | undefined {
  const end = nounPhraseEnd(s, q.end);
  return end === q.end ? undefined : s.tokens[end - 1];
}

function inClass(lex: EventsLexicons, t: TokenView, name: string): boolean {
  const words = lex.wordClasses.get(name);
  return words !== undefined && t.forms.some((f) => words.has(f));
}

/** The end of the counted noun phrase starting at k (exclusive), or k when none. */
function nounPhraseEnd(s: SentenceView, k: number): number {
  let n = 0;
  while (k + n < s.tokens.length && n < COUNTED_NOUN_MAX_TOKENS && COUNTED_NOUN_POS.has(s.tokens[k + n]!.pos)) {
    // "killed two children herding goats": an -ing word after the counted noun opens what they were doing
    // (the tagger may call it a noun); the goats are not the dead.
    const t = s.tokens[k + n]!;
    if (n > 0 && t.normal.endsWith("ing") && s.tokens[k + n - 1]!.pos === "NOUN") break;
    n++;
  }
  return k + n;
}

/**
 * Victim groups joined to the counted one, each with its own figure: "killed three soldiers and two
 * civilians" (5), "the murder of a judge and of two ministry employees" (3), "Three soldiers and two
 * civilians were killed" (5). The groups lie on the side of the casualty word the figure was read on;
 * a group that begins a clause of its own ("and 100 were injured", "and three policemen were hurt")
 * is another count, not one more group of these victims.
 */
function readCoordinatedVictims(s: SentenceView, lex: EventsLexicons, q: QuantityRead, w: number): QuantityRead | null {
  const words = s.words;
  let min: number | null = 0, max: number | null = 0, start = q.start, end = q.end, groups = 0;
  if (q.start > w) {
    let k = nounPhraseEnd(s, q.end);
    if (k === q.end) return null;
    const afterComma = words[k] === ",";
    // "killed two people, a man and a woman": a list after a comma breaks down people in general, it adds none.
    const generic = s.tokens[k - 1]!.forms.some((f) => lex.wordClasses.get("generic-people")?.has(f));
    while (groups < COORDINATED_GROUPS_MAX) {
      k = pastDashedAside(s, k);
      let j = k;
      if (words[j] === ",") j++;
      if (words[j] !== "and" && words[k] !== ",") break;
      if (generic && groups === 0 && words[k] === ",") break;
      if (words[j] === "and") j++;
      if (words[j] === "of") j++;
      // "killing a police commander, his two bodyguards and a civilian": a possessed group is counted too,
      // and "a man and his wife" one person more.
      const possessed = POSSESSIVE_DETERMINERS.has(words[j] ?? "");
      if (possessed) j++;
      const r = partitive(s, readQuantityAt(s, j, lex)) ?? (possessed ? onePossessed(s, j) : null);
      if (!r || !countsPeople(s, lex, r)) break;
      const after = nounPhraseEnd(s, r.end);
      // "... and three policemen were hurt" opens a clause of its own; not inside a noun's "of" phrase, whose
      // verb is the noun's ("The bodies of 4 soldiers and 12 militants were recovered").
      const ofNoun = s.tokens[w]!.pos === "NOUN" && words[w + 1] === "of";
      if (!ofNoun && (s.tokens[after]?.pos === "AUX" || s.tokens[after]?.pos === "VERB")) break;
      // "killed 56 civilians, a doctors' union said": a possessor opens the phrase of what it owns, the speaker, no victims.
      if (POSSESSIVE_MARK.test(words[after] ?? "")) break;
      min = sum(min, r.min); max = sum(max, r.max); end = after; groups++;
      k = after;
    }
    // "killed eight villagers, five men and three women": a list after a comma whose figures add up to the first
    // breaks those victims down (an apposition), it adds none.
    if (afterComma && groups > 1 && min !== null && min === q.min && max === q.max) return null;
  } else {
    // "... and three were killed": the casualty word has its own auxiliary, so its subject opens a clause.
    let clauseOfItsOwn = false;
    for (let k = q.end; k < w; k++) if (BE.has(words[k]!)) clauseOfItsOwn = true;
    // "a woman and her 3 children were killed": the possessive belongs to the counted group.
    let j = POSSESSIVE_DETERMINERS.has(words[q.start - 1] ?? "") ? q.start - 2 : q.start - 1;
    while (groups < COORDINATED_GROUPS_MAX && (words[j] === "and" || words[j] === ",")) {
      let np = j - 1;
      if (words[np] === ",") np--;
      // "left 2 people dead and 3 others injured": a group that ends in a casualty word of its own is that word's count.
      if (lex.casualtyWords.has(words[np] ?? "")) break;
      let n = 0;
      while (np >= 0 && n < COUNTED_NOUN_MAX_TOKENS && COUNTED_NOUN_POS.has(s.tokens[np]!.pos)) { np--; n++; }
      if (n === 0) break;
      // "Five members of the security forces and a civilian": a part of a group ("members of the", "three of his")
      // is counted by the figure before its "of".
      if (PARTITIVE_DETERMINERS.has(words[np] ?? "") && words[np - 1] === "of") {
        let k = np - 2, m = 0;
        while (k >= 0 && m < COUNTED_NOUN_MAX_TOKENS && COUNTED_NOUN_POS.has(s.tokens[k]!.pos)) { k--; m++; }
        if (s.tokens[k]?.pos === "NUM" || readQuantityAt(s, k, lex)?.end === k + 1) np = k;
      }
      let r: QuantityRead | null = null;
      for (let p = np; p >= Math.max(0, np - 3); p--) {
        const x = readQuantityAt(s, p, lex);
        if (x && x.end === np + 1) r = x;
      }
      if (!r || !countsPeople(s, lex, partitive(s, r)!) || s.aside[r.start]) break;
      // "killed five people and 20 others were injured", "arrested five and three were killed": a group that
      // is the object of a verb before it belongs to that verb, unless the casualty word is the complement
      // of that very object ("left 11 Taliban and 4 soldiers dead"), which no auxiliary opens a clause for.
      // A verb that reports speech frames the clause the groups open ("said nine civilians and three soldiers had been killed").
      const before = s.tokens[r.start - 1];
      if (before && (before.pos === "VERB" || before.pos === "AUX") && !s.reportVerbs?.has(before.normal) && (lex.casualtyWords.has(before.normal) || clauseOfItsOwn)) break;
      min = sum(min, r.min); max = sum(max, r.max); start = r.start; groups++;
      j = r.start - 1;
    }
  }
  return groups === 0 ? null : { start, end, min, max };
}

/** A possessive mark the tokenizer splits off ("doctors' union", "the army's"). */
const POSSESSIVE_MARK = /^['’]s?$/;

/** The longest dashed aside skipped between two victim groups, in tokens. */
const DASHED_ASIDE_MAX_TOKENS = 12;

/**
 * Where the victim list goes on after a dashed aside that starts at `k` and is closed by a dash followed by
 * "and" ("six Jesuit priests -- five of whom were Spanish citizens -- and two women": the five are some of
 * the six, the two women more victims); `k` itself when no such aside starts there.
 */
function pastDashedAside(s: SentenceView, k: number): number {
  if (!DASHES.has(s.words[k] ?? "")) return k;
  for (let j = k + 1; j < s.words.length && j <= k + DASHED_ASIDE_MAX_TOKENS; j++) {
    if (DASHES.has(s.words[j]!)) return s.words[j + 1] === "and" ? j + 1 : k;
  }
  return k;
}

/** The verb at `k`, or before the object noun phrase ending at `k` ("beat two men | to death"); -1 when none. */
function verbBeforeObject(s: SentenceView, k: number): number {
  for (let j = k, n = 0; j >= 0 && n <= COUNTED_NOUN_MAX_TOKENS; j--, n++) {
    const pos = s.tokens[j]!.pos;
    if (pos === "VERB") return j;
    if (!COUNTED_NOUN_POS.has(pos) && pos !== "NUM" && pos !== "DET") return -1;
  }
  return -1;
}

/**
 * The victims of a verb of manner with "to death" after it, read at the verb `v`: before a passive
 * ("a man was stabbed to death", 1), after an active one ("beat two men to death", 2), or named.
 */
function readToDeath(s: SentenceView, v: number, death: number, lex: EventsLexicons, persons: readonly PersonSpan[]): QuantityRead | null {
  let aux = v - 1;
  while (aux > 0 && s.tokens[aux]!.pos === "ADV") aux--;
  const passive = aux >= 0 && BE.has(s.tokens[aux]!.normal);
  // The object may also follow "to death" ("hacked to death at least 40 people").
  const q = passive ? readBefore(s, v, lex) : (readAfter(s, v, lex, 2) ?? readAfter(s, death, lex, 2));
  if (q) return q;
  const named = readNamedVictims(s, v, persons, passive);
  return named ? { start: named.start, end: named.end, min: named.count, max: named.count } : null;
}

/** Marks of a possessor before a noun: "Valencia's murder", "Velazquez' death". */
const POSSESSOR_MARKS: ReadonlySet<string> = POSSESSIVE_MARKS;

/** Object pronouns that name one person. */
const ONE_PERSON_OBJECTS: ReadonlySet<string> = new Set(["him", "her"]);

/** Parts of speech that open a verb's object ("killed the guards", "killed him", "killed Ahmed", "killed two"). */
const OBJECT_OPENER_POS: ReadonlySet<string> = new Set(["DET", "PRON", "PROPN", "NOUN", "NUM"]);

/** Possessive determiners before a counted group ("his two bodyguards"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = THIRD_PERSON_POSSESSIVES;

/**
 * One possessed person with no figure, from the noun after the possessive at `j` ("his wife", "her
 * eldest son"): a quantity of 1 ending at the noun phrase's start, so that the phrase is what is counted; null for a plural head.
 */
function onePossessed(s: SentenceView, j: number): QuantityRead | null {
  const end = nounPhraseEnd(s, j);
  if (end === j) return null;
  const head = s.tokens[end - 1]!;
  if (head.pos !== "NOUN" || (head.normal.endsWith("s") && !head.normal.endsWith("ss"))) return null;
  return { start: j - 1, end: j, min: 1, max: 1 };
}

/** Determiners of a part of a group: "three of his guards", "two of the attackers" ("two of them" points back to a group already counted). */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(["the", ...THIRD_PERSON_POSSESSIVES]);

/** A figure with the part-of phrase after it taken in ("three of his guards": the guards are what is counted). */
function partitive(s: SentenceView, q: QuantityRead | null): QuantityRead | null {
  if (!q || s.words[q.end] !== "of" || !PARTITIVE_DETERMINERS.has(s.words[q.end + 1] ?? "")) return q;
  return { ...q, end: q.end + 2 };
}

/**
 * A counted group on a list after a named or definite victim, from the list word at `at`: "the district
 * governor and his two bodyguards" (2), "a senior commander and three of his guards" (3), "himself and
 * four soldiers" (4), "along with two civilians". An exact figure only; a group that starts its own clause
 * ("and two others were injured") is another report.
 */
function readListedVictims(s: SentenceView, lex: EventsLexicons, at: number): { end: number; count: number } | null {
  const words = s.words;
  let j = words[at] === "and" ? at + 1 : afterJoiningWith(words, at);
  if (j < 0) return null;
  const possessed = POSSESSIVE_DETERMINERS.has(words[j] ?? "");
  if (possessed) j++;
  // "the mayor and his wife": one possessed person with no figure.
  const r = partitive(s, readQuantityAt(s, j, lex)) ?? (possessed ? onePossessed(s, j) : null);
  if (!r || r.min === null || r.min !== r.max || !countsPeople(s, lex, r)) return null;
  const after = nounPhraseEnd(s, r.end);
  if (s.tokens[after]?.pos === "AUX" || s.tokens[after]?.pos === "VERB") return null;
  return { end: after, count: r.min };
}

/** Verbs of the manner of a killing before "dead": "shot dead a local chief", "gunned down"-like, read as an active verb with its victims after. */
const KILLED_DEAD_VERBS: ReadonlySet<string> = EVENT_WORDS.get("killed-dead-verbs");

/** What one succumbs to when one dies of it: "succumbed to his injuries", "succumbed to burn wounds". */
const SUCCUMB_CAUSES: ReadonlySet<string> = EVENT_WORDS.get("succumb-causes");
/** Tokens after "to" within which what one succumbed to is read ("to severe burn injuries": 3). */
const SUCCUMB_CAUSE_REACH_TOKENS = 4;

/** "succumbed to pressure": a succumbing told with a "to" that names no wound or illness is no death. */
function succumbsToNoWound(s: SentenceView, w: number): boolean {
  if (!s.words[w]!.startsWith("succumb") || s.words[w + 1] !== "to") return false;
  for (let k = w + 2; k < s.words.length && k <= w + 1 + SUCCUMB_CAUSE_REACH_TOKENS; k++) if (SUCCUMB_CAUSES.has(s.words[k]!)) return false;
  return true;
}

function sum(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/** Two victim groups of one event told apart ("killing 4 soldiers ... 2 militants were also killed"): their sum, both texts kept. */
export function addCounts(a: Count, b: Count): Count {
  return { min: sum(a.min, b.min), max: sum(a.max, b.max), text: `${a.text} … ${b.text}` };
}

/** Whether the figure counts a unit ("3,000 kilos", "5 million dollars"): the noun right after it, past one adjective. */
function countsMeasure(s: SentenceView, lex: EventsLexicons, q: QuantityRead): boolean {
  const measures = lex.wordClasses.get("measure");
  if (!measures) return false;
  const head = s.tokens[q.end]?.pos === "ADJ" ? q.end + 1 : q.end;
  return s.tokens[head]?.forms.some((f) => measures.has(f)) ?? false;
}

/** What is fired, dropped or laid, counted by the piece (word-classes.tsv munition-nouns). */
const MUNITION_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("munition-nouns");

/** Whether the figure counts munitions ("three IEDs", "two rockets"): the head of the noun phrase after it. */
function countsMunitions(s: SentenceView, q: QuantityRead): boolean {
  const head = countedHead(s, q);
  return head !== undefined && head.forms.some((f) => MUNITION_NOUNS.has(f));
}

/** Whether the words counted, between the number and the casualty word or right after the number, are animals. */
function namesAnimals(s: SentenceView, lex: EventsLexicons, q: QuantityRead, w: number): boolean {
  const animals = lex.wordClasses.get("animal");
  if (!animals) return false;
  if (q.end <= w) {
    for (let k = q.end; k < w; k++) if (isAnimalAt(s, animals, k)) return true;
    return false;
  }
  // "killed their cattle": a victim phrase read whole ends at its head.
  return isAnimalAt(s, animals, q.end) || isAnimalAt(s, animals, q.end + 1) || (q.end - 1 > w && isAnimalAt(s, animals, q.end - 1));
}

/**
 * Token k names an animal. "two children herding goats": a verb in -ing ("herding", whose stem is "herd")
 * tells what people were doing, it counts no animals. A module function: no closure made per casualty word.
 */
function isAnimalAt(s: SentenceView, animals: ReadonlySet<string>, k: number): boolean {
  const t = s.tokens[k];
  return !!t && !t.normal.endsWith("ing") && t.forms.some((f) => animals.has(f));
}

/**
 * A total or a rate: "since 2015" (not "the worst since 2015"), "a year", "worldwide" anywhere in the
 * sentence; a campaign ("in post-election violence") only in the casualty word's clause, so "killed
 * on Sunday, in the latest violence" keeps its toll. Cues of a running tally ("as of", "so far",
 * deaths beside a case count) are reported apart: they make only an epidemic's figure a tally.
 */
function readCumulativeCues(s: SentenceView, lex: EventsLexicons, w: number): { cumulative: boolean; tally: boolean } {
  let cumulative = isCampaignsRunningTotal(s, w), tally = false;
  // The view knows which tokens may start a cue of the lexicon's indexes (sentence-view.ts cueStarts): the others hold no form to look up.
  const bit = (s.cueStarts !== undefined && s.cueIndexes?.get(lex.cumulativeIndex)) || 0;
  for (let i = 0; i < s.tokens.length && !cumulative; i++) {
    if (bit !== 0 && (s.cueStarts![i]! & bit) === 0) continue;
    for (const form of s.tokens[i]!.forms) {
      for (const cue of lex.cumulativeIndex.get(form) ?? []) {
        if (cue.scope === "epidemic" ? tally : cumulative) continue;
        if (cue.scope === "clause" && s.clause[i] !== s.clause[w]) continue;
        const m = matchPatternAt(cue.pattern, s.tokens, i, s.tokens.length);
        if (!m) continue;
        const next = m[m.length - 1]! + 1;
        if (cue.unlessAfter && next < s.tokens.length && matchPatternAt(cue.unlessAfter, s.tokens, next, next + 1) && (!cue.unlessAfterNamesOne || namesOneHappening(s, next + 1))) continue;
        // "the deadliest attack since 2015", "the largest death toll for Turkey in a single day since 2016": a comparison
        // in the phrase the cue ends (no verb or clause boundary between).
        if (cue.unlessBefore && comparisonBefore(s, i, cue.unlessBefore)) continue;
        if (cue.scope === "epidemic") tally = true;
        else cumulative = true;
      }
    }
  }
  return { cumulative, tally };
}

/** Nouns of a campaign of violence rather than one happening ("the war", "the insurgency"). */
const CAMPAIGN_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("campaign-nouns");
/** From a perfect auxiliary back to the campaign noun heading its subject, past the subject's modifiers ("the war between the military and the RSF": 6). Unit: tokens. */
const CAMPAIGN_SUBJECT_REACH_TOKENS = 8;

/**
 * "The war between the military and the RSF, which erupted in April last year, has killed more than 14,000 people":
 * a campaign noun heading the subject of a perfect "has killed" tells its running total, however long the phrases and
 * asides between (cumulative-cues.tsv's patterns reach over a few words only). Asides are skipped; a verb outside them
 * ends the subject.
 */
export function isCampaignsRunningTotal(s: SentenceView, w: number): boolean {
  let i = w - 1;
  while (i >= 0 && s.tokens[i]!.pos === "ADV") i--;
  if (i < 0 || !HAVE_FORMS.has(s.words[i]!.toLowerCase())) return false;
  for (let k = i - 1, reach = 0; k >= 0 && reach < CAMPAIGN_SUBJECT_REACH_TOKENS; k--) {
    if (s.words[k] === ",") { k = relativeAsideStart(s, k); continue; }
    if (s.aside[k]) continue;
    reach++;
    const t = s.tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
    if (t.pos === "NOUN" && t.forms.some((f) => CAMPAIGN_NOUNS.has(f))) return true;
  }
  return false;
}

/** A relative clause between commas before the subject's verb, as far as its opening comma reaches back (", which erupted in April last year,": 7). Unit: tokens. */
const RELATIVE_ASIDE_REACH_TOKENS = 12;

/** The comma that opens ", which ... ," when `close` closes such a relative aside; else `close` itself. */
function relativeAsideStart(s: SentenceView, close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - RELATIVE_ASIDE_REACH_TOKENS; j--) {
    if (s.words[j] !== ",") continue;
    return RELATIVE_PRONOUNS.has(s.words[j + 1]!.toLowerCase()) ? j : close;
  }
  return close;
}

/** Words that end a toll's naming phrase and lead to its value: "the death toll from the bombing to 14". */
const TOLL_VALUE_LEADS: ReadonlySet<string> = new Set(["to", "at"]);

/**
 * Whether the phrase from token `i` up to the toll's value names one happening ("from Monday's market
 * bombing in Kabul to 14"), not several or a period ("from attacks this month to 45"): no plural noun
 * before the value, within the clause.
 */
function namesOneHappening(s: SentenceView, i: number): boolean {
  const end = Math.min(s.tokens.length, i + TOLL_VALUE_REACH_TOKENS);
  for (let k = i; k < end && s.clause[k] === s.clause[i]; k++) {
    const t = s.tokens[k]!;
    if (TOLL_VALUE_LEADS.has(t.normal)) return k > i;
    if (t.pos === "NOUN" && hasPluralEnding(t.normal)) return false;
    // "the number of people killed in the area this month to 60": a period longer than a day counts many happenings.
    if (PERIOD_NOUNS.has(t.normal)) return false;
  }
  return false;
}
const PERIOD_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("period-nouns");


/**
 * Whether a word of `pattern` stands before token `i` within the phrase the cue ends: up to
 * COMPARISON_REACH_TOKENS back, stopping at a verb or where the clause before the cue begins (the cue
 * itself, "since", opens a clause of its own).
 */
function comparisonBefore(s: SentenceView, i: number, pattern: Parameters<typeof matchPatternAt>[0]): boolean {
  const home = s.clause[i - 1];
  for (let k = i - 1; k >= 0 && k >= i - COMPARISON_REACH_TOKENS; k--) {
    if (matchPatternAt(pattern, s.tokens, k, k + 1)) return true;
    const t = s.tokens[k]!;
    if (s.clause[k] !== home || t.pos === "VERB" || t.pos === "AUX") return false;
  }
  return false;
}

/** Words that set a report apart from the one told before ("other reports", "some sources"): word-classes.tsv. */
const OTHER_REPORT_DETERMINERS: ReadonlySet<string> = EVENT_WORDS.get("other-report-determiners");
const REPORT_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("report-nouns");
/** From the report's noun to the toll word ("other reports put the toll": 3). Unit: tokens. */
const OTHER_REPORT_REACH_TOKENS = 4;

/**
 * "killing at least 100 people; other reports put the toll at 168", "some sources put the death toll at 40": a toll that
 * another source gives, in the toll's clause, is another figure for the same dead, not a revision of the first (ACLED
 * codes the lowest).
 */
function isAlternativeReport(s: SentenceView, w: number): boolean {
  for (let k = w - 1; k > 0 && w - k <= OTHER_REPORT_REACH_TOKENS && s.clause[k] === s.clause[w]; k--) {
    if (REPORT_NOUNS.has(s.words[k]!) && OTHER_REPORT_DETERMINERS.has(s.words[k - 1]!)) return true;
  }
  return false;
}

/**
 * "A police officer was fatally wounded", "two men sustained fatal injuries", "mortally wounded": an
 * injury word right after a word of the lethal-wound class (sense-classes.tsv) reports a death.
 */
function isLethalWound(s: SentenceView, lex: EventsLexicons, w: number): boolean {
  const before = s.tokens[w - 1];
  return !!before && before.forms.some((f) => lex.wordClasses.get("lethal-wound")?.has(f));
}

const NO_NAMES: ReadonlySet<number> = new Set();

/** The casualty word "lost" (casualty-words.tsv), which counts only people of a party. */
const LOST_RULE = "cas:lost";

/** Words before a figure that make it count people already named ("the two soldiers", "these three men"). */
const DEFINITE_COUNT_OPENERS: ReadonlySet<string> = new Set(["the", ...DEMONSTRATIVES]);

/** The figure (tokens start..end) a casualty report of the sentence counted, with the report's kind. */
interface CountedFigure { readonly kind: CasualtyKind; readonly start: number; readonly end: number }

/** Whether the figure `q` lies within one an earlier report of the same kind counted ("killed three people and then killed himself"). */
function countedBefore(counted: readonly CountedFigure[], q: QuantityRead, kind: CasualtyKind): boolean {
  for (const c of counted) if (c.kind === kind && q.start >= c.start && q.end <= c.end) return true;
  return false;
}

/**
 * Every casualty report in the sentence, in order. `names` holds the tokens of names and dates
 * (find-name-and-date-tokens.ts): a casualty word inside a name ("a Black Lives Matter protest") counts no one.
 */
export function parseCasualties(s: SentenceView, text: string, lex: EventsLexicons, persons: readonly PersonSpan[] = [], names: ReadonlySet<number> = NO_NAMES): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  const counted: CountedFigure[] = [];
  for (let w = 0; w < s.tokens.length; w++) {
    const t = s.tokens[w]!;
    // Looked up once per distinct word by the view where it carries the entries (sentence-view.ts).
    const entry = s.casualtyEntries ? s.casualtyEntries[w] : lex.casualtyWords.get(t.normal);
    if (!entry || names.has(w) || succumbsToNoWound(s, w)) continue;
    if (entry.kind !== "toll" && entry.kind !== "casualties" && isJointToll(s, w, lex)) continue;
    // "the death of a civilian", "Velazquez' death" tell a death; "death squads", "death threats" do not.
    // "a man was stabbed to death", "beat two men to death": the verb before "to" is the lethal word.
    const mannerVerb = entry.direction === "of" && s.words[w - 1] === "to" ? verbBeforeObject(s, w - 2) : -1;
    const toDeath = mannerVerb >= 0 && !s.tokens[mannerVerb]!.forms.some((f) => lex.wordClasses.get("death-sentence")?.has(f));
    if (entry.direction === "of" && !toDeath && s.words[w + 1] !== "of" && !POSSESSOR_MARKS.has(s.words[w - 1] ?? "")) continue;
    if (entry.direction === "to" && s.words[w - 1] !== "to" && !(s.words[w - 1] === "the" && s.words[w - 2] === "to")) continue;
    let q: QuantityRead | null = null;
    // "Fatalities: 5" gives the event's total, as a toll does ("the death toll rose to 5").
    let label = false;
    // "the number of people killed in the attack has risen to 12": the casualty word names what a toll counts.
    const headed = entry.kind !== "toll" && isTollHeaded(s, w, lex);
    // "the death toll climbed to 66": the figure follows a verb, no object of the word.
    if (entry.kind === "toll" || headed) q = readTollValue(s, w, lex);
    else if (entry.direction === "before" && (q = readLabelValue(s, w, lex))) label = true;
    else if (toDeath) q = readToDeath(s, mannerVerb, w, lex, persons);
    else {
      // "were killed", and through adverbs: "were also killed", "was reportedly killed".
      let aux = w - 1;
      while (aux > 0 && aux >= w - 3 && s.tokens[aux]!.pos === "ADV") aux--;
      const passive = aux >= 0 && aux < w && BE.has(s.tokens[aux]!.normal);
      // A lethal noun counts what follows "of" ("the murder of two citizens"), not the next clause ("murder are a ...").
      const nominal = t.pos === "NOUN" && entry.kind === "fatal";
      // "Gunmen shot dead a local chief": "dead" after a verb of the killing's manner, not after "was", reads its victims after it.
      const activeDead = t.normal === "dead" && KILLED_DEAD_VERBS.has(s.words[w - 1] ?? "") && !BE.has(s.words[w - 2] ?? "") && !(s.tokens[w - 2]?.pos === "ADV" && BE.has(s.words[w - 3] ?? ""));
      // "wounded four students and then killed himself", "later hanged himself", "shot himself dead": a verb whose
      // victim is the doer himself tells a suicide; no figure told before it is its toll.
      if (!passive && REFLEXIVE_COUNTS.has(s.words[w + 1] ?? "") && s.words[w + 2] !== "and") continue;
      if (t.normal === "dead" && REFLEXIVE_COUNTS.has(s.words[w - 1] ?? "") && KILLED_DEAD_VERBS.has(s.words[w - 2] ?? "")) continue;
      // "shot him dead": the one person between the verb and "dead".
      if (t.normal === "dead" && ONE_PERSON_OBJECTS.has(s.words[w - 1] ?? "") && KILLED_DEAD_VERBS.has(s.words[w - 2] ?? "")) q = { start: w - 1, end: w, min: 1, max: 1 };
      else if (activeDead) {
        q = readAfter(s, w, lex, 2);
        const v = q ? null : readNamedVictims(s, w, persons, false, (at) => readListedVictims(s, lex, at));
        if (v) q = { start: v.start, end: v.end, min: v.count, max: v.count };
        if (!q) continue;
      } else if (!passive && t.pos === "VERB" && REFLEXIVE_COUNTS.has(s.words[w + 1] ?? "") && s.words[w + 2] === "and") q = reflexiveVictims(s, w, lex);
      else if (entry.direction !== "before" && entry.direction !== "to" && !passive && (!nominal || s.words[w + 1] === "of")) q = readAfter(s, w, lex, s.words[w + 1] === "of" ? 3 : 2) ?? readAfterJoinedVerb(s, w, lex);
      // "resulting in the deaths of 2 soldiers", "the bodies of 5 men": a noun counted before ("30 deaths") names its victims after "of".
      else if (t.pos === "NOUN" && s.words[w + 1] === "of") q = readAfter(s, w, lex, 3);
      // "killed Dolores Hinostroza", "Barillas ... was killed": who died, when no figure says how many.
      // Read before the figure behind the word, which after an active verb counts the killers ("Two gunmen killed the mayor").
      if (!q && entry.kind === "fatal") {
        const v = readNamedVictims(s, w, persons, passive || entry.direction === "before", (at) => readListedVictims(s, lex, at));
        if (v) q = { start: v.start, end: v.end, min: v.count, max: v.count };
      }
      // "Gunmen shot him dead", "killed her": one person, whom the story named before.
      if (!q && !passive && t.pos === "VERB" && ONE_PERSON_OBJECTS.has(s.words[w + 1] ?? "") && !COUNTED_NOUN_POS.has(s.tokens[w + 2]?.pos ?? "") && s.tokens[w + 2]?.pos !== "NUM") q = { start: w + 1, end: w + 2, min: 1, max: 1 };
      // "Five gunmen killed the guards", "a siege that lasted 20 hours before troops killed them": an active verb with an
      // object of its own names its victims there; a figure before it counts the doers or something else.
      if (!q && entry.direction !== "after" && entry.direction !== "of" && !(!passive && t.pos === "VERB" && OBJECT_OPENER_POS.has(s.tokens[w + 1]?.pos ?? ""))) {
        q = readBefore(s, w, lex);
        // "a resident who helped collect bodies": a figure read back across a relative clause's opening counts the
        // person the clause describes, not the dead the noun names.
        if (q && t.pos === "NOUN" && opensClauseBetween(s, q.end, w, lex.wordClasses.get(RELATIVE_PRONOUN_CLASS))) q = null;
      }
    }
    if (!q || countsNoPeople(s, lex, q)) continue;
    // "the Taliban lost 12 fighters": "lost" tells a side's dead only when its figure counts people of a party, not "lost 300 jobs".
    if (entry.id === LOST_RULE && !namesPeople(s, lex, q)) continue;
    // "The gunman killed three people and then killed himself": a figure read back from a later casualty word that an
    // earlier one of the same kind already counted is that word's victims told again, not more of them.
    if (countedBefore(counted, q, entry.kind === "toll" ? "fatal" : entry.kind)) continue;
    // "a soldier was killed and another injured": "another" alone counts one more right before the casualty word or
    // its "was" (elliptical), or before people ("killed another civilian"); not as the article of another noun
    // ("Another leaflet warns fighters to surrender or die").
    if (q.end === q.start + 1 && s.words[q.start] === "another" && q.end !== w && !BE.has(s.words[q.end] ?? "") && !namesPeople(s, lex, q)) continue;
    // "a message blaming X for having him killed": an article far before the casualty word counts nobody.
    if (q.min === 1 && q.max === 1 && ARTICLES.has(s.words[q.start] ?? "") && w - q.end > ARTICLE_COUNT_MAX_GAP) continue;
    // "160,000 birds were killed", "killed 300 hogs": culled animals are no deaths of people.
    if (namesAnimals(s, lex, q, w)) continue;
    // "3,000 kilos of ... 'double dead' meat": a figure of a measure or of money counts no people.
    if (countsMeasure(s, lex, q)) continue;
    // "neutralised three IEDs", "killed by two rockets": a figure of munitions counts no people.
    if (countsMunitions(s, q)) continue;
    // Read after the victims already counted when they follow the word ("killed the mayor along with two of his
    // aides" counted the aides with the mayor's list), else after the word.
    const more = entry.kind === "toll" || headed ? null : readAddedVictims(s, Math.max(w, q.end - 1), lex);
    if (more) q = { start: q.start, end: more.end, min: sum(q.min, more.min), max: sum(q.max, more.max) };
    const joined = entry.kind === "toll" || headed ? null : readCoordinatedVictims(s, lex, q, w);
    if (joined) q = { start: Math.min(q.start, joined.start), end: Math.max(q.end, joined.end), min: sum(q.min, joined.min), max: sum(q.max, joined.max) };
    const first = Math.min(q.start, w);
    const last = Math.max(q.end - 1, w);
    const span = { start: s.spans[first]!.start, end: s.spans[last]!.end };
    counted.push({ kind: entry.kind === "toll" ? "fatal" : entry.kind, start: q.start, end: q.end });
    out.push({
      kind: entry.kind === "toll" || (entry.kind === "injured" && isLethalWound(s, lex, w)) ? "fatal" : entry.kind,
      count: { min: q.min, max: q.max, text: text.slice(span.start, span.end) },
      word: w,
      ruleId: entry.id,
      inAside: s.aside[w] ?? false,
      definite: DEFINITE_COUNT_OPENERS.has(s.words[q.start - 1] ?? ""),
      toll: entry.kind === "toll" || headed || label,
      ...(entry.kind === "toll" && isAlternativeReport(s, w) ? { alternative: true } : {}),
      ...(label ? { coded: true } : {}),
      ...readCumulativeCues(s, lex, w),
    });
  }
  return out;
}
