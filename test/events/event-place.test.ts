/** Where an event happened: the most specific place of its clause, containers, the paragraph's scene, ACLED's geo_precision. */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor, type HandPlace } from "./annotate-by-hand.js";
import { acledGeoPrecision } from "../../src/stages/events/acled-geo-precision.js";

const inKandahar = { country: "AF", admin1: "Kandahar" };
const places: HandPlace[] = [
  { id: "zhari", text: "Zhari", kind: "admin2", extra: inKandahar },
  { id: "kandahar", text: "Kandahar", kind: "city", extra: { ...inKandahar, feature: "PPLA" } },
  { id: "kprov", text: "Kandahar province", kind: "admin1", extra: inKandahar },
  { id: "helmand", text: "Helmand", kind: "admin1", extra: { country: "AF", admin1: "Helmand" } },
  { id: "gereshk", text: "Gereshk", kind: "city", extra: { country: "AF", admin1: "Helmand" } },
  { id: "kabul", text: "Kabul", kind: "city", extra: { country: "AF", admin1: "Kabul" } },
  { id: "afg", text: "Afghanistan", kind: "country", extra: { country: "AF" } },
];

describe("event place: the most specific place of the clause, containers aside", () => {
  it("takes the district, not the town that stands for its province, in 'X district, Y'", () => {
    const [e] = extractEventsByHand("Taliban fighters attacked a checkpoint in Zhari district, Kandahar, on Monday.", { places });
    expect(e!.data).toMatchObject({ place: "zhari", geoPrecision: "region" });
  });
  it("takes the district in 'X district of Y province'", () => {
    const [e] = extractEventsByHand("Gunmen killed two policemen in Zhari district of Kandahar province.", { places });
    expect(e!.data.place).toBe("zhari");
  });
  it("takes the place of the event's own clause over a more specific one in another clause (a dateline's town)", () => {
    const [e] = extractEventsByHand("KABUL, Monday - Gunmen attacked a checkpoint in Helmand, officials said.", { places });
    expect(e!.data.place).toBe("helmand");
  });
  it("still takes a town over a province it does not lie in", () => {
    const [e] = extractEventsByHand("A bomb exploded in Gereshk near the border with Kandahar province.", { places });
    expect(e!.data.place).toBe("gereshk");
  });
});

describe("event place: a name the gazetteer lacks, placed at the division it lies in", () => {
  it("takes the unlisted name over the province that encloses it", () => {
    const enclosed: HandPlace[] = [
      ...places.filter((p) => p.id !== "kandahar"),
      { id: "tor", text: "Tor Ghar", kind: "region", extra: { ...inKandahar, resolution: "enclosing", geonameid: null, feature: "APPROX", enclosedBy: { name: "Kandahar", kind: "admin1", geonameid: null, from: "sentence" } } },
    ];
    const [e] = extractEventsByHand("Gunmen ambushed a convoy in Tor Ghar -- located in Kandahar province -- on Monday.", { places: enclosed });
    expect(e!.data.place).toBe("tor");
  });
});

describe("event place: a sentence that names none goes on at its paragraph's scene", () => {
  it("places a later event on the ground at the town of the last placed event", () => {
    const events = extractEventsByHand("Gunmen attacked a police post in Gereshk on Monday. Five people were arrested after the clash.", { places });
    const arrest = events.find((e) => e.data.type === "COERCE");
    expect(arrest?.data).toMatchObject({ place: "gereshk", geoPrecision: "exact" });
  });
  it("does not carry the scene over a paragraph break", () => {
    const events = extractEventsByHand("Gunmen attacked a police post in Gereshk on Monday.\n\nFive people were arrested after the clash.", { places });
    expect(events.find((e) => e.data.type === "COERCE")?.data.place).toBeNull();
  });
  it("takes no scene from a place merely mentioned, nor from a province or country", () => {
    const said = extractEventsByHand("The minister spoke to reporters in Kabul. Five people were arrested after the clash.", { places });
    expect(said.find((e) => e.data.type === "COERCE")?.data.place).toBeNull();
    const vague = extractEventsByHand("Gunmen attacked a police post in Helmand on Monday. Five people were arrested after the clash.", { places });
    expect(vague.find((e) => e.data.type === "COERCE")?.data.place).toBeNull();
  });
});

