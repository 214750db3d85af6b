/**
 * The fatalities an incident note gives apart from its story: a last line "Fatalities: N" (a label, its colon and the
 * figure) and a bracket "(N fatalities)" at the end of a clause. Both give the event's total.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function firstEvent(text: string) {
  const doc = await extractDocument({ text }, { published: "2025-09-20" });
  return doc.events[0];
}

describe("a note's fatalities line", () => {
  it("reads 'Fatalities: N' on its own line as the event's toll", async () => {
    const e = await firstEvent("On 12 September 2025, gunmen raided a market in Sokoto.\nFatalities: 3");
    expect(e?.fatalities).toMatchObject({ min: 3, max: 3 });
  });
  it("takes the line's total over a smaller count the story told", async () => {
    const e = await firstEvent("On 12 September 2025, a gunman shot dead 2 guards at a bank in Kano before killing himself.\nFatalities: 3");
    expect(e?.fatalities).toMatchObject({ min: 3, max: 3 });
  });
  it("reads a figure in the same bracket as the fatalities word", async () => {
    const e = await firstEvent("On 14 September 2025, two militias clashed over a water point near Wajir (Wajir East, Wajir) (5 fatalities).");
    expect(e?.fatalities).toMatchObject({ min: 5, max: 5 });
  });
  it("leaves a figure outside the bracket to the words outside it", async () => {
    // The bracket holds no figure: the 40 houses are no deaths.
    const e = await firstEvent("On 14 September 2025, militants burned 40 houses in Wajir (no fatalities).");
    expect(e?.fatalities?.min ?? 0).toBe(0);
  });
  it("reads no figure that is not right after the label's colon", async () => {
    const e = await firstEvent("On 15 September 2025, soldiers clashed with bandits in Zamfara.\nFatalities: unknown, at least 2 villages burned");
    expect(e?.fatalities ?? null).toBeNull();
  });
});
