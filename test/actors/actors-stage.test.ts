import { describe, expect, it } from "vitest";
import { createDocument, SitrepError } from "../../src/core/index.js";
import { actorsStage } from "../../src/stages/actors/actors-stage.js";
import { actorNamed, actors, byDictionaryId, mentionTexts, runActors } from "./build-document.js";

describe("dictionary aliases", () => {
  it("merges US, United States, U.S. and America into one actor with the dictionary's name", () => {
    const doc = runActors("The United States said on Monday that U.S. aid would continue. The US envoy flew home. America agreed.");
    const us = byDictionaryId(doc, "country:US")!;
    expect(us.data.name).toBe("United States");
    expect(us.data.kind).toBe("country");
    expect(us.data.country).toBe("US");
    expect(mentionTexts(doc, us)).toEqual(expect.arrayContaining(["United States", "U.S.", "America"]));
    expect(actors(doc).filter((a) => a.data.dictionaryId === "country:US")).toHaveLength(1);
  });

  it("does not read the pronoun 'us' as the United States", () => {
    const doc = runActors("They told us that the talks would go on.");
    expect(byDictionaryId(doc, "country:US")).toBeUndefined();
  });

  it("reads 'IS' as Islamic State only in upper case outside all-caps lines", () => {
    expect(byDictionaryId(runActors("The Taliban raided an IS hideout north of Kabul."), "group:is")).toBeDefined();
    expect(byDictionaryId(runActors("The report is late and it is long."), "group:is")).toBeUndefined();
    expect(byDictionaryId(runActors("WHAT IS NEXT FOR THE TALIBAN IN KABUL\nThe group met on Friday."), "group:is")).toBeUndefined();
  });

  it("does not find 'IS' inside 'IS-K', and links IS-K with its long form", () => {
    const doc = runActors("The Islamic State-Khorasan (IS-K) claimed the attack. IS-K has also claimed several attacks.");
    expect(byDictionaryId(doc, "group:is")).toBeUndefined();
    const isk = byDictionaryId(doc, "group:iskp")!;
    expect(mentionTexts(doc, isk)).toEqual(["Islamic State-Khorasan", "IS-K", "IS-K"]);
  });

  it("finds aliases inside hyphenated tokens, but never a prefix of a longer name", () => {
    const doc = runActors("UK-France talks backed the counter-ISIL coalition and IS-controlled towns fell, but IS-K struck.");
    expect(byDictionaryId(doc, "country:GB")).toBeDefined();
    expect(byDictionaryId(doc, "country:FR")).toBeDefined();
    expect(mentionTexts(doc, byDictionaryId(doc, "group:is"))).toEqual(["ISIL", "IS"]);
    expect(mentionTexts(doc, byDictionaryId(doc, "group:iskp"))).toEqual(["IS-K"]);
  });

  it("does not make 'anti-Taliban forces' or 'US-led forces' the named actor's forces", () => {
    const doc = runActors("Anti-Taliban forces regrouped while US-led forces withdrew.");
    expect(mentionTexts(doc, byDictionaryId(doc, "group:taliban"))).toEqual(["Taliban"]);
    expect(byDictionaryId(doc, "mil:US")).toBeUndefined();
  });

  it("does not read a country inside another place's name", () => {
    const doc = runActors("Storms hit New Mexico and Northern Ireland.");
    expect(byDictionaryId(doc, "country:MX")).toBeUndefined();
    expect(byDictionaryId(doc, "country:IE")).toBeUndefined();
  });

  it("does not read an outlet's name at the start of a longer name", () => {
    const doc = runActors("The Guardian Council rejected the law, The Guardian reported.");
    expect(mentionTexts(doc, byDictionaryId(doc, "media:guardian"))).toEqual(["The Guardian"]);
    expect(byDictionaryId(doc, "media:guardian")!.start).toBe(doc.text.lastIndexOf("The Guardian"));
  });

  it("lets a person entity hide an alias inside it", () => {
    const doc = runActors("Chad Johnson said the plan was sound.", [["Chad Johnson", "PERSON"]]);
    expect(byDictionaryId(doc, "country:TD")).toBeUndefined();
    expect(actorNamed(doc, "Chad Johnson")?.data.kind).toBe("person");
  });

  it("links demonyms to the people of the country, but not inside a name", () => {
    const doc = runActors("Afghans queued for food. The Afghan Red Crescent Society helped.", [["Afghan Red Crescent Society", "ORG"]]);
    const afghans = byDictionaryId(doc, "people:AF")!;
    expect(afghans.data).toMatchObject({ name: "Afghans", kind: "group", country: "AF", entityType: "NORP" });
    expect(mentionTexts(doc, afghans)).toEqual(["Afghans"]);
    expect(actorNamed(doc, "Afghan Red Crescent Society")?.data).toMatchObject({ kind: "ngo", country: "AF" });
  });
});

