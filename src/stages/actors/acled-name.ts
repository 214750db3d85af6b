import type { ActorKind, PartyType } from "../../core/index.js";
import { acledCountryName, type ActorDictionary } from "./actor-dictionary.js";
import { resolveBuilder, type ActorBuilder } from "./actor-builder.js";

/** The party type an actor's kind implies when no description gave one. */
export const TYPE_OF_KIND: Partial<Record<ActorKind, PartyType>> = {
  government: "GOV",
  // A state named as an actor stands for its government, as ACLED and CAMEO code it.
  country: "GOV",
  military: "MIL",
  police: "POL",
  "armed group": "REB",
  media: "MED",
  person: "PER",
};

/** ACLED's name for a state's institutions, by party type: "Military Forces of Nigeria". */
const STATE_SECTOR: Partial<Record<PartyType, "gov" | "mil" | "police">> = { GOV: "gov", MIL: "mil", POL: "police" };

/** ACLED's names of unorganised parties, given with their country: "Civilians (Afghanistan)". */
const PEOPLE_LABEL: Partial<Record<PartyType, string>> = { CVL: "Civilians", PRO: "Protesters", RIO: "Rioters", UAF: "Unidentified Armed Group" };

export function partyTypeOf(b: ActorBuilder): PartyType | null {
  if (b.partyType) return b.partyType;
  // A country's people ("Afghans") hit by violence are its civilians.
  if (b.entry?.id.startsWith("people:")) return "CVL";
  return TYPE_OF_KIND[b.kind] ?? null;
}

/**
 * The actor as ACLED names actors: a state's government, military or police by its country
 * ("Police Forces of Afghanistan"), civilians, protesters, rioters and unidentified armed people by
 * label and country ("Protesters (Pakistan)"), a named group by its own name. A person stands for the
 * body they belong to; a person of no known body, or a state body of no known country, has no ACLED
 * name of its own (null) or keeps its own name. No government periods: sitrep has no data for them.
 */
export function acledNameOf(b: ActorBuilder, dict: ActorDictionary, depth = 0): string | null {
  const type = partyTypeOf(b);
  if (type === "PER") {
    const aff = b.affiliation ? resolveBuilder(b.affiliation) : null;
    return aff && aff !== b && depth < 3 ? acledNameOf(aff, dict, depth + 1) : null;
  }
  const sector = type ? STATE_SECTOR[type] : undefined;
  if (sector && b.country && (b.kind === "country" || b.entry?.id.startsWith(`${sector}:`) || !b.entry)) {
    const state = dict.entries.get(`${sector}:${b.country}`);
    if (state) return state.name;
  }
  const label = type ? PEOPLE_LABEL[type] : undefined;
  if (label && (type !== "UAF" || b.key.startsWith("collective:"))) {
    const country = b.country ? acledCountryName(dict, b.country) : null;
    return country ? `${label} (${country})` : label;
  }
  // Unnamed rebels described by the text are an unidentified armed group too.
  if (type === "REB" && b.key.startsWith("collective:")) {
    const country = b.country ? acledCountryName(dict, b.country) : null;
    return country ? `Unidentified Armed Group (${country})` : "Unidentified Armed Group";
  }
  return b.name;
}
