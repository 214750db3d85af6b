/**
 * Wire-story sentences where a happening is told again or another one starts: a killing opened by "In a separate
 * incident", a kind of happening said to have become common, vigilantes named without an act, deaths told again in
 * the next paragraph, and a killing participle after a retaking of ground. Sentences written for sitrep, none from
 * an eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function events(text: string, published = "2024-12-02") {
  const doc = await extractDocument({ text }, { published });
  const actor = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? null;
  const place = (id: string | null | undefined) => doc.places.find((p) => p.id === id)?.name ?? null;
  return doc.events
    .filter((e) => !e.background && e.modality === "asserted")
    .map((e) => ({ type: e.type, mode: e.mode, trigger: e.trigger?.text ?? "", actor: actor(e.actor), target: actor(e.target), place: place(e.place), dead: e.fatalities?.min ?? null }));
}

describe("a kind of happening said to have become common", () => {
  it.each([
    ["Kidnappings for ransom have become common on highways in northern Nigeria."],
    ["Attacks on aid workers have become frequent in the region."],
  ])("is no event: %s", async (text) => {
    expect(await events(text)).toEqual([]);
  });

  it("keeps a dated, counted happening", async () => {
    expect((await events("Kidnappings of 20 passengers were reported on the highway on Sunday.")).length).toBeGreaterThan(0);
  });
});

describe("a killing told as a separate incident", () => {
  it("is an event of its own, not the toll of the event before", async () => {
    const evs = await events("Gunmen abducted 20 passengers from a bus on Sunday. In a separate incident, bandits killed three farmers on Sunday, residents said.");
    const killing = evs.find((e) => e.dead === 3);
    expect(killing?.trigger).toBe("killed");
    expect(evs.find((e) => e.trigger === "abducted")?.dead).toBeNull();
  });
});

describe("vigilantes", () => {
  it("named beside the police, doing no violence, are no mob violence", async () => {
    expect(await events("Police and vigilantes were combing the forest to rescue the victims.")).toEqual([]);
  });
  it("who kill are mob violence", async () => {
    expect((await events("Vigilantes killed three suspected thieves in Kano.")).map((e) => e.mode)).toContain("primitive");
  });
});

describe("deaths told again in the next sentence", () => {
  it("join the event that killed the same side, not the one told last", async () => {
    const evs = await events("An Israeli drone strike on a car in southern Lebanon killed two Hezbollah members on Tuesday, security sources said, as the group fired rockets at a military base in northern Israel. Hezbollah announced the deaths of two of its fighters without saying where they were killed.", "2024-01-09");
    expect(evs.find((e) => e.trigger === "drone strike")?.dead).toBe(2);
    expect(evs.find((e) => e.trigger === "fired rockets")?.dead).toBeNull();
  });
});

describe("a killing participle after a retaking of ground", () => {
  it("is the retaking's toll, with the dead as its target", async () => {
    const evs = await events("Afghan troops recaptured the town of Musa Qala on Tuesday, killing more than 50 Taliban fighters, the government said.", "2023-09-05");
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: "COERCE", mode: "retake", dead: 50, target: "Taliban" });
  });
  it("is the retaking's even when the taking's subject was not read", async () => {
    const evs = await events("Somali troops backed by local clan militias recaptured the town of Adan Yabaal on Tuesday, killing 50 fighters, the government said.", "2023-09-05");
    expect(evs).toHaveLength(1);
    expect(evs[0]!.dead).toBe(50);
  });
});

describe("a death the protest is about", () => {
  it("is no toll of the protest nor of the protesters' acts after it", async () => {
    const evs = await events("Police arrested at least 30 people on Tuesday after protesters angered by the killing of a religious leader blocked a highway and set fire to a police van, officials said.", "2024-05-14");
    expect(evs.filter((e) => e.dead !== null)).toEqual([]);
  });
});

describe("a fight going on for years", () => {
  it.each([
    ["The Islamist group has been fighting for more than 15 years to topple the central government."],
    ["Rebels have clashed with the army for decades in the region."],
  ])("is background: %s", async (text) => {
    expect(await events(text, "2023-09-05")).toEqual([]);
  });
  it("a fight of a few days is still told", async () => {
    expect(await events("Troops have clashed with rebels for three days in the town.", "2023-09-05")).toHaveLength(1);
  });
});

describe("an event dated long before the report", () => {
  it("is not placed at the dateline", async () => {
    const evs = await events("ADDIS ABABA, Oct 9 (Reuters) - Ethiopia accused Eritrea on Thursday of preparing for war.\n\nEthiopia and Eritrea fought a border war from 1998 to 2000 that killed tens of thousands of people.", "2025-10-09");
    const war = evs.find((e) => e.trigger === "fought");
    expect(war).toBeDefined();
    expect(war!.place).toBeNull();
  });
});

describe("another happening told in the sentence of the first", () => {
  it("keeps its own toll apart", async () => {
    const evs = await events("A 6.3 magnitude earthquake struck western Afghanistan on Sunday, killing at least 15 people, a week after another powerful quake killed more than 1,000 people in the same province, officials said.", "2023-10-15");
    expect(evs.map((e) => e.dead).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([15, 1000]);
  });
});

describe("a casualty participle after a relative clause", () => {
  it("tells the toll of the main clause's act", async () => {
    const evs = await events("Kenyan police opened fire on protesters who stormed parliament in Nairobi on Tuesday, killing at least five people, after lawmakers passed a finance bill.", "2024-06-25");
    expect(evs.find((e) => e.trigger === "opened fire")).toMatchObject({ actor: "Police Forces of Kenya", dead: 5 });
    expect(evs.find((e) => e.trigger === "stormed")?.dead ?? null).toBeNull();
  });
});

describe("a match report", () => {
  it("tells no violence in a club thrashing its rivals or firing them to the top", async () => {
    expect(await events("LONDON, March 2 (Reuters) - Teenage striker Leo Grant shot to fame on Saturday with a hat-trick that helped his club thrash their rivals 5-1 and fire them to the top of the table.", "2025-03-02")).toEqual([]);
  });
  it("keeps violence at a game", async () => {
    expect((await events("Fans clashed with police after the match and a player was stabbed outside the stadium.", "2025-03-02")).length).toBeGreaterThan(0);
  });
});

describe("a site set on fire", () => {
  it("is arson, not an accident or a blast at the site", async () => {
    const evs = await events("Protesters set part of the parliament building on fire before police fired tear gas, witnesses said.", "2024-06-25");
    expect(evs.map((e) => e.mode)).toContain("destroy");
    expect(evs.map((e) => e.mode)).not.toContain("explosives");
  });
});

describe("an armed group a later telling names", () => {
  it("is the doer of the attack the lead left unidentified", async () => {
    const evs = await events("Gang members armed with automatic rifles killed at least 70 people in an attack on the town of Pont-Sonde in central Haiti on Thursday, the United Nations said.\n\nThe Gran Grif gang also set fire to at least 45 houses and 34 vehicles, a spokesperson said.", "2024-10-04");
    expect(evs.find((e) => e.dead === 70)?.actor).toBe("Gran Grif");
  });
});

describe("acts only worked towards or at stake", () => {
  it("an arrest security forces are working to make is intended, not done", async () => {
    const evs = await events("The president said security forces were working to arrest those responsible.", "2024-07-10");
    expect(evs.filter((e) => e.mode === "arrest")).toEqual([]);
  });
  it("a trade whose control is fought over is no happening", async () => {
    const evs = await events("The state has been violent for years as two cartels fight for control of fuel theft and drug trafficking.", "2024-07-10");
    expect(evs.filter((e) => e.type === "ORG_CRIME")).toEqual([]);
  });
});

describe("a toll beside a comparison over a span of time", () => {
  it("'the deadliest clash in more than a year' keeps the clash's toll", async () => {
    const evs = await events("Philippine soldiers killed 12 Abu Sayyaf militants in a gun battle on the island of Jolo on Wednesday, the military said, the deadliest clash with the group in more than a year.", "2019-04-03");
    expect(evs.find((e) => e.trigger === "gun battle")?.dead).toBe(12);
  });
});

describe("a named storm", () => {
  it("is a disaster with its toll, not a person, and the homes it destroyed are its damage", async () => {
    const evs = await events("Cyclone Mocha killed at least 30 people in western Myanmar as it tore through coastal areas on Sunday, destroying homes and cutting power, officials said.", "2023-05-15");
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: "NATURAL_DISASTER", dead: 30, actor: null, target: null });
  });
  it("is not read in an organisation's or a park's name", async () => {
    expect(await events("The National Hurricane Center issued an advisory, and Six Flags Hurricane Harbor stayed open.", "2023-05-15")).toEqual([]);
  });
});

describe("force on a crowd before a relative clause", () => {
  it("takes the dead of the participle after it, with the protest it met", async () => {
    const evs = await events("Police in Bangladesh fired tear gas and rubber bullets at thousands of garment workers who blocked a highway outside Dhaka on Thursday, killing one worker, as protests over pay spread.", "2023-11-09");
    // One death, on the protest the police's force met (ACLED's excessive force against protesters), no killing by the workers.
    expect(evs.filter((e) => e.dead !== null)).toHaveLength(1);
    expect(evs.find((e) => e.dead === 1)?.type).toBe("PROTEST");
  });
});

describe("a siege", () => {
  it("is an attack whose toll a long naming phrase may stand between", async () => {
    const evs = await events("The death toll from a 30-hour siege of a hotel in Somalia's capital by al Shabaab militants rose to 21 on Saturday, the health minister said.", "2022-08-20");
    expect(evs.find((e) => e.trigger === "siege")?.dead).toBe(21);
  });
  it("lifted is no attack", async () => {
    expect((await events("The army lifted the siege of the town on Monday.", "2022-08-20")).filter((e) => e.type === "ASSAULT")).toEqual([]);
  });
});

describe("a casualty sentence that names where", () => {
  it("places the attack it retells more precisely than the country", async () => {
    const evs = await events("Militants attacked a security checkpoint in Pakistan on Tuesday, killing seven soldiers, the army said.\n\nFour attackers were killed when troops returned fire at the post in Dera Ismail Khan district, the military said.", "2023-12-12");
    expect(evs.find((e) => e.trigger === "attacked")?.place).toBe("Dera Ismail Khan");
  });
});

describe("a noun phrase in apposition to a name", () => {
  it("does not cut the clause: the date after it is the main verb's", async () => {
    const doc = await extractDocument({ text: "M23 rebels took control of Bukavu, the second-largest city in eastern Congo, on Sunday after government troops withdrew, residents said." }, { published: "2025-02-16" });
    const seize = doc.events.find((e) => e.type === "COERCE");
    expect(doc.dates.find((d) => d.id === seize?.date)?.text).toBe("Sunday");
  });
});
