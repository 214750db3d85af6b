import type { RemovedText } from "../../core/document.js";
import type { Provenance } from "../../core/annotation.js";
import { classifyLine, isHeadlineListItem, type LineContext } from "./classify-line.js";
import { OffsetMapBuilder } from "./offset-map.js";
import { mapped } from "../../core/keep.js";
import type { CleanLexicon } from "./resources.js";
import { CASELESS_MINORITY_SHARE, MAX_WRAP_WIDTH_CHARS, MIN_HEADLINE_LIST_LINES, MIN_WRAP_WIDTH_CHARS, MIN_WRAPPED_LINE_SHARE, MIN_WRAPPED_PARAGRAPHS } from "./heuristics.js";
import { repairMojibake } from "./repair-mojibake.js";

export interface RemovedLine extends RemovedText {
  readonly source: Provenance;
}

export interface CleanedText {
  readonly text: string;
  readonly removed: readonly RemovedLine[];
  /** Maps an offset in the cleaned text back to the raw text. */
  readonly toRaw: (offset: number) => number;
  /** True when hard-wrapped paragraphs were joined into one line each. */
  readonly unwrapped: boolean;
}

interface RawLine {
  /** Content range in the raw text, trimmed of white space. */
  readonly start: number;
  readonly end: number;
}

/** A unit of classification: one line, or one whole paragraph when the text is hard-wrapped. */
interface Unit {
  readonly lines: readonly RawLine[];
  readonly paragraph: number;
  readonly text: string;
}

/**
 * White space, plus characters that are invisible or meaningless in news text and are deleted:
 * zero-width space, byte order marks, and C0/C1 control characters (a stray NUL past the binary sniff).
 */
const SPACE_CHAR = /^[\s\u200b\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]$/u;
/**
 * A run of white space or invisible characters to rewrite: any run of two or more, or one character
 * that is not a plain space. A lone space between words (most runs) is left as it is without a match
 * being made for it; a run the first branch does not take is one character, which the second tests.
 */
