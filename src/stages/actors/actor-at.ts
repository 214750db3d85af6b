import { layer, type Document, type LayerAnnotation, type Span } from "../../core/index.js";

/**
 * The actor one of whose mentions overlaps a span most: for a speaker span "a US State Department
 * official" the official, for "State Department" the department. Ties go to the tighter mention.
 */
export function actorAt(doc: Document, span: Span): LayerAnnotation<"actor"> | undefined {
  let best: LayerAnnotation<"actor"> | undefined;
  let bestOverlap = 0;
  let bestLength = Infinity;
  for (const a of layer(doc, "actor")) {
    for (const m of a.data.mentions) {
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap <= 0) continue;
      const length = m.end - m.start;
      if (overlap > bestOverlap || (overlap === bestOverlap && length < bestLength)) {
        best = a;
        bestOverlap = overlap;
        bestLength = length;
      }
    }
  }
  return best;
}

/** The actor annotation with this id ("a3"), if any. */
export function actorById(doc: Document, id: string | null | undefined): LayerAnnotation<"actor"> | undefined {
  if (!id) return undefined;
  return layer(doc, "actor").find((a) => a.id === id);
}
