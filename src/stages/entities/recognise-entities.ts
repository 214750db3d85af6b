import type { EntityType } from "../../core/index.js";
import { mapped } from "../../core/keep.js";
import { gatherCaseEvidence, isCommonWord, recaseTitleCaseHeadlines, startsUpperCase, type CaseEvidence } from "./case-evidence.js";
import { categoryBit } from "../../models/ner/gazetteer.js";
import type { EntitiesResources } from "./resources.js";
import { MAX_ACRONYM_CHARS, MAX_LONG_FORM_TOKENS, MAX_TITLE_TOKENS, MIN_ACRONYM_CAPITALS, MIN_PERSON_VOTES } from "./heuristics.js";

/**
 * Entity recognition over tokenised sentences: the trained tagger first, then the rules for
 * what CoNLL-2003 does not teach. Works on plain token lists with character offsets so that
 * the stage (wink tokens of an article) and the CoNLL scorer (gold tokens) run the same code.
 */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface RecognisedEntity {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** "ner-perceptron", or the id of the lexicon row or rule that set the span or its type. */
  readonly rule: string;
  /** Index (in the returned list) of the long form this acronym stands for. */
  readonly longForm?: number;
}

interface Candidate {
  sentence: number;
  a: number;
  b: number;
  type: EntityType;
  rule: string;
  longForm?: Candidate;
  removed?: boolean;
  /** Set when the entity is only the head of a hyphenated token ("US" in "US-led"): its length in characters. */
  headChars?: number;
}

