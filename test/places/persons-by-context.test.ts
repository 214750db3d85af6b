/**
 * PERSON-vs-place by context: a lone name the article uses as a person (speaking, or suspected,
 * charged, arrested) is that person in all its lone mentions. Sentences written for these tests
 * (general usage), not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import { placeNamed, placesIn } from "./place-test-kit.js";

describe("places stage: a lone name used as a person", () => {
  it("is no place where the article says only a person is suspected or charged", () => {
    const text = "When the homeowner confronted Bryant, she drove off. Bryant is suspected of vandalizing signs at the property.";
    const places = placesIn(text, [["Bryant", "GPE"]]);
    expect(places.filter((p) => p.text === "Bryant")).toEqual([]);
  });

  it("carries a speaker's name to its other lone mentions", () => {
    const places = placesIn("Under Peabody's questioning, the banker apologised. Peabody told the banker to resign.", [["Peabody", "GPE"]]);
    expect(placeNamed(places, "Peabody")).toBeUndefined();
  });

  it("keeps the town when no person word follows its name", () => {
    const places = placesIn("Police in Bryant, Arkansas, arrested two men on Monday.", [["Bryant", "GPE"], ["Arkansas", "GPE"]]);
    expect(placeNamed(places, "Bryant")?.country).toBe("US");
  });

  it("leaves a country that is accused or suspected alone", () => {
    const places = placesIn("Iran is suspected of arming the rebels, officials in Yemen said.", [["Iran", "GPE"], ["Yemen", "GPE"]]);
    expect(placeNamed(places, "Iran")?.country).toBe("IR");
  });
});
