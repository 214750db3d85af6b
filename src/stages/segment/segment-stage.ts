import { defineStage, type Annotation, type SentenceData, type TokenData, type LayerAnnotation } from "../../core/index.js";
import type { Segmenter } from "../../models/wink.js";
import { MAX_SENTENCE_TOKENS, MAX_WINK_RUN_CHARS } from "./heuristics.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { findCuts, glueAt, GLUED_OPENER, NO_GLUE, type Cut, type GlueRule } from "./glued-text.js";

/**
 * Sentences, tokens and part of speech. Every line break ends a sentence (news paragraphs and
 * headlines never run on across lines), and tokens are mapped back to UTF-16 offsets of the text.
 * Hyphenated words written without spaces ("IS-K", "face-to-face") are kept as one token, as in
 * the CoNLL and Penn Treebank conventions the entity model was trained on.
 */
export const segmentStage = defineStage({
  name: "segment",
  requires: [],
  provides: ["sentence", "token"],
  run(doc, ctx) {
    const segmenter = ctx.resources.segmenter as Segmenter;
    return segmentText(doc.text, segmenter);
  },
});

/** Shared by every annotation of the layer: provenance is the same for all of them. */
const SENTENCE_SOURCE = Object.freeze({ stage: "segment", rule: "wink-sbd+line-break" });
/** A sentence ended by a cut of glued text (glued-text.ts): the rule names the cut. */
const GLUE_SOURCES: Readonly<Record<GlueRule, Readonly<{ stage: string; rule: string }>>> = Object.freeze({
  "glued-headline": Object.freeze({ stage: "segment", rule: "glued-headline" }),
  "glued-dateline": Object.freeze({ stage: "segment", rule: "glued-dateline" }),
  "glued-sentence": Object.freeze({ stage: "segment", rule: "glued-sentence" }),
  "clock-then-sentence": Object.freeze({ stage: "segment", rule: "clock-then-sentence" }),
});
const TOKEN_SOURCE = Object.freeze({ stage: "segment", rule: "wink-pos" });
const HYPHEN = "-";
const NON_BREAKING_HYPHEN = "\u2011";
/** A word glued to a possessive "'s" (straight or curly apostrophe). */
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}.]*)(['’]s)$/u;
/** "'s" forms that are "is"/"us" contractions wink keeps or splits by its own rules, left alone. */
const CLITIC_CONTRACTIONS = new Set(["it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's", "here's", "where's", "how's"]);
const WORD_CHAR = /^\w$/;
const SEGMENT_WORDS = stageWordClasses("segment");
const DOMAIN_ENDINGS = SEGMENT_WORDS.get("domain-endings");
const STARTS_WITH_WORD_CHAR = /^\w/;

export function segmentText(text: string, segmenter: Segmenter): { sentence: LayerAnnotation<"sentence">[]; token: LayerAnnotation<"token">[] } {
  const sentences: Annotation<"sentence", SentenceData>[] = [];
  const tokens: Annotation<"token", TokenData>[] = [];
  // One wink pass over the whole text (a pass per line costs several times more), then a
  // sentence is also cut wherever a line break falls between two tokens, and where glued text hides
  // a sentence start (glued-text.ts). Tokens are read from wink's columns and written straight into
  // the layer: an article makes no other per-token object.
  const view = winkView(text);
  const gluedOpeners = view.gluedOpeners;
  const { values, pos, lemmas, normals, sentences: spans } = segmenter.readColumns(view.text);
  // Located tokens of one piece (a wink sentence cut at line breaks), reused across pieces.
  const at: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const piece = { at, starts, ends, values, pos };
  const cuts: Cut[] = [];
  let cursor = 0;
  // The piece opens a line (or the text): a headline may stand at its start.
  let lineStart = true;
  // wink ended a sentence after the last token: cut there unless the next token is glued to it in lower case.
  let spanEnded = false;
  const flush = () => {
    if (at.length > 0) {
      findCuts(text, piece, lineStart, gluedOpeners, cuts);
      let from = 0;
      for (const cut of cuts) {
        emitSentence(text, at, starts, ends, values, pos, lemmas, normals, sentences, tokens, from, cut.at, GLUE_SOURCES[cut.rule], cut.rule === "glued-headline" || cut.rule === "glued-dateline");
        from = cut.at;
      }
      emitSentence(text, at, starts, ends, values, pos, lemmas, normals, sentences, tokens, from, at.length, SENTENCE_SOURCE, false);
    }
    at.length = 0;
    starts.length = 0;
    ends.length = 0;
  };
  for (const [first, last] of spans) {
    for (let w = first; w <= last; w++) {
      const value = values[w]!;
      // wink keeps line breaks and tabs as tokens of their own: they only cut sentences here.
      if (value.trim() === "") continue;
      const found = text.indexOf(value, cursor);
      // wink normalises a few token values: fall back to the cursor when the value is not near.
      const near = found >= 0 && found - cursor < 40;
      const start = near ? found : cursor;
      const end = near ? found + value.length : Math.min(text.length, cursor + value.length);
      if (at.length > 0 && hasLineBreak(text, ends[ends.length - 1]!, start)) {
        flush();
        lineStart = true;
      } else if (spanEnded && at.length > 0 && !isInsideDomainName(text, values[at[at.length - 1]!]!, ends[ends.length - 1]!, value, start)) {
        flush();
        lineStart = false;
      } else if (at.length >= MAX_SENTENCE_TOKENS && (start > ends[ends.length - 1]! || at.length >= 2 * MAX_SENTENCE_TOKENS)) {
        flush();
        lineStart = false;
      } else if (at.length === 0 && tokens.length > 0) {
        lineStart = hasLineBreak(text, tokens[tokens.length - 1]!.end, start);
      }
      spanEnded = false;
      at.push(w);
      starts.push(start);
      ends.push(end);
      cursor = end;
    }
    spanEnded = true;
  }
  flush();
  return { sentence: sentences, token: tokens };
}

/**
 * The text wink reads: a space after every MAX_WINK_RUN_CHARS characters of a longer run without
 * white space, and where a word is glued to the one before it ("SyriaThe", glued-text.ts glueAt), with
 * the offsets where a sentence opener was so glued. Tokens are still located in the original text, so
 * offsets do not move. One scan, not a regex: `\S{300}(?=\S)` retries from every position of a shorter run.
 */
function winkView(text: string): { text: string; gluedOpeners: Set<number> | null } {
  let cuts: number[] | undefined;
  let gluedOpeners: Set<number> | null = null;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      const glue = glueAt(text, i);
      if (glue !== NO_GLUE) {
        if (cuts === undefined || cuts[cuts.length - 1] !== i) (cuts ??= []).push(i);
        if (glue === GLUED_OPENER) (gluedOpeners ??= new Set()).add(i);
        run = 0;
      }
    }
    if (isWhiteSpace(c)) {
      run = 0;
    } else if (++run === MAX_WINK_RUN_CHARS && i + 1 < text.length && !isWhiteSpace(text.charCodeAt(i + 1))) {
      (cuts ??= []).push(i + 1);
      run = 0;
    }
  }
  if (cuts === undefined) return { text, gluedOpeners };
  let out = "";
  let from = 0;
  for (const at of cuts) {
    out += text.slice(from, at) + " ";
    from = at;
  }
  return { text: out + text.slice(from), gluedOpeners };
}

