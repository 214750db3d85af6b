import { foldName } from "./fold-name.js";
import { readTsvRows } from "./read-tsv-rows.js";

/** "locality": a place word that says nothing about the kind of division ("Kisima area", "near X"). */
export type CueKind = "admin1" | "admin2" | "city" | "capital" | "locality";

export interface PlaceCue {
  readonly id: string;
  readonly kind: CueKind;
}

/** The small word lists of the places stage, compiled into lookups once. */
export interface PlacesLexicons {
  /** Folded stoplisted words -> row id. */
  readonly stoplist: ReadonlyMap<string, string>;
  /** Folded demonym (and its plural) -> ISO2 code, admin1 code ("GB.ENG"), or region id ("region:europe"). */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Lower-case cue word -> cue, for "X province" (after) and "city of X" (before). */
  readonly cuesAfter: ReadonlyMap<string, PlaceCue>;
  readonly cuesBefore: ReadonlyMap<string, PlaceCue>;
  /** Lower-case words that, right before a name the gazetteer lacks, say it is a place ("in", "near"). */
  readonly unlistedBefore: ReadonlySet<string>;
  /** Lower-case last words of unlisted names that make them places ("street", "river"). */
  readonly unlistedHeads: ReadonlySet<string>;
  /** Lower-case street words that begin a name and make it a place ("rue", "calle", "avenida"). */
  readonly unlistedLeads: ReadonlySet<string>;
  /** Lower-case particles inside a place name between capitalised words ("del", "da", "das"). */
  readonly nameParticles: ReadonlySet<string>;
  /** Locative words before which a listed name tagged PERSON or ORG is a place ("in Khan Younis"). */
  readonly retagBefore: ReadonlySet<string>;
  /** Directions that, with "of", do the same ("east of Khan Younis"). */
  readonly retagDirections: ReadonlySet<string>;
  /** Verbs whose object is a place, never a person: so is a listed name right after one ("shelled Izium"). */
  readonly retagVerbs: ReadonlySet<string>;
  /** Lower-case words ending a facility named after its town ("city hall", "airfield"). */
  readonly facilityHeads: ReadonlySet<string>;
  /** Lower-case nouns for people ("daughter", "husband"): a lone name right after one is a person. */
  readonly personNouns: ReadonlySet<string>;
  /** Lower-case words of what only a person undergoes ("suspected", "charged"): a lone name right before one is a person. */
  readonly personPredicates: ReadonlySet<string>;
  /** Lower-case nouns for ships ("submarine", "cruiser"): a name right after one is the ship's ("the submarine Krasnodar"). */
  readonly vesselNouns: ReadonlySet<string>;
}

export interface PlacesLexiconFiles {
  readonly stoplist: string;
  readonly demonyms: string;
  readonly cues: string;
  readonly unlistedGates: string;
  readonly facilityHeads: string;
  readonly personNouns: string;
  readonly personPredicates: string;
  readonly vesselNouns: string;
}

export function defaultPlacesLexiconFiles(root: URL): PlacesLexiconFiles {
  return {
    stoplist: new URL("data/lexicons/places/stoplist.tsv", root).pathname,
    demonyms: new URL("data/lexicons/places/demonyms.tsv", root).pathname,
    cues: new URL("data/lexicons/places/cues.tsv", root).pathname,
    unlistedGates: new URL("data/lexicons/places/unlisted-gates.tsv", root).pathname,
    facilityHeads: new URL("data/lexicons/places/facility-heads.tsv", root).pathname,
    personNouns: new URL("data/lexicons/places/person-nouns.tsv", root).pathname,
    personPredicates: new URL("data/lexicons/places/person-predicates.tsv", root).pathname,
    vesselNouns: new URL("data/lexicons/places/vessel-nouns.tsv", root).pathname,
  };
}

export function loadPlacesLexicons(files: PlacesLexiconFiles): PlacesLexicons {
  const stoplist = new Map<string, string>();
  for (const [id, word] of readTsvRows(files.stoplist, 3)) stoplist.set(foldName(word!), id!);
  const demonyms = new Map<string, string>();
  for (const [, word, target] of readTsvRows(files.demonyms, 3)) {
    const key = foldName(word!);
    demonyms.set(key, target!);
    // "Afghans", "Syrians"; not "Swiss", "Chinese", "Irish", "Dutch".
    if (!/(s|sh|ch|ese|i)$/.test(key) && !demonyms.has(`${key}s`)) demonyms.set(`${key}s`, target!);
  }
  const cuesAfter = new Map<string, PlaceCue>();
  const cuesBefore = new Map<string, PlaceCue>();
  for (const [id, word, kind, position] of readTsvRows(files.cues, 4)) {
    const cue: PlaceCue = { id: id!, kind: kind as CueKind };
    (position === "before" ? cuesBefore : cuesAfter).set(word!.toLowerCase(), cue);
  }
  const unlistedBefore = new Set<string>();
  const unlistedHeads = new Set<string>();
  const retagBefore = new Set<string>();
  const retagDirections = new Set<string>();
  const retagVerbs = new Set<string>();
  const unlistedLeads = new Set<string>();
  const nameParticles = new Set<string>();
  const byRole: Record<string, Set<string>> = { before: unlistedBefore, head: unlistedHeads, lead: unlistedLeads, particle: nameParticles, retag: retagBefore, "retag-direction": retagDirections, "retag-verb": retagVerbs };
  for (const [id, word, role] of readTsvRows(files.unlistedGates, 3)) {
    const set = byRole[role!];
    if (!set) throw new Error(`unlisted-gates.tsv: unknown role "${role}" (${id})`);
    set.add(word!.toLowerCase());
  }
  const facilityHeads = new Set<string>();
  for (const [, words] of readTsvRows(files.facilityHeads, 2)) facilityHeads.add(words!.toLowerCase());
  const personNouns = new Set<string>();
  for (const [, word] of readTsvRows(files.personNouns, 2)) personNouns.add(word!.toLowerCase());
  const personPredicates = new Set<string>();
  for (const [, word] of readTsvRows(files.personPredicates, 2)) personPredicates.add(word!.toLowerCase());
  const vesselNouns = new Set<string>();
  for (const [, word] of readTsvRows(files.vesselNouns, 2)) vesselNouns.add(word!.toLowerCase());
  return { stoplist, demonyms, cuesAfter, cuesBefore, unlistedBefore, unlistedHeads, unlistedLeads, nameParticles, retagBefore, retagDirections, retagVerbs, facilityHeads, personNouns, personPredicates, vesselNouns };
}
