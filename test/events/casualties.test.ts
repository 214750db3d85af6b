/** Casualty parsing: the ACLED reading of death and injury counts, with their bounds. */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

// The toll is read on the violent event; an order or a request of the sentence ("Cristiani ordered the murder of ...") is another event.
const first = (text: string) => extractEventsByHand(text).find((e) => e.data.type !== "REQUEST")?.data;
const counts = (text: string) => {
  const e = first(text);
  return { fatalities: e?.fatalities ? [e.fatalities.min, e.fatalities.max] : null, injuries: e?.injuries ? [e.injuries.min, e.injuries.max] : null };
};

describe("a toll belongs to the event of its clause", () => {
  it("keeps a killing beside a seizure or an arrest, which carry no deaths, with its toll", () => {
    for (const text of ["Troops killed 20 rebels and seized 30 rifles.", "Police killed two suspects and arrested five others."]) {
      const assault = extractEventsByHand(text).find((e) => e.data.type === "ASSAULT");
      expect(assault?.data.fatalities?.min, text).toBeGreaterThan(1);
    }
  });
});

describe("victims read through a possessive and a reflexive", () => {
  it("counts a possessed group after the verb ('wounded his two colleagues')", () => {
    expect(counts("Gunmen killed a policeman and wounded his two colleagues at a checkpoint in Quetta.").injuries).toEqual([2, 2]);
  });
  it("counts the bombers who killed themselves with their victims, as ACLED does ('killing themselves and 7 worshippers')", () => {
    expect(counts("Two suicide bombers blew themselves up outside a mosque in Maiduguri, killing themselves and 7 worshippers.").fatalities).toEqual([9, null]);
    expect(counts("A bomber blew himself up in a market, killing himself and 12 shoppers.").fatalities).toEqual([13, 13]);
  });
});

describe("one more victim told by 'another'", () => {
  it("counts 'another' as one, and the figure after it when it has one", () => {
    expect(counts("A soldier was killed and another injured in an IED blast in Pulwama.")).toEqual({ fatalities: [1, 1], injuries: [1, 1] });
    expect(counts("Gunmen killed another 5 people in Kidal on Monday.").fatalities).toEqual([5, 5]);
    expect(counts("Gunmen killed another civilian in Kidal on Monday.").fatalities).toEqual([1, 1]);
    // Not the article of a noun that names no people.
    expect(counts("Another leaflet warns rebel fighters to surrender or die, showing leaders killed in clashes.").fatalities).toBeNull();
  });
});

describe("an unknown number is a plural nobody counted", () => {
  it.each([
    ["Eight soldiers and an unknown number of militants were killed near Gao.", [11, null]],
    ["An undetermined number of people were killed in the attack.", [3, null]],
  ])("%s", (text, dead) => {
    expect(counts(text).fatalities).toEqual(dead);
  });
});

describe("figures that count no people", () => {
  it.each([
    ["In one attack, two soldiers were killed.", [2, 2]],
    ["In one incident, a man was killed when gunmen opened fire on a bus.", [1, 1]],
  ])("%s counts the happening's victims, not the happening", (text, dead) => {
    expect(counts(text).fatalities).toEqual(dead);
  });

  it("reads the day of a month as a date, not a toll", () => {
    expect(counts("Many who survived the initial blast on August 6 died of their injuries.").fatalities).toBeNull();
  });
});

describe("an exchange of fire is a gunfight", () => {
  it("reads the dead of an exchange of fire as violence, not a blaze", () => {
    const [e] = extractEventsByHand("Police said five suspects died in an exchange of fire with officers.");
    expect(e?.data.type).toBe("ASSAULT");
    expect(e?.data.fatalities?.min).toBe(5);
  });
});

