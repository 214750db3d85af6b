import { defineStage } from "../../core/index.js";
import { loadOneCaseTruecaser } from "./resources.js";
import { isAllCaps, isAllLowerCase, truecaseKnownOneCaseText } from "./truecase-text.js";

/**
 * Restores capitals in a text written in one case only ("ON 2 APRIL 2026, DOZO MILITIAMEN KILLED...", "on 4 april
 * 2026, eln fighters attacked..."), whose casing tells the entity model nothing; a text with both cases is left as it
 * is. Only letters change case, so every offset stays; the pipeline's end gives the document its text as written back
 * (core/restore-written-case.ts). The truecaser is read on the first such text.
 */
export const truecaseStage = defineStage({
  name: "truecase",
  requires: [],
  provides: [],
  rewritesText: true,
  run(doc) {
    if (doc.empty || (!isAllCaps(doc.text) && !isAllLowerCase(doc.text))) return {};
    const { dictionary, phrases, isKnownWord, marks } = loadOneCaseTruecaser();
    const text = truecaseKnownOneCaseText(doc.text, dictionary, isKnownWord, phrases, marks);
    return text === doc.text ? {} : { text, writtenText: doc.text };
  },
});
