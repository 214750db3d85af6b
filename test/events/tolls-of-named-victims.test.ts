/**
 * Tolls read from who died when no figure says how many (ACLED codes an assassination of a named
 * person as one fatality), and which events may carry a toll at all.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const person = (id: string, ...mentions: string[]): HandActor => ({ id, name: mentions[0]!, kind: "person", mentions });
const deaths = (text: string, actors: HandActor[] = []) => {
  const withToll = extractEventsByHand(text, { actors }).find((e) => e.data.fatalities);
  return withToll?.data.fatalities ? [withToll.data.fatalities.min, withToll.data.fatalities.max] : null;
};

describe("one named victim is one death", () => {
  it.each([
    ["Suspected rebels today killed Dolores Hinostroza, the mayor of the district.", [person("p1", "Dolores Hinostroza")]],
    ["The police are investigating the assassination of Contra commander Manuel Antonio Rugama.", [person("p1", "Manuel Antonio Rugama")]],
    ["Danilo Barillas, a former ambassador to Spain, was killed today by unidentified individuals.", [person("p1", "Danilo Barillas")]],
    ["Reporter Mauricio Pineda was shot and killed today in the east of the country.", [person("p1", "Mauricio Pineda")]],
    ["Police arrested suspects in the attack on Enrique Lopez, who was murdered yesterday.", [person("p1", "Enrique Lopez")]],
    ["Gunmen stormed the house and killed his wife.", []],
    // A participle joined by "and" before the lethal word ("struck and killed"); "by a coalition airstrike" counts nobody.
    ["Abu Jandal, an ISIL leader in Raqqah, was struck and killed by a coalition airstrike near Tabqa Dam.", [person("p1", "Abu Jandal")]],
  ])("%s", (text, actors) => {
    expect(deaths(text, actors)).toEqual([1, 1]);
  });

  it("reads two titles of one victim joined by 'and' as one victim", () => {
    expect(deaths("The police captured a suspect in the murder of senator and presidential candidate Luis Carlos Galan.", [person("p1", "Luis Carlos Galan")])).toEqual([1, 1]);
  });

  it("counts two names joined by 'and'", () => {
    expect(deaths("Gunmen killed Ana Lopez and Jorge Perez in the capital.", [person("p1", "Ana Lopez"), person("p2", "Jorge Perez")])).toEqual([2, 2]);
  });

  it("reads the killers' figure before an active verb as no toll when the victim is named after it", () => {
    expect(deaths("Two gunmen killed Ana Lopez on Monday.", [person("p1", "Ana Lopez")])).toEqual([1, 1]);
  });

  it("counts no one when the list of victims goes on past the name, or the word says it failed", () => {
    expect(deaths("Gunmen killed the mayor and his bodyguards.")).toBeNull();
    expect(deaths("He was charged with the attempted murder of Ana Lopez.", [person("p1", "Ana Lopez")])).toBeNull();
  });

  it("does not read a time as a victim", () => {
    expect(deaths("She is the second mayor killed this week.")).toBeNull();
  });

  it("merges two reports of the murder of one named person", () => {
    const actors = [person("p1", "Carlos Pizarro")];
    const text = "The president condemned the murder of Carlos Pizarro. The candidate had campaigned for peace for two years. His movement named a new candidate. Many voters mourned. Officials promised an inquiry. The army was put on alert. Schools closed early. Markets stayed shut. The capital was quiet. This is the text of the message on the murder of Carlos Pizarro.";
    const murders = extractEventsByHand(text, { actors }).filter((e) => e.data.type === "ASSAULT");
    expect(murders).toHaveLength(1);
    expect(murders[0]!.data.fatalities).toMatchObject({ min: 1, max: 1 });
  });

  it("merges a retelling of a named person's murder told far away, whoever each names as the doer", () => {
    const actors = [person("p1", "Carlos Pizarro"), person("p2", "Virgilio Barco"), { id: "g1", name: "the cartel", kind: "organisation" as const, mentions: ["the cartel"] }];
    const filler = "The candidate had campaigned for peace. His movement named a new candidate. Many voters mourned. Officials promised an inquiry. The army was put on alert. Schools closed early. Markets stayed shut. The capital was quiet. Shops reopened. Buses ran again. The airport stayed open. Flights resumed. Parliament met.";
    const text = `The cartel murdered Carlos Pizarro on Thursday. ${filler} ${filler} Virgilio Barco murdered Carlos Pizarro, the rumour said.`;
    const murders = extractEventsByHand(text, { actors }).filter((e) => e.data.type === "ASSAULT");
    expect(murders).toHaveLength(1);
    expect(murders[0]!.data.fatalities).toMatchObject({ min: 1, max: 1 });
  });

  it("keeps two killings apart when their named victims differ", () => {
    const actors = [person("p1", "Ana Lopez"), person("p2", "Jorge Perez")];
    const filler = "The candidate had campaigned for peace. His movement named a new candidate. Many voters mourned. Officials promised an inquiry. The army was put on alert. Schools closed early. Markets stayed shut. The capital was quiet. Shops reopened. Buses ran again. The airport stayed open. Flights resumed. Parliament met.";
    const text = `Gunmen murdered Ana Lopez on Thursday. ${filler} Gunmen murdered Jorge Perez on Friday.`;
    expect(extractEventsByHand(text, { actors }).filter((e) => e.data.type === "ASSAULT")).toHaveLength(2);
  });
});

describe("which events may carry a toll", () => {
  it("gives an arrest or a seizure of goods no deaths", () => {
    expect(deaths('Police arrested four vendors and seized their 3,000 kilos of "double dead" meat.')).toBeNull();
  });

  it("keeps the toll of force used on a crowd", () => {
    expect(deaths("Police fired tear gas at the crowd, killing three protesters.")).toEqual([3, 3]);
  });

  it("gives an epidemic no toll from a running tally", () => {
    expect(deaths("Over 3,759 people have died from the cholera outbreak as of February 19.")).toBeNull();
    expect(deaths("At least 259 people are dead and over 3000 infected in the cholera outbreak.")).toBeNull();
    expect(deaths("An outbreak of cholera killed nine people in a slum on Saturday.")).toEqual([9, 9]);
  });

  it("keeps an attack's toll beside a campaign word in another clause", () => {
    expect(deaths("Five people were killed in a bombing on Sunday, in the latest violence to hit the city.")).toEqual([5, 5]);
    expect(deaths("Hundreds of people were killed in post-election violence.")).toBeNull();
  });
});

describe("plural lethal nouns and -ing forms of lethal verbs read their victims", () => {
  it.each([
    ["Drug traffickers are behind the assassinations of judge Carlos Valencia, which occurred yesterday.", [person("p1", "Carlos Valencia")], [1, 1]],
    ["Drug traffickers are behind the assassinations of two judges in the capital.", [], [2, 2]],
    ["Gunmen carried out the killings of three farmers in Benue on Monday.", [], [3, 3]],
    ["He promised to punish eight soldiers accused of assassinating the six Jesuit priests.", [], [6, 6]],
    ["He admitted murdering Matson and Mowder in the town.", [person("p1", "Matson"), person("p2", "Mowder")], [2, 2]],
  ])("%s", (text, actors, dead) => {
    expect(deaths(text, actors)).toEqual(dead);
  });

  it("counts nobody for a plural lethal noun with no 'of' after it", () => {
    expect(deaths("Rights groups condemned extrajudicial killings by the police.")).toBeNull();
  });
});

describe("a lethal participle inside a noun phrase counts nobody after it", () => {
  it("reads no victim after 'the assassinated', even when a group's name is taken for a person's", () => {
    expect(deaths("Although the ghosts of the assassinated Jesuits shadowed him all during his tour, he smiled.", [person("p1", "Jesuits")])).toBeNull();
  });

  it("still reads the victim of an active participle", () => {
    expect(deaths("Soldiers assassinated Ignacio Ellacuria at the university.", [person("p1", "Ignacio Ellacuria")])).toEqual([1, 1]);
  });
});

describe("victims added with 'along with', 'together with', 'as well as'", () => {
  it.each([
    // Past an adjunct of place and time, and past "other" in the added group.
    ["A union leader was killed in Nairobi on Friday along with four other workers, police said.", [5, 5]],
    // The added group may be a part ("two of his bodyguards").
    ["A local chief was shot dead along with two of his bodyguards in Zamfara on Monday.", [3, 3]],
    ["Gunmen killed two soldiers along with three civilians in Kaduna on Sunday.", [5, 5]],
    ["Two soldiers were killed in Kaduna on Sunday, along with three civilians.", [5, 5]],
    // Animals are no deaths of people.
    ["Two soldiers were killed in Kaduna on Sunday along with 20 cattle.", [2, 2]],
  ] as const)("%s", (text, toll) => {
    expect(deaths(text)).toEqual(toll);
  });

  it("counts a definite subject of a singular passive as one victim: 'The district governor was killed along with three other officials'", () => {
    expect(deaths("The district governor was killed along with three other officials when a bomb exploded in Jalalabad.")).toEqual([4, 4]);
    expect(deaths("The commander was killed together with six fighters in an air strike in Idlib.")).toEqual([7, 7]);
  });
});

describe("deaths the text tells of other things than this event", () => {
  it("counts no animal read as one possessed victim ('killed their cattle')", () => {
    expect(deaths("Gunmen stormed the farm and killed their cattle.")).toBeNull();
    expect(deaths("Gunmen stormed the farm and killed their herdsman.")).toEqual([1, 1]);
  });
  it("leaves the dead of a deed answered for out of the reprisal's toll ('in retaliation for the killing of a herder')", () => {
    expect(deaths("Militiamen killed 8 villagers near Riyom in retaliation for the killing of a herder.")).toEqual([8, 8]);
    expect(deaths("Gunmen shot dead 4 traders in revenge for the murder of their leader.")).toEqual([4, 4]);
  });
});
