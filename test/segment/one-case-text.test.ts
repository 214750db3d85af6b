/**
 * A text typed in one case only (all capitals, or no capital at all) has its capitals restored before the entity model
 * reads it (truecase stage): names, acronyms where a short form stands, articles that open a name. A text with both
 * cases is left as it is.
 */
import { describe, expect, it } from "vitest";
import { buildNamesCaseDictionary, buildPhraseDictionary } from "../../src/stages/truecase/case-dictionary.js";
import { isAllCaps, isAllLowerCase, truecaseKnownOneCaseText, truecaseOneCaseText } from "../../src/stages/truecase/truecase-text.js";
import { extractDocument } from "../../src/index.js";

const names = ["Kenya", "Al-Shabaab", "Somali National Army", "SNA", "IS", "KDF", "Kenya Defence Forces"];
const known = (w: string) => ["kenya", "is", "calm", "and", "may", "army", "national", "forces", "defence", "the", "in", "on", "attacked", "a", "base", "police", "said"].includes(w);
const dict = buildNamesCaseDictionary(["police", "forces", "the", "in", "on", "is", "said", "attacked", "a", "base"], names, known);
const phrases = buildPhraseDictionary([], names);
const marks = { acronyms: new Map([["sna", "SNA"], ["kdf", "KDF"], ["is", "IS"]]), articles: new Set(["la", "el"]) };

describe("the one-case truecaser", () => {
  it("reads words with inner apostrophes and dots, a known abbreviation's final dot, and nothing but ASCII letters as word letters", () => {
    const withAbbreviations = buildNamesCaseDictionary(["police", "the", "in", "said", "a", "base", "u.s.", "gen."], [...names, "U.S.", "D'Aubuisson"], known);
    const text = "gen. d'aubuisson's police said the u.s. base in kenya.. was attacked 'n' kenya's; kenyan- calm'";
    const out = truecaseOneCaseText(text, withAbbreviations, known, phrases, marks);
    expect(out).toBe("Gen. D'Aubuisson's police said the u.s. Base in Kenya.. Was attacked 'n' Kenya's; Kenyan- calm'");
    // The stage has found the text one-cased already: the same text.
    expect(truecaseKnownOneCaseText(text, withAbbreviations, known, phrases, marks)).toBe(out);
    expect(isAllCaps("DOZO MILITIAMEN KILLED 😀 ÉTAT")).toBe(true);
    expect(isAllCaps("Dozo militiamen")).toBe(false);
  });
  it("keeps every offset", () => {
    const text = "on 2 may 2025, kdf: kenya defence forces attacked a base in la paz.";
    expect(truecaseOneCaseText(text, dict, known, phrases, marks)).toHaveLength(text.length);
  });
  it("restores a one-word name the vocabulary knows, and keeps a name's common words for its phrase", () => {
    expect(truecaseOneCaseText("the police said kenya is calm, and the somali national army attacked a base.", dict, known, phrases, marks)).toBe(
      "The police said Kenya is calm, and the Somali National Army attacked a base.",
    );
  });
  it("never makes an English word an acronym outside a short form's place ('is' stays 'is')", () => {
    expect(truecaseOneCaseText("THE BASE IS IN KENYA.", dict, known, phrases, marks)).toBe("The base is in Kenya.");
  });
  it("reads an acronym before a colon or alone in brackets, as ACLED writes names", () => {
    expect(truecaseOneCaseText("on 2 may 2025, kdf: kenya defence forces attacked a base.", dict, known, phrases, marks)).toBe(
      "On 2 may 2025, KDF: Kenya Defence Forces attacked a base.",
    );
    expect(truecaseOneCaseText("the somali national army (sna) attacked a base.", dict, known, phrases, marks)).toBe("The Somali National Army (SNA) attacked a base.");
  });
  it("capitalises an article that opens a name, not one inside a name", () => {
    expect(truecaseOneCaseText("police attacked a base in la paz.", dict, known, phrases, marks)).toBe("Police attacked a base in La Paz.");
    expect(truecaseOneCaseText("police attacked a base in mirador la paz.", dict, known, phrases, marks)).toBe("Police attacked a base in Mirador la Paz.");
  });
  it("takes a text with one capital for a cased text, and a short text for no evidence", () => {
    expect(isAllLowerCase("on 4 november 2026, suspected Fulani militia killed 17 people in mushu village")).toBe(false);
    expect(isAllLowerCase("n/a")).toBe(false);
    const cased = "On 4 May 2025, police in Mombasa said.";
    expect(truecaseOneCaseText(cased, dict, known, phrases, marks)).toBe(cased);
  });
});

describe("a note typed in one case, through the pipeline", () => {
  it("finds the place and the party of a lower-case note", async () => {
    const doc = await extractDocument({ text: "on 3 june 2025, unidentified gunmen shot dead 2 traders in kalat (kalat, balochistan)." }, { published: "2025-06-10" });
    const e = doc.events[0]!;
    expect(doc.places.find((p) => p.id === e.place)).toMatchObject({ name: "Kalat", country: "PK" });
    expect(e.fatalities).toMatchObject({ min: 2 });
  });
  it("gives back the text as written, with every copied text as written, while names keep their capitals", async () => {
    const text = "on 3 june 2025, unidentified gunmen shot dead 2 traders in kalat (kalat, balochistan).";
    const doc = await extractDocument({ text }, { published: "2025-06-10" });
    expect(doc.text).toBe(text);
    const place = doc.places.find((p) => p.id === doc.events[0]!.place)!;
    expect(place.text).toBe("kalat");
    expect(place.name).toBe("Kalat");
    expect(doc.events[0]!.evidence.text).toBe(text);
  });
  it("reads an all-caps note's toll and place", async () => {
    const doc = await extractDocument({ text: "ON 3 JUNE 2025, GUNMEN KILLED 3 VILLAGERS NEAR DJIBO (DJIBO, SOUM)." }, { published: "2025-06-10" });
    const e = doc.events[0]!;
    expect(doc.places.find((p) => p.id === e.place)).toMatchObject({ country: "BF" });
    expect(e.fatalities).toMatchObject({ min: 3 });
  });
});
