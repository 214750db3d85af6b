/**
 * The sentence view carries, per token, the lexicon entries its readers used to look up per token
 * (name-and-date kinds, casualty words, contexts of the forms): they must be the entries those lookups give.
 */
import { describe, expect, it } from "vitest";
import { assemblePipeline, createDocument } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";
import { loadEventsResources } from "../../src/stages/events/resources.js";
import { viewSentences } from "../../src/stages/events/sentence-view.js";
import { AIMING_PREPOSITION, locativeBitsOf, PARTNER_PREPOSITION, PLACE_PREPOSITION, POSSESSIVE_MARK, RELATIVE_PLACE_WORD } from "../../src/stages/events/locative-bits.js";

const resources = { segmenter: loadWinkSegmenter(), ...loadEventsResources() };
const segmentOnly = assemblePipeline([segmentStage], { resources });
const lex = resources.events;

const TEXT = "Since March 3, gunmen killed 12 villagers and wounded four in an election-day attack. Protesters marched on Monday against the vaccine; the death toll rose to 15.";

describe("the per-token lexicon entries of a sentence view", () => {
  const sentences = viewSentences(segmentOnly.run(createDocument(TEXT)), lex);
  // Viewed twice: the second time every word comes from the view cache.
  const again = viewSentences(segmentOnly.run(createDocument(TEXT)), lex);
  it("are the entries each token's word looks up", () => {
    for (const s of [...sentences, ...again]) {
      s.tokens.forEach((t, i) => {
        expect(s.nameAndDateKinds?.[i]).toBe(lex.nameAndDateWords.get(t.normal));
        expect(s.casualtyEntries?.[i]).toBe(lex.casualtyWords.get(t.normal));
        expect(s.formContexts?.[i]).toEqual(t.forms.map((f) => lex.contextWords.get(f)).filter((c) => c));
      });
    }
  });
  it("name the month, the casualty words and a context", () => {
    const words = sentences.flatMap((s) => s.words);
    const kinds = sentences.flatMap((s) => s.nameAndDateKinds ?? []);
    const casualties = sentences.flatMap((s) => s.casualtyEntries ?? []);
    expect(kinds[words.indexOf("march")]).toBe("month");
    expect(casualties[words.indexOf("killed")]).toBeDefined();
    expect(casualties[words.indexOf("toll")]?.kind).toBe("toll");
    expect(sentences.flatMap((s) => s.formContexts ?? []).some((c) => c.length > 0)).toBe(true);
  });
  it("carry the word classes isLocative tests, as its lookup gives them", () => {
    const views = viewSentences(segmentOnly.run(createDocument("Gunmen fired at police in north Kabul's market and clashed with troops near the border.")), lex);
    const bitsOf = (w: string) => views.flatMap((s) => s.tokens).find((t) => t.normal === w)?.locativeBits;
    for (const t of views.flatMap((s) => s.tokens)) expect(t.locativeBits).toBe(locativeBitsOf(t.normal));
    expect(bitsOf("at")).toBe(PLACE_PREPOSITION | AIMING_PREPOSITION);
    expect(bitsOf("in")).toBe(PLACE_PREPOSITION);
    expect(bitsOf("north")).toBe(RELATIVE_PLACE_WORD);
    expect(bitsOf("'s")).toBe(POSSESSIVE_MARK);
    expect(bitsOf("with")).toBe(PARTNER_PREPOSITION);
    expect(bitsOf("market")).toBe(0);
  });
});