describe("an alias that opens with a figure", () => {
  it("is found though the tokenizer splits the figure from its letters ('3R rebels')", () => {
    const doc = runActors("3R rebels looted a market near Koui on Sunday.");
    expect(byDictionaryId(doc, "group:3r")).toBeDefined();
  });
});

describe("a list of known names tagged as one name", () => {
  it("is each named actor, not one organisation ('the Dinka and Nuer communities', 'Hamas, Fatah and Islamic Jihad')", () => {
    const doc = runActors("Youths from the Dinka and Nuer communities clashed near Bor on Sunday.", [["Dinka and Nuer", "ORG"]]);
    expect(actors(doc).map((a) => a.data.name)).toEqual(expect.arrayContaining(["Dinka", "Nuer"]));
    expect(actorNamed(doc, "Dinka and Nuer")).toBeUndefined();
    const three = runActors("Hamas, Fatah and Islamic Jihad leaders met in Cairo.", [["Hamas, Fatah and Islamic Jihad", "ORG"]]);
    expect(actors(three).length).toBeGreaterThanOrEqual(3);
  });
  it("keeps a name whose parts are not all known, or are joined by other words, one name", () => {
    const doc = runActors("Officials of the Dinka and Friends Association spoke in Bor.", [["Dinka and Friends Association", "ORG"]]);
    expect(actorNamed(doc, "Dinka and Friends Association")).toBeDefined();
  });
});