describe("ACLED geo_precision", () => {
  it("is 1 at a town, 2 near a town or in a district, 3 for a province or country", () => {
    expect(acledGeoPrecision("exact", { kind: "city" })).toBe(1);
    expect(acledGeoPrecision("near", { kind: "city" })).toBe(2);
    expect(acledGeoPrecision("region", { kind: "admin2" })).toBe(2);
    expect(acledGeoPrecision("region", { kind: "region", resolution: "enclosing", enclosedBy: { name: "Baghdad", kind: "city", geonameid: 98182, from: "sentence" } })).toBe(2);
    expect(acledGeoPrecision("region", { kind: "admin1" })).toBe(3);
    expect(acledGeoPrecision("country", { kind: "country" })).toBe(3);
    expect(acledGeoPrecision(null, undefined)).toBeNull();
  });
});

describe("the article's country as a prior against namesakes abroad", () => {
  const inSalvador = (id: string, text: string): HandPlace => ({ id, text, kind: "city", extra: { country: "SV", admin1: "Cabanas", resolution: "gazetteer", alternatives: 1 }, rule: "toponym+container" });
  const salvadoran: HandPlace[] = [inSalvador("sensuntepeque", "Sensuntepeque"), inSalvador("ilobasco", "Ilobasco"), inSalvador("victoria", "Victoria")];
  // A canton the gazetteer read as a larger namesake in another country, by population alone.
  const abroad: HandPlace = { id: "abroad", text: "Los Pinos", kind: "city", extra: { country: "MX", admin1: "Jalisco", resolution: "gazetteer", alternatives: 4 }, rule: "toponym+prior" };
  const text = "Guerrillas attacked an army post in Sensuntepeque on Monday. On Tuesday rebels ambushed a patrol at Los Pinos canton near Ilobasco. The army said the fighting reached Victoria.";

  it("places the event at the town of the article's country its clause names, not at a namesake abroad", () => {
    const events = extractEventsByHand(text, { places: [...salvadoran, abroad] });
    expect(events.find((e) => e.data.trigger.text === "ambushed")?.data.place).toBe("ilobasco");
  });

  it("keeps a town abroad the clause names alone", () => {
    const events = extractEventsByHand(text.replace(" near Ilobasco", ""), { places: [...salvadoran, abroad] });
    expect(events.find((e) => e.data.trigger.text === "ambushed")?.data.place).toBe("abroad");
  });
});

describe("event place: a name that only describes another noun is no place", () => {
  const named: HandPlace[] = [
    { id: "vienna", text: "Vienna", kind: "city", extra: { country: "AT" } },
    { id: "manchester", text: "Manchester", kind: "city", extra: { country: "GB" } },
    { id: "aleppo", text: "Aleppo", kind: "city", extra: { country: "SY" } },
    ...places,
  ];
  it("takes no place from 'the Vienna process' (a name modifying a noun, no locative before it)", () => {
    const [e] = extractEventsByHand("Russia will not stop bombing the rebels for the sake of the Vienna process.", { places: named });
    expect(e!.data.place).toBeNull();
  });
  it("keeps a name that modifies the event's own word, a site, or stands after a locative", () => {
    expect(extractEventsByHand("The Manchester bombing killed 22 people.", { places: named })[0]!.data.place).toBe("manchester");
    expect(extractEventsByHand("Gunmen attacked the Kabul airport on Monday.", { places: named })[0]!.data.place).toBe("kabul");
    expect(extractEventsByHand("Warplanes bombed rebel positions in Aleppo overnight.", { places: named })[0]!.data.place).toBe("aleppo");
    expect(extractEventsByHand("Two policemen were killed in Helmand Friday night.", { places: named })[0]!.data.place).toBe("helmand");
  });
});

