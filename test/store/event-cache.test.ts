import { describe, expect, it } from "vitest";
import { EventCache } from "../../src/store/event-cache.js";
import type { CorpusEvent } from "../../src/corpus/records.js";

const event = (id: string) => ({ id }) as unknown as CorpusEvent;

describe("the parse cache of event summaries", () => {
  it("answers only for the version it holds, and past its size forgets an entry not read since it came in", () => {
    const cache = new EventCache(2);
    cache.set("a", "v1", event("a"));
    expect(cache.get("a", "v1")?.id).toBe("a");
    expect(cache.get("a", "v2")).toBeUndefined();
    cache.set("b", "v1", event("b"));
    cache.get("a", "v1");
    cache.set("c", "v1", event("c"));
    expect(cache.get("b", "v1")).toBeUndefined();
    expect(cache.get("a", "v1")?.id).toBe("a");
    expect(cache.get("c", "v1")?.id).toBe("c");
  });

  it("gives a read entry one more round, then evicts it when it is not read again", () => {
    const cache = new EventCache(3);
    for (const id of ["a", "b", "c"]) cache.set(id, "v1", event(id));
    cache.get("a", "v1");
    cache.get("b", "v1");
    // a and b were read: both go round once, and c, never read, is evicted.
    cache.set("d", "v1", event("d"));
    expect(cache.get("c", "v1")).toBeUndefined();
    // a, b and d are held; a's second round used its mark (until read again), d is unread.
    cache.set("e", "v1", event("e"));
    expect(cache.get("d", "v1")).toBeUndefined();
    expect(cache.get("a", "v1")?.id).toBe("a");
    expect(cache.get("b", "v1")?.id).toBe("b");
    expect(cache.get("e", "v1")?.id).toBe("e");
  });

  it("a newer version of an entry replaces the older", () => {
    const cache = new EventCache(2);
    cache.set("a", "v1", event("a"));
    cache.set("a", "v2", event("a2"));
    expect(cache.get("a", "v1")).toBeUndefined();
    expect(cache.get("a", "v2")?.id).toBe("a2");
  });
});
