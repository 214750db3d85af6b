/** Modality, negation and background: what the text commits to. */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const modalities = (text: string, type: string) => extractEventsByHand(text).filter((e) => e.data.type === type).map((e) => e.data.modality);

describe("modality", () => {
  it("asserts the main verb after a participle that describes its subject: 'Protesters demanding the release of a cleric clashed with police'", () => {
    const events = extractEventsByHand("Protesters demanding the release of a cleric clashed with police in Karachi.");
    const clash = events.find((e) => e.data.trigger.text === "clashed")?.data;
    expect(clash?.modality).toBe("asserted");
    // The clash is the protesters' with the police, not something done to the cleric.
    expect(clash?.targetPhrase?.text).not.toBe("a cleric");
    expect(clash?.modality === "asserted" && clash.targetPhrase === undefined).toBe(true);
    expect(events.find((e) => e.data.trigger.text === "release")?.data.modality).toBe("demanded");
  });

  it("asserts a plain report", () => {
    expect(modalities("The army shelled the town.", "ASSAULT")).toEqual(["asserted"]);
  });
  it("negates what a sentence says did not happen", () => {
    expect(modalities("This meeting is not about granting recognition or conferring legitimacy.", "SUPPORT")).toEqual(["negated"]);
    expect(modalities("The army did not attack the town.", "ASSAULT")).toEqual(["negated"]);
  });
  it("lets the determiner 'no' deny only the noun phrase it opens", () => {
    // A verb of that phrase's own stands between: the trigger beyond it is not denied.
    expect(modalities("There were no reports of anyone being killed in the clashes in Goma.", "ASSAULT")).toEqual(["asserted"]);
    expect(modalities("The government showed no willingness to back down following the slaying of seven demonstrators.", "ASSAULT")).toEqual(["asserted"]);
    // The trigger inside the denied phrase, behind its own premodifiers, stays denied.
    expect(modalities("The city has no history of sustained communal rioting.", "PROTEST")).toEqual(["negated"]);
  });
  it("reads 'not only' and 'not just' as adding to what they name, not denying it", () => {
    expect(modalities("Police did not just arrest the protesters; they beat them.", "COERCE")).toEqual(["asserted"]);
    expect(modalities("It was not only a protest against the law but a revolt against the government.", "PROTEST")).toEqual(["asserted"]);
    expect(modalities("Police did not arrest the protesters.", "COERCE")).toEqual(["negated"]);
  });
  it("keeps the main verb after a relative clause's intention as told", () => {
    expect(modalities("The officers who planned the coup were arrested on Monday.", "COERCE").sort()).toEqual(["asserted", "intended"]);
    expect(modalities("Those who wanted the protest were detained by police.", "COERCE")).toEqual(["asserted"]);
    // The intention's own infinitive stays intended.
    expect(modalities("The rebels planned to attack the base.", "ASSAULT")).toEqual(["intended"]);
  });
  it("negates an act no one underwent, and keeps an attack no one claimed", () => {
    expect(modalities("Nobody was arrested as the march stayed peaceful.", "COERCE")).toEqual(["negated"]);
    expect(modalities("None of the protesters were detained.", "COERCE")).toEqual(["negated"]);
    expect(modalities("Nobody claimed responsibility for the attack on the convoy.", "ASSAULT")).toEqual(["asserted"]);
  });
  it("reads 'call' as a demand only before 'for', 'on' or 'to'", () => {
    // Naming an act that happened, or declaring a ceasefire or a strike, demands nothing.
    expect(modalities("The minister called the attack an act of terrorism.", "ASSAULT")).toEqual(["asserted"]);
    expect(modalities("The governor called the bombing cowardly.", "ASSAULT")).toEqual(["asserted"]);
    expect(modalities("The rebels called a ceasefire on Monday.", "AGREE")).toEqual(["asserted"]);
    expect(modalities("The UN called for a ceasefire in Gaza.", "AGREE")).toEqual(["demanded"]);
    expect(modalities("The union called off the strike planned for Monday.", "PROTEST")).toEqual(["negated"]);
    // "what X called ...": one party's label for something else, no event of its own.
    expect(modalities("The Security Council condemned what it called a clear threat to international peace.", "THREATEN")).toEqual([]);
  });
  it("denies only the toll of an event the harm is told inside of, not the event", () => {
    expect(modalities("Nobody was injured in the firing at the police post in Sukma.", "ASSAULT")).toEqual(["asserted"]);
    expect(modalities("None of the soldiers were hurt in the ambush near the village.", "ASSAULT")).toEqual(["asserted"]);
    expect(modalities("There were no casualties in the attack on the police station.", "ASSAULT")).toEqual(["asserted"]);
    expect(modalities("There were no immediate reports of casualties from the airstrike on the town.", "ASSAULT")).toEqual(["asserted"]);
    expect(modalities("China has reported no deaths in the recent outbreaks.", "NATURAL_DISASTER")).toEqual(["asserted"]);
    // No harm named before the trigger: the event itself is denied.
    expect(modalities("There were no reports of clashes in the city.", "ASSAULT")).toEqual(["negated"]);
    expect(modalities("There was no attack on the convoy, the army said.", "ASSAULT")).toEqual(["negated"]);
  });
  it("reads a detention told by a participle before its noun as background: 'relatives of detained activists', 'a jailed cleric'", () => {
    const arrests = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "COERCE").map((e) => e.data.background);
    expect(arrests("Relatives of detained activists gathered outside the court in Cairo on Monday.")).toEqual([true]);
    expect(arrests("Protesters demanded the release of a jailed cleric in Baghdad on Friday.")).toEqual([true]);
    // The verb tells a detention of its own.
    expect(arrests("Police detained 20 activists in Cairo on Monday.")).toEqual([false]);
  });
  it("reads a physical act told in the simple present of prose as habitual background, not an event told", () => {
    const background = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "ASSAULT").map((e) => e.data.background);
    const opening = "Kaduna security update\n";
    expect(background(`${opening}Bandits kidnap travellers on the Kaduna road for ransom.`)).toEqual([true]);
    expect(background(`${opening}The district sees frequent attacks on police checkpoints.`)).toEqual([true]);
    // The past, a headline (no closing full stop, or the opening line), a toll, a date or a definite act keep the event.
    expect(background(`${opening}Bandits kidnapped travellers on the Kaduna road.`)).toEqual([false]);
    expect(background(`${opening}Bandits kidnap travellers on the Kaduna road`)).toEqual([false]);
    expect(background("Bandits kidnap travellers on the Kaduna road.")).toEqual([false]);
    expect(background(`${opening}Gunmen kill five villagers near Kaduna.`)).toEqual([false]);
    expect(background(`${opening}The governor condemns the attack on the police checkpoint.`)).toEqual([false]);
    // A past spelled like the present, and a bare verb after another verb, tell no tense.
    expect(background(`${opening}Militants hit the convoy with rockets.`)).not.toContain(true);
    expect(background(`${opening}Witnesses said the soldiers made them watch and then beat the prisoners.`)).not.toContain(true);
  });
  it("reads an accusation told in the simple present of prose as a standing stance (background), not a new accusation", () => {
    const background = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "ACCUSE").map((e) => e.data.background);
    const opening = "Kivu security update\n";
    expect(background(`${opening}Congo and Western countries accuse Rwanda of backing the M23 rebels.`)).toEqual([true]);
    expect(background(`${opening}The three countries left the bloc, which they accuse of serving French interests.`)).toEqual([true]);
    // The past is a new accusation; a speaker's own present ("we accuse") is the speech act itself.
    expect(background(`${opening}Congo accused Rwanda of backing the M23 rebels.`)).toEqual([false]);
    expect(background(`${opening}"We accuse Rwanda of backing the M23 rebels," he said.`)).toEqual([false]);
  });
  it("keeps a threat whose infinitive names the act threatened, not a bare one", () => {
    expect(modalities("Officials have threatened to cut off their supplies of drugs.", "THREATEN")).toEqual(["asserted"]);
    expect(modalities("Officials have faced threats.", "THREATEN")).toEqual([]);
    // A pressure verb is pinned down by the act it presses its object into, as a threat verb by its infinitive.
    expect(modalities("The government is pressuring public employees to vote.", "THREATEN")).toEqual(["asserted"]);
    expect(modalities("The minister is under pressure.", "THREATEN")).toEqual([]);
    expect(modalities("Doctors noted the pressured speech of the patient.", "THREATEN")).toEqual([]);
  });
  it("keeps what a demand follows as having happened, and demands the rest", () => {
    const told = (text: string) => extractEventsByHand(text).filter((e) => e.data.type === "PROTEST" || e.data.type === "ASSAULT").map((e) => `${e.data.type}:${e.data.modality}`);
    expect(told("The opposition called for protests following the slaying of seven demonstrators.")).toEqual(["PROTEST:demanded", "ASSAULT:asserted"]);
    expect(told("The opposition called for protests and the killing of the governor.")).not.toContain("ASSAULT:asserted");
  });
  it("keeps a verb in the past after a demand or a threat as what happened", () => {
    expect(modalities("Adams was sent off, with the club's appeal rejected by the FA.", "REJECT")).toEqual(["asserted"]);
    expect(modalities("Police say he posed a deadly threat and refused to drop the gun.", "REJECT")).toEqual(["asserted"]);
    // An infinitive or a passive after "be" is still what is demanded.
    expect(modalities("The union called for the leaders to be arrested.", "COERCE")).not.toContain("asserted");
  });
  it("marks hypotheticals", () => {
    expect(modalities("Officials said militants could attack the capital.", "ASSAULT")).toEqual(["hypothetical"]);
  });
  it("marks intentions", () => {
    expect(modalities("Muttaqi said the Taliban wanted to hold meetings with other countries.", "CONSULT")).toEqual(["intended"]);
  });
  it("marks pledges", () => {
    expect(modalities("The United States has assured to help the Taliban vaccinate Afghans.", "AGREE")).toEqual(["pledged"]);
    expect(modalities("Donors pledged to provide aid.", "AGREE")).toEqual(["pledged"]);
  });
  it("marks demands", () => {
    expect(modalities("Officials are making sure the Taliban does not allow terrorists to operate.", "REQUEST")).toEqual(["demanded"]);
  });
  it("marks an event that rests on one party's claim", () => {
    expect(modalities("The rebels claim they killed 20 soldiers in an ambush.", "ASSAULT")).toEqual(["claimed"]);
  });
  it("keeps an attack asserted when a group claims responsibility for it, and records the claim", () => {
    const [e] = extractEventsByHand("The IS-K claimed a bombing of a Shiite mosque that left more than 60 people dead.", {
      actors: [{ id: "a1", name: "Islamic State-Khorasan", kind: "armed group", mentions: ["IS-K"] }],
    });
    expect(e!.data).toMatchObject({ type: "ASSAULT", modality: "asserted", actor: "a1", claimedBy: "a1" });
  });
});