const INNER_SPACE = /[\s\u200b\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]{2,}|[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;
const ZERO_WIDTH_ONLY = /^[\u200b\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]+$/u;

/**
 * Cleans an article's text: removes boilerplate lines (listing each with its reason), joins
 * hard-wrapped lines, normalises white space inside lines to single spaces, and keeps paragraph
 * breaks as "\n\n" (and single line breaks where the input had them). Body text is never rewritten
 * beyond white space and the repair of double-encoded UTF-8 ("â€™" to "’").
 */
export function cleanText(raw: string, lexicon: CleanLexicon): CleanedText {
  if (lastCleaned !== undefined && lastCleaned.lexicon === lexicon && lastCleaned.raw === raw) return lastCleaned.cleaned;
  const cleaned = cleanTextAnew(raw, lexicon);
  lastCleaned = { raw, lexicon, cleaned };
  return cleaned;
}

/**
 * The last text cleaned and its result, which is read-only and depends on nothing else: the same text
 * is often cleaned twice in a row. Ingest cleans a plain-text article in its reading thread to know an
 * exact duplicate before analysis (app/ingest-articles.ts), and with the analysis in that thread
 * (--jobs 0) the pipeline's clean stage then cleans it again; an undated article is cleaned for its
 * timestamp line before the pipeline runs (app/analyze-article.ts). One entry: it holds one
 * article's text until the next is cleaned.
 */
let lastCleaned: { readonly raw: string; readonly lexicon: CleanLexicon; readonly cleaned: CleanedText } | undefined;

function cleanTextAnew(raw: string, lexicon: CleanLexicon): CleanedText {
  const paragraphs = splitParagraphs(raw);
  const unwrapped = isHardWrapped(paragraphs);
  const units: Unit[] = [];
  paragraphs.forEach((lines, paragraph) => {
    if (unwrapped) units.push({ lines, paragraph, text: normaliseSpace(lines.map((l) => raw.slice(l.start, l.end)).join(" ")) });
    else for (const l of lines) units.push({ lines: [l], paragraph, text: normaliseSpace(raw.slice(l.start, l.end)) });
  });

  const caseless = isCaseless(raw);
  const inList = findHeadlineLists(units, caseless);
  const removed: RemovedLine[] = [];
  const kept: Unit[] = [];
  units.forEach((unit, i) => {
    const prev = units[i - 1];
    const next = units[i + 1];
    const context: LineContext = {
      text: withoutFormatCharacters(unit.text),
      isFirst: i === 0,
      isLast: i === units.length - 1,
      blankBefore: !prev || prev.paragraph !== unit.paragraph,
      blankAfter: !next || next.paragraph !== unit.paragraph,
      previous: withoutFormatCharacters(prev?.text ?? ""),
      next: withoutFormatCharacters(next?.text ?? ""),
      caseless,
    };
    const verdict = classifyLine(context, lexicon.boilerplate) ?? (inList[i] ? { reason: "related-story headline", rule: "clean:headline-list" } : null);
    if (verdict) removed.push({ text: unit.text, reason: verdict.reason, rawStart: unit.lines[0]!.start, source: { stage: "clean", rule: verdict.rule } });
    else kept.push(unit);
  });

  const builder = new OffsetMapBuilder(raw);
  kept.forEach((unit, k) => {
    const prev = kept[k - 1];
    if (prev) builder.insert(prev.paragraph !== unit.paragraph || hasRemovedBetween(units, prev, unit) ? "\n\n" : "\n", unit.lines[0]!.start);
    unit.lines.forEach((line, j) => {
      if (j > 0) builder.insert(" ", line.start);
      appendNormalised(builder, raw, line.start, line.end, inlineFurniture(raw, line, lexicon, removed));
    });
  });
  removed.sort((a, b) => (a.rawStart ?? 0) - (b.rawStart ?? 0));
  const { text, toRaw } = builder.build();
  return { text, removed, toRaw, unwrapped };
}

/**
 * Units that belong to a list of headlines: a text whose every line (two or more) is headline-shaped,
 * or, in text with normal capitals, a run of at least MIN_HEADLINE_LIST_LINES such lines. Such a list
 * is a related-stories box or an index page: each headline announces another article, so no event
 * may be read from it, and a text made only of headlines comes out empty, with the lines listed.
 * In one-case text (wire copy in capitals, lower-cased archives) only the whole-text rule applies:
 * there a short unpunctuated line inside prose is as often a signature or a date.
 */
function findHeadlineLists(units: readonly Unit[], caseless: boolean): boolean[] {
  const shaped = mapped(units, (u) => isHeadlineListItem(withoutFormatCharacters(u.text), caseless));
  if (units.length >= 2 && shaped.every(Boolean)) return shaped;
  const inList = mapped(units, () => false);
  if (caseless) return inList;
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && shaped[j]) j++;
    if (j - i >= MIN_HEADLINE_LIST_LINES) for (let k = i; k < j; k++) inList[k] = true;
    i = Math.max(j, i + 1);
  }
  return inList;
}

/**
 * The line as the classifier should see it: invisible format characters (bidi marks such as U+200F
 * and U+061C, joiners, soft hyphens) taken out, so a mark after the final full stop does not make a
 * sentence look unpunctuated, and a whole paragraph a title. The text itself keeps them.
 */
function withoutFormatCharacters(text: string): string {
  return /\p{Cf}/u.test(text) ? text.replace(/\p{Cf}+/gu, "") : text;
}

