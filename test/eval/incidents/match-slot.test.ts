import { describe, expect, it } from "vitest";
import { locationComponents, matchDate, matchLocation, matchString, OPEN_RANGE_LOOKBACK_DAYS, parseKeyDate } from "../../../src/eval/muc4/match-slot.js";
import { headNoun } from "../../../src/eval/muc4/normalise-filler.js";

describe("dates", () => {
  it("matches a single key day only on that day", () => {
    expect(matchDate("1989-11-16", ["16 NOV 89"])).toBe(true);
    expect(matchDate("1989-11-17", ["16 NOV 89"])).toBe(false);
  });
  it("matches inside a closed range, bounds included", () => {
    expect(matchDate("1989-11-10", ["10 NOV 89 - 15 NOV 89"])).toBe(true);
    expect(matchDate("1989-11-15", ["10 NOV 89 - 15 NOV 89"])).toBe(true);
    expect(matchDate("1989-11-16", ["10 NOV 89 - 15 NOV 89"])).toBe(false);
  });
  it("bounds an open range '- D' to a look-back before D", () => {
    expect(parseKeyDate("- 15 NOV 89")).toEqual({ from: "1989-10-15", to: "1989-11-15" });
    expect(OPEN_RANGE_LOOKBACK_DAYS).toBe(31);
    expect(matchDate("1989-11-01", ["- 15 NOV 89"])).toBe(true);
    expect(matchDate("1989-06-01", ["- 15 NOV 89"])).toBe(false);
  });
  it("accepts any of the alternatives, parenthesised ones too", () => {
    expect(matchDate("1989-11-05", ["(11 NOV 89 - 26 NOV 89)", "(- 26 NOV 89)"])).toBe(true);
  });
  it("needs a prediction given to the day", () => {
    expect(matchDate("1989-11", ["16 NOV 89"])).toBe(false);
    expect(matchDate(null, ["16 NOV 89"])).toBe(false);
  });
});

describe("locations", () => {
  it("splits a key location into place names without their type", () => {
    expect(locationComponents("PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)")).toEqual(["PERU", "LIMA", "SAN ISIDRO"]);
  });
  it("matches a predicted place or its country against any component, ignoring case and accents", () => {
    expect(matchLocation(["San Isidro"], ["PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)"])).toBe(true);
    expect(matchLocation(["Bogotá", "Colombia"], ["COLOMBIA"])).toBe(true);
    expect(matchLocation(["Cusco", "Peru"], ["EL SALVADOR: SAN SALVADOR (CITY)"])).toBe(false);
  });
  it("does not match a component by a part of its name", () => {
    expect(matchLocation(["San"], ["EL SALVADOR: SAN MIGUEL (CITY)"])).toBe(false);
  });
});

describe("strings (perpetrators and targets)", () => {
  it("finds the head noun before postmodifiers, ignoring articles and numbers", () => {
    expect(headNoun("MEMBERS OF THE MAOIST TERRORIST ORGANIZATION SHINING PATH")).toBe("MEMBER");
    expect(headNoun("THE 3 PEASANTS")).toBe("PEASANT");
  });
  it("matches when one contains the other as whole words", () => {
    expect(matchString(["the Shining Path"], ["SHINING PATH"])).toBe(true);
    expect(matchString(["POLICE"], ["NATIONAL POLICE"])).toBe(true);
  });
  it("matches on a shared head noun", () => {
    expect(matchString(["Armed Forces of El Salvador"], ["ARMED FORCES"])).toBe(true);
    expect(matchString(["two priests"], ["JESUIT PRIESTS"])).toBe(true);
  });
  it("does not match different heads or word fragments", () => {
    expect(matchString(["Government of Peru"], ["SHINING PATH"])).toBe(false);
    expect(matchString(["PATH"], ["PATHFINDERS"])).toBe(false);
  });
});

describe("strings: guarding against loose matches", () => {
  it("does not match on a generic head alone", () => {
    expect(matchString(["FMLN forces"], ["AIR FORCE"])).toBe(false);
    expect(matchString(["members of the FMLN"], ["MEMBERS OF THE SHINING PATH"])).toBe(false);
  });
  it("does not match a single modifier word inside a longer name", () => {
    expect(matchString(["Democratic"], ["REVOLUTIONARY DEMOCRATIC FRONT"])).toBe(false);
  });
  it("still matches a single word that is the other's first word or head", () => {
    expect(matchString(["FMLN rebels"], ["FMLN"])).toBe(true);
    expect(matchString(["police"], ["NATIONAL POLICE"])).toBe(true);
  });
});
