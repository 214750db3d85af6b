/** The words of the clause that name an event's doer and undergoer when no canonical actor does (EventData.actorPhrase / targetPhrase). */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const phrases = (text: string, actors: HandActor[] = []) => {
  const events = extractEventsByHand(text, { actors });
  return events.map((e) => ({ trigger: e.data.trigger.text, actor: e.data.actorPhrase?.text ?? null, target: e.data.targetPhrase?.text ?? null }));
};

describe("role phrases of the trigger's clause", () => {
  it("takes a passive's subject as the undergoer and its by-phrase as the doer", () => {
    expect(phrases("In May, a journalist was shot dead by unknown men in Karachi.")[0]).toMatchObject({ actor: "unknown men", target: "a journalist" });
  });

  it("gives a noun event the subject of a verb of taking part whose 'in' phrase it heads", () => {
    expect(phrases("Local men participated in an attack on the police barracks.")[0]).toMatchObject({ actor: "Local men", target: "the police barracks" });
    expect(phrases("Two brothers took part in the raid on the bank.")[0]).toMatchObject({ actor: "Two brothers" });
    expect(phrases("Political parties engage in kidnapping of rivals.")[0]).toMatchObject({ actor: "Political parties" });
  });

  it("aims a noun event passed on or received at the one who gets it ('gave the rebels an ultimatum', 'was sent a warning')", () => {
    expect(phrases("The army gave the rebels an ultimatum.")[0]).toMatchObject({ actor: "The army", target: "the rebels" });
    expect(phrases("The mayor was sent a warning by the cartel.")[0]).toMatchObject({ actor: "the cartel", target: "The mayor" });
    expect(phrases("The control rooms received a warning from the office.")[0]).toMatchObject({ target: "The control rooms" });
  });

  it("reads no first object into a noun phrase without its own determiner ('issued a 72 hour Australia wide travel ban')", () => {
    expect(phrases("The minister issued a 72 hour Australia wide travel ban on horses.")[0]?.target).not.toBe("a 72 hour Australia");
  });

  it("reads a participle after a preposition's 'those' or plural noun as a reduced passive, whatever the tagger made of them", () => {
    expect(phrases("The resolution seeks the release of those imprisoned for their writing.").find((e) => e.trigger === "imprisoned")).toMatchObject({ actor: null, target: "those" });
    expect(phrases("The UN condemned the killing of journalists abducted in Syria.").find((e) => e.trigger === "abducted")).toMatchObject({ actor: null, target: "journalists" });
  });

  it("names no doer when the taking part is denied", () => {
    expect(phrases("Local men did not participate in the attack on the barracks.")[0]?.actor).toBeNull();
    expect(phrases("Two brothers never took part in the raid on the bank.")[0]?.actor).toBeNull();
  });

  it("takes a verb's subject and object, through auxiliaries and 'tried to'", () => {
    expect(phrases("The men had tried to kidnap a young farmer near the border.")[0]).toMatchObject({ actor: "The men", target: "a young farmer" });
  });

  it("gives a relative clause's verb the noun the relative pronoun stands for", () => {
    expect(phrases("Witnesses saw a bomber who detonated his vest at the gate.").find((e) => e.trigger.includes("detonated"))).toMatchObject({ actor: "a bomber" });
  });

  it("skips a bare time between the subject and its verb ('Mr Justice Saunders today imprisoned')", () => {
    expect(phrases("The judge today imprisoned a man for eight years.")[0]).toMatchObject({ actor: "The judge", target: "a man" });
  });

  it("reads a pronoun object, and not a possessive, as the undergoer", () => {
    expect(phrases("Officers arrested her on Monday.")[0]).toMatchObject({ target: "her" });
    expect(phrases("Gunmen kidnapped her husband on Monday.")[0]).toMatchObject({ target: "her husband" });
  });

  it("takes an event noun's undergoer after 'on' or 'of'", () => {
    expect(phrases("The attack on a bakery shocked the town.")[0]).toMatchObject({ target: "a bakery" });
  });

  it("takes the undergoer after the compound an event's word begins ('rocket attacks on the capital')", () => {
    expect(phrases("The rocket attacks on the capital must stop.")[0]).toMatchObject({ trigger: "rocket attacks", target: "the capital" });
    expect(phrases("A grenade attack on a police post wounded two officers.")[0]).toMatchObject({ trigger: "grenade attack", target: "a police post" });
  });

  it("beside a canonical actor, keeps the phrase only as that actor's words in the clause", () => {
    const actors: HandActor[] = [{ id: "syr", name: "Syrians", kind: "group", mentions: ["Syrian"] }];
    expect(phrases("More than two dozen Syrian pro-regime fighters were killed near Palmyra.", actors)[0]).toMatchObject({ target: "two dozen Syrian pro-regime fighters" });
    const police: HandActor[] = [{ id: "pol", name: "Police Forces of Afghanistan", kind: "police", mentions: ["police"] }];
    expect(phrases("The police arrested two smugglers in Kabul.", police)[0]).toMatchObject({ actor: "The police", target: "two smugglers" });
  });
});

