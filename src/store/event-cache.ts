/**
 * Parsed event summaries keyed by id and version stamp. The candidate query of every report reads up
 * to 50 events, most of them the same from one report to the next; parsing their JSON again each time
 * was most of the cost of saving an article. A version never recurs (src/store/kysely-store.ts), so an
 * entry is either current or simply unused.
 *
 * Eviction is "second chance" (CLOCK): a hit only marks its entry, and an entry marked since it was
 * last (re)inserted goes back to the end of the queue once instead of being evicted. A strict
 * least-recently-used order moved every hit to the end of the map (a delete and a set: ~250 hits an
 * article, and the deleted slots made the map rebuild its table over and over, a twentieth of the
 * allocation of saving an article). What the cache holds decides only whether a summary is parsed
 * again, never what it says.
 */
import type { CorpusEvent } from "../corpus/records.js";

/** Entries kept: a few days' candidate windows of a busy corpus (a summary is a few KB parsed). */
export const EVENT_CACHE_SIZE = 2000;

interface Entry {
  readonly version: string;
  readonly event: CorpusEvent;
  /** Read since it was (re)inserted. */
  used: boolean;
}

export class EventCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = EVENT_CACHE_SIZE) {}

  get(id: string, version: string): CorpusEvent | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.version !== version) return undefined;
    entry.used = true;
    return entry.event;
  }

  set(id: string, version: string, event: CorpusEvent): void {
    this.entries.delete(id);
    this.entries.set(id, { version, event, used: false });
    // Over capacity: the oldest entry not read since its insertion goes; those read get one more round.
    while (this.entries.size > this.capacity) {
      const [oldestId, oldest] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(oldestId);
      if (!oldest.used) break;
      oldest.used = false;
      this.entries.set(oldestId, oldest);
    }
  }
}
