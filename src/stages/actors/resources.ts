import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SitrepError } from "../../core/index.js";
import { compileActorDictionary, type ActorDictionary } from "./actor-dictionary.js";

/** Where the actor lexicons live: data/lexicons/actors at the repository root. */
export const ACTOR_LEXICON_DIR = fileURLToPath(new URL("../../../data/lexicons/actors/", import.meta.url));

let cached: ActorDictionary | undefined;

/** Loads and compiles the actor dictionary once per process; the stage reads it as ctx.resources.actorDictionary. */
export function loadActorsResources(): { actorDictionary: ActorDictionary } {
  cached ??= compileActorDictionary({
    countries: readLexicon("countries.tsv"),
    organisations: readLexicon("organisations.tsv"),
    heads: readLexicon("heads.tsv"),
    titles: readLexicon("titles.tsv"),
    orgHeads: readLexicon("org-heads.tsv"),
  });
  return { actorDictionary: cached };
}

function readLexicon(file: string): string {
  try {
    return readFileSync(ACTOR_LEXICON_DIR + file, "utf8");
  } catch {
    throw new SitrepError("MODEL_MISSING", `actor lexicon ${ACTOR_LEXICON_DIR + file}`);
  }
}
