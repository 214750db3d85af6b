/**
 * The event's place in incident-note sentences: the most specific place its clause names, a village
 * inside the places bracketed after it, a town named with its settlement word even when the tagger
 * made it a party. Sentences written for these tests in the style of conflict-event notes.
 */
import { describe, expect, it } from "vitest";
import { eventPlaces } from "./event-places-of.js";


describe("an incident note's place", () => {
  it("is the town attacked, named with its settlement word, not the province after it", () => {
    expect(eventPlaces("On 3 December 2021, Al Shabaab attacked Wanlaweyn town in Lower Shabelle.")[0]).toMatchObject({ place: "Wanlaweyn", country: "SO" });
  });

  it("is the village before the bracketed district and province", () => {
    expect(eventPlaces("On 4 May 2020, Al Shabaab militants attacked a base in Janaale (Marka, Lower Shabelle).")[0]).toMatchObject({ place: "Janaale", country: "SO" });
    expect(eventPlaces("On 25 January 2021, SDF forces raided a house in Al-Shaddadi (Al-Hasakeh).").find((e) => e.trigger === "raided")).toMatchObject({ place: "Al-Shaddadi", country: "SY" });
  });

  it("is the town attacked with its containers in brackets, though the tagger made it a party", () => {
    expect(eventPlaces("On 11 October 2022, ISWAP militants attacked Gajiram (Nganzai, Borno).")[0]).toMatchObject({ place: "Gajiram", country: "NG" });
  });

  it("is the township or commune struck, named with its division word, though the tagger made it a party", () => {
    expect(eventPlaces("On 16 March 2022, airstrikes hit Zawgyi township (Shan-South), killing 2 civilians.")[0]).toMatchObject({ place: "Zawgyi", country: "MM" });
    expect(eventPlaces("On 2 May 2021, gunmen attacked Zorbakou commune (Gao, Mali), killing 4 civilians.")[0]).toMatchObject({ place: "Zorbakou", country: "ML" });
  });

  it("is the town a road is named from, for what happened on the road ('on the Abuja-Kaduna highway')", () => {
    expect(eventPlaces("On 9 March 2024, bandits kidnapped 15 passengers on the Abuja-Kaduna highway.")[0]).toMatchObject({ place: "Abuja", country: "NG" });
  });

  it("is the district before its province", () => {
    expect(eventPlaces("On 2 February 2021, Taliban militants attacked a police checkpoint in Nad Ali district, Helmand province.")[0]).toMatchObject({ place: "Nad Ali", country: "AF" });
  });
});
