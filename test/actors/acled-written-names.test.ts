/** Incident notes that name their parties the way ACLED's actor list writes them. */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function firstEvent(text: string) {
  const doc = await extractDocument({ text }, { published: "2026-03-10" });
  const e = doc.events[0]!;
  const actor = doc.actors.find((a) => a.id === e.actor);
  return { e, actor };
}

describe("ACLED's written actor names", () => {
  it("reads 'X Ethnic Militia (Country)' as the group's militia, not a person called Ethnic Militia", async () => {
    const { e, actor } = await firstEvent("On 4 March 2026, Fulani Ethnic Militia (Nigeria) attacked farmers in Agatu (Agatu, Benue), killing 6.");
    expect(actor?.name).toBe("Fulani");
    expect(e.acled?.actor1).toBe("Fulani Ethnic Militia (Nigeria)");
  });
  it("reads ACLED's 'JNIM: Group for Support of Islam and Muslims' as JNIM", async () => {
    const { actor } = await firstEvent("On 1 March 2026, JNIM: Group for Support of Islam and Muslims militants ambushed a convoy of soldiers near Diabaly (Niono, Segou), killing 9 soldiers.");
    expect(actor?.name).toBe("Jama'at Nasr al-Islam wal Muslimin");
  });
  it("knows Burkina Faso's VDP, and the Congo's VDP as the Wazalendo", async () => {
    const bf = await firstEvent("Around 28 February 2026, VDP: Volunteers for the Defense of the Homeland killed 11 civilians in Tougouri (Tougouri, Namentenga).");
    expect(bf.actor?.name).toBe("Volunteers for the Defense of the Homeland");
    const cd = await firstEvent("On 3 March 2026, VDP fighters attacked M23 positions in Masisi (Masisi, Nord-Kivu), killing 4 rebels.");
    expect(cd.actor?.name).toBe("Wazalendo");
  });
});

describe("an incident note's place line with no locative word before it", () => {
  it("reads 'control of Bara (Bara, North Kordofan)' as the town, not a party named Bara", async () => {
    const doc = await extractDocument({ text: "On 6 March 2026, Military Forces of Sudan (2019-) regained control of Bara (Bara, North Kordofan) from the RSF without a fight." }, { published: "2026-03-10" });
    expect(doc.places.map((p) => p.name)).toContain("Bārah");
    expect(doc.actors.map((a) => a.name)).not.toContain("Bara");
  });
  it("reads 'between Niono and Diabaly (Niono, Segou)' as places of Mali", async () => {
    const doc = await extractDocument({ text: "On 1 March 2026, JNIM militants ambushed a convoy between Niono and Diabaly (Niono, Ségou), killing 9 soldiers." }, { published: "2026-03-10" });
    expect(doc.places.map((p) => p.name)).toEqual(expect.arrayContaining(["Diabaly", "Niono"]));
  });
});

describe("ethnic militias ACLED codes by the group's name", () => {
  it("reads 'Pokot cattle raiders' and 'Karimojong cattle raiders' as the group's ethnic militia", async () => {
    const pokot = await firstEvent("On 2 March 2026, Pokot cattle raiders killed 4 herders in Kapedo (Tiaty, Baringo).");
    expect(pokot.e.acled?.actor1).toBe("Pokot Ethnic Militia (Kenya)");
    const karimojong = await firstEvent("On 2 March 2026, Karimojong cattle raiders killed 4 herders in Lolachat (Nakapiripirit, Northern).");
    expect(karimojong.e.acled?.actor1).toBe("Karimojong Ethnic Militia (Uganda)");
  });
  it("codes a clash of Kusasi and Mamprusi youth as the two groups' militias", async () => {
    const { e } = await firstEvent("On 4 March 2026, Kusasi and Mamprusi youth clashed in Bawku (Bawku Municipal, Upper East), killing 3 people.");
    expect([e.acled?.actor1, e.acled?.actor2]).toEqual(["Kusasi Ethnic Militia (Ghana)", "Mamprusi Ethnic Militia (Ghana)"]);
  });
});