describe("role phrases by the verb's kind", () => {
  it("takes the victims at a casualty word as the undergoer", () => {
    expect(phrases("A bomb exploded in a market in Kabul, killing 13 shoppers.")[0]).toMatchObject({ target: "13 shoppers" });
  });

  it("follows a post-modifier back to the subject's head ('the former mayor of Caracas')", () => {
    expect(phrases("The former mayor of Caracas was arrested on Monday.")[0]).toMatchObject({ target: "The former mayor" });
  });

  it("gives a participle with no auxiliary the sentence's subject", () => {
    const e = phrases("The men smashed into the shack on Monday, beating the farmer.").find((x) => x.trigger === "beating");
    expect(e).toMatchObject({ actor: "The men", target: "the farmer" });
  });

  it("does not take a weapon for the target: 'fired rockets at the base' is aimed at the base", () => {
    const e = phrases("Militants fired rockets at the army base in Kandahar on Monday.")[0];
    expect(e?.target).not.toBe("rockets");
    expect(e).toMatchObject({ target: "the army base" });
  });

  it("reads a captive noun after the object of a verb of taking as the taking's ('took its 25 crew members hostage in Aden')", () => {
    expect(phrases("The rebels took its 25 crew members hostage in Aden.")[0]).toMatchObject({ trigger: "hostage", actor: "The rebels", target: "its 25 crew members" });
    expect(phrases("Twelve tourists were taken hostage in the Sinai.")[0]).toMatchObject({ trigger: "hostage", target: "Twelve tourists" });
  });

  it("gives a weapon in the 'with' phrase of a verb of aiming that verb's subject and object ('targeted a ship with a missile')", () => {
    expect(phrases("The rebels targeted a commercial ship with a ballistic missile on Tuesday.")[0]).toMatchObject({ trigger: "missile", actor: "The rebels", target: "a commercial ship" });
    // A passive's subject is no user of the weapon.
    expect(phrases("The ship was hit with a missile on Tuesday.")[0]?.actor ?? null).toBeNull();
  });
});

describe("place phrases: the site the clause puts the event at", () => {
  const placePhrase = (text: string, places: { id: string; text: string; kind: "city" | "admin1" | "country" }[] = []) =>
    extractEventsByHand(text, { places }).map((e) => e.data.placePhrase?.text ?? null);

  it("heads a town's name with the site noun before 'of' ('the northern port city of X')", () => {
    expect(placePhrase("A car bomb exploded in the northern port city of Mersin on Friday.", [{ id: "p1", text: "Mersin", kind: "city" }])).toContain("the northern port city of Mersin");
  });

  it("heads the phrase with the site the named place locates ('the village near X', 'a street in the city of X')", () => {
    expect(placePhrase("A suicide bomber attacked a patrol in the village near Bagram on Monday.", [{ id: "p1", text: "Bagram", kind: "city" }])).toContain("the village near Bagram");
    expect(placePhrase("A device exploded on a busy pedestrian street in the city of Lyon, wounding 13 people.", [{ id: "p1", text: "Lyon", kind: "city" }])).toContain("a busy pedestrian street in the city of Lyon");
  });

  it("takes a common-noun site when the clause names no place", () => {
    expect(placePhrase("Two farmers were shot dead in a remote village on Tuesday.")).toContain("a remote village");
    expect(placePhrase("Masked men set fire to a bus on a crowded street.")).toContain("a crowded street");
  });

  it("reads no site in a time adjunct ('on the day the hospital was hit'), only in a locative phrase", () => {
    expect(placePhrase("Gunmen attacked a convoy on the day the hospital was hit.").filter((p) => p !== null)).toEqual([]);
    expect(placePhrase("Gunmen attacked a convoy on the road to the hospital.")).toContain("the road");
  });

  it("takes the site after 'of' of a noun whose object is ground ('the bombing of the city'), not of any noun", () => {
    expect(placePhrase("The bombing of the city caused widespread chaos.")).toContain("the city");
    expect(placePhrase("The shelling of the town killed four people.")).toContain("the town");
    expect(placePhrase("The murder of the mayor of the city shocked residents.")).toEqual([null]);
  });

  it("takes a site noun that modifies the noun of an event on the ground ('the mosque bombing', 'house arrest'), not of a sentence", () => {
    expect(placePhrase("The mosque bombing killed 12 worshippers on Friday.")).toContain("mosque");
    expect(placePhrase("The government allowed the critic to exchange his jail cell for house arrest.")).toContain("house");
    expect(placePhrase("The court handed the activists long prison sentences.").filter((p) => p !== null)).toEqual([]);
  });

  it("takes the site a locative relative clause qualifies ('the prison where ... executed'), when its own clause names none", () => {
    expect(placePhrase("The boy toured the prison where the regime tortured and executed thousands of prisoners.")).toContain("the prison");
    expect(placePhrase("He was taken to a hospital, where he died of his wounds.")).toContain("a hospital");
    // The relative clause's own site is nearer: it stays.
    expect(placePhrase("They reached the town where gunmen shot two men in a market.")).toContain("a market");
    // An event that is what another word is of ("accused of embezzlement") is not told as happening there.
    expect(placePhrase("He never occupied any public office where he was accused of embezzlement.").filter((p) => p !== null)).toEqual([]);
    // "when", not "where": no place.
    expect(placePhrase("He recalled the year when the regime executed thousands of prisoners.")).not.toContain("the year");
  });

  it("takes no site that is not a place ('in a statement', 'in the morning')", () => {
    expect(placePhrase("Gunmen killed three guards in the morning, the army said in a statement.")).toEqual([null]);
  });
});

describe("doers that are not parties", () => {
  it("takes no weapon as the doer ('killed by a roadside device', 'the device detonated')", () => {
    expect(phrases("A police commander was killed by a roadside device outside the city.")[0]).toMatchObject({ actor: null, target: "A police commander" });
  });
});

