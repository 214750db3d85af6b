/** A guilty verdict or plea is a conviction (triggers.tsv trg:found-guilty, trg:found-someone-guilty, trg:pleaded-guilty); a not-guilty one is none. */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const kinds = (text: string) => extractEventsByHand(text).map((e) => `${e.data.type}/${e.data.mode ?? "-"}`);

describe("guilty verdicts and pleas", () => {
  it.each([
    ["A former mayor was found guilty of fraud on Tuesday."],
    ["The judge found her guilty of treason."],
    ["The contractor pleaded guilty to bribery charges in 2010."],
  ])("%s -> SANCTION/convict", (text) => {
    expect(kinds(text)).toContain("SANCTION/convict");
  });

  it.each([
    ["He pleaded not guilty to the charges."],
    ["The jury found him not guilty of murder."],
  ])("%s -> no conviction", (text) => {
    expect(kinds(text)).not.toContain("SANCTION/convict");
  });
});

describe("the one who pleads guilty", () => {
  it("undergoes the conviction, and does not convict: 'The contractor pleaded guilty to bribery charges'", () => {
    const plea = extractEventsByHand("The contractor pleaded guilty to bribery charges in 2010.").find((e) => e.data.type === "SANCTION");
    expect(plea?.data.targetPhrase?.text).toBe("The contractor");
    expect(plea?.data.actorPhrase ?? null).toBeNull();
  });
});