describe("a protest over a killing does not take its dead", () => {
  it.each([
    ["Hundreds of students protested in Lagos on Monday over the killing of two classmates by police.", 2],
    ["Residents staged a protest against the murder of three farmers.", 3],
    ["Thousands marched in Nairobi to condemn the killing of a lawyer.", 1],
    // The victims named as protesters do not make the killing one more telling of the protest.
    ["Thousands protested in the capital on Friday after police killed seven demonstrators.", 7],
    ["Thousands protested in the capital on Friday following the killing of seven demonstrators.", 7],
  ])("%s: the protest has no toll, the killing keeps its own", (text, dead) => {
    const events = extractEventsByHand(text);
    expect(events.find((e) => e.data.type === "PROTEST")?.data.fatalities ?? null).toBeNull();
    expect(events.find((e) => e.data.type === "ASSAULT")?.data.fatalities?.min).toBe(dead);
  });

  it.each([
    ["Police opened fire on protesters in Lagos on Tuesday, killing three people.", 3],
    ["Four students were killed when soldiers fired on a march in the capital on Monday.", 4],
  ])("%s: the shooting takes the dead, not the protest beside it", (text, dead) => {
    const events = extractEventsByHand(text);
    expect(events.find((e) => e.data.type === "ASSAULT")?.data.fatalities?.min).toBe(dead);
    expect(events.filter((e) => e.data.type === "PROTEST" && e.data.fatalities !== null)).toHaveLength(0);
  });

  it("tells one protest once when two words of one sentence name it", () => {
    const events = extractEventsByHand("Four students were killed when soldiers fired on a march in the capital on Monday.");
    expect(events.filter((e) => e.data.type === "PROTEST")).toHaveLength(1);
  });

  it("keeps the dead of a protest that police fired on", () => {
    const protest = extractEventsByHand("Police killed two protesters during a demonstration in Khartoum.").find((e) => e.data.type === "PROTEST");
    expect(protest?.data.fatalities?.min).toBe(2);
  });
});