describe("event place: a talk, demand or statement takes only a place its clause sets it at", () => {
  const named: HandPlace[] = [
    { id: "caracas", text: "Caracas", kind: "city", extra: { country: "VE" } },
    { id: "moscow", text: "Moscow", kind: "city", extra: { country: "RU" } },
    { id: "doha", text: "Doha", kind: "city", extra: { country: "QA" } },
    { id: "libya", text: "Libya", kind: "country", extra: { country: "LY" } },
    { id: "russia", text: "Russia", kind: "country", extra: { country: "RU" } },
    { id: "palmyra", text: "Palmyra", kind: "city", extra: { country: "SY" } },
    ...places,
  ];
  const asCountry = (id: string, name: string): HandActor => ({ id: `a-${id}`, name, kind: "country", mentions: [name] });

  it("takes no place from a name that is someone's office or origin, or a subject", () => {
    const urged = extractEventsByHand("The former mayor of Caracas urged the government to release the prisoners.", { places: named });
    expect(urged.find((e) => e.data.type === "REQUEST")?.data.place).toBeNull();
  });
  it("takes the place after a locative preposition, and the place a trip or visit goes to", () => {
    expect(extractEventsByHand("US and Taliban officials met in Doha on Saturday.", { places: named })[0]!.data.place).toBe("doha");
    const trip = extractEventsByHand("During a trip to Moscow, the envoy met Russian officials.", { places: named });
    expect(trip.find((e) => e.data.type === "CONSULT")?.data.place).toBe("moscow");
  });
  it("takes a country that is also a party only as the object of a verb of visiting or taking ground", () => {
    const actors = [asCountry("libya", "Libya"), asCountry("russia", "Russia")];
    const visit = extractEventsByHand("He said he would visit Libya on Wednesday.", { places: named, actors });
    expect(visit.find((e) => e.data.type === "CONSULT")?.data.place).toBe("libya");
    const urge = extractEventsByHand("The senator urged Russia to end the offensive.", { places: named, actors });
    expect(urge.find((e) => e.data.type === "REQUEST")?.data.place).toBeNull();
  });
  it("gives a demand no place of the act it demands ('asking citizens to march in X', 'called for a no-fly zone over X'), but keeps where it was made", () => {
    const ask = extractEventsByHand("The opposition responded by asking citizens to take to the streets of Caracas.", { places: named });
    expect(ask.find((e) => e.data.type === "REQUEST")?.data.place ?? null).toBeNull();
    const zone = extractEventsByHand("She has called for the creation of a no-fly zone over Libya.", { places: named });
    expect(zone.find((e) => e.data.type === "REQUEST")?.data.place ?? null).toBeNull();
    const made = extractEventsByHand("In Doha, the envoy urged the rebels to lay down their arms.", { places: named });
    expect(made.find((e) => e.data.type === "REQUEST")?.data.place).toBe("doha");
  });
  it("takes a place the actors stage read as a person where a locative phrase sets it ('on the central street Rue Victor Hugo')", () => {
    const street: HandPlace[] = [{ id: "rue", text: "Rue Victor Hugo", kind: "city", extra: { country: "FR" } }];
    const person: HandActor = { id: "a-hugo", name: "Rue Victor Hugo", kind: "person", mentions: ["Rue Victor Hugo"] };
    const events = extractEventsByHand("The explosion wrecked a bakery on the central street Rue Victor Hugo.", { places: street, actors: [person] });
    expect(events.find((e) => e.data.type === "ASSAULT")?.data.place).toBe("rue");
    const met = extractEventsByHand("Police officers questioned Rue Victor Hugo on Monday.", { places: street, actors: [person] });
    expect(met.every((e) => e.data.place === null)).toBe(true);
  });
  it("keeps any place of the clause for an event on the ground", () => {
    expect(extractEventsByHand("Gunmen killed the former mayor of Kabul on Monday.", { places: named })[0]!.data.place).toBe("kabul");
  });
  it("gives a talk no place of a later clause's own verb ('met ..., before he flew on to Doha'), but keeps one the clause only carries", () => {
    const withMore: HandPlace[] = [{ id: "doha", text: "Doha", kind: "city", extra: { country: "QA" } }, { id: "europe", text: "Europe", kind: "region", extra: {} }, { id: "brussels", text: "Brussels", kind: "city", extra: { country: "BE" } }];
    const met = (text: string) => extractEventsByHand(text, { places: withMore }).find((e) => e.data.type === "CONSULT")?.data.place ?? null;
    expect(met("The envoy met the rebel leaders on Monday, before he flew on to Doha.")).toBeNull();
    expect(met("The envoy met the rebel leaders on Monday, raising hopes of stability in Europe.")).toBeNull();
    // A clause with no verb of its own, or one whose verb only carries the event, still places it.
    expect(met("The envoy met the rebels on Monday, in Doha.")).toBe("doha");
    expect(met("The leaders met for the first time, the meeting took place in Brussels.")).toBe("brussels");
  });
  it("gives a talk no place named after the noun of the attack it is about", () => {
    const withAleppo: HandPlace[] = [{ id: "aleppo", text: "Aleppo", kind: "city", extra: { country: "SY" } }, ...named];
    const events = extractEventsByHand("Kerry raised these concerns in a call with Lavrov today and urged him to press the regime to cease airstrikes against civilians in Aleppo.", { places: withAleppo });
    expect(events.find((e) => e.data.type === "CONSULT")?.data.place).toBeNull();
    expect(events.find((e) => e.data.type === "ASSAULT")?.data.place).toBe("aleppo");
    const arrest = extractEventsByHand("Police arrested two men after the bombing in Kabul on Monday.", { places: withAleppo });
    expect(arrest.find((e) => e.data.type === "COERCE")?.data.place).toBe("kabul");
  });
});