describe("a country's police named as ACLED names them", () => {
  it("keeps 'Police Forces of Tanzania' the police, not the military its word 'Forces' would make it", async () => {
    const { e, actor } = await firstEvent("On 3 March 2026, Police Forces of Tanzania (1964-) fired live rounds at protesters in Arusha (Arusha Urban, Arusha), killing 2 protesters.");
    expect(actor?.acledName).toBe("Police Forces of Tanzania");
    expect(e.acled?.actor1).toBe("Police Forces of Tanzania");
  });
});

describe("a short form a note writes for a party", () => {
  it("reads 'AFP troops' as the Philippine military in the Philippines, and AFP elsewhere as the news agency", async () => {
    const ph = await firstEvent("On 2 March 2026, AFP troops clashed with NPA rebels in Barangay Mabini (Kabankalan, Negros Occidental), killing 1 rebel.");
    expect(ph.actor?.acledName).toBe("Military Forces of the Philippines");
    const doc = await extractDocument({ text: "On 2 March 2026, police beat an AFP reporter covering a rally in Nairobi (Nairobi, Nairobi)." }, { published: "2026-03-10" });
    expect(doc.actors.some((a) => a.acledName === "Military Forces of the Philippines")).toBe(false);
  });
  it("reads 'AS' as al-Shabaab only in Somalia: outside its theatre it names no known group", async () => {
    const so = await firstEvent("On 2 March 2026, AS militants attacked a military base in Jalalaqsi (Jalalaqsi, Hiraan), killing 3 soldiers.");
    expect(so.actor?.name).toBe("al-Shabaab");
    const ke = await firstEvent("On 2 March 2026, AS militants attacked a police post in Elwak (Mandera South, Mandera), killing 2 officers.");
    expect(ke.actor?.name).toBe("AS");
    const doc = await extractDocument({ text: "On 2 March 2026, workers protested outside the offices of Hydro AS in Sunndalsora (Sunndal, More og Romsdal)." }, { published: "2026-03-10" });
    expect(doc.actors.some((a) => a.name === "al-Shabaab")).toBe(false);
  });
  it("reads 'an NSAG' as an unidentified armed group, not a group named NSAG", async () => {
    const { e } = await firstEvent("On 2 March 2026, an NSAG attacked a gold mine near Gorom-Gorom (Oudalan, Sahel), killing 4 miners.");
    expect(e.acled?.actor1).toBe("Unidentified Armed Group (Burkina Faso)");
  });
  it("codes Kuki militants as the Kuki ethnic militia", async () => {
    const { e } = await firstEvent("On 2 March 2026, Kuki militants fired on villagers in Moirang (Bishnupur, Manipur), killing 1.");
    expect(e.acled?.actor1).toBe("Kuki Ethnic Militia (India)");
  });
});

describe("a coder's aside on the doer", () => {
  it("codes the doer as the aside between it and its verb writes it, brackets inside the name kept", async () => {
    const { e } = await firstEvent("On 5 March 2026, artisanal miners (coded as Unidentified Armed Group (Bolivia)) killed 2 guards of a cooperative in Tipuani (Larecaja, La Paz).");
    expect(e.acled?.actor1).toBe("Unidentified Armed Group (Bolivia)");
    const police = await firstEvent("On 5 March 2026, Military Police of Sao Paulo (coded as Police Forces of Brazil (2023-)) killed 3 suspects in Guaruja (Guaruja, Sao Paulo).");
    expect(police.e.acled?.actor1).toBe("Police Forces of Brazil (2023-)");
  });
  it("reads no doer from an aside that is not a coding, or that codes a party word", async () => {
    const { e } = await firstEvent("On 5 March 2026, gunmen (at least four) killed 2 guards in Tipuani (Larecaja, La Paz).");
    expect(e.acled?.actor1).not.toMatch(/at least/);
  });
});
