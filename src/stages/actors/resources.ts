import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SitrepError } from "../../core/index.js";
import { cachedCompilation, fromRoot } from "../../lexicons/compiled-lexicon-cache.js";
import { compileActorDictionary, type ActorDictionary } from "./actor-dictionary.js";

/** Where the actor lexicons live: data/lexicons/actors at the repository root. */
export const ACTOR_LEXICON_DIR = fileURLToPath(new URL("../../../data/lexicons/actors/", import.meta.url));

/** The compiled dictionary, once per process: from the build's cache when it was made from these lexicons and this code. */
const compiledDictionary = cachedCompilation({
  name: "actors",
  inputs: fromRoot("data/lexicons/actors/", "data/mappings/countries.tsv", "src/stages/actors/", "src/lexicons/", "src/core/"),
  compile: () =>
    compileActorDictionary({
      countries: readLexicon("countries.tsv"),
      organisations: readLexicon("organisations.tsv"),
      heads: readLexicon("heads.tsv"),
      titles: readLexicon("titles.tsv"),
      orgHeads: readLexicon("org-heads.tsv"),
      theatres: readLexicon("theatres.tsv"),
      capitalGovernments: readLexicon("capital-governments.tsv"),
      acledCountries: readLexicon("../../mappings/countries.tsv"),
    }),
});

/** Loads and compiles the actor dictionary once per process; the stage reads it as ctx.resources.actorDictionary. */
export function loadActorsResources(): { actorDictionary: ActorDictionary } {
  return { actorDictionary: compiledDictionary() };
}

function readLexicon(file: string): string {
  try {
    return readFileSync(ACTOR_LEXICON_DIR + file, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", `actor lexicon ${ACTOR_LEXICON_DIR + file}`);
  }
}
