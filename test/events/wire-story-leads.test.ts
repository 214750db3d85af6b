/**
 * What a wire story's lead and background paragraphs hold, read the way an analyst codes them: the lead's
 * killing and taking are one raid with its dead, dated by the raid and not by the report; a running total
 * over years is background, never an event's toll; a named gang or militia is the doer; a verb joined by
 * "and" keeps its own object. Sentences written for sitrep, none from an eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function events(text: string) {
  const doc = await extractDocument({ text }, { published: "2024-10-05" });
  const actor = (id: string | null | undefined) => doc.actors.find((a) => a.id === id) ?? null;
  const date = (id: string | null | undefined) => doc.dates.find((d) => d.id === id)?.value ?? null;
  return doc.events.map((e) => ({
    type: e.type,
    mode: e.mode,
    background: e.background,
    modality: e.modality,
    actor: actor(e.actor)?.name ?? null,
    actorKind: actor(e.actor)?.kind ?? null,
    target: actor(e.target)?.name ?? null,
    date: date(e.date),
    dead: e.fatalities?.min ?? null,
    mentions: (e.mentions ?? []).map((m) => m.trigger.text),
  }));
}

describe("a raid's lead and its parts", () => {
  it("gives the dead to the raid a taking was set in, not to the taking", async () => {
    const evs = await events("Armed bandits killed at least 14 villagers and abducted dozens more in an overnight raid on a farming community in Zamfara state.");
    const assaults = evs.filter((e) => e.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.mode).toBe("raid");
    expect(assaults[0]!.dead).toBe(14);
    expect(assaults[0]!.actor).toBe("Unidentified Armed Group (Nigeria)");
  });

  it("reads the doers after a dateline's dash as at a sentence's start", async () => {
    const evs = await events("KADUNA, Nigeria (Reuters) - Armed bandits killed at least 14 villagers in an overnight raid on a farming community in Zamfara state.");
    expect(evs.find((e) => e.type === "ASSAULT")?.actor).toBe("Unidentified Armed Group (Nigeria)");
  });

  it("takes the raid's own day over the day the police told it", async () => {
    const evs = await events(
      "Armed bandits killed at least 14 villagers in an overnight raid on a farming community in Zamfara state, police said on Tuesday. " +
        "The attackers stormed Kairu village in Maru local government area late on Monday, shooting residents and setting fire to houses.",
    );
    const assaults = evs.filter((e) => e.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.date).toBe("2024-09-30");
    expect(assaults[0]!.dead).toBe(14);
  });
});

describe("running totals", () => {
  it.each([
    ["Bandits have killed thousands of people in northwest Nigeria in recent years."],
    ["Al-Shabaab has killed hundreds of soldiers over the past decade."],
    ["Jihadist violence killed more than 1,000 civilians in Burkina Faso last year."],
    ["The war in Sudan has left more than 150,000 people dead."],
  ])("are no event's toll: %s", async (text) => {
    const evs = await events(text);
    expect(evs.filter((e) => e.dead !== null && e.dead > 0)).toEqual([]);
    expect(evs.filter((e) => e.type === "ASSAULT" && !e.background)).toEqual([]);
  });

  it("keep the plural happenings they are counted over in the background", async () => {
    const evs = await events("More than 400 people have been killed in attacks in the region this year.");
    expect(evs.filter((e) => e.type === "ASSAULT" && !e.background)).toEqual([]);
  });

  it("leave a day in the year alone: 'in March last year' dates one attack", async () => {
    const evs = await events("In March last year, gunmen killed 12 people in an attack on a market in Kaduna.");
    expect(evs.find((e) => e.type === "ASSAULT")?.dead).toBe(12);
  });
});

describe("a lead dated only by its report", () => {
  const LEAD =
    "Insurgents killed at least nine civilians and burned dozens of homes in a raid on a village in Mozambique's Cabo Delgado province, residents said on Thursday. " +
    "The fighters attacked Nangade village in Nangade district late on Tuesday, beheading several men and abducting children. ";

  it("takes the village and the day its next sentence gives, as one raid", async () => {
    const doc = await extractDocument({ text: LEAD }, { published: "2024-10-05" });
    const assaults = doc.events.filter((e) => e.type === "ASSAULT" && !e.background);
    expect(assaults).toHaveLength(1);
    expect(doc.dates.find((d) => d.id === assaults[0]!.date)?.value).toBe("2024-10-01");
    expect(doc.places.find((p) => p.id === assaults[0]!.place)?.text).toBe("Nangade");
    expect(assaults[0]!.fatalities?.min).toBe(9);
  });

  it("is not an attack of another year told further down", async () => {
    const evs = await events(
      "Insurgents killed at least nine civilians in a raid on a village in Mozambique's Cabo Delgado province, residents said on Thursday. " +
        "Troops have been deployed in the province since 2021. A French energy company halted work on a gas project near Palma in northern Mozambique after an attack on the town in 2021.",
    );
    const lead = evs.find((e) => e.dead === 9)!;
    expect(lead.date).toBe("2024-10-03");
    expect(lead.mentions).not.toContain("attack");
    expect(evs.find((e) => e.mentions.includes("attack"))?.date).toBe("2021");
  });

  it("keeps a campaign's running total told past an aside out of its toll", async () => {
    const evs = await events(LEAD + "The insurgency, which began in 2017, has killed more than 4,000 people.");
    expect(evs.filter((e) => (e.dead ?? 0) >= 4000)).toEqual([]);
    expect(evs.find((e) => e.dead === 9)).toBeDefined();
  });
});

describe("doubt about the doers and a witness's words", () => {
  it("keeps an ambush by 'suspected jihadists' after a dateline asserted, one event with the convoy that came under fire", async () => {
    const evs = await events(
      "OUAGADOUGOU, Oct 2 (AFP) - Suspected jihadists ambushed a military convoy in northern Burkina Faso on Monday, killing 15 soldiers, the army said. " +
        "The convoy was escorting supply trucks between Djibo and Namsiguia when it came under fire, the army said.",
    );
    const assaults = evs.filter((e) => e.type === "ASSAULT" && !e.background);
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.modality).toBe("asserted");
    expect(assaults[0]!.dead).toBe(15);
  });

  it("reads the bombs a witness saw fall as the shelling told before", async () => {
    const evs = await events(
      "Shells fired by the rebels hit a displacement camp near Sake on Tuesday, killing at least five people, a medical charity said. " +
        '"The bombs fell on the camp while people were queuing for food," a camp leader said.',
    );
    const assaults = evs.filter((e) => e.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.mode).toBe("heavy-weapons");
  });
});

describe("a time phrase of the past inside the subject", () => {
  it("dates the troops' stationing, not their raid: 'Soldiers stationed in the town since 2022 stormed the camp'", async () => {
    const evs = await events("Soldiers stationed in the town since 2022 stormed a militant camp near Gao on Monday and killed five fighters.");
    expect(evs.filter((e) => e.type === "ASSAULT" && !e.background)).toHaveLength(1);
  });

  it("still dates what a report counts since then: 'Police said since 2015 militants have killed 300 people'", async () => {
    const evs = await events("Police said since 2015 militants have killed 300 people in the region.");
    expect(evs.filter((e) => e.type === "ASSAULT" && !e.background)).toEqual([]);
  });
});

describe("a rebel attack and what the story says around it", () => {
  const STORY =
    "Fighters from the National Liberation Army (ELN) rebel group attacked an army base in Colombia's Arauca province early on Tuesday, killing two soldiers, the defense ministry said. " +
    "President Gustavo Petro suspended peace talks with the group following the assault. ";

  it("names the doers from the group's name, its acronym in brackets and 'rebel group'", async () => {
    const evs = await events(STORY);
    const attack = evs.find((e) => e.type === "ASSAULT" && !e.background)!;
    expect(attack.actor).toBe("National Liberation Army");
  });

  it("reads 'following the assault' as the attack told before, not a beating that recodes it", async () => {
    const evs = await events(STORY);
    const assaults = evs.filter((e) => e.type === "ASSAULT" && !e.background);
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.mode).not.toBe("beat");
  });

  it("counts a barrage of 'dozens of rockets' as one attack, not a tally", async () => {
    const evs = await events("Hezbollah said it fired dozens of rockets at an Israeli army base in the Golan Heights on Thursday.");
    expect(evs.filter((e) => e.type === "ASSAULT" && !e.background)).toHaveLength(1);
  });

  it("keeps 'dozens of attacks this year' a tally apart from the attack", async () => {
    const evs = await events(STORY + "The group has carried out dozens of attacks on security forces this year, according to the military.");
    const assaults = evs.filter((e) => e.type === "ASSAULT" && !e.background);
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.mentions).not.toContain("attacks");
    expect(evs.some((e) => e.background && e.mentions.includes("attacks"))).toBe(true);
  });
});

describe("sanctions a bloc's ministers adopt", () => {
  it.each([
    ["European Union foreign ministers on Monday adopted a 14th package of sanctions against Russia."],
    ["EU ministers approved new sanctions against Russia on Monday."],
  ])("are the bloc's: %s", async (text) => {
    const evs = await events(text);
    expect(evs.find((e) => e.type === "SANCTION")?.actor).toBe("European Union");
  });
});

describe("a roundup of several attacks", () => {
  const ROUNDUP =
    "Gunmen killed at least 40 people in a series of attacks on villages in Nigeria's Zamfara and Plateau states over the weekend, police said on Monday. " +
    "In Zamfara, bandits on motorcycles stormed Kadawa village in Gusau district on Saturday, shooting residents and abducting at least 15 women, police said. Twenty-three people were killed. " +
    "In a separate attack in Plateau state, gunmen killed 17 people late on Sunday, a local leader said. Plateau has seen repeated clashes between farmers and herders this year.";

  it("keeps the lead's total over the series out of each attack's toll", async () => {
    const evs = await events(ROUNDUP);
    const tolls = evs.filter((e) => e.type === "ASSAULT" && !e.background).map((e) => e.dead).sort();
    expect(tolls).toEqual([17, 23]);
  });

  it("folds the abduction a participle tells into the raid it trails", async () => {
    const evs = await events(ROUNDUP);
    const raid = evs.find((e) => e.dead === 23)!;
    expect(raid.mentions).toContain("abducting");
    expect(evs.filter((e) => e.mode === "abduct")).toEqual([]);
  });

  it("keeps 'repeated clashes ... this year' a pattern, no event", async () => {
    const evs = await events(ROUNDUP);
    expect(evs.filter((e) => e.mentions.includes("clashes") && !e.background)).toEqual([]);
  });
});

describe("a claim told after the bombing and the group's description", () => {
  const STORY =
    "A car bomb exploded near a police station in Mogadishu on Monday, killing at least nine people, police said. " +
    "The blast destroyed several shops, witnesses said. " +
    "Al Shabaab, the al Qaeda-linked militant group fighting to topple Somalia's government, said in a statement that its fighters had carried out the attack. " +
    "The group frequently carries out bombings in the capital.";

  it("gives the bombing to the group that claimed it, not to the group it is linked to", async () => {
    const evs = await events(STORY);
    const bombing = evs.find((e) => e.dead === 9)!;
    expect(bombing.actor).toBe("al-Shabaab");
  });

  it("reads the group's aim and its habits as no happening of their own", async () => {
    const evs = await events(STORY);
    expect(evs.filter((e) => e.type === "ASSAULT" && !e.background)).toHaveLength(1);
  });
});

describe("bombs only aircraft drop", () => {
  it("reads 'a Russian guided bomb' as Russia's air strike, not an IED with no doer", async () => {
    const evs = await events("A Russian guided bomb struck an apartment building in Ukraine's second-largest city Kharkiv on Friday, killing six people.");
    const strike = evs.find((e) => e.type === "ASSAULT")!;
    expect(strike.mode).toBe("air-strike");
    expect(strike.actor).toBe("Military Forces of Russia");
  });
});

describe("named gangs and militias", () => {
  it.each([
    ["Members of the Gran Grif gang opened fire on residents of Pont-Sonde on Thursday, killing 20 people.", "Gran Grif"],
    ["Fighters of the Mai-Mai Yakutumba militia attacked an army post near Fizi on Monday.", "Mai-Mai Yakutumba"],
    ["The 5 Segonn gang kidnapped two nurses in Port-au-Prince on Monday.", "5 Segonn"],
  ])("are an armed group doing it: %s", async (text, name) => {
    const evs = await events(text);
    const e = evs.find((x) => x.type === "ASSAULT");
    expect(e?.actor).toBe(name);
    expect(e?.actorKind).toBe("armed group");
  });

  it("but a description is no name: 'a Haitian gang' stays unidentified", async () => {
    const evs = await events("Members of a Haitian gang opened fire on residents of Pont-Sonde on Thursday.");
    expect(evs.find((e) => e.type === "ASSAULT")?.actorKind).not.toBe("person");
  });
});

describe("a verb joined by 'and' after an event noun", () => {
  it("keeps its object from the noun: the attackers to pursue are not the attack's target", async () => {
    const evs = await events("Gunmen killed five villagers in Kairu on Monday. The governor condemned the attack and ordered security forces to pursue the attackers.");
    const assaults = evs.filter((e) => e.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.mentions).toEqual(expect.arrayContaining(["attack"]));
  });
});

async function document(text: string) {
  return extractDocument({ text }, { published: "2024-10-06" });
}

describe("ACLED's civilians among communities attacked", () => {
  it.each([
    ["Gunmen attacked a Shiite mosque in Peshawar on Friday, killing 12 worshippers.", "Civilians (Pakistan)"],
    ["Gunmen stormed a Fulani settlement in Plateau state on Tuesday, killing seven herders.", "Civilians (Nigeria)"],
  ])("codes the community attacked as civilians: %s", async (text, actor2) => {
    const doc = await document(text);
    const e = doc.events.find((x) => x.type === "ASSAULT")!;
    expect(e.acled?.eventType).toBe("Violence against civilians");
    expect(e.acled?.actor2).toBe(actor2);
  });
});

describe("the words around an attack's noun", () => {
  it("read bombs a jet dropped as an air strike, one event with the strike told before", async () => {
    const doc = await document(
      "An air strike by Myanmar's military on a monastery in Sagaing region killed at least 30 people, residents said. " +
        "A fighter jet dropped two bombs on the monastery in Let Pan village in Sagaing's Kanbalu township early Saturday.",
    );
    const assaults = doc.events.filter((e) => e.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.acled?.subEventType).toBe("Air/drone strike");
    // The village the gazetteer lacks lies in the township, and the possessor only locates the township.
    expect(doc.places.find((p) => p.id === assaults[0]!.place)?.name).toBe("Kanbalu");
  });

  it("tell no clash in the fighting people fled", async () => {
    const doc = await document("About 150 people displaced by fighting in nearby villages had been sheltering in the compound.");
    expect(doc.events.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("read houses 'set on fire' as arson, not a blaze", async () => {
    const doc = await document("Members of the Gran Grif gang opened fire on residents of Pont-Sonde on Thursday, killing at least 70 people. Around 45 houses were set on fire, the UN said.");
    expect(doc.events.filter((e) => e.type === "MAN_MADE_DISASTER")).toEqual([]);
    expect(doc.events.some((e) => e.type === "ASSAULT" && (e.mentions ?? []).some((m) => m.trigger.text.includes("set on fire")))).toBe(true);
  });

  it("but 'set up a committee on fire safety' is no arson", async () => {
    const doc = await document("The council set up a committee on fire safety on Monday.");
    expect(doc.events.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });
});

describe("who did it, named beside the telling", () => {
  it("takes a group in apposition to 'group' that claimed the bombing as its doer", async () => {
    const doc = await document(
      "A suicide bomber rammed an explosives-laden car into a police checkpoint in Dera Ismail Khan on Wednesday, killing 11 police officers. " +
        "A little-known group, Tehreek-e-Jihad Pakistan, claimed responsibility in a statement to reporters.",
    );
    const e = doc.events.find((x) => x.type === "ASSAULT")!;
    expect(doc.actors.find((a) => a.id === e.actor)?.name).toBe("Tehreek-e-Jihad Pakistan");
  });

  it("reads 'the gang' as the gang named before", async () => {
    const doc = await document("Members of the Gran Grif gang opened fire on residents of Pont-Sonde on Thursday. Police said they had exchanged fire with the gang.");
    const clash = doc.events.find((x) => x.type === "ASSAULT" && doc.actors.find((a) => a.id === x.actor)?.kind === "police");
    expect(doc.actors.find((a) => a.id === clash?.target)?.name).toBe("Gran Grif");
  });

  it("keeps a killing a named doer did on another day apart from the attack before it", async () => {
    const doc = await document("Fighters of the Mai-Mai Yakutumba militia attacked an army post near Fizi on Monday. The Sinaloa Cartel killed four police officers in Culiacan on Tuesday.");
    const assaults = doc.events.filter((e) => e.type === "ASSAULT");
    expect(assaults).toHaveLength(2);
    expect(assaults.map((e) => e.fatalities?.min ?? 0).sort()).toEqual([0, 4]);
  });
});

describe("strikes and the fires they set", () => {
  it("reads strikes on infrastructure as air or missile strikes, whatever labour word stands near ('ports')", async () => {
    const doc = await document("Russia launched strikes on Ukrainian energy infrastructure and ports overnight.");
    expect(doc.events.filter((e) => e.type === "PROTEST")).toEqual([]);
    expect(doc.events.find((e) => e.type === "ASSAULT")?.acled?.subEventType).toBe("Air/drone strike");
  });

  it("still reads a strike by port workers as a work stoppage", async () => {
    const doc = await document("Port workers went on strike on Monday over pay.");
    expect(doc.events.find((e) => e.type === "PROTEST")).toBeDefined();
  });

  it("takes a fire a strike set off as the strike's damage, not a disaster of its own", async () => {
    const doc = await document("Ukrainian forces struck an oil depot in Russia's Belgorod region on Monday, the regional governor said, causing a large fire but no casualties.");
    expect(doc.events.filter((e) => e.type === "MAN_MADE_DISASTER")).toEqual([]);
    expect(doc.events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });

  it("but a fire a fault caused stays a disaster", async () => {
    const doc = await document("An electrical fault caused a large fire at a market in Lagos on Monday, killing three traders.");
    expect(doc.events.find((e) => e.type === "MAN_MADE_DISASTER")).toBeDefined();
  });
});

describe("a story filed abroad and a perpetrator's own count", () => {
  it("puts 'the army' in the country the story tells of, not the dateline's", async () => {
    const doc = await document(FILED_ABROAD);
    expect(doc.actors.some((a) => a.name === "Military Forces of Egypt")).toBe(false);
  });

  it("keeps the officials' toll over the one the attackers claimed", async () => {
    const doc = await document(
      "Al-Shabaab militants attacked a military base in the town of El Dher in Somalia's Galmudug state early on Thursday, sparking a fierce gun battle that left at least 17 soldiers and dozens of militants dead, officials said. " +
        "Al-Shabaab claimed in a statement that its fighters had killed 47 soldiers and seized weapons.",
    );
    const e = doc.events.find((x) => x.type === "ASSAULT")!;
    // 17 soldiers and "dozens" (12, as ACLED counts it) of militants, not the claimed 47.
    expect(e.fatalities?.min).toBe(29);
  });

  it("reads 'tens of thousands' killed as a war's running total, never an event's toll", async () => {
    const doc = await document("The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people.");
    expect(doc.events.filter((e) => (e.fatalities?.min ?? 0) > 0)).toEqual([]);
  });
});

/** A wire story filed from Cairo about Sudan, written for this test. */
const FILED_ABROAD = "RSF shelling kills 12 in Sudan's El Fasher, activists say\n\nCAIRO, Nov 2 (Reuters) - Shelling by the paramilitary Rapid Support Forces killed at least 12 civilians, including four children, in the besieged city of El Fasher in Sudan's North Darfur state on Saturday, a local activist group said.\n\nThe Resistance Committees said the shells hit a crowded market and a displacement camp in the south of the city. Another 30 people were wounded.\n\nThe RSF did not respond to a request for comment. The group has besieged El Fasher, the army's last stronghold in Darfur, since May.\n\nSeparately, the Sudanese army said its aircraft had struck RSF positions near Nyala, killing dozens of fighters. The claim could not be verified.\n\nThe war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people and displaced more than 11 million, according to the United Nations.\n";

describe("a name in apposition after it", () => {
  it("reads 'X, a little-known militant group,' as an armed group named X", async () => {
    const doc = await document("A suicide bomber killed 11 police officers at a checkpoint in Dera Ismail Khan on Wednesday. Tehreek-e-Jihad Pakistan, a little-known militant group, claimed responsibility.");
    expect(doc.actors.find((a) => a.name === "Tehreek-e-Jihad Pakistan")?.kind).toBe("armed group");
  });
});