describe("what a ban names", () => {
  it("is no protest that happened", () => {
    expect(extractEventsByHand("The government issued a ban on public gatherings and protests lasting until Tuesday.").filter((e) => e.data.type === "PROTEST")).toEqual([]);
    expect(extractEventsByHand("Thousands joined protests in the capital despite the ban on Sunday.").filter((e) => e.data.type === "PROTEST")).toHaveLength(1);
  });
});

describe("background", () => {
  it("flags past context introduced by 'since'", () => {
    const events = extractEventsByHand("The two sides met for the first time since the Taliban took over Afghanistan in mid August.");
    expect(events.find((e) => e.data.type === "COERCE")?.data.background).toBe(true);
    expect(events.find((e) => e.data.type === "CONSULT")?.data.background).toBe(false);
  });
  it("does not flag the news itself", () => {
    expect(extractEventsByHand("The Taliban raided an IS hideout in Parwan province.")[0]!.data.background).toBe(false);
  });
  it("keeps a named bomb in the foreground when only the verb after it follows a background cue", () => {
    const events = extractEventsByHand("Residents are on edge after an IED recently detonated inside a church in the town.");
    expect(events.find((e) => e.data.type === "ASSAULT")?.data.background).toBe(false);
  });
});

describe("a kind of happening", () => {
  it("is no event: 'similar attacks in the past', 'such attacks'", () => {
    expect(extractEventsByHand("The group has carried out similar attacks in the past.").filter((e) => e.data.type === "ASSAULT")).toEqual([]);
    expect(extractEventsByHand("Such attacks have become common in the region.").filter((e) => e.data.type === "ASSAULT")).toEqual([]);
  });
  it("is an event when counted, or placed and dated", () => {
    expect(extractEventsByHand("Two similar attacks took place in Maiduguri last week.", { published: "2021-11-03" }).filter((e) => e.data.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("mentions of one event", () => {
  it("merges repeated mentions of the same talks into one event", () => {
    const text = "The two sides held talks in Doha. The talks lasted two days. Before the talks, officials set priorities.";
    expect(extractEventsByHand(text).filter((e) => e.data.type === "CONSULT")).toHaveLength(1);
  });
  it("keeps two attacks in different places apart", () => {
    const text = "A bombing in Kabul killed 60 people. A bombing in Jalalabad killed eight people.";
    const events = extractEventsByHand(text, { places: [{ id: "p1", text: "Kabul", kind: "city" }, { id: "p2", text: "Jalalabad", kind: "city" }] });
    expect(events.map((e) => e.data.place)).toEqual(["p1", "p2"]);
  });
});

describe("contexts", () => {
  it("names the PLOVER context the sentence gives", () => {
    const [e] = extractEventsByHand("United States has assured to help the Taliban regime vaccinate Afghans against coronavirus.");
    expect(e!.data.contexts).toContain("disease");
  });
  it("adds none when the sentence names none", () => {
    const [e] = extractEventsByHand("The Taliban raided a hideout in the north.");
    expect(e!.data.contexts).toEqual([]);
  });
});

describe("a toll told as done beside a deed only planned", () => {
  it("keeps the killing of those who planned a coup as an event of its own", () => {
    const events = extractEventsByHand("He added that about 20 of those who planned the overnight coup were killed and 30 more were wounded.");
    expect(events.filter((e) => e.data.type === "ASSAULT" && e.data.modality === "asserted")).toHaveLength(1);
    expect(events.filter((e) => e.data.type === "COERCE").map((e) => e.data.modality)).toEqual(["intended"]);
  });
});
