import type { DocumentJson, EventJson, PlaceJson } from "./document-schema.js";

/**
 * Short human descriptions of document items, shared by the table and markdown presenters so both
 * say the same thing the same way.
 */
export interface ItemDescriber {
  actor(id: string | null | undefined): string;
  place(id: string | null | undefined): string;
  date(id: string | null | undefined): string;
  casualties(count: EventJson["fatalities"]): string;
}

export function describeItems(doc: DocumentJson): ItemDescriber {
  const actors = new Map(doc.actors.map((a) => [a.id, a.name]));
  const places = new Map(doc.places.map((p) => [p.id, p.country && p.name !== p.country ? `${p.name}, ${p.country}` : p.name]));
  const dates = new Map(doc.dates.map((d) => [d.id, d.value ? `${d.qualifier ? d.qualifier + " " : ""}${d.value}` : `"${d.text}"`]));
  return {
    actor: (id) => (id ? (actors.get(id) ?? id) : "-"),
    place: (id) => (id ? (places.get(id) ?? id) : "-"),
    date: (id) => (id ? (dates.get(id) ?? id) : "-"),
    casualties: (count) => {
      if (!count) return "-";
      if (count.min !== null && count.max !== null) return count.min === count.max ? String(count.min) : `${count.min}-${count.max}`;
      if (count.min !== null) return `${count.min}+`;
      if (count.max !== null) return `<=${count.max}`;
      return "?";
    },
  };
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + "…";
}

export function eventLabel(e: EventJson): string {
  const flags = [e.modality !== "asserted" ? e.modality : "", e.background ? "background" : ""].filter(Boolean);
  return flags.length ? `${e.type} (${flags.join(", ")})` : e.type;
}

/** Mentions of one resolved place ("Afghanistan" named seven times), for summaries that list each place once. */
export interface PlaceGroup {
  readonly ids: readonly string[];
  readonly texts: readonly string[];
  readonly place: PlaceJson;
}

export function groupPlaces(places: readonly PlaceJson[]): PlaceGroup[] {
  const groups = new Map<string, { ids: string[]; texts: Set<string>; place: PlaceJson }>();
  for (const p of places) {
    const key = p.geonameid !== null ? `g${p.geonameid}` : `${p.name}|${p.country}|${p.feature}|${p.lat}|${p.lon}`;
    const group = groups.get(key) ?? { ids: [], texts: new Set<string>(), place: p };
    group.ids.push(p.id);
    group.texts.add(p.text);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ ids: g.ids, texts: [...g.texts], place: g.place }));
}

/** "p1" or "p1 +6" for a group of mentions. */
export function idsLabel(ids: readonly string[]): string {
  return ids.length === 1 ? ids[0]! : `${ids[0]} +${ids.length - 1}`;
}
