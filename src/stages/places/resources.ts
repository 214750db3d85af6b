import { defaultGazetteerFiles, loadGazetteer, type Gazetteer } from "./gazetteer.js";
import { loadCachedGazetteer } from "./gazetteer-cache.js";
import { defaultPlacesLexiconFiles, loadPlacesLexicons, type PlacesLexicons } from "./places-lexicons.js";

/** What the places stage reads. The gazetteer loads on first use (~0.5 s), so commands that never geocode do not pay for it. */
export interface PlacesResources {
  readonly gazetteer: Gazetteer;
  readonly lexicons: PlacesLexicons;
}

const REPO_ROOT = new URL("../../../", import.meta.url);

/** Loads the places stage's gazetteer and lexicons lazily, once per returned object. */
export function createPlacesResources(root: URL = REPO_ROOT): PlacesResources {
  let gazetteer: Gazetteer | undefined;
  let lexicons: PlacesLexicons | undefined;
  return {
    get gazetteer() {
      // From the index prebuilt by `npm run build` when it matches the data (a few ms), else built (~1 s).
      return (gazetteer ??= loadCachedGazetteer(defaultGazetteerFiles(root), root, () => loadGazetteer(defaultGazetteerFiles(root))));
    },
    get lexicons() {
      return (lexicons ??= loadPlacesLexicons(defaultPlacesLexiconFiles(root)));
    },
  };
}

/** Loads what the places stage reads (gazetteer, lexicons), once per process. */
export function loadPlacesResources(): { places: PlacesResources } {
  return { places: createPlacesResources() };
}
