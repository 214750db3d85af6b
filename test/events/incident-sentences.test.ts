/**
 * Incident sentences in the style of an ACLED note: the kind of weapon, who was hit, destruction that is
 * part of an attack, and a doubt about who did it that is no doubt about whether it happened.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";
import { eventPlaces } from "./event-places-of.js";

async function events(text: string) {
  const doc = await extractDocument({ text }, { published: "2019-06-01" });
  return doc.events;
}

describe("the weapon of a violent act", () => {
  it("reads a stabbing or a beheading as an attack with primitive weapons, not firearms", async () => {
    const [stab] = await events("Assailants stabbed a student to death in Kumasi.");
    expect(stab).toMatchObject({ type: "ASSAULT", mode: "primitive" });
    const [beheading] = await events("Militants beheaded two villagers in Cabo Delgado.");
    expect(beheading).toMatchObject({ type: "ASSAULT", mode: "primitive" });
  });
  it("still reads a shooting as firearms", async () => {
    const [shooting] = await events("Gunmen shot dead four women in Kano.");
    expect(shooting).toMatchObject({ type: "ASSAULT", mode: "firearms" });
  });
  it("codes a lynching by a mob as one event of mob violence", async () => {
    const evs = await events("A man was lynched by a mob in Kasai after being accused of witchcraft.");
    const violent = evs.filter((e) => e.type === "ASSAULT");
    expect(violent).toHaveLength(1);
    expect(violent[0]!.acled?.subEventType).toBe("Mob violence");
  });
});

describe("who was hit, read from the victims' words", () => {
  it("does not take the attackers before an active verb for the victims", async () => {
    // "Assailants" stands before "stabbed": the one stabbed is a student, so this is violence against civilians.
    const [stab] = await events("Assailants stabbed a student to death in Kumasi.");
    expect(stab!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack" });
  });
  it("still reads the victims before a passive verb", async () => {
    const [e] = await events("Four women were shot dead by gunmen in Kano.");
    expect(e!.acled).toMatchObject({ subEventType: "Attack", actor2: "Civilians (Nigeria)" });
  });
  it("reads the doer of a second verb from the clause's subject, not from the first verb's object", async () => {
    const [e] = await events("Gunmen killed three villagers and burned their homes in Zamfara.");
    expect(e!.fatalities?.min).toBe(3);
    expect(e!.acled).toMatchObject({ subEventType: "Attack", actor1: "Unidentified Armed Group (Nigeria)" });
  });
});

describe("destruction of property", () => {
  it("reads the burning of villages and huts as destruction", async () => {
    const [village] = await events("On Monday, militia fighters burned a village near Bunia.");
    expect(village).toMatchObject({ type: "ASSAULT", mode: "destroy" });
    const [huts] = await events("Armed men burned down several huts in Ouham prefecture.");
    expect(huts).toMatchObject({ type: "ASSAULT", mode: "destroy" });
  });
  it("does not read a blaze's damage as arson", async () => {
    for (const text of ["The fire burned the houses for hours.", "A blaze burned several homes in Lagos.", "Wildfires burned 300 homes in California."]) {
      expect((await events(text)).filter((e) => e.type === "ASSAULT")).toEqual([]);
    }
  });
  it("codes a burning that kills civilians as an attack, not as property destruction", async () => {
    const [e] = await events("Gunmen torched a bus in Zamfara, killing two passengers.");
    expect(e).toMatchObject({ mode: "destroy" });
    expect(e!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack" });
  });
  it("leaves a crowd's deadly arson to the riot rules", async () => {
    const evs = await events("Rioters torched a bus in Dhaka, killing two passengers.");
    expect(evs.every((e) => e.acled?.eventType === "Riots")).toBe(true);
  });
  it("makes property burned in an attack part of that attack", async () => {
    const evs = await events("Militants opened fire and burned houses in Borno.");
    expect(evs).toHaveLength(1);
    expect(evs[0]!.mode).toBe("firearms");
    expect(evs[0]!.mentions!.map((m) => m.trigger.text)).toContain("burned houses");
  });
  it("keeps a burning told in a sentence of its own apart", async () => {
    const evs = await events("Militants opened fire on a convoy in Borno on Monday. On Friday, militia fighters burned a village near Bunia.");
    expect(evs.filter((e) => e.type === "ASSAULT")).toHaveLength(2);
  });
});

describe("a doubt about the doer", () => {
  it("leaves the attack asserted when only its doers are suspected", async () => {
    const [e] = await events("Suspected militants beheaded two villagers in Cabo Delgado.");
    expect(e!.modality).toBe("asserted");
  });
  it("still reads an alleged attack or an attack someone allegedly made as claimed", async () => {
    expect((await events("The Taliban allegedly attacked the convoy.")).find((e) => e.type === "ASSAULT")!.modality).toBe("claimed");
    expect((await events("The alleged attack happened on Monday.")).find((e) => e.type === "ASSAULT")!.modality).toBe("claimed");
  });
});

describe("a demonstration's intervention", () => {
  it("is no intervention when the arrest is only demanded undone", async () => {
    const evs = await events("Protesters blocked the main highway in Cochabamba to demand the release of detained leaders.");
    const protest = evs.find((e) => e.type === "PROTEST")!;
    expect(protest.acled?.subEventType).toBe("Peaceful protest");
  });
  it("takes the dead of the next sentence when police dispersed it by force and nothing else is told", async () => {
    const evs = await events("Police fired tear gas to disperse protesters in Nairobi on Tuesday. Two people were killed.");
    expect(evs).toHaveLength(1);
    expect(evs[0]!.fatalities?.min).toBe(2);
    expect(evs[0]!.acled).toMatchObject({ subEventType: "Excessive force against protesters", actor1: "Police Forces of Kenya" });
  });
  it("keeps the dead of the next sentence apart after a protest no one dispersed", async () => {
    const evs = await events("Thousands of protesters marched in Nairobi on Tuesday. Two people were killed.");
    expect(evs.find((e) => e.type === "PROTEST")!.fatalities ?? null).toBeNull();
  });
});

describe("a military assault", () => {
  it("reads a military assault as fighting, a beating as a beating", async () => {
    // The assault the army repelled is the attack told before it: one armed clash, not a beating.
    const [e] = await events("Boko Haram fighters attacked the town of Monguno overnight; the army repelled the assault.");
    expect(e).toMatchObject({ type: "ASSAULT", acled: { eventType: "Battles", subEventType: "Armed clash" } });
    expect(e?.mode).not.toBe("beat");
    const [beating] = await events("Soldiers assaulted a woman at a checkpoint in Goma.");
    expect(beating).toMatchObject({ type: "ASSAULT", mode: "beat" });
  });
});

describe("a wire story's opening", () => {
  it("takes no party from the agency in the dateline, so the blast told again is one event", async () => {
    const evs = await events(
      "MOGADISHU, March 14 (Reuters) - A car bomb exploded outside a busy restaurant in Mogadishu on Saturday, killing at least 20 people, police said. The blast, claimed by al Shabaab, also wounded 30 others.",
    );
    const blasts = evs.filter((e) => e.type === "ASSAULT");
    expect(blasts).toHaveLength(1);
    expect(blasts[0]!.fatalities?.min).toBe(20);
    expect(blasts[0]!.injuries?.min).toBe(30);
    expect(blasts[0]!.acled?.actor1).toBe("al-Shabaab");
  });
  it("reads a raid that turns into an exchange of fire as one battle, by the raiders", async () => {
    const evs = await events("Police said gunmen stormed the restaurant after the blast and exchanged fire with security forces.");
    expect(evs).toHaveLength(1);
    expect(evs[0]!.acled?.actor1).toMatch(/^Unidentified Armed Group/);
  });
  it("keeps a raid and a clash in other places apart", async () => {
    const evs = await events("Gunmen raided a village in Zamfara on Monday. In Katsina, troops clashed with bandits.");
    expect(evs.filter((e) => e.type === "ASSAULT")).toHaveLength(2);
  });
});

describe("a claim of responsibility told after the attack", () => {
  it("gives the attack its claimant, and the armed attack stays an attack", async () => {
    const evs = await events("Gunmen attacked a police station in Ghazni province on Monday, killing five officers. The Taliban claimed responsibility for the attack in a statement.");
    expect(evs).toHaveLength(1);
    expect(evs[0]!.type).toBe("ASSAULT");
    expect(evs[0]!.acled?.actor1).toBe("Taliban");
  });
  it("takes no claimant from a claim no group made", async () => {
    const evs = await events("A bomb exploded at a market in Kabul on Monday, killing five people. Police said no group had claimed responsibility for the blast.");
    expect(evs.find((e) => e.type === "ASSAULT")!.acled?.actor1).toBe("Unidentified Armed Group (Afghanistan)");
  });
  it("still reads an attack on a policy as criticism", async () => {
    const [e] = await events("The senator launched an attack on the policy.");
    expect(e!.type).toBe("ACCUSE");
  });
});

describe("a crowd against a state's forces", () => {
  it("codes a crowd fighting the police outside a demonstration as mob violence, not an armed clash", async () => {
    const [e] = await events("Opposition supporters clashed with police in Conakry.");
    expect(e!.acled).toMatchObject({ eventType: "Riots", subEventType: "Mob violence" });
  });
  it("still codes two armed sides as an armed clash", async () => {
    const [e] = await events("Troops clashed with rebels in Kidal.");
    expect(e!.acled?.subEventType).toBe("Armed clash");
  });
  it("reads the victims' head noun, not its modifier ('two opposition supporters' are civilians)", async () => {
    const [e] = await events("Police shot dead two opposition supporters in Conakry.");
    expect(e!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack", actor2: "Civilians (Guinea)" });
  });
});

describe("an attack with a kidnapping beside it", () => {
  it("reads a raid and the kidnapping coordinated after it as one attack, which takes the dead told after them (ACLED: an abduction that kills is an attack)", async () => {
    const told = (await events("Bandits stormed a village in Zamfara and abducted 20 people. Five villagers were killed.")).filter((e) => e.type === "ASSAULT");
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ fatalities: { min: 5, max: 5 }, acled: { eventType: "Violence against civilians", subEventType: "Attack" } });
    const retold = (await events("Bandits stormed a school in Zamfara and kidnapped 30 students. Two guards died in the attack.")).filter((e) => e.type === "ASSAULT");
    expect(retold).toHaveLength(1);
    expect(retold[0]).toMatchObject({ fatalities: { min: 2, max: 2 }, acled: { subEventType: "Attack" } });
  });
  it("keeps a kidnapping's own dead when no attack is told beside it", async () => {
    const [abduction] = await events("Gunmen abducted 20 people in Zamfara. Five of them were later killed.");
    expect(abduction).toMatchObject({ mode: "abduct", fatalities: { min: 5, max: 5 } });
  });
  it("gives a verb joined by 'and' the first verb's subject, not its object", async () => {
    const doc = await extractDocument({ text: "Gunmen attacked Kurmin Masara village in Kaduna on Sunday and abducted 20 people." }, { published: "2019-06-01" });
    const abduction = doc.events.find((e) => e.mode === "abduct")!;
    const actor = doc.actors.find((a) => a.id === abduction.actor);
    expect(actor?.name).not.toMatch(/Kurmin/);
    expect(abduction.acled?.actor1).toMatch(/Unidentified Armed Group/);
  });
});

describe("victims told in the sentence after the attack", () => {
  it("make an attack on civilians, not a clash", async () => {
    const [attack] = await events("Gunmen attacked a bus near Kaduna on Monday. Three passengers were killed.");
    expect(attack).toMatchObject({ type: "ASSAULT", fatalities: { min: 3, max: 3 } });
    expect(attack!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack" });
  });
});

describe("an abduction in a killing attack", () => {
  it("is coded as the attack, as ACLED keeps its abduction sub-event for taking alone", async () => {
    const evs = (await events("Gunmen attacked a village in Zamfara state on Saturday, killing at least 18 people and abducting several women.")).filter((e) => e.type === "ASSAULT");
    expect(evs).toHaveLength(1);
    expect(evs[0]!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack" });
  });
  it("stays an abduction when no one was killed", async () => {
    const [e] = await events("Gunmen abducted several women from a village in Zamfara state on Saturday.");
    expect(e!.acled?.subEventType).toBe("Abduction/forced disappearance");
  });
});

describe("the scene of a village the gazetteer lacks", () => {
  it("places the next sentence's act at the village named for the attack", async () => {
    const doc = await extractDocument({ text: "Boko Haram insurgents raided the village of Kautikari in Borno. Soldiers arrested 20 suspects." }, { published: "2019-06-01" });
    const [raid, arrest] = doc.events;
    expect(raid!.place).not.toBeNull();
    expect(arrest).toMatchObject({ type: "COERCE", place: raid!.place });
  });
  it("tells the attackers' abduction in the next sentence as the raid's part, an abduction as no one was killed", async () => {
    const doc = await extractDocument({ text: "Boko Haram insurgents raided the village of Kautikari in Borno. The attackers abducted 20 women." }, { published: "2019-06-01" });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]).toMatchObject({ mode: "abduct" });
    expect(doc.events[0]!.place).not.toBeNull();
    expect(doc.events[0]!.acled?.subEventType).toBe("Abduction/forced disappearance");
    expect(doc.events[0]!.mentions!.map((m) => m.trigger.text)).toEqual(["raided", "abducted"]);
  });
});

describe("an attack that kills and burns", () => {
  it("gives the dead to the attack, not to the burning told in their clause, and codes it as an attack", async () => {
    const evs = await events("Gunmen attacked a village near Makurdi on Monday, killing 12 farmers and burning houses.");
    const withDead = evs.filter((e) => (e.fatalities?.min ?? 0) > 0);
    expect(withDead).toHaveLength(1);
    expect(withDead[0]!.fatalities).toMatchObject({ min: 12, max: 12 });
    expect(withDead[0]!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack" });
    expect(withDead[0]!.actor).not.toBeNull();
  });

  it("codes herders who attack and kill as a communal militia", async () => {
    const evs = await events("Herders attacked a village near Makurdi on Monday, killing 12 farmers and burning houses.");
    const withDead = evs.filter((e) => (e.fatalities?.min ?? 0) > 0);
    expect(withDead).toHaveLength(1);
    expect(withDead[0]!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack", actor1: "Unidentified Communal Militia (Nigeria)" });
  });
});

describe("parties read across a clause", () => {
  it("takes the subject of a passive casualty verb as the victims of the act its phrase names", async () => {
    const [e] = await events("Afghan civilians were killed by Pakistani shelling in Kunar province.");
    expect(e!.acled).toMatchObject({ actor1: "Military Forces of Pakistan", actor2: "Civilians (Afghanistan)" });
  });

  it("shares the subject with a verb coordinated over a town and its province", async () => {
    const evs = await events("RSF fighters looted the market in Um Kadada, North Darfur, and abducted 15 civilians.");
    const abduction = evs.find((e) => e.mode === "abduct");
    expect(abduction?.acled?.actor1).toBe("Rapid Support Forces");
  });

  it("reads a demonstration told by its verb, and the demand made at it as the demonstrators'", async () => {
    const evs = await events("Around 300 teachers demonstrated in front of the Ministry of Education in Lilongwe demanding payment of salary arrears.");
    const protest = evs.find((e) => e.type === "PROTEST");
    expect(protest?.acled?.eventType).toBe("Protests");
    expect(evs.filter((e) => e.type === "REQUEST").every((e) => e.acled?.actor1 !== "Ministry of Education")).toBe(true);
  });
});

describe("a town named before a place's word, and victims named by what they are", () => {
  it("reads 'Jenin refugee camp' as the place of the raid, not its target", async () => {
    const evs = await events("Israeli forces raided Jenin refugee camp and arrested 12 Palestinians.");
    const raid = evs.find((e) => e.mode === "raid");
    expect(raid?.acled?.actor2).not.toBe("Jenin");
    expect(raid?.place).not.toBeNull();
  });

  it("codes the civilians a shelling killed as its actor2 when no party is named for them", async () => {
    const [e] = await events("Russian forces shelled Kherson on Monday, killing a woman.");
    expect(e!.acled).toMatchObject({ actor1: "Military Forces of Russia", actor2: "Civilians (Ukraine)" });
  });
});

describe("the dead counted by what they were doing", () => {
  it("counts children herding goats as two dead, not as animals", async () => {
    const [e] = await events("A landmine explosion killed two children herding goats near the village.");
    expect(e!.fatalities).toMatchObject({ min: 2, max: 2 });
  });
  it("still counts no culled cattle as deaths", async () => {
    const evs = await events("Soldiers killed 30 cattle grazing near the river.");
    expect(evs.every((e) => !e.fatalities || e.fatalities.min === 0)).toBe(true);
  });
});

describe("a nationality that says whose site was hit", () => {
  it("codes the forces whose outpost was attacked, not the nation's civilians", async () => {
    const evs = await events("PKK militants attacked a Turkish military outpost in Hakkari province, killing two soldiers.");
    expect(evs[0]!.acled).toMatchObject({ actor1: "Kurdistan Workers' Party", actor2: "Military Forces of Turkey" });
  });
  it("keeps a community named for its place of worship as the one targeted", async () => {
    const evs = await events("Militants bombed a Shiite mosque in Kunduz, killing 40 worshippers.");
    expect(evs.find((e) => e.type === "ASSAULT")?.acled?.actor2).not.toBe("Military Forces of Afghanistan");
  });
});


describe("the two sides of a fight named after 'between'", () => {
  it("reads bare plurals and a gerund's sides", async () => {
    const [clash] = await events("A clash between soldiers and militants left 10 dead near Diffa, Niger.");
    expect(clash!.acled).toMatchObject({ actor1: "Military Forces of Niger", actor2: "Unidentified Armed Group (Niger)" });
    const [fight] = await events("Fighting between the army and RSF in El Fasher killed 20 civilians.");
    expect(fight!.acled).toMatchObject({ actor1: "Military Forces of Sudan", actor2: "Rapid Support Forces" });
  });
});

describe("both sides of a clash", () => {
  it("reads the side listed after the doer in the clash's subject as the other side ('Sudanese Armed Forces and RSF fought')", async () => {
    const [clash] = await events("Sudanese Armed Forces and RSF fought in Sennar city on Saturday.");
    expect(clash?.acled).toMatchObject({ actor1: "Military Forces of Sudan", actor2: "Rapid Support Forces" });
  });
});

describe("a country in a locative phrase is a place, and members of a party are that party", () => {
  it("does not make the country of 'in northeast Syria' the target; the dead 'members of the SDF' name it", async () => {
    const [strike] = await events("Turkish drones struck a car near Qamishli in northeast Syria on 2 October, killing two members of the Kurdish-led SDF.");
    expect(strike?.acled).toMatchObject({ actor1: "Military Forces of Turkey", actor2: "Syrian Democratic Forces" });
  });
  it("does not make the country of 'in Syria' the target of an air strike that names none", async () => {
    const [strike] = await events("Israeli jets struck targets in Syria overnight.");
    expect(strike?.acled?.actor2 ?? null).not.toBe("Government of Syria");
  });
});

describe("an aside about the dead does not cut the clause", () => {
  it("keeps the toll and the doer of a killing told with 'most of them women and children' between it and its attack", async () => {
    const [attack] = await events("Gunmen killed at least 50 people, most of them women and children, in an attack on a village in Zamfara State on Friday night.");
    expect(attack?.fatalities).toMatchObject({ min: 50, max: null });
    expect(attack?.acled?.actor1).toBe("Unidentified Armed Group (Nigeria)");
  });
});

describe("a clash between two crowds that hurt people", () => {
  it("is a fight (not a dispute) and, between crowds, mob violence", async () => {
    const evs = await events("Opposition supporters clashed with ruling party activists in Lilongwe on Sunday, leaving 3 injured.");
    const clash = evs.find((e) => e.type === "ASSAULT" && e.trigger?.text === "clashed");
    expect(clash?.acled).toMatchObject({ eventType: "Riots", subEventType: "Mob violence" });
  });
  it("leaves a clash with party leaders told without harm as a dispute", async () => {
    expect((await events("The senator clashed with party leaders over the budget.")).filter((e) => e.type === "ASSAULT")).toHaveLength(0);
  });
});

describe("the members of a group who protested", () => {
  it("makes the group the protest's doer, not its undergoer ('Hundreds of members of the Awami League protested')", async () => {
    const [protest] = await events("Hundreds of members of the Awami League protested in Dhaka on Monday.");
    expect(protest?.type).toBe("PROTEST");
    expect(protest?.actor).not.toBeNull();
    expect(protest?.target ?? null).toBeNull();
  });
});


describe("the two sides of a clash, read from its dead", () => {
  it("takes the dead listed for two armed parties as the clash's two sides, the first listed as actor 1", async () => {
    const [e] = await events("Three soldiers and five militants were killed in clashes in Lower Dir district on Tuesday.");
    expect(e!.acled).toMatchObject({ subEventType: "Armed clash", actor1: "Military Forces of Pakistan", actor2: "Unidentified Armed Group (Pakistan)" });
    expect(e!.fatalities).toMatchObject({ min: 8, max: 8 });
  });
  it("takes the party named after 'with' as the side that killed the dead, and a civilian caught in it as no side", async () => {
    const [e] = await events("Two soldiers and a civilian were killed in clashes with militants near Bannu.");
    expect(e!.acled).toMatchObject({ actor1: "Unidentified Armed Group (Pakistan)", actor2: "Military Forces of Pakistan" });
  });
  it("reads police named without a country as the police of the story's place, not of a country named in passing", async () => {
    const evs = await events("South Korean authorities banned more protests against beef imports from the United States, after hundreds of people were injured in clashes with riot police in Seoul.");
    const clash = evs.find((e) => e.trigger?.text === "clashes");
    expect(clash?.acled?.actor2 ?? clash?.acled?.actor1).not.toBe("Police Forces of the United States");
    expect([clash?.acled?.actor1, clash?.acled?.actor2]).toContain("Police Forces of South Korea");
  });
});

describe("the agent of a passive joined by 'and'", () => {
  it("gives the first passive the agent of the one joined after it", async () => {
    const [e] = await events("Two policemen were shot dead and another was wounded by militants in Dera Ismail Khan on Saturday night.");
    expect(e!.acled).toMatchObject({ actor1: "Unidentified Armed Group (Pakistan)", actor2: "Police Forces of Pakistan" });
  });
  it("gives none across a clause that is not a passive with its agent", async () => {
    const [e] = await events("Two soldiers were killed and the attackers fled by motorbike, police said.");
    expect(e!.acled?.actor1 ?? null).toBeNull();
  });
});

describe("ACLED's names for crowds and communities", () => {
  it("codes a crowd clashing with police over a grievance as a violent demonstration, without one as mob violence", async () => {
    const [strike] = await events("Hundreds of garment workers clashed with police in Gazipur over unpaid wages.");
    expect(strike!.acled).toMatchObject({ eventType: "Riots", subEventType: "Violent demonstration" });
    const [youths] = await events("Youths clashed with police in Nairobi over the weekend.");
    expect(youths!.acled).toMatchObject({ subEventType: "Mob violence", actor1: "Rioters (Kenya)" });
  });
  it("names an ethnic group's armed men its ethnic militia and the community it attacks civilians", async () => {
    const [e] = await events("Fulani militia attacked Dogon villages in Bankass cercle, killing 20 people.");
    expect(e!.acled).toMatchObject({ actor1: "Fulani Ethnic Militia (Mali)", actor2: "Civilians (Mali)" });
  });
  it("reads settlers as a party", async () => {
    const [e] = await events("Settlers set fire to Palestinian homes in the village of Huwara, south of Nablus.");
    expect(e!.actor).toBeTruthy();
  });
  it("reads an act someone was kept from as not done", async () => {
    const evs = await events("Authorities have blocked lawyers from visiting him in Beijing.");
    expect(evs.filter((e) => e.type === "CONSULT" && e.modality === "asserted")).toEqual([]);
  });
});

describe("people of an ethnic group", () => {
  it("are the group: its armed men its ethnic militia, its villagers civilians", async () => {
    const [e] = await events("Fulani herders attacked the village of Agatu, killing 12 farmers.");
    expect(e!.acled).toMatchObject({ actor1: "Fulani Ethnic Militia (Nigeria)", actor2: "Civilians (Nigeria)" });
  });
  it("are its ethnic militia as the target of any armed violence when the words name them armed, civilians otherwise", async () => {
    const [militants] = await events("Nigerian jets bombed Fulani militants near Zurmi in Zamfara state on Monday.");
    expect(militants!.acled).toMatchObject({ subEventType: "Air/drone strike", actor2: "Fulani Ethnic Militia (Nigeria)" });
    const [herders] = await events("Nigerian jets bombed a camp near Zurmi in Zamfara state on Monday, killing 12 Fulani herders.");
    expect(herders!.acled?.actor2).not.toBe("Fulani Ethnic Militia (Nigeria)");
  });
  it("tell the country of a town named in several (Koro: Mali, not Ivory Coast, beside the Dogon)", async () => {
    const doc = await extractDocument({ text: "Fulani and Dogon militias clashed near Koro, leaving 8 dead." }, { published: "2019-06-01" });
    expect(doc.places.find((p) => p.text === "Koro")?.country).toBe("ML");
  });
});

describe("armed people named by what they do", () => {
  it("reads infiltrators, robbers and gang members as armed parties", async () => {
    const [e] = await events("The army said it killed two infiltrators along the border in Kupwara.");
    expect(e!.acled).toMatchObject({ subEventType: "Armed clash", actor2: "Unidentified Armed Group (India)" });
    const [fire] = await events("Police in Port-au-Prince said gang members set fire to a police station on Monday.");
    expect(fire!.acled?.actor1).toBe("Unidentified Armed Group (Haiti)");
  });
  it("reads 'the banned group' as what the group is, not as a ban", async () => {
    const evs = await events("Security forces arrested 12 suspected members of the banned Hizb ut-Tahrir in Tashkent.");
    expect(evs.map((e) => e.mode)).not.toContain("ban");
  });
});

describe("a participle inside the victims' phrase", () => {
  it("keeps 'suspected' inside 'four suspected militants' after a comma", async () => {
    const [e] = await events("A drone strike hit a house in Miranshah, Pakistan, killing four suspected militants.");
    expect(e!.acled?.actor2).toBe("Unidentified Armed Group (Pakistan)");
  });
});

describe("a killing that sparked a protest", () => {
  it("is an event of its own with its dead; the protest it set off has none", async () => {
    const evs = await events("The killing of three farmers by soldiers sparked protests in Bamenda on Monday.");
    expect(evs.find((e) => e.type === "ASSAULT")?.fatalities).toMatchObject({ min: 3, max: 3 });
    expect(evs.find((e) => e.type === "PROTEST")?.fatalities ?? null).toBeNull();
  });
});

describe("Cameroon's regions as English news writes them", () => {
  const placeOf = async (text: string, name: string) => (await extractDocument({ text }, { published: "2019-06-01" })).places.find((p) => p.text === name);
  it("reads 'Bamenda, Northwest region' in Cameroon, not Iceland, and a bare 'the Northwest' as no region", async () => {
    expect((await placeOf("Separatists attacked a checkpoint in Bamenda, Northwest region.", "Northwest"))?.country).toBe("CM");
    expect((await placeOf("Unknown assailants torched three schools in the Northwest region of Cameroon overnight.", "Northwest"))?.country).toBe("CM");
    expect((await placeOf("Avalanche warnings were issued in the Northwest region of Iceland.", "Northwest"))?.country).toBe("IS");
    expect(await placeOf("Flights from the Northwest were delayed in Chicago.", "Northwest")).toBeUndefined();
  });
});

describe("a province GeoNames writes with its type word first", () => {
  it("reads 'Samar province' as the Philippine Province of Samar, not Samara (Russia), whose alternate name is Samar", async () => {
    const doc = await extractDocument({ text: "Soldiers clashed with rebels in Samar province on Sunday." }, { published: "2019-06-01" });
    const samar = doc.places.find((p) => p.text === "Samar");
    expect(samar).toMatchObject({ country: "PH" });
  });
});

describe("the victims counted as a party's members", () => {
  const actorName = (doc: Awaited<ReturnType<typeof extractDocument>>, id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name;
  it("makes the party named after 'members of' the target", async () => {
    const doc = await extractDocument({ text: "Soldiers killed three members of the New People's Army in Samar province." }, { published: "2019-06-01" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(actorName(doc, e!.target)).toBe("New People's Army");
    expect(e!.acled?.actor2).toBe("New People's Army");
  });
  it("reads a participle before the members as part of their noun phrase, not a verb of its own", async () => {
    const doc = await extractDocument({ text: "Police killed two suspected members of Boko Haram in Maiduguri." }, { published: "2019-06-01" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(actorName(doc, e!.target)).toBe("Boko Haram");
  });
});

describe("a strike that kills", () => {
  it("reads a bare 'strikes' that kill or destroy as an air strike, and the nation named as its doer as that state's forces", async () => {
    const [e] = (await events("Israeli strikes on a village in south Lebanon killed a Hezbollah commander and two civilians.")).filter((x) => x.type === "ASSAULT");
    expect(e).toMatchObject({ mode: "air-strike" });
    expect(e!.acled).toMatchObject({ subEventType: "Air/drone strike", actor1: "Military Forces of Israel" });
  });
  it("reads a bare 'strikes' aimed at armed men as an air strike, though it kills no one ('Iranian strikes on militants')", async () => {
    const evs = await events("Pakistan recalled its ambassador from Tehran after Iranian strikes on militants in Balochistan.");
    expect(evs.find((x) => x.trigger?.text === "strikes")).toMatchObject({ type: "ASSAULT", mode: "air-strike" });
  });
  it("keeps a strike beside workers a work stoppage, even with deaths in the sentence", async () => {
    const evs = await events("Two miners were killed during a strike at the Marikana mine when police opened fire.");
    expect(evs.find((x) => x.trigger?.text === "strike")?.type).toBe("PROTEST");
    const [walkout] = await events("French strikes against the pension reform disrupted trains on Tuesday.");
    expect(walkout).toMatchObject({ type: "PROTEST", mode: "strike" });
  });
});

describe("a city cities.json writes by its English name at GeoNames' point", () => {
  it("reads 'Antwerp' as the Belgian city (Antwerpen), not the village of Ohio", async () => {
    const doc = await extractDocument({ text: "Dockers blocked the port of Antwerp on Monday." }, { published: "2019-06-01" });
    expect(doc.places.find((p) => p.text === "Antwerp")).toMatchObject({ country: "BE" });
  });
});

describe("the doers of a passive are not its victims", () => {
  it("codes party members killed by gunmen as violence against civilians, not a clash with the gunmen", async () => {
    const [e] = (await events("Two members of the ruling party were killed by unknown gunmen in Bangui's PK5 district on Friday night.")).filter((x) => x.type === "ASSAULT");
    expect(e!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack" });
  });
});

describe("a siege ended by force", () => {
  it("reads no concession in security forces ending an attackers' siege, but still in a siege lifted", async () => {
    const evs = await events("Al-Shabaab militants stormed a hotel in Mogadishu on Friday night, killing at least nine people before security forces ended the siege.");
    expect(evs.filter((e) => e.type === "CONCEDE")).toEqual([]);
    expect((await events("The government lifted the siege of Taiz after talks.")).map((e) => e.type)).toContain("CONCEDE");
  });
});

describe("a name that only describes the doers", () => {
  it("takes the gang members, not the leader named after 'led by', as the doers", async () => {
    const doc = await extractDocument({ text: "Gang members led by Jimmy Cherizier set fire to a police station in Port-au-Prince on Tuesday." }, { published: "2019-06-01" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(doc.actors.find((a) => a.id === e!.actor)?.name).toBe("Unidentified Armed Group (Haiti)");
  });
});

describe("one plural party on both sides of a clash", () => {
  it("names the rival militias as the doers of 'clashes between rival militias'", async () => {
    const [e] = (await events("Clashes between rival militias in Tripoli killed 55 people.")).filter((x) => x.type === "ASSAULT");
    expect(e!.acled).toMatchObject({ eventType: "Battles", actor1: "Unidentified Armed Group (Libya)" });
    const [groups] = (await events("Fighting between two armed groups in Zawiya left 12 dead.")).filter((x) => x.type === "ASSAULT");
    expect(groups!.acled?.actor1).toBe("Unidentified Armed Group (Libya)");
  });
});

describe("the victims' party named in the object of the verb", () => {
  it("keeps the soldiers as the doers and the ELN as the target of 'killed a commander of the ELN during an operation'", async () => {
    const [e] = (await events("Colombian soldiers killed a senior commander of the National Liberation Army (ELN) during a military operation in Norte de Santander on Wednesday.")).filter((x) => x.type === "ASSAULT");
    expect(e!.acled).toMatchObject({ eventType: "Battles", actor1: "Military Forces of Colombia", actor2: "National Liberation Army" });
  });
});

describe("an attack that kills and abducts, told with the day of its report", () => {
  const text = "Gunmen attacked a village in Kano late Saturday, killing five people and abducting two women, police said Sunday.";
  it("dates the attack by its own day, not by the day the police spoke", async () => {
    const doc = await extractDocument({ text }, { published: "2021-10-11" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(doc.dates.find((d) => d.id === e!.date)?.value).toBe("2021-10-09");
  });
  it("codes it as the attack it was, an abduction only where no one is reported killed", async () => {
    const doc = await extractDocument({ text }, { published: "2021-10-11" });
    expect(doc.events.filter((x) => x.type === "ASSAULT")[0]!.acled).toMatchObject({ subEventType: "Attack" });
    const [taken] = (await events("Gunmen abducted two women in Kano on Saturday.")).filter((x) => x.type === "ASSAULT");
    expect(taken!.acled?.subEventType).toBe("Abduction/forced disappearance");
  });
});

describe("a toll revised paragraphs later", () => {
  it("raises the one lethal event's count to the later toll, but not to a running total many times it", async () => {
    const text = "A suicide bomber struck a mosque in Kunduz during Friday prayers, killing at least 46 worshippers. The Islamic State claimed the bombing. A Taliban spokesman said the attacker had mingled with the worshippers. \"We will protect them,\" he said. The death toll later rose to 55, a hospital official said.";
    const [e] = (await events(text)).filter((x) => x.type === "ASSAULT");
    expect(e!.fatalities).toMatchObject({ min: 55 });
    const riots = "A mob killed 12 people in a village near Godhra on Monday. Police fired on crowds in the city. Officials said curfew would stay. The death toll rose to 544, officials said.";
    const [mob] = (await events(riots)).filter((x) => x.type === "ASSAULT" && x.fatalities);
    expect(mob!.fatalities).toMatchObject({ min: 12 });
  });
});

describe("an earlier happening told after the news", () => {
  it("keeps 'In March, militants killed 12 farmers in Bama' apart from the series of raids it follows", async () => {
    const evs = (await events("The attack is the latest in a series of raids in the region. In March, militants killed 12 farmers in nearby Bama.")).filter((x) => x.type === "ASSAULT");
    const killing = evs.find((e) => e.fatalities?.min === 12);
    expect(killing!.acled?.subEventType).toBe("Attack");
    expect(killing!.trigger?.text).toBe("killed");
    expect(evs.find((e) => e.trigger?.text === "raids")?.background).toBe(true);
  });
});

describe("a protest on a weekday past, with plans in its cause", () => {
  it("dates 'protested ... on Sunday against plans to relocate them' to the Sunday before, in Cox's Bazar", async () => {
    const doc = await extractDocument({ text: "Hundreds of Rohingya refugees protested in Cox's Bazar on Sunday against plans to relocate them to Bhasan Char island." }, { published: "2024-06-15" });
    expect(doc.dates.find((d) => d.text === "Sunday")?.value).toBe("2024-06-09");
    expect(doc.places.find((p) => p.text === "Cox's Bazar")).toMatchObject({ country: "BD" });
    expect(doc.events.filter((e) => e.type === "PROTEST")).toHaveLength(1);
  });
  it("reads the possessive inside a country's long name", async () => {
    const doc = await extractDocument({ text: "Talks with the Democratic People's Republic of Korea resumed in Geneva." }, { published: "2024-06-15" });
    expect(doc.places.find((p) => p.text.startsWith("Democratic"))).toMatchObject({ country: "KP" });
  });
});

describe("a camp named for the displaced", () => {
  it("reads no displacement in an attack on a displacement camp", async () => {
    const evs = await events("Suspected Mai-Mai militiamen attacked a displacement camp in Djugu territory, Ituri, killing 22 people overnight.");
    expect(evs.map((e) => e.type)).toEqual(["ASSAULT"]);
  });
});

describe("victims a casualty phrase names as a people", () => {
  it("codes a raid killing two Palestinians as violence against civilians", async () => {
    const [e] = (await events("On 11 November 2023, Israeli forces raided Nur Shams camp (Tulkarm), killing 2 Palestinians.")).filter((x) => x.type === "ASSAULT");
    expect(e!.acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack", actor2: "Civilians (Palestine)" });
  });
});

describe("an arrest told in the passive after a force's operation", () => {
  it("gives the arrest to the force that raided the same place the sentence before", async () => {
    const evs = await events("On 11 November 2023, Israeli forces raided Nur Shams camp (Tulkarm), killing 2 Palestinians. Several others were arrested in Tulkarm.");
    const arrest = evs.find((e) => e.type === "COERCE");
    expect(arrest!.acled?.actor1).toBe("Military Forces of Israel");
  });
});

describe("a clash between farmers and herders", () => {
  it("codes a deadly one as an armed clash of communal militias, a bloodless one as mob violence", async () => {
    const [deadly] = (await events("Farmers and herders clashed in Plateau state's Bokkos area on Sunday, leaving 18 people dead.")).filter((x) => x.type === "ASSAULT");
    expect(deadly!.acled).toMatchObject({ eventType: "Battles", subEventType: "Armed clash", actor1: "Unidentified Communal Militia (Nigeria)", actor2: "Unidentified Communal Militia (Nigeria)" });
    const [bloodless] = (await events("Farmers and herders clashed over grazing land in Benue state on Monday; no one was hurt.")).filter((x) => x.type === "ASSAULT");
    expect(bloodless!.acled).toMatchObject({ eventType: "Riots", subEventType: "Mob violence" });
  });
});

describe("the sides of a joint act listed in its subject", () => {
  const names = async (text: string) => {
    const doc = await extractDocument({ text }, { published: "2024-06-15" });
    const e = doc.events.find((x) => x.type === "AGREE")!;
    const name = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? null;
    return [name(e.actor), name(e.target)];
  };
  it("names the first listed first and keeps the second as the other side, whatever the agreement's object", async () => {
    expect(await names("Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.")).toEqual(["Iran", "Saudi Arabia"]);
    expect(await names("Iran and Saudi Arabia signed an agreement.")).toEqual(["Iran", "Saudi Arabia"]);
  });
});

describe("a leader hosting another", () => {
  it("reads 'hosted his counterpart' as a meeting, and no meeting in hosting a tournament or a dinner", async () => {
    const [visit] = await events("Chinese President Xi Jinping hosted his Brazilian counterpart Luiz Inacio Lula da Silva in Beijing on Friday.");
    expect(visit).toMatchObject({ type: "CONSULT" });
    expect(await events("Qatar hosted the World Cup in 2022.")).toEqual([]);
    expect(await events("The president hosted a dinner for donors.")).toEqual([]);
  });
});

describe("the recipient of aid", () => {
  it("is the party after 'to', not what is sent", async () => {
    const doc = await extractDocument({ text: "Kenya will send 1,000 police officers to Haiti to lead a multinational security mission." }, { published: "2024-06-15" });
    const aid = doc.events.find((e) => e.type === "AID")!;
    expect(doc.actors.find((a) => a.id === aid.target)?.name).toBe("Haiti");
  });
});

describe("a noun for the people an abduction befell", () => {
  const parties = async (text: string) => {
    const doc = await extractDocument({ text }, { published: "2024-06-15" });
    const e = doc.events.find((x) => x.type === "ASSAULT")!;
    const name = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? null;
    return { actor: name(e.actor), target: name(e.target) };
  };
  it("reads the nationality before 'hostages' as the victims', an armed group's as the captors'", async () => {
    expect((await parties("Two American hostages were freed in Mali.")).actor).toBeNull();
    expect((await parties("Boko Haram hostages were freed in Borno.")).actor).toBe("Boko Haram");
  });
});

describe("arms handed to another party", () => {
  it("reads 'sent tanks to Ukraine' as military aid to Ukraine, and troops sent to a border as none", async () => {
    const doc = await extractDocument({ text: "Germany sent tanks to Ukraine." }, { published: "2024-06-15" });
    const aid = doc.events.find((e) => e.type === "AID");
    expect(aid).toMatchObject({ mode: "military" });
    expect(doc.actors.find((a) => a.id === aid!.target)?.name).toBe("Ukraine");
    expect((await events("The army sent more troops to the border.")).filter((e) => e.type === "AID")).toEqual([]);
  });
});

describe("a division's capitalised type word", () => {
  it("reads \"Cameroon's North-West Region\" as Cameroon's region, not South Africa's North West", async () => {
    const doc = await extractDocument({ text: "Separatists killed two soldiers in Kumbo, in Cameroon's North-West Region, on Monday." }, { published: "2024-06-15" });
    expect(doc.places.find((p) => p.text === "North-West")).toMatchObject({ country: "CM" });
  });
});

describe("a division said to be of a country that has no such division", () => {
  it("places 'the Northwest region of England' in England, not in Cameroon, and keeps Cameroon's own", async () => {
    const doc = await extractDocument({ text: "Flooding hit the Northwest region of England on Monday." }, { published: "2024-06-15" });
    expect(doc.places.find((p) => p.text === "Northwest")).toMatchObject({ country: "GB" });
    const cm = await extractDocument({ text: "Fighting erupted in the Northwest region of Cameroon on Monday." }, { published: "2024-06-15" });
    expect(cm.places.find((p) => p.text === "Northwest")).toMatchObject({ country: "CM" });
  });
});

describe("event words inside names", () => {
  it("reads no seizure of territory in a name's word after its joiner", async () => {
    const evs = await events("Two soldiers were killed in an exchange of fire along the Line of Control in Kashmir's Kupwara district.");
    expect(evs.map((e) => e.type)).toEqual(["ASSAULT"]);
  });
  it("still reads an event word right after a name", async () => {
    const evs = await events("Rebels captured the Kupwara district on Monday.");
    expect(evs.map((e) => e.type)).toContain("COERCE");
  });
});

describe("a state's craft named with its government", () => {
  it("reads 'Syrian government aircraft' as the state's forces, not as Syrians", async () => {
    const doc = await extractDocument({ text: "Syrian government aircraft bombed a market in Douma on Monday, killing 12 civilians." }, { published: "2019-06-01" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(doc.actors.find((a) => a.id === e!.actor)?.name).toBe("Military Forces of Syria");
  });
});

describe("the parties of a joint act named with their titles", () => {
  it("reads both leaders' governments from a list whose second item has a nationality and a title", async () => {
    const doc = await extractDocument({ text: "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud signed a security agreement in Nairobi." }, { published: "2019-06-01" });
    const [deal] = doc.events.filter((x) => x.type === "AGREE");
    const name = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name;
    expect([name(deal!.actor), name(deal!.target)]).toEqual(["Government of Kenya", "Government of Somalia"]);
  });
});

describe("a name held by a party is a place", () => {
  it("does not take the territory after 'rebel-held' for the party hit", async () => {
    const doc = await extractDocument({ text: "Government aircraft bombed rebel-held Wadi Barada on Monday, killing nine civilians." }, { published: "2019-06-01" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(doc.actors.find((a) => a.id === e!.target)?.name).toMatch(/^Civilians/);
    expect(doc.actors.some((a) => a.name === "Wadi Barada")).toBe(false);
  });
});

describe("a place named with its country's possessive", () => {
  it("keeps a division the gazetteer lacks in the possessor's country, not at a namesake abroad", async () => {
    const doc = await extractDocument({ text: "Police in Botswana's North-West District arrested three suspected poachers on Sunday." }, { published: "2019-06-01" });
    const place = doc.places.find((p) => p.text === "North-West");
    expect(place?.country).toBe("BW");
  });
});

describe("a deed blamed on a party in a reduced relative", () => {
  it("takes the party after 'blamed on' or 'attributed to' right after the deed's noun for its doer", async () => {
    const doc = await extractDocument({ text: "A car bombing blamed on al-Shabaab killed nine people in Baidoa. A drone strike attributed to Turkey killed three fighters near Kobani." }, { published: "2019-06-01" });
    const name = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name;
    const doers = doc.events.filter((e) => e.type === "ASSAULT").map((e) => name(e.actor));
    expect(doers).toEqual(["al-Shabaab", "Turkey"]);
  });
});

describe("a province named with a country's possessive the gazetteer reads as another country", () => {
  it("keeps a division its type word confirms where the gazetteer lists it", async () => {
    const doc = await extractDocument({ text: "Rebels attacked a village in Congo's North Kivu province overnight, killing 19 people." }, { published: "2019-06-01" });
    expect(doc.places.find((p) => p.text === "North Kivu")?.country).toBe("CD");
  });
});

describe("a place inside a group's own name", () => {
  const placeName = async (text: string) => {
    const doc = await extractDocument({ text }, { published: "2019-06-01" });
    const attack = doc.events.find((e) => e.type === "ASSAULT");
    return { attack, place: doc.places.find((p) => p.id === attack?.place)?.text ?? null };
  };
  it("does not place an act at the region a group's name holds ('al-Qaeda in the Arabian Peninsula', 'the Islamic State in Iraq and Syria')", async () => {
    const aqap = await placeName("Gunmen from al-Qaeda in the Arabian Peninsula ambushed an army patrol on Tuesday.");
    expect(aqap.attack).toBeDefined();
    expect(aqap.place).toBeNull();
    const isis = await placeName("The coalition is fighting the Islamic State in Iraq and Syria (ISIS), a spokesman said.");
    expect(isis.attack).toBeDefined();
    expect(isis.place).toBeNull();
  });
  it("still places an act at a site's town and at a place after a party told by a common noun", async () => {
    expect((await placeName("Gunmen attacked the U.S. Embassy in Kabul on Monday.")).place).toBe("Kabul");
    expect((await placeName("Militants from a cell in Mombasa bombed a bus on Monday.")).place).toBe("Mombasa");
  });
});

describe("a place someone comes from", () => {
  it("does not share a name after 'from' with a happening told in another clause", async () => {
    const doc = await extractDocument({ text: "The envoy said the shelling had killed dozens, and that what was needed from Moscow was less talk." }, { published: "2019-06-01" });
    const shelling = doc.events.find((e) => e.type === "ASSAULT");
    expect(shelling).toBeDefined();
    expect(shelling!.place).toBeNull();
  });
  it("still places a happening '20 km from' a town", async () => {
    const doc = await extractDocument({ text: "Shelling killed ten people 20 km from Kabul on Monday." }, { published: "2019-06-01" });
    expect(doc.places.find((p) => p.id === doc.events[0]?.place)?.text).toBe("Kabul");
  });
});

describe("a killing of the doers of another act", () => {
  it("keeps 'police killed two gunmen' apart from the shooting the gunmen did, each with its own toll", async () => {
    const doc = await extractDocument({ text: "Police killed two gunmen who had shot dead a shopkeeper in Karachi." }, { published: "2019-06-01" });
    const tolls = doc.events.filter((e) => e.type === "ASSAULT").map((e) => e.fatalities?.min).sort();
    expect(tolls).toEqual([1, 2]);
  });
});

describe("the subject of a collapse", () => {
  it("reads what collapsed, and its owner, as no doer", async () => {
    const evs = await events("Part of the Savoy Hotel's roof collapsed on Tuesday, injuring six guests.");
    const collapse = evs.find((e) => e.type === "MAN_MADE_DISASTER");
    expect(collapse).toBeDefined();
    expect(collapse!.actor).toBeNull();
    expect(collapse!.actorPhrase).toBeUndefined();
  });
  it("nor the vessel that capsized", async () => {
    const [e] = await events("A crowded ferry capsized on Lake Kivu on Sunday, killing 12 passengers.");
    expect(e).toMatchObject({ type: "MAN_MADE_DISASTER", actor: null });
    expect(e!.actorPhrase).toBeUndefined();
  });
});

describe("a phrase joined to an event noun by 'and'", () => {
  it("is not the doer of the event noun after it", async () => {
    // "soldiers" and "police officers" end the first act's phrase: they underwent it, and did not bomb or kidnap.
    const [bombings] = await events("Residents of Kidal have endured attacks on soldiers and bombings for months.");
    expect(bombings).toMatchObject({ type: "ASSAULT", actor: null });
    const [kidnappings] = await events("The town has seen killings of police officers and kidnappings since January.");
    expect(kidnappings).toMatchObject({ type: "ASSAULT", actor: null });
  });
  it("keeps the subject of the light verb that governs both nouns", async () => {
    const doc = await extractDocument({ text: "Rebels launched attacks on army posts and ambushes in the north of Mali." }, { published: "2019-06-01" });
    const [e] = doc.events;
    expect(e!.actor).not.toBeNull();
    expect(e!.actorPhrase?.text ?? doc.actors.find((a) => a.id === e!.actor)?.name).not.toMatch(/army/i);
  });
});

describe("a description with a relative clause, set off after a name", () => {
  it("gives the deed to the name it describes", async () => {
    const doc = await extractDocument({ text: "Musa Danjuma, the gunman who shot dead four guards at a bank in Kano, was arrested on Monday." }, { published: "2019-06-01" });
    const shooting = doc.events.find((e) => e.type === "ASSAULT");
    expect(shooting).toBeDefined();
    expect(doc.actors.find((a) => a.id === shooting!.actor)?.name).toBe("Musa Danjuma");
  });
});

describe("a light verb's object listing several acts", () => {
  it("gives each act the verb's subject", async () => {
    const doc = await extractDocument({ text: "Al-Shabaab claimed the killings of two teachers and the bombing of a bus in Mandera." }, { published: "2019-06-01" });
    const bombing = doc.events.find((e) => e.type === "ASSAULT" && e.trigger?.text === "bombing");
    expect(bombing).toBeDefined();
    expect(doc.actors.find((a) => a.id === bombing!.actor)?.name).toMatch(/shabaab/i);
  });
});

describe("storming a building", () => {
  it("reads 'tried to storm the building' as a raid tried, not a storm", async () => {
    const evs = await events("Gunmen tried to storm the hotel in Mogadishu on Sunday.");
    expect(evs.map((e) => e.type)).toEqual(["ASSAULT"]);
  });
  it("still reads a storm of the weather", async () => {
    const evs = await events("The storm the weather service had warned of killed three people in Mobile.");
    expect(evs.find((e) => e.fatalities?.min === 3)?.type).toBe("NATURAL_DISASTER");
    expect(evs.some((e) => e.type === "ASSAULT")).toBe(false);
  });
});

describe("a toll told after an act only tried", () => {
  it("gives the dead to the act that happened, not to the storming tried, whose toll would be lost", async () => {
    const evs = await events("Gunfire broke out as attackers tried to storm the building in Mogadishu. Security forces killed three of the gunmen, police said.");
    expect(evs.reduce((n, e) => n + (e.fatalities?.min ?? 0), 0)).toBe(3);
  });
});

describe("a country's capital named by the word 'capital'", () => {
  it("places an attack 'in Somalia's capital' and 'in the Somali capital' at Mogadishu", async () => {
    for (const text of ["A car bomb exploded outside a restaurant in Somalia's capital on Sunday, killing eight people.", "A car bomb exploded outside a restaurant in the Somali capital on Sunday, killing eight people.", "A car bomb exploded outside a restaurant in the capital of Somalia on Sunday, killing eight people."]) {
      const doc = await extractDocument({ text }, { published: "2019-06-01" });
      const [e] = doc.events.filter((x) => x.type === "ASSAULT");
      expect(doc.places.find((p) => p.id === e!.place)?.name, text).toBe("Mogadishu");
    }
  });
  it("leaves a capital named after the word to its name", async () => {
    const doc = await extractDocument({ text: "A car bomb exploded in the Afghan capital, Kabul, on Sunday." }, { published: "2019-06-01" });
    expect(doc.places.map((p) => p.text)).toEqual(["Kabul"]);
  });
});

describe("Congo alone", () => {
  it("reads 'eastern Congo' as the Democratic Republic of the Congo, as the entity layer's aliases do, and 'Congo Republic' as the other", async () => {
    const doc = await extractDocument({ text: "Rebels seized the town of Rubaya in eastern Congo on Wednesday. Floods hit Congo Republic." }, { published: "2019-06-01" });
    expect(doc.places.filter((p) => p.text.startsWith("Congo")).map((p) => p.country)).toEqual(["CD", "CG"]);
  });
  it("adds no capital for 'the capital' that describes a city named before it", async () => {
    const doc = await extractDocument({ text: "Floods hit Brazzaville, the capital of Congo Republic, on Monday." }, { published: "2019-06-01" });
    expect(doc.places.map((p) => p.text)).toEqual(["Brazzaville", "Congo Republic"]);
  });
});

describe("'her' before an adjective the verb leaves her in", () => {
  it("reads 'her' as the undergoer of 'shot her dead' and 'found her guilty', not 'her dead' or 'her guilty'", async () => {
    const [shot] = await events("Two gunmen shot her dead outside a pharmacy in Kaduna.");
    expect(shot!.targetPhrase?.text).toBe("her");
    const [verdict] = await events("A magistrate in Lusaka found her guilty of theft on Thursday.");
    expect(verdict).toMatchObject({ type: "SANCTION", mode: "convict" });
    expect(verdict!.targetPhrase?.text).toBe("her");
  });
  it("keeps 'her' as a possessive before a noun", async () => {
    const [e] = await events("Gunmen killed her husband in Gusau.");
    expect(e!.targetPhrase?.text).toBe("her husband");
  });
});

describe("an event's regular past the tagger read as a noun", () => {
  it("reads 'abducted' after its subject and before its object as the verb, with its doer and its undergoer", async () => {
    const [e] = await events("Bandits abducted her son near Gusau on Sunday.");
    expect(e).toMatchObject({ type: "ASSAULT", mode: "abduct" });
    expect(e!.actorPhrase?.text).toBe("Bandits");
    expect(e!.targetPhrase?.text).toBe("her son");
  });
});

describe("where the undergoer's noun phrase ends", () => {
  it("ends the phrase before a bare infinitive after a verb of demanding", async () => {
    const [demand] = (await events("Students demanded Museveni release their leader.")).filter((e) => e.type === "REQUEST");
    expect(demand?.targetPhrase?.text).toBe("Museveni");
    const [union] = (await events("The union demanded the minister release the nurses.")).filter((e) => e.type === "REQUEST");
    expect(union?.targetPhrase?.text).toBe("the minister");
  });
  it("ends the phrase before a determiner that opens another phrase", async () => {
    const [e] = await events("Soldiers detained the headman the villagers had elected in May.");
    expect(e!.targetPhrase?.text).toBe("the headman");
    // The villagers elected him; they are not the ones detained.
    expect(e!.target).toBeNull();
  });
  it("keeps 'no' before a number inside the phrase", async () => {
    const [e] = await events("Rebels ambushed battalion no 4 troops near Gulu.");
    expect(e!.targetPhrase?.text).toBe("battalion no 4 troops");
  });
});

describe("a hyphenated compound after a preposition", () => {
  it("reads 'rebel-held' after 'against' as the adjective of the undergoer's noun", async () => {
    const [e] = await events("Government jets renewed air strikes against rebel-held villages near Idlib.");
    expect(e!.targetPhrase?.text).toBe("rebel-held villages");
  });
});

describe("a pledge of aid", () => {
  it("is an agreement of humanitarian kind, as 'assured to help' is", async () => {
    const [e] = await events("The United States pledged $500 million in humanitarian aid to Sudan, Secretary of State Antony Blinken said.");
    expect(e).toMatchObject({ type: "AGREE", mode: "humanitarian", modality: "pledged" });
  });
});

describe("a victim named by 'known as'", () => {
  it("keeps the killing verb's parties for the raid named after the name", async () => {
    const doc = await extractDocument({ text: "The Peruvian army killed a rebel commander known as Camarada Jose in a bombing raid in the VRAEM valley." }, { published: "2019-06-01" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(doc.actors.find((a) => a.id === e!.actor)?.name).toBe("Military Forces of Peru");
  });
});

describe("an act the accused did, told as a gerund", () => {
  it("gives 'accused the rebels of shelling a hospital' to the rebels, not to the accuser", async () => {
    const doc = await extractDocument({ text: "The army accused the M23 rebels of shelling a hospital in Goma, killing four patients." }, { published: "2019-06-01" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(doc.actors.find((a) => a.id === e!.actor)?.name).toBe("M23");
  });
});

describe("an attack on the people a vehicle or shelter holds", () => {
  const targetName = (doc: Awaited<ReturnType<typeof extractDocument>>) => {
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    return { target: doc.actors.find((a) => a.id === e!.target)?.name, acled: e!.acled };
  };
  it("reads 'a convoy of traders' and 'a bus carrying pilgrims' as aimed at the traders and the pilgrims", async () => {
    const convoy = await extractDocument({ text: "Gunmen ambushed a convoy of traders near Tamou in Niger, killing seven." }, { published: "2019-06-01" });
    expect(targetName(convoy).target).toBe("Civilians (Niger)");
    const bus = await extractDocument({ text: "A roadside bomb struck a bus carrying pilgrims in Mastung district of Pakistan, wounding 23." }, { published: "2019-06-01" });
    expect(targetName(bus).target).toBe("Civilians (Pakistan)");
  });
  it("codes an ambush of civilians as an attack on civilians, and an ambush of soldiers as an armed clash", async () => {
    const convoy = await extractDocument({ text: "Gunmen ambushed a convoy of traders near Tamou in Niger, killing seven." }, { published: "2019-06-01" });
    expect(targetName(convoy).acled).toMatchObject({ eventType: "Violence against civilians", subEventType: "Attack", actor2: "Civilians (Niger)" });
    const troops = await extractDocument({ text: "Militants ambushed a convoy of Nigerian soldiers near Maiduguri, killing four." }, { published: "2019-06-01" });
    expect(targetName(troops).acled).toMatchObject({ eventType: "Battles", subEventType: "Armed clash", actor2: "Military Forces of Nigeria" });
  });
});

describe("an act of violence told as a gerund the tagger read as a noun", () => {
  it("reads 'accused of beating villagers' as the beating of villagers by the accused", async () => {
    const doc = await extractDocument({ text: "Rebels were accused of beating villagers in Goma." }, { published: "2019-06-01" });
    const [e] = doc.events.filter((x) => x.type === "ASSAULT");
    expect(e).toMatchObject({ mode: "beat", modality: "claimed" });
    expect(doc.actors.find((a) => a.id === e!.target)?.name).toMatch(/^Civilians/);
  });
});

describe("a killing a protest followed", () => {
  it("keeps 'after a student was killed by police' as its own attack, not a toll of the protesters' arson", async () => {
    const doc = await extractDocument({ text: "Protesters torched the offices of the ruling party in Dhaka after a student was killed by police during a rally." }, { published: "2019-06-01" });
    const killing = doc.events.find((x) => x.type === "ASSAULT" && x.fatalities?.min === 1);
    expect(doc.actors.find((a) => a.id === killing?.actor)?.name).toBe("Police Forces of Bangladesh");
    const riot = doc.events.find((x) => x.type === "PROTEST");
    expect(riot?.fatalities ?? null).toBeNull();
  });
});

describe("the toll of the event, not a running count or a quoted figure lost", () => {
  it("keeps 15 dead when the sentence adds 'bringing the number of people killed in the area this month to 60'", async () => {
    const evs = await events("Militants killed 15 people in an attack on a village near Djibo on Monday, bringing the number of people killed in the area this month to 60.");
    expect(evs.find((e) => e.type === "ASSAULT")?.fatalities).toMatchObject({ min: 15, max: 15 });
    // One happening named after "the number of": its revised toll.
    const revised = await events("A second blast on Monday brought the number of dead from the bombing in Djibo to 14.");
    expect(revised.find((e) => e.type === "ASSAULT")?.fatalities).toMatchObject({ min: 14, max: 14 });
  });
  it("reads a quoted figure after the verb ('it killed \"about 40 terrorists\" in air strikes') as one air strike with its toll", async () => {
    const evs = (await events('The army said it killed "about 40 terrorists" in air strikes on positions in the Sambisa forest on Friday.')).filter((e) => e.type === "ASSAULT");
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ mode: "air-strike", fatalities: { min: 40 } });
  });
});

describe("an adjective of the past", () => {
  it("modifies its noun, not the act of the clause's verb ('Supporters of the former prime minister set fire to vehicles')", async () => {
    const [fire] = (await events("Supporters of the former prime minister set fire to vehicles in Lahore on Tuesday.")).filter((e) => e.type === "ASSAULT");
    expect(fire?.background ?? false).toBe(false);
    // Before an event's noun it still makes the event past context.
    const [attacks] = (await events("A former member of the cell behind the attacks was arrested in Brussels.")).filter((e) => e.type === "ASSAULT");
    expect(attacks?.background).toBe(true);
  });
});

describe("a town an attack verb governs", () => {
  it("is the attack's place even when the tagger read it as an organisation ('the ADF attacked Beni')", () => {
    expect(eventPlaces("Fighters of the ADF attacked Beni on Saturday night, killing 14 civilians.").find((e) => e.trigger === "attacked")).toMatchObject({ place: "Beni", country: "CD" });
  });
  it("but not a name that only modifies the object's noun ('attacked the Samburu tribe')", () => {
    expect(eventPlaces("Rustlers from the Pokot tribe attacked the Samburu tribe near Kisima, killing 30.").find((e) => e.trigger === "attacked")?.place).not.toBe("Samburu");
  });
});
