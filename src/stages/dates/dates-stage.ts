import { defineStage, type Document, type LayerAnnotation } from "../../core/index.js";
import { layer } from "../../core/document.js";
import { parseIsoDay } from "./calendar.js";
import type { DateTagger } from "./date-tagger.js";
import type { DateMatch } from "./normalise-result.js";
import { MAX_CHUNK_CHARS } from "./heuristics.js";
import { anchorYearBackToQuarter } from "./quarter-anaphora.js";
import { rejectsAsDate } from "./reject-non-date.js";

/**
 * Dates and times, normalised against the dateline (doc.meta.published) and leaning to the past
 * as news does. Without a dateline, relative expressions are kept with a null value. Each
 * sentence is first screened by a cheap regex, so chrono only runs where a date may be.
 */
export const datesStage = defineStage({
  name: "dates",
  requires: ["sentence", "token"],
  provides: ["date"],
  run(doc, ctx) {
    const tagger = ctx.resources.dateTagger as DateTagger | undefined;
    if (!tagger) return { date: [] };
    return { date: findDates(doc, tagger) };
  },
});

export function findDates(doc: Document, tagger: DateTagger): LayerAnnotation<"date">[] {
  const dateline = parseIsoDay(doc.meta.published);
  const tokens = layer(doc, "token");
  const out: LayerAnnotation<"date">[] = [];
  let cursor = 0;
  for (const sentence of layer(doc, "sentence")) {
    while (cursor < tokens.length && tokens[cursor]!.end <= sentence.start) cursor++;
    let last = cursor;
    while (last < tokens.length && tokens[last]!.start < sentence.end) last++;
    const sentenceTokens = tokens.slice(cursor, last);
    for (const chunk of chunksOf(doc.text, sentence.start, sentence.end)) {
      const text = doc.text.slice(chunk.start, chunk.end);
      if (!tagger.mayContainDate(text)) continue;
      for (const m of tagger.tag(text, dateline)) {
        const match: DateMatch = { ...m, start: m.start + chunk.start, end: m.end + chunk.start };
        if (rejectsAsDate(match, doc.text, sentenceTokens)) continue;
        out.push({
          id: `d${out.length + 1}`,
          layer: "date",
          start: match.start,
          end: match.end,
          data: match.data,
          source: { stage: "dates", rule: match.rule },
        });
      }
    }
  }
  return anchorYearBackToQuarter(out, doc.text);
}

/** Cuts a run-on sentence into pieces of at most MAX_CHUNK_CHARS, at white space after punctuation where there is one. */
function chunksOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  while (end - from > MAX_CHUNK_CHARS) {
    const window = text.slice(from, from + MAX_CHUNK_CHARS);
    const cut = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "), window.lastIndexOf(": "));
    const at = cut > MAX_CHUNK_CHARS / 2 ? cut + 1 : window.lastIndexOf(" ") > 0 ? window.lastIndexOf(" ") : MAX_CHUNK_CHARS;
    out.push({ start: from, end: from + at });
    from += at;
  }
  out.push({ start: from, end });
  return out;
}
