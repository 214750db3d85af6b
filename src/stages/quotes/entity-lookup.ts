import { createOverlapIndex, type OverlapIndex } from "../../core/overlap-index.js";
import type { QuoteContext } from "./quote-context.js";
import { lowerBound } from "../../core/lower-bound.js";

type Entity = QuoteContext["entities"][number];

interface EntityLookup {
  readonly overlaps: OverlapIndex;
  /** Running maximum of the entities' starts, in layer order: the layer is sorted by start, so this is its starts. */
  readonly maxStart: Float64Array;
}

const cache = new WeakMap<QuoteContext, EntityLookup>();

function lookup(ctx: QuoteContext): EntityLookup {
  let found = cache.get(ctx);
  if (!found) {
    const maxStart = new Float64Array(ctx.entities.length);
    let max = -Infinity;
    ctx.entities.forEach((e, i) => (maxStart[i] = max = Math.max(max, e.start)));
    found = { overlaps: createOverlapIndex(ctx.entities), maxStart };
    cache.set(ctx, found);
  }
  return found;
}

/**
 * The entities overlapping [from, to), in layer order: what `ctx.entities.filter(overlap)` gives,
 * found through an index instead of a scan of every entity (a scan per quote is quadratic on a long text).
 */
export function entitiesOverlapping(ctx: QuoteContext, from: number, to: number): Entity[] {
  return lookup(ctx).overlaps.overlapping(from, to).sort((a, b) => a - b).map((i) => ctx.entities[i]!);
}

/** The number of entities, in layer order, before the first one that starts at or after `offset`. */
export function entitiesStartingBefore(ctx: QuoteContext, offset: number): number {
  return lowerBound(lookup(ctx).maxStart, offset);
}
