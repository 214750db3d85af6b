/** Actors and targets as roles of the trigger's clause: passive agents, doers named by the trigger, victims of one-sided violence. */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const actors: HandActor[] = [
  { id: "tal", name: "Taliban", kind: "armed group", mentions: ["Taliban sniper", "Taliban"] },
  { id: "mil", name: "Military Forces of Afghanistan", kind: "military", mentions: ["soldiers", "troops"] },
  { id: "uag", name: "Unidentified Armed Group (Afghanistan)", kind: "armed group", mentions: ["gunmen", "Gunmen", "suicide bombers"] },
  { id: "cvl", name: "Civilians (Afghanistan)", kind: "group", mentions: ["civilians", "villagers"] },
  { id: "pol", name: "Police Forces of Afghanistan", kind: "police", mentions: ["policemen", "police"] },
  { id: "usmil", name: "Military Forces of the United States", kind: "military", mentions: ["US warplanes"] },
];

describe("parties of the trigger's clause", () => {
  it("reads a range of counts as the object's start, and a doubt about the doers as no doubt about the killing", () => {
    const [e] = extractEventsByHand("On 3 May 2024, suspected gunmen killed between 10 and 15 civilians in Kandahar.", { actors }).filter((x) => x.data.type === "ASSAULT");
    expect(e?.data).toMatchObject({ actor: "uag", target: "cvl", modality: "asserted" });
  });

  it("reads 'signed a ceasefire agreement' as one agreement, with the two listed signatories as its parties", () => {
    const local: HandActor[] = [...actors, { id: "gov", name: "Government of Afghanistan", kind: "government", mentions: ["government"] }];
    const agreements = extractEventsByHand("The government and the Taliban signed a ceasefire agreement in Doha.", { actors: local }).filter((x) => x.data.type === "AGREE");
    expect(agreements).toHaveLength(1);
    expect([agreements[0]!.data.actor, agreements[0]!.data.target].sort()).toEqual(["gov", "tal"]);
  });

  it("gives an attack named in an opening 'in' phrase the parties of the clause after its comma ('In the attack on Monday, gunmen killed ...')", () => {
    const [e] = extractEventsByHand("In the attack on Monday, gunmen killed four policemen in Kandahar.", { actors }).filter((x) => x.data.type === "ASSAULT");
    expect(e?.data).toMatchObject({ actor: "uag", target: "pol" });
    // "After the attack" tells what came after it, another happening: its parties are not the attack's.
    const after = extractEventsByHand("After the attack on Monday, soldiers killed four gunmen in Kandahar.", { actors }).filter((x) => x.data.type === "ASSAULT");
    expect(after.some((x) => x.data.trigger.text === "attack" && x.data.actor === "mil")).toBe(false);
  });

  it("does not take a name after another noun's preposition as the target of an event noun ('the attack in a statement on its radio')", () => {
    const local: HandActor[] = [...actors, { id: "radio", name: "Radio Andalus", kind: "media", mentions: ["Radio Andalus"] }];
    const e = extractEventsByHand("The Taliban claimed responsibility for the attack in a statement on its Radio Andalus.", { actors: local }).find((x) => x.data.type === "ASSAULT");
    expect(e?.data.target ?? null).not.toBe("radio");
    const [direct] = extractEventsByHand("The attack on the policemen shocked Kandahar.", { actors }).filter((x) => x.data.type === "ASSAULT");
    expect(direct!.data.target).toBe("pol");
  });

  it("does not take the channel named after 'via' as the target of an event noun ('responsible for the attack via Twitter')", () => {
    const local: HandActor[] = [...actors, { id: "tw", name: "Twitter", kind: "organisation", mentions: ["Twitter"] }];
    const e = extractEventsByHand("A Taliban spokesman said they were responsible for the attack via Twitter and e-mail.", { actors: local }).find((x) => x.data.type === "ASSAULT");
    expect(e).toBeDefined();
    expect(e!.data.target ?? null).not.toBe("tw");
  });

  it("does not make the victim of a killing the doer of the operation it was killed in, nor its killers the victims", () => {
    const local: HandActor[] = [...actors, { id: "gab", name: "Gabriel", kind: "person", mentions: ["Gabriel"] }];
    const [e] = extractEventsByHand("Soldiers killed a Taliban commander known as alias Gabriel during an operation in Helmand.", { actors: local }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.actor).not.toBe("gab");
    expect(e!.data.target).not.toBe("mil");
  });

  it("takes the agent of a passive as the actor and its subject as the target", () => {
    const [e] = extractEventsByHand("Three soldiers were killed by a Taliban sniper in Helmand on Sunday.", { actors });
    expect(e!.data).toMatchObject({ type: "ASSAULT", actor: "tal", target: "mil" });
  });

  it("reads a participle joined to a passive one as passive too: its subject undergoes it, no one named before acts", () => {
    const events = extractEventsByHand("The homes of villagers were ransacked and torched on Sunday.", { actors });
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.data.actor).toBeNull();
  });

  it("gives an event noun in a casualty verb's prepositional phrase the verb's subject and object", () => {
    const [a] = extractEventsByHand("Afghan troops killed five gunmen during an operation in Kandahar.", { actors });
    expect(a!.data).toMatchObject({ actor: "mil", target: "uag" });
    const [b] = extractEventsByHand("Gunmen killed two soldiers in an attack on a checkpoint in Kandahar.", { actors });
    expect(b!.data).toMatchObject({ actor: "uag", target: "mil" });
  });

  it("keeps a clash's own sides when the verb is passive ('soldiers were killed during a clash with the Taliban')", () => {
    const [e] = extractEventsByHand("Two soldiers were killed during a clash with the Taliban in Kandahar.", { actors });
    expect([e!.data.actor, e!.data.target]).toContain("tal");
  });

  it("reads a weapon phrase opened by an adjective as a noun: a passive's subject hit with it undergoes it", () => {
    const named = [...actors, { id: "cvl2", name: "Civilians (Syria)", kind: "group" as const, mentions: ["Civilians"] }];
    const [e] = extractEventsByHand("Civilians were hit with poisonous gas in Kandahar on Tuesday.", { actors: named });
    expect(e!.data.actor).toBeNull();
  });

  it("never takes a name right after 'by' as what the event hit", () => {
    const named = [...actors, { id: "cvl2", name: "Civilians (Syria)", kind: "group" as const, mentions: ["Civilians"] }];
    const [e] = extractEventsByHand("Civilians were attacked with poisonous gas believed to be used by US warplanes.", { actors: named });
    expect(e!.data.target).toBe("cvl2");
  });

  it("makes the victims of one-sided violence its target", () => {
    const [e] = extractEventsByHand("Gunmen attacked a checkpoint in Kandahar, killing two policemen.", { actors });
    expect(e!.data).toMatchObject({ actor: "uag", target: "pol" });
  });

  it("takes the doers named inside the trigger as the actor ('US warplanes pounded')", () => {
    const [e] = extractEventsByHand("US warplanes pounded the village, killing six civilians.", { actors });
    expect(e!.data).toMatchObject({ actor: "usmil", target: "cvl" });
  });

  it("does not take as target a name beyond another verb of its own", () => {
    const events = extractEventsByHand("Gunmen attempting to flee were stopped by troops.", { actors });
    const flee = events.find((e) => e.data.trigger.text.includes("flee"));
    expect(flee?.data.target ?? null).not.toBe("mil");
  });

  it("takes the object of an event noun's own verb as the target ('The explosion hit ...')", () => {
    const [e] = extractEventsByHand("The explosion hit a Taliban convoy near Kandahar.", { actors });
    expect(e!.data.target).toBe("tal");
  });

  it("takes no name from a place phrase hung on the object of an event noun's own verb ('targeted a bakery on Rue Victor Hugo')", () => {
    const street: HandActor[] = [{ id: "rvh", name: "Rue Victor Hugo", kind: "organisation", mentions: ["Rue Victor Hugo"] }];
    const [e] = extractEventsByHand("The explosion targeted a bakery on the central street Rue Victor Hugo.", { actors: street });
    expect(e!.data.target).toBeNull();
  });

  it("keeps the object of an infinitive the trigger governs ('committed to working with')", () => {
    const withTurkey: HandActor[] = [...actors, { id: "tr", name: "Turkey", kind: "country", mentions: ["Turkey"] }];
    const [e] = extractEventsByHand("The Taliban remained committed to working closely with Turkey.", { actors: withTurkey });
    expect(e!.data).toMatchObject({ type: "AGREE", actor: "tal", target: "tr" });
  });

  it("never makes the doers their own victims", () => {
    const [e] = extractEventsByHand("Two suicide bombers blew themselves up in Kabul, killing several civilians.", { actors });
    expect(e!.data.actor).toBe("uag");
    expect(e!.data.target).toBe("cvl");
  });
});

