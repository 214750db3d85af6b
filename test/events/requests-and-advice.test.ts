/** Requests told by a recommending verb (triggers.tsv trg:recommend), and the adjective that names a standard instead. */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const kinds = (text: string) => extractEventsByHand(text).map((e) => `${e.data.type}/${e.data.mode ?? "-"}`);

describe("a recommendation is a request", () => {
  it.each([
    ["The anti-doping agency recommended that the committee ban the team from the games."],
    ["The panel recommends sanctions against the two companies."],
    ["The cabinet met on Thursday and recommended direct rule in the province."],
  ])("%s -> REQUEST", (text) => {
    expect(kinds(text)).toContain("REQUEST/-");
  });

  it("reads the participle before a noun as a standard, not a request", () => {
    expect(kinds("Tamiflu is the recommended treatment for people infected with bird flu.")).not.toContain("REQUEST/-");
  });
});