describe("casualty counts", () => {
  it("reads the victims of a participle whose 'were' is left out before it, not a figure in the clause after it", () => {
    expect(counts("Two people were killed and 15 others wounded when a grenade was thrown into a market.")).toEqual({ fatalities: [2, 2], injuries: [15, 15] });
    expect(counts("Five soldiers killed as a bomb exploded near their patrol.")).toMatchObject({ fatalities: [5, 5] });
  });
  it.each([
    ["Gunmen attacked a bus on Monday, and 12 passengers were taken to hospital.", 12],
    ["A bomb exploded near the market; five people were rushed to the hospital.", 5],
  ])("%s: the people taken to hospital are the wounded", (text, hurt) => {
    expect(extractEventsByHand(text).find((e) => e.data.type === "ASSAULT")?.data.injuries?.min).toBe(hurt);
  });
  it("reads 'claimed the lives of' as a toll, not as someone's claim", () => {
    const events = extractEventsByHand("Clashes in the city claimed the lives of four protesters on Monday.");
    expect(events.find((e) => e.data.type === "ASSAULT")?.data.fatalities?.min).toBe(4);
    expect(events.filter((e) => e.data.modality === "claimed")).toHaveLength(0);
  });
  it("counts no wounded in a hospital's size", () => {
    expect(extractEventsByHand("Militants attacked a 200-bed hospital in Kunduz on Monday.").find((e) => e.data.type === "ASSAULT")?.data.injuries ?? null).toBeNull();
  });
  it.each([
    ["The bombing of a mosque left more than 60 people dead on Friday.", [60, null], null],
    ["Gunmen attacked a bus; at least 12 killed.", [12, null], null],
    ["A car bomb exploded in the market, dozens wounded.", null, [12, null]],
    ["A series of bomb attacks in the city left eight people, including several Taliban fighters, dead.", [8, 8], null],
    ["Rebels shelled the village, killing two.", [2, 2], null],
    ["A roadside bomb wounded four Taliban fighters.", null, [4, 4]],
    ["Six persons were killed and 23 others injured in grenade attacks.", [6, 6], [23, 23]],
    ["Up to 10 people died in the airstrike.", [null, 10], null],
    ["The airstrike killed sixty-seven people.", [67, 67], null],
    ["Hundreds were wounded in the riot.", null, [100, null]],
    ["The shelling caused no casualties.", [0, 0], [0, 0]],
    // Casualties are the dead and the wounded together: a figure of them is neither toll.
    ["Rebels ambushed a patrol near the river, causing four casualties.", null, null],
    // One figure for the dead and wounded together is neither a death toll nor an injury count.
    ["More than 60 civilians were killed and injured in multiple bombings.", null, null],
    ["Between three and nine soldiers were injured along with three bystanders in the gun battle.", null, [6, 12]],
    ["Multiple attacks have killed at least 35 more innocent civilians and injured scores of others.", [35, null], [20, null]],
    // Victim groups joined to the counted one, each with its own figure, add up; a figure that starts its own clause does not.
    ["Gunmen killed three soldiers and two civilians in the north.", [5, 5], null],
    ["Rebels killed four policemen, two soldiers and a civilian on Tuesday.", [7, 7], null],
    ["Three soldiers and two civilians were killed in the attack.", [5, 5], null],
    ["Gunmen stormed the court after the murder of a judge and of two ministry employees.", [3, 3], null],
    ["The bomb killed five people and 20 others were injured.", [5, 5], [20, 20]],
    ["The blast killed two people and three days later a second bomb exploded.", [2, 2], null],
    ["The attack killed 12 people and 30 cattle.", [12, 12], null],
    // A passive through adverbs counts the people before it; a second report of more victims adds to the toll.
    ["Three people were also killed in a separate attack.", [3, 3], null],
    ["A civilian was killed in the crossfire and a soldier was also killed during the clashes.", [2, 2], null],
    // A figure across a comma or a preposition is no object of the casualty word ("killed, 3 wounded", "wounded in an attack").
    ["Taliban attacked army positions; 6 soldiers killed, 3 wounded.", [6, 6], [3, 3]],
    ["At least 25 people were killed and dozens wounded in an attack on a market.", [25, null], [12, null]],
    // Groups left dead by a verb that is no casualty word add up; a possessed group on a list counts too.
    ["Clashes between the Taliban and Afghan forces left 11 Taliban and 4 soldiers dead.", [15, 15], null],
    ["Militants attacked a checkpoint, killing a police commander, his two bodyguards and a civilian.", [4, 4], null],
  ])("%s", (text, fatalities, injuries) => {
    expect(counts(text)).toEqual({ fatalities, injuries });
  });

  it("keeps the quoted words as the count's text", () => {
    expect(first("The bombing left more than 60 people dead.")?.fatalities?.text).toBe("more than 60 people dead");
  });

  it("gives no count when none is stated", () => {
    expect(counts("Militants attacked a checkpoint in the north.")).toEqual({ fatalities: null, injuries: null });
  });

  it("does not count the number inside an 'including' aside", () => {
    expect(counts("Gunmen opened fire, killing 6 civilians, including 2 women.").fatalities).toEqual([6, 6]);
  });

  it("gives a casualty report in the next sentence to the attack before it", () => {
    const events = extractEventsByHand("A bomb exploded near the market in Izmir. Two people died.");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.fatalities).toMatchObject({ min: 2, max: 2 });
  });

  it("does not add the object of another verb to a group that opens its own clause ('arrested five and three were killed')", () => {
    const raid = extractEventsByHand("Police arrested five people and three were killed in the raid.").find((e) => e.data.fatalities);
    expect(raid?.data.fatalities).toMatchObject({ min: 3, max: 3 });
  });

  it("adds the next sentence's further victims ('were also killed') to the attack's toll", () => {
    const events = extractEventsByHand("Militants ambushed a convoy near Afgoye, killing 4 soldiers and injuring 6. Two militants were also killed.");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.fatalities).toMatchObject({ min: 6, max: 6 });
  });

  it("makes an event of a death report with no other trigger", () => {
    const events = extractEventsByHand("Four women were killed in North Waziristan.");
    expect(events.map((e) => e.data.type)).toEqual(["ASSAULT"]);
    expect(events[0]!.data.fatalities).toMatchObject({ min: 4, max: 4 });
  });

  it("gives a toll told a clause before the attack to it ('were killed on Monday, when rebels attacked')", () => {
    expect(counts("Three people were killed and five wounded on Monday, when rebels attacked the village.")).toEqual({ fatalities: [3, 3], injuries: [5, 5] });
  });

  it("does not count an 'including' aside as a clause between a toll and its event", () => {
    expect(counts("At least two civilians have died and five more have been wounded, including two children, as a result of the armed clashes.")).toEqual({ fatalities: [2, null], injuries: [5, 5] });
  });

  it("gives no attack the deaths told clauses before it, in another happening's words", () => {
    const text = "Health teams were unable to investigate several reported deaths, or to ensure the bodies were buried, after their vehicles were attacked by residents.";
    const attack = extractEventsByHand(text).find((e) => e.data.type === "ASSAULT");
    expect(attack?.data.fatalities ?? null).toBeNull();
  });
});

