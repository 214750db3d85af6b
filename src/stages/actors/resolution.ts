import type { ActorDictionary, DictionaryEntry } from "./actor-dictionary.js";
import { addMention, createBuilder, resolveBuilder, type ActorBuilder } from "./actor-builder.js";
import type { NamedMention } from "./find-named-mentions.js";
import type { TokenView } from "./token-view.js";

/** What the rules of the actors stage share while they run over one document. */
export interface Resolution {
  readonly view: TokenView;
  readonly dict: ActorDictionary;
  readonly named: readonly NamedMention[];
  /** Per token: the named mention covering it. */
  readonly namedAt: readonly (NamedMention | undefined)[];
  readonly builders: Map<string, ActorBuilder>;
  /** ISO2 of the country the article is mostly about, or null. */
  focus: string | null;
  /** ISO2 of the country where the article's events mostly happen (a place, not a party), else the focus. */
  placeFocus: string | null;
  /** Per token: the builder a mention there already belongs to (descriptors, persons). */
  readonly claimed: (ActorBuilder | undefined)[];
  /** Per head word ("regime"): the actor last named with it explicitly ("the Asad regime"), for a later "the regime". */
  readonly lastByHead: Map<string, ActorBuilder>;
}

export function createResolution(view: TokenView, dict: ActorDictionary, named: readonly NamedMention[]): Resolution {
  const namedAt: (NamedMention | undefined)[] = new Array(view.toks.length).fill(undefined);
  for (const n of named) for (let i = n.from; i < n.to; i++) namedAt[i] = n;
  return { view, dict, named, namedAt, builders: new Map(), focus: null, placeFocus: null, claimed: new Array(view.toks.length).fill(undefined), lastByHead: new Map() };
}

/** The builder of a dictionary entry, created on first use. */
export function builderOfEntry(res: Resolution, entry: DictionaryEntry): ActorBuilder {
  let b = res.builders.get(entry.id);
  if (!b) {
    b = createBuilder(entry.id, { name: entry.name, kind: entry.kind, country: entry.country, entry, entityType: entry.entityType });
    res.builders.set(entry.id, b);
  }
  return resolveBuilder(b);
}

export function builderOfId(res: Resolution, id: string): ActorBuilder | null {
  const entry = res.dict.entries.get(id);
  return entry ? builderOfEntry(res, entry) : null;
}

/** The builder of a named mention that is not a person: by dictionary id, else by its normalised text. */
export function builderOfNamed(res: Resolution, n: NamedMention): ActorBuilder | null {
  if (n.kind === "place" || n.kind === "person") return null;
  if (n.entry) return builderOfEntry(res, n.entry);
  const norm = n.text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ");
  const key = n.kind === "group" ? `norp:${norm.replace(/s$/, "")}` : `org:${norm}`;
  let b = res.builders.get(key);
  if (!b) {
    b = createBuilder(key, { name: n.text, kind: n.kind, country: n.countryHint, entityType: n.entityType });
    res.builders.set(key, b);
  }
  return resolveBuilder(b);
}

export function addNamedMention(res: Resolution, b: ActorBuilder, n: NamedMention, rule = n.rule): void {
  addMention(b, n, n.text, rule);
  const target = resolveBuilder(b);
  target.entityType ??= n.entityType;
  // A part of a hyphenated token ("UK" in "UK-France") leaves the token free for the other part.
  const whole = n.start === res.view.toks[n.from]!.start && n.end === res.view.toks[n.to - 1]!.end;
  if (whole) for (let i = n.from; i < n.to; i++) res.claimed[i] = target;
}

export function claimTokens(res: Resolution, from: number, to: number, b: ActorBuilder): void {
  for (let i = from; i < to; i++) res.claimed[i] = b;
}

/** The sector actor ("gov:AF") of a country, given its ISO2 code. */
export function sectorBuilder(res: Resolution, sector: "gov" | "mil" | "police", iso2: string): ActorBuilder | null {
  return builderOfId(res, `${sector}:${iso2}`);
}
