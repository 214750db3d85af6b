import { describe, expect, it } from "vitest";
import { placeNamed, placesIn } from "./place-test-kit.js";

describe("places stage: a division's name tagged as an organisation with its type word", () => {
  it("reads 'Morazan Department' tagged ORG as the listed department, its type word as the cue", () => {
    const places = placesIn("A reporter was shot and killed today in Morazan Department in the east of El Salvador.", [["Morazan Department", "ORG"], ["El Salvador", "GPE"]]);
    expect(placeNamed(places, "Morazan")).toMatchObject({ kind: "admin1", country: "SV" });
  });

  it("leaves offices alone: a stoplisted or unlisted name before the word, or 'of' after it", () => {
    const places = placesIn("The Police Department said the Ohio Department of Health and the Justice Department were told.", [["Police Department", "ORG"], ["Ohio Department", "ORG"], ["Justice Department", "ORG"]]);
    expect(places.map((p) => p.text)).toEqual([]);
  });
});
