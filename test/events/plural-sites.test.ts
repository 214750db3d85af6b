/**
 * Plural site nouns (lexicon class `site-plural`: "prisons", "posts", "homes"): the clause's site of
 * an event like the singulars, but after a place name they name several sites of or in that place,
 * never the name itself as a settlement ("U.S. bases" are not in the United States).
 */
import { describe, expect, it } from "vitest";
import { eventPlaces } from "./event-places-of.js";
import { extractEventsByHand } from "./annotate-by-hand.js";

const placePhrase = (text: string, places: { id: string; text: string; kind: "city" | "admin1" | "country" }[] = []) =>
  extractEventsByHand(text, { places }).map((e) => e.data.placePhrase?.text ?? null);


describe("plural sites", () => {
  it("are the site a locative relative clause qualifies ('the prisons where ... executed')", () => {
    expect(placePhrase("The boy toured the prisons where the regime tortured and executed thousands of prisoners.")).toContain("the prisons");
  });

  it("are the site of a locative phrase when the clause names no place ('in their homes')", () => {
    expect(placePhrase("Two farmers were shot dead in their homes on Tuesday.")).toContain("their homes");
  });

  it("head the phrase a named place locates ('posts in Anderstown'), as the gold's facility is the phrase's head", () => {
    expect(placePhrase("Their posts in Anderstown came under intense gunfire.", [{ id: "p1", text: "Anderstown", kind: "city" }])).toContain("posts in Anderstown");
  });

  it("do not make the place name before them a settlement ('U.S. bases around the world' are not in the United States)", () => {
    expect(eventPlaces("Militants have attacked U.S. bases around the world.").find((e) => e.trigger === "attacked")).toMatchObject({ place: null });
  });
});
