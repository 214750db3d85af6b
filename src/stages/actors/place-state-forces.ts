import type { Document, LayerAnnotation, Span } from "../../core/index.js";
import type { ActorDictionary } from "./actor-dictionary.js";
import { mentionsToMove, sceneCountry, type SceneCountry } from "./scene-country.js";
import { UNPLACED_FORCES_RULE } from "./find-descriptors.js";

const RULE = "descriptor:forces-country-of-place";
/** Dictionary ids of a state's military and police ("mil:PK", "police:NG"): the bodies an unnamed soldier or policeman belongs to. */
const FORCE_ID = /^(mil|police):([A-Z]{2})$/;

/**
 * The sector of a state's forces: from its dictionary id ("mil:PK"), or, for forces the actors
 * stage found no country for ("soldiers" in a note naming only a town), from its kind.
 */
function forceSector(a: LayerAnnotation<"actor">): "mil" | "police" | null {
  const id = FORCE_ID.exec(a.data.dictionaryId ?? "");
  if (id) return id[1] as "mil" | "police";
  if (a.data.dictionaryId || !a.source.rule.split("+").includes(UNPLACED_FORCES_RULE)) return null;
  return a.data.kind === "military" ? "mil" : a.data.kind === "police" ? "police" : null;
}

/**
 * "Soldiers shot dead three protesters in Peshawar": police, soldiers or security forces the text
 * gives no nationality are the forces of the country where the event happens, as ACLED codes them
 * ("Military Forces of Pakistan"), not of the article's overall focus, which is all the actors stage
 * (run before places) could give them. A mention is moved when nothing in it names a country
 * ("Afghan police", "the army of Iraq" keep theirs), its sentence names no nationality and no
 * country before it or as a place (the actors stage read those), and its sentence or its
 * paragraph's scene places what it tells in one country (scene-country.ts). An actor all of whose mentions move, and that no one names as an affiliation, goes
 * to the other country's forces (or becomes them, keeping its id). Provenance: `descriptor:forces-country-of-place`.
 */
export function placeStateForces(doc: Document, dict: ActorDictionary, actors: readonly LayerAnnotation<"actor">[], whereOf: () => SceneCountry = () => sceneCountry(doc)): LayerAnnotation<"actor">[] | undefined {
  const forces = actors.filter((a) => forceSector(a) !== null);
  if (forces.length === 0) return undefined;
  const where = whereOf();

  const moves = mentionsToMove(forces, where, (a, country) => dict.entries.has(`${forceSector(a)!}:${country}`));
  if (moves.size === 0) return undefined;

  let out = [...actors];
  let nextId = Math.max(0, ...actors.map((a) => Number(/^a(\d+)$/.exec(a.id)?.[1] ?? 0))) + 1;
  const withRule = (a: LayerAnnotation<"actor">, mentions: readonly Span[]): LayerAnnotation<"actor"> => {
    const sorted = [...mentions].sort((x, y) => x.start - y.start);
    return { ...a, start: sorted[0]!.start, end: sorted[0]!.end, data: { ...a.data, mentions: sorted }, source: { ...a.source, rule: a.source.rule.includes(RULE) ? a.source.rule : `${a.source.rule}+${RULE}` } };
  };
  for (const [id, byCountry] of moves) {
    for (const [country, spans] of byCountry) {
      const from = out.find((a) => a.id === id)!;
      const sector = forceSector(from)!;
      const entry = dict.entries.get(`${sector}:${country}`)!;
      const moved = new Set(spans.map((m) => `${m.start}:${m.end}`));
      const remaining = (from.data.mentions ?? []).filter((m) => !moved.has(`${m.start}:${m.end}`));
      const existing = out.find((a) => a !== from && a.data.dictionaryId === entry.id);
      const referenced = out.some((a) => a.data.affiliation === from.id);
      if (existing) {
        out = out.map((a) => (a === existing ? withRule(a, [...(a.data.mentions ?? []), ...spans]) : a));
        out = remaining.length === 0 && !referenced ? out.filter((a) => a.id !== from.id) : out.map((a) => (a.id === from.id && remaining.length > 0 ? { ...a, start: remaining[0]!.start, end: remaining[0]!.end, data: { ...a.data, mentions: remaining } } : a));
        continue;
      }
      const data = {
        ...from.data,
        name: entry.name,
        country,
        aliases: [...new Set(spans.map((m) => doc.text.slice(m.start, m.end).replace(/^(the|a|an)\s+/i, "")))].filter((t) => t !== entry.name),
        dictionaryId: entry.id,
        ...(entry.code ? { code: entry.code } : {}),
        acledName: entry.name,
      };
      if (remaining.length === 0 && !referenced) {
        // Every mention moved: the actor becomes the other country's forces and keeps its id.
        out = out.map((a) => (a.id === from.id ? withRule({ ...a, data }, spans) : a));
        continue;
      }
      if (remaining.length > 0) out = out.map((a) => (a.id === from.id ? { ...a, start: remaining[0]!.start, end: remaining[0]!.end, data: { ...a.data, mentions: remaining } } : a));
      out.push(withRule({ id: `a${nextId++}`, layer: "actor", start: 0, end: 0, data, source: { stage: "actors", rule: from.source.rule } }, spans));
    }
  }
  return out;
}
