import type { Scorer } from "./report.js";

/**
 * One scorer per task, loaded on demand so `sitrep eval ner` does not load the gazetteer.
 * `defaultPath` is relative to the evaluation data folder (SITREP_EVAL_DATA, default ../shared/eval).
 */
export interface EvalTask {
  readonly name: string;
  readonly description: string;
  readonly defaultPaths: readonly string[];
  load(): Promise<Scorer>;
}

export const EVAL_TASKS: readonly EvalTask[] = [
  { name: "seed", description: "the founding article, per field", defaultPaths: ["seed"], load: async () => (await import("./seed-scorer.js")).scoreSeed },
  { name: "ner", description: "CoNLL-2003 entities, exact match", defaultPaths: ["conll2003/dev.txt"], load: async () => (await import("./ner-scorer.js")).scoreNer },
  { name: "quotes", description: "PolNeAR attribution", defaultPaths: ["polnear/dev"], load: async () => (await import("./quotes-scorer.js")).scoreQuotes },
  { name: "geo", description: "toponym resolution", defaultPaths: ["geoparsing"], load: async () => (await import("./geo-scorer.js")).scoreGeo },
  { name: "time", description: "TempEval-3 task A", defaultPaths: ["tempeval3"], load: async () => (await import("./time-scorer.js")).scoreTime },
  { name: "events", description: "CASE 2021 event sub-types", defaultPaths: ["case2021/dev.tsv"], load: async () => (await import("./events-scorer.js")).scoreEvents },
  { name: "incidents", description: "MUC-4 incident templates", defaultPaths: ["muc4"], load: async () => (await import("./incidents-scorer.js")).scoreIncidents },
  { name: "wikievents", description: "WikiEvents event mentions and arguments (KAIROS), end to end", defaultPaths: ["wikievents/dev.jsonl"], load: async () => (await import("./wikievents-scorer.js")).scoreWikiEvents },
  { name: "rams", description: "RAMS event arguments (AIDA), end to end", defaultPaths: ["rams/dev.jsonlines"], load: async () => (await import("./rams-scorer.js")).scoreRams },
  { name: "phantom", description: "phantom violence on outbreak news (GeoVirus)", defaultPaths: ["geoparsing/GeoVirus.xml"], load: async () => (await import("./phantom-scorer.js")).scorePhantom },
];

export function evalDataRoot(): string {
  return process.env.SITREP_EVAL_DATA ?? "../shared/eval";
}