describe("persons", () => {
  const seed = "“We will cooperate,” foreign minister Amir Khan Muttaqi said. Muttaqi told reporters in Doha. Muttaqi’s remarks came later.";

  it("merges a later surname with the full name (entity layer)", () => {
    const doc = runActors(seed, [["Amir Khan Muttaqi", "PERSON"], ["Muttaqi", "PERSON", 1]]);
    const people = actors(doc).filter((a) => a.data.kind === "person");
    expect(people).toHaveLength(1);
    expect(people[0]!.data.name).toBe("Amir Khan Muttaqi");
    expect(mentionTexts(doc, people[0])).toEqual(["Amir Khan Muttaqi", "Muttaqi", "Muttaqi"]);
    expect(people[0]!.start).toBe(seed.indexOf("Amir"));
  });

  it("finds the name after a title and the surname later without any entity", () => {
    const doc = runActors(seed);
    const muttaqi = actorNamed(doc, "Amir Khan Muttaqi")!;
    expect(muttaqi.data.title).toBe("foreign minister");
    expect(mentionTexts(doc, muttaqi)).toHaveLength(3);
  });

  it("does not read a surname inside a longer capitalised name as the person", () => {
    const doc = runActors("Ali Tower arrived. Crowds gathered at Trump Tower.", [["Ali Tower", "PERSON"]]);
    expect(mentionTexts(doc, actorNamed(doc, "Ali Tower"))).toEqual(["Ali Tower"]);
  });

  it("drops a 'person' the entity model found after a preposition", () => {
    const doc = runActors("Near Mosul, five strikes hit.", [["Near Mosul", "PERSON"]]);
    expect(actors(doc)).toHaveLength(0);
  });

  it("reads a one-word country name that is a person's surname as the person", () => {
    const doc = runActors("Rep. Jim Jordan asked for the files. Jordan said the deal was wrong.");
    expect(mentionTexts(doc, actorNamed(doc, "Jim Jordan"))).toEqual(["Jim Jordan", "Jordan"]);
    expect(byDictionaryId(doc, "country:JO")).toBeUndefined();
    expect(byDictionaryId(runActors("King Abdullah of Jordan met the envoy."), "country:JO")).toBeDefined();
  });

  it("reads a double surname shortened to its first part, with or without the first name, as the same person", () => {
    const text = "Carlos Pizarro Leongomez was shot dead on a plane. Pizarro had signed the peace deal. Carlos Pizarro was 38.";
    const doc = runActors(text, [["Carlos Pizarro Leongomez", "PERSON"], ["Pizarro", "PERSON", 1], ["Carlos Pizarro", "PERSON", 1]]);
    const people = actors(doc).filter((a) => a.data.kind === "person");
    expect(people).toHaveLength(1);
    expect(mentionTexts(doc, people[0])).toEqual(["Carlos Pizarro Leongomez", "Pizarro", "Carlos Pizarro"]);
  });

  it("keeps two people who share a surname apart when their first names differ", () => {
    const text = "Joe Biden met Jill Biden at the White House. Later Biden said the talks went well.";
    const doc = runActors(text, [["Joe Biden", "PERSON"], ["Jill Biden", "PERSON"], ["Biden", "PERSON", 2]]);
    const joe = actorNamed(doc, "Joe Biden")!;
    const jill = actorNamed(doc, "Jill Biden")!;
    expect(joe).toBeDefined();
    expect(jill).toBeDefined();
    expect(joe.id).not.toBe(jill.id);
    // The bare surname goes to the person mentioned most recently.
    expect(mentionTexts(doc, jill)).toEqual(["Jill Biden", "Biden"]);
  });

  it("reads title and affiliation from an organisation's possessive", () => {
    const text = "a US team led by the State Department’s Deputy Special Representative Tom West and top USAID humanitarian official Sarah Charles.";
    const doc = runActors(text, [["US", "GPE"], ["State Department", "ORG"], ["Tom West", "PERSON"], ["USAID", "ORG"], ["Sarah Charles", "PERSON"]]);
    const west = actorNamed(doc, "Tom West")!;
    const state = actorNamed(doc, "State Department")!;
    expect(west.data).toMatchObject({ kind: "person", title: "Deputy Special Representative", affiliation: state.id, country: "US" });
    const charles = actorNamed(doc, "Sarah Charles")!;
    expect(charles.data).toMatchObject({ title: "top USAID humanitarian official", affiliation: actorNamed(doc, "USAID")!.id, country: "US" });
  });

  it("gives a minister with no body named the actor the text presents as governing", () => {
    const text = "The United States will help the Taliban regime. “We agree,” foreign minister Amir Khan Muttaqi said.";
    const doc = runActors(text, [["Amir Khan Muttaqi", "PERSON"]]);
    const taliban = byDictionaryId(doc, "group:taliban")!;
    expect(mentionTexts(doc, taliban)).toContain("Taliban regime");
    expect(actorNamed(doc, "Amir Khan Muttaqi")!.data).toMatchObject({ affiliation: taliban.id, country: "AF" });
  });

  it("leaves the affiliation empty when nothing in the text names it", () => {
    const doc = runActors("The talks in Syria went on. Secretary Kerry said they were useful.", [["Kerry", "PERSON"]]);
    expect(actorNamed(doc, "Kerry")!.data).toMatchObject({ title: "Secretary", affiliation: null });
  });

  it("reads a demonym in a title as the person's country", () => {
    const doc = runActors("Russian Foreign Minister Sergei Lavrov said so.", [["Russian", "NORP"], ["Sergei Lavrov", "PERSON"]]);
    const lavrov = actorNamed(doc, "Sergei Lavrov")!;
    expect(lavrov.data).toMatchObject({ title: "Foreign Minister", country: "RU" });
    expect(actors(doc).find((a) => a.id === lavrov.data.affiliation)?.data.dictionaryId).toBe("gov:RU");
    expect(mentionTexts(doc, byDictionaryId(doc, "people:RU"))).toEqual(["Russian"]);
  });

  it("reads an appositive title after the name", () => {
    const doc = runActors("Gen. Joseph Votel, commander of U.S. Central Command, said the fight goes on.", [["Joseph Votel", "PERSON"]]);
    const votel = actorNamed(doc, "Joseph Votel")!;
    expect(votel.data.affiliation).toBe(byDictionaryId(doc, "gov:US:centcom")!.id);
    expect(votel.data.country).toBe("US");
  });

  it("reads a title set off by a comma before the name as a mention of the person", () => {
    const doc = runActors("The Foreign Secretary, Boris Johnson, said the report was damning.", [["Boris Johnson", "PERSON"]]);
    const johnson = actorNamed(doc, "Boris Johnson")!;
    expect(johnson.data.title).toBe("Foreign Secretary");
    expect(mentionTexts(doc, johnson)).toEqual(["The Foreign Secretary", "Boris Johnson"]);
  });

  it("reads 'the president of X, NAME' as a title with the country's government", () => {
    const doc = runActors("The president of Bulgaria, Georgi Parvanov, pardoned them.", [["Georgi Parvanov", "PERSON"]]);
    const parvanov = actorNamed(doc, "Georgi Parvanov")!;
    expect(parvanov.data).toMatchObject({ title: "president", country: "BG" });
    expect(actors(doc).find((a) => a.id === parvanov.data.affiliation)?.data.dictionaryId).toBe("gov:BG");
  });

  it("does not give a bare surname's title to a namesake met before", () => {
    const text = "Hillary Clinton spoke first. Flowers once had an affair with President Clinton.";
    const doc = runActors(text, [["Hillary Clinton", "PERSON"], ["Clinton", "PERSON", 1]]);
    expect(actorNamed(doc, "Hillary Clinton")!.data.title).toBeNull();
  });

  it("reads a person's name typed as an organisation elsewhere as the person", () => {
    const doc = runActors("Donald Trump spoke. Later Trump left.", [["Donald Trump", "PERSON"], ["Trump", "ORG", 1]]);
    expect(actors(doc)).toHaveLength(1);
    expect(mentionTexts(doc, actorNamed(doc, "Donald Trump"))).toEqual(["Donald Trump", "Trump"]);
  });

  it("extends a name the entity model cut before an Arabic particle", () => {
    const doc = runActors("Carter met Iraqi Prime Minister Haider al-Abadi in Baghdad. Abadi said the fight goes on.", [["Haider", "PERSON"], ["Abadi", "PERSON", 1]]);
    const abadi = actorNamed(doc, "Haider al-Abadi")!;
    expect(abadi.data).toMatchObject({ title: "Prime Minister", country: "IQ" });
    expect(mentionTexts(doc, abadi)).toEqual(["Haider al-Abadi", "Abadi"]);
  });

  it("extends a person the entity model cut in the middle of a name", () => {
    const doc = runActors("“We agree,” foreign minister Amir Khan Muttaqi said.", [["Khan", "PERSON"]]);
    expect(actorNamed(doc, "Amir Khan Muttaqi")?.data.title).toBe("foreign minister");
  });

  it("reads a 'person' that is exactly a known group's name as the group", () => {
    const doc = runActors("The bombing of a Shiite mosque killed 60.", [["Shiite", "PERSON"]]);
    expect(byDictionaryId(doc, "religion:shia")).toBeDefined();
    expect(actors(doc).filter((a) => a.data.kind === "person")).toHaveLength(0);
  });

  it("reads an appositive title with a possessive body after the name", () => {
    const doc = runActors("Amir Khan Muttaqi, Afghanistan's foreign minister, said so.", [["Amir Khan Muttaqi", "PERSON"]]);
    const muttaqi = actorNamed(doc, "Amir Khan Muttaqi")!;
    expect(muttaqi.data).toMatchObject({ title: "foreign minister", country: "AF" });
    expect(actors(doc).find((a) => a.id === muttaqi.data.affiliation)?.data.dictionaryId).toBe("gov:AF");
  });

  it("repairs an entity that glued a title to a name", () => {
    const doc = runActors("In Turkey, Special Advisor Thames will deliver remarks.", [["Special Advisor Thames", "ORG"]]);
    expect(actorNamed(doc, "Thames")?.data).toMatchObject({ kind: "person", title: "Special Advisor" });
    expect(actorNamed(doc, "Special Advisor Thames")).toBeUndefined();
  });
});

