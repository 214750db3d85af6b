import { Gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { spansFromBilou, type TypedSpan } from "./labels.js";
import { mapped } from "../../core/keep.js";
import { WordFeatureCache } from "./features.js";
import { tagDocument, type WeightTable } from "./tagger.js";

/** What a saved model says about itself (written to the model card and the file header). */
export interface NerModelInfo {
  readonly format: "sitrep-ner-perceptron";
  readonly version: number;
  /** FEATURES_VERSION the weights were trained with. */
  readonly featuresVersion: number;
  readonly bucketBits: number;
  readonly labels: readonly string[];
  readonly trainedOn: string;
  readonly seed: number;
  readonly epochs: number;
  readonly devF1?: number;
  readonly quantisation: string;
  readonly keptBuckets: number;
}

/** A trained entity tagger: weights, the gazetteer its features were trained with, and its description. */
export class NerModel {
  readonly gazetteer: Gazetteer;
  private readonly cache = new WordFeatureCache();
  private entries: readonly GazetteerEntry[] | (() => readonly GazetteerEntry[]);

  constructor(
    readonly info: NerModelInfo,
    readonly weights: WeightTable,
    /**
     * Names in their nameKey() form, or a function that makes them: tagging reads the gazetteer built
     * from them, not the list, so the cache (model-cache.ts) makes the 32,000 entries only when asked
     * (saving and comparing models), not at every start (~20 ms).
     */
    gazetteerEntries: readonly GazetteerEntry[] | (() => readonly GazetteerEntry[]),
    /**
     * Frequent words never seen inside a name in training ("the", "said", ","): tagged O without
     * scoring, which skips most tokens of news text.
     */
    readonly outsideWords: ReadonlySet<string> = new Set(),
    /** The gazetteer built from gazetteerEntries, when it is at hand already (model-cache.ts). */
    gazetteer?: Gazetteer,
  ) {
    this.entries = gazetteerEntries;
    this.gazetteer = gazetteer ?? new Gazetteer(this.gazetteerEntries, true);
  }

  get gazetteerEntries(): readonly GazetteerEntry[] {
    if (typeof this.entries === "function") this.entries = this.entries();
    return this.entries;
  }

  /** CoNLL-typed entity spans (token indices) for each sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): TypedSpan[][] {
    return mapped(tagDocument(sentences, this.weights, this.gazetteer, this.cache, this.outsideWords), (labels) => spansFromBilou(labels));
  }

  /** BILOU label indices for each sentence of one document. */
  labelDocument(sentences: readonly (readonly string[])[]): Int32Array[] {
    return tagDocument(sentences, this.weights, this.gazetteer, this.cache, this.outsideWords);
  }
}
