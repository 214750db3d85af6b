/**
 * Word senses, non-human causes and modality: no violence that the text does not report.
 * The sentences are written for these tests (general usage), not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const types = (text: string) => extractEventsByHand(text).map((e) => e.data.type);
const assaults = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "ASSAULT");
const only = (text: string) => {
  const events = extractEventsByHand(text);
  expect(events).toHaveLength(1);
  return events[0]!.data;
};

describe("killing oneself", () => {
  it("is a suicide bombing only beside a bomb; a suicide alone is no violence", () => {
    expect(assaults("A suicide bomber blew himself up at a checkpoint, killing himself and three policemen.").map((e) => e.data.mode)).toEqual(["suicide-attack"]);
    expect(assaults("Every day a veteran is killing himself, the report said.")).toHaveLength(0);
    const gunman = assaults("The gunman shot dead four people before killing himself.");
    expect(gunman.map((e) => e.data.mode)).toEqual(["firearms"]);
  });
});

describe("what anyone who does something does", () => {
  it.each([
    ["We will defeat the group so that it can no longer brutalize those who reject its tormented worldview."],
    ["Anyone who attacks a police officer will be punished."],
  ])("%s tells no event in its relative clause", (text) => {
    expect(extractEventsByHand(text).filter((e) => e.data.type === "REJECT" || e.data.type === "ASSAULT")).toHaveLength(0);
  });

  it("keeps what those who did something did", () => {
    expect(assaults("Those who attacked the police station on Monday were arrested.")).toHaveLength(1);
  });
});

describe("each of the happenings a narrative counts off", () => {
  it("keeps an explosion counted off by 'each' in a clause told in the past", () => {
    expect(assaults("Warnings were given before each explosion in the city centre.")).toHaveLength(1);
    expect(assaults("As each bomb exploded there were cries of terror.")).toHaveLength(1);
  });
  it("still reads 'each' and 'every' in a rule as any instance, no happening", () => {
    expect(assaults("Each attack on a police station must be reported to the ministry.")).toHaveLength(0);
    expect(assaults("Every attack on a police station must be reported to the ministry.")).toHaveLength(0);
  });
});

describe("commands and manhunts", () => {
  it("reads an order given as a request with authority behind it", () => {
    const requests = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "REQUEST");
    expect(requests("The State Department ordered the departure of family members of its staff.")).toHaveLength(1);
    expect(requests("The minister said he has instructed all police prefects to reinforce security.")).toHaveLength(1);
    expect(requests("The minister sent instructions for the authorities to strengthen security.")).toHaveLength(1);
    // The noun and a purchase are no command.
    expect(requests("They moved the cars in order to open the road.")).toHaveLength(0);
    expect(requests("She ordered pizza for the whole team.")).toHaveLength(0);
    expect(requests("A caller requested delivery to Room 25 of the motel.")).toHaveLength(1);
    expect(requests("The rebels sought to enforce control over the valley.")).toHaveLength(0);
  });
  it("reads the police hunt for a suspect as an investigation, and no other hunt", () => {
    const investigations = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "ACCUSE" && e.data.mode === "investigate");
    expect(investigations("French police are hunting a suspect believed to have left the bag.")).toHaveLength(1);
    expect(investigations("Police in the city were searching for a man believed to be responsible for the blast.")).toHaveLength(1);
    expect(investigations("Voters are searching for a man of principle.")).toHaveLength(0);
  });
});

describe("a heavy weapon's fire and a disease's spread", () => {
  it("reads mortar fire as the shelling its weapon tells, no blaze", () => {
    expect(types("A general was killed in the province by mortar fire from the Islamic State.")).not.toContain("MAN_MADE_DISASTER");
    expect(types("A fire destroyed the roof of the market on Tuesday.")).toContain("MAN_MADE_DISASTER");
  });
  it("reads the fire of weapons after a building as no blaze ('stormed the building and exchanged fire')", () => {
    expect(types("Gunmen stormed the building and exchanged fire with soldiers for hours.")).not.toContain("MAN_MADE_DISASTER");
    expect(extractEventsByHand("Gunmen stormed the building and exchanged fire with soldiers for hours.").map((e) => e.data.trigger.text)).not.toContain("building and exchanged fire");
    expect(types("A building caught fire in the old town on Sunday.")).toContain("MAN_MADE_DISASTER");
  });
  it("reads recovered bodies as no ground retaken, and a weapon after a time word as another happening's, not a seizure", () => {
    const events = extractEventsByHand("The bodies of 4 soldiers were recovered after a three-hour gun battle in Kunar.").map((e) => e.data);
    expect(events.map((e) => e.type)).not.toContain("COERCE");
    expect(types("The army recovered the town from the rebels on Sunday.")).toContain("COERCE");
    expect(types("Police recovered two guns and ammunition from the house.")).toContain("COERCE");
  });
  it("reads a disease told as going through a population as an outbreak, not one feared or kept off", () => {
    const outbreaks = (text: string) => extractEventsByHand(text).filter((e) => e.data.mode === "epidemic");
    expect(outbreaks("The minister spoke about two diseases currently affecting Venezuelans.")).toHaveLength(1);
    expect(outbreaks("The infection spread from a fellow student to six others.")).toHaveLength(1);
    expect(outbreaks("Officials fear the disease will spread to the capital.")).toHaveLength(0);
    expect(outbreaks("Isolation kept the virus from affecting the city.")).toHaveLength(0);
  });
});

describe("attempted killings", () => {
  it.each([
    ["Prosecutors opened an investigation for attempted murder on Friday."],
    ["The mayor of Tula survived an assassination attempt on Saturday."],
    ["The failed assassination of the governor shocked the city on Monday."],
    ["Police said they had uncovered a murder plot against the mayor."],
  ])("%s is an attack with no death", (text) => {
    const [e] = assaults(text);
    expect(e?.data.mode).toBe("attack");
    expect(e?.data.fatalities ?? null).toBeNull();
  });

  it("keeps a murder that happened a killing", () => {
    expect(assaults("Gunmen murdered the mayor of Tula on Sunday.")[0]?.data.mode).not.toBe("attack");
  });
});

describe("trigger word senses", () => {
  it.each([
    ["Workers at the coal mine went on strike over unpaid wages."],
    ["The company plans to expand the gold mine next year."],
    ["Villagers began illegally mining copper in the hills."],
    ["The archive is a mine of information for historians."],
    ["The minister urged parents to get their children a flu shot."],
    ["Free booster shots will be given out at pharmacies in October."],
    ["The documentary was shot on location in Morocco."],
    ["His shot at goal went wide in the second half."],
    ["The singer died of a heart attack at his home."],
    ["She suffered a panic attack before the exam."],
    ["The opposition leader attacked the government's budget plan."],
    ["The bacterium attacks the immune system of its host."],
    ["Fire officials said the season would be long and dry."],
    ["The senator came under fire for his remarks."],
    ["The sequel bombed at the box office."],
    ["Experts warn of an explosion in the number of diabetes cases."],
    ["The governor vowed to fight the flu with free vaccines."],
    ["The charity raised money to combat malaria in the region."],
    ["The family lost a long legal battle with the insurer."],
    ["Surgeons said the operation on his knee was a success."],
    ["The firm executed the contract on time."],
    ["The committee killed the bill in a late-night vote."],
    ["Cooking meat thoroughly kills the bacteria."],
    ["Officials destroyed 4,000 chickens after the virus was found on the farm."],
    ["The farm had more than 10,000 birds killed after they were infected."],
    ["The inspector says the cow's carcass will be destroyed."],
    ["He was convicted of attempting to possess a chemical weapon."],
    ["The minister said that waterboarding is torture."],
    ["His family campaigned for his return so that he could escape execution."],
    ["The immune system reacts within hours to the attack."],
    ["The shop is recalling shelled peanuts sold in March."],
    ["The company launched its rocket into orbit from the coast."],
    ["Food prices rocketed after the harvest failed."],
    ["Liverpool scored on the counter-attack in the 80th minute at Anfield on Saturday."],
    ["The company launched a counter-offensive against its rivals in London on Monday."],
    ["The verdict reopened old wounds in the town of Srebrenica on Monday."],
    ["The visit tears the scab off a much bigger wound that Japan wants healed, a diplomat said in Tokyo."],
    ["The bomb squad went to the school in Leeds on Monday after a phone call."],
  ])("%s -> no violence", (text) => {
    expect(assaults(text)).toEqual([]);
  });

  it.each([
    ["Two soldiers were killed when their truck hit a mine near the border."],
    ["A landmine exploded under a bus, killing four people."],
    ["A man was shot dead outside his home on Sunday."],
    ["Gunmen opened fire on a market, killing six people."],
    ["Militants attacked a police post in the north."],
    ["An airstrike hit the village on Monday."],
    ["Rebels shelled the town for a third day."],
    ["Fighting between the army and rebels killed 12 people in the province."],
    ["The anthrax attacks killed five people."],
    ["Troops launched a military operation against the rebels in the hills."],
    ["Two soldiers died when their patrol crossed a mined road."],
    ["Cattle rustlers have killed eleven people near the town."],
    ["Government forces used a chemical weapon on the town, killing 40."],
    ["The prisoners said guards tortured them for days."],
    ["The rebels carried out the execution of two hostages."],
    ["Ukrainian forces launched a counter-offensive near Kharkiv on Tuesday."],
    ["Government troops mounted a counterattack against rebels in Aleppo on Monday."],
    ["A soldier suffered a gunshot wound to the leg in Helmand on Friday."],
  ])("%s -> violence", (text) => {
    expect(assaults(text).length).toBeGreaterThan(0);
  });

  it("reads a labour strike as a protest, an air strike as an attack", () => {
    expect(only("Nurses began a strike over pay on Monday.")).toMatchObject({ type: "PROTEST", mode: "strike" });
    expect(only("A drone strike hit a car on the highway.")).toMatchObject({ type: "ASSAULT" });
  });

  it("reads a flag march as security forces showing force, not a protest", () => {
    expect(types("Police and paramilitary forces staged a flag march through the old city on Tuesday.")).toEqual(["MOBILIZE"]);
    expect(types("The army held a flag-march in the town after the clashes.")).not.toContain("PROTEST");
    expect(types("Thousands of farmers marched to the capital on Tuesday.")).toEqual(["PROTEST"]);
  });

  it("reads riot gear and riot control units as no riot, and arresting a decline as no arrest", () => {
    expect(types("Four platoons of riot control police will be on the streets.")).not.toContain("PROTEST");
    expect(types("The army helped to arrest the fast deteriorating situation in the city.")).not.toContain("COERCE");
    expect(types("Police arrested the two suspects on Friday.")).toEqual(["COERCE"]);
    expect(types("Youths rioted in the city centre on Friday.")).toEqual(["PROTEST"]);
  });

  it("reads an event noun that names a court, a show, a season, a craft or kit as no event", () => {
    expect(types("A federal appeals court ruled on Friday against the state.")).not.toContain("REQUEST");
    expect(types("By a 2-to-1 vote, the court of appeals sent the case back to the district court.")).not.toContain("REQUEST");
    expect(types("He made his comments on a talk show on Sunday.")).not.toContain("CONSULT");
    expect(types("He was a Navy combat pilot during the war.")).not.toContain("ASSAULT");
    expect(types("The hurricane season starts on June 1 in the Atlantic.")).not.toContain("NATURAL_DISASTER");
    expect(types("The residents had fire insurance as part of their rent.")).not.toContain("MAN_MADE_DISASTER");
    expect(types("The family appealed to the governor on Monday.")).toEqual(["REQUEST"]);
    expect(types("Fighter jets bombed the town on Monday.")).toContain("ASSAULT");
  });

  it("reads a great deal, a good deal of something and a big deal as no agreement", () => {
    expect(types("A great deal of credit goes to the mayor and city officials.")).not.toContain("AGREE");
    expect(types("The company has done a good deal of work on the site.")).not.toContain("AGREE");
    expect(types("He made a big deal about it last week.")).not.toContain("AGREE");
    expect(types("The two companies reached a deal on Monday.")).toEqual(["AGREE"]);
  });

  it("reads a person called a fraud as no crime", () => {
    expect(types("She attacked her opponent as a fraud during the debate.")).not.toContain("ORG_CRIME");
    expect(types("Critics say the businessman is a fraud.")).not.toContain("ORG_CRIME");
    expect(types("The two men were charged with fraud on Monday.")).toContain("ORG_CRIME");
  });

  it("reads criticism as an accusation", () => {
    expect(only("The minister attacked the new tax policy.")).toMatchObject({ type: "ACCUSE" });
    expect(assaults("The demonstrators verbally attacked the president outside the embassy.")).toHaveLength(0);
    expect(assaults("Gunmen attacked the president's convoy outside the embassy.")).toHaveLength(1);
  });
});

describe("computer, publication and vehicle-bomb senses", () => {
  it("reads a hack of computers as no violence, and hacking to death as violence", () => {
    expect(assaults("Officials said a hack of the ministry's servers exposed thousands of passport numbers.")).toHaveLength(0);
    expect(assaults("Someone hacked into the mayor's email account last week.")).toHaveLength(0);
    expect(assaults("The farmer was hacked to death with a machete in his field.")).toHaveLength(1);
  });

  it("reads released photos as a publication, and released prisoners as a release", () => {
    expect(types("The suspect is seen in a picture released by the police on Tuesday.")).toEqual([]);
    expect(types("The army released 40 prisoners on Monday.")).toEqual(["RETREAT"]);
  });

  it("reads a bomber's or a bomb-laden vehicle's crash into a target as the attack, not an accident", () => {
    expect(types("A suicide bomber on a motorbike crashed into an army convoy near the market, killing four soldiers.")).toEqual(["ASSAULT"]);
    expect(only("A truck packed with explosives crashed into the gate of the base.")).toMatchObject({ type: "ASSAULT", mode: "IED" });
    expect(types("A bus crashed into a truck on the highway, killing four passengers.")).toEqual(["MAN_MADE_DISASTER"]);
  });

  it("reads a bomb detonated in a controlled explosion as a bomb made safe, not a bombing", () => {
    expect(only("Army engineers later detonated the package in a controlled explosion near the station.")).toMatchObject({ type: "COERCE", mode: "confiscate" });
    expect(only("The attackers drove the van to the checkpoint and detonated it.")).toMatchObject({ type: "ASSAULT", mode: "IED" });
  });
});

describe("non-human causes", () => {
  it("gives deaths by a disease to an epidemic, not an attack", () => {
    const e = only("The new strain of influenza has killed 14 people in the capital.");
    expect(e).toMatchObject({ type: "NATURAL_DISASTER", mode: "epidemic" });
    expect(e.fatalities).toMatchObject({ min: 14, max: 14 });
  });

  it("finds the disease as the subject past a relative clause", () => {
    expect(only("The virus, which spread quickly through the camps of the north and the east, has killed 40 people.")).toMatchObject({ type: "NATURAL_DISASTER" });
  });

  it("gives deaths 'from the disease' to the epidemic", () => {
    expect(only("Three more people were killed by the fever in the district.")).toMatchObject({ type: "NATURAL_DISASTER", mode: "epidemic" });
  });

  it("reads counted cases of a named disease as an outbreak", () => {
    expect(types("Health officials have recorded 1,200 cases of cholera in the river towns since March.")).toEqual(["NATURAL_DISASTER"]);
    expect(only("The ministry confirmed 86 new cases of dengue fever this week.")).toMatchObject({ type: "NATURAL_DISASTER", mode: "epidemic" });
  });

  it("reads a count of fever cases as one outbreak, and cases of other things as no epidemic", () => {
    expect(only("Clinics in the valley reported 300 cases of yellow fever last month.")).toMatchObject({ type: "NATURAL_DISASTER", mode: "epidemic" });
    expect(types("Prosecutors brought 40 cases of tax fraud to court last year.")).not.toContain("NATURAL_DISASTER");
    expect(types("The lab is testing a new measles vaccine on volunteers.")).toEqual([]);
  });

  it("gives deaths in a flood or an earthquake to the disaster", () => {
    expect(types("Twelve people were killed in the floods.")).toEqual(["NATURAL_DISASTER"]);
    expect(types("The earthquake has killed more than 300 people.")).toEqual(["NATURAL_DISASTER"]);
  });

  it("gives deaths in a crash to the accident", () => {
    expect(types("Nine people were killed in a crash on the highway.")).toEqual(["MAN_MADE_DISASTER"]);
  });

  it("gives a bare death report in a disaster story to the disaster", () => {
    const events = extractEventsByHand("A cyclone struck the coast on Sunday. Officials said houses collapsed. Later, more than 40 were killed in three districts.");
    expect(events.filter((e) => e.data.type === "ASSAULT")).toEqual([]);
  });

  it("keeps deaths violent when the sentence names armed men, whatever illness it names", () => {
    expect(assaults("Gunmen killed three health workers at an Ebola clinic.").length).toBe(1);
  });

  it("counts no animals as deaths", () => {
    const events = extractEventsByHand("An outbreak of bird flu was confirmed at the farm, where 30,000 birds were killed.");
    expect(events.every((e) => e.data.fatalities === null)).toBe(true);
  });

  it("does not read violence that 'erupted' as a volcano", () => {
    expect(types("Violence erupted in the city after the vote.")).not.toContain("NATURAL_DISASTER");
    expect(types("The volcano erupted on Tuesday, covering the villages in ash.")).toContain("NATURAL_DISASTER");
  });
});

describe("modality and reported figures", () => {
  it("reports no deaths for what could happen", () => {
    for (const e of extractEventsByHand("Officials fear that a new strain could kill millions of people.")) expect(e.data.fatalities).toBeNull();
  });

  it("invents no event for 'no one was killed'", () => {
    expect(extractEventsByHand("No one was killed.")).toEqual([]);
  });

  it("gives 'no one was killed' to the attack before it as zero deaths", () => {
    const events = extractEventsByHand("A bomb exploded near the court on Monday. No one was killed.");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.fatalities).toMatchObject({ min: 0, max: 0 });
  });

  it("makes a threatened attack a threat", () => {
    const e = only("The rebels threatened to attack the town.");
    expect(e).toMatchObject({ type: "THREATEN", mode: "violence" });
  });

  it("keeps a planned attack unreal", () => {
    for (const e of assaults("The group plans to attack the base next week.")) expect(e.data.modality).toBe("intended");
  });

  it("takes no toll from a total since a date or a yearly rate", () => {
    for (const text of ["The militia has killed 2,000 people since 2015.", "Malaria kills 400,000 people a year.", "The disease has killed 93 people worldwide."]) {
      for (const e of extractEventsByHand(text)) expect(e.data.fatalities, text).toBeNull();
    }
  });

  it("takes no toll from a total over a campaign of violence, but keeps one dated event's", () => {
    for (const e of extractEventsByHand("More than 600 people have been killed in post-election violence, and thousands have fled.")) expect(e.data.fatalities).toBeNull();
    expect(only("Five people were killed in violence on Sunday.").fatalities).toMatchObject({ min: 5, max: 5 });
  });

  it("keeps the toll of an event compared with earlier ones", () => {
    expect(only("The bombing was the deadliest since 2015, killing 40 people.").fatalities).toMatchObject({ min: 40, max: 40 });
  });
});

describe("tolls", () => {
  it.each([
    ["15 Taliban militants including a commander were killed in an airstrike.", [15, 15]],
    ["Gunmen opened fire on a bus, killing three people, two of them children.", [3, 3]],
    ["More than 60 people were killed in the bombing.", [60, null]],
    ["As many as 30 people were killed in the raid.", [null, 30]],
    ["The airstrike killed 1.5 million chickens and no people.", null],
  ])("%s", (text, expected) => {
    const e = extractEventsByHand(text).find((x) => x.data.type === "ASSAULT")?.data;
    expect(e?.fatalities ? [e.fatalities.min, e.fatalities.max] : null).toEqual(expected);
  });

  it("keeps the reported words of a vague toll", () => {
    expect(only("Dozens of people were killed in the shelling.").fatalities).toMatchObject({ text: "Dozens of people were killed" });
  });

  it("reads 'killed 25 million' as millions", () => {
    const e = extractEventsByHand("The war killed 25 million people.")[0]?.data;
    expect(e?.fatalities?.min).toBe(25_000_000);
  });

  it("reads no share as a count", () => {
    const e = extractEventsByHand("The attack killed 50 percent of the garrison.")[0]?.data;
    expect(e?.fatalities).toBeNull();
  });
});

describe("commitments broken are no pledge", () => {
  const pledges = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "AGREE");
  it("reads commitments named as what was disregarded or breached as no pledge", () => {
    expect(pledges("These actions in Aleppo on Monday show a disregard for the law and for the regime's own commitments to allow aid convoys.")).toEqual([]);
    expect(pledges("The rebels in Idlib acted on Monday in breach of their commitments to withdraw heavy weapons.")).toEqual([]);
  });
  it("keeps a commitment made", () => {
    expect(pledges("The government in Juba on Monday reiterated its commitment to assist people affected by famine.").length).toBeGreaterThan(0);
  });
});

describe("a campaign rally is no protest", () => {
  const protests = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "PROTEST");
  it("reads a candidate's campaign or election rally as no protest", () => {
    expect(protests("The billionaire told a campaign rally in Racine, Wisconsin, on Saturday that allies should pay.")).toEqual([]);
    expect(protests("The president addressed an election rally in Caracas on Sunday.")).toEqual([]);
  });
  it("keeps a rally against an election's result", () => {
    expect(protests("Thousands joined a rally against the election result in Caracas on Sunday.").length).toBeGreaterThan(0);
  });
});

describe("asking a question is no request", () => {
  const requests = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "REQUEST");
  it.each([
    ['"Why did you do it?" he asked.'],
    ["The judge asked the witness whether he had seen the car."],
    ["He asked."],
    ["The government has curbed the press for years."],
  ])("%s -> no request", (text) => {
    expect(requests(text)).toEqual([]);
  });
  it.each([
    ["The mayor asked residents to stay indoors on Monday."],
    ["The union asked for a pay rise of 5 percent."],
  ])("%s -> a request", (text) => {
    expect(requests(text)).toHaveLength(1);
  });
});

describe("records, policies, advisories and kinds are no events", () => {
  const ofType = (text: string, type: string) => extractEventsByHand(text).filter((e) => e.data.type === type);
  it.each([
    ["He was seen at a rally organized by a convicted recruiter.", "SANCTION"],
    ["She wants longer jail sentences for extremists.", "SANCTION"],
    ["Neighbours warned the police about the man's behaviour.", "THREATEN"],
    ["The State Department issued a travel warning for the country.", "THREATEN"],
    ["A new kind of protest movement has arisen in the country.", "PROTEST"],
  ])("%s -> no %s", (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });
  it.each([
    ["The court convicted the man of murder on Monday.", "SANCTION"],
    ["The rebels warned the government that they would attack the city.", "THREATEN"],
    ["Thousands joined a protest in the capital on Sunday.", "PROTEST"],
  ])("%s -> %s", (text, type) => {
    expect(ofType(text, type).length).toBeGreaterThan(0);
  });
});

describe("an event noun the tagger read as a verb inside a noun phrase", () => {
  it("reads 'ran mass torture centers' as a kind of place, no torture told", () => {
    expect(assaults("Under the old regime the rulers in Caracas ran mass torture centers for years.")).toEqual([]);
    expect(assaults("The army in Caracas ran the torture chambers for years.")).toEqual([]);
  });
});

describe("asking a question is no request", () => {
  const requests = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "REQUEST");
  it.each([
    ["When asked about his aims for the new season in London, the driver said he wanted to win."],
    ["The broadcast in Moscow on Monday repeatedly asked viewers if they were ready for war."],
    ["The minister in Delhi further asked: what is the use of the committee?"],
    ["The blogger in Texas asked, “Why is it 18 percent now?”"],
  ])("%s -> no REQUEST", (text) => {
    expect(requests(text)).toEqual([]);
  });
  it.each([
    ["The governor asked for federal aid for the flooded county on Monday."],
    ["The police in Athens asked residents to stay indoors on Monday."],
  ])("%s -> a REQUEST", (text) => {
    expect(requests(text).length).toBeGreaterThan(0);
  });
});

describe("a threat as a danger, not a threat anyone made", () => {
  const threats = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "THREATEN");
  it.each([
    ["Officials said the virus found in the wild birds in Alaska on Monday poses no threat to human health."],
    ["The rebels in the north posed a deadly threat to the army's convoys on Monday, officials said."],
    ["The man faces the threat of deportation to Turkey after the court ruled on Friday."],
    ["He is held in a prison in Boston on charges that carry the threat of a long prison term."],
    ["The ministers met in Paris on Monday to counter the threat of terrorism in the region."],
    ["The minister called the gangs the biggest security threat to the country on Monday."],
    ["The resistant strain emerged in Texas as a threat to public health."],
    ["A 16-year-old driver was struck in Dallas on Friday and suffered non-life threatening injuries."],
  ])("%s -> no THREATEN", (text) => {
    expect(threats(text)).toEqual([]);
  });
  it.each([
    ["The rebels in the north repeated their threat to attack the city on Monday."],
    ["The militia threatened the villagers in Kivu with death on Monday."],
    ["The group held out a veiled threat of confrontation with the government in Delhi on Sunday."],
    ["The rebels in Kivu said on Monday that the villagers faced the threat of attacks if they helped the army."],
  ])("%s -> a THREATEN", (text) => {
    expect(threats(text).length).toBeGreaterThan(0);
  });
});

describe("vigilantes as victims", () => {
  it("reads no mob violence in vigilantes another violence struck, only that violence", () => {
    for (const text of ["Bandits killed seven vigilantes in Zamfara.", "Gunmen attacked members of a vigilante group in Zamfara."]) {
      const events = extractEventsByHand(text);
      expect(events, text).toHaveLength(1);
      expect(events[0]!.data.mode, text).not.toBe("primitive");
    }
  });

  it("keeps vigilantes who act as mob violence", () => {
    expect(assaults("Vigilantes killed three suspected thieves in Kano.").map((e) => e.data.mode)).toContain("primitive");
  });
});

describe("business, health, sport and hardware senses of conflict words", () => {
  const violent = (text: string) => extractEventsByHand(text).filter((e) => ["ASSAULT", "COERCE", "MOBILIZE", "CONSULT"].includes(e.data.type) && e.data.modality === "asserted");
  it.each([
    ["The retailer took over the chain's remaining stores in March."],
    ["She took over from her father as chief executive in 2019."],
    ["Two patients have fully recovered and left the hospital."],
    ["Share prices recovered from an early low on Tuesday."],
    ["Rescuers recovered twelve bodies from the river on Sunday."],
    ["The campaign is trying to mobilize young voters before the election."],
    ["The car's airbags did deploy when it hit the wall."],
    ["Diplomats hope to defuse tensions over the disputed island."],
    ["The club is in a relegation fight after losing again on Saturday."],
    ["Her parents fought a long battle with the courts over his treatment."],
    ["Hackers were hacking the company's servers for months."],
    ["Economists saw the first green shoots of a recovery in the spring."],
    ["The plans are yet to be executed, the committee said."],
    ["The chiefs signed complex mining deals on behalf of rural residents."],
    ["The strain did not show increased resistance to the drug."],
    ["No firefighters were injured fighting the fire."],
    ["It was a beautiful setting for the homes by the lake."],
    ["A fire destroyed the roof of the house on Tuesday."],
    ["The company met the deadline for its annual report."],
    ["Apprehending trouble, the administration closed the schools on Monday."],
  ])("%s tells no violence, seizure, deployment or meeting", (text) => {
    expect(violent(text).map((e) => e.data.type)).toEqual([]);
  });

  it.each([
    ["Rebels set the houses on fire and destroyed the market on Monday.", "ASSAULT"],
    ["The army recovered the town from the rebels on Sunday.", "COERCE"],
    ["Russia mobilised 300,000 reservists in September.", "MOBILIZE"],
    ["India deployed 500 troops along the border on Monday.", "MOBILIZE"],
    ["Police defused a bomb outside the court on Friday.", "COERCE"],
    ["The Taliban entered the town without a fight on Sunday.", "COERCE"],
    ["Machete-wielding men hacked three villagers to death on Friday.", "ASSAULT"],
  ])("%s keeps its conflict sense", (text, type) => {
    expect(violent(text).map((e) => e.data.type)).toContain(type);
  });

  it("reads missiles tested as a weapons test, not an attack", () => {
    const events = extractEventsByHand("North Korea conducted test launches of missiles on Monday.");
    expect(events.map((e) => e.data.type)).not.toContain("ASSAULT");
    expect(events.map((e) => e.data.type)).toContain("MOBILIZE");
  });

  it("reads the act of a yes-no question as asked, not reported", () => {
    const [asked] = extractEventsByHand('"Did you shoot him?" the officer asked.');
    expect(asked?.data.modality).toBe("hypothetical");
    expect(extractEventsByHand("Who shot the two officers on Monday?")[0]?.data.modality).toBe("asserted");
  });
});

describe("the month of May is no modal", () => {
  it.each([
    ["The 4 May 2020 attack killed 12 people in Kano.", "4 May 2020", "2020-05-04"],
    ["Gunmen killed 12 people in Kano on 4 May 2020.", "4 May 2020", "2020-05-04"],
  ])("%s is reported as done", (text, date, value) => {
    const events = extractEventsByHand(text, { dates: [{ id: "d1", text: date, value }] }).filter((e) => e.data.type === "ASSAULT");
    expect(events.map((e) => e.data.modality)).toEqual(["asserted"]);
  });

  it("keeps the modal 'may' a hypothetical", () => {
    expect(extractEventsByHand("Gunmen may have killed the mayor.").map((e) => e.data.modality)).toEqual(["hypothetical"]);
  });
});

describe("accidental explosions and arms named by an act", () => {
  it.each([
    ["Two large explosions hit the port on Tuesday, reportedly caused by tons of ammonium nitrate stored in a warehouse."],
    ["A gas cylinder explosion killed five people in a market on Monday."],
  ])("%s is a man-made disaster, not a bombing", (text) => {
    expect(assaults(text)).toHaveLength(0);
    expect(types(text)).toContain("MAN_MADE_DISASTER");
  });

  it.each([
    ["A landmine planted by rebels exploded and killed two soldiers on Monday."],
    ["A bomb planted near a bridge exploded on Monday, killing three people."],
    ["An explosive device hidden in a building exploded in the market."],
  ])("%s tells an attack, not an accident at a plant, building or bridge", (text) => {
    expect(types(text)).not.toContain("MAN_MADE_DISASTER");
    expect(assaults(text).length).toBeGreaterThan(0);
  });

  it.each([
    ["The army demonstrated its resolve in the north."],
    ["The study demonstrated that the vaccine works."],
    ["By Peter Goffin, The Canadian Press."],
  ])("%s tells no protest and no demand", (text) => {
    expect(types(text).filter((t) => t === "PROTEST" || t === "REQUEST")).toHaveLength(0);
  });

  it("keeps an explosion at a depot or plant with no weapon beside it an accident", () => {
    expect(types("An explosion at a fuel depot killed 13 people.")).toEqual(["MAN_MADE_DISASTER"]);
    expect(types("A fire at a chemical plant killed five workers.")).toEqual(["MAN_MADE_DISASTER"]);
  });

  it("keeps an explosion beside a bomb or an armed party, whatever fuel is near", () => {
    expect(assaults("A bomb explosion killed four soldiers near a fuel depot on Monday.")).toHaveLength(1);
    expect(assaults("Militants said the explosion at the gas station was their work.")).toHaveLength(1);
  });

  it.each([
    ["The senator said assault rifles ought to be banned."],
    ["The shop sold so-called assault weapons for years."],
    ["The club opened a new shooting range outside the town."],
  ])("%s tells no attack", (text) => {
    expect(assaults(text)).toHaveLength(0);
  });
});

describe("releases, withdrawals, leaks, collapses and epidemics in their other senses", () => {
  it.each([
    ["The senator released a letter from his doctor on Friday."],
    ["A poll released last week showed the mayor ahead."],
    ["Fans enjoyed a free day at the park."],
    ["The council didn't pull the plug on the project."],
    ["The campaign pulled in $133 million last year."],
    ["Two aides lost their jobs because of a leaked video."],
    ["The candidate's sudden collapse at the ceremony worried her aides."],
    ["The talks collapsed on Monday."],
    ["She spoke of an epidemic of loneliness among the elderly."],
  ])("%s tells no event", (text) => {
    expect(extractEventsByHand(text)).toHaveLength(0);
  });

  it.each([
    ["Rebels freed six hostages on Sunday.", "RETREAT"],
    ["The army pulled its troops out of the town.", "RETREAT"],
    ["A gas leak killed five workers at the plant.", "MAN_MADE_DISASTER"],
    ["A building collapsed in Lagos on Monday, killing ten people.", "MAN_MADE_DISASTER"],
    ["An epidemic of cholera killed 30 people in the camp.", "NATURAL_DISASTER"],
  ])("%s keeps its event", (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe("what a party is for or habitually does is no news", () => {
  const byTrigger = (text: string, word: string) => extractEventsByHand(text).find((e) => e.data.trigger.text === word)?.data;

  it.each([
    ["The coalition tasked with fighting the insurgents met in Rome.", "fighting"],
    ["Police raided a gang whose members are engaged in kidnapping for ransom.", "kidnapping"],
    ["The militia, notorious for attacking aid convoys, signed the deal.", "attacking"],
    ["The town has a history of riots.", "riots"],
  ])("%s makes '%s' background", (text, word) => {
    expect(byTrigger(text, word)?.background).toBe(true);
  });

  it("leaves the verb after the description in the news", () => {
    const withdrew = byTrigger("The coalition tasked with fighting the insurgents withdrew from the base on Monday.", "withdrew");
    expect(withdrew?.background).toBe(false);
  });

  it.each([
    ["Militants often attack checkpoints in the area.", "attack"],
    ["Gunmen regularly kidnap travellers on this road.", "kidnap"],
  ])("%s: an adverb of frequency right before the verb makes '%s' a recurring act, background", (text, word) => {
    expect(byTrigger(text, word)?.background).toBe(true);
  });

  it.each([
    ["A week after the shooting sparked sometimes violent protests, police arrested two men.", "arrested"],
    ["Soldiers, who often patrol the area, were attacked on Monday.", "attacked"],
    ["Militants continued to attack the base on Monday.", "attack"],
  ])("%s: a frequency adverb that is not right before '%s' leaves it in the news", (text, word) => {
    expect(byTrigger(text, word)?.background).toBe(false);
  });
});

describe("a person charged, news dispatches and goods recovered", () => {
  it.each([
    ["The accused offered the woman a lift home."],
    ["According to news agency dispatches, the talks went on."],
    ["Police said they recovered $500,000 in stolen property."],
    ["Rescuers recovered the bodies of ten miners."],
  ])("%s tells no accusation, deployment or retaking", (text) => {
    expect(extractEventsByHand(text).filter((e) => ["ACCUSE", "MOBILIZE", "COERCE"].includes(e.data.type))).toHaveLength(0);
  });

  it.each([
    ["He was accused of fraud by the minister.", "ACCUSE"],
    ["The army dispatched troops to the border.", "MOBILIZE"],
    ["Government troops recovered the village from the rebels on Monday.", "COERCE"],
  ])("%s keeps its event", (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe("a weapon named is no attack until it is used", () => {
  it.each([
    ["These are precision missiles."],
    ["Drones could in future carry chemicals or grenades into cities."],
    ["An arms cache containing hand grenades has been discovered in the city."],
  ])("%s tells no attack", (text) => {
    expect(assaults(text)).toHaveLength(0);
  });

  it.each([
    ["A bomb killed five people in the market on Monday."],
    ["A rocket-propelled grenade pierced the sergeant's left foot."],
    ["Some 21 bombs had gone off in the city by evening."],
  ])("%s keeps its attack", (text) => {
    expect(assaults(text).length).toBeGreaterThan(0);
  });
});

describe("quarrels and barrages of words", () => {
  it.each([
    ["His support wavered after clashing with the parents of a deceased soldier."],
    ["The two senators clashed over the budget in a televised debate."],
    ["All summer the candidate was bombarding her rival's fitness for office."],
    ["Reporters bombarded the minister with questions."],
  ])("%s tells no fight", (text) => {
    expect(assaults(text)).toHaveLength(0);
  });

  it.each([
    ["Protesters clashed with police over the budget in the capital."],
    ["Russian jets bombarded the town on Monday."],
  ])("%s keeps its fight", (text) => {
    expect(assaults(text).length).toBeGreaterThan(0);
  });
});

describe("a condition over coordinated verbs, and stolen elections", () => {
  it("makes both verbs of 'if they win or steal the elections' hypothetical", () => {
    for (const e of extractEventsByHand("If the rebels win or steal the elections, there will be unrest.")) expect(e.data.modality).not.toBe("asserted");
  });
  it.each([["The opposition said the ruling party stole the election."], ["The young actor stole the show."]])("%s tells no theft", (text) => {
    expect(types(text)).not.toContain("ORG_CRIME");
  });
  it("keeps a theft of goods", () => {
    expect(types("Thieves stole cash from the bank on Monday.")).toContain("ORG_CRIME");
  });
});

describe("attack verbs that need an armed doer or explosives beside them", () => {
  it.each([
    ["Militants struck a convoy near Kandahar.", "attack"],
    ["Taliban fighters on Monday hit a checkpoint in Kunduz.", "attack"],
    ["Insurgents targeted a police station in Ghazni.", "attack"],
    ["Militants blew up a bridge near Kunduz.", "explosives"],
    ["Gunmen hijacked a bus carrying 30 passengers near Kaduna.", "abduct"],
    ["Insurgents fired at the police post overnight.", "firearms"],
  ])("%s is an attack (%s)", (text, mode) => {
    expect(assaults(text).map((e) => e.data.mode)).toEqual([mode]);
  });

  it.each([
    ["The storm hit the coast near Chittagong."],
    ["New sanctions targeted officials in Caracas."],
    ["A gas cylinder blew up in a restaurant in Lahore."],
    ["Hackers hijacked the agency's Twitter account on Monday."],
    ["He fired at the post from twenty yards and missed."],
    ["The army said the scandal hit its reputation."],
  ])("%s is no attack", (text) => {
    expect(assaults(text)).toHaveLength(0);
  });
});

describe("aid as help along", () => {
  it("reads an abstract thing 'aided by' someone as no aid given", () => {
    expect(types("The investigation was aided by witnesses.")).not.toContain("AID");
    expect(types("This shared fight against the group will be aided by a negotiated settlement.")).not.toContain("AID");
  });
  it("keeps aid given to a party", () => {
    expect(types("Donors aided 7,000 families in the camps.")).toContain("AID");
  });
});

describe("poisonings: a person poisoned on purpose, or a substance that leaked", () => {
  const typeOf = (text: string) => extractEventsByHand(text).map((e) => `${e.data.type}/${e.data.mode ?? "-"}`);
  it.each([
    ["Britain says Russia was involved in the nerve agent poisoning of a former spy and his daughter in Salisbury on Sunday."],
    ["Police said the opposition leader was poisoned in an assassination attempt in Tomsk on Thursday."],
  ])("reads a deliberate poisoning of a person as an attack: %s", (text) => {
    expect(typeOf(text)).toContain("ASSAULT/attack");
    expect(types(text)).not.toContain("MAN_MADE_DISASTER");
  });
  it.each([
    ["The river was poisoned by waste from a gold mine in Ghana on Monday, officials said."],
    ["Dozens of students were poisoned after eating lunch at a school in Bihar on Monday."],
    ["Three children died of carbon monoxide poisoning in Kabul on Monday."],
  ])("keeps a poisoning by food, waste or fumes an accident or a leak: %s", (text) => {
    expect(assaults(text)).toHaveLength(0);
    expect(types(text)).toContain("MAN_MADE_DISASTER");
  });
  it("reads poisoned relations as no event", () => {
    expect(types("The spy dispute has poisoned relations between Britain and Russia.").filter((t) => t === "MAN_MADE_DISASTER" || t === "ASSAULT")).toHaveLength(0);
  });
});

describe("coups: a seizure of state power, not a triumph, a label or a fear", () => {
  const coups = (text: string) => extractEventsByHand(text).filter((e) => e.source.rule.startsWith("trg:coup"));
  it.each([
    ["Soldiers detained the president in a military coup in Niamey on Wednesday."],
    ["Ever since the June 28, 2009, coup that deposed the elected president, the country has been divided."],
  ])("reads a coup as a coerced seizure of power: %s", (text) => {
    const found = coups(text);
    expect(found).toHaveLength(1);
    expect([found[0]!.data.type, found[0]!.data.mode]).toEqual(["COERCE", "seize"]);
  });
  it.each([
    ["Signing the striker was a major coup for the club, the manager said on Monday."],
    ["The opposition leader calls the impeachment proceedings a coup."],
    ["Analysts say the unrest could worsen, prompting, perhaps, a military coup."],
    ["The boxer delivered the coup de grace in the third round."],
  ])("tells no coup in %s", (text) => {
    expect(coups(text)).toHaveLength(0);
  });
});

describe("sinking: an accident of a vessel, not a fall or a ruin", () => {
  const accidents = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "MAN_MADE_DISASTER");
  it.each([
    ["A ferry carrying 200 passengers sank off the coast of Sulawesi on Monday."],
    ["The fishing trawler sank after hitting rocks near the harbour."],
  ])("keeps the sinking in %s", (text) => {
    expect(accidents(text)).toHaveLength(1);
  });
  it.each([
    ["Oil prices sank 5 percent on Monday."],
    ["The scandal sank his campaign for governor."],
    ["Their remarks not only sank their own campaigns but hurt the party."],
  ])("tells no accident in %s", (text) => {
    expect(accidents(text)).toHaveLength(0);
  });
});

describe("devices: weapons only when they are not gadgets", () => {
  const seizures = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "COERCE" && e.data.mode === "confiscate");
  it.each([
    ["Police said two explosive devices were defused near the market."],
    ["Troops seized weapons and explosive devices in the raid."],
  ])("keeps the weapons seized in %s", (text) => {
    expect(seizures(text)).toHaveLength(1);
  });
  it.each([
    ["Investigators seized electronic devices from his home."],
    ["At least two of her mobile devices were reported destroyed by a staff member using a hammer."],
  ])("tells no weapons seized in %s", (text) => {
    expect(seizures(text)).toHaveLength(0);
  });
  it("leaves the destruction of the gadgets to the destruction verb", () => {
    expect(extractEventsByHand("At least two of her mobile devices were reported destroyed by a staff member using a hammer.").map((e) => `${e.data.type}/${e.data.mode}`)).toEqual(["ASSAULT/destroy"]);
  });
});

describe("'came under fire': gunfire at an armed party or its post, criticism of anyone else", () => {
  it.each([
    ["A military convoy came under heavy fire near Kandahar on Monday."],
    ["A military convoy came under heavy fire for several hours near Kandahar."],
    ["An army patrol came under fire from militants in Kunar province."],
    ["Police came under fire from gunmen in Karachi on Monday."],
  ])("reads an attack in %s", (text) => {
    expect(assaults(text).map((e) => e.data.mode)).toEqual(["firearms"]);
  });
  it.each([
    ["The minister came under fire from critics over his remarks."],
    ["The police chief came under fire for his handling of the protests."],
    ["Troops battled a forest fire near the base."],
  ])("reads no attack in %s", (text) => {
    expect(assaults(text)).toHaveLength(0);
  });
});

describe("a killing by hanging", () => {
  it("is an execution with its dead, and the deed it punishes a killing of its own", () => {
    expect(only("Iran hanged two men in Mashhad on Thursday.")).toMatchObject({ type: "ASSAULT", mode: "execute", fatalities: { min: 2, max: 2 } });
    const both = extractEventsByHand("Iran hanged a man in Shiraz on Sunday for the murder of a cleric.").map((e) => e.data);
    expect(both.map((e) => [e.trigger.text, e.fatalities?.min])).toEqual([["hanged", 1], ["murder", 1]]);
  });

  it.each([["A farmer hanged himself in his barn after his crops failed."], ["A prisoner was found hanged in his cell on Monday."]])("%s tells no killing", (text) => {
    expect(assaults(text)).toHaveLength(0);
  });
});

describe("a weapon carried, moved or held", () => {
  it("is no attack; a weapon after 'carried out' is one", () => {
    expect(assaults("Officials fear that militants could use small drones to carry explosives, toxic chemicals or grenades over the border.")).toHaveLength(0);
    expect(assaults("Police said the men had smuggled grenades into the city in a truck.")).toHaveLength(0);
    expect(assaults("Militants carried out a grenade attack on a police post in the city, wounding two officers.").length).toBeGreaterThan(0);
  });
});

describe("a right, money paid out and a match told as no event", () => {
  it("reads the right to protest as no protest, and a protest for a right as one", () => {
    expect(types("The rights group urged the government to respect the right to protest.").filter((t) => t === "PROTEST")).toEqual([]);
    expect(types("Hundreds protested in Lima on Monday, demanding the right to vote.")).toContain("PROTEST");
  });
  it("reads money released as no release of people, and captives released after a ransom as one", () => {
    expect(types("The treasury released 1.2 billion shillings for the repairs on Tuesday.")).toEqual([]);
    expect(types("Kidnappers released the two aid workers after a ransom payment on Monday.")).toEqual(["RETREAT"]);
  });
  it("reads a team that 'attacked us from the first whistle' as football, not violence", () => {
    expect(assaults('"They attacked us from the first whistle, but we defended well," the coach said.')).toHaveLength(0);
  });
});
