import { defineStage, type Document, type LayerAnnotation } from "../../core/index.js";
import { layer } from "../../core/document.js";
import { parseIsoDay } from "./calendar.js";
import type { DateTagger } from "./date-tagger.js";
import type { DateMatch } from "./normalise-result.js";
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
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!tagger.mayContainDate(text)) continue;
    while (cursor < tokens.length && tokens[cursor]!.end <= sentence.start) cursor++;
    const first = cursor;
    let last = first;
    while (last < tokens.length && tokens[last]!.start < sentence.end) last++;
    const sentenceTokens = tokens.slice(first, last);
    for (const m of tagger.tag(text, dateline)) {
      const match: DateMatch = { ...m, start: m.start + sentence.start, end: m.end + sentence.start };
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
  return anchorYearBackToQuarter(out, doc.text);
}