describe("victims listed after one victim, and 'shot dead'", () => {
  it.each([
    ["Gunmen killed the district governor and his two bodyguards in Helmand.", [3, 3]],
    ["An airstrike killed a senior commander and three of his guards in Idlib.", [4, 4]],
    ["A suicide bomber killed himself and four soldiers at a checkpoint.", [5, 5]],
    ["Gunmen killed the mayor along with two of his aides.", [3, 3]],
    ["Gunmen shot dead five policemen outside the centre.", [5, 5]],
    ["Police shot dead 98 rioters during the riots.", [98, 98]],
    ["Two gunmen shot dead a local chief in Borno.", [1, 1]],
    ["Police said 20 people died, 15 of them civilians, after clashes in Juba.", [20, 20]],
  ])("%s", (text, fatalities) => {
    expect(counts(text).fatalities).toEqual(fatalities);
  });
  it("leaves the toll unknown when the rest of the list has no figure", () => {
    expect(counts("Gunmen killed the mayor and his bodyguards.").fatalities).toBeNull();
  });
  it("reads no toll from 'killed himself' alone, a suicide", () => {
    expect(counts("The gunman later killed himself.").fatalities).toBeNull();
  });
  it.each([
    ["The gunman killed three people and then killed himself, police said.", [3, 3]],
    ["The attacker killed five students and later killed himself in a classroom in Nairobi.", [5, 5]],
    ["Police are investigating the death of a 16-year-old who was killed at a party.", [1, 1]],
  ])("reads a figure once, not again back from a later casualty word of its kind: %s", (text, fatalities) => {
    expect(counts(text).fatalities).toEqual(fatalities);
  });
  it.each([
    // Victims already named, told again with "the": no more of them.
    ["Militants killed two soldiers and wounded three others, and the two soldiers died at the scene.", [2, 2]],
    ["Armed men killed three farmers in Kaduna; the three farmers were killed as they tended their crops.", [3, 3]],
    // A comma list whose figures add up to the first breaks those victims down.
    ["Attackers killed eight villagers, five men and three women, in Plateau state.", [8, 8]],
    // Guards: more victims with "more", and groups that do not add up to the first, still add.
    ["Ten people were killed in the attack, and ten more were killed in a second attack nearby.", [20, 20]],
    ["Gunmen killed three farmers and their two sons in Benue state.", [5, 5]],
  ])("counts restated and broken-down victims once: %s", (text, fatalities) => {
    expect(counts(text).fatalities).toEqual(fatalities);
  });
  it.each([
    // An apposition between the counted subject and its verb is read past.
    ["Two people, a man and his son, were killed when militants attacked a farm near Bunia.", [2, 2]],
    // A part of a group listed before another group is counted by the figure before its "of".
    ["Five members of the security forces and a civilian were killed in an attack in Burkina Faso.", [6, 6]],
    ["Three of his guards and a driver were killed in the ambush in Kunduz.", [4, 4]],
  ])("reads the whole subject of a passive toll: %s", (text, fatalities) => {
    expect(counts(text).fatalities).toEqual(fatalities);
  });
  it.each([
    // A verb whose victim is the doer himself tells a suicide: the wounded told before it are no dead.
    ["Police said the attacker wounded four students and then killed himself.", null, [4, 4]],
    ["The suspect stabbed three people and later hanged himself in his cell.", null, null],
    ["A gunman killed two guards and injured a third before he shot himself dead in Peshawar.", [2, 2], [1, 1]],
  ])("reads no toll back from a suicide: %s", (text, fatalities, injuries) => {
    expect(counts(text)).toEqual({ fatalities, injuries });
  });
});

