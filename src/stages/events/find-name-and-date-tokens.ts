import type { Document, Span } from "../../core/index.js";
import { layer } from "../../core/index.js";
import { mapped } from "../../core/keep.js";
import { TITLE_CASE_MIN_WORDS, TITLE_CASE_SHARE } from "./heuristics.js";
import type { EventsLexicons } from "./resources.js";
import { findSentenceAt, tokenAt, type SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const EVENT_WORDS = stageWordClasses("events");

/** Entity types that name someone or somewhere: a word inside them ("Bureau of Investigation") is no event. */
const NAME_TYPES = new Set(["ORG", "PERSON", "GPE"]);

/** Day of month ("30", "30th") or year ("2020") after a month name. */
const DAY_OR_YEAR = /^(?:[0-3]?\d(?:st|nd|rd|th)?|\d{4})$/;

const DETERMINERS = new Set(["a", "an", "the", "their", "his", "her", "its", "our", "this", "that"]);

/**
 * Per sentence, the tokens that belong to a name or a date and so cannot be trigger words:
 * tokens inside a date annotation, inside an ORG/PERSON/GPE entity, capitalised words inside an
 * actor's mention, capitalised words of a multiword name ("Federal Bureau of Investigation"), and
 * a month name in date context ("on march 30"). Title-case headlines are left alone: their capitals mark no names.
 */
export function findNameAndDateTokens(doc: Document, sentences: readonly SentenceView[], lex: EventsLexicons): Set<number>[] {
  const out = mapped(sentences, () => new Set<number>());
  // The first word of a sentence is capitalised anyway: its capital tells nothing ("Protesters gathered").
  const capitalised = sentences.map((s) => {
    const caps = s.spans.map((sp) => startsUpperCase(doc.text, sp));
    const first = s.spans.findIndex((sp) => hasLetter(doc.text, sp));
    if (first >= 0) caps[first] = false;
    return caps;
  });
  const titleCase = sentences.map((_, k) => isTitleCase(capitalised[k]!));
  const mark = (span: Span, onlyCapitalised: boolean, nameWords?: ReadonlySet<string>) => {
    const k = findSentenceAt(sentences, span.start);
    if (k < 0 || (onlyCapitalised && titleCase[k])) return;
    const s = sentences[k]!;
    for (let i = Math.max(0, tokenAt(s, span.start)); i >= 0 && i < s.spans.length && s.spans[i]!.start < span.end; i++) {
      // A person's surname opening a sentence ("Lynch said") is still the name; its text is cut only for a token the capital test left out.
      if (!onlyCapitalised || capitalised[k]![i] || (nameWords?.has(doc.text.slice(s.spans[i]!.start, s.spans[i]!.end)) ?? false)) out[k]!.add(i);
    }
  };
  for (const d of layer(doc, "date")) mark(d, false);
  // Organisations' names: "the National Hurricane Center" titles no storm.
  const organisations: Span[] = [];
  for (const e of layer(doc, "entity")) {
    if (NAME_TYPES.has(e.data.type)) mark(e, true);
    if (e.data.type === "ORG") organisations.push(e);
  }
  for (const a of layer(doc, "actor")) {
    const nameWords = a.data.kind === "person" ? capitalisedWordsOf(a.data.name) : undefined;
    for (const m of a.data.mentions ?? []) mark(m, true, nameWords);
  }
  sentences.forEach((s, k) => {
    if (!titleCase[k]) markMultiwordNames(s, capitalised[k]!, lex, out[k]!);
    markMonths(s, lex, out[k]!);
    markCodedTypeLabel(doc.text, s, out[k]!);
    freeStormTitles(doc.text, s, out[k]!, organisations);
  });
  return out;
}

/** Words that title a named storm ("Cyclone Mocha", "Typhoon Haiyan"). */
const STORM_TITLE_WORDS: ReadonlySet<string> = EVENT_WORDS.get("storm-title-words");

/**
 * "Cyclone Mocha killed at least 30 people": a named storm is a name, but its title word still tells the disaster, so
 * it stays free to be a trigger when a capitalised name follows it, outside an organisation's name ("the National
 * Hurricane Center").
 */
function freeStormTitles(text: string, s: SentenceView, names: Set<number>, organisations: readonly Span[]): void {
  for (const i of names) {
    if (!STORM_TITLE_WORDS.has(s.tokens[i]!.normal)) continue;
    const next = s.spans[i + 1];
    if (!next || !startsUpperCase(text, next)) continue;
    // The title opens the storm's name: "Six Flags Hurricane Harbor" is a park.
    const before = s.spans[i - 1];
    if (before && i - 1 > 0 && startsUpperCase(text, before)) continue;
    const at = s.spans[i]!.start;
    if (organisations.some((o) => o.start <= at && at < o.end)) continue;
    names.delete(i);
  }
}

/**
 * The capitalised words of a person's name (/^\p{Lu}/u on each word the whitespace splits), with the expressions
 * made once: written inline, both were new objects per person (a literal is one per evaluation).
 */
function capitalisedWordsOf(name: string): Set<string> {
  return new Set(name.split(WHITESPACE).filter((w) => UPPER_FIRST.test(w)));
}
const WHITESPACE = /\s+/;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Whether a token starts with an upper-case letter: /^\p{Lu}/u on its text, read without slicing it
 * when its first character is ASCII (most tokens), where \p{Lu} is A-Z.
 */
function startsUpperCase(text: string, sp: Span): boolean {
  if (sp.end <= sp.start) return false;
  const c = text.charCodeAt(sp.start);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text.slice(sp.start, sp.end));
}

