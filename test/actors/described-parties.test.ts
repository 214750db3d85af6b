/** Unnamed parties as actors: gunmen, rebels, soldiers, civilians, protesters, with their country and ACLED name. */
import { describe, expect, it } from "vitest";
import { actors, byDictionaryId, mentionTexts, runActors } from "./build-document.js";

const byAcled = (doc: ReturnType<typeof runActors>, name: string) => actors(doc).find((a) => a.data.acledName === name);

describe("described parties", () => {
  it.each([
    // A junta is the state's military itself (ACLED's Military Forces of Myanmar (2021-)): its own word is a mention too.
    ["The junta's air force bombed a village in Myanmar on Tuesday.", "Myanmar", "Military Forces of Myanmar", ["junta", "air force"]],
    ["The regime's army shelled Idlib in Syria on Monday.", "Syria", "Military Forces of Syria", ["army"]],
    ["The military government's navy shelled villages in Myanmar.", "Myanmar", "Military Forces of Myanmar", ["navy"]],
  ])("reads a state body owned by 'the junta', 'the regime' as the story's state's, as after 'the': %s", (text, country, acled, mentions) => {
    const doc = runActors(text, [[country, "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, acled)!)).toEqual(mentions);
  });

  it("reads a force qualified from behind by an adjective's phrase as that force ('coast guard personnel armed with knives')", () => {
    const doc = runActors("Chinese coast guard personnel armed with knives and axes boarded a Philippine navy boat on June 17.", [["Chinese", "NORP"], ["Philippine", "MISC"]]);
    expect(byAcled(doc, "Military Forces of China")).toBeDefined();
  });

  it("gives a force after 'its' to the state the sentence opens on, not to the story's focus ('China's foreign ministry said its coast guard')", () => {
    const doc = runActors("Manila protested. China's foreign ministry said its coast guard had acted professionally near the Philippines.", [["Manila", "GPE"], ["China", "GPE"], ["Philippines", "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, "Military Forces of China")!)).toContain("coast guard");
  });

  it("reads a state word a model tagged alone before a head as no name ('Federal troops')", () => {
    const doc = runActors("Federal troops clashed with Fano militia in Ethiopia on Thursday.", [["Federal", "ORG"], ["Ethiopia", "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, "Military Forces of Ethiopia")!)).toContain("troops");
    expect(actors(doc).some((a) => a.data.name === "Federal")).toBe(false);
  });

  it("keeps unidentified gunmen as an unidentified armed group of the country where things happen", () => {
    const doc = runActors("Unidentified gunmen attacked a checkpoint in Somalia on Sunday.", [["Somalia", "GPE"]]);
    const g = byAcled(doc, "Unidentified Armed Group (Somalia)")!;
    expect(g.data).toMatchObject({ kind: "armed group", country: "SO", partyType: "UAF" });
    expect(mentionTexts(doc, g)).toEqual(["Unidentified gunmen"]);
  });

  it("names a party's country as ACLED writes it, in a description and a state's forces alike ('Ivory Coast', not 'Côte d'Ivoire')", () => {
    const doc = runActors("Ivorian soldiers shot dead two gunmen in Côte d'Ivoire on Sunday.", [["Côte d'Ivoire", "GPE"]]);
    expect(byAcled(doc, "Military Forces of Ivory Coast")).toBeDefined();
    expect(byAcled(doc, "Unidentified Armed Group (Ivory Coast)")).toBeDefined();
    expect(actors(doc).some((a) => (a.data.acledName ?? "").includes("Côte d'Ivoire"))).toBe(false);
  });

  it("reads one soldier or gunman before a verb the tagger took for a noun ('a soldier shot dead'), not a compound ('terrorist attacks')", () => {
    expect(byAcled(runActors("A soldier shot dead a taxi driver in Kenya on Sunday.", [["Kenya", "GPE"]]), "Military Forces of Kenya")).toBeDefined();
    expect(byAcled(runActors("A gunman shot a student in Kenya on Sunday.", [["Kenya", "GPE"]]), "Unidentified Armed Group (Kenya)")).toBeDefined();
    expect(byAcled(runActors("We condemn terrorist attacks this weekend in Kenya.", [["Kenya", "GPE"]]), "Unidentified Armed Group (Kenya)")).toBeUndefined();
  });

  it("reads the word before a particle and an object as a phrasal verb, not a compound ('Ukrainian forces shot down 20 drones')", () => {
    const doc = runActors("Ukrainian forces shot down 20 Russian drones over the Kyiv region overnight.", [["Ukrainian", "NORP"], ["Russian", "NORP"], ["Kyiv", "GPE"]]);
    expect(byAcled(doc, "Military Forces of Ukraine")).toBeDefined();
  });

  it("keeps people the text cannot name, doing harm, as an unidentified armed group ('by unknown people')", () => {
    const doc = runActors("A man was stabbed to death by unknown people in Kenya on Sunday.", [["Kenya", "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, "Unidentified Armed Group (Kenya)")!)).toEqual(["unknown people"]);
  });

  it("reads the word after armed people as their verb when a count follows it ('gunmen abducted two teachers')", () => {
    const doc = runActors("Gunmen abducted two teachers in Nigeria on Monday.", [["Nigeria", "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, "Unidentified Armed Group (Nigeria)")!)).toEqual(["Gunmen"]);
  });

  it("reads a word joined by 'and' to a verb after armed people as their verb ('Soldiers shot and killed')", () => {
    const doc = runActors("Soldiers shot and killed three civilians in Niger.", [["Niger", "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, "Military Forces of Niger")!)).toEqual(["Soldiers"]);
  });

  it("reads a regular past the tagger took for an adjective after armed people as their verb ('Armed men looted shops')", () => {
    const doc = runActors("Armed men looted shops in Mali.", [["Mali", "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, "Unidentified Armed Group (Mali)")!)).toEqual(["Armed men"]);
  });

  it("gives members named after a name and its bracketed acronym to that name ('the Front (FMLN) urban commandos'), not to a state's forces", () => {
    const text = "The Farabundo Marti National Liberation Front (FMLN) urban commandos attacked a post in El Salvador.";
    const doc = runActors(text, [["Farabundo Marti National Liberation Front", "ORG"], ["FMLN", "ORG", 0, "Farabundo Marti National Liberation Front"], ["El Salvador", "GPE"]]);
    const front = actors(doc).find((a) => a.data.name === "Farabundo Marti National Liberation Front")!;
    expect(mentionTexts(doc, front)).toEqual(expect.arrayContaining(["Farabundo Marti National Liberation Front", "FMLN", "urban commandos"]));
    expect(byAcled(doc, "Military Forces of El Salvador")).toBeUndefined();
    const is = runActors("Islamic State (IS) fighters attacked a post in Syria.", [["Islamic State", "ORG"], ["IS", "ORG", 0, "Islamic State"], ["Syria", "GPE"]]);
    expect(mentionTexts(is, actors(is).find((a) => a.data.name === "Islamic State"))).toEqual(expect.arrayContaining(["Islamic State", "IS", "fighters"]));
  });

  it("gives armed members after 'its' or 'their' to the group named before them ('Hamas said its gunmen'), not an unidentified group", () => {
    const doc = runActors("Hamas said its gunmen fired at soldiers near Gaza.", [["Hamas", "ORG"], ["Gaza", "GPE"]]);
    expect(mentionTexts(doc, actors(doc).find((a) => a.data.name === "Hamas"))).toContain("gunmen");
    expect(actors(doc).some((a) => a.data.acledName?.startsWith("Unidentified Armed Group"))).toBe(false);
  });

  it("leaves a bracket that holds no name alone ('the Front (pictured) commandos' are no member phrase of it)", () => {
    const doc = runActors("The Farabundo Marti National Liberation Front (pictured) commandos attacked a post in El Salvador.", [["Farabundo Marti National Liberation Front", "ORG"], ["El Salvador", "GPE"]]);
    const front = actors(doc).find((a) => a.data.name === "Farabundo Marti National Liberation Front");
    expect(mentionTexts(doc, front)).not.toContain("commandos");
  });

  it("makes an acronym no model named, right before armed members, their group ('FMLN guerrillas'), not an unidentified group", () => {
    const doc = runActors("FMLN guerrillas attacked a military post in El Salvador.", [["El Salvador", "GPE"]]);
    const g = actors(doc).find((a) => a.data.name === "FMLN")!;
    expect(g.data.kind).toBe("armed group");
    expect(mentionTexts(doc, g)).toContain("FMLN guerrillas");
    expect(byAcled(doc, "Unidentified Armed Group (El Salvador)")).toBeUndefined();
    // In an all-capitals line every word has the acronym's shape: nothing is made of it.
    const shouting = runActors("FMLN GUERRILLAS ATTACKED A POST IN EL SALVADOR.");
    expect(actors(shouting).find((a) => a.data.name === "FMLN")).toBeUndefined();
  });

  it("reads a nationality before missiles as that state's forces, and hoodlums or thugs as an unidentified armed group", () => {
    const doc = runActors("Air defenses intercepted Israeli missiles over Syria.", [["Syria", "GPE"]]);
    expect(byAcled(doc, "Military Forces of Israel")).toBeDefined();
    const hoodlums = runActors("Hoodlums attacked residents in Nigeria.", [["Nigeria", "GPE"]]);
    expect(mentionTexts(hoodlums, byAcled(hoodlums, "Unidentified Armed Group (Nigeria)")!)).toEqual(["Hoodlums"]);
  });

  it("keeps armed people named by a creed a description of the country in view ('Islamist militants'), not a group called 'Islamist'", () => {
    const doc = runActors("Islamist gunmen ambushed a patrol in Mali.", [["Islamist", "NORP"], ["Mali", "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, "Unidentified Armed Group (Mali)")!)).toEqual(["Islamist gunmen"]);
    expect(actors(doc).find((a) => a.data.name === "Islamist")).toBeUndefined();
  });

  it("reads a time word after armed people as an adjunct, not a compound ('Gunmen yesterday killed')", () => {
    const doc = runActors("Gunmen yesterday killed three farmers in Nigeria.", [["Nigeria", "GPE"]]);
    expect(mentionTexts(doc, byAcled(doc, "Unidentified Armed Group (Nigeria)")!)).toEqual(["Gunmen"]);
  });

  it("makes a nationality before a state's means of war that state's forces ('Russian airstrikes'), and nothing of the bare noun", () => {
    const doc = runActors("Russian airstrikes hit a market in Syria. The airstrikes killed eight civilians.", [["Syria", "GPE"]]);
    expect(mentionTexts(doc, byDictionaryId(doc, "mil:RU")!)).toEqual(["Russian"]);
    expect(byDictionaryId(doc, "people:RU")).toBeUndefined();
    expect(actors(doc).filter((a) => a.data.dictionaryId?.startsWith("mil:"))).toHaveLength(1);
  });

  it("gives a country's armed people that country ('Pakistani militants')", () => {
    const doc = runActors("Pakistani militants stormed a school.");
    expect(byAcled(doc, "Unidentified Armed Group (Pakistan)")).toBeDefined();
  });

  it("makes the members of a named group that group ('a Taliban sniper')", () => {
    const doc = runActors("Three soldiers were killed by a Taliban sniper in Afghanistan.");
    expect(mentionTexts(doc, byDictionaryId(doc, "group:taliban"))).toContain("Taliban sniper");
    expect(byDictionaryId(doc, "mil:AF")!.data.acledName).toBe("Military Forces of Afghanistan");
  });

  it("names a country's police, troops and civilians as ACLED does", () => {
    const doc = runActors("Afghan police and Nigerian troops arrived. Civilians fled the fighting in Afghanistan.");
    expect(byDictionaryId(doc, "police:AF")!.data.acledName).toBe("Police Forces of Afghanistan");
    expect(byDictionaryId(doc, "mil:NG")!.data.acledName).toBe("Military Forces of Nigeria");
    expect(byAcled(doc, "Civilians (Afghanistan)")!.data.partyType).toBe("CVL");
  });

  it("reads a nationality's force head before one of its units or posts as that force, not as the country's people ('a Kenyan army convoy')", () => {
    const doc = runActors("Militants ambushed a Kenyan army convoy and attacked a Nigerian police station.");
    expect(byAcled(doc, "Military Forces of Kenya")).toBeDefined();
    expect(byAcled(doc, "Police Forces of Nigeria")).toBeDefined();
    expect(actors(doc).some((a) => a.data.name === "Kenyans")).toBe(false);
    // A force's officer or chief is a person ("army chief"), no unit.
    expect(byAcled(runActors("A Kenyan army chief resigned."), "Military Forces of Kenya")).toBeUndefined();
  });

  it("reads a nationality's force head before its craft as that force ('Chinese coast guard ships', 'Indian navy vessels')", () => {
    const doc = runActors("Chinese coast guard ships blocked the boat, and Indian navy vessels sailed to the area.");
    expect(byAcled(doc, "Military Forces of China")).toBeDefined();
    expect(byAcled(doc, "Military Forces of India")).toBeDefined();
    expect(actors(doc).some((a) => a.data.acledName === "Civilians (China)")).toBe(false);
  });

  it("reads 'police forces' as the police, not the military its last word 'forces' names alone (heads.tsv head:police-forces)", () => {
    const doc = runActors("Peruvian police forces raided a mine. Peruvian forces arrived later.");
    expect(byDictionaryId(doc, "police:PE")!.data.acledName).toBe("Police Forces of Peru");
    expect(mentionTexts(doc, byDictionaryId(doc, "police:PE")!)).toEqual(["Peruvian police forces"]);
    expect(byDictionaryId(doc, "mil:PE")).toBeDefined();
  });

  it("reads constables, detectives and cops as a country's police (heads.tsv rows, in arms)", () => {
    const doc = runActors("Two Pakistani constables were wounded. Indian detectives and Kenyan cops arrived.");
    expect(byDictionaryId(doc, "police:PK")!.data.acledName).toBe("Police Forces of Pakistan");
    expect(byDictionaryId(doc, "police:IN")).toBeDefined();
    expect(byDictionaryId(doc, "police:KE")).toBeDefined();
  });

  it("reads a counted 'soldiers' as the forces of the country in view, but not 'foreign troops'", () => {
    expect(byDictionaryId(runActors("In Mali, two soldiers were killed."), "mil:ML")).toBeDefined();
    expect(byDictionaryId(runActors("In Mali, foreign troops patrolled."), "mil:ML")).toBeUndefined();
  });

  it("names mobs rioters and demonstrators protesters", () => {
    const doc = runActors("In India, a mob burned a bus. Demonstrators marched in Pakistan.");
    expect(byAcled(doc, "Rioters (India)")).toBeDefined();
    expect(byAcled(doc, "Protesters (Pakistan)")).toBeDefined();
  });

  it("takes the victims' country from where things happen, not from the attacker's name", () => {
    const doc = runActors("US warplanes pounded a village in Syria, killing six civilians.");
    expect(byAcled(doc, "Civilians (Syria)")).toBeDefined();
    expect(byAcled(doc, "Civilians (United States)")).toBeUndefined();
  });

  it("refers rebels back to the one armed group the story names", () => {
    const doc = runActors("The FMLN rebels attacked a barracks. Later the guerrillas withdrew into the hills.", [["FMLN", "ORG"]]);
    const fmln = actors(doc).find((a) => a.data.name === "FMLN")!;
    expect(fmln.data.kind).toBe("armed group");
    expect(mentionTexts(doc, fmln)).toEqual(expect.arrayContaining(["FMLN rebels", "guerrillas"]));
  });

  it("refers rebels, before the name, to the one group the story's own words make armed ('... Liberation Front'), not a unit's name when a group is presented as armed", () => {
    const doc = runActors("The rebels burned a bus in El Salvador. Later the Farabundo Marti National Liberation Front attacked a post.", [["Farabundo Marti National Liberation Front", "ORG"], ["El Salvador", "GPE"]]);
    const front = actors(doc).find((a) => a.data.name === "Farabundo Marti National Liberation Front")!;
    expect(front.data.kind).toBe("armed group");
    expect(mentionTexts(doc, front)).toContain("rebels");
    expect(byAcled(doc, "Unidentified Armed Group (El Salvador)")).toBeUndefined();
    // A group the text presents as armed ("FMLN guerrillas") is the one, whatever the unit names' words say.
    const both = runActors("The rebels burned a bus. FMLN guerrillas fought the 4th Infantry Brigade.", [["4th Infantry Brigade", "ORG"]]);
    expect(mentionTexts(both, actors(both).find((a) => a.data.name === "FMLN"))).toContain("rebels");
  });

  it("keeps 'Da'esh and other terrorists' to the named group, with no description of its own", () => {
    const doc = runActors("The threat posed by ISIL and other terrorists grows.");
    expect(actors(doc).some((a) => a.data.acledName?.startsWith("Unidentified Armed Group"))).toBe(false);
  });

  it("gives a person the ACLED name of the body they belong to", () => {
    const doc = runActors("A Taliban spokesman said the talks went well.");
    const person = actors(doc).find((a) => a.data.kind === "person")!;
    expect(person.data.acledName).toBe("Taliban");
  });
});

describe("names a model tags that name no party", () => {
  it("a dateline's month before its day ('BEIRUT, Jan 12') is no organisation", () => {
    const doc = runActors("BEIRUT, Jan 12 (Reuters) - Fighting killed 37 people in Syria on Sunday.", [["Jan", "ORG"], ["Syria", "GPE"]]);
    expect(actors(doc).some((a) => a.data.name === "Jan")).toBe(false);
  });
  it("a storm's name tagged as a person is no person", () => {
    const doc = runActors("Cyclone Mocha killed at least 30 people in Myanmar on Sunday.", [["Cyclone Mocha", "PERSON"], ["Myanmar", "GPE"]]);
    expect(actors(doc).some((a) => a.data.name === "Cyclone Mocha")).toBe(false);
  });
});