describe("event place: with no place in its sentence nor a scene, an event on the ground goes on at the dateline", () => {
  const dated: HandPlace[] = [
    { id: "sansalvador", text: "SAN SALVADOR", kind: "city", extra: { country: "SV" } },
    { id: "guatemala", text: "Guatemala", kind: "country", extra: { country: "GT" } },
    ...places,
  ];
  it("places an unplaced attack at the dateline's town, with the rule place:dateline", () => {
    const events = extractEventsByHand("SAN SALVADOR, 10 JAN 90 (RADIO VENCEREMOS) -- The army said that it will negotiate.\n\nUrban commandos attacked a police patrol last night, killing two officers.", { places: dated });
    const attack = events.find((e) => e.data.type === "ASSAULT");
    expect(attack?.data.place).toBe("sansalvador");
    expect(attack?.source.rule).toContain("place:dateline");
  });
  it("leaves the place of the event's own clause, a feared event, and a story with no dateline alone", () => {
    const own = extractEventsByHand("SAN SALVADOR, 10 JAN 90 -- Urban commandos attacked a police patrol in Gereshk last night.", { places: dated });
    expect(own.find((e) => e.data.type === "ASSAULT")?.data.place).toBe("gereshk");
    const feared = extractEventsByHand("SAN SALVADOR, 10 JAN 90 -- The army said that it will negotiate.\n\nThe rebels may attack a police patrol tomorrow.", { places: dated });
    expect(feared.find((e) => e.data.type === "ASSAULT")?.data.place ?? null).toBeNull();
    const none = extractEventsByHand("The army said that it will negotiate.\n\nUrban commandos attacked a police patrol last night, killing two officers.", { places: dated });
    expect(none.find((e) => e.data.type === "ASSAULT")?.data.place).toBeNull();
  });
});

