import { defineStage, type Annotation, type SentenceData, type TokenData, type LayerAnnotation } from "../../core/index.js";
import type { Segmenter } from "../../models/wink.js";
import { MAX_SENTENCE_TOKENS, MAX_WINK_RUN_CHARS } from "./heuristics.js";

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
const TOKEN_SOURCE = Object.freeze({ stage: "segment", rule: "wink-pos" });
const HYPHEN = "-";
const NON_BREAKING_HYPHEN = "\u2011";
/** A word glued to a possessive "'s" (straight or curly apostrophe). */
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}.]*)(['’]s)$/u;
/** "'s" forms that are "is"/"us" contractions wink keeps or splits by its own rules, left alone. */
const CLITIC_CONTRACTIONS = new Set(["it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's", "here's", "where's", "how's"]);
const WORD_CHAR = /^\w$/;
const STARTS_WITH_WORD_CHAR = /^\w/;

export function segmentText(text: string, segmenter: Segmenter): { sentence: LayerAnnotation<"sentence">[]; token: LayerAnnotation<"token">[] } {
  const sentences: Annotation<"sentence", SentenceData>[] = [];
  const tokens: Annotation<"token", TokenData>[] = [];
  // One wink pass over the whole text (a pass per line costs several times more), then a
  // sentence is also cut wherever a line break falls between two tokens. Tokens are read from
  // wink's columns and written straight into the layer: an article makes no other per-token object.
  const { values, pos, lemmas, normals, sentences: spans } = segmenter.readColumns(cutLongRuns(text));
  // Located tokens of one piece (a wink sentence cut at line breaks), reused across pieces.
  const at: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  const flush = () => {
    if (at.length > 0) emitSentence(text, at, starts, ends, values, pos, lemmas, normals, sentences, tokens);
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
      if (at.length > 0 && hasLineBreak(text, ends[ends.length - 1]!, start)) flush();
      else if (at.length >= MAX_SENTENCE_TOKENS && (start > ends[ends.length - 1]! || at.length >= 2 * MAX_SENTENCE_TOKENS)) flush();
      at.push(w);
      starts.push(start);
      ends.push(end);
      cursor = end;
    }
    flush();
  }
  return { sentence: sentences, token: tokens };
}

/**
 * The text wink reads: a space after every MAX_WINK_RUN_CHARS characters of a longer run without
 * white space. Tokens are still located in the original text, so offsets do not move. A scan, not a
 * regex: `\S{300}(?=\S)` retries from every position of a shorter run.
 */
function cutLongRuns(text: string): string {
  const cuts: number[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpace(text.charCodeAt(i))) {
      run = 0;
    } else if (++run === MAX_WINK_RUN_CHARS && i + 1 < text.length && !isWhiteSpace(text.charCodeAt(i + 1))) {
      cuts.push(i + 1);
      run = 0;
    }
  }
  if (cuts.length === 0) return text;
  let out = "";
  let from = 0;
  for (const at of cuts) {
    out += text.slice(from, at) + " ";
    from = at;
  }
  return out + text.slice(from);
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
  for (let k = 0; k < at.length; k++) {
    const value = values[at[k]!]!;
    const prevEnd = runEnd >= 0 ? runEnd : ends[k - 1];
    if (
      k > 0 &&
      k + 1 < at.length &&
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
    data: { index: sentence },
    source: SENTENCE_SOURCE,
  });
}