describe("victim groups of one event", () => {
  it.each([
    // A possessed person with no figure is one more victim; a possessed title head the tagger calls an adjective still counts.
    ["Gunmen killed a village chief and his son in Tillaberi.", [2, 2]],
    ["Taliban militants killed the district police chief and three of his guards in Faryab.", [4, 4]],
    // A comma list after people in general breaks them down: apposition adds nobody.
    ["Armed men killed two people, a man and a woman, in Ouagadougou.", [2, 2]],
    // Another group of the event's dead in its sentence adds up, as every side's dead count.
    ["The army said it killed 35 fighters in Borno, while 2 soldiers died.", [37, 37]],
  ])("%s", (text, fatalities) => {
    expect(counts(text).fatalities).toEqual(fatalities);
  });

  it("keeps the aside of a count out of the next group ('left 7 dead, including 2 women, and 10 injured')", () => {
    expect(counts("A clash between two clans left 7 dead, including 2 women, and 10 injured.")).toEqual({ fatalities: [7, 7], injuries: [10, 10] });
  });

  it("does not add a part of a group already counted", () => {
    expect(counts("Gunmen wounded five people in the market, and one of them died.").fatalities).toEqual([1, 1]);
  });

  it.each([
    // A lethal noun's "of" may stand two words before the figure; "death" tells a death only with "of" or a possessor.
    ["Cristiani ordered the murder of the six priests.", [6, 6]],
    ["A bomb exploded in the market, causing the death of a policeman.", [1, 1]],
  ])("%s", (text, fatalities) => {
    expect(counts(text).fatalities).toEqual(fatalities);
  });

  it("reads no death in 'death squads' or 'death threats'", () => {
    expect(counts("Gunmen attacked the office after death threats against the judge by death squads.").fatalities).toBeNull();
  });

  it("revises the toll with a later, higher one, but not with a cumulative one", () => {
    const revised = extractEventsByHand("A car bomb killed 5 people in Mogadishu. The death toll later rose to 8.");
    expect(revised[0]!.data.fatalities).toMatchObject({ min: 8, max: 8 });
    expect(counts("A car bomb killed 5 people in Mogadishu, bringing the death toll from attacks this month to 45.").fatalities).toEqual([5, 5]);
    expect(counts("The death toll climbed to 66 after the bombing.").fatalities).toEqual([66, 66]);
  });

  it("adds a later telling's further victims to the toll of the event it merges with", () => {
    const events = extractEventsByHand("Two soldiers were killed when their patrol hit a roadside bomb in the south. An interpreter was also killed in the blast.");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.fatalities).toMatchObject({ min: 3, max: 3 });
  });

  it("reads a toll over a span of time as no event's toll", () => {
    expect(counts("At least 30 people have been killed in fighting between rival militias over the past week.").fatalities).toBeNull();
  });

  it.each([
    ["A man was stabbed to death by unknown assailants in Kismayo.", [1, 1]],
    ["Gunmen hacked two farmers to death in the village.", [2, 2]],
    // The object may follow "to death" as well as precede it.
    ["Rebels hacked to death at least 40 people with machetes in the village.", [40, null]],
    ["Militiamen beat to death two men accused of theft in Bunia.", [2, 2]],
    // An execution or a beheading counts its victims after the verb, as "killed" does.
    ["Islamic State executed 12 prisoners near Raqqa.", [12, 12]],
    ["Separatists beheaded a gendarme in Bamenda on Sunday.", [1, 1]],
    // The groups of a noun's "of" phrase are all its victims, whatever verb follows the phrase.
    ["The bodies of 4 soldiers and 12 militants were recovered after a gun battle in Kunar.", [16, 16]],
    // A lynching kills: its victims count as the dead.
    ["A mob lynched two suspected thieves in Lagos.", [2, 2]],
    // A possessive before the counted group does not end the list of victims.
    ["A woman and her 3 children were killed when gunmen opened fire on their vehicle.", [4, 4]],
  ])("%s", (text, fatalities) => {
    expect(counts(text).fatalities).toEqual(fatalities);
  });

  it("reads no death when 'executed' means carried out ('executed two attacks')", () => {
    expect(counts("The militants executed two attacks on the base.").fatalities).toBeNull();
  });

  it("reads no death in 'sentenced to death'", () => {
    expect(counts("Gunmen attacked the court after it sentenced two men to death.").fatalities).toBeNull();
  });
});