describe("role phrases past participles and trigger-held objects", () => {
  it("reads a reduced passive: the noun before the participle undergoes it, the by-phrase does it", () => {
    expect(phrases("A man killed by gunmen in Kandahar on Monday was a local official.")[0]).toMatchObject({ actor: "gunmen", target: "A man" });
    // The participle hangs on the noun right before it, not on the noun an "of" phrase hangs on.
    expect(phrases("The judge in charge of the case of the priests murdered by soldiers resigned.")[0]).toMatchObject({ actor: "soldiers", target: "the priests" });
  });

  it("takes the noun an 'on' phrase post-modifies as the subject ('Gunmen on motorcycles killed'), not an event word's ('fire on')", () => {
    expect(phrases("Gunmen on motorcycles killed 23 villagers near the town.")[0]).toMatchObject({ actor: "Gunmen", target: "23 villagers" });
    expect(phrases("Police opened fire on protesters killing three.")[0]).toMatchObject({ actor: "Police", target: "protesters" });
  });

  it("takes the noun a participle phrase post-modifies as the subject ('gunmen riding motorcycles opened fire')", () => {
    expect(phrases("Gunmen riding motorcycles opened fire on a police checkpoint.")[0]).toMatchObject({ actor: "Gunmen", target: "a police checkpoint" });
    expect(phrases("Militants armed with knives attacked a bus on Monday.")[0]).toMatchObject({ actor: "Militants", target: "a bus" });
  });

  it("gives a trigger that holds its own object noun ('opened fire') the target after its preposition", () => {
    const e = phrases("Soldiers opened fire on the crowd near the square.")[0];
    expect(e?.target).not.toBe("fire");
    expect(e).toMatchObject({ target: "the crowd" });
    // A trigger holding its undergoer keeps it: "arrested two smugglers".
    expect(phrases("The police arrested two smugglers in Kabul.")[0]).toMatchObject({ target: "two smugglers" });
  });
});

describe("the clause's undergoer and the word-order target", () => {
  it("drops a name nearest the trigger that the clause's undergoer does not hold", () => {
    const actors: HandActor[] = [{ id: "jit", name: "Joint Investigation Team", mentions: ["Joint Investigation Team"] }];
    const [e] = extractEventsByHand("The Joint Investigation Team concluded the aircraft was destroyed by a missile.", { actors });
    expect(e?.data.targetPhrase?.text).toBe("the aircraft");
    expect(e?.data.target).toBeNull();
  });

  it("keeps a canonical target the undergoer holds", () => {
    const actors: HandActor[] = [{ id: "civ", name: "Civilians", kind: "group", mentions: ["civilians"] }];
    const [e] = extractEventsByHand("Gunmen attacked three civilians in the market.", { actors });
    expect(e?.data.target).toBe("civ");
  });
});

describe("subjects across asides and appositions, and gerunds' subjects", () => {
  it("skips an aside between the subject and its verb ('A group, including ..., has demolished')", () => {
    expect(phrases("A neo-Nazi group, including former Latvian SS veterans, has demolished a monument to fallen Soviet troops.")[0]).toMatchObject({ actor: "A neo-Nazi group", target: "a monument" });
  });

  it("takes an apposition set off by commas right before the verb as the subject", () => {
    expect(phrases("McCarthy, a senator from Wisconsin, threatened a young man on TV.")[0]).toMatchObject({ actor: "a senator" });
    // Commas around an adverbial are no apposition: the subject is after them.
    expect(phrases("In Kabul, on Monday, police arrested two men.")[0]).toMatchObject({ actor: "police", target: "two men" });
  });

  it("gives a gerund after a preposition or subordinator the sentence's subject", () => {
    expect(phrases("Bryant is suspected of vandalizing signs at the property.")[0]).toMatchObject({ actor: "Bryant", target: "signs" });
    expect(phrases("The men put bags over her head while demanding repayment.").find((e) => e.trigger === "demanding")).toMatchObject({ actor: "The men" });
  });

  it("reads a participle after an adverb, and a possessive determiner inside the object", () => {
    expect(phrases("Putin enforces draconian controls, literally killing his enemies.")[0]).toMatchObject({ actor: "Putin", target: "his enemies" });
  });

  it("finds a noun event's 'by' doer after its undergoer ('the massacre of ... by ...')", () => {
    expect(phrases("Historians recall the massacre of 1.5 million people by Ottoman Turks.")[0]).toMatchObject({ actor: "Ottoman Turks", target: "1.5 million people" });
  });
});

describe("passives through adverbs", () => {
  it("reads 'were also ransacked' as a passive: the named group before it undergoes, nobody named does", () => {
    const actors: HandActor[] = [{ id: "chr", name: "Christians", kind: "group", mentions: ["Christian"] }];
    const [e] = extractEventsByHand("Seven Christian homes were also ransacked in the incident.", { actors });
    expect(e?.data.actor).toBeNull();
    expect(e?.data.target).toBe("chr");
  });

  it("names the doer of a noun event whose 'by' follows the undergoer", () => {
    const actors: HandActor[] = [{ id: "tal", name: "Taliban", kind: "armed group", mentions: ["Taliban"] }, { id: "army", name: "Military Forces of Afghanistan", kind: "military", mentions: ["army base"] }];
    const [e] = extractEventsByHand("The attack on the army base by Taliban fighters lasted hours.", { actors });
    expect(e?.data.actor).toBe("tal");
    expect(e?.data.target).toBe("army");
  });
});

