import { detachedString } from "../../core/detached-string.js";
import { TwoGenerationCache } from "../../core/two-generation-cache.js";
import { MAX_PHRASE_WORDS, type CaseDictionary, type PhraseDictionary } from "./case-dictionary.js";
import { MAX_LOWER_SHARE_OF_UPPER_TEXT, MIN_LETTERS_OF_LOWER_TEXT, MIN_UNKNOWN_NAME_LENGTH } from "./heuristics.js";

/** True when a text is written in capitals only (wire copy, telex), so its casing carries no information. */
export function isAllCaps(text: string): boolean {
  let lower = 0, letters = 0;
  // By UTF-16 unit, not by character: only ASCII letters count, and no unit of another character is one.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) { lower++; letters++; } else if (c >= 65 && c <= 90) letters++;
  }
  return letters > 0 && lower / letters <= MAX_LOWER_SHARE_OF_UPPER_TEXT;
}

/** Suffixes whose removal may reveal a known lower-case word: "RIDDLED" → "riddle", "DRAGNETS" → "dragnet". */
const INFLECTIONS = ["'s", "ing", "ed", "es", "s", "ly", "d", "er", "ers", "ion", "ions"];

const VERBAL = new Set(["ing", "ed", "d", "ly"]);

function knownLowerStem(lower: string, dict: CaseDictionary, isKnownWord: KnownWord): boolean {
  for (const suf of INFLECTIONS) {
    if (!lower.endsWith(suf) || lower.length - suf.length < 3) continue;
    const stem = lower.slice(0, -suf.length);
    for (const cand of [stem, `${stem}e`]) {
      const f = dict.get(cand);
      // The general vocabulary vouches only for verb and adverb endings: a plural "-s" would turn surnames
      // ("Marcos", "Flores") into common words.
      if (f !== undefined ? f === cand : VERBAL.has(suf) && isKnownWord(cand)) return true;
    }
  }
  return false;
}