describe("a name that names the event", () => {
  it("does not make a tagger-only organisation before an event noun its doer ('the Boston Marathon bombing')", () => {
    const named: HandActor[] = [{ id: "bm", name: "Boston Marathon", kind: "organisation", mentions: ["Boston Marathon"], rule: "entity:ORG" }];
    const [e] = extractEventsByHand("The Boston Marathon bombing killed three people in April.", { actors: named });
    expect(e!.data.type).toBe("ASSAULT");
    expect(e!.data.actor).toBeNull();
  });

  it("does not make a name that modifies another noun, linked to the event by a preposition, its doer", () => {
    const places: HandActor[] = [{ id: "ch", name: "Chelsea", kind: "organisation", mentions: ["Chelsea"] }, { id: "jp", name: "Japanese people", kind: "group", mentions: ["Japanese"] }];
    const [e] = extractEventsByHand("Twenty-nine people were injured in a Chelsea neighborhood by an explosion on Saturday.", { actors: places });
    expect(e!.data.actor).toBeNull();
    const stab = extractEventsByHand("A youth was charged with the murder of a Japanese man in a stabbing in Dundalk.", { actors: places }).find((x) => x.data.trigger.text.includes("stabbing"));
    expect(stab?.data.actor ?? null).toBeNull();
  });

  it("keeps a party named by its losses in the event as a side of it ('185 Armed Forces casualties during clashes')", () => {
    const af: HandActor[] = [{ id: "af", name: "Armed Forces", kind: "military", mentions: ["Armed Forces"] }];
    const [e] = extractEventsByHand("Guerrilla groups have reported 185 Salvadoran Armed Forces casualties during clashes in the north.", { actors: af });
    expect(e!.data.actor).toBe("af");
  });

  it("keeps a dictionary group before an event noun as its doer ('the Taliban attack')", () => {
    const [e] = extractEventsByHand("The Taliban attack killed five soldiers in Helmand.", { actors });
    expect(e!.data.actor).toBe("tal");
  });
});


