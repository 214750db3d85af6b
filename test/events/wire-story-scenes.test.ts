/**
 * Where a wire story's events happened when its dateline is the bureau's town: the lead's scene carries the sentences
 * after it, a town the gazetteer lacks lies in the division its sentence puts it in, not at the bureau's town, a
 * dateline abroad stays no scene when only guessed countries point to it; and the readings that kept one
 * attack in two (an ordered operation lending the attack its doer, a lower bound and a later toll) or counted a
 * relative clause's bodies. Sentences written for sitrep, none from an eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function read(text: string, published = "2024-06-10") {
  const doc = await extractDocument({ text }, { published });
  const actor = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? null;
  const place = (id: string | null | undefined) => doc.places.find((p) => p.id === id) ?? null;
  const events = doc.events.map((e) => ({
    type: e.type,
    modality: e.modality,
    background: e.background,
    trigger: e.trigger?.text ?? "",
    actor: actor(e.actor),
    place: place(e.place)?.name ?? null,
    country: place(e.place)?.country ?? null,
    lat: place(e.place)?.lat ?? null,
    dead: e.fatalities ? [e.fatalities.min, e.fatalities.max] : null,
  }));
  return { doc, events };
}

const asserted = (evs: Awaited<ReturnType<typeof read>>["events"]) => evs.filter((e) => !e.background && e.modality === "asserted");

describe("the lead's scene, not the bureau's town", () => {
  it("places the storming told after a bombing in a district at that district", async () => {
    const { events } = await read(
      "PESHAWAR, Pakistan, March 9 (Reuters) - A suicide bomber rammed a car into a police station in Bannu district on Saturday, killing 12 policemen, officials said.\n\nGunmen then stormed the compound and fought security forces for several hours.",
      "2024-03-09",
    );
    const storming = events.find((e) => e.trigger.includes("stormed") || e.trigger.includes("fought"));
    expect(storming?.place).toBe("Bannu District");
  });

  it("follows the lead's scene past a quote to a day after it, not back to the bureau's town", async () => {
    const { events } = await read(
      "KINSHASA, May 22 (Reuters) - Rebels killed 14 villagers in an overnight raid in North Kivu province, officials said on Wednesday.\n\nThe fighters attacked the village of Mamove near Beni late on Tuesday.\n\n\"They came at night,\" a resident said. \"We are afraid.\"\n\nThe army said it had killed four of the attackers in a firefight on Wednesday morning.",
      "2024-05-22",
    );
    const firefight = events.find((e) => e.dead?.[0] === 4);
    expect(firefight?.place).toBe("Beni");
  });

  it("keeps a sentence dated in its own words at the dateline", async () => {
    const { events } = await read(
      "NAIROBI, July 2 (Reuters) - Police fired tear gas at protesters in the town of Kisumu on Tuesday.\n\nPolice arrested 40 people last week.",
      "2024-07-02",
    );
    const arrest = events.find((e) => e.type === "COERCE");
    expect(arrest?.place).not.toBe("Kisumu");
  });
});

describe("a town the gazetteer lacks", () => {
  it("lies in the state its sentence names, not at the bureau's town", async () => {
    const { doc } = await read("ABUJA, March 8 (Reuters) - Gunmen abducted 40 pupils from a school in the town of Kuriga in northwestern Nigeria's Kaduna state on Thursday.", "2024-03-08");
    const town = doc.places.find((p) => p.text === "Kuriga");
    expect(town?.country).toBe("NG");
    expect(town?.lat).toBeGreaterThan(10);
  });
});

describe("a dateline abroad", () => {
  it("sets no event's place when only a guessed people's country points to it", async () => {
    const { events } = await read(
      "BANGKOK, May 3 (Reuters) - Myanmar's military bombed a village in the Sagaing region on Thursday, killing 12 people, residents said.\n\nThe village lies in Kanbalu township, north of Mandalay.\n\nA junta spokesman said some civilians may have died.\n\nThe military seized power in a coup in February 2021.",
      "2024-05-03",
    );
    expect(events.filter((e) => e.place === "Bangkok")).toEqual([]);
  });
});

describe("one attack, not two", () => {
  it("does not lend the attack the doer of an operation ordered after it", async () => {
    const { events } = await read("Rebels of the ELN attacked a base in Arauca. Petro said the attack closes a peace process and ordered the army to step up operations against the group.", "2024-09-17");
    const attacks = asserted(events).filter((e) => e.type === "ASSAULT");
    expect(attacks.map((e) => e.actor)).toEqual(["National Liberation Army"]);
  });

  it("merges a lower bound with a later source's higher toll", async () => {
    const { events } = await read("Shelling by the RSF killed at least 23 people at a camp near El Fasher on Monday, an aid group said.\n\nAnother group put the toll at 31 and said shells hit a market inside the camp.", "2024-12-02");
    expect(asserted(events).filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("bodies a relative clause tells of", () => {
  it("are no toll of the strike", async () => {
    const { events } = await read("Jets bombed the village on Thursday as villagers gathered for a ceremony, a resident who helped collect bodies told Reuters.", "2024-05-03");
    expect(events.find((e) => e.type === "ASSAULT")?.dead).toBeNull();
  });

  it("are counted with their own figure", async () => {
    const { events } = await read("Gunmen attacked the village on Thursday, and residents collected 15 bodies.", "2024-05-03");
    expect(events.find((e) => e.type === "ASSAULT")?.dead).toEqual([15, 15]);
  });
});

describe("names that are not the body the dictionary lists", () => {
  it("reads a country's National Security Council as its own body", async () => {
    const { doc } = await read("Iraq's National Security Council decided on Thursday to ban the group.", "2024-08-15");
    expect(doc.actors.map((a) => a.name)).not.toContain("UN Security Council");
  });

  it("places an island the gazetteer lacks", async () => {
    const { doc } = await read("A landslide buried an illegal gold mine on the Indonesian island of Sulawesi on Sunday, killing 15 people.", "2024-07-08");
    expect(doc.places.find((p) => p.text === "Sulawesi")?.country).toBe("ID");
  });
});

describe("what a place serves for", () => {
  it("tells no attack in 'a base for attacks'", async () => {
    const { events } = await read('"We will not let our territory be used as a base for attacks on our neighbours," the minister told reporters.', "2024-08-15");
    expect(asserted(events).filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("keeps an attack on a base", async () => {
    const { events } = await read("Militants attacked a base for peacekeepers near Gao on Monday.", "2024-08-15");
    expect(asserted(events).filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("a country's name that ends a group's name", () => {
  it("is no mention of the state", async () => {
    const { doc } = await read("A little-known group, Ittehad-ul-Mujahideen Pakistan, claimed responsibility for the attack on the police station.", "2024-03-09");
    expect(doc.actors.map((a) => a.name)).not.toContain("Pakistan");
  });
});

describe("an explosion of gas or fuel", () => {
  it("is an accident, not an attack", async () => {
    const { events } = await read("A truck loaded with cooking gas exploded in a residential area of Nairobi late on Thursday, killing at least three people, the government said.", "2024-02-02");
    expect(events.filter((e) => e.type === "ASSAULT")).toEqual([]);
    expect(events.some((e) => e.type === "MAN_MADE_DISASTER" && e.dead?.[0] === 3)).toBe(true);
  });

  it("stays an attack when a bomb is named before it", async () => {
    const { events } = await read("A fuel tanker rigged with explosives exploded at a checkpoint in Mogadishu on Monday, killing five soldiers.", "2024-02-02");
    expect(events.some((e) => e.type === "ASSAULT")).toBe(true);
  });
});
