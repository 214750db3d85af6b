import { expect } from "vitest";
import { assemblePipeline, createDocument, layer, type DateData, type LayerAnnotation } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { datesStage } from "../../src/stages/dates/dates-stage.js";
import { loadDatesResources } from "../../src/stages/dates/resources.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";

const pipeline = assemblePipeline([segmentStage, datesStage], { resources: { segmenter: loadWinkSegmenter(), ...loadDatesResources() } });

/** Every date the stage finds in `text`, published on `published` (null: no dateline). */
export function findDates(text: string, published: string | null): readonly LayerAnnotation<"date">[] {
  return layer(pipeline.run(createDocument(text, published ? { published } : {})), "date");
}

/**
 * chrono-style spec: the text, when published on that day, holds exactly one date expression,
 * and it has these fields. A sentence frame is added when `text` has no full stop.
 */
export function expectDate(text: string, published: string | null, expected: Partial<DateData> & { text?: string }): void {
  const dates = findDates(text, published);
  expect(dates.map((d) => d.data.text), `dates in "${text}"`).toHaveLength(1);
  expect(dates[0]!.data).toMatchObject(expected);
}

export function expectNoDate(text: string, published: string | null = "2021-10-10"): void {
  const dates = findDates(text, published);
  expect(dates.map((d) => d.data.text), `dates in "${text}"`).toEqual([]);
}

/** Like expectDate, for a text with several dates: the one whose text is `expression`. */
export function expectDateIn(text: string, published: string | null, expression: string, expected: Partial<DateData>): void {
  const found = findDates(text, published).filter((d) => d.data.text === expression);
  expect(found, `"${expression}" in "${text}"`).toHaveLength(1);
  expect(found[0]!.data).toMatchObject(expected);
}