describe("a toll word's figure", () => {
  it("is its value, never a year or a span it is compared over ('the largest toll since 2016', 'in a single day')", () => {
    expect(counts("An air strike killed 29 soldiers in Syria, marking the largest toll since 2016.").fatalities).toEqual([29, 29]);
    expect(counts("An air strike killed 29 soldiers in Syria, marking the largest death toll for Turkey in a single day.").fatalities).toEqual([29, 29]);
  });

  it("keeps a toll compared by a superlative several words before 'since' as this event's, not a running total", () => {
    expect(counts("An air strike killed 29 soldiers in Syria, marking the largest death toll for Turkey in a single day since it first intervened in 2016.").fatalities).toEqual([29, 29]);
    // With no comparison, "since" still makes a total: no event's toll.
    expect(counts("The insurgency has killed 2,000 people since 2015.").fatalities).toBeNull();
  });
});

describe("a running total a new event brings the toll to", () => {
  it("is no figure of the event, and does not make the killing in another clause background", () => {
    const e = first("Gunmen killed 3 people on Monday, bringing the death toll this week to 20.");
    expect(e?.fatalities).toMatchObject({ min: 3, max: 3 });
    expect(e?.background).toBe(false);
  });

  it("is the toll of the one happening its phrase names, or of the event before when more of its victims died", () => {
    expect(first("Two more people died of their wounds on Wednesday, bringing the death toll from Monday's market bombing in Kabul to 14.")?.fatalities).toMatchObject({ min: 14, max: 14 });
    // A period or several events named stay a running count; so does a campaign ("from the conflict").
    expect(first("Gunmen killed 3 people on Monday, bringing the death toll from the conflict to 200.")?.fatalities).toMatchObject({ min: 3, max: 3 });
    const attack = "A bomb exploded in a market in Kabul on Monday, killing at least 12 people. ";
    expect(first(attack + "Two more people died of their wounds on Wednesday, bringing the death toll to 15.")?.fatalities).toMatchObject({ min: 15, max: 15 });
    // "more" victims without a total add to the toll; "more than" is a bound.
    expect(first(attack.replace("at least 12", "12") + "Two more people died of their wounds on Wednesday.")?.fatalities).toMatchObject({ min: 14, max: 14 });
    expect(first(attack.replace("at least 12", "12") + "More than 20 people were wounded.")?.fatalities).toMatchObject({ min: 12, max: 12 });
  });
});