describe("undergoers with no doer: unaccusative verbs and participles after a preposition", () => {
  it("makes a named subject of 'died' the undergoer, not the doer", () => {
    const actors: HandActor[] = [{ id: "gl", name: "Vyacheslav Gladkikh", kind: "person", mentions: ["Vyacheslav Gladkikh"] }];
    const [e] = extractEventsByHand("A roadside bomb exploded under a convoy near Deir ez-Zor on Monday. Major General Vyacheslav Gladkikh died in the blast.", { actors });
    const died = e!.data.mentions!.find((m) => m.trigger.text === "died");
    expect(died).toMatchObject({ actor: null, target: "gl" });
  });

  it("reads a participle after a partitive preposition's noun as passive ('of the members killed', 'Of the 130 injured')", () => {
    expect(phrases("All six of the members killed were of American nationality.")[0]).toMatchObject({ actor: null, target: "the members" });
    expect(phrases("Of the 130 injured, 77 were women or children.")[0]).toMatchObject({ actor: null, target: "the 130" });
  });

  it("keeps an active verb active after a locative or with an object ('protesters in Iran ransacked and firebombed the embassy')", () => {
    const protesters: HandActor[] = [{ id: "pro", name: "Protesters (Iran)", kind: "group", mentions: ["Protesters"] }];
    expect(extractEventsByHand("Protesters in Iran ransacked and firebombed the Saudi embassy.", { actors: protesters })[0]!.data).toMatchObject({ actor: "pro", target: null });
    expect(phrases("A group of men who called themselves members of the front kidnapped a peasant near the village.").find((e) => e.trigger.startsWith("kidnapped"))).toMatchObject({ target: "a peasant" });
  });

  it("gives a participle the subject of the nearest finite verb before it", () => {
    expect(phrases("Police said gunmen opened fire on a bus, killing five passengers.")[0]).toMatchObject({ actor: "gunmen" });
  });

  it("reads past an age set off by commas to the subject ('Tamerlan, 26, died')", () => {
    expect(phrases("A local farmer, 45, was shot dead by unknown men.")[0]).toMatchObject({ target: "A local farmer", actor: "unknown men" });
  });
});

describe("times are no participants", () => {
  it("skips a time after a preposition to the subject, and takes no time as the undergoer", () => {
    expect(phrases("The opposition on Thursday called for three days of protests.").find((e) => e.trigger.startsWith("called"))).toMatchObject({ actor: "The opposition" });
    expect(phrases("Witnesses described the bombing on Monday in detail.")[0]).toMatchObject({ target: null });
  });
});

describe("lists of participants", () => {
  const listOf = (text: string) => {
    const e = extractEventsByHand(text)[0]!;
    const p = e.data.targetPhrase;
    return p ? [p, ...(p.conjuncts ?? [])].map((c) => c.text).sort() : [];
  };

  it("gives every item of the undergoer's list ('the maiming of men, women and children')", () => {
    expect(listOf("They deplored the maiming of men, women and children.")).toEqual(["children", "men", "women"]);
    expect(listOf("Gunmen killed two soldiers and a policeman in Kabul.")).toEqual(["a policeman", "two soldiers"]);
  });

  it("reads a list before a casualty participle ('eight women, a girl and four men injured') as its undergoers", () => {
    const [e] = extractEventsByHand("A bomb exploded in the market. There were eight women, a 10-year-old girl and four men injured.");
    const injured = e!.data.mentions!.find((m) => m.trigger.text === "injured")!;
    expect(injured.actorPhrase).toBeUndefined();
    expect([injured.targetPhrase!.text, ...injured.targetPhrase!.conjuncts!.map((c) => c.text)].sort()).toEqual(["a 10-year-old girl", "eight women", "four men"]);
  });

  it("reads no list across a new clause, a comma alone or a preposition ('... and the government supplied ...')", () => {
    expect(listOf("Rebels are battling the army and the government supplied them with missiles.")).toEqual(["the army"]);
    expect(listOf("Gunmen killed two soldiers, officials in Kabul said.")).toEqual(["two soldiers"]);
  });

  it("reads a bound's 'than' before the first item's number as no preposition ('more than 100 physicians, ... and scientists')", () => {
    const [e] = extractEventsByHand("More than 100 physicians, bioethicists and scientists posted a letter urging the health agency to act.");
    const p = e!.data.actorPhrase!;
    expect([p.text, ...(p.conjuncts ?? []).map((c) => c.text)].sort()).toEqual(["100 physicians", "bioethicists", "scientists"]);
    // A place after "in" before the comma is still no item.
    expect(listOf("In Northern Ireland, four workers and two soldiers were killed.")).not.toContain("Northern Ireland");
  });

  it("reads no item inside a preposition before a comma and its 'and' ('even after a court ruling, and the rebels ...')", () => {
    const [e] = extractEventsByHand("The talks stalled, even after a court ruling, and the rebels continued their attacks on the town.");
    expect(e!.data.actorPhrase).toMatchObject({ text: "the rebels" });
    expect(e!.data.actorPhrase!.conjuncts ?? []).toEqual([]);
  });

  it("ends a phrase before a time ('a judge last week')", () => {
    expect(listOf("Gunmen murdered a judge last week in the capital.")).toEqual(["a judge"]);
  });
});