function capitalise(lower: string): string {
  // D'AUBUISSON → D'Aubuisson, O'NEILL → O'Neill
  return lower.replace(/^([a-z])('?)([a-z]?)/, (_, a: string, q: string, b: string) => a.toUpperCase() + q + (q ? b.toUpperCase() : b));
}

/** Tells whether a lower-case word is in a general English vocabulary (names excluded as far as it knows). */
export type KnownWord = (lower: string) => boolean;

/** The written form of one word in running text (not at a sentence start). */
export function caseWord(word: string, dict: CaseDictionary, isKnownWord: KnownWord = () => false): string {
  const lower = word.toLowerCase();
  const known = dict.get(lower) ?? dict.get(lower.replace(/\.$/, ""));
  if (known !== undefined) return known.length === word.length ? known : known + word.slice(known.length).toLowerCase();
  if (!/[aeiouy]/.test(lower) && lower.length >= 2) return word.toUpperCase(); // FMLN, PCN: acronyms have no vowel
  if (lower.length < MIN_UNKNOWN_NAME_LENGTH || knownLowerStem(lower, dict, isKnownWord) || isKnownWord(lower)) return lower;
  return capitalise(lower);
}

/**
 * Where sentences start: the text start, after . ! ? (and a closing quote or bracket), at paragraph
 * starts (a blank line or an indented line), after the dateline's "--" and any [EDITOR'S MARKERS]
 * after it, and at the start of a bracketed marker.
 */
const SENTENCE_START = /(?:^|[.!?]["')\]]?[ \t\n]+|\n[ \t]*\n[ \t]*|\n[ \t]{2,}|--[ \t\n]+(?:\[[^\]\n]*\][ \t\n]*)*|\[)["'(]?(?=[A-Za-z])/g;

function sentenceStarts(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(SENTENCE_START)) out.add(m.index! + m[0].length);
  return out;
}

/**
 * A word: letters with inner apostrophes or dots ("D'AUBUISSON", "U.S."), and a final dot of an abbreviation; what
 * /[A-Za-z]+(?:['.][A-Za-z]+)*\.?/g matches, read by hand (no match object per word). The offset of the first ASCII
 * letter from `from` (the text's length if none), and the end of the word that starts there.
 */
function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

function wordEnd(text: string, start: number): number {
  // Never a read past the text's end (charCodeAt's NaN there is no letter either): an optimised caller
  // that reads out of bounds is deoptimised and compiled again (--trace-deopt: restoreCase twice a run).
  const n = text.length;
  let i = start;
  while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
  while (i + 1 < n) {
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 46) && isAsciiLetter(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    } else break;
  }
  return i < n && text.charCodeAt(i) === 46 ? i + 1 : i;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Restores likely capitals in an all-caps text, keeping every offset: each word becomes its usual
 * written form from the case dictionary; unknown words are taken for names (capitalised) unless they
 * look like an inflection of a known lower-case word; sentence and paragraph starts are capitalised.
 * A text that already has lower-case letters is returned unchanged.
 */
export function truecaseText(text: string, dict: CaseDictionary, isKnownWord: KnownWord = () => false, phrases: PhraseDictionary = new Map()): string {
  if (!isAllCaps(text)) return text;
  return restoreCase(text, dict, isKnownWord, phrases);
}

/**
 * True when a text is written in small letters only (a note typed without capitals), so its casing carries no
 * information. Unlike capitals, small letters are the norm: one capital letter shows the text was cased.
 */
export function isAllLowerCase(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c >= 97 && c <= 122) letters++;
  }
  return letters >= MIN_LETTERS_OF_LOWER_TEXT;
}

/**
 * Restores likely capitals in a text written in one case only (all capitals or all small letters), keeping every
 * offset; a text written in both cases is returned unchanged. As truecaseText, which reads only all-caps text.
 */
export function truecaseOneCaseText(text: string, dict: CaseDictionary, isKnownWord: KnownWord = () => false, phrases: PhraseDictionary = new Map(), marks: NameMarks = NO_MARKS): string {
  if (!isAllCaps(text) && !isAllLowerCase(text)) return text;
  return restoreCase(text, dict, isKnownWord, phrases, marks);
}

/** truecaseOneCaseText of a text its caller found written in one case (isAllCaps or isAllLowerCase), without reading it again. */
export function truecaseKnownOneCaseText(text: string, dict: CaseDictionary, isKnownWord: KnownWord, phrases: PhraseDictionary, marks: NameMarks): string {
  return restoreCase(text, dict, isKnownWord, phrases, marks);
}

/**
 * What a one-case text's own layout tells of names. `acronyms`: lower-cased acronym → its capitals, written so where a
 * name's short form stands, before a colon ("eln: national liberation army", ACLED's way) or alone in brackets ("the
 * arakan army (aa)"), though the word is also an English word or a token the general vocabulary knows. `articles`:
 * the articles that open a name ("la", "el"), capitalised before a name word when no name word stands before them
 * ("in la paz" → "in La Paz"; "norte de santander" keeps its "de").
 */
export interface NameMarks {
  readonly acronyms: ReadonlyMap<string, string>;
  readonly articles: ReadonlySet<string>;
}
const NO_MARKS: NameMarks = { acronyms: new Map(), articles: new Set() };

/** Whether the word at [start, end) stands where a short form does: before a colon, or alone in brackets. */
function inAcronymPlace(text: string, start: number, end: number): boolean {
  // Read in bounds only (as wordEnd): the word may end the text or open it.
  if (end >= text.length) return false;
  const after = text.charCodeAt(end);
  return after === 58 || (after === 41 && start > 0 && text.charCodeAt(start - 1) === 40);
}

const startsCapital = (w: string | undefined) => w !== undefined && w[0] !== undefined && w[0] !== w[0].toLowerCase();

/** The first words of a phrase dictionary's names, found once per dictionary. */
const openersOf = new WeakMap<PhraseDictionary, ReadonlySet<string>>();
function phraseOpeners(phrases: PhraseDictionary): ReadonlySet<string> {
  let openers = openersOf.get(phrases);
  if (!openers) {
    const set = new Set<string>();
    for (const key of phrases.keys()) set.add(key.slice(0, key.indexOf(" ") < 0 ? key.length : key.indexOf(" ")));
    openersOf.set(phrases, (openers = set));
  }
  return openers;
}

/**
 * caseWord's answers for one dictionary and vocabulary, kept across texts in a bounded cache (core/two-generation-cache.ts:
 * ~100 bytes a word, two generations of CASED_WORDS_PER_GENERATION: < 2 MB).
 */
class CaseCache {
  private readonly words = new TwoGenerationCache<string>(CASED_WORDS_PER_GENERATION);

  constructor(private readonly dict: CaseDictionary, private readonly isKnownWord: KnownWord) {}

  get(word: string): string {
    const known = this.words.get(word);
    if (known !== undefined) return known;
    // A kept word must not hold a text alive (a slice of 13 or more characters is a view into it).
    const key = detachedString(word);
    const cased = detachedString(caseWord(key, this.dict, this.isKnownWord));
    this.words.set(key, cased);
    return cased;
  }
}
const CASED_WORDS_PER_GENERATION = 10_000;
const caseCaches = new WeakMap<CaseDictionary, WeakMap<KnownWord, CaseCache>>();

function caseCacheOf(dict: CaseDictionary, isKnownWord: KnownWord): CaseCache {
  let byVocabulary = caseCaches.get(dict);
  if (!byVocabulary) caseCaches.set(dict, (byVocabulary = new WeakMap()));
  let cache = byVocabulary.get(isKnownWord);
  if (!cache) byVocabulary.set(isKnownWord, (cache = new CaseCache(dict, isKnownWord)));
  return cache;
}

function restoreCase(text: string, dict: CaseDictionary, isKnownWord: KnownWord, phrases: PhraseDictionary, marks: NameMarks = NO_MARKS): string {
  const starts = sentenceStarts(text);
  // The words in four lists of one kind each (where each starts, as written, lower-cased, as cased), not an object a word.
  const at0: number[] = [];
  const words: string[] = [];
  const lowers: string[] = [];
  const caseds: string[] = [];
  // Each distinct word cased once (caseWord reads the word alone): a text repeats most of its words, a corpus its vocabulary.
  const casedWords = caseCacheOf(dict, isKnownWord);
  for (let at = nextWordStart(text, 0); at < text.length; at = nextWordStart(text, at)) {
    const start = at;
    at = wordEnd(text, at);
    let word = text.slice(start, at);
    // A final dot belongs to the word only when the dictionary knows the abbreviation ("U.S.", "GEN.").
    if (word.endsWith(".") && !dict.has(word.toLowerCase())) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    const acronym = inAcronymPlace(text, start, start + word.length) ? marks.acronyms.get(lower) : undefined;
    at0.push(start);
    words.push(word);
    lowers.push(lower);
    caseds.push(acronym ?? casedWords.get(word));
  }
  const count = words.length;
  // Known multi-word names override word casings ("MEXICO CITY" is "Mexico City", though "city" is a common word).
  // Only a word some name opens is tried as a name's start: trying every run of every word cost most of the stage.
  const openers = phraseOpeners(phrases);
  for (let i = 0; i < count; i++) {
    if (!openers.has(lowers[i]!)) continue;
    // The words from i on that follow each other with 1-3 spaces, tabs or line breaks between: a name's run at most.
    let joined = 1;
    while (joined < MAX_PHRASE_WORDS && i + joined < count && isPhraseGap(text, at0[i + joined - 1]! + words[i + joined - 1]!.length, at0[i + joined]!)) joined++;
    for (let n = Math.min(MAX_PHRASE_WORDS, count - i, joined); n >= 2; n--) {
      const form = phrases.get(lowers.slice(i, i + n).join(" "));
      if (!form) continue;
      const parts = form.split(" ");
      for (let k = 0; k < n; k++) if (parts[k]!.length === words[i + k]!.length) caseds[i + k] = parts[k]!;
      i += n - 1;
      break;
    }
  }
  for (let i = 0; i < count - 1; i++) {
    if (!marks.articles.has(lowers[i]!) || !startsCapital(caseds[i + 1])) continue;
    // Right before the next word, and after no name word of its own phrase ("Norte de Santander", "Croix-des-Bouquets").
    if (!/^[ \t]$/.test(text.slice(at0[i]! + words[i]!.length, at0[i + 1]!))) continue;
    if (i > 0 && startsCapital(caseds[i - 1]) && /^[ \t-]*$/.test(text.slice(at0[i - 1]! + words[i - 1]!.length, at0[i]!))) continue;
    caseds[i] = caseds[i]![0]!.toUpperCase() + caseds[i]!.slice(1);
  }
  // Only the words whose casing changes are written in: the text between them is copied in one piece.
  let out = "";
  let last = 0;
  for (let i = 0; i < count; i++) {
    const start = at0[i]!;
    const word = words[i]!;
    const c = caseds[i]!;
    const first = c.charCodeAt(0);
    const cased = first >= 97 && first <= 122 && starts.has(start) ? c[0]!.toUpperCase() + c.slice(1) : c;
    if (cased === word) continue;
    out += text.slice(last, start) + cased;
    last = start + word.length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Whether text[from, to) is what may stand between two words of a name: 1-3 spaces, tabs or line breaks. */
function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10) return false;
  }
  return true;
}