describe("descriptor phrases", () => {
  it("makes an unnamed official a person, and 'the official' the same person later", () => {
    const text = "Before the talks, a US State Department official said its priorities were clear. “This meeting is not about recognition,” the official said.";
    const doc = runActors(text, [["US", "GPE"], ["State Department", "ORG"]]);
    const official = actors(doc).find((a) => a.data.kind === "person")!;
    expect(official.data).toMatchObject({ title: "official", country: "US", affiliation: byDictionaryId(doc, "gov:US:state")!.id });
    expect(mentionTexts(doc, official)).toEqual(["a US State Department official", "the official"]);
  });

  it("links 'the Foreign Secretary' to the person with that title, and makes 'the Prime Minister' a new person", () => {
    const text = "Foreign Secretary Boris Johnson met Foreign Minister Sergei Lavrov. The Foreign Secretary said the talks were frank. The Prime Minister and President Hollande met later.";
    const doc = runActors(text, [["Boris Johnson", "PERSON"], ["Sergei Lavrov", "PERSON"], ["Hollande", "PERSON"]]);
    expect(mentionTexts(doc, actorNamed(doc, "Boris Johnson"))).toEqual(["Boris Johnson", "The Foreign Secretary"]);
    expect(mentionTexts(doc, actorNamed(doc, "Sergei Lavrov"))).toEqual(["Sergei Lavrov"]);
    expect(actorNamed(doc, "the Prime Minister")?.data).toMatchObject({ kind: "person", title: "Prime Minister" });
  });

  it("reads the body after 'a spokesman for'", () => {
    const doc = runActors("A spokesman for the Taliban said the road was open.");
    const spokesman = actors(doc).find((a) => a.data.kind === "person")!;
    expect(spokesman.data).toMatchObject({ title: "spokesman", affiliation: byDictionaryId(doc, "group:taliban")!.id, country: "AF" });
  });

  it("reads 'a spokesman for the Taliban, NAME' as the person's title", () => {
    const doc = runActors("A spokesman for the Taliban, Zabihullah Mujahid, said so.", [["Zabihullah Mujahid", "PERSON"]]);
    expect(actorNamed(doc, "Zabihullah Mujahid")!.data).toMatchObject({ title: "spokesman", country: "AF" });
    expect(actors(doc).filter((a) => a.data.kind === "person")).toHaveLength(1);
  });

  it("does not make a person of 'official' used as an adjective, nor of 'the official' with nobody before", () => {
    const doc = runActors("The official death toll rose. Later the official said nothing.");
    expect(actors(doc).filter((a) => a.data.kind === "person")).toHaveLength(0);
  });

  it("does not make a person of a predicate ('was a commander')", () => {
    const doc = runActors("Qanbar was a commander in the navy during the war.");
    expect(actors(doc).filter((a) => a.data.kind === "person")).toHaveLength(0);
  });

  it("does not make a person of a generic office or a government of a noun compound", () => {
    const doc = runActors("Voters said the country needs a president who listens. The sanctions regime on North Korea held.");
    expect(actors(doc).filter((a) => a.data.kind === "person")).toHaveLength(0);
    expect(byDictionaryId(doc, "gov:KP")).toBeUndefined();
  });

  it("reads 'the group' and 'the militants' as the armed group named shortly before", () => {
    const doc = runActors("IS-K claimed the bombing. The group said it targeted Shiites. Police blamed the militants.");
    expect(mentionTexts(doc, byDictionaryId(doc, "group:iskp"))).toEqual(["IS-K", "group", "militants"]);
    const coalition = runActors("The Global Coalition struck ISIL targets. The Coalition conducted 11 strikes.");
    expect(mentionTexts(coalition, byDictionaryId(coalition, "igo:coalition-isis"))).toEqual(["Global Coalition", "Coalition"]);
    expect(actors(runActors("The Coalition conducted 11 strikes."))).toHaveLength(0);
    const far = runActors("IS-K claimed the bombing. Aid came. Roads closed. Schools shut. Shops shut. The group said nothing.");
    expect(mentionTexts(far, byDictionaryId(far, "group:iskp"))).toEqual(["IS-K"]);
  });

  it("knows the Sahel's and the Lake Chad basin's national forces by their names and acronyms", () => {
    const doc = runActors("JNIM militants ambushed a FAMa patrol. FACA soldiers clashed with rebels. The Burkinabe army and the MNJTF said so.");
    expect(byDictionaryId(doc, "mil:ML")).toBeDefined();
    expect(byDictionaryId(doc, "mil:CF")).toBeDefined();
    expect(byDictionaryId(doc, "mil:BF")).toBeDefined();
    expect(byDictionaryId(doc, "igo:mnjtf")).toBeDefined();
  });

  it("reads 'the attackers' and 'the gunmen' as the armed group whose attack was told shortly before", () => {
    const doc = runActors("Boko Haram insurgents raided the village. The attackers abducted 20 women. The gunmen fled.");
    expect(mentionTexts(doc, byDictionaryId(doc, "group:boko-haram"))).toEqual(["Boko Haram insurgents", "attackers", "gunmen"]);
    // With no armed group named, they stay described.
    expect(actors(runActors("The attackers abducted 20 women in Borno.")).map((a) => a.data.name)).toContain("Unidentified Armed Group");
  });

  it("names collectives as ACLED does, with their country", () => {
    const doc = runActors("In Seoul, South Korean protesters marched. Police fired water cannon at the protesters. Afghan civilians fled.");
    const protesters = actorNamed(doc, "Protesters (South Korea)")!;
    expect(protesters.data).toMatchObject({ kind: "group", country: "KR" });
    expect(mentionTexts(doc, protesters)).toEqual(["South Korean protesters", "protesters"]);
    expect(actorNamed(doc, "Civilians (Afghanistan)")?.data.country).toBe("AF");
    const refugees = runActors("In Germany, refugees arrived. Syrian refugees waited.");
    expect(actors(refugees).map((a) => a.data.name)).toEqual(expect.arrayContaining(["Refugees", "Refugees (Syria)"]));
    expect(byDictionaryId(doc, "police:KR")).toBeDefined();
  });

  it("reads 'Taliban fighters' as the Taliban", () => {
    const doc = runActors("A roadside bomb wounded four Taliban fighters in the area.");
    const taliban = byDictionaryId(doc, "group:taliban")!;
    expect(mentionTexts(doc, taliban)).toEqual(["Taliban fighters"]);
  });

  it("maps a country's government, forces and police to its sector actors", () => {
    const doc = runActors("The Afghan government said Afghan forces and Pakistani police were on alert.");
    expect(mentionTexts(doc, byDictionaryId(doc, "gov:AF"))).toEqual(["Afghan government"]);
    expect(mentionTexts(doc, byDictionaryId(doc, "mil:AF"))).toEqual(["Afghan forces"]);
    expect(byDictionaryId(doc, "police:PK")?.data).toMatchObject({ kind: "police", country: "PK", name: "Police Forces of Pakistan" });
    expect(byDictionaryId(doc, "people:AF")).toBeUndefined();
  });

  it("gives each nationality coordinated before a state body's head that state's body, not its people", () => {
    const doc = runActors("French and Malian troops killed 30 jihadists. Kenyan, Ugandan and Burundian troops attacked al-Shabaab bases.");
    expect(mentionTexts(doc, byDictionaryId(doc, "mil:FR"))).toEqual(["French"]);
    expect(mentionTexts(doc, byDictionaryId(doc, "mil:ML"))).toEqual(["Malian troops"]);
    for (const iso of ["KE", "UG"]) expect(byDictionaryId(doc, `mil:${iso}`)).toBeDefined();
    expect(byDictionaryId(doc, "people:FR")).toBeUndefined();
    expect(byDictionaryId(doc, "people:KE")).toBeUndefined();
    const strikes = runActors("US and Afghan forces raided the compound. Russian and Syrian airstrikes hit a market.");
    expect(byDictionaryId(strikes, "mil:US")).toBeDefined();
    expect(byDictionaryId(strikes, "mil:RU")).toBeDefined();
    // A country named as the object of "of", then a comma: two phrases of a list, not nationalities sharing a head.
    const list = runActors("It is a testing time for the administrations of Sudan, and Egyptian officials are worried.");
    expect(byDictionaryId(list, "gov:SD")).toBeUndefined();
  });

  it("keeps a government named after its leader as its own actor", () => {
    const doc = runActors("Shelling by the Assad regime went on. Aid needs Assad’s regime to agree.");
    const regime = actorNamed(doc, "Assad regime")!;
    expect(regime.data).toMatchObject({ kind: "government", country: null });
    expect(mentionTexts(doc, regime)).toEqual(["Assad regime", "Assad’s regime"]);
    const later = runActors("The Asad regime bombed Aleppo. Kerry urged Russia to press the regime to stop.");
    expect(mentionTexts(later, actorNamed(later, "Asad regime"))).toEqual(["Asad regime", "regime"]);
    expect(byDictionaryId(later, "gov:RU")).toBeUndefined();
    const obama = runActors("The Obama administration said so.", [["Obama", "ORG"]]);
    expect(actors(obama).map((a) => a.data.name)).toEqual(["Obama administration"]);
  });

  it("makes a leader's regime the government of the state the text names them as leading", () => {
    const doc = runActors("Syrian President Bashar al-Assad spoke on Monday. The Assad regime bombed Aleppo.", [["Bashar al-Assad", "PERSON"]]);
    expect(mentionTexts(doc, byDictionaryId(doc, "gov:SY"))).toEqual(["Assad regime"]);
    expect(actorNamed(doc, "Assad regime")).toBeUndefined();
    // Another state's leader says nothing of whose the regime is.
    const other = runActors("Russian President Vladimir Putin spoke on Monday. The Assad regime bombed Aleppo.", [["Vladimir Putin", "PERSON"]]);
    expect(actorNamed(other, "Assad regime")?.data).toMatchObject({ kind: "government", country: null });
  });

  it("gives 'the army' the country the article is about", () => {
    const doc = runActors("Fighting spread across Mali this week. Malian villagers fled. The army said it had retaken Bamako's outskirts.");
    expect(byDictionaryId(doc, "mil:ML")).toBeDefined();
  });

  it("reads 'the government in Afghanistan' as Afghanistan's government", () => {
    const doc = runActors("The United States warned against destabilising the government in Afghanistan.");
    expect(mentionTexts(doc, byDictionaryId(doc, "gov:AF"))).toEqual(["government in Afghanistan"]);
  });

  it("gives 'the existing government' the country named last before it in the sentence", () => {
    const doc = runActors("The US side was told that good relations with Afghanistan are good and nothing should weaken the existing government.");
    expect(mentionTexts(doc, byDictionaryId(doc, "gov:AF"))).toEqual(["existing government"]);
  });

  it("reads bare 'police' as a country's police only as a subject", () => {
    expect(byDictionaryId(runActors("In Kenya, police said eleven people died."), "police:KE")).toBeDefined();
    expect(byDictionaryId(runActors("In Kenya, herders clashed with police."), "police:KE")).toBeDefined();
    expect(byDictionaryId(runActors("Kenya intensified police and security co-operation."), "police:KE")).toBeUndefined();
  });

  it("does not read a compound like 'army chief' or 'police station' as the institution", () => {
    const doc = runActors("The blast hit a police station near Kabul. The army chief resigned.");
    expect(byDictionaryId(doc, "police:AF")).toBeUndefined();
    expect(byDictionaryId(doc, "mil:AF")).toBeUndefined();
  });

  it("makes an unknown outlet named after 'news agency' media, with the modifier's country", () => {
    const doc = runActors("Officials told the Somali state news agency Sonna that the road was open.", [["Sonna", "ORG"]]);
    expect(actorNamed(doc, "Sonna")?.data).toMatchObject({ kind: "media", country: "SO" });
  });

  it("reads 'X News Agency' as the outlet X", () => {
    const doc = runActors("Sputnik News Agency reported the strike.");
    expect(mentionTexts(doc, byDictionaryId(doc, "media:sputnik"))).toEqual(["Sputnik News Agency"]);
    expect(actors(doc)).toHaveLength(1);
  });

  it("reads a news agency named after its description as media with its country", () => {
    const doc = runActors("Muttaqi told the Afghan state news agency Bakhtar after talks.", [["Bakhtar", "ORG"]]);
    expect(byDictionaryId(doc, "media:bakhtar")!.data).toMatchObject({ kind: "media", country: "AF" });
  });
});

