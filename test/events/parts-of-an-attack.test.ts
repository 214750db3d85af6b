/**
 * A wire story tells one attack in its lead, then its parts sentence after sentence ("The gunmen
 * opened fire ...", "They burned houses and took away ..."): ACLED codes one event (one day, one
 * place, one pair of actors), so the parts are tellings of the attack (fold-attack-parts.ts), unless
 * a day or a place of their own, or other doers, make them another happening.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function assaults(text: string) {
  const doc = await extractDocument({ text }, { published: "2021-10-10" });
  const placeName = (id: string | null | undefined) => doc.places.find((p) => p.id === id)?.name ?? null;
  return doc.events
    .filter((e) => e.type === "ASSAULT")
    .map((e) => ({ trigger: e.trigger?.text, mentions: (e.mentions ?? []).map((m) => m.trigger.text), place: placeName(e.place), dead: e.fatalities?.min ?? null }));
}

describe("the parts of an attack told after its lead", () => {
  it("are one event with the lead: the shooting and the burning by the attackers", async () => {
    const evs = await assaults(
      "MEXICO CITY (AP) — Gunmen stormed a bar in the central Mexican state of Guanajuato late Sunday, killing 12 people, state prosecutors said Monday. " +
        "The assailants burst into the bar in the city of Celaya and opened fire on customers, prosecutors said in a statement. " +
        "They also set fire to two cars parked outside before fleeing.",
    );
    expect(evs).toHaveLength(1);
    expect(evs[0]!.mentions).toEqual(expect.arrayContaining(["stormed", "opened fire", "set fire"]));
    expect(evs[0]!.dead).toBe(12);
    // The part names the town the lead left at the state.
    expect(evs[0]!.place).toBe("Celaya");
  });
  it("take 'they' for the attackers, even when it was read as the victims named before", async () => {
    const evs = await assaults(
      "BENI, Congo (AP) — Rebels of the Allied Democratic Forces attacked a village in Congo's North Kivu province overnight, killing 19 people, the army said Thursday. " +
        "The rebels entered Mamove village in Beni territory and hacked residents with machetes, an army spokesman said. " +
        "They burned dozens of homes and took away at least 10 people, he said.",
    );
    expect(evs).toHaveLength(1);
    expect(evs[0]!.mentions).toEqual(expect.arrayContaining(["hacked", "burned dozens of homes", "took away"]));
  });
});

describe("the storming of a place by the attackers referred back to", () => {
  it("retells how the attack began, at the village the lead left at the country", async () => {
    const evs = await assaults(
      "BAMAKO, Mali (AP) — Gunmen attacked a village in central Mali on Wednesday, killing 20 civilians, officials said. The gunmen stormed Ogossagou village at dawn, a local official said.",
    );
    expect(evs).toHaveLength(1);
    expect(evs[0]!.mentions).toEqual(expect.arrayContaining(["attacked", "stormed"]));
    expect(evs[0]!.place).toBe("Ogossagou");
  });
  it("is another raid on a day of its own", async () => {
    const evs = await assaults(
      "BAMAKO, Mali (AP) — Gunmen attacked a village in central Mali on Wednesday, killing 20 civilians, officials said. On Friday, gunmen stormed Ogossagou village, a local official said.",
    );
    expect(evs).toHaveLength(2);
  });
});

describe("acts after an attack that stay happenings of their own", () => {
  it("a burning told on another day", async () => {
    const evs = await assaults(
      "ABUJA, Nigeria (AP) — Gunmen attacked a church in southwestern Nigeria on Sunday, killing 22 worshippers, police said. " +
        "On Saturday, bandits burned dozens of houses in Zamfara state, residents said.",
    );
    expect(evs).toHaveLength(2);
  });
  it("a background attack with its own month and place", async () => {
    const evs = await assaults(
      "BENI, Congo (AP) — Rebels of the Allied Democratic Forces attacked a village in Congo's North Kivu province overnight, killing 19 people, the army said Thursday. " +
        "They burned dozens of homes, an army spokesman said. Last month, the ADF killed 30 people in an attack on a camp in Ituri province.",
    );
    expect(evs.map((e) => e.dead)).toEqual([19, 30]);
  });
  it("fire opened by the attacked on the attackers", async () => {
    const evs = await assaults(
      "NIAMEY, Niger (AP) — Militants attacked an army base in western Niger on Tuesday, killing 10 soldiers, the defense ministry said. " +
        "The soldiers opened fire on the attackers and killed 15 of them, the ministry said.",
    );
    expect(evs).toHaveLength(2);
  });
  it("an act told after the story has moved on", async () => {
    const evs = await assaults(
      "MEXICO CITY (AP) — Gunmen stormed a bar in the city of Celaya late Sunday, killing 12 people, prosecutors said. " +
        "The state governor condemned the killings on Monday and promised justice. " +
        "Residents said the city had been calm for months. They set fire to two cars, police said.",
    );
    expect(evs.length).toBeGreaterThan(1);
  });
});

describe("the toll of a taking of ground told after its comma", () => {
  it("goes to the taking: one event with the dead ('overran a base ..., killing 17 soldiers')", async () => {
    const doc = await extractDocument({ text: "On 6 May 2026, Al Shabaab militants overran a Somali army base in Bulo Burte, killing 17 soldiers." }, { published: "2026-05-20" });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]?.fatalities?.min).toBe(17);
    // A killing with a doer of its own stays its own event.
    const own = await extractDocument({ text: "On 6 May 2026, troops retook the village after militants killed 5 civilians." }, { published: "2026-05-20" });
    expect(own.events.find((e) => e.type === "ASSAULT")?.fatalities?.min).toBe(5);
  });
});

describe("a raid opened by a blast: one complex attack", () => {
  it("keeps the suicide bombing that opened the storming in the raid's event, with the toll told after", async () => {
    const evs = await assaults(
      "KABUL, Afghanistan (AP) — Taliban fighters stormed a government compound in Pul-e-Alam on Tuesday, officials said. " +
        "The assault began when a suicide bomber blew up a truck at the main gate, letting three gunmen into the building. " +
        "Provincial officials said four guards and two clerks had been killed.",
    );
    expect(evs).toHaveLength(1);
    expect(evs[0]!.mentions).toEqual(expect.arrayContaining(["stormed"]));
    expect(evs[0]!.dead).toBe(6);
  });
  it("keeps a bombing by another side apart from a raid", async () => {
    const evs = await assaults(
      "Israeli troops raided the Balata camp in Nablus on Tuesday, the army said. " +
        "Separately, a car bomb exploded in Gaza City on Tuesday, killing two people.",
    );
    expect(evs).toHaveLength(2);
  });
});
