import type { DocumentJson, EventJson } from "./document-schema.js";

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
