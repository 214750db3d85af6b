import { describe, expect, it } from "vitest";
import { placeNamed, placesIn } from "./place-test-kit.js";

describe("places stage: one name written with 'and', tagged as two places", () => {
  it("reads 'Jammu and Kashmir' tagged as 'Jammu' and 'Kashmir' as the one listed division", () => {
    const places = placesIn("Militants attacked an army camp in Jammu and Kashmir on Monday.", [["Jammu", "GPE"], ["Kashmir", "GPE"]]);
    expect(places.map((p) => p.text)).toEqual(["Jammu and Kashmir"]);
    expect(placeNamed(places, "Jammu and Kashmir")).toMatchObject({ kind: "admin1", country: "IN" });
  });

  it("keeps two places joined by 'and' that the gazetteer does not list as one name", () => {
    const places = placesIn("Bombs exploded in Kabul and Kandahar on Monday.", [["Kabul", "GPE"], ["Kandahar", "GPE"]]);
    expect(places.map((p) => p.text)).toEqual(["Kabul", "Kandahar"]);
  });
});
