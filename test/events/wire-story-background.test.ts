/**
 * Wire-story sentences that tell no happening an analyst counts, or that tell one happening twice: a fight going on
 * since a year long past, a kind of happening said to recur, a campaign against a cause, a source's wish for
 * anonymity, hostages named as those to be freed; and the doer of "Shelling by <country>'s <force>", and a region's
 * town told as the region's attack. Sentences written for sitrep, none from an eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function events(text: string, published = "2024-06-10") {
  const doc = await extractDocument({ text }, { published });
  const actor = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? null;
  const place = (id: string | null | undefined) => doc.places.find((p) => p.id === id)?.name ?? null;
  return doc.events.map((e) => ({
    type: e.type,
    background: e.background,
    modality: e.modality,
    trigger: e.trigger?.text ?? "",
    actor: actor(e.actor),
    target: actor(e.target),
    place: place(e.place),
    dead: e.fatalities?.min ?? null,
    injured: e.injuries?.min ?? null,
  }));
}

const counted = (evs: Awaited<ReturnType<typeof events>>) => evs.filter((e) => !e.background && e.modality === "asserted");

describe("a fight going on since long ago", () => {
  it("is background after a perfect and a year long before the report", async () => {
    const evs = await events("Rebels have fought Indian rule in the region since 1989.");
    expect(evs.filter((e) => e.type === "ASSAULT").every((e) => e.background)).toBe(true);
  });

  it("is a happening when it started days ago", async () => {
    const evs = await events("Troops have fought the rebels around the town since Monday, residents said.");
    expect(counted(evs).some((e) => e.type === "ASSAULT")).toBe(true);
  });

  it("is a happening without a perfect", async () => {
    const evs = await events("Rebels attacked an army post in the region, the first attack on the post since 1989.");
    expect(counted(evs).some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("the dead of a fight going on since long ago, told in the sentence after it", () => {
  const lead = "An Israeli drone strike on a car in southern Lebanon killed two Hezbollah fighters on Thursday, security officials said.\n\n";
  const going = "Hezbollah and Israel have exchanged fire almost daily since October 2023.";

  it("are that going-on's running total, not the toll of the strike told before", async () => {
    const evs = await events(`${lead}${going} More than 400 people have been killed in Lebanon, most of them fighters.`);
    expect(evs.find((e) => e.trigger === "drone strike")?.dead).toBe(2);
    expect(counted(evs).some((e) => e.dead === 400)).toBe(false);
  });

  it("are a running total after a perfect since long ago with no event word of its own", async () => {
    const evs = await events("Gunmen attacked a police station in Jiribam on Monday, police said.\n\nManipur has been gripped by ethnic strife since May 2023. At least 250 people have been killed.");
    expect(counted(evs).some((e) => e.dead === 250)).toBe(false);
  });

  it("stay a toll in the past tense, which tells one happening", async () => {
    const evs = await events(`${lead}${going} Three soldiers were killed in Naqoura on Friday.`);
    expect(evs.some((e) => e.dead === 3)).toBe(true);
  });
});

describe("a displacement told as a running total", () => {
  const displaced = (evs: Awaited<ReturnType<typeof events>>) => counted(evs).filter((e) => e.type === "DISPLACEMENT").length;

  it.each([
    ["The conflict has displaced more than 10 million people."],
    ["More than 2.6 million people have been displaced across Myanmar, according to the United Nations."],
    ["More than 7 million people are displaced in Congo."],
  ])("is background in %s", async (text) => {
    expect(displaced(await events(text))).toBe(0);
  });

  it("stays a happening in the past or in a dated sentence", async () => {
    expect(displaced(await events("Thousands of villagers fled their homes in Borno after the attack on Monday."))).toBe(1);
  });
});

describe("a kind of happening said to recur", () => {
  it.each([
    ["Illegal mining is common in the province, and accidents are frequent because of poor safety conditions."],
    ["Kidnappings remain very common on the highway."],
  ])("counts nothing in %s", async (text) => {
    expect(counted(await events(text))).toEqual([]);
  });

  it("keeps a told happening with a determiner", async () => {
    const evs = await events("The attacks on the convoy were frequent last week, police said.");
    expect(evs.some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("a campaign against a cause", () => {
  it("is no clash", async () => {
    const evs = await events("Mali's rulers have turned to Russian mercenaries and Turkish drones to fight jihadist and separatist insurgencies in the north.");
    expect(evs.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("leaves a fight with insurgents", async () => {
    const evs = await events("Soldiers fought insurgents near the town of Gao on Sunday, killing 12 of them.");
    expect(evs.some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("a source's wish for anonymity", () => {
  it.each([["He asked not to be named for fear of reprisals."], ["The officer requested not to be identified because he was not authorized to speak."]])("is no request: %s", async (text) => {
    expect((await events(text)).filter((e) => e.type === "REQUEST")).toEqual([]);
  });

  it("leaves a request", async () => {
    const evs = await events("Police asked residents to stay indoors.");
    expect(evs.some((e) => e.type === "REQUEST")).toBe(true);
  });
});

describe("hostages to be freed", () => {
  it("are no taking of hostages", async () => {
    const evs = await events("Washington pressed for a deal between Israel and Hamas to pause the fighting in Gaza and free hostages.");
    expect(evs.filter((e) => e.type === "ASSAULT" && e.trigger.toLowerCase().startsWith("hostage"))).toEqual([]);
  });

  it("leaves hostages taken", async () => {
    const evs = await events("Gunmen took 12 hostages at a hotel in Bamako on Monday.");
    expect(evs.some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("the agent of an event noun", () => {
  it("is the force a country's possessive owns, not the country", async () => {
    const evs = await events("Shelling by Sudan's paramilitary Rapid Support Forces killed at least 14 civilians in El Fasher on Sunday.", "2024-06-03");
    const shelling = evs.find((e) => e.type === "ASSAULT");
    expect(shelling?.actor).toBe("Rapid Support Forces");
    expect(shelling?.target).not.toBe("Sudan");
  });
});

describe("an attack in a region, then in a town of it", () => {
  it("is one event with the town's place", async () => {
    const evs = await events(
      "Suspected militants fired on a bus carrying Hindu pilgrims in Indian-controlled Kashmir on Sunday, killing at least nine people, officials said. " +
        "At least 33 others were injured in the attack in the Reasi district, police said.",
    );
    const attacks = counted(evs).filter((e) => e.type === "ASSAULT");
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.place).toBe("Reasi");
    expect(attacks[0]!.dead).toBe(9);
    expect(attacks[0]!.injured).toBe(33);
  });

  it("keeps a town far from the region's point apart", async () => {
    const evs = await events(
      "Suspected militants fired on a bus in Indian-controlled Kashmir on Sunday, killing at least nine people. " +
        "In a separate attack, gunmen killed four people in Chennai on Sunday.",
    );
    expect(counted(evs).filter((e) => e.type === "ASSAULT")).toHaveLength(2);
  });
});

describe("what a war or a defence destroyed", () => {
  it("drones shot down are no property destroyed", async () => {
    const evs = await events("Russia's defence ministry said its air defences had destroyed 102 Ukrainian drones over several regions.", "2024-05-17");
    expect(evs.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("a war's toll on a health system is no happening", async () => {
    const evs = await events("Aid agencies say the war between the army and the paramilitary Rapid Support Forces has destroyed much of Sudan's health system.", "2024-08-20");
    expect(evs.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("leaves homes destroyed by gunmen", async () => {
    const evs = await events("Gunmen destroyed 40 homes in the village of Masala on Sunday, residents said.", "2024-06-10");
    expect(evs.some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("words that name no happening", () => {
  it("an occupied place is no seizure", async () => {
    const evs = await events("Hezbollah fired rockets at an Israeli military post in the occupied Golan Heights on Saturday.", "2024-01-20");
    expect(evs.filter((e) => e.type === "COERCE")).toEqual([]);
  });

  it("leaves forces that occupied a town", async () => {
    const evs = await events("Russian forces occupied the town of Avdiivka on Saturday after months of fighting.", "2024-02-20");
    expect(evs.some((e) => e.type === "COERCE")).toBe(true);
  });

  it("a protest hijacked in words is no abduction", async () => {
    const evs = await events('President William Ruto said the protest had been "hijacked by dangerous people" and vowed a firm response.', "2024-06-25");
    expect(evs.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("a pledge of allegiance is no agreement", async () => {
    const evs = await events("The ADF, which originated in Uganda, has pledged allegiance to Islamic State.", "2024-06-08");
    expect(evs.filter((e) => e.type === "AGREE")).toEqual([]);
  });

  it("attacks told as stepped up are a campaign", async () => {
    const evs = await events("Ukraine has stepped up attacks on Russian energy facilities this year.", "2024-05-17");
    expect(counted(evs).filter((e) => e.type === "ASSAULT")).toEqual([]);
  });
});

describe("fire traded for months", () => {
  it("is a two-sided fight, background since its start, and so is the start's own attack", async () => {
    const evs = await events("Israel and Hezbollah have traded fire almost daily since Oct. 8, a day after Hamas' attack on southern Israel.", "2024-01-20");
    const assaults = evs.filter((e) => e.type === "ASSAULT");
    expect(assaults.length).toBeGreaterThan(0);
    expect(assaults.every((e) => e.background)).toBe(true);
    expect(evs.filter((e) => e.type === "MAN_MADE_DISASTER")).toEqual([]);
  });
});


describe("a lead whose only town before the scene is the dateline's", () => {
  it("is placed where the victims were, not where the story was filed", async () => {
    const evs = await events(
      "ABUJA, Dec 5 (Reuters) - A Nigerian army drone strike mistakenly killed at least 85 civilians who were celebrating a religious festival in the village of Tudun Biri in northwestern Kaduna state on Sunday night, officials said.",
      "2023-12-05",
    );
    expect(evs.find((e) => e.type === "ASSAULT")?.place).toBe("Tudun Biri");
  });

  it("keeps the dateline's town when the lead names no town of its own", async () => {
    const evs = await events("MOGADISHU, Oct 14 (Reuters) - A car bomb exploded near a police station on Monday, killing at least nine people, police said.", "2024-10-14");
    expect(evs.find((e) => e.type === "ASSAULT")?.place).toBe("Mogadishu");
  });
});

describe("one attack told by its parts and its claim", () => {
  it("merges the unnamed bomber's attack with the group's claim of it, and names the group", async () => {
    const evs = await events(
      "A suicide bomber drove a vehicle packed with explosives into a military base in Somalia's Lower Shabelle region on Saturday, killing at least seven soldiers, a military official said. " +
        "The attacker rammed the vehicle into the gate of the base. " +
        "Al-Shabab claimed responsibility for the attack in a statement, saying it had killed 20 soldiers.",
      "2024-08-03",
    );
    const attacks = counted(evs).filter((e) => e.type === "ASSAULT");
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.actor).toBe("al-Shabaab");
    expect(attacks[0]!.dead).toBe(7);
  });

  it("merges a raid on a base near a border with the lead's attack", async () => {
    const evs = await events(
      "Jihadist militants killed more than 100 soldiers in an attack on an army base in eastern Burkina Faso on Tuesday, according to two security sources. " +
        "The militants stormed the base in the town of Mansila near the border with Niger and seized weapons and vehicles, the sources said.",
      "2024-06-13",
    );
    const assaults = counted(evs).filter((e) => e.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.place).toBe("Mansila");
    expect(assaults[0]!.target).not.toBe("Niger");
  });

  it("gives a re-mention to the happening told by the same word", async () => {
    const evs = await events(
      "Suspected cartel gunmen killed 13 police officers in an ambush in the southern Mexican state of Guerrero on Monday, and security forces later killed six of the attackers in a gunfight, officials said. " +
        "The ambush took place on a highway near the town of El Papayo, the state security ministry said.",
      "2024-10-24",
    );
    const ambush = evs.find((e) => e.trigger === "ambush");
    expect(ambush?.dead).toBe(13);
    expect(ambush?.place).toBe("El Papayo");
  });

  it("keeps a firefight in a town of the province with the clash told there", async () => {
    const evs = await events(
      "Philippine soldiers killed five suspected Abu Sayyaf militants in a clash in the southern province of Sulu on Friday, the military said. " +
        "Two soldiers were wounded in the hour-long firefight in the town of Patikul, a spokesman said.",
      "2024-03-02",
    );
    const clashes = counted(evs).filter((e) => e.type === "ASSAULT");
    expect(clashes).toHaveLength(1);
    expect(clashes[0]!.injured).toBe(2);
  });
});

describe("what a group is known for, and a campaign's running total", () => {
  it("is background", async () => {
    const evs = await events("The Abu Sayyaf, a small but violent group known for kidnappings for ransom and beheadings, has been weakened by years of military offensives.", "2024-03-02");
    expect(counted(evs).filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("keeps the toll of an insurgency that has killed thousands off any event", async () => {
    const evs = await events("The junta has struggled to contain the insurgency, which has killed thousands and displaced more than 2 million people.", "2024-06-13");
    expect(counted(evs).filter((e) => e.type === "ASSAULT" && e.dead !== null)).toEqual([]);
  });

  it("a bid derailed is no accident", async () => {
    const evs = await events("The European Union has warned that the bill could derail Georgia's bid to join the bloc.", "2024-05-11");
    expect(evs.filter((e) => e.type === "MAN_MADE_DISASTER")).toEqual([]);
  });
});

describe("the fire an attack set off, told again", () => {
  it("is the attack's, with its casualties", async () => {
    const evs = await events(
      "Yemen's Houthi militia fired two anti-ship missiles at a British-owned cargo vessel in the Gulf of Aden on Thursday, causing a fire on board, the U.S. military said. " +
        "The crew of the ship put out the fire and one sailor suffered minor injuries, a maritime security agency said.",
      "2024-02-22",
    );
    expect(evs.filter((e) => e.type === "MAN_MADE_DISASTER")).toEqual([]);
    expect(evs.find((e) => e.type === "ASSAULT")?.injured).toBe(1);
  });

  it("leaves a fire of its own later in the story", async () => {
    const evs = await events(
      "Gunmen attacked a police post in the town on Monday, killing two officers. A fire broke out at a market in the capital on Tuesday, destroying 40 stalls.",
      "2024-02-22",
    );
    expect(evs.some((e) => e.type === "MAN_MADE_DISASTER")).toBe(true);
  });
});

describe("the country of a story filed from abroad", () => {
  it("is the country the story tells of, not the dateline's", async () => {
    const evs = await events(
      "NAIROBI, Feb 5 (Reuters) - A drone strike on a busy market in Ethiopia's Amhara region killed at least 26 people on Sunday, residents said. " +
        "Fighting broke out in Amhara in August last year after the federal government moved to disband regional forces.",
      "2024-02-05",
    );
    const disband = evs.find((e) => e.trigger === "disband");
    expect(disband?.actor).not.toBe("Government of Kenya");
  });
});

describe("a place phrase that points back", () => {
  it("keeps the scene told in the paragraph before, not the dateline's town", async () => {
    const evs = await events(
      "BAMAKO, March 18 (Reuters) - A drone strike by Mali's army killed at least 13 civilians at a wedding near the village of Amasrakad in the Gao region on Sunday, two local officials said.\n\n" +
        'The army said in a statement that it had carried out "precision strikes" against "terrorist" targets in the area.',
      "2024-03-18",
    );
    const strikes = evs.filter((e) => e.type === "ASSAULT" && e.trigger === "strikes");
    expect(strikes.length).toBeGreaterThan(0);
    expect(strikes.every((e) => e.place === "Amasrakad")).toBe(true);
  });
});
