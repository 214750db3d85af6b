/** Whose is a site an attack is aimed at (site-owners.ts): the owner word in the phrase, else the site's own. */
import { describe, expect, it } from "vitest";
import { ownerOfSite } from "../../src/stages/events/site-owners.js";

describe("owners of attacked sites", () => {
  it("takes the owner word before the head ('a police station', 'a military vehicle', 'a military hospital')", () => {
    expect(ownerOfSite({ text: "a police station", head: "station" })).toBe("POL");
    expect(ownerOfSite({ text: "a military vehicle", head: "vehicle" })).toBe("MIL");
    expect(ownerOfSite({ text: "a military hospital", head: "hospital" })).toBe("MIL");
  });

  it("takes the site's own owner when no word tells, plurals included ('an army base', 'a convoy', 'two schools', 'churches')", () => {
    expect(ownerOfSite({ text: "a convoy", head: "convoy" })).toBe("MIL");
    expect(ownerOfSite({ text: "two schools", head: "schools" })).toBe("CVL");
    expect(ownerOfSite({ text: "the churches", head: "churches" })).toBe("CVL");
  });

  it("names no owner for a site that needs an owner word, or a phrase that is no site ('a station', 'an oil pipeline')", () => {
    expect(ownerOfSite({ text: "a station", head: "station" })).toBeNull();
    expect(ownerOfSite({ text: "an oil pipeline", head: "pipeline" })).toBeNull();
    // A possessive says whose it is, often the doer's own ("fortify their positions").
    expect(ownerOfSite({ text: "their positions", head: "positions" })).toBeNull();
    // A word naming a non-state group makes the site theirs, whom the phrase does not name ("rebel convoy").
    expect(ownerOfSite({ text: "a rebel convoy", head: "convoy" })).toBeNull();
    expect(ownerOfSite({ text: "rebel positions", head: "positions" })).toBeNull();
  });
});

describe("the state force an owner word before an act's noun names as its doer", () => {
  it("is read from the word right before the noun ('an army operation', 'a police raid'), not from other words", async () => {
    const { ownerWordBefore } = await import("../../src/stages/events/site-owners.js");
    const text = "killed in an army operation and a police raid, a rebel offensive and a paramilitary raid";
    expect(ownerWordBefore(text, text.indexOf("operation"))).toBe("MIL");
    expect(ownerWordBefore(text, text.indexOf("raid"))).toBe("POL");
    expect(ownerWordBefore(text, text.indexOf("offensive"))).toBeNull();
    expect(ownerWordBefore(text, text.lastIndexOf("raid"))).toBeNull();
  });

  it("is ACLED's actor1 of an attack whose text names no doer, with the country of its place", async () => {
    const { extractEventsByHand } = await import("./annotate-by-hand.js");
    const places = [{ id: "hel", text: "Helmand", kind: "admin1" as const, extra: { country: "AF" } }];
    const e = extractEventsByHand("Fifteen militants were killed in an army operation in Helmand on Monday.", { places }).find((x) => x.data.trigger.text === "operation");
    expect(e?.data.acled?.actor1).toBe("Military Forces of Afghanistan");
    expect(e?.data.actor).toBeNull();
  });
});