/** Groups non-blank lines into paragraphs; a blank (or white-space-only) line ends a paragraph. */
function splitParagraphs(raw: string): RawLine[][] {
  const paragraphs: RawLine[][] = [];
  let current: RawLine[] = [];
  const lineRe = /[^\r\n\u2028\u2029]*(?:\r\n|\r|\n|\u2028|\u2029|$)/g;
  for (let m = lineRe.exec(raw); m && m[0] !== ""; m = lineRe.exec(raw)) {
    const body = m[0].replace(/(?:\r\n|\r|\n|\u2028|\u2029)$/, "");
    const lead = leadingSpace(body);
    const trail = lead === body.length ? 0 : trailingSpace(body);
    if (lead === body.length) {
      if (current.length) paragraphs.push(current);
      current = [];
      continue;
    }
    current.push({ start: m.index + lead, end: m.index + body.length - trail });
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

function isHardWrapped(paragraphs: readonly RawLine[][]): boolean {
  let multiLine = 0;
  let inner = 0;
  let inBand = 0;
  for (const lines of paragraphs) {
    if (lines.length < 2) continue;
    multiLine++;
    for (const l of lines.slice(0, -1)) {
      inner++;
      const width = l.end - l.start;
      if (width >= MIN_WRAP_WIDTH_CHARS && width <= MAX_WRAP_WIDTH_CHARS) inBand++;
    }
  }
  return multiLine >= MIN_WRAPPED_PARAGRAPHS && inBand / inner >= MIN_WRAPPED_LINE_SHARE;
}

/** True when (nearly) all letters are lower case, or (nearly) all are upper case. */
function isCaseless(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 0xc0) {
      const ch = text.charAt(i);
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  const letters = upper + lower;
  return letters > 0 && (upper / letters < CASELESS_MINORITY_SHARE || lower / letters < CASELESS_MINORITY_SHARE);
}

function hasRemovedBetween(units: readonly Unit[], a: Unit, b: Unit): boolean {
  return units.indexOf(b) - units.indexOf(a) > 1;
}

function normaliseSpace(text: string): string {
  const lead = leadingSpace(text);
  const trimmed = lead === text.length ? "" : text.slice(lead, text.length - trailingSpace(text));
  return repairMojibake(trimmed.replace(INNER_SPACE, (run) => (ZERO_WIDTH_ONLY.test(run) ? "" : " ")));
}

// Edge white space is measured by code: a regex `[\s...]+$` retries from every start of a long run of
// spaces that is not at the end, which is quadratic (a 100 KB run of spaces on one line took 31 s).

/** Length of the run of white space (and invisible characters) at the start of the text. */
function leadingSpace(text: string): number {
  let n = 0;
  while (n < text.length && SPACE_CHAR.test(text[n]!)) n++;
  return n;
}

/** Length of the run of white space (and invisible characters) at the end of the text. */
function trailingSpace(text: string): number {
  let n = 0;
  while (n < text.length && SPACE_CHAR.test(text[text.length - 1 - n]!)) n++;
  return n;
}

/**
 * The page furniture inside a kept line (lexicon inline-furniture.tsv: "1 of 46 Full Screen Autoplay Close Skip Ad ×",
 * "View Photos"), as edits of the line that cut each match with the white space after it (before it, at the line's
 * end); each cut is listed in `removed`.
 */
function inlineFurniture(raw: string, line: RawLine, lexicon: CleanLexicon, removed: RemovedLine[]): { at: number; end: number; replacement: string }[] {
  if (lexicon.furniture.length === 0) return [];
  const slice = raw.slice(line.start, line.end);
  const cuts: { at: number; end: number; replacement: string }[] = [];
  for (const rule of lexicon.furniture) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(slice); m; m = rule.pattern.exec(slice)) {
      if (m[0] === "") { rule.pattern.lastIndex++; continue; }
      let at = m.index;
      let end = at + m[0].length;
      if (cuts.some((c) => at < c.end && end > c.at)) continue;
      while (end < slice.length && SPACE_CHAR.test(slice[end]!)) end++;
      if (end === slice.length) while (at > 0 && SPACE_CHAR.test(slice[at - 1]!)) at--;
      cuts.push({ at, end, replacement: "" });
      removed.push({ text: m[0], reason: rule.reason, rawStart: line.start + m.index, source: { stage: "clean", rule: rule.id } });
    }
  }
  return cuts;
}

/** Copies raw[start, end) with white-space runs made single spaces and mojibake repaired, keeping the offset map; `cuts` (offsets in the slice) are left out. */
function appendNormalised(builder: OffsetMapBuilder, raw: string, start: number, end: number, cuts: readonly { at: number; end: number; replacement: string }[] = []): void {
  const slice = raw.slice(start, end);
  const edits: { at: number; end: number; replacement: string }[] = [...cuts];
  INNER_SPACE.lastIndex = 0;
  for (let m = INNER_SPACE.exec(slice); m; m = INNER_SPACE.exec(slice)) {
    edits.push({ at: m.index, end: m.index + m[0].length, replacement: ZERO_WIDTH_ONLY.test(m[0]) ? "" : " " });
  }
  for (const fix of findMojibake(slice)) edits.push(fix);
  edits.sort((a, b) => a.at - b.at);
  let cursor = 0;
  for (const e of edits) {
    if (e.at < cursor) continue;
    builder.copy(start + cursor, start + e.at);
    builder.insert(e.replacement, start + e.at);
    cursor = e.end;
  }
  builder.copy(start + cursor, end);
}

function findMojibake(text: string): { at: number; end: number; replacement: string }[] {
  const out: { at: number; end: number; replacement: string }[] = [];
  repairMojibake(text, (at, end, replacement) => out.push({ at, end, replacement }));
  return out;
}
