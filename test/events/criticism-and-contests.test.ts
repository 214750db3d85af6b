/**
 * Conflict words in politics, sport and business: criticism is ACCUSE, a contest won or a building
 * demolished for a new one is no violence, and an event named as a risk or a guess is not asserted.
 * The sentences are written for these tests (general usage), not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const violent = (text: string) =>
  extractEventsByHand(text).filter((e) => ["ASSAULT", "COERCE", "MOBILIZE"].includes(e.data.type) && e.data.modality === "asserted");
const types = (text: string) => extractEventsByHand(text).map((e) => e.data.type);

describe("criticism is not an attack", () => {
  it.each([
    ["The senator blasted the new tax plan as a gift to the rich."],
    ["Union leaders blasted the mayor for closing two libraries."],
    ["The governor posted a tweet attacking the city's newspaper editor."],
    ["In his speech, the candidate launched an attack on his rival's record."],
    ["The minister has spent the week attacking the opposition candidates."],
  ])("%s is criticism (ACCUSE), not an ASSAULT", (text) => {
    expect(violent(text)).toHaveLength(0);
    expect(types(text)).toContain("ACCUSE");
  });

  it.each([
    ["Insurgents blasted the police post with rockets on Monday, killing three officers."],
    ["During the minister's speech, gunmen attacked the stage and wounded two guards."],
    ["Militants attacked the lawmakers' convoy near the border, killing a driver."],
  ])("%s stays violence: a weapon, a doer or the dead beside the word", (text) => {
    expect(violent(text).map((e) => e.data.type)).toContain("ASSAULT");
  });
});

describe("computer attacks harm no body", () => {
  it("drops an attack made with a hack", () => {
    expect(violent("The group attacked the bank's payment network with ransomware last month.")).toHaveLength(0);
  });
});

describe("contests and other senses", () => {
  it.each([
    ["The incumbent beats her challenger by 12 points in the latest poll."],
    ["The visitors beat the champions in the cup final on Sunday."],
    ["He filed the papers an hour early to beat the deadline."],
    ["More officers on the beat would reassure shopkeepers, the council said."],
    ["The meeting wound down shortly after midnight."],
    ["The company began drilling two new gas wells near the river."],
    ["The candidate opened a new campaign headquarters on Main Street on Saturday."],
    ["The singer was mobbed by fans and photographers outside the hotel."],
    ["The scandal is destroying the reputation of the ministry."],
    ["The developer bought and demolished the derelict warehouse last year to build flats."],
    ["The city's murder rate fell last year."],
    ["The suspect has prior arrests for shoplifting and fraud."],
    ["The old rumour was reinforced by a second report in the paper."],
    ["The businessman amassed a fortune in shipping."],
    ["Police stopped 300 drivers over the weekend in a traffic crackdown."],
    ["Investigators tied the data breach to a hacking group in the capital."],
    ["Her long fight for justice for the miners ended in court this year."],
  ])("%s is no violent event", (text) => {
    expect(violent(text)).toHaveLength(0);
  });

  it.each([
    ["A mob beat two men with sticks in the market on Friday."],
    ["Navy ships held live-fire drills off the coast on Tuesday."],
    ["Soldiers set up a new checkpoint outside the town."],
    ["Two men were wounded in the shooting on Friday."],
    ["Troops demolished three houses in the village on Monday."],
    ["The army reinforced its positions along the border on Monday."],
    ["Police arrested 14 people on Friday after the clashes."],
  ])("%s stays an event", (text) => {
    expect(violent(text).length).toBeGreaterThan(0);
  });
});

describe("an event named as a risk, a guess or a hoax", () => {
  it.each([
    ["There is a possibility of a bomb attack during the festival, police said.", "hypothetical"],
    ["Residents live in fear of fresh clashes between the two clans.", "hypothetical"],
    ["It looks like another suicide bombing, a witness said.", "hypothetical"],
    ["Hackers spread fabricated reports of an explosion at the parliament.", "negated"],
    ["The cabinet contemplated a deployment of troops to the border.", "intended"],
  ])("%s is %s", (text, modality) => {
    const events = extractEventsByHand(text).filter((e) => ["ASSAULT", "MOBILIZE"].includes(e.data.type));
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.data.modality)).toContain(modality);
    expect(events.filter((e) => e.data.modality === "asserted")).toHaveLength(0);
  });
});

describe("firing on people", () => {
  it.each([
    ["Soldiers fired on the crowd in the square on Sunday."],
    ["Gunmen fired at a police patrol near the bridge on Monday."],
  ])("%s is a shooting", (text) => {
    expect(violent(text).map((e) => e.data.mode)).toContain("firearms");
  });

  it.each([
    ["The coach was fired at the end of the season."],
    ["The striker fired at goal twice before half-time."],
  ])("%s is no shooting", (text) => {
    expect(violent(text)).toHaveLength(0);
  });
});

describe("games", () => {
  it.each([
    ["The home side beat the visitors 3-1 on Saturday."],
    ["The champions destroyed their neighbours 5-0 in the derby."],
    ["The winger's strike in the 89th minute settled the match."],
    ["The veteran battled past the top seed in a five-set thriller."],
    ["A late counter-attack killed off the game after the goalkeeper was sent off."],
    ["The striker was booked after a clash with the goalkeeper."],
  ])("%s is play, not violence", (text) => {
    expect(violent(text)).toHaveLength(0);
  });

  it.each([
    ["Fans clashed with police after the match, and 20 people were injured."],
    ["Gunmen shot dead a referee after the match on Sunday."],
    ["Rival fans skirmished outside the stadium before the match."],
    ["Rebels destroyed the bridge on December 6, 2019."],
  ])("%s stays violence", (text) => {
    expect(violent(text).length).toBeGreaterThan(0);
  });
});

describe("a range of counts is no score", () => {
  it("keeps 'destroyed 3-4 houses' as destruction", () => {
    expect(violent("Rebels destroyed 3-4 houses in the village on Monday.").length).toBeGreaterThan(0);
  });
});

describe("an official complaint is not a demonstration, a launch into the sea is not an attack", () => {
  it.each([
    ["Japan lodged a protest with China after its coast guard ships entered the disputed waters."],
    ["Beijing filed a diplomatic protest with Tokyo on Monday."],
    ["Egypt made a formal complaint to the Security Council over the dam."],
  ])("%s is an official complaint (ACCUSE), no PROTEST", (text) => {
    expect(types(text)).toContain("ACCUSE");
    expect(types(text)).not.toContain("PROTEST");
  });

  it("reads missiles fired into the sea as a weapons test, missiles fired at a town as an attack", () => {
    const test = extractEventsByHand("North Korea fired two ballistic missiles into the sea off its east coast on Thursday.");
    expect(test.map((e) => [e.data.type, e.data.mode])).toEqual([["MOBILIZE", "weapons-test"]]);
    expect(violent("Russia fired missiles at Odesa on Thursday, and debris fell into the sea.").map((e) => e.data.type)).toContain("ASSAULT");
  });
});

describe("the weapon named before 'attack'", () => {
  it("makes a dynamite attack a bombing and a knife or machete attack violence with primitive weapons", () => {
    const modes = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "ASSAULT").map((e) => e.data.mode);
    expect(modes("Guerrillas carried out a dynamite attack against the union offices on Monday.")).toEqual(["explosives"]);
    expect(modes("A knife attack at a market in Kashgar killed three people.")).toEqual(["primitive"]);
    expect(modes("Machete attacks on villages near Beni killed 12 people.")).toEqual(["primitive"]);
  });
});
