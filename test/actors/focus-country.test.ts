import { describe, expect, it } from "vitest";
import { assemblePipeline, createDocument, defineStage } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";
import { loadActorsResources } from "../../src/stages/actors/resources.js";
import type { ActorDictionary } from "../../src/stages/actors/actor-dictionary.js";
import { buildTokenView } from "../../src/stages/actors/token-view.js";
import { findDictionaryMatches } from "../../src/stages/actors/find-dictionary-matches.js";
import { findNamedMentions } from "../../src/stages/actors/find-named-mentions.js";
import { createResolution } from "../../src/stages/actors/resolution.js";
import { findFocusCountry, findPlaceFocusCountry, unmarkedCapitals } from "../../src/stages/actors/find-focus-country.js";

const resources = { segmenter: loadWinkSegmenter(), ...loadActorsResources() };
const dict = resources.actorDictionary as ActorDictionary;
const noEntities = defineStage({ name: "entities", requires: ["token"], provides: ["entity"], run: () => ({ entity: [] }) });

/** The actors stage's resolution of `text` with no entity layer, up to its focus countries. */
function resolve(text: string) {
  const doc = assemblePipeline([segmentStage, noEntities], { resources }).run(createDocument(text));
  const view = buildTokenView(doc);
  return createResolution(view, dict, findNamedMentions(doc, view, dict, findDictionaryMatches(view, dict)));
}

describe("capitals the entity layer did not mark", () => {
  it("are read once, the longest name first, within a sentence, from a word a capital's name opens with", () => {
    const text = "Officials met in Kuala Lumpur. Later, a bomb went off in Kabul. Kabulistan and Kuala stayed calm.";
    const res = resolve(text);
    const found = unmarkedCapitals(res);
    expect(found.map((c) => [text.slice(c.at, c.at + 12), c.iso2])).toEqual([["Kuala Lumpur", "MY"], ["Kabul. Kabul", "AF"]]);
    expect(found.map((c) => c.at)).toEqual([text.indexOf("Kuala Lumpur"), text.indexOf("Kabul")]);
    // The two counts read the same list as each finds on its own.
    expect(findFocusCountry(res, found)).toBe(findFocusCountry(res));
    expect(findPlaceFocusCountry(res, found)).toBe(findPlaceFocusCountry(res));
    // A tie goes to the country named first.
    expect(findPlaceFocusCountry(res)).toBe("MY");
  });
});

describe("the place focus of a story filed from abroad", () => {
  it("is the country the story tells of when the dateline's town is the only place counted", () => {
    const res = resolve("CAIRO, June 6 (Reuters) - Sudan's paramilitary Rapid Support Forces killed more than 100 people in an attack on a village in Gezira state, activists said. The war between the army and the RSF has displaced more than 10 million people.");
    // As the actors stage does: the focus first, then the place focus that falls back to it.
    res.focus = findFocusCountry(res);
    expect(res.focus).toBe("SD");
    expect(findPlaceFocusCountry(res)).toBe("SD");
  });
  it("stays the dateline's country when a place of the story is counted there too", () => {
    const res = resolve("CAIRO, June 6 (Reuters) - Protesters gathered in Egypt on Friday, and Sudan's envoy left.");
    res.focus = findFocusCountry(res);
    expect(findPlaceFocusCountry(res)).toBe("EG");
  });
});
