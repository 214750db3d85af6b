/** Incident-note parties read from notes22's own ACLED-style notes (sentences written for these tests, not taken from any corpus). */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

const note = (text: string) => extractDocument({ text }, { published: "2026-04-20" });

describe("incident-note parties (notes22)", () => {
  it("names the militias of ethnic groups the press names them by (Bedouin, Gumuz)", async () => {
    const syria = await note("On 4 April 2026, Bedouin gunmen clashed with Druze militiamen in Shahba (Shahba, As-Sweida), leaving five dead.");
    expect(syria.events[0]?.acled).toMatchObject({ actor1: "Bedouin Ethnic Militia (Syria)", actor2: "Druze Ethnic Militia (Syria)" });
    const ethiopia = await note("On 6 April 2026, Gumuz militiamen killed nine Amhara farmers in Bullen (Metekel, Benishangul-Gumuz).");
    expect(ethiopia.events[0]?.acled?.actor1).toBe("Gumuz Ethnic Militia (Ethiopia)");
  });

  it("reads a named group's cadres as the group, and India's central police by their initials", async () => {
    const doc = await note("On 8 April 2026, CPI (Maoist) cadres detonated a pressure IED that killed three CRPF jawans near Kistaram (Sukma, Chhattisgarh).");
    expect(doc.events[0]?.acled).toMatchObject({ actor1: "Communist Party of India (Maoist)", actor2: "Police Forces of India" });
  });

  it("reads an ethnic group in brackets after armed men as their group (ACLED's 'militia (Fulani)')", async () => {
    const doc = await note("On 9 April 2026, militia (Dogon) burned a Fulani hamlet near Bankass (Bankass, Mopti), killing six herders.");
    expect(doc.events[0]?.acled?.actor1).toBe("Dogon Ethnic Militia (Mali)");
    // A bracket that names no group leaves the armed men unidentified.
    const unnamed = await note("On 9 April 2026, gunmen (pictured) burned a hamlet near Bankass (Bankass, Mopti), killing six herders.");
    expect(unnamed.events[0]?.acled?.actor1).toBe("Unidentified Armed Group (Mali)");
  });

  it("finds a passive killing's doer in a by-phrase after place and time adjuncts", async () => {
    const doc = await note("Four traders were shot dead near the livestock market of Beledweyne (Beledweyne, Hiraan) on 2 April 2026 by Al Shabaab militants.");
    expect(doc.events[0]?.acled?.actor1).toBe("al-Shabaab");
    // A verb between ends the search: the "by" belongs to the later clause.
    const later = await note("Four traders were shot dead near the market of Beledweyne on 2 April 2026 and the town was retaken by Al Shabaab militants.");
    expect(later.events[0]?.acled?.actor1).not.toBe("al-Shabaab");
  });

  it("reads a name opening with a Spanish plural article as a group, never one person", async () => {
    const active = await note("On 5 April 2026, Los Tiguerones members shot dead two bus drivers in Manta (Manta, Manabi).");
    expect(active.actors.find((a) => a.name === "Los Tiguerones")?.kind).toBe("organisation");
    const passive = await note("Three fishermen were shot dead at a pier in Duran (Duran, Guayas) on 6 April 2026 by Los Chone Killers members.");
    expect(passive.events[0]?.acled?.actor1).toBe("Los Chone Killers");
  });

  it("codes an attack on a detachment or a gendarmerie post against the state's forces", async () => {
    const post = await note("On 10 April 2026, ISSP militants attacked a gendarmerie post in Banibangou (Banibangou, Tillaberi).");
    expect(post.events[0]?.acled?.actor2).toBe("Police Forces of Niger");
    const detachment = await note("On 11 April 2026, JNIM militants attacked a detachment in Sebba (Sebba, Yagha, Sahel).");
    expect(detachment.events[0]?.acled?.actor2).toBe("Military Forces of Burkina Faso");
  });

  it("reads police commandos as police, not the army", async () => {
    const doc = await note("On 12 April 2026, militants ambushed Manipur police commandos near Sugnu (Chakpikarong, Chandel, Manipur), killing two commandos.");
    expect(doc.events[0]?.acled?.actor2).toBe("Police Forces of India");
  });

  it("reads a named force's personnel as that force, also as the victims of a passive killing", async () => {
    const doc = await note("On 14 April 2026, three CRPF personnel were killed when Maoists triggered an IED near Tarrem (Usur, Bijapur, Chhattisgarh).");
    expect(doc.events[0]?.acled?.actor2).toBe("Police Forces of India");
  });

  it("codes an armed group's takeover of a state's base against that state's forces", async () => {
    const doc = await note("On 15 April 2026, ISWAP fighters overran a military base in Marte (Marte, Borno) and seized weapons.");
    const takeover = doc.events.find((e) => e.acled?.subEventType === "Non-state actor overtakes territory");
    expect(takeover?.acled?.actor2).toBe("Military Forces of Nigeria");
  });
});
