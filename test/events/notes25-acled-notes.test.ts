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

});