/**
 * Whether wink's sentence end after `before` (a token ending at `end`) falls inside a domain name or a web
 * address: a full stop glued on both sides, then a word in lower case that a full stop or "/" follows, or
 * that is a domain's last part ("www.texasattorneygeneral.gov", "JD.com", "archive.today/Rin1g"). A word
 * after such a full stop and a space, or another word in lower case ("the temple.the demolition had been
 * ordered"), still opens a sentence.
 */
function isInsideDomainName(text: string, before: string, end: number, value: string, start: number): boolean {
  if (start !== end || before.charCodeAt(before.length - 1) !== 46 || end < 2 || isWhiteSpace(text.charCodeAt(end - 2))) return false;
  const c = value.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  let letters = 1;
  while (letters < value.length && isLowerAsciiLetter(value.charCodeAt(letters))) letters++;
  const after = text.charCodeAt(start + letters);
  return after === 46 || after === 47 || DOMAIN_ENDINGS.has(letters === value.length ? value : value.slice(0, letters));
}

function isLowerAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** JavaScript's `\s`, for one UTF-16 code unit. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(String.fromCharCode(code));
}
const WHITE_SPACE = /\s/;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Token ids ("t1", "t2", ...) made once per process for the first TOKEN_IDS_KEPT tokens of an
 * article, rather than a new string per token of every article; longer articles make the rest.
 */
const TOKEN_IDS_KEPT = 4096;
const tokenIds: string[] = [];
function tokenId(n: number): string {
  if (n >= TOKEN_IDS_KEPT) return `t${n}`;
  return (tokenIds[n] ??= `t${n}`);
}

/** Whether POSSESSIVE may match: it needs a letter then "'s" or "’s" at the end, so most tokens fail on their last two characters. */
function mayBePossessive(value: string): boolean {
  const n = value.length;
  if (n < 3 || value.charCodeAt(n - 1) !== 115) return false;
  const q = value.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
}

/**
 * Writes an open run of hyphen joins as one token: the last token written, extended to `runEnd`.
 * A module function, not a closure per sentence: under the bundler's keepNames (and tsx) each
 * closure made costs a defineProperty of its name.
 */