describe("doers of noun events and of governed gerunds", () => {
  it("gives a noun event the subject of the support verb it is the object of", () => {
    expect(phrases("Rebel fighters launched a series of attacks on the army base.").find((e) => e.trigger.includes("attacks"))).toMatchObject({ actor: "Rebel fighters" });
    expect(phrases("All three countries are waging brutal assaults on Sunni groups.")[0]).toMatchObject({ actor: "All three countries", target: "Sunni groups" });
    expect(phrases("Government aircraft have carried out airstrikes on two hospitals.")[0]).toMatchObject({ actor: "Government aircraft" });
    expect(phrases("The rebels continued their attacks on the town.")[0]).toMatchObject({ actor: "The rebels", target: "the town" });
    expect(phrases("Disgruntled officers started a coup in the capital.")[0]).toMatchObject({ actor: "Disgruntled officers" });
  });

  it("gives a noun event the subject of a relative clause whose support verb takes it as object", () => {
    expect(phrases("The attack which the group staged in May was the worst.")[0]).toMatchObject({ actor: "the group" });
    expect(phrases("The attacks the rebels carried out last week killed ten.")[0]).toMatchObject({ actor: "the rebels", target: "ten" });
    // The relative clause's verb has an object of its own: the noun before it is no object of it.
    expect(phrases("After the attack the rebels launched a second wave.")[0]?.actor).not.toBe("the rebels");
  });

  it("gives every event noun of the support verb's list its subject", () => {
    const events = phrases("The group carried out bombings, kidnappings and assassinations.");
    expect(events.map((e) => e.actor)).toEqual(["The group", "The group", "The group"]);
    expect(phrases("Rebels engaged in looting and extortion in the town.").find((e) => e.trigger === "extortion")).toMatchObject({ actor: "Rebels" });
    // A list whose items before are no events is no list of deeds: "carry out reconnaissance and drop bombs".
    expect(phrases("ISIL has used drones to carry out reconnaissance and drop bombs in Mosul.").find((e) => e.trigger === "bombs")?.actor ?? null).toBeNull();
  });

  it("takes a noun naming what an act of violence was aimed at, modifying it, as its undergoer", () => {
    expect(phrases("They were civilian massacres.")[0]).toMatchObject({ target: "civilian" });
    expect(phrases("A week after the Godhra train massacre, tensions remain.")[0]).toMatchObject({ target: "train" });
    // Not a name, which does the act ("Taliban attacks"), nor a protest's modifier.
    expect(phrases("Student protests spread to the capital.")[0]?.target ?? null).toBeNull();
  });

  it("gives no doer to a noun event whose verb is no support verb", () => {
    // Condemning an attack does not make the condemner its doer.
    expect(phrases("The villagers condemned the attacks on the army base.").find((e) => e.trigger.includes("attacks"))?.actor ?? null).toBeNull();
    // A passive support verb's doer is its "by" phrase, not its subject.
    expect(phrases("Airstrikes were carried out on the town overnight.")[0]?.actor ?? null).toBeNull();
  });

  it("gives a gerund the subject of the verb that governs it ('planes began bombarding')", () => {
    expect(phrases("Government planes began bombarding the city in September.")[0]).toMatchObject({ actor: "Government planes", target: "the city" });
  });
});

describe("the clause's doer against a name nearest the trigger", () => {
  it("drops a name of the sentence that the clause's doer phrase does not hold", () => {
    const actors: HandActor[] = [{ id: "ven", name: "Venezuela", kind: "country", mentions: ["Venezuela"] }];
    const e = extractEventsByHand("Pro-government supporters holding Venezuela's flag march in Caracas.", { actors })[0]!;
    expect(e.data.actor).toBeNull();
    expect(e.data.actorPhrase?.text).toMatch(/supporters$/);
  });

  it("keeps a name the doer phrase holds, in any item of its list or right before it in quotes", () => {
    const actors: HandActor[] = [{ id: "tal", name: "Taliban", kind: "armed group", mentions: ["Taliban"] }];
    expect(extractEventsByHand("Taliban gunmen and suicide bombers attacked the camp on Friday.", { actors })[0]!.data.actor).toBe("tal");
    expect(extractEventsByHand("Suicide bombers and Taliban gunmen attacked the camp on Friday.", { actors })[0]!.data.actor).toBe("tal");
    const is: HandActor[] = [{ id: "is", name: "Islamic State", kind: "armed group", mentions: ["Islamic State"] }];
    expect(extractEventsByHand('The "Islamic State" militant group launched a series of attacks across the city.', { actors: is }).find((e) => e.data.trigger.text.includes("attacks"))!.data.actor).toBe("is");
  });
});

describe("counted undergoers", () => {
  it("starts the undergoer at the number after a bound ('killing at least 25 people')", () => {
    const e = phrases("Gunmen opened fire on a bus, killing at least 25 people and injuring more than 260 others.");
    const tellings = extractEventsByHand("Gunmen opened fire on a bus, killing at least 25 people and injuring more than 260 others.")[0]!.data.mentions!;
    expect(e[0]).toMatchObject({ actor: "Gunmen", target: "a bus" });
    expect(tellings.find((m) => m.trigger.text === "killing")?.targetPhrase?.text).toBe("25 people");
    expect(tellings.find((m) => m.trigger.text === "injuring")?.targetPhrase?.text).toBe("260 others");
  });

  it("reads 'more' after a number as the people counted ('injuring some 130 more')", () => {
    const tellings = extractEventsByHand("Twin bombs exploded near the finish line, killing three people and injuring some 130 more.")[0]!.data.mentions!;
    expect(tellings.find((m) => m.trigger.text === "injuring")?.targetPhrase?.text).toBe("130 more");
  });
});

