import { readFileSync } from "node:fs";
import { SitrepError } from "../../core/errors.js";
import { buildGazetteerEntries } from "./build-gazetteer.js";
import { parseConll, type ConllDocument } from "./conll-reader.js";
import {
  buildDocumentContext,
  extractDynamicFeatures,
  extractSentenceFeatures,
  MAX_DYNAMIC_FEATURES,
  recordPrediction,
  type PredictionHistory,
  type SentenceFeatures,
} from "./features.js";
import { Gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { bilouFromSpans, LABEL_COUNT, LABELS, spansFromBilou, spansFromIob } from "./labels.js";
import { AveragedPerceptron, DenseWeights } from "./perceptron.js";
import { createSeededRandom, shuffleInPlace } from "./seeded-random.js";
import { countSpanMatches, emptySpanCounts, microF1 } from "./span-match.js";
import { foldDigits, predictToken, tagDocument, type WeightTable } from "./tagger.js";

export interface TrainOptions {
  readonly trainPath: string;
  readonly devPath?: string;
  readonly seed: number;
  readonly epochs: number;
  readonly bucketBits: number;
  /** Restrict training predictions to well-formed BILOU transitions, as tagging does. */
  readonly constrained?: boolean;
  readonly log?: (line: string) => void;
}

export interface TrainResult {
  readonly averagedWeights: Float32Array;
  readonly bucketBits: number;
  readonly gazetteerEntries: GazetteerEntry[];
  /** Frequent lower-case words and punctuation never inside a name in the training data. */
  readonly outsideWords: string[];
  readonly epochs: number;
  readonly devF1: number | undefined;
  readonly trainTokens: number;
  readonly seconds: number;
}

/** A word must be seen this often, always outside names, before tagging skips it: rarer words keep their chance. */
export const MIN_OUTSIDE_WORD_COUNT = 20;

/** Training defaults, measured on conll2003/dev.txt (see docs/models/ner.md). */
export const DEFAULT_EPOCHS = 12;
export const DEFAULT_SEED = 1;
/** 2^21 hash buckets: few collisions for the ~1.5M distinct features of CoNLL-2003 train. */
export const DEFAULT_BUCKET_BITS = 21;

interface PreparedDocument {
  readonly sentences: SentenceFeatures[];
  readonly gold: Int32Array[];
}

export function readConllFile(path: string): ConllDocument[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new SitrepError("INPUT_NOT_FOUND", path);
  }
  return parseConll(text).documents;
}

function prepare(docs: readonly ConllDocument[], gazetteer: Gazetteer): PreparedDocument[] {
  return docs.map((d) => {
    const words = d.sentences.map((s) => s.tokens);
    const ctx = buildDocumentContext(words);
    return {
      sentences: words.map((w) => extractSentenceFeatures(w, gazetteer, ctx)),
      gold: d.sentences.map((s) => bilouFromSpans(spansFromIob(s.tags), s.tokens.length)),
    };
  });
}

/**
 * Trains the averaged perceptron greedily, left to right, on predicted (not gold) previous
 * labels and history, so training sees the same inputs as tagging. Document order is shuffled
 * each epoch from the seed.
 */
export function trainNer(opts: TrainOptions): TrainResult {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const gazetteerEntries = buildGazetteerEntries();
  const gazetteer = new Gazetteer(gazetteerEntries);
  const trainDocs = readConllFile(opts.trainPath);
  const devDocs = opts.devPath ? readConllFile(opts.devPath) : undefined;
  const prepared = prepare(trainDocs, gazetteer);
  const trainTokens = prepared.reduce((n, d) => n + d.gold.reduce((m, g) => m + g.length, 0), 0);
  log(`train: ${trainDocs.length} documents, ${trainTokens} tokens; gazetteer ${gazetteer.size} names; ${LABELS.length} labels`);
  const model = new AveragedPerceptron(opts.bucketBits);
  const random = createSeededRandom(opts.seed);
  const scores = new Float64Array(LABEL_COUNT);
  const dynamic = new Uint32Array(MAX_DYNAMIC_FEATURES);
  const order = prepared.map((_, i) => i);
  let devF1: number | undefined;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    for (const di of order) {
      const doc = prepared[di]!;
      const history: PredictionHistory = new Map();
      doc.sentences.forEach((sf, si) => {
        const gold = doc.gold[si]!;
        const labels = new Int32Array(gold.length);
        for (let i = 0; i < gold.length; i++) {
          const pred = predictToken(sf, i, labels, history, model, scores, dynamic, opts.constrained ?? false);
          const truth = gold[i]!;
          if (pred !== truth) {
            errors++;
            const nd = extractDynamicFeatures(sf, i, labels, history, dynamic);
            const from = sf.offsets[i]!;
            const to = sf.offsets[i + 1]!;
            model.update(sf.values, from, to, truth, 1);
            model.update(sf.values, from, to, pred, -1);
            model.update(dynamic, 0, nd, truth, 1);
            model.update(dynamic, 0, nd, pred, -1);
          }
          labels[i] = pred;
          recordPrediction(history, sf.views[i]!, pred);
          model.tick();
        }
      });
    }
    let line = `epoch ${epoch}: token errors ${errors} (${((100 * errors) / trainTokens).toFixed(2)}%)`;
    if (devDocs && (epoch === opts.epochs || epoch % 3 === 0)) {
      devF1 = scoreDocuments(devDocs, new DenseWeights(opts.bucketBits, model.averaged()), gazetteer).f1;
      line += `; dev F1 ${(100 * devF1).toFixed(2)}`;
    }
    log(`${line}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return {
    averagedWeights: model.averaged(),
    bucketBits: opts.bucketBits,
    gazetteerEntries,
    outsideWords: findOutsideWords(trainDocs),
    epochs: opts.epochs,
    devF1,
    trainTokens,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Words without capitals (digits folded to 0: "1996-08-22" is "0000-00-00") seen at least MIN_OUTSIDE_WORD_COUNT times and never inside a name. */
export function findOutsideWords(docs: readonly ConllDocument[]): string[] {
  const seen = new Map<string, number>();
  const inside = new Set<string>();
  for (const d of docs) {
    for (const s of d.sentences) {
      s.tokens.forEach((token, i) => {
        if (token !== token.toLowerCase()) return;
        const w = foldDigits(token);
        if (s.tags[i] !== "O") inside.add(w);
        seen.set(w, (seen.get(w) ?? 0) + 1);
      });
    }
  }
  return [...seen].filter(([w, n]) => n >= MIN_OUTSIDE_WORD_COUNT && !inside.has(w)).map(([w]) => w).sort();
}

/** Entity-level micro P/R/F1 of a weight table over CoNLL documents. */
export function scoreDocuments(docs: readonly ConllDocument[], weights: WeightTable, gazetteer: Gazetteer): { precision: number; recall: number; f1: number } {
  const counts = emptySpanCounts();
  for (const d of docs) {
    const labels = tagDocument(
      d.sentences.map((s) => s.tokens),
      weights,
      gazetteer,
    );
    d.sentences.forEach((s, i) => countSpanMatches(spansFromIob(s.tags), spansFromBilou(labels[i]!), counts));
  }
  return microF1(counts);
}
