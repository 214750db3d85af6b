import { assemblePipeline, createDocument, defineStage, layer, type Document, type EntityType, type LayerAnnotation } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { actorsStage } from "../../src/stages/actors/actors-stage.js";
import { loadActorsResources } from "../../src/stages/actors/resources.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";

const resources = { segmenter: loadWinkSegmenter(), ...loadActorsResources() };

/** A hand-made entity, spaCy style: its text, type, which occurrence (0-based), and the long form it abbreviates. */
export type EntitySpec = readonly [text: string, type: EntityType, occurrence?: number, longForm?: string];

/** Segments `text`, adds the given entity annotations, and runs the actors stage. */
export function runActors(text: string, entities: readonly EntitySpec[] = []): Document {
  const annotations = entities.map(([surface, type, occurrence = 0], i) => {
    let at = -1;
    for (let k = 0; k <= occurrence; k++) at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`entity "${surface}" #${occurrence} not in text`);
    return { id: `e${i + 1}`, surface, type, at };
  });
  const entity: LayerAnnotation<"entity">[] = annotations.map((a, i) => {
    const longForm = entities[i]![3];
    const long = longForm ? annotations.find((x) => x.surface === longForm) : undefined;
    return {
      id: a.id,
      layer: "entity",
      start: a.at,
      end: a.at + a.surface.length,
      data: { type: a.type, text: a.surface, ...(long ? { longForm: long.id } : {}) },
      source: { stage: "test", rule: "hand-made" },
    };
  });
  const handMade = defineStage({ name: "entities", requires: ["token"], provides: ["entity"], run: () => ({ entity }) });
  return assemblePipeline([segmentStage, handMade, actorsStage], { resources }).run(createDocument(text));
}

export function actors(doc: Document): LayerAnnotation<"actor">[] {
  return [...layer(doc, "actor")];
}

export function actorNamed(doc: Document, name: string): LayerAnnotation<"actor"> | undefined {
  return layer(doc, "actor").find((a) => a.data.name === name);
}

export function mentionTexts(doc: Document, actor: LayerAnnotation<"actor"> | undefined): string[] {
  return (actor?.data.mentions ?? []).map((m) => doc.text.slice(m.start, m.end));
}

export function byDictionaryId(doc: Document, id: string): LayerAnnotation<"actor"> | undefined {
  return layer(doc, "actor").find((a) => a.data.dictionaryId === id);
}
