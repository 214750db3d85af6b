/**
 * Parsed event summaries keyed by id and version stamp. The candidate query of every report reads up
 * to 50 events, most of them the same from one report to the next; parsing their JSON again each time
 * was most of the cost of saving an article. A version never recurs (src/store/kysely-store.ts), so an
 * entry is either current or simply unused.
 */
import type { CorpusEvent } from "../corpus/records.js";

/** Entries kept: a few days' candidate windows of a busy corpus (a summary is a few KB parsed). */
export const EVENT_CACHE_SIZE = 2000;

export class EventCache {
  private readonly entries = new Map<string, { version: string; event: CorpusEvent }>();

  constructor(private readonly capacity = EVENT_CACHE_SIZE) {}

  get(id: string, version: string): CorpusEvent | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.version !== version) return undefined;
    // Most recently used last: Map keeps insertion order, so re-insert.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.event;
  }

  set(id: string, version: string, event: CorpusEvent): void {
    this.entries.delete(id);
    this.entries.set(id, { version, event });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
