/** Trigger families: what each kind of sentence yields, and sentences that must yield nothing. */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const kinds = (text: string) => extractEventsByHand(text).map((e) => `${e.data.type}/${e.data.mode ?? "-"}`);
const acled = (text: string) => extractEventsByHand(text).map((e) => e.data.acled?.subEventType ?? null);

describe("attacks", () => {
  it.each([
    ["The Taliban raided an IS hideout north of Kabul.", "ASSAULT/raid"],
    ["The group claimed a bombing of a mosque.", "ASSAULT/explosives"],
    ["A roadside bomb wounded four soldiers.", "ASSAULT/IED"],
    ["Saudi warplanes bombed the city of Harad.", "ASSAULT/air-strike"],
    ["Turkish airstrikes hit Kurdish positions.", "ASSAULT/air-strike"],
    ["Rebels shelled the town overnight.", "ASSAULT/heavy-weapons"],
    ["Fierce clashes broke out between the army and rebels.", "ASSAULT/firearms"],
    ["Two suicide bombers blew themselves up near a market.", "ASSAULT/suicide-attack"],
    ["Militants hurled a grenade at a police station.", "ASSAULT/grenade"],
    ["A bomb had gone off outside the police station in Quetta on Monday.", "ASSAULT/IED"],
    ["Gunmen abducted three aid workers on Monday.", "ASSAULT/abduct"],
  ])("%s -> %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it("prefers the specific trigger over the generic one sharing its words", () => {
    expect(kinds("IS-K claimed a series of bomb attacks in the city.")).toEqual(["ASSAULT/explosives"]);
  });

  it("codes an attack on civilians as ACLED Attack and one on soldiers as an armed clash", () => {
    expect(acled("Gunmen attacked villagers in the north.")).toEqual(["Attack"]);
    expect(acled("Gunmen attacked soldiers at a checkpoint.")).toEqual(["Armed clash"]);
  });
});

describe("meetings, pledges, demands, warnings", () => {
  it.each([
    ["The two sides held talks in Doha.", "CONSULT/meet"],
    ["The foreign minister met his Iranian counterpart.", "CONSULT/meet"],
    ["The United States has assured to help the government vaccinate people.", "AGREE/humanitarian"],
    ["The donors will provide food to the camps.", "AID/humanitarian"],
    ["The Taliban warned the United States against destabilising the government.", "THREATEN/warning"],
    ["Officials are making sure the group does not allow fighters to operate.", "REQUEST/-"],
    ["Canada announced new sanctions against Syria.", "SANCTION/sanction"],
    ["Norway has expelled two diplomats.", "SANCTION/expel"],
    ["The rebels and the army agreed a 48-hour ceasefire.", "AGREE/ceasefire"],
  ])("%s -> %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe("arrests, protests, territory, weapons", () => {
  it.each([
    ["Police arrested 20 activists in the capital.", "COERCE/arrest"],
    ["Thousands of protesters marched through the city.", "PROTEST/demonstrate"],
    ["Rioters torched cars and shops.", "PROTEST/riot"],
    ["Students held a human chain in front of the university.", "PROTEST/demonstrate"],
    ["Youths burned tyres and blocked roads in the capital.", "PROTEST/riot"],
    ["Taliban authorities publicly flogged two men in a stadium.", "ASSAULT/beat"],
    ["Houthi forces launched a drone at a military position.", "ASSAULT/air-strike"],
    ["Thousands took to the streets of the capital.", "PROTEST/demonstrate"],
    ["The activist began an indefinite hunger-strike in Ayodhya on Sunday to press his demands.", "PROTEST/hunger-strike"],
    ["Farmers staged a dharna outside the district office.", "PROTEST/demonstrate"],
    ["Villagers gheraoed the block officer over unpaid wages.", "PROTEST/demonstrate"],
    ["Opposition parties observed a bandh across the state.", "PROTEST/strike"],
    ["Hundreds of farmers blocked the highway near Ambala to demand crop price guarantees.", "PROTEST/demonstrate"],
    ["Taxi drivers blocked a major junction in Johannesburg over fuel prices.", "PROTEST/demonstrate"],
    ["Houthi rebels seized control of the port.", "COERCE/seize"],
    // Ground held by a force (trg:capture-place): an outpost, a garrison, barracks, a township.
    ["The Arakan Army captured a military outpost in Paletwa township on Monday.", "COERCE/seize"],
    ["Rebels overran the army garrison near the border.", "COERCE/seize"],
    ["Resistance fighters captured Kani township after a week of fighting.", "COERCE/seize"],
    ["Police seized seven illegal firearms and ammunition.", "COERCE/confiscate"],
    ["Turkish forces have set up a new observation post in Idlib.", "MOBILIZE/base"],
  ])("%s -> %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it("tells who takes territory: government forces regain, armed groups overtake", () => {
    expect(acled("Government forces recaptured the town of Mokha.")).toContain("Government regains territory");
    expect(acled("Al-Shabaab militants seized control of the village.")).toContain("Non-state actor overtakes territory");
  });

  it("labels a protest met with tear gas as a protest with intervention", () => {
    expect(acled("Police fired tear gas at protesters in the capital.")).toContain("Protest with intervention");
  });
});