describe("event place: the tellings of one event in one sentence share its place", () => {
  it("gives the death told in another clause the place of the crash it died in", () => {
    const saada: HandPlace[] = [{ id: "saada", text: "Saada", kind: "admin1", extra: { country: "YE" } }];
    const [e] = extractEventsByHand("A Moroccan pilot died when his F-16 crashed in the governorate of Saada.", { places: saada });
    expect(e!.data.mentions!.length).toBeGreaterThan(1);
    expect(e!.data.mentions!.map((m) => m.place)).toEqual(e!.data.mentions!.map(() => "saada"));
  });
});

describe("event place: with no place in its paragraph's scene, an event on the ground goes on at the one town its story is set in", () => {
  const towns: HandPlace[] = [
    { id: "cityhall", text: "Seoul City Hall", kind: "feature", extra: { country: "KR", resolution: "enclosing", enclosedBy: { name: "Seoul", kind: "city", geonameid: 1835848, from: "name" } } },
    { id: "busan", text: "Busan", kind: "city", extra: { country: "KR", geonameid: 1838524 } },
  ];
  const story = (second: string) => `Police blocked protesters from entering the plaza in front of ${second} on Sunday. Any rally held after sunset is considered illegal. Nevertheless, the daily vigils have continued for weeks. Around 70 people were detained by police for occupying roads.`;
  it("places the later arrests at the story's town, near it, with the rule place:story", () => {
    const arrest = extractEventsByHand(story("Seoul City Hall"), { places: towns }).find((e) => e.data.type === "COERCE" && e.data.evidence.text.startsWith("Around"));
    expect(arrest?.data).toMatchObject({ place: "cityhall", geoPrecision: "near" });
    expect(arrest?.source.rule).toContain("place:story");
  });
  it("leaves them unplaced when the story's placed events lie in two towns", () => {
    const text = `${story("Seoul City Hall")}\n\nProtesters clashed with police in Busan on Monday.`;
    const arrest = extractEventsByHand(text, { places: towns }).find((e) => e.data.type === "COERCE" && e.data.evidence.text.startsWith("Around"));
    expect(arrest?.data.place ?? null).toBeNull();
  });
});

describe("event place: a place name inside a person's or organisation's name is no place, unless a locative phrase sets it", () => {
  const named: HandPlace[] = [
    { id: "bryant", text: "Bryant", kind: "city", extra: { country: "US" } },
    { id: "obama", text: "Obama", kind: "city", extra: { country: "JP" } },
    { id: "oxford", text: "Oxford Street", kind: "feature", extra: { country: "GB" } },
    { id: "cavehill", text: "Cavehill Road", kind: "feature", extra: { country: "GB" } },
  ];
  it("gives no place to an event from a person's name", () => {
    const entities = [{ text: "Bryant", type: "PERSON" as const }, { text: "Obama", type: "PERSON" as const }];
    expect(extractEventsByHand("Bryant is suspected of vandalizing signs at the property.", { places: named, entities })[0]!.data.place).toBeNull();
    const urged = extractEventsByHand("Cornel West urges Obama to pardon Edward Snowden.", { places: named, entities });
    expect(urged.find((e) => e.data.type === "REQUEST")?.data.place).toBeNull();
  });
  it("keeps a name of an organisation's kind that a locative phrase sets, also the second of a list", () => {
    const entities = [{ text: "Oxford Street", type: "ORG" as const }, { text: "Cavehill Road", type: "ORG" as const }];
    const events = extractEventsByHand("Two bombs exploded at Oxford Street and the Cavehill Road.", { places: named, entities });
    expect(events.map((e) => e.data.place).sort()).toEqual(["cavehill", "oxford"]);
  });
});

