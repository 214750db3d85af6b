/** Incident notes in ACLED's own terse style read by notes25's rules (sentences written for these tests, not taken from any corpus or set). */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

const note = (text: string) => extractDocument({ text }, { published: "2026-04-20" });

describe("ACLED-style incident notes (notes25)", () => {
  it("reads a sub-event type label before a colon as the note's coding, not as a doerless event of its own", async () => {
    const retaken = await note("Government regains territory: On 14 April 2026, Military Forces of Chad (2021-) took control of Tibesti town (Tibesti, Tibesti) after rebels withdrew.");
    expect(retaken.events[0]?.acled?.actor1).toBe("Military Forces of Chad");
    expect(retaken.events[0]?.date).not.toBeNull();
    const clash = await note("Armed clash: On 15 April 2026, Military Forces of Chad (2021-) took control of Faya (Borkou, Borkou).");
    expect(clash.events[0]?.acled?.actor1).toBe("Military Forces of Chad");
    // Only the whole opening before the colon is a label: a telling word in prose before a colon still tells.
    const prose = await note("Armed men attacked the market: On 15 April 2026, gunmen killed 3 traders in Faya (Borkou, Borkou).");
    expect(prose.events.length).toBeGreaterThan(0);
  });

  it("takes a note's coded figure over a vague count told in the sentence before, however far above it", async () => {
    // "several" reads 3; the coder's 10 is this event's toll, not a wider crisis's running count.
    const doc = await note("On 16 April 2026, PDF fighters clashed with Military Forces of Myanmar (2021-) near Kani (Kani, Monywa, Sagaing). Several soldiers were killed. Fatalities coded as 10.");
    expect(doc.events[0]?.fatalities).toMatchObject({ min: 10, max: 10 });
    // A toll told in prose is still bounded: a figure far above the event's count is a wider tally.
    const prose = await note("On 16 April 2026, a bomb killed 2 people at a market in Mandalay (Mandalay, Mandalay). The death toll in the region rose to 40.");
    expect(prose.events[0]?.fatalities?.min).toBe(2);
  });
});
