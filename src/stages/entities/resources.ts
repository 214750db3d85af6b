import { DEFAULT_NER_MODEL_PATH } from "../../models/ner/lexicon-paths.js";
import { loadNerModel } from "../../models/ner/model-io.js";
import type { NerModel } from "../../models/ner/ner-model.js";
import { loadEntityLexicons, type EntityLexicons } from "./entity-lexicons.js";

/** What the entities stage reads: the trained tagger and its dictionaries. */
export interface EntitiesResources {
  readonly model: NerModel;
  readonly lexicons: EntityLexicons;
}

let cached: EntitiesResources | undefined;

/**
 * Loads the entity model (SITREP_NER_MODEL overrides the committed one) and lexicons, once
 * per process; the pipeline hands them to the stage as `ctx.resources.entities`.
 */
export function loadEntitiesResources(): { entities: EntitiesResources } {
  cached ??= {
    model: loadNerModel(process.env.SITREP_NER_MODEL ?? DEFAULT_NER_MODEL_PATH),
    lexicons: loadEntityLexicons(),
  };
  return { entities: cached };
}