describe("event place: a country that is also a party, set by a locative phrase through a possessive", () => {
  it("places the event in the country of 'in Saddam Hussein's Iraq', 'in Putin's Russia'", () => {
    const countries: HandPlace[] = [{ id: "iraq", text: "Iraq", kind: "country", extra: { country: "IQ" } }];
    const actors: HandActor[] = [{ id: "a-saddam", name: "Saddam Hussein", kind: "person", mentions: ["Saddam Hussein"] }, { id: "a-iraq", name: "Iraq", kind: "country", mentions: ["Iraq"] }];
    const [e] = extractEventsByHand("In Saddam Hussein's Iraq, opponents were exterminated.", { places: countries, actors });
    expect(e!.data.place).toBe("iraq");
    // A common noun's possessive ("in this year's U.S. race") sets no country.
    const us: HandPlace[] = [{ id: "us", text: "U.S.", kind: "country", extra: { country: "US" } }];
    const race = extractEventsByHand("Despite failed missile tests, the threat was barely mentioned in this year's U.S. presidential race.", { places: us, actors: [{ id: "a-us", name: "United States", kind: "country", mentions: ["U.S."] }] });
    expect(race.every((x) => x.data.place === null)).toBe(true);
    // Without the locative phrase the country stays a party, no place.
    const [f] = extractEventsByHand("Saddam Hussein's Iraq exterminated its opponents.", { places: countries, actors });
    expect(f!.data.place).toBeNull();
  });
});

describe("event place: a country that is also a party, after a locative preposition and a compass word", () => {
  it("places the event in 'in south Yemen', 'in northwest Syria', where the tagger makes the compass word an adverb", () => {
    const countries: HandPlace[] = [{ id: "yemen", text: "Yemen", kind: "country", extra: { country: "YE" } }];
    const actors: HandActor[] = [{ id: "a-yemen", name: "Yemen", kind: "country", mentions: ["Yemen"] }];
    const events = extractEventsByHand("Fighting raged in south Yemen on Monday.", { places: countries, actors });
    expect(events.map((e) => e.data.place)).toEqual(["yemen"]);
  });
});

describe("event place: a name that says whose, not where", () => {
  const more: HandPlace[] = [...places, { id: "paris", text: "Paris", kind: "city", extra: { country: "FR", admin1: "Île-de-France" } }];
  it("does not place an event at a possessive name outside a locative phrase", () => {
    const [e] = extractEventsByHand("Paris' prosecutor said a bomb exploded outside a bakery on Friday.", { places: more });
    expect(e!.data.place).toBeNull();
  });
  it("still places it at a possessive name inside a locative phrase, through the place it qualifies", () => {
    const [e] = extractEventsByHand("A bomb exploded in Afghanistan's Kandahar province on Friday.", { places: more.filter((p) => p.id !== "kandahar") });
    expect(e!.data.place).toBe("kprov");
  });
});

describe("event place: a relative clause that describes a noun", () => {
  const more: HandPlace[] = [...places, { id: "france", text: "France", kind: "country", extra: { country: "FR" } }, { id: "lyon", text: "Lyon", kind: "city", extra: { country: "FR", admin1: "Auvergne-Rhône-Alpes" } }];
  it("gives no event a place named in a relative clause of state with no event of its own", () => {
    const events = extractEventsByHand("The authority, which has jurisdiction over terrorism incidents throughout France, opened a probe into the explosion.", { places: more });
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.data.place).toBeNull();
  });
  it("keeps the place of a relative clause of action", () => {
    const [e] = extractEventsByHand("Gunmen attacked the convoy, which was heading toward Kandahar, on Monday.", { places: more });
    expect(e!.data.place).toBe("kandahar");
  });
  it("keeps the place of a relative clause that tells an event", () => {
    const events = extractEventsByHand("Police arrested a man who bombed a bakery in Lyon.", { places: more });
    expect(events.some((e) => e.data.place === "lyon")).toBe(true);
  });
  it("keeps the place of a relative clause of state on the event's own locative noun", () => {
    const [e] = extractEventsByHand("Gunmen attacked a checkpoint in the district, which is located east of Kandahar, on Monday.", { places: more });
    expect(e!.data.place).toBe("kandahar");
  });
});

