import { describe, expect, it } from "vitest";
import { EventCache } from "../../src/store/event-cache.js";
import type { CorpusEvent } from "../../src/corpus/records.js";

const event = (id: string) => ({ id }) as unknown as CorpusEvent;

describe("the parse cache of event summaries", () => {
  it("answers only for the version it holds, and forgets the least recently used past its size", () => {
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
});
