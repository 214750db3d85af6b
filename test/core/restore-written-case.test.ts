import { describe, expect, it } from "vitest";
import type { Document } from "../../src/core/index.js";
import { restoreWrittenCase } from "../../src/core/restore-written-case.js";

const written = "eln: national liberation army attacked a base in la paz.";
const read = "ELN: National Liberation Army attacked a base in La Paz.";
const span = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

function docWith(layers: Record<string, unknown[]>): Document {
  return Object.freeze({ id: "d", meta: {}, raw: written, text: read, removed: [], layers: Object.freeze(layers), writtenText: written }) as unknown as Document;
}

describe("restoreWrittenCase", () => {
  it("writes copied texts back as written, at any depth, from their own span or their ...Span sibling", () => {
    const army = span(read, "National Liberation Army");
    const paz = span(read, "La Paz");
    const entity = { id: "e1", layer: "entity", ...army, source: { stage: "t", rule: "r" }, data: { type: "ORG", text: "National Liberation Army" } };
    const event = {
      id: "v1", layer: "event", start: 0, end: read.length, source: { stage: "t", rule: "r" },
      data: { name: "National Liberation Army", triggerText: "attacked", placeText: "La Paz", placeSpan: paz, parts: [{ ...paz, text: "La Paz" }], count: 3 },
    };
    const out = restoreWrittenCase(docWith({ entity: [entity], event: [event] }));
    expect(out.text).toBe(written);
    expect(out.writtenText).toBeUndefined();
    const [e] = out.layers.entity as unknown as (typeof entity)[];
    expect(e!.data.text).toBe("national liberation army");
    const [v] = out.layers.event as unknown as (typeof event)[];
    // A name the stage made stays as made; copied texts come back as written.
    expect(v!.data).toEqual({ name: "National Liberation Army", triggerText: "attacked", placeText: "la paz", placeSpan: paz, parts: [{ ...paz, text: "la paz" }], count: 3 });
    // A text not read off its span stays as it is.
    const odd = { ...entity, id: "e2", data: { type: "ORG", text: "Army of Liberation" } };
    expect((restoreWrittenCase(docWith({ entity: [odd] })).layers.entity as unknown as (typeof odd)[])[0]!.data.text).toBe("Army of Liberation");
  });

  it("keeps an annotation with nothing to write back as it is, and copies only what changes", () => {
    const base = span(read, "base");
    const token = Object.freeze({ id: "t1", layer: "token", ...base, source: { stage: "t", rule: "r" }, data: Object.freeze({ pos: "NOUN", lemma: "base", normal: "base" }) });
    // Its copied text lies where the read text has the written letters: nothing to write back either.
    const quote = Object.freeze({ id: "q1", layer: "quote", ...base, source: { stage: "t", rule: "r" }, data: Object.freeze({ text: "base", meta: { count: 1 } }) });
    const army = span(read, "Army");
    const named = Object.freeze({ id: "q2", layer: "quote", ...army, source: { stage: "t", rule: "r" }, data: Object.freeze({ text: "Army", meta: { count: 2 } }) });
    const tokens = Object.freeze([token]);
    const out = restoreWrittenCase(docWith({ token: tokens as unknown as unknown[], quote: [quote, named] }));
    expect(out.layers.token).toBe(tokens);
    const quotes = out.layers.quote as unknown as (typeof quote)[];
    expect(quotes[0]).toBe(quote);
    expect(quotes[1]).not.toBe(named);
    expect(quotes[1]!.data).toEqual({ text: "army", meta: { count: 2 } });
    expect(quotes[1]!.data.meta).toBe(named.data.meta);
    expect(Object.isFrozen(quotes[1])).toBe(true);
    expect(Object.isFrozen(out.layers.quote)).toBe(true);
  });

  it("reads a copied text off its span letter by letter: in one stretch, across a gap, and not past a character beyond U+FFFF", () => {
    // Written "la paz and La Paz": the read text has capitals in both, so the span has letters to write back.
    const w = "the la paz and La Paz road, \u{1F600} la paz";
    const r = "the La Paz and La Paz road, \u{1F600} La Paz";
    const doc = (data: Record<string, unknown>, s: { start: number; end: number }) =>
      Object.freeze({ id: "d", meta: {}, raw: w, text: r, removed: [], writtenText: w, layers: Object.freeze({ quote: [{ id: "q1", layer: "quote", ...s, source: { stage: "t", rule: "r" }, data }] }) }) as unknown as Document;
    const textOf = (data: Record<string, unknown>, s: { start: number; end: number }) => ((restoreWrittenCase(doc(data, s)).layers.quote as unknown as { data: { text: string } }[])[0]!.data.text);
    const whole = { start: 0, end: r.length };
    // The first stretch that reads it: the first "La Paz", written in small letters.
    expect(textOf({ text: "La Paz" }, whole)).toBe("la paz");
    // Its letters found apart: each taken where it is read first ("L" of the first "La", "Paz" after it).
    expect(textOf({ text: "LPaz" }, whole)).toBe("lpaz");
    // Read from the span's start: the second "La Paz", written with capitals.
    expect(textOf({ text: "La Paz" }, { start: r.indexOf("and"), end: r.length })).toBe("La Paz");
    // A character beyond U+FFFF is never found by the reading: the text stays as read.
    expect(textOf({ text: "\u{1F600} La Paz" }, whole)).toBe("\u{1F600} La Paz");
  });
});
