import { defineStage } from "../../core/index.js";
import { cleanText } from "./clean-text.js";
import { detectEnglish } from "./detect-language.js";
import { loadCleanResources, type CleanLexicon } from "./resources.js";

/**
 * Removes boilerplate lines (related-story headlines, promos, bylines, captions...) from the body,
 * listing each in `removed` with its reason, and normalises white space. Marks the document empty,
 * with the reason, when nothing is left or when the text is not English, so no later stage runs on
 * it and no event is ever invented from it.
 */
export const cleanStage = defineStage({
  name: "clean",
  requires: [],
  provides: [],
  rewritesText: true,
  run(doc, ctx) {
    const lexicon = (ctx.resources.cleanLexicon as CleanLexicon | undefined) ?? loadCleanResources().cleanLexicon;
    const cleaned = cleanText(doc.text, lexicon);
    if (!/[\p{L}\p{N}]/u.test(cleaned.text)) {
      const reason = cleaned.removed.length > 0 ? `all ${cleaned.removed.length} line(s) were boilerplate` : "the input has no text";
      return { text: cleaned.text, removed: cleaned.removed, empty: { code: "INPUT_EMPTY", reason } };
    }
    const language = detectEnglish(cleaned.text, lexicon);
    if (!language.english) {
      return { text: cleaned.text, removed: cleaned.removed, empty: { code: "INPUT_UNSUPPORTED_LANGUAGE", reason: `not English: ${language.reason}` } };
    }
    return { text: cleaned.text, removed: cleaned.removed };
  },
});
