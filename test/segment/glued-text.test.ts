/** Glued text cut into its sentences (src/stages/segment/glued-text.ts): headlines run into the body or the dateline, "p.m." ending a sentence, domain names. Probe sentences written for sitrep. */
import { describe, expect, it } from "vitest";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { segmentText } from "../../src/stages/segment/segment-stage.js";
import { extractDocument } from "../../src/index.js";

function sentencesOf(text: string): string[] {
  return segmentText(text, loadWinkSegmenter()).sentence.map((s) => text.slice(s.start, s.end));
}

describe("a headline glued to the text after it", () => {
  it("is cut from a sentence that a capitalised opener starts, after a title-case or a verb-bearing headline", () => {
    expect(sentencesOf("Rebels Seize Airport in Northern Town The rebels took the airport on Monday.")).toEqual(["Rebels Seize Airport in Northern Town", "The rebels took the airport on Monday."]);
    expect(sentencesOf("Court Frees Brother of Jailed Reporter A court has freed the brother of a jailed reporter.")).toEqual(["Court Frees Brother of Jailed Reporter", "A court has freed the brother of a jailed reporter."]);
    expect(sentencesOf("Car bomb kills six soldiers near the border The attack came at dawn.")).toEqual(["Car bomb kills six soldiers near the border", "The attack came at dawn."]);
    expect(sentencesOf("Mortar Shells Hit Market in Eastern City The Defence Ministry said two people died.")).toEqual(["Mortar Shells Hit Market in Eastern City", "The Defence Ministry said two people died."]);
  });

  it("is cut where no space is left between the two ('...in the northThe army said')", () => {
    expect(sentencesOf("Floods cut roads in the northThe army said three bridges fell.")).toEqual(["Floods cut roads in the north", "The army said three bridges fell."]);
  });

  it("is cut from a dateline glued to it, with or without the space, and the sentence is marked a headline", () => {
    const text = "Bomb kills five in market ADEN, Yemen, May 2 (Reuters) -- A bomb killed five people.";
    expect(sentencesOf(text)).toEqual(["Bomb kills five in market", "ADEN, Yemen, May 2 (Reuters) -- A bomb killed five people."]);
    expect(sentencesOf("Bomb kills five in marketADEN, Yemen, May 2 (Reuters) -- A bomb killed five.")).toEqual(["Bomb kills five in market", "ADEN, Yemen, May 2 (Reuters) -- A bomb killed five."]);
    const { sentence } = segmentText(text, loadWinkSegmenter());
    expect(sentence.map((s) => [s.data.headline ?? false, s.source.rule])).toEqual([[true, "glued-dateline"], [false, "wink-sbd+line-break"]]);
  });

  it("leaves a line whole where the capitalised word belongs to it", () => {
    for (const text of [
      "Minister Says The economy is growing fast.",
      "Suspect Arrested After The attack in the city, police said.",
      "Officials gave Plan A the go-ahead on Monday.",
      "Officials met in The Hague on Monday.",
      "NEW YORK (AP) — The Latest on the shooting of a man in the city.",
      "The heads of three airlines – Air France KLM, easyJet and Ryanair – met in Paris on Monday.",
    ]) expect(sentencesOf(text)).toEqual([text]);
  });

  it("is not found inside a title in quotation marks, before a clause its last word takes, or at a compound's hyphen", () => {
    for (const text of [
      "Speaking to “CBS This Morning” Monday, the senator refrained from attacks.",
      "Senator’s Last Speech Explains Why She Sees Obama-like Promise In Ruto.",
      "Leaders from both sides backed the proposed EU-Turkey deal on Monday.",
    ]) expect(sentencesOf(text)).toEqual([text]);
  });

  it("cuts a sentence whose full stop wink kept in its last word, without calling it a headline", () => {
    const text = "Officials said the bridge was impossible to miss. This week it fell.";
    const { sentence } = segmentText(text, loadWinkSegmenter());
    expect(sentence.map((s) => [text.slice(s.start, s.end), s.data.headline ?? false])).toEqual([["Officials said the bridge was impossible to miss.", false], ["This week it fell.", false]]);
  });

  it("is only looked for at the start of a line", () => {
    const text = "Police said five people died. Gunmen stormed the hotel in the capital The gunmen fled.";
    expect(sentencesOf(text)).toEqual(["Police said five people died.", "Gunmen stormed the hotel in the capital The gunmen fled."]);
  });
});

describe("a clock time's a.m. or p.m. that also ends the sentence", () => {
  it("ends it before a capitalised word that does not go on telling the time", () => {
    expect(sentencesOf("The meeting ended at 5 p.m. Police said nothing.")).toEqual(["The meeting ended at 5 p.m.", "Police said nothing."]);
    expect(sentencesOf("The fire was out after 8 p.m.A rescue team stayed.")).toEqual(["The fire was out after 8 p.m.", "A rescue team stayed."]);
    expect(sentencesOf("He left the shop around 4: 30 p. m. The building was hit at 9: 02 a. m. on April 19.")).toEqual(["He left the shop around 4: 30 p. m.", "The building was hit at 9: 02 a. m. on April 19."]);
  });

  it("does not end a time fronted before its clause ('At 5 p.m. County officers found')", () => {
    const text = "At 5 p.m. County officers found the car in a ditch.";
    expect(sentencesOf(text)).toEqual([text]);
  });

  it("does not end it before a weekday, a time zone or a lower-case word", () => {
    const text = "It starts at 5 p.m. Sunday, at 9 a.m. Moscow time and at 6 p.m. on Friday.";
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe("a full stop inside a domain name", () => {
  it("is never cut inside a hashtag or a handle, whose words run together on purpose", () => {
    const text = "Fans shared the tag #StandWithHer on Monday.";
    expect(sentencesOf(text)).toEqual([text]);
  });

  it("ends no sentence", () => {
    const text = "He visited www.example.gov.uk and Shop.com yesterday.";
    expect(sentencesOf(text)).toEqual([text]);
  });

  it("leaves abbreviations, initials, decimals and numbers glued to the next word as they were", () => {
    for (const text of ["The U.S.Army and Lt.Col. Smith met J.R.R. Tolkien's heirs.", "It rose 3.5 percent to No.1 in St.Louis at 4:30 p.m. on Friday."]) expect(sentencesOf(text)).toEqual([text]);
  });

  it("still ends one before a word glued to it that opens a sentence", () => {
    expect(sentencesOf("Three people were hurt.no one was killed.")).toEqual(["Three people were hurt.", "no one was killed."]);
  });
});

describe("a wire story whose headline is glued to its dateline", () => {
  it("reads the dateline after the headline: the agency filed the story and did not set off the bomb", async () => {
    const doc = await extractDocument({ text: "Blast kills five in market ADEN, Yemen, May 2 (Reuters) - A bomb exploded in a crowded market, killing five people." });
    const reuters = doc.actors.find((a) => a.name === "Reuters");
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.actor ?? null).not.toBe(reuters?.id ?? "no such actor");
    expect(doc.events[0]!.fatalities).toMatchObject({ min: 5 });
  });

  it("tells the headline's happening once: its event is the lead's, though its parties were read apart", async () => {
    const doc = await extractDocument({ text: "9 militants killed in blasts in Pakistan PESHAWAR, Pakistan, Oct. 3 (Xinhua) -- Nine Taliban militants were killed in two accidental explosions in northwestern Khyber district Friday night, police said on Saturday." });
    const killings = doc.events.filter((e) => e.type === "ASSAULT");
    expect(killings).toHaveLength(1);
    expect(killings[0]!.fatalities).toMatchObject({ min: 9, max: 9 });
  });
});
