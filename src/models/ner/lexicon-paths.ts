import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** Repository root, found from this file (src/models/ner/). */
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export const ENTITY_LEXICON_DIR = join(ROOT, "data", "lexicons", "entities");
export const DEFAULT_NER_MODEL_PATH = join(ROOT, "data", "models", "ner-perceptron.bin.gz");

export function entityLexiconPath(name: string): string {
  return join(ENTITY_LEXICON_DIR, name);
}
