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
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    const base = m.index;
    let cursor = 0;
    for (const s of segmenter.segment(line)) {
      const located: Located[] = [];
      for (const t of s.tokens) {
        const at = line.indexOf(t.value, cursor);
        // wink expands a few contractions ("n't" stays, but some values differ): fall back to the cursor.
        const start = at >= 0 && at - cursor < 40 ? at : cursor;
        const end = at >= 0 && at - cursor < 40 ? at + t.value.length : Math.min(line.length, cursor + t.value.length);
        located.push({ ...t, start: base + start, end: base + end });
        cursor = end;
      }
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
