import { readFile, rename, writeFile } from "node:fs/promises";
import { SEEN_ITEMS_PER_FEED } from "./heuristics.js";

/** What is remembered of one feed between polls: the validators of its last copy and the items seen. */
export interface FeedState {
  /** ETag of the last copy fetched (sent back as If-None-Match). */
  readonly etag?: string;
  /** Last-Modified of the last copy fetched (sent back as If-Modified-Since). */
  readonly lastModified?: string;
  /** Item links already taken, newest last (at most SEEN_ITEMS_PER_FEED). */
  readonly seen?: readonly string[];
}

/**
 * Where feed state is kept: in memory for one run, in a JSON file for `sitrep watch`, in the store's
 * own table once it has one. Small on purpose, so any of them fits.
 */
export interface FeedStateStore {
  get(feedUrl: string): Promise<FeedState | undefined>;
  set(feedUrl: string, state: FeedState): Promise<void>;
}

export function memoryFeedState(initial: Record<string, FeedState> = {}): FeedStateStore {
  const states = new Map(Object.entries(initial));
  return {
    get: async (url) => states.get(url),
    set: async (url, state) => void states.set(url, state),
  };
}

/**
 * Feed state in a JSON file, written whole after each change (write to a temporary file, then
 * rename: a crash leaves the old file or the new, never half of one). A missing file is empty state.
 */
export function fileFeedState(path: string): FeedStateStore {
  let states: Map<string, FeedState> | undefined;
  const load = async () => {
    if (states) return states;
    try {
      states = new Map(Object.entries(JSON.parse(await readFile(path, "utf8")) as Record<string, FeedState>));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      states = new Map();
    }
    return states;
  };
  let writing = Promise.resolve();
  return {
    get: async (url) => (await load()).get(url),
    async set(url, state) {
      (await load()).set(url, state);
      const snapshot = JSON.stringify(Object.fromEntries(states!), null, 1);
      writing = writing.then(async () => {
        await writeFile(`${path}.tmp`, snapshot);
        await rename(`${path}.tmp`, path);
      });
      await writing;
    },
  };
}

/** The state after taking `links`: the new ones appended, the oldest dropped past the cap. */
export function withSeen(state: FeedState | undefined, links: readonly string[]): readonly string[] {
  const seen = [...(state?.seen ?? [])];
  const known = new Set(seen);
  for (const link of links) if (!known.has(link)) (seen.push(link), known.add(link));
  return seen.slice(-SEEN_ITEMS_PER_FEED);
}
