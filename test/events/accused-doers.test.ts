/**
 * The doer of an event noun a verb of accusation lays at someone's door (accused-doer.ts): the one
 * charged with, accused of, suspected of or blamed for the deed, and the party a blame puts after
 * it ("blamed the attack on the rebels"), which is its doer and not its undergoer.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor, type HandDate } from "./annotate-by-hand.js";

const roles = (text: string, trigger: string, actors: HandActor[] = []) => {
  const e = extractEventsByHand(text, { actors }).find((x) => x.data.trigger.text === trigger);
  return { actor: e?.data.actor ?? null, actorPhrase: e?.data.actorPhrase?.text ?? null, target: e?.data.target ?? null, targetPhrase: e?.data.targetPhrase?.text ?? null };
};

describe("the one accused of an event noun", () => {
  it("is the subject of a passive verb of accusation", () => {
    expect(roles("The man was charged with the murder of two women.", "murder")).toMatchObject({ actorPhrase: "The man", targetPhrase: "two women" });
    expect(roles("Two soldiers were convicted of the massacre in the village.", "massacre")).toMatchObject({ actorPhrase: "Two soldiers" });
  });

  it("is the noun a reduced passive describes", () => {
    expect(roles("A man suspected of the bombing was arrested.", "bombing")).toMatchObject({ actorPhrase: "A man" });
  });

  it("is the one sentenced, past the term of the sentence ('sentenced a soldier to death for killing a civilian')", () => {
    expect(roles("A court sentenced a soldier to death for killing a civilian in Borno.", "killing")).toMatchObject({ actorPhrase: "a soldier", targetPhrase: "a civilian" });
    expect(roles("A court sentenced the officer to 10 years in prison for the murder of a protester.", "murder")).toMatchObject({ actorPhrase: "the officer" });
  });

  it("is the object of an active verb of accusation", () => {
    expect(roles("Prosecutors accused the army of the massacre.", "massacre")).toMatchObject({ actorPhrase: "the army" });
    expect(roles("Police blamed the rebels for the attack on the base.", "attack")).toMatchObject({ actorPhrase: "the rebels", targetPhrase: "the base" });
  });

  it("is the noun a participle of implication describes, also of the deed's attempt", () => {
    expect(roles("A man implicated in the bombing was arrested on Monday.", "bombing")).toMatchObject({ actorPhrase: "A man" });
    expect(roles("A man suspected of the bombing plot was arrested.", "bombing")).toMatchObject({ actorPhrase: "A man" });
  });

  it("is the one arrested, detained or punished for the deed", () => {
    expect(roles("Rangers arrested three men for poaching in the park on Friday.", "poaching")).toMatchObject({ actorPhrase: "three men" });
    expect(roles("Two men were arrested for looting shops in Durban on Monday.", "looting")).toMatchObject({ actorPhrase: "Two men" });
  });

  it("is no one when the event's word only modifies another noun", () => {
    expect(roles("A court has convicted a friend of Boston Marathon bombing suspect Dzokhar Tsarnaev for impeding the investigation.", "bombing")).toMatchObject({ actorPhrase: null });
  });
});

describe("a deed named in an 'in' phrase of the accusation", () => {
  it("is done by the accused, after the accusation's own phrase and a time", () => {
    expect(roles("Officer Jason Van Dyke was charged with murder in November in the fatal shooting of 17-year-old Laquan McDonald.", "fatal shooting")).toMatchObject({ actorPhrase: "Officer Jason Van Dyke", targetPhrase: "17-year-old Laquan McDonald" });
    expect(roles("The man was charged in the killing of his neighbour.", "killing")).toMatchObject({ actorPhrase: "The man" });
  });

  it("is done by the accused through a noun of taking part, not of helping", () => {
    expect(roles("Britain accuses Russia of involvement in the poisoning of a former agent.", "poisoning")).toMatchObject({ actorPhrase: "Russia" });
    expect(roles("They were charged with complicity in the assassination of the prime minister.", "assassination")).toMatchObject({ actorPhrase: null });
  });

  it("is no inquiry the accused is named in", () => {
    expect(roles("An aide to the mayor has been indicted in an ongoing investigation at City Hall.", "investigation")).toMatchObject({ actorPhrase: null });
  });

  it("is done by the accused, not by the accuser a 'by' names", () => {
    expect(roles("Slutsky was accused of sexual harassment by producer Daria Zhuk.", "sexual harassment")).toMatchObject({ actorPhrase: "Slutsky" });
  });
});

describe("the party a blame puts after the deed", () => {
  const fmln: HandActor[] = [{ id: "fmln", name: "FMLN", kind: "armed group", mentions: ["FMLN"] }];

  it("does the deed and does not undergo it", () => {
    expect(roles("The government blamed the attack on the FMLN.", "attack", fmln)).toMatchObject({ actor: "fmln", actorPhrase: "the FMLN", target: null, targetPhrase: null });
  });

  it("is read after a passive blame, beside the deed's own undergoer", () => {
    const station: HandActor[] = [...fmln, { id: "police", name: "National Police", kind: "police", mentions: ["police station"] }];
    expect(roles("The attack on the police station was blamed on the FMLN.", "attack", station)).toMatchObject({ actor: "fmln", targetPhrase: "the police station" });
  });

  it("leaves an ordinary 'on' phrase the undergoer", () => {
    expect(roles("The rebels launched an attack on the FMLN.", "attack", fmln)).toMatchObject({ target: "fmln", targetPhrase: "the FMLN" });
  });
});

describe("a blame with no deed word to attach to", () => {
  const accusations = (text: string, actors: HandActor[] = []) => extractEventsByHand(text, { actors }).filter((e) => e.data.type === "ACCUSE").length;
  const rwanda: HandActor[] = [{ id: "rwanda", name: "Rwanda", kind: "country", mentions: ["Rwanda"] }];

  it("is no accusation when what it is blamed on names no party (a cause, not an accused)", () => {
    expect(accusations("Health officials blamed the outbreak on erratic rainfall and poor waste management.")).toBe(0);
    expect(accusations("Road accidents kill thousands of people each year, blamed on poorly maintained vehicles.")).toBe(0);
  });

  it("stays an accusation when the 'on' phrase names a party, or the 'on' is another verb's", () => {
    expect(accusations("Congo blamed the unrest on Rwanda.", rwanda)).toBe(1);
    expect(accusations("The governor said the opposition was to blame for focusing on rumours.")).toBe(1);
  });
});

describe("the one a charge for a deed is laid on", () => {
  it("is the subject of a verb holding the charge", () => {
    expect(roles("The officer faces murder charges.", "murder")).toMatchObject({ actorPhrase: "The officer" });
    expect(roles("Assange is avoiding a rape charge in Sweden.", "rape")).toMatchObject({ actorPhrase: "Assange" });
  });

  it("is the party after the charge's 'against', which undergoes nothing", () => {
    expect(roles("Prosecutors filed murder charges against two officers on Monday.", "murder")).toMatchObject({ actorPhrase: "two officers", targetPhrase: null });
  });

  it("is the subject of a passive on the charge, before or after the deed", () => {
    expect(roles("He was arrested on charges of murder.", "murder")).toMatchObject({ actorPhrase: "He" });
    expect(roles("A man was arrested on kidnapping charges in Leeds.", "kidnapping")).toMatchObject({ actorPhrase: "A man" });
  });

  it("is no one for those who lay or drop the charge, or a verb taking the charge as object", () => {
    expect(roles("Police dropped the murder charges.", "murder")).toMatchObject({ actorPhrase: null });
  });
});

describe("a deed named after the accusation's place and time", () => {
  it("is done by the one accused or punished, past the verb's place and time phrases", () => {
    expect(roles("A man was charged on Monday with the murder of two women.", "murder")).toMatchObject({ actorPhrase: "A man", targetPhrase: "two women" });
    expect(roles("Two men were arrested in Kano on Friday for the killing of a teacher.", "killing")).toMatchObject({ actorPhrase: "Two men" });
  });

  it("is the object of an active verb past the object's place and time", () => {
    expect(roles("Police arrested the two men in Kano on Friday over the killing of a teacher.", "killing")).toMatchObject({ actorPhrase: "the two men" });
  });

  it("is no one for a deed only linked to the one held ('in connection with')", () => {
    expect(roles("A general was detained by police on Monday in connection with the attack.", "attack")).toMatchObject({ actorPhrase: null });
  });
});

describe("a punishment and the deed it answers for", () => {
  const events = (text: string, dates: HandDate[] = []) => extractEventsByHand(text, { dates }).map((e) => ({ trigger: e.data.trigger.text, mode: e.data.mode, date: e.data.date, dead: e.data.fatalities?.min ?? null, actorPhrase: e.data.actorPhrase?.text ?? null }));
  const monday: HandDate[] = [{ id: "mon", text: "Monday", value: "2026-11-30" }];

  it("are two happenings, each with its own dead", () => {
    const out = events("A man was executed in Tehran on Monday for the murder of two police officers.", monday);
    expect(out).toHaveLength(2);
    expect(out.find((e) => e.mode === "execute")).toMatchObject({ trigger: "executed", dead: 1 });
    expect(out.find((e) => e.trigger === "murder")).toMatchObject({ dead: 2, actorPhrase: "A man" });
  });

  it("date the punishment with the day told before the deed's phrase, not the deed", () => {
    const out = events("A man was executed in Tehran on Monday for the murder of two police officers.", monday);
    expect(out.find((e) => e.mode === "execute")?.date).toBe("mon");
    expect(out.find((e) => e.trigger === "murder")?.date).toBeNull();
    expect(events("A man was charged on Monday with the murder of two women.", monday).find((e) => e.trigger === "murder")?.date).toBeNull();
  });

  it("are none when the participle only doubts who the subject is ('suspected members of the cartel killed')", () => {
    const may4: HandDate[] = [{ id: "d", text: "4 May", value: "2026-05-04" }];
    const [killing] = extractEventsByHand("On 4 May, suspected members of the cartel killed six people in Culiacan.", { dates: may4 });
    expect(killing?.data).toMatchObject({ date: "d", modality: "asserted" });
    const [shooting] = extractEventsByHand("On 4 May, alleged members of the gang shot dead two guards.", { dates: may4 });
    expect(shooting?.data).toMatchObject({ date: "d", modality: "asserted" });
    // The deed after "suspected of" stays the suspicion's.
    expect(roles("A man suspected of killing two guards was arrested.", "killing")).toMatchObject({ actorPhrase: "A man" });
  });

  it("leave the deed a day told inside its own phrase", () => {
    const y2019: HandDate[] = [{ id: "y", text: "2019", value: "2019" }];
    expect(events("A man was charged with the 2019 murder of two women.", y2019).find((e) => e.trigger === "murder")?.date).toBe("y");
  });
});
