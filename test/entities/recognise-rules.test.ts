import { describe, expect, it } from "vitest";
import { Gazetteer } from "../../src/models/ner/gazetteer.js";
import type { TypedSpan } from "../../src/models/ner/labels.js";
import type { NerModel } from "../../src/models/ner/ner-model.js";
import { loadEntityLexicons } from "../../src/stages/entities/entity-lexicons.js";
import { recogniseEntities, type WordToken } from "../../src/stages/entities/recognise-entities.js";
import type { EntitiesResources } from "../../src/stages/entities/resources.js";

/**
 * The rules after the tagger, checked against a stand-in tagger that makes a chosen mistake,
 * with the real lexicons.
 */
const lexicons = loadEntityLexicons();

function run(sentence: string, spans: TypedSpan[]) {
  const words = sentence.split(" ");
  const model = {
    gazetteer: new Gazetteer([{ category: "country", name: "Syria" }]),
    tagDocument: () => [spans],
  } as unknown as NerModel;
  const res: EntitiesResources = { model, lexicons };
  let offset = 0;
  const tokens: WordToken[] = words.map((text) => {
    const t = { text, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return t;
  });
  return recogniseEntities([tokens], res).map((e) => `${e.type} ${sentence.slice(e.start, e.end)} ${e.rule}`);
}

function runDocument(sentences: string[], spans: TypedSpan[][]) {
  const model = { gazetteer: new Gazetteer([]), tagDocument: () => spans } as unknown as NerModel;
  let offset = 0;
  const text = sentences.join(" ");
  const tokens = sentences.map((s) =>
    s.split(" ").map((t) => {
      const w = { text: t, start: offset, end: offset + t.length };
      offset += t.length + 1;
      return w;
    }),
  );
  return recogniseEntities(tokens, { model, lexicons }).map((e) => `${e.type} ${text.slice(e.start, e.end)} ${e.rule}`);
}

describe("rules after the tagger", () => {
  it("give every mention of a full name the type of the one found whole", () => {
    const found = runDocument(
      ["Syrian Democratic Forces advanced", "later Syrian Democratic Forces took it"],
      [[{ start: 0, end: 3, type: "ORG" }], [{ start: 1, end: 2, type: "MISC" }, { start: 2, end: 4, type: "MISC" }]],
    );
    expect(found).toEqual(["ORG Syrian Democratic Forces ner-perceptron", "ORG Syrian Democratic Forces repeated-name"]);
  });

  it("split 'Assad and ISIL' when one side is a known name", () => {
    expect(run("killed by Assad and ISIL forces", [{ start: 2, end: 5, type: "ORG" }])).toEqual([
      "ORG Assad coordinated-names",
      "ORG ISIL coordinated-names",
    ]);
  });

  it("keep 'Procter and Gamble' whole when neither side is known alone", () => {
    expect(run("shares of Procter and Gamble rose", [{ start: 2, end: 5, type: "ORG" }])).toEqual(["ORG Procter and Gamble ner-perceptron"]);
  });

  it("close a bracket the tagger's span leaves open ('Islamic State (Mozambique)'), whether it stopped before the ')' or took it", () => {
    expect(run("members of Unknown Front ( Mozambique ) attacked", [{ start: 2, end: 6, type: "ORG" }])).toEqual(["ORG Unknown Front ( Mozambique ) ner-perceptron"]);
    expect(run("members of Unknown Front ( Mozambique ) attacked", [{ start: 2, end: 7, type: "ORG" }])).toEqual(["ORG Unknown Front ( Mozambique ) ner-perceptron"]);
    // A bracket after the span, not opened inside it, is not the name's: "Unknown Front (UF)" stays a name and its acronym.
    expect(run("members of Unknown Front ( UF ) attacked", [{ start: 2, end: 4, type: "ORG" }])).toEqual(["ORG Unknown Front ner-perceptron", "ORG UF acronym-in-parentheses"]);
  });

  it("retype a known armed group the tagger called MISC", () => {
    expect(run("the Taliban said", [{ start: 1, end: 2, type: "MISC" }])).toEqual(["ORG Taliban known:taliban"]);
  });

  it("add a known name the tagger missed, but not in a capitalised headline", () => {
    expect(run("fighters of Hezbollah crossed", [])).toEqual(["ORG Hezbollah known:hezbollah"]);
    expect(run("HEZBOLLAH FIGHTERS CROSS BORDER", [])).toEqual([]);
  });

  it("make LOC a GPE only when the gazetteer lists it", () => {
    expect(run("in Syria and Zembla", [{ start: 1, end: 2, type: "LOC" }, { start: 3, end: 4, type: "LOC" }])).toEqual([
      "GPE Syria ner-perceptron",
      "LOC Zembla ner-perceptron",
    ]);
  });

  it("make a place ending in an organisation word an organisation", () => {
    expect(run("the Justice Department said", [{ start: 1, end: 3, type: "LOC" }])).toEqual(["ORG Justice Department ner-perceptron+organisation-head"]);
    expect(run("in the Russian Federation today", [{ start: 2, end: 4, type: "LOC" }])).toEqual(["LOC Russian Federation ner-perceptron"]);
  });

  it("make a name ending in a facility or feature word a place, not a person", () => {
    expect(run("near the Tabqa Dam today", [{ start: 2, end: 4, type: "PER" }])).toEqual(["LOC Tabqa Dam ner-perceptron+place-head"]);
  });

  it("give an organisation the longer name that opens with it", () => {
    expect(run("the Islamic State of Iraq said", [{ start: 1, end: 5, type: "LOC" }])).toEqual(["ORG Islamic State of Iraq known:islamic-state+longer-name"]);
  });

  it("make MISC a NORP only when the NORP lexicon lists it", () => {
    expect(run("a Shiite mosque and a Zemblan vase", [{ start: 1, end: 2, type: "MISC" }, { start: 5, end: 6, type: "MISC" }])).toEqual([
      "NORP Shiite ner-perceptron+norp:religion:shiite",
      "MISC Zemblan ner-perceptron",
    ]);
  });

  it("make a one-word name a person when the article names that person in full", () => {
    expect(run("Donald Trump said the Trump campaign won", [{ start: 0, end: 2, type: "PER" }, { start: 4, end: 5, type: "ORG" }])).toEqual([
      "PERSON Donald Trump ner-perceptron",
      "PERSON Trump surname-of-person",
    ]);
  });

  it("leave a one-word organisation alone when no person has that name", () => {
    expect(run("Donald Trump met Ford executives", [{ start: 0, end: 2, type: "PER" }, { start: 3, end: 4, type: "ORG" }])).toContain("ORG Ford ner-perceptron");
  });

  it("strip a title from the front of a person", () => {
    expect(run("Foreign Minister Amir Khan Muttaqi said", [{ start: 0, end: 5, type: "PER" }])).toEqual(["PERSON Amir Khan Muttaqi ner-perceptron"]);
  });
});

describe("a part of an Arabic name opened by its article", () => {
  it("joins the name the tagger split or cut short ('Badia al-Sham', 'Haider al-Abadi')", () => {
    expect(run("attacks in Badia al-Sham on Monday", [{ start: 2, end: 3, type: "LOC" }, { start: 3, end: 4, type: "MISC" }])).toEqual(["LOC Badia al-Sham ner-perceptron+article-linked-part"]);
    expect(run("met Haider al-Abadi in Baghdad", [{ start: 1, end: 2, type: "PER" }])).toEqual(["PERSON Haider al-Abadi ner-perceptron+article-linked-part"]);
  });
  it("leaves a lower-case word after a hyphen alone ('al-' before a capital only)", () => {
    expect(run("Badia al-shamal region", [{ start: 0, end: 1, type: "LOC" }])).toEqual(["LOC Badia ner-perceptron"]);
  });
});
