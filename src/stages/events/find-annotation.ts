import type { Document, LayerAnnotation, LayerName } from "../../core/index.js";
import { layer } from "../../core/index.js";

/** One id map per layer array, built on first use: a scan per lookup made merging quadratic in long texts. */
const indexes = new WeakMap<object, Map<string, unknown>>();

/** The annotation of layer `name` with this id (the first, as annotationById), in constant time. */
export function findAnnotation<L extends LayerName>(doc: Document, name: L, id: string | null | undefined): LayerAnnotation<L> | undefined {
  if (!id) return undefined;
  const list = layer(doc, name);
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const a of list) if (!index.has(a.id)) index.set(a.id, a);
    indexes.set(list, index);
  }
  return index.get(id) as LayerAnnotation<L> | undefined;
}
