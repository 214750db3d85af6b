import { createDocument } from "../../src/core/document.js";
import { assemblePipeline, type Pipeline } from "../../src/core/pipeline.js";
import type { QuoteData } from "../../src/core/layers.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { quotesStage } from "../../src/stages/quotes/quotes-stage.js";
import { loadQuotesResources } from "../../src/stages/quotes/resources.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";

let pipeline: Pipeline | undefined;

export interface FoundQuote extends QuoteData {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
}

/** Segments and runs the quotes stage alone (no entity or actor layer), as a spec reads it. */
export function quotesOf(text: string): FoundQuote[] {
  pipeline ??= assemblePipeline([segmentStage, quotesStage], { resources: { segmenter: loadWinkSegmenter(), ...loadQuotesResources() } });
  const doc = pipeline.run(createDocument(text));
  return (doc.layers.quote ?? []).map((q) => ({ ...q.data, rule: q.source.rule, start: q.start, end: q.end }));
}