const GPE_CATEGORIES = categoryBit("country") | categoryBit("admin") | categoryBit("city") | categoryBit("bigcity");
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
const NON_ASCII = /[^\x00-\x7f]/;
const LOWER_WORD = /^\p{Ll}+$/u;
const POSSESSIVE = /^(.*\p{L})(['’]s)$/u;
const ACRONYM = /^[A-Z][A-Za-z0-9&.\-]*$/;
const HYPHENATED_MODIFIER = /^(\p{Lu}[\p{L}.]*)-(\p{Ll}+)$/u;

export function recogniseEntities(sentences: readonly (readonly WordToken[])[], res: EntitiesResources): RecognisedEntity[] {
  const tokens = mapped(sentences, splitPossessives);
  const written = mapped(tokens, (s) => mapped(s, (t) => normaliseForModel(t.text)));
  const evidence = gatherCaseEvidence(written);
  const headline = evidence.headline;
  const words = recaseTitleCaseHeadlines(written, evidence);
  const spans = res.model.tagDocument(words);
  const candidates: Candidate[] = [];
  spans.forEach((list, s) => {
    for (const span of list) {
      const c: Candidate = { sentence: s, a: span.start, b: span.end, type: "MISC", rule: "ner-perceptron" };
      assignType(c, span.type, words[s]!, res);
      stripTitles(c, words[s]!, res);
      trimEdges(c, words[s]!);
      if (c.b > c.a && !isCommonWordAtStart(c, words[s]!, evidence)) candidates.push(c);
    }
  });
  splitCoordinatedNames(candidates, words, res);
  joinArticleLinkedParts(candidates, words);
  applyKnownEntities(candidates, words, headline, res);
  splitHyphenatedModifiers(candidates, words, headline, res);
  repeatFullNames(candidates, words, headline);
  addMissedNorp(candidates, words, headline, res);
  linkAcronyms(candidates, words, res);
  retypeSurnames(candidates, words, res);
  const kept = candidates.filter((c) => !c.removed).sort((x, y) => x.sentence - y.sentence || x.a - y.a);
  const index = new Map(kept.map((c, i) => [c, i]));
  return kept.map((c) => {
    const first = tokens[c.sentence]![c.a]!;
    const last = tokens[c.sentence]![c.b - 1]!;
    const longForm = c.longForm ? index.get(c.longForm) : undefined;
    const end = c.headChars === undefined ? last.end : first.start + c.headChars;
    return { start: first.start, end, type: c.type, rule: c.rule, ...(longForm === undefined ? {} : { longForm }) };
  });
}

/** Maps the tagger's CoNLL type to sitrep's: LOC is a GPE when the gazetteer lists it, MISC is NORP when the NORP lexicon does. */
function assignType(c: Candidate, conll: string, words: readonly string[], res: EntitiesResources): void {
  const lower = words.slice(c.a, c.b).map((w) => w.toLowerCase());
  const norpWords = conll !== "PER" && lower.every((w) => res.lexicons.norp.has(w));
  if (norpWords && conll !== "MISC") {
    // "Shia Muslim" typed ORG: words that are all nationalities or religions make a NORP.
    c.type = "NORP";
    c.rule = `ner-perceptron+${res.lexicons.norp.get(lower[0]!)!.id}`;
  } else if ((conll === "PER" || conll === "MISC") && c.b - c.a > 1 && res.lexicons.placeHeads.has(words[c.b - 1]!)) {
    // "Tabqa Dam" typed PER: a name ending in "Dam", "Airfield", "River" is a place; "Idlib Province" a GPE.
    const gpe = (res.model.gazetteer.categoriesOf(lower) | res.model.gazetteer.categoriesOf(lower.slice(0, -1))) & GPE_CATEGORIES;
    c.type = gpe ? "GPE" : "LOC";
    c.rule = "ner-perceptron+place-head";
  } else if (conll === "PER") c.type = "PERSON";
  else if (conll === "ORG") c.type = "ORG";
  else if (conll === "LOC" && c.b - c.a > 1 && res.lexicons.orgHeads.has(words[c.b - 1]!)) {
    // "Justice Department" typed LOC: a name ending in "Department", "Party", "Corp" is an organisation.
    c.type = "ORG";
    c.rule = "ner-perceptron+organisation-head";
  } else if (conll === "LOC") c.type = res.model.gazetteer.categoriesOf(lower) & GPE_CATEGORIES ? "GPE" : "LOC";
  else {
    const norp = res.lexicons.norp.get(lower.join(" "));
    c.type = norp ? "NORP" : "MISC";
    if (norp) c.rule = `ner-perceptron+${norp.id}`;
  }
}

/**
 * "Well, look": a one-word name at the start of a sentence (or after a colon or quote) that the
 * article otherwise writes in lower case is an ordinary word in sentence case.
 */
function isCommonWordAtStart(c: Candidate, words: readonly string[], evidence: CaseEvidence): boolean {
  if (c.b - c.a !== 1) return false;
  const atStart = c.a === 0 || /^["'(:]$/.test(words[c.a - 1]!);
  return atStart && isCommonWord(words[c.a]!, evidence);
}

/** "foreign minister Amir Khan Muttaqi": the title is not part of the name. */
function stripTitles(c: Candidate, words: readonly string[], res: EntitiesResources): void {
  if (c.type !== "PERSON") return;
  for (let changed = true; changed && c.b - c.a > 1; ) {
    changed = false;
    for (let len = Math.min(MAX_TITLE_TOKENS, c.b - c.a - 1); len >= 1; len--) {
      const key = words.slice(c.a, c.a + len).join(" ").toLowerCase();
      if (res.lexicons.titles.has(key) || /^\p{Ll}/u.test(words[c.a]!)) {
        c.a += /^\p{Ll}/u.test(words[c.a]!) && !res.lexicons.titles.has(key) ? 1 : len;
        changed = true;
        break;
      }
    }
  }
}

/**
 * Edges a name never has: punctuation, a possessive inside ("Department of State 's Rewards" is
 * the department), or a lower-case word at the end ("State expects").
 */
function trimEdges(c: Candidate, words: readonly string[]): void {
  const possessive = words.indexOf("'s", c.a);
  if (possessive > c.a && possessive < c.b) c.b = possessive;
  while (c.a < c.b && PUNCTUATION_ONLY.test(words[c.a]!)) c.a++;
  while (c.b > c.a && (PUNCTUATION_ONLY.test(words[c.b - 1]!) || words[c.b - 1] === "'s" || (c.b - c.a > 1 && LOWER_WORD.test(words[c.b - 1]!)))) c.b--;
  // "Islamic State (Mozambique)", "Military Forces of Mali (2021-)": a name whose bracket the span leaves open (the tagger's
  // span, or the trim above, stopped before its ")") takes the ")" right after it, not half a bracket.
  if (c.b > c.a && words[c.b] === ")" && openBrackets(words, c.a, c.b) > 0) c.b++;
}

/** How many "(" of words [a, b) no ")" closes. */
function openBrackets(words: readonly string[], a: number, b: number): number {
  let open = 0;
  for (let i = a; i < b; i++) {
    if (words[i] === "(") open++;
    else if (words[i] === ")" && open > 0) open--;
  }
  return open;
}

function overlapping(candidates: readonly Candidate[], s: number, a: number, b: number): Candidate[] {
  return inSentence(candidates, s).filter((c) => !c.removed && c.a < b && a < c.b);
}

/** Each candidate list's candidates by sentence, and how many of the list it has taken in. */
const bySentence = new WeakMap<readonly Candidate[], { taken: number; lists: Map<number, Candidate[]> }>();

/**
 * The candidates of sentence s, in the order they were added to the list: a scan of one sentence,
 * not of the whole document (which made the rules quadratic on a long text). Candidates are only
 * ever appended to the list, and a candidate's sentence never changes, so the index takes in what
 * was appended since the last query and is always complete.
 */
function inSentence(candidates: readonly Candidate[], s: number): readonly Candidate[] {
  let index = bySentence.get(candidates);
  if (!index) bySentence.set(candidates, (index = { taken: 0, lists: new Map() }));
  for (; index.taken < candidates.length; index.taken++) {
    const c = candidates[index.taken]!;
    const list = index.lists.get(c.sentence);
    if (list) list.push(c);
    else index.lists.set(c.sentence, [c]);
  }
  return index.lists.get(s) ?? [];
}

/** Names with a type fixed by the known-entities lexicon: retype the tagger's span, or add the name it missed. */
function applyKnownEntities(candidates: Candidate[], words: readonly string[][], headline: readonly boolean[], res: EntitiesResources): void {
  const { known, knownFirst } = res.lexicons;
  words.forEach((ws, s) => {
    if (headline[s]) return;
    for (let i = 0; i < ws.length; i++) {
      const longest = knownFirst.get(ws[i]!) ?? (ws[i]!.includes("-") ? knownFirst.get(hyphenHead(ws[i]!)) : undefined);
      if (longest === undefined) continue;
      for (let len = Math.min(longest, ws.length - i); len >= 1; len--) {
        const name = ws.slice(i, i + len);
        let entry = known.get(name.join(" "));
        // "Islamic State-Khorasan": a known name continued by a hyphenated capitalised word is still that kind of name.
        if (!entry && hyphenHead(name[len - 1]!) !== name[len - 1]) entry = known.get([...name.slice(0, -1), hyphenHead(name[len - 1]!)].join(" "));
        if (!entry) continue;
        const b = i + len;
        const over = overlapping(candidates, s, i, b);
        const exact = over.find((c) => c.a === i && c.b === b);
        if (exact) {
          if (exact.type !== entry.type) {
            exact.type = entry.type;
            exact.rule = entry.id;
          }
        } else if (entry.type === "ORG" && over.length === 1 && over[0]!.a === i && over[0]!.b > b && over[0]!.type !== "ORG" && over[0]!.type !== "PERSON") {
          // "Islamic State of Iraq and the Levant" typed LOC: a name that opens with a known organisation is that organisation's.
          over[0]!.type = "ORG";
          over[0]!.rule = `${entry.id}+longer-name`;
        } else if (over.every((c) => c.a >= i && c.b <= b)) {
          // The tagger found nothing here, or only a part of the name.
          for (const c of over) c.removed = true;
          candidates.push({ sentence: s, a: i, b, type: entry.type, rule: entry.id });
        }
        i = b - 1;
        break;
      }
    }
  });
}

/**
 * "Donald Trump" earlier, then "Trump" typed ORG ("the Trump campaign"): a one-word name that is
 * the surname of a person named in full in the article is that person, unless a lexicon types it.
 */
function retypeSurnames(candidates: Candidate[], words: readonly string[][], res: EntitiesResources): void {
  const surnames = new Set<string>();
  const votes = new Map<string, { person: number; all: number }>();
  for (const c of candidates) {
    if (c.removed || c.type !== "PERSON") continue;
    if (c.b - c.a >= 2) surnames.add(words[c.sentence]![c.b - 1]!);
  }
  for (const c of candidates) {
    if (c.removed || c.b - c.a !== 1) continue;
    const v = votes.get(words[c.sentence]![c.a]!) ?? { person: 0, all: 0 };
    v.all++;
    if (c.type === "PERSON") v.person++;
    votes.set(words[c.sentence]![c.a]!, v);
  }
  // "President Obama" three times and "Obama" once as ORG: the article's majority decides.
  for (const [w, v] of votes) if (v.person >= MIN_PERSON_VOTES && v.person * 2 > v.all) surnames.add(w);
  for (const c of candidates) {
    if (c.removed || c.type === "PERSON" || c.b - c.a !== 1 || c.headChars !== undefined || c.longForm) continue;
    const w = words[c.sentence]![c.a]!;
    if (!surnames.has(w) || res.lexicons.known.has(w)) continue;
    c.type = "PERSON";
    c.rule = "surname-of-person";
  }
}

/**
 * "Syrian Democratic Forces" found once as a whole: its other mentions, tagged in pieces
 * ("Syrian" + "Democratic Forces") or missed, are the same name with the same type.
 */
function repeatFullNames(candidates: Candidate[], words: readonly string[][], headline: readonly boolean[]): void {
  const names = new Map<string, { tokens: string[]; type: EntityType }[]>();
  // Per first word, the names listed already, joined: one Set lookup rather than joining every listed name again.
  const listed = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.removed || c.b - c.a < 2 || c.type === "NORP" || c.type === "MISC" || c.headChars !== undefined) continue;
    const tokens = words[c.sentence]!.slice(c.a, c.b);
    const first = tokens[0]!;
    let list = names.get(first);
    let joined = listed.get(first);
    if (!list || !joined) {
      names.set(first, (list = []));
      listed.set(first, (joined = new Set()));
    }
    const name = tokens.join(" ");
    if (joined.has(name)) continue;
    joined.add(name);
    list.push({ tokens, type: c.type });
  }
  if (names.size === 0) return;
  // Longest first; ties in the order found (a stable sort once orders them as a sort after every addition did).
  for (const list of names.values()) list.sort((x, y) => y.tokens.length - x.tokens.length);
  words.forEach((ws, s) => {
    if (headline[s]) return;
    for (let i = 0; i < ws.length; i++) {
      const list = names.get(ws[i]!);
      if (!list) continue;
      const name = listedNameAt(list, ws, i);
      if (!name) continue;
      const b = i + name.tokens.length;
      const over = overlapping(candidates, s, i, b);
      if (over.some((c) => c.a === i && c.b === b) || over.some((c) => c.a < i || c.b > b)) {
        i = b - 1;
        continue;
      }
      for (const c of over) c.removed = true;
      candidates.push({ sentence: s, a: i, b, type: name.type, rule: "repeated-name" });
      i = b - 1;
    }
  });
}

/** The first (longest) listed name whose words stand at token i. */
function listedNameAt<N extends { readonly tokens: readonly string[] }>(list: readonly N[], ws: readonly string[], i: number): N | undefined {
  for (const n of list) {
    let k = 0;
    // In bounds only (past the end no word matched either): an out-of-bounds read deoptimises the optimised caller.
    while (k < n.tokens.length && i + k < ws.length && ws[i + k] === n.tokens[k]) k++;
    if (k === n.tokens.length) return n;
  }
  return undefined;
}

/**
 * "Assad and ISIL" tagged as one name: split at "and" when one side is a name found on its own
 * elsewhere in the article or listed in the known-entities lexicon.
 */
/**
 * "Badia al-Sham", "Tal al-Abyad", "Abu Bakr al-Baghdadi": a part of an Arabic name opened by its article ("al-",
 * "el-", "ad-" ... before a capital) continues the name before it, which the tagger may have split into two entities
 * or left the part out of. The joined name keeps the type of its first part, unless that part was only MISC.
 */
function joinArticleLinkedParts(candidates: Candidate[], words: readonly string[][]): void {
  const sorted = candidates.filter((c) => !c.removed).sort((x, y) => x.sentence - y.sentence || x.a - y.a);
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k]!;
    if (c.removed) continue;
    const ws = words[c.sentence]!;
    while (c.b < ws.length && ARTICLE_LINKED_PART.test(ws[c.b]!)) {
      const next = sorted.find((n) => !n.removed && n !== c && n.sentence === c.sentence && n.a === c.b);
      if (next) {
        next.removed = true;
        if (c.type === "MISC") c.type = next.type;
        c.b = next.b;
      } else c.b++;
      c.rule = `${c.rule}+article-linked-part`;
    }
  }
}
/** A token that is a part of an Arabic name opened by its article: "al-Sham", "el-Sisi", "ad-Dawla", "as-Sukhnah". */
const ARTICLE_LINKED_PART = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-\p{Lu}[\p{L}'’-]*$/u;

function splitCoordinatedNames(candidates: Candidate[], words: readonly string[][], res: EntitiesResources): void {
  const single = new Map<string, EntityType>();
  for (const c of candidates) if (!words[c.sentence]!.slice(c.a, c.b).includes("and")) single.set(words[c.sentence]!.slice(c.a, c.b).join(" "), c.type);
  for (const c of [...candidates]) {
    const ws = words[c.sentence]!;
    const and = ws.indexOf("and", c.a);
    if (and <= c.a || and >= c.b - 1) continue;
    const left = ws.slice(c.a, and).join(" ");
    const right = ws.slice(and + 1, c.b).join(" ");
    const typeOf = (name: string) => res.lexicons.known.get(name)?.type ?? single.get(name);
    if (!typeOf(left) && !typeOf(right)) continue;
    c.removed = true;
    candidates.push({ sentence: c.sentence, a: c.a, b: and, type: typeOf(left) ?? c.type, rule: "coordinated-names" });
    candidates.push({ sentence: c.sentence, a: and + 1, b: c.b, type: typeOf(right) ?? c.type, rule: "coordinated-names" });
  }
}

/**
 * "US-led", "Kurdish-controlled", "IS-held": the name before the hyphen is the entity (GPE,
 * NORP, ORG), not the whole modifier, when the lexicons or the gazetteer know the name.
 */
function splitHyphenatedModifiers(candidates: Candidate[], words: readonly string[][], headline: readonly boolean[], res: EntitiesResources): void {
  words.forEach((ws, s) => {
    if (headline[s]) return;
    ws.forEach((w, i) => {
      const m = w.includes("-") ? HYPHENATED_MODIFIER.exec(w) : null;
      if (!m) return;
      const head = m[1]!;
      const known = res.lexicons.known.get(head);
      const norp = res.lexicons.norp.get(head.toLowerCase());
      const gpe = res.model.gazetteer.categoriesOf([head.toLowerCase()]) & GPE_CATEGORIES;
      const type: EntityType | undefined = known?.type ?? (norp ? "NORP" : gpe ? "GPE" : undefined);
      if (!type) return;
      const rule = known?.id ?? norp?.id ?? "hyphenated-modifier";
      const over = overlapping(candidates, s, i, i + 1);
      if (over.some((c) => c.a !== i || c.b !== i + 1)) return;
      for (const c of over) c.removed = true;
      candidates.push({ sentence: s, a: i, b: i + 1, type, rule, headChars: head.length });
    });
  });
}

/** "State-Khorasan" -> "State" when a capitalised word follows the hyphen; otherwise the word itself. */
function hyphenHead(word: string): string {
  const m = /^([^-]+)-\p{Lu}/u.exec(word);
  return m ? m[1]! : word;
}

/** Capitalised nationality, ethnic and religious words the tagger left out ("Afghans", "Shiite"). */
function addMissedNorp(
  candidates: Candidate[],
  words: readonly string[][],
  headline: readonly boolean[],
  res: EntitiesResources,
): void {
  const { norp, norpFirst } = res.lexicons;
  words.forEach((ws, s) => {
    if (headline[s]) return;
    for (let i = 0; i < ws.length; i++) {
      if (!startsUpperCase(ws[i]!)) continue;
      const longest = norpFirst.get(ws[i]!.toLowerCase());
      if (longest === undefined) continue;
      for (let len = Math.min(longest, ws.length - i); len >= 1; len--) {
        const entry = norp.get(ws.slice(i, i + len).join(" ").toLowerCase());
        // Political words ("Democratic", "Labour") alone are too often the start of a party's name.
        if (!entry || entry.kind === "political") continue;
        if (overlapping(candidates, s, i, i + len).length === 0) {
          candidates.push({ sentence: s, a: i, b: i + len, type: "NORP", rule: entry.id });
        }
        i += len - 1;
        break;
      }
    }
  });
}

export function isAcronym(word: string): boolean {
  if (word.length > MAX_ACRONYM_CHARS || !ACRONYM.test(word)) return false;
  let capitals = 0;
  for (const ch of word) if (ch >= "A" && ch <= "Z") capitals++;
  return capitals >= MIN_ACRONYM_CAPITALS;
}

/**
 * Whether the acronym's letters can be read, in order, in the long form with its first letter
 * starting a word (Schwartz & Hearst 2003): "IS-K" in "Islamic State-Khorasan", but not "U.S."
 * in "Michael Johnson".
 */
export function abbreviates(acronym: string, longForm: string): boolean {
  const a = acronym.toLowerCase().replace(/[^a-z0-9]/g, "");
  const l = longForm.toLowerCase();
  if (a.length === 0) return false;
  let li = l.length - 1;
  for (let ai = a.length - 1; ai >= 0; ai--) {
    const ch = a[ai]!;
    while (li >= 0 && (l[li] !== ch || (ai === 0 && li > 0 && /[a-z0-9]/.test(l[li - 1]!)))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/**
 * "Islamic State-Khorasan (IS-K)": the acronym is an entity of the long form's type, linked to
 * it, and so is every later use of the acronym in the document.
 */
function linkAcronyms(candidates: Candidate[], words: readonly string[][], res: EntitiesResources): void {
  const defined = new Map<string, { longForm: Candidate; sentence: number; at: number }>();
  words.forEach((ws, s) => {
    for (let p = 1; p + 1 < ws.length; p++) {
      const acronym = ws[p]!;
      if (ws[p - 1] !== "(" || ws[p + 1] !== ")" || !isAcronym(acronym)) continue;
      const end = p - 1;
      const longForm =
        inSentence(candidates, s).find((c) => !c.removed && c.b === end && c.type !== "NORP" && c.type !== "MISC" && abbreviates(acronym, ws.slice(c.a, c.b).join(" "))) ??
        findLongForm(candidates, ws, s, end, acronym, res);
      if (!longForm) continue;
      attachAcronym(candidates, s, p, longForm, "acronym-in-parentheses");
      if (!defined.has(acronym)) defined.set(acronym, { longForm, sentence: s, at: p });
    }
  });
  // One pass over the words, not one per defined acronym (quadratic on a long text). Each word is
  // one acronym's use and the acronyms touch disjoint words, so the order of the attachments is free.
  if (defined.size === 0) return;
  words.forEach((ws, s) => {
    ws.forEach((w, i) => {
      const def = defined.get(w);
      if (!def || s < def.sentence || (s === def.sentence && i <= def.at)) return;
      attachAcronym(candidates, s, i, def.longForm, "acronym-later-use");
    });
  });
}

/**
 * The tagger found no long form before "(ACR)": take the shortest run of capitalised words
 * (and connectors such as "of") ending there that the acronym abbreviates.
 */
function findLongForm(candidates: Candidate[], ws: readonly string[], s: number, end: number, acronym: string, res: EntitiesResources): Candidate | undefined {
  for (let k = end - 1; k >= 0 && end - k <= MAX_LONG_FORM_TOKENS; k--) {
    const w = ws[k]!;
    const capital = /^\p{Lu}/u.test(w);
    if (!capital && !res.lexicons.connectors.has(w)) return undefined;
    if (!capital || !abbreviates(acronym, ws.slice(k, end).join(" "))) continue;
    const over = overlapping(candidates, s, k, end);
    if (over.some((c) => c.a < k || c.b > end)) return undefined;
    const acronymSpan = overlapping(candidates, s, end + 1, end + 2).find((c) => c.type !== "NORP" && c.type !== "MISC");
    const type = res.lexicons.known.get(acronym)?.type ?? acronymSpan?.type ?? over.find((c) => c.type !== "NORP" && c.type !== "MISC")?.type ?? "ORG";
    for (const c of over) c.removed = true;
    const longForm: Candidate = { sentence: s, a: k, b: end, type, rule: "acronym-long-form" };
    candidates.push(longForm);
    return longForm;
  }
  return undefined;
}

function attachAcronym(candidates: Candidate[], s: number, i: number, longForm: Candidate, rule: string): void {
  const over = overlapping(candidates, s, i, i + 1);
  const exact = over.find((c) => c.a === i && c.b === i + 1);
  if (exact) {
    exact.type = longForm.type;
    exact.longForm = longForm;
    exact.rule = rule;
  } else if (over.length === 0) {
    candidates.push({ sentence: s, a: i, b: i + 1, type: longForm.type, rule, longForm });
  }
}

/** Splits "Department's" (one wink token) into "Department" and "'s", as CoNLL tokenises. */
/** Whether POSSESSIVE may match: it needs "'s" or "’s" at the end, so most tokens fail on their last two characters without running it. */
function endsInApostropheS(text: string): boolean {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 115) return false;
  const q = text.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
}

function splitPossessives(sentence: readonly WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  for (const t of sentence) {
    const m = endsInApostropheS(t.text) ? POSSESSIVE.exec(t.text) : null;
    if (m && t.end - t.start === t.text.length) {
      const cut = t.start + m[1]!.length;
      out.push({ text: m[1]!, start: t.start, end: cut }, { text: m[2]!, start: cut, end: t.end });
    } else out.push(t);
  }
  return out;
}

/** Typographic quotes and apostrophes as the Reuters training text writes them. */
export function normaliseForModel(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  return word.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'").replace(/[–—]/g, "-");
}