/**
 * Whether a token holds a letter: /\p{L}/u on its text, read without slicing it while its characters are
 * ASCII (most tokens), where \p{L} is A-Z and a-z; from the first other character on, the regular expression.
 */
function hasLetter(text: string, sp: Span): boolean {
  for (let k = sp.start; k < sp.end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return LETTER.test(text.slice(k, sp.end));
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}
const LETTER = /\p{L}/u;

/** A headline in title case: most words after the first are capitalised. */
function isTitleCase(capitalised: readonly boolean[]): boolean {
  const upper = capitalised.filter(Boolean).length;
  return upper >= TITLE_CASE_MIN_WORDS && upper / Math.max(1, capitalised.length - 1) > TITLE_CASE_SHARE;
}

/**
 * Runs of capitalised words, joined by "of", "for", "the"..., with at least two capitalised words
 * (the sentence's first word not counted): a name.
 */
function markMultiwordNames(s: SentenceView, capitalised: readonly boolean[], lex: EventsLexicons, out: Set<number>): void {
  // Looked up once per distinct word by the view where it carries the kinds (sentence-view.ts).
  const kinds = s.nameAndDateKinds;
  let i = 0;
  while (i < s.tokens.length) {
    if (!capitalised[i]) { i++; continue; }
    let j = i, last = i;
    while (j + 1 < s.tokens.length && (capitalised[j + 1] || (kinds ? kinds[j + 1] : lex.nameAndDateWords.get(s.tokens[j + 1]!.normal)) === "name-joiner")) {
      j++;
      if (capitalised[j]) last = j;
    }
    let names = 0;
    for (let t = i; t <= last; t++) if (capitalised[t]) names++;
    if (names >= 2) for (let t = i; t <= last; t++) if (capitalised[t]) out.add(t);
    i = last + 1;
  }
}

/**
 * ACLED's sub-event types (and its event types of more than one word), as its codebook names them: sitrep's codes
 * for the event's coding (refine-acled.ts, triggers.tsv), not words of the language, so they stay in the code.
 */
const CODED_TYPE_LABELS: ReadonlySet<string> = new Set([
  "armed clash", "government regains territory", "non-state actor overtakes territory",
  "excessive force against protesters", "protest with intervention", "peaceful protest", "violent demonstration", "mob violence",
  "chemical weapon", "air/drone strike", "suicide bomb", "shelling/artillery/missile attack", "remote explosive/landmine/ied", "grenade",
  "sexual violence", "attack", "abduction/forced disappearance", "agreement", "arrests", "change to group/activity",
  "disrupted weapons use", "headquarters or base established", "looting/property destruction", "non-violent transfer of territory", "other",
  "explosions/remote violence", "violence against civilians", "strategic developments",
]);
/** Longest label in tokens ("shelling / artillery / missile attack" if the slashes stand apart): a longer opening is prose. */
const CODED_TYPE_LABEL_MAX_TOKENS = 8;

/**
 * "Government regains territory: On 14 November 2023, Military Forces of Mali took control of Kidal": a coder's
 * note may open with the sub-event type it is coded as and a colon. The label names the coding, not a happening:
 * read as a telling it made an event of its own with no doer ("regains", "clash"), which took the note's date and
 * came first. Its words are marked as a name's, so no trigger is read from them; only a label that is the whole
 * opening before the colon counts ("Attack: ..."; "Police said: ..." is no label).
 */
function markCodedTypeLabel(text: string, s: SentenceView, out: Set<number>): void {
  const n = Math.min(s.spans.length, CODED_TYPE_LABEL_MAX_TOKENS + 1);
  let colon = -1;
  for (let i = 1; i < n; i++) if (text.charCodeAt(s.spans[i]!.start) === 58 && s.spans[i]!.end - s.spans[i]!.start === 1) { colon = i; break; }
  if (colon < 0) return;
  const label = text.slice(s.spans[0]!.start, s.spans[colon - 1]!.end).toLowerCase().replace(LABEL_SPACES, " ").replace(SLASH_SPACES, "/");
  if (!CODED_TYPE_LABELS.has(label)) return;
  for (let i = 0; i < colon; i++) out.add(i);
}
const LABEL_SPACES = /\s+/g;
const SLASH_SPACES = / ?\/ ?/g;

/** "march 30", "on march 30", "since march": a month name with a day or year after it, or a date word before it. */
function markMonths(s: SentenceView, lex: EventsLexicons, out: Set<number>): void {
  // Looked up once per distinct word by the view where it carries the kinds (sentence-view.ts).
  const kinds = s.nameAndDateKinds;
  s.tokens.forEach((t, i) => {
    if ((kinds ? kinds[i] : lex.nameAndDateWords.get(t.normal)) !== "month") return;
    const before = s.tokens[i - 1]?.normal ?? "";
    const after = s.tokens[i + 1]?.normal ?? "";
    if ((DAY_OR_YEAR.test(after) && !DETERMINERS.has(before)) || lex.nameAndDateWords.get(before) === "date-lead") out.add(i);
  });
}