function closeRun(text: string, tokens: Annotation<"token", TokenData>[], runEnd: number, runPos: string, sentence: number): void {
  const prev = tokens[tokens.length - 1]!;
  const lower = text.slice(prev.start, runEnd).toLowerCase();
  tokens[tokens.length - 1] = {
    id: prev.id,
    layer: "token",
    start: prev.start,
    end: runEnd,
    data: { pos: runPos, lemma: lower, normal: lower, sentence, index: prev.data.index, spaceBefore: prev.data.spaceBefore },
    source: TOKEN_SOURCE,
  };
}

/**
 * Adds one sentence and its tokens, joining word-hyphen-word runs with no white space between
 * them into one token.
 */
function emitSentence(
  text: string,
  at: readonly number[],
  starts: readonly number[],
  ends: readonly number[],
  values: readonly string[],
  pos: readonly string[],
  lemmas: readonly string[],
  normals: readonly string[],
  sentences: Annotation<"sentence", SentenceData>[],
  tokens: Annotation<"token", TokenData>[],
  from: number,
  to: number,
  source: Readonly<{ stage: string; rule: string }>,
  headline: boolean,
): void {
  const sentence = sentences.length;
  const firstToken = tokens.length;
  // The last character and POS of the last token written, which a hyphen may extend.
  let lastChar = "";
  let lastPos = "";
  // An open run of hyphen joins ("IS-K", "face-to-face"): written once when it ends, so that a long
  // chain ("A-B-C-...") costs linear time, not a new string per join.
  let runEnd = -1;
  let runPos = "";
  for (let k = from; k < to; k++) {
    const value = values[at[k]!]!;
    const prevEnd = runEnd >= 0 ? runEnd : ends[k - 1];
    if (
      k > from &&
      k + 1 < to &&
      (value === HYPHEN || value === NON_BREAKING_HYPHEN) &&
      prevEnd === starts[k] &&
      ends[k] === starts[k + 1] &&
      WORD_CHAR.test(lastChar) &&
      STARTS_WITH_WORD_CHAR.test(values[at[k + 1]!]!)
    ) {
      const nextPos = pos[at[k + 1]!]!;
      // A hyphenated compound takes the POS of its head (the last part), except proper names.
      runPos = lastPos === "PROPN" || nextPos === "PROPN" ? "PROPN" : nextPos;
      runEnd = ends[k + 1]!;
      lastChar = text.charAt(runEnd - 1);
      lastPos = runPos;
      k++;
      continue;
    }
    if (runEnd >= 0) {
      closeRun(text, tokens, runEnd, runPos, sentence);
      runEnd = -1;
    }
    const w = at[k]!;
    const index = tokens.length;
    const start = starts[k]!;
    const before = index > 0 ? tokens[index - 1]!.end : 0;
    // wink has no lemma for a few contractions it expands ("cannot"): its normal form stands in.
    const lemma = lemmas[w] ?? normals[w]!;
    const end = ends[k]!;
    // wink adds words it has read to its vocabulary, after which it may keep "Trump's" whole where
    // a fresh instance splits it: the possessive is split here, so a token never depends on the
    // articles read before it in the same process.
    const possessive = mayBePossessive(value) ? POSSESSIVE.exec(value) : null;
    if (possessive && !CLITIC_CONTRACTIONS.has(value.toLowerCase().replace("’", "'"))) {
      const baseEnd = end - possessive[2]!.length;
      const base = possessive[1]!.toLowerCase();
      tokens.push({
        id: tokenId(index + 1),
        layer: "token",
        start,
        end: baseEnd,
        data: { pos: pos[w]!, lemma: base, normal: base, sentence, index, spaceBefore: Math.max(0, start - before) },
        source: TOKEN_SOURCE,
      });
      tokens.push({
        id: tokenId(index + 2),
        layer: "token",
        start: baseEnd,
        end,
        data: { pos: "PART", lemma: "'s", normal: "'s", sentence, index: index + 1, spaceBefore: 0 },
        source: TOKEN_SOURCE,
      });
      lastChar = "s";
      lastPos = "PART";
      continue;
    }
    tokens.push({
      id: tokenId(index + 1),
      layer: "token",
      start,
      end,
      data: { pos: pos[w]!, lemma, normal: normals[w]!, sentence, index, spaceBefore: Math.max(0, start - before) },
      source: TOKEN_SOURCE,
    });
    lastChar = value.charAt(value.length - 1);
    lastPos = pos[w]!;
  }
  if (runEnd >= 0) closeRun(text, tokens, runEnd, runPos, sentence);
  sentences.push({
    id: `s${sentence + 1}`,
    layer: "sentence",
    start: tokens[firstToken]!.start,
    end: tokens[tokens.length - 1]!.end,
    data: headline ? { index: sentence, headline: true } : { index: sentence },
    source,
  });
}
