import { annotationById, layer, type Document, type EventData } from "../../core/index.js";
import { mapIncidentType, type IncidentTypeRow } from "./incident-type-mapping.js";
import type { IncidentSlot } from "./slot-names.js";

/** One predicted filler of one slot for a whole document, with the events it came from. */
export interface PredictedFiller {
  readonly slot: IncidentSlot;
  /** Strings that may match: a type, an ISO date, place and country names, or an actor's name, aliases and mention texts. */
  readonly values: readonly string[];
  /** deaths: summed lower bounds of fatalities. */
  readonly count?: number | null;
  readonly events: readonly string[];
  /** Trigger words of those events, for the error report. */
  readonly triggers: readonly string[];
}

/** Modalities that report something that happened (or was claimed to): MUC templates are for real incidents. */
const REPORTED: ReadonlySet<EventData["modality"]> = new Set(["asserted", "claimed"]);

/** Actor kinds that can be a perpetrator organisation; persons count through their affiliation. */
const ORG_KINDS = new Set(["government", "military", "police", "armed group", "organisation", "igo", "ngo", "group", "other"]);

export interface IncidentEvent {
  readonly id: string;
  readonly mucType: string;
  readonly data: EventData;
}

/** sitrep's incidents: mapped to a MUC type, not background, reporting something that happened. */
export function selectIncidentEvents(doc: Document, mapping: readonly IncidentTypeRow[]): IncidentEvent[] {
  const out: IncidentEvent[] = [];
  for (const e of layer(doc, "event")) {
    if (e.data.background || !REPORTED.has(e.data.modality)) continue;
    const mucType = mapIncidentType(e.data, e.source.rule, mapping, annotationById(doc, "actor", e.data.target)?.data.kind ?? null);
    if (mucType) out.push({ id: e.id, mucType, data: e.data });
  }
  return out;
}

/** An actor's strings: its name, aliases and the text of each mention. Entity ids resolve to their text. */
function actorStrings(doc: Document, id: string | null | undefined): { strings: string[]; kind: string | null; affiliation: string | null } {
  if (!id) return { strings: [], kind: null, affiliation: null };
  const a = annotationById(doc, "actor", id);
  if (!a) {
    const e = annotationById(doc, "entity", id);
    return { strings: e ? [e.data.text] : [], kind: null, affiliation: null };
  }
  const mentions = a.data.mentions.map((m) => doc.text.slice(m.start, m.end));
  return { strings: [...new Set([a.data.name, ...a.data.aliases, ...mentions])], kind: a.data.kind, affiliation: a.data.affiliation };
}

/**
 * The organisation behind a perpetrator: itself when it is an organisation-like actor, a person's
 * affiliation when known; persons without one, countries and media are not perpetrator organisations.
 */
function perpetratorOrganisation(doc: Document, id: string | null, depth = 0): { id: string; strings: string[] } | null {
  if (!id || depth > 2) return null;
  const a = actorStrings(doc, id);
  if (a.kind === "person") return a.affiliation ? perpetratorOrganisation(doc, a.affiliation, depth + 1) : null;
  if (a.kind !== null && !ORG_KINDS.has(a.kind)) return null;
  // "unidentified gunmen" is no organisation: MUC-4 keys such descriptions as PERP: INDIVIDUAL ID, which is not scored.
  if (annotationById(doc, "actor", id)?.data.acledName?.startsWith("Unidentified Armed Group")) return null;
  return a.strings.length ? { id, strings: a.strings } : null;
}

function countryNames(countries: ReadonlyMap<string, string>, iso2: string | null): string[] {
  const name = iso2 ? countries.get(iso2.toUpperCase()) : undefined;
  return name ? [name] : [];
}

class FillerSet {
  private readonly byKey = new Map<string, { slot: IncidentSlot; values: Set<string>; events: Set<string>; triggers: Set<string>; count?: number | null }>();
  add(slot: IncidentSlot, key: string, values: readonly string[], event: string, trigger: string): void {
    if (values.length === 0) return;
    const k = `${slot}\u0000${key}`;
    const f = this.byKey.get(k) ?? { slot, values: new Set<string>(), events: new Set<string>(), triggers: new Set<string>() };
    values.forEach((v) => f.values.add(v));
    f.events.add(event);
    f.triggers.add(trigger);
    this.byKey.set(k, f);
  }
  addCount(event: string, trigger: string, n: number): void {
    const k = `deaths\u0000dead`;
    const f = this.byKey.get(k) ?? { slot: "deaths" as const, values: new Set(["DEATH"]), events: new Set<string>(), triggers: new Set<string>(), count: 0 };
    f.events.add(event);
    f.triggers.add(trigger);
    f.count = (f.count ?? 0) + n;
    this.byKey.set(k, f);
  }
  list(): PredictedFiller[] {
    return [...this.byKey.values()].map((f) => ({ slot: f.slot, values: [...f.values], events: [...f.events], triggers: [...f.triggers], ...(f.count !== undefined ? { count: f.count } : {}) }));
  }
}

/**
 * The predicted fillers of a document from its incident events, deduplicated per slot:
 * one type per MUC type, one date per day, one location per resolved place, one perpetrator
 * and one target per actor, and one deaths filler with the summed fatalities.
 */
export function collectPredictedFillers(doc: Document, incidents: readonly IncidentEvent[], countries: ReadonlyMap<string, string>): PredictedFiller[] {
  const set = new FillerSet();
  for (const { id, mucType, data: e } of incidents) {
    const trigger = e.trigger.text;
    set.add("type", mucType, [mucType], id, trigger);
    // A date the text gives, else the day a news convention infers (the dateline's, for an undated past event).
    const date = annotationById(doc, "date", e.date)?.data.value ?? e.inferredDate?.value;
    if (date) set.add("date", date, [date], id, trigger);
    const place = annotationById(doc, "place", e.place);
    if (place) {
      const key = place.data.geonameid !== null ? String(place.data.geonameid) : place.data.name.toUpperCase();
      set.add("location", key, [place.data.name, place.data.text, ...countryNames(countries, place.data.country)], id, trigger);
    }
    for (const named of [e.actor, e.claimedBy ?? null]) {
      const perp = perpetratorOrganisation(doc, named);
      if (perp) set.add("perpOrg", perp.id, perp.strings, id, trigger);
    }
    // sitrep has one target role; which MUC target slot it fills is decided when scoring (see scoreDocumentSlots).
    if (e.target) set.add("humTarget", e.target, actorStrings(doc, e.target).strings, id, trigger);
    // With no canonical target, the clause's own words for it ("the governor", "a mayor") are what a
    // reader of the event gets, as the WikiEvents and RAMS scorers read them (targetPhrase).
    // A pronoun's antecedent ("A woman ... she") is one more string of the same filler, as the WikiEvents and RAMS scorers read it.
    else if (e.targetPhrase) set.add("humTarget", `phrase:${e.targetPhrase.text.toLowerCase()}`, [e.targetPhrase.text, ...(e.targetPhrase.antecedent ? [e.targetPhrase.antecedent.text] : [])], id, trigger);
    // The other items of the undergoer's list ("six Jesuits and their two maids") are more targets, as the WikiEvents and RAMS scorers read them.
    for (const c of e.targetPhrase?.conjuncts ?? []) set.add("humTarget", `phrase:${c.text.toLowerCase()}`, [c.text], id, trigger);
    if (e.fatalities && (e.fatalities.min ?? e.fatalities.max ?? 0) > 0) set.addCount(id, trigger, e.fatalities.min ?? e.fatalities.max ?? 0);
  }
  return set.list();
}
