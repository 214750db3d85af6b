import type { Document } from "../core/index.js";

/**
 * An article whose analysis ran out of time: its text as given, no layers, marked empty with
 * ANALYSIS_TIMEOUT, so a batch reports it and goes on. Kept apart from the pipeline so the batch's
 * main thread can make one for a worker it had to stop without loading the models.
 */
export function timedOutDocument(start: Document, reason: string): Document {
  return Object.freeze({ ...start, layers: Object.freeze({}), empty: { code: "ANALYSIS_TIMEOUT", reason } });
}
