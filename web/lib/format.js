/** Small formatters shared by the views. */

/** A reported count: "12", "at least 60", "up to 30", "12–18". */
export function formatCount(count) {
  if (!count) return "—";
  const { min, max } = count;
  if (min !== null && max !== null) return min === max ? String(min) : `${min}–${max}`;
  if (min !== null) return `at least ${min}`;
  if (max !== null) return `up to ${max}`;
  return count.text || "unknown";
}

/** A toll across sources: the figure ACLED codes, and the range when sources disagree. */
export function formatToll(toll) {
  if (!toll || (toll.acled === null && toll.values.length === 0)) return "—";
  const range = toll.min !== null && toll.max !== null && toll.min !== toll.max ? ` (reported ${toll.min}–${toll.max})` : toll.max === null && toll.values.length > 1 ? " (some reports open-ended)" : "";
  return `${toll.acled ?? "?"}${range}`;
}

export function formatActor(actor) {
  if (!actor) return "—";
  return actor.name;
}

export function formatPlace(place) {
  if (!place) return "—";
  const parts = [place.name, place.admin1 && place.admin1 !== place.name ? place.admin1 : null, place.country].filter(Boolean);
  return parts.join(", ");
}

export function formatDate(date) {
  if (!date) return "—";
  return date.value ? `${date.value}${date.text ? ` (“${date.text}”)` : ""}` : `“${date.text}” (unresolved)`;
}

export function plural(n, word, words = `${word}s`) {
  return `${n.toLocaleString("en")} ${n === 1 ? word : words}`;
}

/** Hash routes: "#/event/E1" -> ["event", "E1"], with the query as URLSearchParams. */
export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const path = q === -1 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q === -1 ? "" : raw.slice(q + 1));
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params };
}

export function hashOf(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return `#/${path}${s ? `?${s}` : ""}`;
}

export function eventHref(id) {
  return `#/event/${encodeURIComponent(id)}`;
}

export function articleHref(id, params) {
  return hashOf(`article/${encodeURIComponent(id)}`, params);
}

export function actorHref(name) {
  return `#/actor/${encodeURIComponent(name)}`;
}
