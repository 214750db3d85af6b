import { defineStage, type Annotation, type SentenceData, type TokenData, type LayerAnnotation } from "../../core/index.js";
import type { Segmenter, WinkToken } from "../../models/wink.js";

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

interface Located extends WinkToken {
  start: number;
  end: number;
}

export function segmentText(text: string, segmenter: Segmenter): { sentence: LayerAnnotation<"sentence">[]; token: LayerAnnotation<"token">[] } {
  const sentences: Annotation<"sentence", SentenceData>[] = [];
  const tokens: Annotation<"token", TokenData>[] = [];
  // One wink pass over the whole text (a pass per line costs several times more), then a
  // sentence is also cut wherever a line break falls between two tokens.
  let cursor = 0;
  const pieces: Located[][] = [];
  for (const s of segmenter.segment(text)) {
    let current: Located[] = [];
    for (const t of s.tokens) {
      // wink keeps line breaks and tabs as tokens of their own: they only cut sentences here.
      if (t.value.trim() === "") continue;
      const at = text.indexOf(t.value, cursor);
      // wink normalises a few token values: fall back to the cursor when the value is not near.
      const found = at >= 0 && at - cursor < 40;
      const start = found ? at : cursor;
      const end = found ? at + t.value.length : Math.min(text.length, cursor + t.value.length);
      if (current.length > 0 && text.slice(current[current.length - 1]!.end, start).includes("\n")) {
        pieces.push(current);
        current = [];
      }
      current.push({ ...t, start, end });
      cursor = end;
    }
    if (current.length > 0) pieces.push(current);
  }
  {
    for (const located of pieces) {
      const merged = mergeHyphenated(located, text);
      if (merged.length === 0) continue;
      const sentenceIndex = sentences.length;
      sentences.push({
        id: `s${sentenceIndex + 1}`,
        layer: "sentence",
        start: merged[0]!.start,
        end: merged[merged.length - 1]!.end,
        data: { index: sentenceIndex },
        source: { stage: "segment", rule: "wink-sbd+line-break" },
      });
      for (const t of merged) {
        const index = tokens.length;
        const prevEnd = index > 0 ? tokens[index - 1]!.end : 0;
        tokens.push({
          id: `t${index + 1}`,
          layer: "token",
          start: t.start,
          end: t.end,
          data: { pos: t.pos, lemma: t.lemma, normal: t.normal, sentence: sentenceIndex, index, spaceBefore: Math.max(0, t.start - prevEnd) },
          source: { stage: "segment", rule: "wink-pos" },
        });
      }
    }
  }
  return { sentence: sentences, token: tokens };
}

/** Joins word-hyphen-word runs with no white space between them into one token. */
function mergeHyphenated(tokens: Located[], text: string): Located[] {
  const out: Located[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (prev && next && (t.value === "-" || t.value === "‑") && prev.end === t.start && t.end === next.start && /\w$/.test(prev.value) && /^\w/.test(next.value)) {
      const start = prev.start;
      const end = next.end;
      const value = text.slice(start, end);
      // A hyphenated compound takes the POS of its head (the last part), except proper names.
      const pos = prev.pos === "PROPN" || next.pos === "PROPN" ? "PROPN" : next.pos;
      out[out.length - 1] = { value, pos, lemma: value.toLowerCase(), normal: value.toLowerCase(), start, end };
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
