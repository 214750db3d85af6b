import type { Layers, LayerName, LayerAnnotation } from "./layers.js";
import type { Provenance } from "./annotation.js";

export interface DocumentMeta {
  /** The caller's id for the article (a manifest line's "id"). */
  readonly id?: string;
  readonly title?: string;
  /** Where the text came from: the final URL of a fetch, or the URL a caller gave with the text. */
  readonly url?: string;
  /** The URL sitrep asked for, and the URL it ended at after redirects (fetched input only). */
  readonly fetchedUrl?: string;
  readonly finalUrl?: string;
  /** The page's own claims (link rel=canonical or og:url; og:site_name), never taken as where it came from. */
  readonly canonicalUrl?: string;
  readonly siteName?: string;
  /** Publication date (the dateline), ISO 8601 "YYYY-MM-DD"; relative dates resolve against it. */
  readonly published?: string;
  readonly language?: string;
  /** The input as given: a file path, "stdin", or the URL asked for. */
  readonly source?: string;
}

export interface RemovedText {
  readonly text: string;
  readonly reason: string;
  /** Offset in the raw input, before cleaning. */
  readonly rawStart?: number;
  /** The rule that removed it. */
  readonly source?: Provenance;
}

/**
 * One article: one immutable cleaned text and its annotation layers. Stages never mutate a
 * Document; the pipeline makes a new one with each stage's layers added.
 */
export interface Document {
  readonly id: string;
  readonly meta: DocumentMeta;
  /** The raw text given to the pipeline, before cleaning. */
  readonly raw: string;
  /** The cleaned text that every annotation offset points into. */
  readonly text: string;
  readonly removed: readonly RemovedText[];
  readonly layers: Layers;
  /** Set when the pipeline produced nothing on purpose, with the reason. */
  readonly empty?: { readonly code: string; readonly reason: string };
  /**
   * The text as written, while the stages read it with capitals restored (a text typed in one case: truecase
   * stage). Only letters' case differs, so every offset holds for both; the pipeline's end gives the document this
   * text back, and every text it copied from the text its writing (core/restore-written-case.ts).
   */
  readonly writtenText?: string;
}

export function createDocument(raw: string, meta: DocumentMeta = {}, id = "doc1"): Document {
  return Object.freeze({ id, meta: Object.freeze({ ...meta }), raw, text: raw, removed: [], layers: Object.freeze({}) });
}

export function layer<L extends LayerName>(doc: Document, name: L): readonly LayerAnnotation<L>[] {
  return (doc.layers[name] ?? []) as readonly LayerAnnotation<L>[];
}

export function annotationById<L extends LayerName>(doc: Document, name: L, id: string | null | undefined): LayerAnnotation<L> | undefined {
  if (!id) return undefined;
  return layer(doc, name).find((a) => a.id === id);
}