describe("a revised toll told after the event", () => {
  const attack = "A suicide bomber attacked a mosque in Kabul on Friday, killing 20 people. ";
  it.each([
    // The toll's value read past its own modifiers, the event it is of merged with the first telling.
    [attack + "The death toll from Friday's bombing rose to 45 on Saturday, officials said.", [45, 45]],
    [attack + "The death toll has since climbed to 45.", [45, 45]],
    [attack + "The number of dead so far stands at 45, the health ministry said.", [45, 45]],
    // A lower bound above the first figure revises it; "now" is when the text speaks, no date of the deaths.
    [attack + "At least 45 people have now died in the attack, officials said.", [45, null]],
    // "from 20 to 22": the value follows "to".
    [attack + "The toll rose from 20 to 22 after two of the wounded died.", [22, 22]],
  ])("%s", (text, fatalities) => {
    const events = extractEventsByHand(text);
    expect(events).toHaveLength(1);
    expect([events[0]!.data.fatalities?.min, events[0]!.data.fatalities?.max]).toEqual(fatalities);
  });

  it("reads the number of the people killed as a toll of its event", () => {
    expect(counts("The number of people killed in Tuesday's attack on a police station in Quetta has risen to 12, officials said.").fatalities).toEqual([12, 12]);
    expect(counts("The death toll from Saturday's bombing of a market in Mogadishu rose to 45.").fatalities).toEqual([45, 45]);
  });

  it("takes a figure inside a modifier's own 'of' phrase as no value, and a toll over the last days as a total", () => {
    expect(counts("Troops fought rebels in the north, with a death toll well into the hundreds of thousands.").fatalities).toBeNull();
    expect(counts("The toll in the last six days in the state now stands at 544.").fatalities).toBeNull();
    expect(counts("A monitoring group put the death toll in the latest airstrike at 28 civilians.").fatalities).toEqual([28, 28]);
  });

  it("takes no year or place inside the toll's modifiers as its value", () => {
    expect(counts("A bomb killed 5 people in Kabul; the death toll in 2019 was lower.").fatalities).toEqual([5, 5]);
    expect(counts("A bomb killed 5 people in Kabul, the number of dead in 2019 unknown.").fatalities).toEqual([5, 5]);
  });
});

describe("a vague quantity under a bound", () => {
  it("reads 'over a dozen' and 'more than a dozen' as at least 12, 'up to a dozen' as at most 12", () => {
    expect(first("Over a dozen people were killed in a drone strike on Monday.")?.fatalities).toMatchObject({ min: 12, max: null });
    expect(first("More than a dozen people were killed in a drone strike on Monday.")?.fatalities).toMatchObject({ min: 12, max: null });
    expect(first("Up to a dozen people were killed in a drone strike on Monday.")?.fatalities).toMatchObject({ min: null, max: 12 });
    expect(first("A dozen people were killed in a drone strike on Monday.")?.fatalities).toMatchObject({ min: 12, max: 12 });
  });
});