describe("event place: a place that locates what a feeling or a talk is about", () => {
  const more: HandPlace[] = [...places, { id: "london", text: "London", kind: "city", extra: { country: "GB", admin1: "England" } }];
  it("gives the event named after 'about' no place from before it", () => {
    const [e] = extractEventsByHand("There is deep frustration in London about the attack on the police station.", { places: more });
    expect(e!.data.place).toBeNull();
  });
  it("keeps a place after the event's own word", () => {
    const [e] = extractEventsByHand("There is deep frustration about the attack in Kandahar.", { places: more });
    expect(e!.data.place).toBe("kandahar");
  });
});

describe("event place: a dateline abroad is where the report was filed, not a scene", () => {
  const salvador: HandPlace[] = [
    { id: "moscow", text: "MOSCOW", kind: "city", extra: { country: "RU" } },
    { id: "sanmiguel", text: "San Miguel", kind: "city", extra: { country: "SV" } },
    { id: "usulutan", text: "Usulutan", kind: "admin1", extra: { country: "SV" } },
    { id: "santaana", text: "Santa Ana", kind: "city", extra: { country: "SV" } },
  ];
  const story = "MOSCOW, 14 NOV 89 (IZVESTIYA) -- Guerrillas attacked an army barracks last night, killing two soldiers.\n\nOfficials in San Miguel, Usulutan and Santa Ana said the army was on alert.";
  it("gives an event no place from a dateline town whose country the story names nowhere else", () => {
    const attack = extractEventsByHand(story, { places: salvador }).find((e) => e.data.evidence.text.includes("barracks"));
    expect(attack).toBeDefined();
    expect(attack!.data.place).not.toBe("moscow");
  });
  it("keeps the dateline town when a party or another place of the story belongs to its country", () => {
    const withParty = extractEventsByHand(story, { places: salvador, actors: [{ id: "soviet", name: "Soviet Army", country: "RU", mentions: ["soldiers"] }] });
    expect(withParty.find((e) => e.data.evidence.text.includes("barracks"))?.data.place).toBe("moscow");
    const home = extractEventsByHand(story.replace(/MOSCOW/g, "SAN SALVADOR"), { places: [{ id: "ss", text: "SAN SALVADOR", kind: "city", extra: { country: "SV" } }, ...salvador.slice(1)] });
    expect(home.find((e) => e.data.evidence.text.includes("barracks"))?.data.place).toBe("ss");
  });
});

describe("event place: a happening that only dates its clause", () => {
  it("keeps the sentence's place as the event's guess but tells no place the clause of another act gives", () => {
    const events = extractEventsByHand("Within 10 days of the attacks, the army moved into Gereshk.", { places });
    const attacks = events.find((e) => e.data.trigger.text === "attacks");
    expect(attacks?.data.place).toBe("gereshk");
    expect(attacks?.data.mentions?.map((m) => m.place)).toEqual([null]);
  });
  it("tells the place its own noun's locative phrase gives ('after the bombing in Gereshk')", () => {
    const events = extractEventsByHand("Hours after the bombing in Gereshk, police arrested two men.", { places });
    const bombing = events.find((e) => e.data.trigger.text === "bombing");
    expect(bombing?.data.mentions?.map((m) => m.place)).toEqual(["gereshk"]);
  });
  it("tells the place named before its own noun ('in the wake of the Gereshk bombing')", () => {
    const events = extractEventsByHand("In the wake of the Gereshk bombing, police arrested two men.", { places });
    const bombing = events.find((e) => e.data.trigger.text === "bombing");
    expect(bombing?.data.mentions?.map((m) => m.place)).toEqual(["gereshk"]);
  });
});

