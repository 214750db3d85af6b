/**
 * Doers the clause gives past an aside or a report: a subject with an apposition whose noun a relative
 * clause post-modifies ("Hamas, the militant group that rules Gaza, fired"); people an act is aimed at
 * who do the participle after them ("fired tear gas at students protesting"); a passive arrest with no
 * one named that a state force reports ("Police said three men had been arrested"); an event noun in an
 * "in"/"during" phrase of an active verb, done by the verb's subject ("detained 15 people in overnight raids").
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

function analyse(text: string) {
  const doc = analyzeArticle({ text, meta: { published: "2024-05-10", language: "en" } });
  const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.name]));
  return layer(doc, "event").map((e) => ({
    type: e.data.type,
    trigger: e.data.trigger.text,
    actor: e.data.actor ? names.get(e.data.actor) ?? null : null,
    actorPhrase: e.data.actorPhrase?.text ?? null,
    actorItems: e.data.actorPhrase?.conjuncts?.map((c) => c.text) ?? [],
  }));
}

describe("a subject with an apposition that a relative clause post-modifies", () => {
  it("is the name before the apposition, whatever the tagger made of the clause's verb", () => {
    for (const [text, doer] of [
      ["Hamas, the militant group that rules Gaza, fired rockets at Sderot on Tuesday.", "Hamas"],
      ["Boko Haram, a jihadist group that has killed thousands, attacked the town of Monguno.", "Boko Haram"],
      ["Police said Al-Shabaab, the group which controls much of southern Somalia, attacked a base in Lower Shabelle.", "al-Shabaab"],
    ] as const) {
      const attack = analyse(text).find((e) => e.type === "ASSAULT");
      expect(attack?.actor, text).toBe(doer);
    }
  });

  it("leaves a fronted place out: 'In Kabul, the group that ...'", () => {
    const events = analyse("In Kabul, the police officers who guard the ministry arrested two men on Monday.");
    expect(events.find((e) => e.type === "COERCE")?.actor).not.toBe("Kabul");
  });
});

describe("people an act is aimed at", () => {
  it("do the participle right after them", () => {
    const protest = analyse("Security forces fired tear gas at students protesting in the capital on Thursday.").find((e) => e.type === "PROTEST");
    expect(protest?.actorPhrase).toBe("students");
    const march = analyse("Troops fired on supporters marching toward the presidential palace in Kinshasa.").find((e) => e.type === "PROTEST");
    expect(march?.actorPhrase).toBe("supporters");
  });

  it("and the people a verb disperses or arrests protest, when the participle is a protest", () => {
    for (const text of ["Police dispersed students protesting against fee hikes in Kampala.", "Police fired tear gas to disperse students protesting against fee hikes in Kampala."]) {
      const protest = analyse(text).find((e) => e.type === "PROTEST");
      expect(protest?.actorPhrase, text).toBe("students");
    }
  });
});

describe("a passive arrest a state force reports", () => {
  it("is the force's arrest, before or after the report", () => {
    for (const text of [
      "Police said on Monday that 25 people were detained in Nairobi.",
      "Twelve people were arrested in Nairobi, police said.",
      "Twelve people were arrested in Nairobi, said police.",
    ]) {
      const arrest = analyse(text).find((e) => e.type === "COERCE");
      expect(arrest?.actor, text).toBe("Police Forces of Kenya");
    }
  });

  it("is nobody's when no force reports it", () => {
    const arrest = analyse("Officials said 20 people were detained in Nairobi.").find((e) => e.type === "COERCE");
    expect(arrest?.actor ?? null).toBeNull();
  });
});

describe("an event noun in an 'in' or 'during' phrase of an active verb", () => {
  it("is done by the verb's subject, not by the object word order reads before it", () => {
    for (const [text, doer] of [
      ["Israeli troops detained 15 Palestinians in overnight raids in the West Bank, the army said.", "Military Forces of Israel"],
      ["Turkish authorities detained 40 people suspected of links to Islamic State in raids across Istanbul.", "Government of Turkey"],
      ["Troops arrested the suspects in a raid on a house in Mosul.", "Military Forces of Iraq"],
    ] as const) {
      // The raids are the arrest's own operation: told apart, they are the subject's; absorbed into the arrest
      // (absorb-setting-events: "in" sets an act of force in a raid), the one event is.
      const told = analyse(text).filter((e) => e.type === "ASSAULT" || e.type === "COERCE");
      expect(told.length, text).toBeGreaterThan(0);
      for (const e of told) expect(e.actor, text).toBe(doer);
    }
  });

  it("leaves a definite noun alone: the suspects are held for the bombing, not the police's", () => {
    const bombing = analyse("Police arrested two suspects in the bombing of the church in Lahore.").find((e) => e.type === "ASSAULT");
    expect(bombing?.actor ?? null).not.toBe("Police Forces of Pakistan");
  });
});

describe("a fight in an 'in' or 'during' phrase of a clause", () => {
  it("is fought by the clause's subject when that subject is a party in arms: 'suffered heavy losses in clashes with rebels'", () => {
    for (const [text, side] of [
      ["Government troops suffered heavy losses in clashes with rebels near Kidal on Tuesday.", "Military Forces of Mali"],
      ["The army sustained 14 casualties during fighting with Boko Haram near Maiduguri on Friday.", "Military Forces of Nigeria"],
    ] as const) {
      const fight = analyse(text).find((e) => e.type === "ASSAULT");
      expect(fight?.actor, text).toBe(side);
    }
  });

  it("is not fought by people who fled it, nor by the fallen a passive names", () => {
    const fled = analyse("Residents fled their homes during clashes with rebels near Kidal on Tuesday.").find((e) => e.type === "ASSAULT");
    expect(fled?.actor ?? null).not.toBe("Civilians (Mali)");
    const fallen = analyse("Five soldiers were killed in clashes with the Taliban in Helmand on Monday.").find((e) => e.type === "ASSAULT");
    expect(fallen?.actor).toBe("Taliban");
  });
});

describe("a passive support verb's by-phrase", () => {
  it("reaches past a date to its doer, and its 'against' names the undergoer: 'carried out on 30 October by the FMLN against the army headquarters'", () => {
    const doc = analyzeArticle({ text: "The attack was carried out on 30 October by the FMLN against the army headquarters in San Salvador.", meta: { published: "1989-11-03", language: "en" } });
    const names = new Map(layer(doc, "actor").map((a) => [a.id, a.data.name]));
    const attack = layer(doc, "event").find((e) => e.data.type === "ASSAULT");
    expect(attack?.data.actor ? names.get(attack.data.actor) : null).toBe("FMLN");
    expect(attack?.data.targetPhrase?.text).toBe("the army headquarters");
  });
});

describe("a progressive -ing trigger the tagger read as a noun", () => {
  it("is a verb whose subject does it: 'Russia has been bombing'", () => {
    for (const [text, doer] of [
      ["Russia has been bombing rebel-held areas of Aleppo for weeks.", "Russia"],
      ["Russian jets have been bombing rebel-held areas of Aleppo for weeks.", "Military Forces of Russia"],
    ] as const) {
      expect(analyse(text).find((e) => e.type === "ASSAULT")?.actor, text).toBe(doer);
    }
  });
});

describe("a verb with no doer whose 'in'/'during' phrase holds an event noun with one", () => {
  it("is done by the noun's doer: 'arrested in a joint operation by police'", () => {
    for (const [text, doer] of [
      ["The suspects, arrested in a joint operation by police and the army, were taken to Abuja.", "Police Forces of Nigeria"],
      ["Three protesters were arrested on Monday in a crackdown by security forces in Minsk.", "Military Forces of Belarus"],
    ] as const) {
      expect(analyse(text).find((e) => e.type === "COERCE")?.actor, text).toBe(doer);
    }
  });
});

describe("a listed subject whose first item holds the canonical actor", () => {
  it("gives that item as the actor's words and the others as more items", () => {
    const arrest = analyse("Soldiers and police officers arrested dozens of opposition supporters in Harare on Wednesday.").find((e) => e.type === "COERCE");
    expect(arrest?.actor).toBe("Military Forces of Zimbabwe");
    expect(arrest?.actorPhrase).toBe("Soldiers");
    expect(arrest?.actorItems).toEqual(["police officers"]);
  });
});

describe("a past form the tagger read as a noun, joined by 'and' to a verb", () => {
  it("shares that verb's subject: 'burned homes and abducted 30 women'", () => {
    const abduction = analyse("Boko Haram fighters burned homes and abducted at least 30 women in the village of Gumsuri.").find((e) => e.trigger === "abducted");
    expect(abduction?.actor).toBe("Boko Haram");
  });
});

describe("a fronted place with no comma before the subject", () => {
  it("ends at its name: 'On Monday in Kabul gunmen attacked'", () => {
    const attack = analyse("On Monday in Kabul gunmen attacked a police checkpoint.").find((e) => e.type === "ASSAULT");
    expect(attack?.actor).toBe("Unidentified Armed Group (Afghanistan)");
    expect(attack?.actorPhrase).toBe("gunmen");
    expect(analyse("In Caracas protesters clashed with security forces on Monday.").find((e) => e.type === "ASSAULT")?.actorPhrase).toBe("protesters");
  });
});
