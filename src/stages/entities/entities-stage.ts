import { defineStage, layer, type LayerAnnotation } from "../../core/index.js";
import { tokenTexts } from "../../core/token-texts.js";
import { SitrepError } from "../../core/errors.js";
import { recogniseEntities, type WordToken } from "./recognise-entities.js";
import type { EntitiesResources } from "./resources.js";

/**
 * Named entities (PERSON, ORG, GPE, LOC, NORP, MISC) over the token layer: the trained
 * perceptron tagger sentence by sentence, then lexicon rules for news (known armed groups and
 * agencies, nationalities and religions the tagger missed, titles kept out of names) and
 * acronyms linked to their long form.
 */
export const entitiesStage = defineStage({
  name: "entities",
  requires: ["sentence", "token"],
  provides: ["entity"],
  run(doc, ctx) {
    const res = ctx.resources.entities as EntitiesResources | undefined;
    if (!res) throw new SitrepError("MODEL_MISSING", "the entities stage needs resources.entities (loadEntitiesResources())");
    const sentences: WordToken[][] = [];
    const tokens = layer(doc, "token");
    const texts = tokenTexts(doc.text, tokens);
    // Indexed: an array iterator allocates a result object per token where the loop is not optimised.
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const s = t.data.sentence;
      while (sentences.length <= s) sentences.push([]);
      sentences[s]!.push({ text: texts[k]!, start: t.start, end: t.end });
    }
    const found = recogniseEntities(
      sentences.filter((s) => s.length > 0),
      res,
    );
    const entity: LayerAnnotation<"entity">[] = found.map((e, i) => ({
      id: `e${i + 1}`,
      layer: "entity",
      start: e.start,
      end: e.end,
      data: {
        type: e.type,
        text: doc.text.slice(e.start, e.end),
        ...(e.longForm === undefined ? {} : { longForm: `e${e.longForm + 1}` }),
      },
      source: { stage: "entities", rule: e.rule },
    }));
    return { entity };
  },
});
