/**
 * Places as incident notes write them: a village with its district and province in brackets,
 * divisions spelt by ear ("Lower Shabelle", "Hodeidah", "Saada"), a division word after the name.
 * Sentences written for these tests in the style of conflict-event notes, not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import { foldName, looseKey } from "../../src/stages/places/fold-name.js";
import { kmFrom, placeNamed, placesIn, resources } from "./place-test-kit.js";

const { gazetteer } = resources;

describe("looseKey", () => {
  it("counts a run of one letter once and drops a word-final h after a", () => {
    expect(looseKey(foldName("Lower Shabeelle"))).toBe(looseKey(foldName("Lower Shabelle")));
    expect(looseKey(foldName("Hiiraan"))).toBe("hiran");
    expect(looseKey(foldName("Şa‘dah"))).toBe(looseKey(foldName("Saada")));
    expect(looseKey("bay")).toBe("bay");
  });
});

describe("gazetteer: divisions spelt by ear", () => {
  const divisions = (name: string) => {
    const key = gazetteer.findKey(foldName(name), name, true);
    return key ? [...gazetteer.lookup(key), ...gazetteer.lookupSecondary(key)].map((i) => gazetteer.entry(i)).filter((e) => e.kind === "admin1" || e.kind === "admin2") : [];
  };

  it("finds a division by its loose key, in the secondary index only", () => {
    expect(divisions("Lower Shabelle").map((e) => e.country)).toContain("SO");
    expect(divisions("Hiran").map((e) => e.country)).toContain("SO");
    expect(gazetteer.findKey(foldName("Lower Shabelle"), "Lower Shabelle")).toBeNull();
  });

  it("gives a province its seat's alternate names", () => {
    expect(divisions("Hodeidah").some((e) => e.kind === "admin1" && e.country === "YE")).toBe(true);
    expect(divisions("Idleb").some((e) => e.kind === "admin1" && e.country === "SY")).toBe(true);
  });
});

describe("places stage: a bracket the text leaves open", () => {
  it("reads no container past the text's end, and does not fail ('attacked Bara (Bara')", () => {
    for (const text of ["Gunmen attacked Bara (Bara", "Gunmen attacked Bara (Bara,", "Rebels took control of Bara (Bara, North Kordofan"]) {
      expect(() => placesIn(text, [["Bara", "GPE"]])).not.toThrow();
    }
  });
});

describe("places stage: incident-note places", () => {
  it("leaves a name whose bracketed province holds none of its readings to that province, not to a namesake abroad", () => {
    // Dar'a (Syria, ~98k people) and Mus (Turkey, an alternate name "Mushu") are the gazetteer's only readings.
    const dara = placesIn("Taliban forces arrested two former soldiers in Dara district (Panjshir) on Friday.", [["Dara", "GPE"], ["Panjshir", "GPE"]]);
    expect(placeNamed(dara, "Dara")).toMatchObject({ resolution: "enclosing", country: "AF" });
    const mushu = placesIn("Gunmen burned houses in Mushu village (Bokkos, Plateau) overnight.", [["Mushu", "GPE"], ["Bokkos", "GPE"], ["Plateau", "GPE"]]);
    expect(placeNamed(mushu, "Mushu")).toMatchObject({ resolution: "enclosing", country: "NG", enclosedBy: { name: "Bokkos" } });
    // A bracketed province that holds a reading keeps it ("Tal Tamr (Al-Hasakeh)" as before; here a listed town).
    const bambari = placesIn("Rebels attacked a base in Bambari (Ouaka) on Friday.", [["Bambari", "GPE"], ["Ouaka", "GPE"]]);
    expect(placeNamed(bambari, "Bambari")).toMatchObject({ country: "CF" });
    expect(placeNamed(bambari, "Bambari")?.resolution).not.toBe("enclosing");
    // A country the bracket names after a province keeps the reading it holds, however the province was read.
    const bamenda = placesIn("Ambazonian separatists killed a gendarme in Bamenda (North-West, Cameroon).", [["Bamenda", "GPE"], ["North-West", "GPE"], ["Cameroon", "GPE"]]);
    expect(placeNamed(bamenda, "Bamenda")).toMatchObject({ country: "CM" });
    // Cameroon's regions as incident notes write them ("North-West", "South-West") contain its towns, not South Africa's.
    const batibo = placesIn("Anglophone separatists killed a traditional ruler in Batibo (Momo, North-West).", [["Batibo", "GPE"], ["Momo", "GPE"], ["North-West", "GPE"]]);
    expect(placeNamed(batibo, "Batibo")).toMatchObject({ country: "CM" });
    // A department named after its town ("Kaya (Kaya, Sanmatenga)") is no container abroad: the town stays.
    const kaya = placesIn("Gunmen attacked a post in Kaya (Kaya, Sanmatenga).", [["Kaya", "GPE"], ["Sanmatenga", "LOC"]]);
    expect(placeNamed(kaya, "Kaya")).toMatchObject({ country: "BF" });
  });

  it("keeps a town whose GeoNames province code names no listed province inside the bracketed province ('Akobo (Akobo, Jonglei)')", () => {
    // GeoNames gives Akobo a code of South Sudan's 2015-2020 states, which the province list lacks: not a reason to read it as unlisted.
    const places = placesIn("White Army militiamen attacked a base in Akobo (Akobo, Jonglei), killing 6 soldiers.", [["Akobo", "GPE"], ["Jonglei", "GPE"]]);
    const akobo = placeNamed(places, "Akobo")!;
    expect(akobo).toMatchObject({ country: "SS" });
    expect(akobo.resolution).not.toBe("enclosing");
    expect(kmFrom(akobo, 7.79, 33.0)).toBeLessThan(10);
  });

  it("finds a district GeoNames names with its type word after it by its bare name ('Masisi' for Masisi Territory)", () => {
    const places = placesIn("M23 rebels clashed with Wazalendo militiamen in Nyabiondo (Masisi, Nord-Kivu).", [["Nyabiondo", "GPE"], ["Masisi", "GPE"], ["Nord-Kivu", "GPE"]]);
    expect(placeNamed(places, "Masisi")).toMatchObject({ country: "CD", feature: "ADM2" });
    expect(placeNamed(places, "Nyabiondo")).toMatchObject({ resolution: "enclosing", enclosedBy: { name: "Masisi Territory" } });
  });

  it("reads 'in X (District, Province)' as a village inside the bracketed places", () => {
    const places = placesIn("On 4 May 2020, Al Shabaab militants attacked a base in Janaale (Marka, Lower Shabelle).", [["Marka", "PERSON"], ["Lower Shabelle", "PERSON"]]);
    expect(placeNamed(places, "Lower Shabelle")).toMatchObject({ kind: "admin1", country: "SO" });
    expect(placeNamed(places, "Marka")?.country).toBe("SO");
    // Unlisted: placed at the district town written first in its brackets, not at the province's point.
    expect(placeNamed(places, "Janaale")).toMatchObject({ resolution: "enclosing", country: "SO", enclosedBy: { name: "Marka" } });
  });

  it("reads the bracketed containers of a verb's object ('attacked Gajiram (Nganzai, Borno)')", () => {
    const places = placesIn("ISWAP militants attacked Gajiram (Nganzai, Borno) on Monday.", [["Gajiram", "PERSON"], ["Nganzai", "PERSON"], ["Borno", "GPE"]]);
    expect(placeNamed(places, "Gajiram")?.country).toBe("NG");
    expect(placeNamed(places, "Nganzai")).toMatchObject({ country: "NG" });
  });

  it("reads a place the tagger ran into an organisation's span after 'in' ('the Line of Control in Kupwara')", () => {
    const places = placesIn("The army killed two infiltrators along the Line of Control in Kupwara.", [["Line of Control in Kupwara", "ORG"]]);
    expect(placeNamed(places, "Kupwara")?.country).toBe("IN");
  });

  it("takes a division only the secondary index knows when its division word says so ('Hodeidah governorate')", () => {
    const places = placesIn("Three people were killed in clashes between rival tribes in Hodeidah governorate.", [["Hodeidah", "LOC"]]);
    expect(placeNamed(places, "Hodeidah")).toMatchObject({ country: "YE", feature: "ADM1" });
  });

  it("takes a town only the secondary index knows when a settlement word says so, whatever country the attackers come from ('Russian shelling hit the town of Izium')", () => {
    const places = placesIn("Russian shelling hit the town of Izium overnight.", [["Russian", "NORP"], ["Izium", "LOC"]]);
    expect(placeNamed(places, "Izium")).toMatchObject({ country: "UA" });
  });

  it("reads a listed district after a comma that closes a place phrase as a place, whatever the tagger said ('in Mir Ali, North Waziristan')", () => {
    const places = placesIn("A drone strike hit a house in Mir Ali, North Waziristan, killing four militants.", [["Mir Ali", "PERSON"], ["North Waziristan", "PERSON"]]);
    expect(placeNamed(places, "North Waziristan")).toMatchObject({ country: "PK", feature: "ADM2" });
    // A person's namesake town after a comma is no container: "in Iraq, Obama and Clinton".
    expect(placeNamed(placesIn("After the surge in Iraq, Obama and Clinton withdrew the troops.", [["Obama", "PERSON"], ["Clinton", "PERSON"]]), "Obama")).toBeUndefined();
  });

  it("places a road named by the towns it joins at its first town, as an approximation", () => {
    const places = placesIn("Gunmen abducted 12 passengers on the Kaduna-Abuja highway on Saturday.");
    expect(placeNamed(places, "Kaduna")).toMatchObject({ country: "NG", feature: "APPROX" });
    expect(placeNamed(placesIn("A convoy was ambushed on the Maiduguri–Damboa road."), "Maiduguri")?.country).toBe("NG");
    // Not a hyphenated name before any other word, nor a road whose first end the gazetteer does not know.
    expect(placesIn("The Kaduna-Abuja partnership was signed.")).toEqual([]);
  });

  it("takes a bracketed container that only the secondary index knows ('Tal Tamr (Al-Hasakeh)')", () => {
    const places = placesIn("Clashes erupted in Tal Tamr (Al-Hasakeh) on Monday.");
    expect(placeNamed(places, "Al-Hasakeh")?.country).toBe("SY");
    // The town itself is listed as "Tall Tamr" (gazetteer spelling variants); either way it lies in Syria.
    expect(placeNamed(places, "Tal Tamr")).toMatchObject({ country: "SY" });
  });

  it("does not read a list of states as a town and its state", () => {
    const places = placesIn("Cases were reported in Kentucky, Louisiana, Michigan, Missouri and Texas.", [["Kentucky", "GPE"], ["Louisiana", "GPE"], ["Michigan", "GPE"], ["Missouri", "GPE"], ["Texas", "GPE"]]);
    expect(placeNamed(places, "Louisiana")).toMatchObject({ kind: "admin1", country: "US" });
  });

  it("takes a name only the secondary index knows after a locative word and a compass adjective ('in southern Idleb')", () => {
    const places = placesIn("Syrian regime forces shelled villages in southern Idleb on Monday.", [["Syrian", "NORP"]]);
    expect(placeNamed(places, "Idleb")?.country).toBe("SY");
  });

  it("reads 'the governorate of X' as a cue for a secondary name", () => {
    const places = placesIn("A fighter jet crashed in the north Yemen governorate of Saada.", [["Yemen", "GPE"], ["Saada", "LOC"]]);
    expect(placeNamed(places, "Saada")).toMatchObject({ kind: "admin1", country: "YE" });
  });

  it("puts a district with no listed place at the town it is named after, not at its province's point", () => {
    const key = gazetteer.findKey(foldName("Xarardheere"), "Xarardheere", true)!;
    const district = [...gazetteer.lookup(key), ...gazetteer.lookupSecondary(key)].map((i) => gazetteer.entry(i)).find((e) => e.kind === "admin2" && e.country === "SO")!;
    const town = [...gazetteer.lookup(key), ...gazetteer.lookupSecondary(key)].map((i) => gazetteer.entry(i)).find((e) => e.kind === "city" && e.country === "SO")!;
    expect(Math.abs(district.lat - town.lat) + Math.abs(district.lon - town.lon)).toBeLessThan(0.05);
  });

  it("leaves brackets that hold no known place alone", () => {
    const places = placesIn("The statement was made in Geneva (AFP) on Monday by Kofi Annan (UN).");
    expect(placeNamed(places, "AFP")).toBeUndefined();
    expect(placeNamed(places, "UN")).toBeUndefined();
  });

  it("takes a division word after a name tagged as a person ('Nad Ali district')", () => {
    const places = placesIn("Militants attacked a checkpoint in Nad Ali district, Helmand province.", [["Nad Ali", "PERSON"]]);
    expect(placeNamed(places, "Nad Ali")).toMatchObject({ kind: "admin2", country: "AF" });
  });

  it("reads a governorate named by its seat's English spelling as the governorate", () => {
    const places = placesIn("Houthi forces shelled villages in Hays district, Hodeidah governorate.", [["Hodeidah", "LOC"]]);
    expect(placeNamed(places, "Hodeidah")).toMatchObject({ kind: "admin1", country: "YE" });
  });

  it("resolves 'Town, North West region' to the country whose region holds the town", () => {
    const places = placesIn("Separatists killed two gendarmes in Bamenda, North West region.", [["Bamenda", "GPE"], ["North West", "GPE"]]);
    expect(placeNamed(places, "Bamenda")).toMatchObject({ country: "CM", resolution: "gazetteer" });
    expect(placeNamed(places, "North West")?.country).toBe("CM");
  });
});

describe("places stage: division names as incident notes write them", () => {
  it("reads a division GeoNames writes with a local type word first by its bare name ('Province du Yagha' as Yagha)", () => {
    const places = placesIn("On 5 May 2021, JNIM militants attacked a gendarmerie post in Mansila (Yagha, Sahel).");
    expect(placeNamed(places, "Yagha")).toMatchObject({ kind: "admin2", country: "BF" });
  });

  it("does not read a local compass word as the division named by it ('Département du Nord')", () => {
    const key = gazetteer.findKey(foldName("Nord"), "Nord", true);
    const entries = key ? [...gazetteer.lookup(key), ...gazetteer.lookupSecondary(key)].map((i) => gazetteer.entry(i)) : [];
    expect(entries.some((e) => e.country === "FR" && e.kind === "admin2")).toBe(false);
  });

  it("reads 'X LGA (State)' as the district X, at its seat", () => {
    const places = placesIn("On 15 January 2022, bandits abducted 20 villagers in Maru LGA (Zamfara).");
    const maru = placeNamed(places, "Maru");
    expect(maru).toMatchObject({ kind: "admin2", country: "NG" });
    // The town of Maru, the LGA's seat (GeoNames 12.33, 6.40), not a point derived from the LGA's places.
    expect(kmFrom(maru!, 12.33, 6.4)).toBeLessThan(10);
  });

  it("reads a name behind a lower-case Arabic article before its brackets ('near al-Sukhnah (Homs)')", () => {
    const places = placesIn("On 13 April 2021, militants attacked an army convoy near al-Sukhnah (Homs), killing 8 soldiers.");
    const town = placeNamed(places, "al-Sukhnah");
    expect(town).toMatchObject({ country: "SY", resolution: "gazetteer" });
    expect(kmFrom(town!, 34.89, 38.87)).toBeLessThan(10);
  });

  it("reads a name through its lower-case Arabic article, never its first word alone ('Ras al-Ain' is not Ras, India)", () => {
    const places = placesIn("Shelling hit Ras al-Ain on Monday, and a car bomb exploded in Badia al-Sukhnah. Tourists left Sharm el-Sheikh.");
    expect(places.map((p) => p.text)).not.toContain("Ras");
    expect(places.map((p) => p.text)).not.toContain("Badia");
    expect(placeNamed(places, "Sharm el-Sheikh")).toMatchObject({ country: "EG" });
  });

  it("reads the division words of other countries after an unlisted name ('X township', 'X commune', 'X woreda')", () => {
    // No locative word before the name: only the division word after it says it is a place.
    expect(placeNamed(placesIn("On 16 March 2022, airstrikes hit Pinlaung township (Shan-South), killing 2 civilians."), "Pinlaung")).toMatchObject({ country: "MM", resolution: "enclosing" });
    expect(placeNamed(placesIn("On 2 May 2021, gunmen attacked Zorbakou commune (Gao, Mali), killing 4 civilians."), "Zorbakou")).toMatchObject({ country: "ML" });
  });

  it("knows the division names incident notes use where GeoNames spells them otherwise", () => {
    for (const [name, country] of [["Nord-Kivu", "CD"], ["Ninewa", "IQ"], ["Shan-South", "MM"], ["West Darfur", "SD"], ["Extreme-Nord", "CM"], ["Salah al-Din", "IQ"]] as const) {
      const places = placesIn(`On 3 May 2021, gunmen killed two civilians in Qwertyville (${name}).`);
      expect(placeNamed(places, name), name).toMatchObject({ kind: "admin1", country });
    }
  });
});

describe("places stage: a bracketed province of the name's own country that holds none of its readings (notes24)", () => {
  it("leaves the name to the bracket's district, not to a namesake in another province of that country", () => {
    // Sabon Gari is a district of Kaduna in GeoNames; the bracket puts this one in Borno.
    const sabon = placesIn("Gunmen ambushed a convoy near Sabon Gari (Damboa, Borno) on Monday.", [["Sabon Gari", "GPE"], ["Damboa", "GPE"], ["Borno", "GPE"]]);
    expect(placeNamed(sabon, "Sabon Gari")).toMatchObject({ resolution: "enclosing", country: "NG", enclosedBy: { name: "Damboa" } });
    // Jacarezinho is a town of Parana in GeoNames; the bracket puts this one in the state of Rio de Janeiro.
    const rio = placesIn("Police raided Jacarezinho (Rio de Janeiro, Rio de Janeiro) on Thursday.", [["Jacarezinho", "GPE"], ["Rio de Janeiro", "GPE"]]);
    const jacarezinho = placeNamed(rio, "Jacarezinho")!;
    expect(jacarezinho).toMatchObject({ resolution: "enclosing", country: "BR" });
    expect(kmFrom(jacarezinho, -22.89, -43.26)).toBeLessThan(50);
  });
});
