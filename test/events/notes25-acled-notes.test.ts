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
    const colon = await note("On 16 April 2026, PDF fighters ambushed Military Forces of Myanmar (2021-) near Kani (Kani, Monywa, Sagaing). Many soldiers were killed.\nFatalities: 30");
    expect(colon.events[0]?.fatalities).toMatchObject({ min: 30, max: 30 });
  });

  it("reads a doer before ACLED's period bracket within a verb's sense window, and a vehicle that struck a mine as no attacker", async () => {
    // "(2000-)" takes no room in the window of "struck"'s armed-doer test.
    const struck = await note("On 17 April 2026, Military Forces of Russia (2000-) struck Kupiansk (Kupianska, Kupianskyi, Kharkiv) with guided aerial bombs. 2 civilians were killed.");
    expect(struck.events[0]?.acled?.actor1).toBe("Military Forces of Russia");
    // What a vehicle ran into is the bomb's telling: its riders are the victims, not the doers.
    const mine = await note("On 18 April 2026, a vehicle of Military Forces of Mali (2021-) struck a roadside bomb near Boni (Douentza, Mopti), killing 3 soldiers.");
    expect(mine.events[0]?.acled?.actor1).not.toBe("Military Forces of Mali");
  });

  it("reads 'demonstrated' taken onto a road, over a grievance or with a demand as a protest, and 'demonstrated ... that' as showing", async () => {
    const road = await note("On 19 April 2026, garment workers demonstrated on the Dhaka-Aricha highway at Savar (Savar, Dhaka) demanding unpaid wages.");
    expect(road.events[0]?.type).toBe("PROTEST");
    const over = await note("On 19 April 2026, students demonstrated over the fee hike in Multan (Multan, Punjab).");
    expect(over.events[0]?.type).toBe("PROTEST");
    const shown = await note("The trial demonstrated on Monday that the vaccine works.");
    expect(shown.events.some((e) => e.type === "PROTEST")).toBe(false);
  });
});
