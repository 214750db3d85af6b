import type { Document, RemovedText } from "./document.js";
import type { LayerName, LayerAnnotation } from "./layers.js";

/**
 * What a stage may return: new layers, and for the text-changing clean stage a new text.
 * Stages that replace the text must run before any stage that adds a layer.
 */
export type StageOutput = { readonly [L in LayerName]?: readonly LayerAnnotation<L>[] } & {
  readonly text?: string;
  readonly removed?: readonly RemovedText[];
  readonly empty?: { readonly code: string; readonly reason: string };
  /** The text before a rewrite that changed only letters' case (Document.writtenText). */
  readonly writtenText?: string;
};

/** Resources a stage reads: lexicons and models, loaded once and handed in, never module globals. */
export interface StageContext {
  readonly resources: Readonly<Record<string, unknown>>;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  /** True for a stage that may replace Document.text (only before any layer exists). */
  readonly rewritesText?: boolean;
  run(doc: Document, ctx: StageContext): StageOutput;
}

export function defineStage(stage: Stage): Stage {
  return Object.freeze({ ...stage });
}

/** Makes annotation ids unique within a layer: "e1", "e2"... */
export function idMaker(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
