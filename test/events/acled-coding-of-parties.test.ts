/** An event's parties as ACLED codes them (acled.actor1 / actor2): the text's actor and target, or ACLED's conventions. */
import { describe, expect, it } from "vitest";
import { acledActorsOf } from "../../src/stages/events/acled-actors.js";
import { extractDocument } from "../../src/index.js";

const ied = { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" };
const protest = { eventType: "Protests", subEventType: "Peaceful protest" };
const arrest = { eventType: "Strategic developments", subEventType: "Arrests" };
const police = { name: "Police Forces of Armenia", acledName: "Police Forces of Armenia", partyType: "POL", country: "AM" };

describe("ACLED's conventions for an event's parties", () => {
  it("codes herders or farmers who attack as a communal militia, not as civilians", () => {
    const attack = { eventType: "Violence against civilians", subEventType: "Attack" };
    const herders = { name: "Herders", acledName: "Civilians", partyType: "CVL", country: null };
    const coded = acledActorsOf(attack, herders, null, "NG")!;
    expect(coded.actor1).toMatchObject({ name: "Unidentified Communal Militia (Nigeria)", partyType: "IDM" });
    expect(coded.conventions).toContain("conv:armed-civilians");
    // Civilians read as doers are most often victims misread: left as the text gives them.
    const civilians = { name: "Civilians", acledName: "Civilians", partyType: "CVL", country: null };
    expect(acledActorsOf(attack, civilians, null, "NG")!.actor1?.name).toBe("Civilians (Nigeria)");
    // A protest by farmers stays the farmers' protest.
    expect(acledActorsOf(protest, { ...herders, name: "Farmers" }, null, "NG")!.actor1?.name).toBe("Protesters (Nigeria)");
  });

  it("names an unknown bomber an Unidentified Armed Group of the place's country", () => {
    const coded = acledActorsOf(ied, null, null, "YE")!;
    expect(coded.actor1?.name).toBe("Unidentified Armed Group (Yemen)");
    expect(coded.conventions).toEqual(["conv:ied-unknown"]);
  });

  it("names a state's forces the text gives no country after the country where the event happened", () => {
    const soldiers = { name: "Military Forces", acledName: "Military Forces", partyType: "MIL", country: null };
    const retake = { eventType: "Battles", subEventType: "Government regains territory" };
    expect(acledActorsOf(retake, soldiers, null, "ML")!.actor1?.name).toBe("Military Forces of Mali");
    // A country whose name takes an article after "of" takes it as the actors stage names the state's bodies.
    expect(acledActorsOf(retake, soldiers, null, "US")!.actor1?.name).toBe("Military Forces of the United States");
    expect(acledActorsOf(retake, soldiers, null, "CD")!.actor1?.name).toBe("Military Forces of the Democratic Republic of Congo");
    // No place, no country: the name stays as the text allows.
    expect(acledActorsOf(retake, soldiers, null, null)!.actor1?.name).toBe("Military Forces");
    // A party with a country keeps it wherever the event happened.
    expect(acledActorsOf(arrest, police, null, "GE")!.actor1?.name).toBe("Police Forces of Armenia");
  });

  it("codes the owner of an attacked site as the second party when the text names none ('a police station')", () => {
    const attack = { eventType: "Violence against civilians", subEventType: "Attack" };
    expect(acledActorsOf(ied, null, null, "AF", null, "POL")!.actor2?.name).toBe("Police Forces of Afghanistan");
    expect(acledActorsOf(ied, null, null, null, "NG", "MIL")!.actor2?.name).toBe("Military Forces of Nigeria");
    // A party the text names for the target wins over the site; no country, no site party.
    expect(acledActorsOf(ied, null, police, "AF", null, "MIL")!.actor2?.name).toBe("Police Forces of Armenia");
    expect(acledActorsOf(ied, null, null, null, null, "MIL")!.actor2).toBeNull();
    expect(acledActorsOf(attack, null, null, "NG", null, "CVL")!.actor2?.name).toBe("Civilians (Nigeria)");
  });

  it("reads whose a site is from the target phrase ('insurgents targeted a police station', 'an army base', 'a school')", async () => {
    const doc = await extractDocument({ text: "Insurgents targeted a police station in Ghazni, Afghanistan." }, { published: "2019-06-01" });
    expect(doc.events[0]?.acled?.actor2).toBe("Police Forces of Afghanistan");
    const base = await extractDocument({ text: "Gunmen attacked an army base in Borno, Nigeria." }, { published: "2019-06-01" });
    expect(base.events[0]?.acled?.actor2).toBe("Military Forces of Nigeria");
    // The site right after the verb, read as the event's place, is its object too.
    const market = await extractDocument({ text: "Saudi warplanes bombed a market in Sanaa, Yemen." }, { published: "2019-06-01" });
    expect(market.events[0]?.acled?.actor2).toBe("Civilians (Yemen)");
  });

  it("reads 'the junta' as the state's military: as a doer, and as the owner of a site attacked ('attacked junta positions')", async () => {
    const bombed = await extractDocument({ text: "On 8 May 2026, the junta bombed a village in Sagaing, killing 5 civilians." }, { published: "2026-05-20" });
    expect(bombed.events[0]?.acled?.actor1).toBe("Military Forces of Myanmar");
    const positions = await extractDocument({ text: "On 8 May 2026, KIA fighters attacked junta positions in Bhamo (Bhamo, Kachin)." }, { published: "2026-05-20" });
    expect(positions.events[0]?.acled?.actor2).toBe("Military Forces of Myanmar");
  });

  it("names Myanmar's ethnic armed groups and the Pakistani press's spelling of the TTP, not a namesake inside the name or unidentified militants", async () => {
    const tnla = await extractDocument({ text: "On 10 May 2026, TNLA: Ta'ang National Liberation Army troops clashed with junta troops near Mogok (Pyin Oo Lwin, Mandalay)." }, { published: "2026-05-20" });
    expect(tnla.events[0]?.acled?.actor1).toBe("Ta'ang National Liberation Army");
    const ttp = await extractDocument({ text: "On 5 May 2026, Tehreek-i-Taliban Pakistan militants attacked a police station in Lakki Marwat (Lakki Marwat, Khyber Pakhtunkhwa)." }, { published: "2026-05-20" });
    expect(ttp.events[0]?.acled?.actor1).toBe("Tehrik-i-Taliban Pakistan");
  });

  it("reads a state's forces named in full with ACLED's years as the doer of the means of war after them ('Military Forces of Nigeria (2023-) airstrikes')", async () => {
    const doc = await extractDocument({ text: "On 9 May 2026, Military Forces of Nigeria (2023-) airstrikes killed 15 bandits in Tsafe (Tsafe, Zamfara)." }, { published: "2026-05-20" });
    expect(doc.events[0]?.acled?.actor1).toBe("Military Forces of Nigeria");
  });

  it("reads a country after a division's 'of' as where the division lies, not as a party ('in the Kidal region of Mali')", async () => {
    const doc = await extractDocument({ text: "Two soldiers were killed by a roadside bomb in the Kidal region of Mali." }, { published: "2024-03-14" });
    expect(doc.events[0]?.acled?.actor2).toBe("Military Forces of Mali");
    expect(doc.places.find((p) => p.id === doc.events[0]?.place)?.name).toBe("Kidal");
  });

  it("reads a plural of mutual opponents after 'between' as both sides ('clashes between rival tribes', 'rival gangs')", async () => {
    const tribes = await extractDocument({ text: "Clashes between rival tribes in Nyala left 50 people dead." }, { published: "2024-03-14" });
    expect(tribes.events[0]?.acled).toMatchObject({ actor1: "Unidentified Communal Militia (Sudan)", actor2: "Unidentified Communal Militia (Sudan)" });
    const gangs = await extractDocument({ text: "Clashes between rival gangs in Port-au-Prince killed nine people." }, { published: "2024-03-14" });
    expect(gangs.events[0]?.acled).toMatchObject({ actor1: "Unidentified Armed Group (Haiti)", actor2: "Unidentified Armed Group (Haiti)" });
    // A plural with no word of opposition is one side only: no pair is read into it.
    const one = await extractDocument({ text: "Clashes between tribesmen in Nyala left 50 people dead." }, { published: "2024-03-14" });
    expect(one.events[0]?.acled?.actor1).not.toBe("Unidentified Communal Militia (Sudan)");
  });

  it("gives a people of several countries no country of its own: the scene's province places the event ('Fulani herders near Seytenga, Seno province')", async () => {
    const vdp = await extractDocument({ text: "VDP militiamen killed eight Fulani herders near Seytenga, Seno province, last Friday." }, { published: "2026-05-10" });
    expect(vdp.events[0]?.acled?.actor2).toBe("Civilians (Burkina Faso)");
    expect(vdp.places.find((p) => p.id === vdp.events[0]?.place)?.country).toBe("BF");
    // Where the text places them in Nigeria, they are Nigeria's.
    const plateau = await extractDocument({ text: "Fulani herdsmen killed 12 farmers in Bokkos, Plateau state, on Sunday." }, { published: "2026-05-10" });
    expect(plateau.events[0]?.acled).toMatchObject({ actor1: "Fulani Ethnic Militia (Nigeria)", actor2: "Civilians (Nigeria)" });
  });

  it("keeps a named doer of a bombing as the text gives it", () => {
    const taliban = { name: "Taliban", acledName: "Taliban", partyType: "REB", country: "AF" };
    const coded = acledActorsOf(ied, taliban, null, "AF")!;
    expect(coded.actor1).toBe(taliban);
    expect(coded.conventions).toEqual([]);
  });

  it("calls a demonstration's crowd Protesters of the country, whoever the text says they were", () => {
    const sudanese = { name: "Sudanese people", acledName: "Civilians (Sudan)", partyType: "CVL", country: "SD" };
    expect(acledActorsOf(protest, sudanese, null, "SD")!.actor1?.name).toBe("Protesters (Sudan)");
    // With no place, the crowd's own country.
    expect(acledActorsOf(protest, sudanese, null, null)!.actor1?.name).toBe("Protesters (Sudan)");
  });

  it("moves police named as a protest's doer to actor2 and puts a named group behind the protesters", () => {
    const withPolice = acledActorsOf({ eventType: "Protests", subEventType: "Protest with intervention" }, police, null, "AM")!;
    expect([withPolice.actor1?.name, withPolice.actor2?.name]).toEqual(["Protesters (Armenia)", "Police Forces of Armenia"]);
    const union = { name: "Teachers' Union", acledName: null, partyType: null, country: "KE" };
    const called = acledActorsOf(protest, union, null, "KE")!;
    expect([called.actor1?.name, called.assocActor1?.name]).toEqual(["Protesters (Kenya)", "Teachers' Union"]);
  });

  it("keeps as a protest's actor2 only a force that met it, not what the protest was against", () => {
    const crowd = { name: "Protesters", acledName: null, partyType: "PRO", country: "FR" };
    const summit = { name: "G7", acledName: null, partyType: "GRP", country: null };
    const against = acledActorsOf(protest, crowd, summit, "FR")!;
    expect(against.actor2).toBeNull();
    expect(against.conventions).toContain("conv:protest-counterpart");
    const government = { name: "Government of France", acledName: "Government of France", partyType: "GOV", country: "FR" };
    expect(acledActorsOf(protest, crowd, government, "FR")!.actor2).toBeNull();
    const frenchPolice = { name: "Police Forces of France", acledName: "Police Forces of France", partyType: "POL", country: "FR" };
    expect(acledActorsOf({ eventType: "Protests", subEventType: "Protest with intervention" }, crowd, frenchPolice, "FR")!.actor2).toBe(frenchPolice);
  });

  it("names the police of the country as the arresting party no one is named for, and no one when the country is unknown", () => {
    expect(acledActorsOf(arrest, null, null, "AM")!.actor1?.name).toBe("Police Forces of Armenia");
    expect(acledActorsOf(arrest, null, null, null)!.actor1).toBeNull();
  });

  it("never codes a news outlet read as a protest's doer as a party to it", () => {
    const outlet = { name: "DW News", acledName: "DW News", partyType: "MED", country: null };
    const coded = acledActorsOf({ eventType: "Riots", subEventType: "Violent demonstration" }, outlet, null, "DE")!;
    expect([coded.actor1?.name, coded.assocActor1]).toEqual(["Rioters (Germany)", null]);
  });

  it("makes protesters read as the doer of excessive force its undergoers", () => {
    const crowd = { name: "Protesters (Iraq)", acledName: "Protesters (Iraq)", partyType: "PRO", country: "IQ" };
    const coded = acledActorsOf({ eventType: "Protests", subEventType: "Excessive force against protesters" }, crowd, null, "IQ")!;
    expect([coded.actor1, coded.actor2?.name]).toEqual([null, "Protesters (Iraq)"]);
  });

  it("has no convention for an air strike no one is named for", () => {
    expect(acledActorsOf({ eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" }, null, null, "SY")!.actor1).toBeNull();
  });
});

describe("acled.actor1 / actor2 in the document", () => {
  it("codes a car bombing no one is named for, and leaves the event's own actor empty", async () => {
    const doc = await extractDocument({ text: "Twin car bomb attacks have killed at least 10 people in Yemen's western port city of Hodeidah on Monday." }, { published: "2019-06-04" });
    const e = doc.events.find((x) => x.type === "ASSAULT")!;
    expect(e.actor).toBeNull();
    expect(e.acled).toMatchObject({ actor1: "Unidentified Armed Group (Yemen)", conventions: expect.arrayContaining(["conv:ied-unknown"]) });
  });

  it("reads 'Thousands of Sudanese rallied' as the Sudanese rallying, and codes them as protesters", async () => {
    const doc = await extractDocument({ text: "Thousands of Sudanese rallied in the capital Khartoum on Wednesday, demanding the removal of the chief of the judiciary." }, { published: "2019-09-13" });
    const e = doc.events.find((x) => x.type === "PROTEST")!;
    const doer = doc.actors.find((a) => a.id === e.actor);
    expect(doer?.country).toBe("SD");
    expect(e.target).toBeNull();
    expect(e.acled?.actor1).toBe("Protesters (Sudan)");
  });
});

describe("an incident note's coding aside", () => {
  it("makes the party it follows the civilians of the event's country ('(coded as civilian)'), an attack and no battle", async () => {
    const doc = await extractDocument({ text: "On 3 May 2024, gunmen shot dead a retired police officer (coded as civilian) in Baidoa (Baidoa, Bay)." }, { published: "2024-05-10" });
    const e = doc.events.find((x) => x.type === "ASSAULT")!;
    expect(e.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack", actor2: "Civilians (Somalia)" });
  });
  it("leaves other brackets after the party alone", async () => {
    const doc = await extractDocument({ text: "On 3 May 2024, gunmen shot dead a retired police officer (aged 60) in Baidoa (Baidoa, Bay)." }, { published: "2024-05-10" });
    const e = doc.events.find((x) => x.type === "ASSAULT")!;
    expect(e.acled?.actor2).not.toBe("Civilians (Somalia)");
  });
});