describe("verbs joined by 'and'", () => {
  it("gives a later verb the subject of the verb it is joined to", () => {
    // The looting is the raid's (absorb-looting-into-attacks.ts): its telling keeps its own phrases. (It stood apart only
    // while "stormed" was read as the hazard "storm", which made the looting a natural disaster.)
    const raid = extractEventsByHand("Taliban fighters stormed the police station and looted it on Monday.")[0]!.data.mentions!;
    expect(raid.find((m) => m.trigger.text === "looted")).toMatchObject({ actorPhrase: { text: "Taliban fighters" }, targetPhrase: { text: "it" } });
    const tellings = extractEventsByHand("Gunmen killed two soldiers and wounded five civilians in Kabul.")[0]!.data.mentions!;
    expect(tellings.find((m) => m.trigger.text === "wounded")).toMatchObject({ actorPhrase: { text: "Gunmen" }, targetPhrase: { text: "five civilians" } });
  });

  it("gives an earlier verb with no object the object of the verb joined after it", () => {
    expect(phrases("Protesters in Iran ransacked and firebombed the Saudi embassy.").find((e) => e.trigger === "ransacked")).toMatchObject({ actor: "Protesters", target: "the Saudi embassy" });
    expect(phrases("The men put bags over her head, beating and kicking them.").find((e) => e.trigger === "beating")).toMatchObject({ actor: "The men", target: "them" });
  });

  it("keeps a passive's voice along a list of verbs ('were deported, massacred, and marched')", () => {
    const e = phrases("Thousands of people were deported, massacred, and marched to their deaths.").find((x) => x.trigger === "massacred");
    // The amount keeps its phrase; what it counts ("people") heads it.
    expect(e).toMatchObject({ actor: null, target: "Thousands of people" });
  });

  it("does not join a verb to one across a clause ('after police arrived, gunmen fled and ...')", () => {
    // "and" joins nouns here: the soldiers are no verb's object.
    expect(phrases("Police and soldiers killed three militants.")[0]).toMatchObject({ target: "three militants" });
  });
});

describe("undergoers a participle describes", () => {
  it("takes the noun phrase a participle sits in as its undergoer ('the slain military officials')", () => {
    expect(phrases("The slain military officials included four generals.").find((e) => e.trigger === "slain")).toMatchObject({ actor: null, target: "The slain military officials" });
  });

  it("does not take a site so described as the undergoer ('a mined road')", () => {
    const e = phrases("A patrol walked onto a mined road near the village.").find((x) => x.trigger === "mined");
    expect(e?.target ?? null).not.toBe("a mined road");
  });

  it("takes the phrase a massacre 'left dead' as its undergoer", () => {
    const tellings = extractEventsByHand("The group claimed responsibility for that massacre, which left 89 people dead.")[0]!.data.mentions ?? [];
    expect(tellings.some((m) => m.targetPhrase?.text === "89 people")).toBe(true);
  });
});

describe("the doer handed on by a support verb's participle", () => {
  it("takes the by-phrase after 'carried out' as a noun event's doer ('the attack carried out by the rebels')", () => {
    expect(phrases("The government condemned the attack carried out on Monday by the rebels.").find((e) => e.trigger === "attack")).toMatchObject({ actor: "the rebels" });
  });

  it("takes no by-phrase after another verb ('the attack reported by the agency')", () => {
    expect(phrases("The government condemned the attack reported by the agency.").find((e) => e.trigger === "attack")?.actor ?? null).toBeNull();
  });
});

describe("the clause's doer and a bracketed name", () => {
  it("keeps a doer named in brackets right after the doer phrase ('by the FMLN [Farabundo Marti ...]')", () => {
    const actors: HandActor[] = [{ id: "fm", name: "Farabundo Marti National Liberation Front", kind: "armed group", mentions: ["Farabundo Marti National Liberation Front"] }];
    const e = extractEventsByHand("Troops repelled a treacherous attack by the FMLN [Farabundo Marti National Liberation Front] terrorists on Sunday.", { actors }).find((x) => x.data.trigger.text === "attack");
    expect(e?.data.actor).toBe("fm");
  });
});

describe("quotation marks and bracketed names in the clause", () => {
  it("reads roles through quotation marks around the verb", () => {
    expect(phrases('Witnesses said the men had "viciously attacked" him at the market.').find((e) => e.trigger === "attacked")).toMatchObject({ actor: "the men", target: "him" });
  });

  it("gives a relative clause's verb the name before a bracketed expansion ('the ELN [Army of National Liberation], which kidnapped')", () => {
    expect(phrases("The stunt was staged by the ELN [Army of National Liberation], which kidnapped several consuls.").find((e) => e.trigger === "kidnapped")).toMatchObject({ actor: "the ELN", target: "several consuls" });
  });
});

describe("the sides of a noun event's 'between'", () => {
  it("takes the first side as the doer and the second as the undergoer, each alone", () => {
    const e = phrases("A man was killed in a battle between troops and terrorists in the market area.").find((x) => x.trigger === "battle");
    expect(e).toMatchObject({ actor: "troops", target: "terrorists" });
    const data = extractEventsByHand("A man was killed in a battle between troops and terrorists in the market area.").find((x) => x.data.trigger.text === "battle")!.data;
    expect(data.actorPhrase?.conjuncts ?? []).toEqual([]);
  });
});

describe("a by-phrase that names a doer by its organisation", () => {
  const sp: HandActor[] = [{ id: "sp", name: "Shining Path", kind: "armed group", mentions: ["Shining Path"] }];
  it("takes the organisation after 'of' in a description of people ('by commando groups of the Shining Path')", () => {
    const e = extractEventsByHand("She is the second mayor killed this week by alleged commando groups of the Maoist Shining Path.", { actors: sp })[0]!;
    expect(e.data.actor).toBe("sp");
  });
  it("does not take a name after 'by the door of' as the doer", () => {
    const bank: HandActor[] = [{ id: "bk", name: "Banco Popular", kind: "organisation", mentions: ["Banco Popular"] }];
    const e = extractEventsByHand("A man was killed by the door of a Banco Popular branch on Monday.", { actors: bank })[0]!;
    expect(e.data.actor).not.toBe("bk");
  });
});