describe("event place: the locative phrase right after an event noun is the event's own", () => {
  it("takes the province of 'the fighting in Helmand' over a town another phrase of the clause names", () => {
    const events = extractEventsByHand("Officials in Kabul blamed the army for the fighting in Helmand.", { places });
    expect(events.find((e) => e.data.trigger.text === "fighting")?.data.place).toBe("helmand");
  });
  it("goes on through the phrase's later names ('in Zhari district of Kandahar province')", () => {
    const events = extractEventsByHand("Officials in Kabul blamed the army for the fighting in a village of Zhari district in Kandahar province.", { places });
    expect(events.find((e) => e.data.trigger.text === "fighting")?.data.place).toBe("zhari");
  });
  it("reads the phrase after the noun the event's word modifies ('a rape charge in Helmand')", () => {
    const events = extractEventsByHand("The commander lives in Kabul and is avoiding a rape charge in Helmand.", { places });
    expect(events.find((e) => e.data.trigger.text === "rape")?.data.place).toBe("helmand");
  });
  it("reads a trigger that ends in a noun as a noun phrase ('sexual assault charges in Helmand')", () => {
    const events = extractEventsByHand("The commander stays in Kabul to avoid prosecution on sexual assault charges in Helmand.", { places });
    expect(events.find((e) => e.data.trigger.text === "sexual assault")?.data.place).toBe("helmand");
  });
});

describe("event place: a talk's own place is not shared with the sentence's other happenings", () => {
  it("gives the meeting's place to the meeting only ('a meeting in Gereshk said that ... the bombing')", () => {
    const events = extractEventsByHand("A statement after an emergency meeting in Gereshk said that officials had condemned the bombing.", { places });
    expect(events.find((e) => e.data.trigger.text === "meeting")?.data.place).toBe("gereshk");
    expect(events.find((e) => e.data.trigger.text === "bombing")?.data.mentions?.map((m) => m.place)).toEqual([null]);
  });
});

describe("event place: a person's home is no place of what happened to them", () => {
  const towns: HandPlace[] = [...places, { id: "quetta", text: "Quetta", kind: "city", extra: { country: "PK", admin1: "Balochistan" } }];
  const victim: HandActor = { id: "khan", name: "Ahmad Khan", kind: "person", mentions: ["Ahmad Khan"] };
  it("takes the town of the incident, not the victim's home after 'of'", () => {
    const events = extractEventsByHand("During a raid in Gereshk, soldiers fatally shot 29-year-old Ahmad Khan of Quetta.", { places: towns, actors: [victim] });
    expect(events.find((e) => e.data.trigger.text.includes("shot"))?.data.place).toBe("gereshk");
  });
  it("reads the home after the person's age and comma too", () => {
    const events = extractEventsByHand("A police officer, Ahmad Khan, 36, of Quetta, died in the blast.", { places: towns, actors: [victim] });
    expect(events.find((e) => e.data.trigger.text === "blast")?.data.place ?? null).not.toBe("quetta");
  });
});

describe("event place: an event copied for each of two coordinated places tells its copy's place", () => {
  const syria: HandPlace[] = [
    { id: "jabla", text: "Jabla", kind: "city", extra: { country: "SY" } },
    { id: "tartus", text: "Tartus", kind: "city", extra: { country: "SY" } },
  ];
  const tellingPlaces = (text: string) => extractEventsByHand(text, { places: syria }).map((e) => `${e.data.place}: ${e.data.mentions!.map((m) => m.place ?? "-").join(" ")}`);
  it("gives the copy's tellings of the coordinating sentence the copy's place, the weaker words absorbed too", () => {
    expect(tellingPlaces("Gunmen opened fire on police posts in Jabla and Tartus on Monday, killing two officers.")).toEqual(["jabla: jabla jabla", "tartus: tartus tartus"]);
  });
  it("does so for a merged event, leaving its tellings in other sentences as their words told them", () => {
    expect(tellingPlaces("Gunmen opened fire on police posts in Jabla and Tartus on Monday, killing two officers. The attack was claimed by the Islamic State.")).toEqual(["jabla: jabla jabla -", "tartus: tartus tartus -"]);
  });
});
