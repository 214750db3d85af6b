import { SitrepError } from "../../core/errors.js";

/**
 * An HTTP error status (FETCH_FAILED) with what a poller needs from it: the status, and how long the
 * server asked to wait (Retry-After, in ms) when it said.
 */
export class FetchStatusError extends SitrepError {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
    detail: string,
  ) {
    super("FETCH_FAILED", detail);
  }
}