describe("the first item of a subject list (ACLED codes the first side first)", () => {
  const is: HandActor = { id: "is", name: "Islamic State", kind: "armed group", mentions: ["Islamic State"] };
  const tb: HandActor = { id: "tb", name: "Taliban", kind: "armed group", mentions: ["Taliban"] };
  const uag: HandActor = { id: "uag", name: "Unidentified Armed Group (Afghanistan)", kind: "armed group", mentions: ["suicide bombers", "Suicide bombers"] };
  it("takes the first listed doer, not the one nearest the verb", () => {
    const e = extractEventsByHand("Islamic State militants and the Taliban attacked a checkpoint on Friday.", { actors: [is, tb] })[0]!;
    expect(e.data.actor).toBe("is");
  });

  it("gives an agent noun that is a later item of the list the first item's doer", () => {
    const e = extractEventsByHand("Taliban gunmen and suicide bombers attacked the camp on Friday.", { actors: [tb, uag] })[0]!;
    expect(e.data.actor).toBe("tb");
  });

  it("does not take an item listed after an agent noun for the undergoer", () => {
    const e = extractEventsByHand("Suicide bombers and Taliban gunmen attacked the camp on Friday.", { actors: [tb, uag] })[0]!;
    expect(e.data.target).not.toBe("tb");
  });
});

describe("a party named before an event noun, and a light verb's object", () => {
  it("reads a party right before an event noun as its doer, even after a locative word", () => {
    const [e] = extractEventsByHand("Twelve civilians were killed in Taliban attacks in Kandahar.", { actors }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.actor).toBe("tal");
  });

  it("hands a light verb's subject to a noun event only when the noun is its object", () => {
    const [held] = extractEventsByHand("The Taliban have carried out a wave of deadly attacks in Kandahar.", { actors });
    expect(held!.data.actor).toBe("tal");
    const [adjunct] = extractEventsByHand("The Taliban were on alert after the attacks in Kandahar.", { actors });
    expect(adjunct!.data.actor).toBeNull();
    const [blamed] = extractEventsByHand("Officials said the Taliban were responsible for the attack in Kandahar.", { actors }).filter((x) => x.data.type === "ASSAULT");
    expect(blamed!.data.actor).toBe("tal");
  });
});

describe("a by-phrase's name with its bracketed expansion", () => {
  it("reads the noun after the bracket as the agent's own head, not the undergoer", () => {
    const fmln: HandActor[] = [
      { id: "fmln", name: "Farabundo Marti National Liberation Front", kind: "armed group", mentions: ["Farabundo Marti National Liberation Front"] },
      { id: "uag", name: "Unidentified Armed Group (El Salvador)", kind: "armed group", mentions: ["terrorists"] },
    ];
    const [e] = extractEventsByHand("Troops repelled an attack by the FMLN [Farabundo Marti National Liberation Front] terrorists in San Miguel.", { actors: fmln }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data).toMatchObject({ actor: "fmln", target: null });
  });
});

