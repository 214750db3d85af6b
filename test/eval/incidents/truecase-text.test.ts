import { describe, expect, it } from "vitest";
import { buildCaseDictionary, buildPhraseDictionary } from "../../../src/stages/truecase/case-dictionary.js";
import { isAllCaps, truecaseText } from "../../../src/stages/truecase/truecase-text.js";

const corpus = [
  ["The", "police", "said", "the", "attack", "in", "Lima", "killed", "a", "judge", "."],
  ["Rebels", "of", "the", "Shining", "Path", "attacked", "Lima", "and", "Mexico", "City", "."],
  ["A", "bomb", "hit", "Mexico", "City", "and", "the", "police", "left", "the", "city", "."],
  ["The", "city", "and", "its", "city", "hall", "."],
  ["HEADLINE", "IN", "CAPITALS", "POLICE", "."],
];
const dict = buildCaseDictionary(corpus, ["Shining Path", "FMLN"]);
const phrases = buildPhraseDictionary(corpus, ["Shining Path"]);
const known = (w: string) => ["dragnet", "the", "police", "saw", "died", "riddle"].includes(w);

describe("truecaseText", () => {
  it("keeps the text length, so offsets still point at the same words", () => {
    const text = "THE POLICE SAID LIMA.\n\n   THE FMLN ATTACKED.";
    expect(truecaseText(text, dict, known, phrases)).toHaveLength(text.length);
  });
  it("restores names, common words, acronyms and sentence starts", () => {
    expect(truecaseText("THE POLICE SAID THE FMLN ATTACKED LIMA. A JUDGE DIED.", dict, known, phrases)).toBe(
      "The police said the FMLN attacked Lima. A judge died.",
    );
  });
  it("capitalises multi-word names whose words are common alone", () => {
    expect(truecaseText("A BOMB IN MEXICO CITY AND THE CITY.", dict, known, phrases)).toBe("A bomb in Mexico City and the city.");
  });
  it("takes unknown words for names unless they are general English words", () => {
    expect(truecaseText("THE POLICE SAW OQUELI IN A DRAGNET.", dict, known, phrases)).toBe("The police saw Oqueli in a dragnet.");
  });
  it("lower-cases inflections of general English words", () => {
    expect(truecaseText("THE POLICE SAW OQUELI RIDDLED.", dict, known, phrases)).toBe("The police saw Oqueli riddled.");
  });
  it("leaves a text with lower-case letters alone", () => {
    expect(truecaseText("The police said so.", dict, known, phrases)).toBe("The police said so.");
    expect(isAllCaps("The police")).toBe(false);
  });
  it("learns nothing from headlines", () => {
    expect(dict.get("headline")).toBeUndefined();
  });
});