describe("noun phrases a tagger ends with an adjective", () => {
  it("reads a title or a nominalised adjective as the phrase's head ('a major general', 'the wounded')", () => {
    expect(phrases("A major general was killed in the village on Monday.")[0]).toMatchObject({ target: "A major general" });
    expect(phrases("Gunmen killed a major general in the village on Monday.")[0]).toMatchObject({ target: "a major general" });
  });

  it("does not take an adjective that a noun follows for a head", () => {
    expect(phrases("Gunmen killed a young farmer near the border.")[0]).toMatchObject({ target: "a young farmer" });
  });
});

describe("an apposition inside the subject's post-modifier", () => {
  it("describes the post-modifier's noun: the subject is the phrase before 'of'", () => {
    expect(phrases("A local commander of the National Defense Forces, a pro-government militia, was killed on Monday.")[0]).toMatchObject({ target: "A local commander" });
  });

  it("still names the subject when it follows the subject itself", () => {
    expect(phrases("Smith, a senator from Wisconsin, was arrested on Monday.")[0]).toMatchObject({ target: "a senator" });
  });
});

describe("the victims of each toll", () => {
  it("keeps the dead and the injured apart ('killed 13 people and wounded 71')", () => {
    const e = extractEventsByHand("A bomb exploded at a cafe in the city, which killed 13 people and wounded 71.")[0]!;
    expect(e.data.victims?.dead?.text).toBe("13 people");
    expect(e.data.victims?.injured?.text).toBe("71");
  });

  it("gives a toll of one kind only its own victims", () => {
    const e = extractEventsByHand("Gunmen attacked a village on Monday, killing six civilians.")[0]!;
    expect(e.data.victims?.dead?.text).toBe("six civilians");
    expect(e.data.victims?.injured).toBeUndefined();
  });
});

describe("words that name no participant", () => {
  it("does not take 'it' alone for a doer", () => {
    expect(phrases("It exploded near a checkpoint on Monday, killing three people.").every((e) => e.actor === null)).toBe(true);
  });

  it("does not take a day of a month for a participant ('the blast on August 6')", () => {
    expect(phrases("Many who survived the blast on August 6 were hurt.").find((e) => e.trigger === "blast")?.target ?? null).not.toBe("August 6");
  });

  it("reads a support verb's subject through a possessive determiner ('launched its attack')", () => {
    expect(phrases("The group launched its attack on the base on Friday.")[0]).toMatchObject({ actor: "The group", target: "the base" });
  });
});

describe("a subject post-modified by two prepositions", () => {
  it("follows 'from around the world' back to the noun it hangs on", () => {
    expect(phrases("Volunteers from across the country attacked the camp on Monday.")[0]).toMatchObject({ actor: "Volunteers", target: "the camp" });
  });
});

describe("role phrases of participles and coordinated verbs", () => {
  it("gives a participle right after a noun phrase that phrase as its doer", () => {
    expect(phrases("Angry students protesting against the fees blocked roads.").find((e) => e.trigger === "protesting")).toMatchObject({ actor: "Angry students" });
  });

  it("keeps a consequence's doer the clause's subject when the participle counts its victims", () => {
    expect(phrases("Gunmen opened fire in the market killing 12 people.")[0]).toMatchObject({ actor: "Gunmen" });
  });

  it("gives a gerund after a verb that verb's subject", () => {
    expect(phrases("Aleppo is key to Russia, which will not stop bombing it.").find((e) => e.trigger === "bombing")).toMatchObject({ actor: "Russia" });
  });

  it("gives a verb joined by 'and' the subject of the first, over a long object", () => {
    expect(phrases("In August, an Islamic body declared an independent state in parts of Dagestan and Chechnya, and called on Muslims to take up arms.").find((e) => e.trigger.startsWith("called"))).toMatchObject({ actor: "an Islamic body" });
  });
});

describe("a name after 'at'", () => {
  it("reads a name after an event noun's 'at' as where it happened, and people after it as its undergoer", () => {
    expect(phrases("The two worst explosions at Oxford Street shook the city.")[0]).toMatchObject({ target: null });
    expect(phrases("The shooting at protesters shocked the city.")[0]).toMatchObject({ target: "protesters" });
  });
});

describe("a message passed on to its recipient, and a count broken down", () => {
  it("reads the 'to' phrase of a passive verb of passing on as a noun event's undergoer", () => {
    expect(phrases("Telephoned warnings were given to the Samaritans before each explosion.").find((e) => e.trigger === "warnings")).toMatchObject({ target: "the Samaritans" });
    expect(phrases("A death threat was sent to the newspaper last week.")[0]).toMatchObject({ target: "the newspaper" });
  });

  it("keeps a count of people apart from the comma list that breaks it down", () => {
    const events = extractEventsByHand("Police arrested 12 people, seven women and five men, in Manchester.", { actors: [] });
    const arrest = events.find((e) => e.data.trigger.text === "arrested")!;
    expect(arrest.data.targetPhrase?.text).toBe("12 people");
    expect(arrest.data.targetPhrase?.conjuncts ?? []).toEqual([]);
  });
});

describe("a personal pronoun as an item of a list", () => {
  it("keeps 'he' joined by 'and' before the phrase as another undergoer", () => {
    const e = extractEventsByHand("He and other employees were given an ultimatum by their bosses.", { actors: [] }).find((x) => x.data.trigger.text === "ultimatum");
    expect(e?.data.targetPhrase?.text).toBe("other employees");
    expect((e?.data.targetPhrase?.conjuncts ?? []).map((c) => c.text)).toEqual(["He"]);
  });
});

