import { DEFAULT_NER_MODEL_PATH } from "../../models/ner/lexicon-paths.js";
import { loadNerModel } from "../../models/ner/model-io.js";
import type { NerModel } from "../../models/ner/ner-model.js";
import { cachedCompilation, fromRoot } from "../../lexicons/compiled-lexicon-cache.js";
import { loadEntityLexicons, type EntityLexicons } from "./entity-lexicons.js";

/** What the entities stage reads: the trained tagger and its dictionaries. */
export interface EntitiesResources {
  readonly model: NerModel;
  readonly lexicons: EntityLexicons;
}

let cached: EntitiesResources | undefined;

/** The dictionaries compiled, from the build's cache when it was made from these files and this code. */
const compiledLexicons = cachedCompilation({
  name: "entities",
  inputs: fromRoot("data/lexicons/entities/", "src/stages/entities/", "src/models/ner/", "src/lexicons/", "src/core/"),
  compile: loadEntityLexicons,
});

/**
 * Loads the entity model (SITREP_NER_MODEL overrides the committed one) and lexicons, once
 * per process; the pipeline hands them to the stage as `ctx.resources.entities`.
 */
export function loadEntitiesResources(): { entities: EntitiesResources } {
  cached ??= {
    model: loadNerModel(process.env.SITREP_NER_MODEL ?? DEFAULT_NER_MODEL_PATH),
    lexicons: compiledLexicons(),
  };
  return { entities: cached };
}
