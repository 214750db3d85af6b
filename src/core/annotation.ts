import type { Span } from "./span.js";

/** Where a value came from: the stage that made it and the rule, lexicon row or model behind it. */
export interface Provenance {
  readonly stage: string;
  readonly rule: string;
}

/**
 * One standoff annotation: a typed value over a span of Document.text.
 * Every layer of a document is a list of these, so storage, API, UI and exports handle one shape.
 */
export interface Annotation<L extends string = string, D = unknown> extends Span {
  readonly id: string;
  readonly layer: L;
  readonly data: D;
  readonly source: Provenance;
}