describe("the content of an act aimed at a party is not its target", () => {
  it("leaves no target for what is asked or demanded ('urges reconciliation', 'demanding repayment')", () => {
    expect(phrases("The Pope urges reconciliation during a trip to Sarajevo.").find((e) => e.trigger === "urges")).toMatchObject({ target: null });
    expect(phrases("The men beat them while demanding repayment.").find((e) => e.trigger === "demanding")).toMatchObject({ target: null });
  });

  it("leaves no target for an act asked in a noun ending in -ure or -ery ('ordered the departure', 'requested delivery')", () => {
    expect(phrases("The State Department ordered the departure of family members of its staff.").find((e) => e.trigger === "ordered")).toMatchObject({ target: null });
    expect(phrases("A caller requested delivery to Room 25.").find((e) => e.trigger === "requested")).toMatchObject({ target: null });
    // A body of people with such an ending stays the one asked.
    expect(phrases("The governor urged the legislature to pass the bill.").find((e) => e.trigger === "urged")).toMatchObject({ target: "the legislature" });
  });

  it("keeps a party whose word has an abstract ending ('the administration') and the people asked", () => {
    expect(phrases("The opposition called for protests against the administration.").find((e) => e.trigger === "protests")).toMatchObject({ target: "the administration" });
    expect(phrases("The governor urged the residents to leave.").find((e) => e.trigger === "urged")).toMatchObject({ target: "the residents" });
  });

  it("keeps an abstract undergoer of a deed done to things ('destroyed the settlement')", () => {
    expect(phrases("Soldiers destroyed the settlement on Monday.").find((e) => e.trigger === "destroyed")).toMatchObject({ target: "the settlement" });
  });
});

describe("the doer of an infinitive after a control noun (sense-classes.tsv cls:control-noun)", () => {
  it("is the subject of the verb the noun is the object of, not the noun: 'He has the right to attack'", () => {
    expect(phrases("He has the right to attack the protesters, the lawyer said.").find((e) => e.trigger === "attack")).toMatchObject({ actor: "He" });
    expect(phrases("Police made an attempt to arrest the suspects in Lagos.").find((e) => e.trigger === "arrest")).toMatchObject({ actor: "Police" });
    expect(phrases("Police were given the power to arrest protesters.").find((e) => e.trigger === "arrest")).toMatchObject({ actor: "Police" });
  });

  it("is the noun's possessor: 'the group's decision to attack'", () => {
    expect(phrases("Residents feared the group's decision to attack the base.").find((e) => e.trigger === "attack")).toMatchObject({ actor: "the group" });
  });

  it("is nobody the clause names when the noun has neither: 'The plan to attack the city was foiled'", () => {
    expect(phrases("The plan to attack the city was foiled by police.").find((e) => e.trigger === "attack")?.actor ?? null).toBeNull();
  });

  it("is the subject before a control noun the tagger read for a verb: 'Hillary Clinton plans to call on'", () => {
    expect(phrases("Hillary Clinton plans to call on young people to join national service.").find((e) => e.trigger === "call on")).toMatchObject({ actor: "Hillary Clinton" });
  });
});

describe("a trigger an adverb opens ('fatally shot', 'sexually assaulted')", () => {
  it("reads its roles from the verb's clause", () => {
    expect(phrases("Officials met on Monday. A man was fatally stabbed by his neighbour in Leeds.").find((e) => e.trigger === "fatally stabbed")).toMatchObject({ actor: "his neighbour", target: "A man" });
    expect(phrases("Officials met on Monday. The coach sexually assaulted three players, prosecutors said.").find((e) => e.trigger === "sexually assaulted")).toMatchObject({ actor: "The coach", target: "three players" });
  });

  it("reads an irregular participle after its noun with a by-phrase as a reduced passive: 'a man fatally shot by police'", () => {
    expect(phrases("Officials met on Monday. The wife of a man fatally shot by police recorded video of the encounter.").find((e) => e.trigger === "fatally shot")).toMatchObject({ actor: "police", target: "a man" });
  });

  it("through an infinitive after a control noun: 'he has the right to sexually assault women'", () => {
    expect(phrases("The IRS said that is a lie. Feels he has the right to sexually assault women.").find((e) => e.trigger === "sexually assault")).toMatchObject({ actor: "he", target: "women" });
  });
});

describe("deadlines are no doers", () => {
  it("takes no year or part of a time after 'by' for the doer ('destroyed by 2019', 'arrested by the end of the year')", () => {
    expect(phrases("The camp was destroyed by 2019.")[0]?.actor ?? null).toBeNull();
    expect(phrases("All the rebels will be arrested by the end of the year, the minister said.").find((e) => e.trigger === "arrested")?.actor ?? null).toBeNull();
  });

  it("takes no name that is a time word for the canonical doer ('destroyed by Christmas')", () => {
    const xmas: HandActor[] = [{ id: "x", name: "Christmas", kind: "organisation", mentions: ["Christmas"] }];
    const e = extractEventsByHand("The city will be totally destroyed by Christmas, the mayor warned.", { actors: xmas }).find((v) => v.data.trigger.text === "destroyed");
    expect(e?.data.actor ?? null).toBeNull();
  });
});

describe("an event's word the tagger read as a verb after a preposition", () => {
  it("is a noun: 'political parties engage in blackmail' takes the participation verb's subject", () => {
    const russia = [{ id: "ru", text: "Russia", kind: "country" as const, extra: { country: "RU" } }];
    const events = extractEventsByHand("In Russia, political parties engage in blackmail, hacking and theft of information.", { places: russia });
    expect(events.find((e) => e.data.trigger.text === "blackmail")?.data.actorPhrase?.text).toBe("political parties");
  });

  it("stays a verb after 'than': 'rather than criticize him'", () => {
    expect(phrases("He said that they should change the laws rather than criticize him.").find((e) => e.trigger === "criticize")).toMatchObject({ target: "him" });
  });
});
