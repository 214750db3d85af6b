import type { Document } from "./document.js";
import { SitrepError } from "./errors.js";
import { mapped } from "./keep.js";
import type { LayerName, Layers } from "./layers.js";
import type { Stage, StageContext } from "./stage.js";
import { restoreWrittenCase } from "./restore-written-case.js";

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Document): Document;
  /** The same run, reporting each stage's wall time in milliseconds (for the benchmark). */
  runTimed(doc: Document, onStage: (stage: string, ms: number) => void): Document;
}

/** Checks that each stage's required layers are provided by an earlier stage. */
export function checkStageOrder(stages: readonly Stage[]): void {
  const provided = new Set<LayerName>();
  let anyLayer = false;
  for (const stage of stages) {
    if (stage.rewritesText && anyLayer) {
      throw new SitrepError("PIPELINE_ORDER", `${stage.name} rewrites the text after layers were added`);
    }
    for (const need of stage.requires) {
      if (!provided.has(need)) throw new SitrepError("PIPELINE_ORDER", `${stage.name} requires "${need}"`);
    }
    for (const p of stage.provides) provided.add(p);
    if (stage.provides.length > 0) anyLayer = true;
  }
}

/** Assembles stages once (checking their order), then runs them on many documents. */
export function assemblePipeline(stages: readonly Stage[], ctx: StageContext): Pipeline {
  checkStageOrder(stages);
  const frozen = Object.freeze([...stages]);
  const runStages = (doc: Document, onStage?: (stage: string, ms: number) => void): Document => {
    let current = doc;
    for (const stage of frozen) {
      if (current.empty) break;
      const t0 = onStage ? performance.now() : 0;
      current = applyStage(current, stage, ctx);
      onStage?.(stage.name, performance.now() - t0);
    }
    return current.writtenText === undefined ? current : restoreWrittenCase(current);
  };
  return {
    stages: frozen,
    run: (doc) => runStages(doc),
    runTimed: (doc, onStage) => runStages(doc, onStage),
  };
}

const same = <T>(x: T): T => x;

function applyStage(doc: Document, stage: Stage, ctx: StageContext): Document {
  const out = stage.run(doc, ctx);
  const layers: Record<string, unknown> = { ...doc.layers };
  for (const name of stage.provides) {
    const added = (out as Record<string, unknown>)[name];
    // Copied into an array of one V8 elements kind (core/keep.ts says why): a stage's list made by an
    // optimised map() is "holey", by the built-in one "packed", and every later stage that reads the
    // layer was deoptimised when the other kind came.
    if (added !== undefined) layers[name] = Object.freeze(Array.isArray(added) ? mapped(added, same) : added);
  }
  return Object.freeze({
    ...doc,
    text: out.text ?? doc.text,
    removed: out.removed ? [...doc.removed, ...out.removed] : doc.removed,
    layers: Object.freeze(layers) as Layers,
    ...(out.empty ? { empty: out.empty } : {}),
    ...(out.writtenText !== undefined ? { writtenText: out.writtenText } : {}),
  });
}