describe("sitrep's own types for humanitarian users", () => {
  it.each([
    ["Torrential rains and floods hit parts of Japan, killing 66.", "NATURAL_DISASTER/-"],
    ["A chemical leak at the plant killed ten people.", "MAN_MADE_DISASTER/industrial"],
    ["A speeding bus killed two pedestrians in Dhaka.", "MAN_MADE_DISASTER/accident"],
    ["Police broke up a human trafficking ring.", "ORG_CRIME/trafficking"],
  ])("%s -> %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe("words that look like triggers but are not", () => {
  it.each([
    "According to the ministry, the talks were useful.",
    "The report was published on March 5.",
    "The Taliban are dealing with the aftermath.",
    "He was fired from his job last year.",
    "The weather was calm and sunny.",
  ])("%s has no ASSAULT, AGREE, PROTEST or disaster", (text) => {
    expect(kinds(text).filter((k) => /^(ASSAULT|AGREE|PROTEST|NATURAL|MAN_MADE)/.test(k))).toEqual([]);
  });
  it("does not read 'alleged' or 'accused' before a noun as an accusation, but does read the verb", () => {
    expect(kinds("Supporters protested against the alleged rigging of the elections.").filter((k) => k.startsWith("ACCUSE"))).toEqual([]);
    expect(kinds("The court freed the accused officers.").filter((k) => k.startsWith("ACCUSE"))).toEqual([]);
    expect(kinds("The federation alleged that the police station was in league with the gang.").filter((k) => k.startsWith("ACCUSE"))).not.toEqual([]);
    expect(kinds("The opposition accused the government of rigging the vote.").filter((k) => k.startsWith("ACCUSE"))).not.toEqual([]);
  });
  it("reads neither a mining site nor a survey drone as a weapon, nor displaced people as a displacement", () => {
    expect(kinds("Artisanal gold miners clashed with police at a mining site on Sunday.")).not.toContain("ASSAULT/IED");
    expect(kinds("The survey ship launched the drones to map the seabed.")).not.toContain("ASSAULT/air-strike");
    expect(kinds("Aid reached a camp for displaced people near the border.").filter((k) => k.startsWith("DISPLACEMENT"))).toEqual([]);
  });
  it("reads a road blocked by forces or by a landslide as no protest, and a car bomb or a laden truck as an attack", () => {
    expect(kinds("Police blocked roads leading to the opposition leader's house in Harare.").filter((k) => k.startsWith("PROTEST"))).toEqual([]);
    expect(kinds("A landslide blocked the road to the village for three days.").filter((k) => k.startsWith("PROTEST"))).toEqual([]);
    expect(kinds("A car bomb killed five people in Mogadishu.").filter((k) => k.startsWith("MAN_MADE"))).toEqual([]);
    expect(kinds("An explosives-laden truck killed 20 soldiers at a checkpoint.").filter((k) => k.startsWith("MAN_MADE"))).toEqual([]);
  });
  it("does not read meeting a need as a meeting", () => {
    expect(kinds("The assistance will help councils to meet the needs of the Syrian people.").filter((k) => k.startsWith("CONSULT"))).toEqual([]);
    expect(kinds("Carter will meet the prime minister in Baghdad.").filter((k) => k.startsWith("CONSULT"))).not.toEqual([]);
  });
  it("does not read a noun modifying an agent noun as an event ('attack planners')", () => {
    expect(kinds("He was linked to ISIL terror attack planners.").filter((k) => k.startsWith("ASSAULT"))).toEqual([]);
  });
});

describe("detonating with no bomb named in the clause", () => {
  it("reads the verb alone as a bombing, and one bombing where the bomb is named", () => {
    expect(kinds("The men parked the van outside the embassy and detonated it at noon.")).toEqual(["ASSAULT/IED"]);
    expect(kinds("Investigators say the attacker planted two backpacks near the gate before detonating them.")).toEqual(["ASSAULT/IED"]);
    expect(kinds("A roadside bomb detonated under a police truck in the south, wounding three officers.")).toEqual(["ASSAULT/IED"]);
  });
});