describe("a doer the clause names in words", () => {
  it("anchors an abstract event as a named party would ('X worked on ... and donated to Y')", () => {
    const people: HandActor[] = [
      { id: "bill", name: "Bill Clinton", kind: "person", mentions: ["Bill Clinton"] },
      { id: "hillary", name: "Hillary Clinton", kind: "person", mentions: ["Hillary Clinton"] },
    ];
    const events = extractEventsByHand("Granoff worked on Bill Clinton's presidential campaign in the early '90s and donated to Hillary Clinton.", { actors: people });
    const aid = events.find((e) => e.data.type === "AID");
    expect(aid?.data).toMatchObject({ actor: null, target: "hillary" });
    expect(aid?.data.actorPhrase?.text).toBe("Granoff");
  });
});

describe("one party is not both sides of its own deed", () => {
  const isActors: HandActor[] = [
    { id: "is", name: "Islamic State", kind: "armed group", mentions: ["Islamic State militant group", "Islamic State"] },
  ];
  it("leaves the target open where word order would make the doer its own target", () => {
    const text = "The attacks illustrate the difficulty facing U.S. efforts to coordinate among dozens of armed groups that are trying to overthrow the government, fight the Islamic State militant group and battle one another.";
    const events = extractEventsByHand(text, { actors: isActors });
    // The group fought is no doer of "battle" either: it ends the phrase that "and" joins to that word.
    for (const e of events) {
      expect(e.data.actor === null || e.data.actor !== e.data.target).toBe(true);
      expect(e.data.actor).not.toBe("is");
      for (const m of e.data.mentions ?? []) expect(m.target === null || m.target === undefined || m.target !== m.actor).toBe(true);
    }
  });
});

describe("verbs of a list share its subject", () => {
  const doerOf = (text: string, type: string) => extractEventsByHand(text, { actors }).find((x) => x.data.type === type)?.data.actor ?? null;
  it.each([
    // A comma joins verb phrases in a list an "and" and a verb close.
    ["The soldiers raided the camp, arrested 15 suspects and seized weapons in Kandahar.", "COERCE", "mil"],
    ["The troops entered the town, arrested the mayor and closed the market in Kandahar.", "COERCE", "mil"],
    // A captive-taking verb joined by "and" shares the first verb's subject.
    ["Gunmen surrounded a hotel in Kabul and took guests hostage.", "ASSAULT", "uag"],
  ])("%s", (text, type, actor) => {
    expect(doerOf(text, type)).toBe(actor);
  });
  it("leaves an -ing clause after a comma to its own subject ('it exploded, killing two soldiers')", () => {
    expect(doerOf("As a truck carrying policemen arrived, it exploded, killing two soldiers.", "ASSAULT")).not.toBe("pol");
  });
});

describe("victims of mixed kinds: the armed side is ACLED's second actor", () => {
  const local: HandActor[] = [...actors, { id: "cvl2", name: "Civilians (Afghanistan)", kind: "group", mentions: ["civilian"] }];
  const assault = (text: string) => extractEventsByHand(text, { actors: local }).find((x) => x.data.type === "ASSAULT")?.data;
  it.each([
    // Listed first or last, the police or soldiers hit with civilians are the target, not the civilian named nearest the verb.
    ["Two policemen and a civilian were wounded when gunmen opened fire on a checkpoint in Kandahar.", "pol"],
    ["Three soldiers and two civilians were killed in a roadside bomb blast in Kunar.", "mil"],
    ["Seven civilians and two policemen were wounded in a bombing in Kandahar.", "pol"],
  ])("%s", (text, target) => {
    expect(assault(text)?.target).toBe(target);
  });
  it("codes an attack that killed soldiers with a civilian as a battle, one on civilians alone as violence against civilians", () => {
    expect(assault("Two soldiers and a woman were killed when insurgents attacked a checkpoint in Kandahar.")?.acled?.eventType).toBe("Battles");
    expect(assault("Two teachers and a woman were killed when insurgents attacked a school in Kandahar.")?.acled?.eventType).toBe("Violence against civilians");
  });
});

describe("a possessor is not the doer of the party it owns", () => {
  const local: HandActor[] = [
    { id: "gov", name: "Government of Myanmar", kind: "government", mentions: ["junta"] },
    { id: "mil", name: "Military Forces of Myanmar", kind: "military", mentions: ["air force", "army"] },
    { id: "wag", name: "Wagner Group", kind: "armed group", mentions: ["Wagner mercenaries"] },
  ];
  const doer = (text: string) => extractEventsByHand(text, { actors: local }).find((x) => x.data.type === "ASSAULT")?.data.actor ?? null;
  it.each([
    ["The junta's air force bombed a village in Sagaing on Tuesday.", "mil"],
    ["The junta's army shelled a village in Sagaing on Tuesday.", "mil"],
    ["The junta's army and Wagner mercenaries killed 20 civilians in Moura.", "mil"],
  ])("%s", (text, actor) => {
    expect(doer(text)).toBe(actor);
  });
});
