/** Capital-city metonymy: a capital read as its government only in a clause role of saying, diplomacy or pressure. */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { extractDocument } from "../../src/index.js";
import { loadActorsResources } from "../../src/stages/actors/resources.js";
import { runActors } from "./build-document.js";

const dict = loadActorsResources().actorDictionary;

/** The capitals of `text` read as a body, as "name=dictionary id". */
function governments(text: string): string[] {
  const doc = runActors(text);
  const out: string[] = [];
  for (const a of layer(doc, "actor")) {
    for (const m of a.data.mentions ?? []) {
      const said = doc.text.slice(m.start, m.end);
      if (dict.capitalGovernments.has(said.toLowerCase())) out.push(`${said}=${a.data.dictionaryId}`);
    }
  }
  return out.sort();
}

describe("the capital lexicon", () => {
  it("derives every capital of countries.tsv as its country's government, with a stable id", () => {
    expect(dict.capitalGovernments.get("moscow")).toEqual({ id: "capital:RU", name: "Moscow", actor: "gov:RU" });
    expect(dict.capitalGovernments.get("new delhi")?.actor).toBe("gov:IN");
    expect(dict.capitalGovernments.get("kyiv")?.actor).toBe("gov:UA");
  });
  it("takes the amendments of capital-governments.tsv: another body, another seat, a namesake left out", () => {
    expect(dict.capitalGovernments.get("brussels")).toMatchObject({ id: "capgov:brussels", actor: "igo:eu" });
    expect(dict.capitalGovernments.get("la paz")?.actor).toBe("gov:BO");
    expect(dict.capitalGovernments.has("victoria")).toBe(false);
    expect(dict.capitalGovernments.has("sanaa")).toBe(false);
  });
  it("leaves out a capital written like a country's name (Singapore): the name is the country's already", () => {
    expect(dict.capitalGovernments.has("singapore")).toBe(false);
  });
});

describe("a capital as its government", () => {
  it.each([
    ["Moscow accused Kyiv of shelling the plant.", ["Kyiv=gov:UA", "Moscow=gov:RU"]],
    ["Washington imposed new sanctions on Tehran over its drone program.", ["Tehran=gov:IR", "Washington=gov:US"]],
    ["Beijing warned Manila against further provocations.", ["Beijing=gov:CN", "Manila=gov:PH"]],
    ["Ankara and Damascus agreed to resume talks.", ["Ankara=gov:TR", "Damascus=gov:SY"]],
    ["Talks between Seoul and Pyongyang stalled in 2019.", ["Pyongyang=gov:KP", "Seoul=gov:KR"]],
    ["Kyiv has repeatedly denied the claim.", ["Kyiv=gov:UA"]],
    ["Tehran on Tuesday rejected the accusations.", ["Tehran=gov:IR"]],
    ["The minister said that Islamabad would respond.", ["Islamabad=gov:PK"]],
    ["The ministry called on Tehran to release the detainees.", ["Tehran=gov:IR"]],
    ["The sanctions were imposed by Washington last year.", ["Washington=gov:US"]],
    ["Both Ankara and Damascus said they wanted closer ties with Moscow.", ["Ankara=gov:TR", "Damascus=gov:SY", "Moscow=gov:RU"]],
    ["Brussels warned Budapest over the rule of law.", ["Brussels=igo:eu", "Budapest=gov:HU"]],
    ["New Delhi summoned the envoy.", ["New Delhi=gov:IN"]],
    ["He named the cleric whom Ankara accuses of plotting the coup.", ["Ankara=gov:TR"]],
    ["The group is regarded by Ankara as a terrorist organization.", ["Ankara=gov:TR"]],
    ["The allies are expected to offer Moscow a renewed dialogue.", ["Moscow=gov:RU"]],
    ["What Washington wants is a ceasefire.", ["Washington=gov:US"]],
    ["Obama's diplomacy with Tehran has been criticised.", ["Tehran=gov:IR"]],
    ["Moscow's response will soon follow.", ["Moscow=gov:RU"]],
    ["He called for Beijing's cooperation in the effort.", ["Beijing=gov:CN"]],
  ])("%s", (text, expected) => {
    expect(governments(text)).toEqual(expected);
  });
});

describe("a capital that stays a place", () => {
  it.each([
    "A bomb exploded in Kabul on Monday, killing five people.",
    "Officials in Kabul said the talks would resume.",
    "Russian missiles struck Kyiv overnight.",
    "Strikes on Kyiv killed three people.",
    "Residents fled Kyiv as troops advanced.",
    "The delegation flew from Moscow to Beijing.",
    "Kabul residents said the power was cut.",
    "The mayor of Kyiv warned of blackouts.",
    "Moscow's mayor said the metro would reopen.",
    "Kyiv's metro line was closed.",
    "Flights to Kabul's airport resumed.",
    "Kyiv was hit by drones overnight.",
    "Troops entered Kabul in August.",
    "He urged Kyiv residents to stay in shelters.",
    "Talks in Ankara agreed a truce.",
    "Victoria said the plan would fail.",
  ])("%s", (text) => {
    expect(governments(text)).toEqual([]);
  });
});

describe("events between capitals", () => {
  async function firstEvent(text: string) {
    const doc = await extractDocument({ text }, { published: "2023-06-01" });
    const e = doc.events[0]!;
    const name = (id: string | null | undefined) => doc.actors.find((a) => a.id === id)?.name ?? null;
    const place = doc.places.find((p) => p.id === e.place)?.name ?? null;
    return { type: e.type, actor: name(e.actor), target: name(e.target), place };
  }
  it("gives 'Moscow accused Kyiv' its two governments, and no place (neither capital is where it happened)", async () => {
    expect(await firstEvent("Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.")).toMatchObject({ type: "ACCUSE", actor: "Government of Russia", target: "Government of Ukraine", place: null });
  });
  it("gives 'Washington imposed sanctions on Tehran' its sanctioner and target", async () => {
    expect(await firstEvent("Washington imposed new sanctions on Tehran over its drone program.")).toMatchObject({ type: "SANCTION", actor: "Government of the United States", target: "Government of Iran", place: null });
  });
  it("keeps the capital where a bomb went off the event's place, with no government", async () => {
    const e = await firstEvent("A bomb exploded in Kabul on Monday, killing five people.");
    expect(e.place).toBe("Kabul");
    expect(e.actor).toBeNull();
  });
  it("names the side, not the city, in 'Russian missiles struck Kyiv'", async () => {
    const e = await firstEvent("Russian missiles struck Kyiv overnight, killing three civilians.");
    expect(e.place).toBe("Kyiv");
    expect(e.target).not.toBe("Government of Ukraine");
  });
  it("reads the backer after 'backed by' as no side of the attack (its target stays the attacked)", async () => {
    const e = await firstEvent("The offensive launched by militants backed by Ankara against the Kurdish positions was repelled.");
    expect(e.target).not.toBe("Government of Turkey");
  });
});
