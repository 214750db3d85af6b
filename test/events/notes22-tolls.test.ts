/** Tolls of incident notes read from notes22's own ACLED-style notes (sentences written for these tests). */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

const note = (text: string) => extractDocument({ text }, { published: "2026-04-20" });

describe("incident-note tolls (notes22)", () => {
  it("counts the victims of a killing verb joined by 'and' to a verb that shares its object", async () => {
    const mob = await note("On 7 April 2026, a crowd in Gonaives (Gonaives, Artibonite) lynched and burned three suspected kidnappers.");
    expect(mob.events[0]?.fatalities?.min).toBe(3);
    const buried = await note("On 8 April 2026, soldiers killed and buried four herders near Diafarabe (Tenenkou, Mopti).");
    expect(buried.events[0]?.fatalities?.min).toBe(4);
    // Houses burned after a killing are no toll of it, nor a joint figure of the dead and the wounded.
    const houses = await note("On 9 April 2026, gunmen killed and burned two houses in Bourasso (Bourasso, Kossi).");
    expect(houses.events[0]?.fatalities ?? null).toBeNull();
    const joint = await note("On 9 April 2026, gunmen killed and wounded six farmers in Bourasso (Bourasso, Kossi).");
    expect(joint.events[0]?.fatalities ?? null).toBeNull();
  });
});