describe("acronyms and unknown organisations", () => {
  it("links an acronym to its long form through the entity layer", () => {
    const text = "The National Resistance Front said the NRF would fight on.";
    const doc = runActors(text, [["National Resistance Front", "ORG"], ["NRF", "ORG", 0, "National Resistance Front"]]);
    const nrf = actorNamed(doc, "National Resistance Front")!;
    expect(nrf.data.kind).toBe("armed group");
    expect(mentionTexts(doc, nrf)).toEqual(["National Resistance Front", "NRF"]);
  });

  it("links an acronym defined in parentheses and its later bare uses", () => {
    const text = "The National Resistance Front (NRF) denied it. Later the NRF claimed a raid.";
    const doc = runActors(text, [["National Resistance Front", "ORG"]]);
    expect(mentionTexts(doc, actorNamed(doc, "National Resistance Front"))).toEqual(["National Resistance Front", "NRF", "NRF"]);
  });

  it("links an all-caps name to an earlier organisation with those initials", () => {
    const text = "The Kenya Broadcasting Corporation said eleven died. KBC later revised the toll.";
    const doc = runActors(text, [["Kenya Broadcasting Corporation", "ORG"], ["KBC", "ORG"]]);
    const kbc = actorNamed(doc, "Kenya Broadcasting Corporation")!;
    expect(kbc.data.kind).toBe("media");
    expect(mentionTexts(doc, kbc)).toEqual(["Kenya Broadcasting Corporation", "KBC"]);
    const tac = runActors("The Treatment Action Campaign marched. Tac said the clinic failed.", [["Treatment Action Campaign", "ORG"], ["Tac", "ORG"]]);
    expect(mentionTexts(tac, actorNamed(tac, "Treatment Action Campaign"))).toEqual(["Treatment Action Campaign", "Tac"]);
    const other = runActors("The Kenya Broadcasting Corporation said so. ABC disagreed.", [["Kenya Broadcasting Corporation", "ORG"], ["ABC", "ORG"]]);
    expect(mentionTexts(other, actorNamed(other, "Kenya Broadcasting Corporation"))).toEqual(["Kenya Broadcasting Corporation"]);
  });

  it("links an acronym written in another order, before its long name or after a long name the text cut off", () => {
    const text = "The FMLN attacked a post. Rebels of the Farabundo Marti National Liberation Front fled.";
    const doc = runActors(text, [["FMLN", "ORG"], ["Farabundo Marti National Liberation Front", "ORG"]]);
    expect(mentionTexts(doc, actorNamed(doc, "Farabundo Marti National Liberation Front"))).toEqual(expect.arrayContaining(["FMLN", "Farabundo Marti National Liberation Front"]));
    const cut = runActors("Troops of the Farabundo Marti National Liberation front struck. The FMLN denied it.", [["Farabundo Marti National Liberation", "ORG"], ["FMLN", "ORG"]]);
    expect(mentionTexts(cut, actorNamed(cut, "Farabundo Marti National Liberation"))).toEqual(["Farabundo Marti National Liberation", "FMLN"]);
    // Two letters apart, or another first letter: another body.
    const other = runActors("The Farabundo Marti National Liberation Front struck. The MFLX denied it. The LMFN agreed.", [["Farabundo Marti National Liberation Front", "ORG"], ["MFLX", "ORG"], ["LMFN", "ORG"]]);
    expect(mentionTexts(other, actorNamed(other, "Farabundo Marti National Liberation Front"))).toEqual(["Farabundo Marti National Liberation Front"]);
  });

  it("adds the initial of a word the name left out only when that word follows the name", () => {
    const futo = runActors("The Federal University of Technology, Owerri, graduated 900. FUTO said so.", [["Federal University of Technology", "ORG"], ["FUTO", "ORG"]]);
    expect(mentionTexts(futo, actorNamed(futo, "Federal University of Technology"))).toEqual(["Federal University of Technology", "FUTO"]);
    const post = runActors("The New York Post reports that NYPD officers came.", [["New York Post", "ORG"], ["NYPD", "ORG"]]);
    expect(mentionTexts(post, actorNamed(post, "New York Post"))).toEqual(["New York Post"]);
  });

  it("reads an acronym the dictionary gives to two bodies as the one named in full in the document", () => {
    const doc = runActors("Supporters of Pakistan Tehreek-e-Insaf marched in Lahore. PTI said two workers were hurt.");
    expect(mentionTexts(doc, byDictionaryId(doc, "party:pk-pti"))).toEqual(["Pakistan Tehreek-e-Insaf", "PTI"]);
    expect(byDictionaryId(doc, "media:pti")).toBeUndefined();
    const agency = runActors("Protesters marched in Lahore, PTI reported.");
    expect(byDictionaryId(agency, "media:pti")).toBeDefined();
  });

  it("does not link a parenthesis whose letters do not fit the name", () => {
    const text = "The National Resistance Front (Kabul) denied it.";
    const doc = runActors(text, [["National Resistance Front", "ORG"], ["Kabul", "GPE"]]);
    expect(mentionTexts(doc, actorNamed(doc, "National Resistance Front"))).toEqual(["National Resistance Front"]);
  });

  it("does not make actors of places typed as persons or organisations", () => {
    const doc = runActors("Forces advanced to Tabqa Dam and other parts of Anbar Province.", [["Tabqa Dam", "PERSON"], ["Anbar Province", "ORG"]]);
    // "Forces" alone are a state's forces of no country named (kept for the places to place); the places are no actors.
    expect(actors(doc).map((a) => a.data.name)).toEqual(["Military Forces"]);
  });

  it("does not make actors of agreements or conferences typed as organisations", () => {
    const doc = runActors("All parties must comply with the Cessation of Hostilities before the Brussels Conference.", [["Cessation of Hostilities", "ORG"], ["Brussels Conference", "ORG"]]);
    expect(actors(doc)).toHaveLength(0);
  });

  it("guesses an unknown organisation's kind from its name", () => {
    const doc = runActors("No women work in the Ministry of Women Affairs.", [["Ministry of Women Affairs", "ORG"]]);
    expect(actorNamed(doc, "Ministry of Women Affairs")?.data.kind).toBe("government");
  });

  it("reads a long name typed as a person but holding an organisation's word as an organisation, not a two-word one", () => {
    const doc = runActors("Rebels of the Farabundo Marti National Liberation attacked the post. Guards of the Popular Liberation Army fled. John Court spoke.", [["Farabundo Marti National Liberation", "PERSON"], ["Popular Liberation Army", "PERSON"], ["John Court", "PERSON"]]);
    expect(actorNamed(doc, "Farabundo Marti National Liberation")?.data.kind).toBe("armed group");
    expect(actorNamed(doc, "Popular Liberation Army")?.data.kind).toBe("military");
    expect(actorNamed(doc, "John Court")?.data.kind).toBe("person");
  });
});

describe("bad input", () => {
  it("returns no actors for an empty document", () => {
    expect(actors(runActors(""))).toEqual([]);
    expect(actors(runActors("   \n  "))).toEqual([]);
  });

  it("never crashes on fragments, stray punctuation or all-caps text", () => {
    for (const text of ["(", "( )", "'s", "-IS", "IS-", "Mr.", "Gen.", "a US", "the official", ", Zabihullah Mujahid", "Minister ,", "US US US IS IS", "THE TALIBAN SAID THE US MUST LEAVE"]) {
      expect(() => runActors(text)).not.toThrow();
    }
    expect(byDictionaryId(runActors("THE TALIBAN SAID THE US MUST LEAVE"), "country:US")).toBeUndefined();
    expect(byDictionaryId(runActors("THE TALIBAN SAID THE US MUST LEAVE"), "group:taliban")).toBeDefined();
  });

  it("raises MODEL_MISSING when the dictionary was not loaded", () => {
    const doc = { ...createDocument("text"), layers: { sentence: [], token: [], entity: [] } };
    expect(() => actorsStage.run(doc, { resources: {} })).toThrow(SitrepError);
  });
});
