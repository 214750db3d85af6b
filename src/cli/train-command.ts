import type { Command } from "commander";
import { SitrepError } from "../core/errors.js";
import { DEFAULT_NER_MODEL_PATH } from "../models/ner/lexicon-paths.js";
import { LABELS } from "../models/ner/labels.js";
import { saveNerModel } from "../models/ner/model-io.js";
import { DEFAULT_BUCKET_BITS, DEFAULT_EPOCHS, DEFAULT_SEED, trainNer } from "../models/ner/train.js";

/** `sitrep train ner --data <CoNLL train file> [--dev <file>] [--seed N] [--epochs N] [--out <path>]` */
export function registerTrain(program: Command): void {
  program
    .command("train <model>")
    .description("train a statistical model; models: ner (entity tagger, averaged perceptron)")
    .requiredOption("--data <file>", "training file in either CoNLL-2003 layout (token###TAG lines, or token POS chunk TAG columns)")
    .option("--dev <file>", "development file, scored every few epochs")
    .option("--seed <n>", "random seed for the document order", (v) => parseInteger(v, "--seed"), DEFAULT_SEED)
    .option("--epochs <n>", "passes over the training data", (v) => parseInteger(v, "--epochs"), DEFAULT_EPOCHS)
    .option("--bucket-bits <n>", "log2 of the number of feature hash buckets", (v) => parseInteger(v, "--bucket-bits"), DEFAULT_BUCKET_BITS)
    .option("--out <path>", "where to write the model", DEFAULT_NER_MODEL_PATH)
    .action((modelName: string, opts: { data: string; dev?: string; seed: number; epochs: number; bucketBits: number; out: string }) => {
      if (modelName !== "ner") throw new SitrepError("BAD_ARGUMENT", `unknown model "${modelName}"; the only trainable model is "ner"`);
      if (opts.epochs < 1 || opts.bucketBits < 12 || opts.bucketBits > 24) throw new SitrepError("BAD_ARGUMENT", "--epochs must be >= 1 and --bucket-bits in 12..24");
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const result = trainNer({ trainPath: opts.data, devPath: opts.dev, seed: opts.seed, epochs: opts.epochs, bucketBits: opts.bucketBits, log });
      const info = saveNerModel(
        opts.out,
        result.averagedWeights,
        {
          bucketBits: result.bucketBits,
          labels: LABELS,
          trainedOn: `${basename(opts.data)} (${result.trainTokens} tokens)`,
          seed: opts.seed,
          epochs: opts.epochs,
          ...(result.devF1 === undefined ? {} : { devF1: Math.round(result.devF1 * 10000) / 100 }),
        },
        result.gazetteerEntries,
        result.outsideWords,
      );
      log(`wrote ${opts.out}: ${info.keptBuckets} weight buckets, ${result.outsideWords.length} always-outside words; trained in ${result.seconds.toFixed(1)} s`);
    });
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function parseInteger(value: string, name: string): number {
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n) || String(n) !== value.trim()) throw new SitrepError("BAD_ARGUMENT", `${name} takes a whole number, got "${value}"`);
  return n;
}