describe("a fatal wound is a death", () => {
  it.each([
    ["A police officer was fatally wounded in the attack on Monday.", { fatalities: [1, 1], injuries: null }],
    ["Two men sustained fatal injuries in the shooting.", { fatalities: [2, 2], injuries: null }],
    ["A soldier was mortally wounded in the ambush.", { fatalities: [1, 1], injuries: null }],
    ["Gunmen wounded four soldiers in the ambush.", { fatalities: null, injuries: [4, 4] }],
  ])("%s", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

describe("victim groups joined across a dashed aside", () => {
  it.each([
    ["They denounced the killing of six Jesuit priests -- five of whom were Spanish citizens -- and two Salvadoran women at the university.", [8, 8]],
    ["Soldiers killed six Jesuit priests -- five of them Spaniards -- and their two maids at the university.", [8, 8]],
  ])("%s adds the group after the aside, not the part inside it", (text, dead) => {
    expect(counts(text).fatalities).toEqual(dead);
  });

  it("does not take a clause of its own after the aside for more victims", () => {
    expect(counts("Gunmen killed three soldiers -- the army said -- and two more were wounded.").fatalities).toEqual([3, 3]);
  });
});

describe("a possessor after the victims' comma", () => {
  it("is the speaker's phrase, not one more victim ('56 civilians, a doctors' union said')", () => {
    expect(first("Clashes between the army and the RSF in Khartoum killed at least 56 civilians, a doctors' union said.")?.fatalities).toMatchObject({ min: 56, max: null });
  });
});

describe("a casualty word inside a name", () => {
  it("counts no one in 'a Black Lives Matter protest', and still counts the lives a flood claimed", async () => {
    const { analyzeArticle } = await import("../../src/app/analyze-article.js");
    const { layer } = await import("../../src/core/index.js");
    const deaths = (text: string) => layer(analyzeArticle({ text, meta: { published: "2016-07-12", language: "en" } }), "event").map((e) => e.data.fatalities?.min ?? null);
    expect(deaths("Hundreds joined a Black Lives Matter protest in Newport News on Sunday.")).toEqual([null]);
    expect(deaths("The floods claimed 160 lives in the region on Monday.")).toEqual([160]);
  }, 60_000);
});

describe("a figure before an active verb counts its doers, not its victims", () => {
  it("reads no toll from the doers or from a span of time before a verb with an object of its own", () => {
    expect(counts("Five gunmen killed the last of the guards in Kaduna on Monday.").fatalities).toBeNull();
    expect(counts("Gunmen stormed a hotel in Mogadishu on Sunday, setting off a siege that lasted more than 20 hours before security forces killed the last of the gunmen.").fatalities).toBeNull();
  });
  it("counts one person for 'him' or 'her' as the object ('killed him', 'shot her dead'), not the doers before", () => {
    expect(counts("Three gunmen killed him in Kaduna on Monday.").fatalities).toEqual([1, 1]);
    expect(counts("Unknown attackers shot her dead in Kaduna on Monday.").fatalities).toEqual([1, 1]);
    expect(counts("The attackers killed her two sons in Kaduna on Monday.").fatalities).toEqual([2, 2]);
  });
  it("still reads the figure before a verb with no object ('Twelve people killed in ...')", () => {
    expect(counts("Twelve people killed in Kaduna attack").fatalities).toEqual([12, 12]);
  });
});

describe("victims listed after a verb that reports speech", () => {
  it("adds the groups of the reported clause ('said nine civilians and three soldiers had been killed')", () => {
    expect(counts("A police spokesman said nine civilians and three soldiers had been killed in the attack in Mogadishu.").fatalities).toEqual([12, 12]);
  });
  it("still keeps the object of another verb apart ('arrested five men and three were killed')", () => {
    const assault = extractEventsByHand("Police arrested five men and three were killed in Mogadishu on Sunday.").find((e) => e.data.type === "ASSAULT");
    expect(assault?.data.fatalities?.min).toBe(3);
  });
});

describe("enemies 'neutralised' in an army's statement", () => {
  it("counts them as killed, active, passive and after a perfect's 'had'", () => {
    expect(counts("Soldiers neutralized seven militants in Borno on Monday, the army said.").fatalities).toEqual([7, 7]);
    expect(counts("Seven militants were neutralised in a raid in Borno on Monday.").fatalities).toEqual([7, 7]);
    expect(counts("The army said troops had neutralised 15 fighters in an operation near Chai on Sunday.").fatalities).toEqual([15, 15]);
  });
  it("counts nobody for a device or a threat neutralised", () => {
    expect(extractEventsByHand("Bomb experts neutralised three IEDs planted near a school in Maiduguri.").filter((e) => e.data.type === "ASSAULT" && e.data.fatalities)).toEqual([]);
    expect(extractEventsByHand("Police neutralised the threat quickly in Maiduguri.").filter((e) => e.data.type === "ASSAULT")).toEqual([]);
  });
});
