import { describe, expect, it } from "vitest";
import { assemblePipeline, createDocument, layer } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";
import { entitiesStage } from "../../src/stages/entities/entities-stage.js";
import { loadEntitiesResources } from "../../src/stages/entities/resources.js";
import { abbreviates, isAcronym } from "../../src/stages/entities/recognise-entities.js";

const pipeline = assemblePipeline([segmentStage, entitiesStage], { resources: { segmenter: loadWinkSegmenter(), ...loadEntitiesResources() } });

function entities(text: string) {
  return layer(pipeline.run(createDocument(text)), "entity");
}
function typed(text: string) {
  return entities(text).map((e) => `${e.data.type} ${e.data.text}`);
}

describe("entities stage: the trained tagger", () => {
  it("finds people, organisations and places with exact offsets", () => {
    const text = "Prime Minister Boris Johnson met officials of the World Bank in London on Tuesday.";
    const found = entities(text);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.data.text);
    expect(typed(text)).toEqual(expect.arrayContaining(["PERSON Boris Johnson", "ORG World Bank", "GPE London"]));
  });

  it("keeps titles out of a person's name", () => {
    expect(typed("He met foreign minister Amir Khan Muttaqi in Doha.")).toContain("PERSON Amir Khan Muttaqi");
  });

  it("does not glue a curly possessive to a name", () => {
    const found = typed("Muttaqi’s remarks came on the first day of talks in Qatar.");
    expect(found).toContain("PERSON Muttaqi");
    expect(found.some((e) => e.includes("’s"))).toBe(false);
  });

  it("records the tagger as the source", () => {
    const [e] = entities("Angela Merkel spoke.");
    expect(e!.source).toEqual({ stage: "entities", rule: "ner-perceptron" });
  });
});

describe("entities stage: GPE or LOC", () => {
  it("makes countries, provinces and cities GPE", () => {
    expect(typed("Fighting spread from Kabul to Parwan and across Afghanistan.")).toEqual(["GPE Kabul", "GPE Parwan", "GPE Afghanistan"]);
  });

  it("keeps regions and natural features LOC", () => {
    const found = typed("Refugees crossed the Hindu Kush into Central Asia.");
    expect(found).toContain("LOC Hindu Kush");
    expect(found).toContain("LOC Central Asia");
  });
});

describe("entities stage: NORP", () => {
  it("types nationalities and religions as NORP, also where the tagger misses them", () => {
    const found = typed("Aid reached Afghans after a bombing of a Shiite mosque, an Afghan official said.");
    expect(found).toEqual(expect.arrayContaining(["NORP Afghans", "NORP Shiite", "NORP Afghan"]));
  });

  it("does not make a lower-case word NORP", () => {
    expect(typed("the christian name of the afghan dog")).toEqual([]);
  });
});

describe("entities stage: names the news needs", () => {
  it("types the Taliban as an organisation", () => {
    expect(typed("The Taliban took over Kabul in August.")).toContain("ORG Taliban");
  });
});

describe("entities stage: name edges", () => {
  it("ends an organisation before a possessive and never on a lower-case word", () => {
    const found = typed("The U.S. Department of State's Rewards for Justice program is offering money.");
    expect(found.some((e) => e.includes("'s") || e.endsWith("program"))).toBe(false);
    expect(found).toContain("ORG U.S. Department of State");
  });

  it("splits two names joined by 'and' when one is known on its own", () => {
    const found = entities("Civilians were killed at the hands of Assad and ISIL, a monitor said.");
    expect(found.some((e) => e.data.text === "Assad and ISIL")).toBe(false);
    expect(found.map((e) => e.data.text)).toContain("ISIL");
  });
});

describe("entities stage: hyphenated modifiers", () => {
  it("marks the name inside 'Kurdish-controlled' and 'Taliban-led', not the whole word", () => {
    const text = "Kurdish-controlled towns fell to a Taliban-led force.";
    const found = entities(text);
    expect(found.map((e) => `${e.data.type} ${e.data.text}`)).toEqual(["NORP Kurdish", "ORG Taliban"]);
    expect(found.map((e) => text.slice(e.start, e.end))).toEqual(["Kurdish", "Taliban"]);
  });

  it("leaves a hyphenated word alone when no lexicon knows its head", () => {
    expect(typed("Family-controlled firms grew.")).toEqual([]);
  });
});

describe("entities stage: acronyms", () => {
  const text = "The talks follow attacks by the Islamic State-Khorasan (IS-K). The IS-K claimed a bombing on Friday.";

  it("links an acronym in parentheses to its long form", () => {
    const found = entities(text);
    const long = found.find((e) => e.data.text === "Islamic State-Khorasan");
    const acronyms = found.filter((e) => e.data.text === "IS-K");
    expect(long?.data.type).toBe("ORG");
    expect(acronyms).toHaveLength(2);
    for (const a of acronyms) {
      expect(a.data.type).toBe("ORG");
      expect(a.data.longForm).toBe(long!.id);
    }
    expect(acronyms.map((a) => a.source.rule)).toEqual(["acronym-in-parentheses", "acronym-later-use"]);
  });

  it("finds the long form from the acronym's letters when the tagger did not", () => {
    const found = entities("Rebels of the Front for the Liberation of Zembla (FLZ) seized a town. The FLZ denied it.");
    const long = found.find((e) => e.data.text.endsWith("Liberation of Zembla"));
    expect(long).toBeDefined();
    expect(long!.data.text).toBe("Front for the Liberation of Zembla");
    expect(found.filter((e) => e.data.text === "FLZ").every((e) => e.data.longForm === long!.id)).toBe(true);
  });

  it("does not take a country in parentheses for a person's acronym", () => {
    const found = entities("Michael Johnson (U.S.) won the race.");
    expect(found.some((e) => e.data.longForm !== undefined)).toBe(false);
  });

  it("reads acronyms letter by letter", () => {
    expect(isAcronym("IS-K")).toBe(true);
    expect(isAcronym("Reuters")).toBe(false);
    expect(abbreviates("IS-K", "Islamic State-Khorasan")).toBe(true);
    expect(abbreviates("US", "Michael Johnson")).toBe(false);
  });
});

describe("entities stage: case that says nothing", () => {
  it("reads a title-case headline with the article's own casing", () => {
    const found = typed("Pence Says Debate Will Be Fun\nGovernor Mike Pence says the debate will be fun, and the moderator will ask questions.");
    expect(found).toContain("PERSON Mike Pence");
    expect(found.some((e) => /Debate|Fun|Says/.test(e))).toBe(false);
  });

  it("drops a sentence-initial word that the article otherwise writes in lower case", () => {
    const found = typed("PENCE: Well, look at the polls. The debate went well for Pence.");
    expect(found.some((e) => e.endsWith(" Well"))).toBe(false);
  });
});

describe("entities stage: negative cases", () => {
  it("finds nothing in lower-case text", () => {
    expect(entities("the minister said the talks went well and aid would follow.")).toEqual([]);
  });

  it("gives an empty layer for blank text", () => {
    expect(entities("   \n  ")).toEqual([]);
  });

  it("finds nothing in punctuation and numbers", () => {
    expect(entities("12 , 13 ; ( 14 ) .")).toEqual([]);
  });
});
