import { loadCorpusMapping } from "./event-args/event-family-mapping.js";
import { readRams } from "./event-args/read-rams.js";
import { reportEventCorpus, scoreEventCorpus, summariseEventCorpus, type CorpusScoringOptions } from "./event-args/score-event-corpus.js";
import { eventCorpusErrors } from "./event-args/event-corpus-errors.js";
import { withSampledErrors } from "./sampled-errors.js";
import { pct, type EvalOptions, type EvalResult } from "./report.js";

/**
 * RAMS dev (AIDA types): sitrep's whole pipeline on each five-sentence window, end to end. Each
 * window annotates one event only, so sitrep's other events there are not errors: the figures are
 * event recall, splits, and argument P/R/F1 over the matched events (data/mappings/rams-aida.tsv;
 * docs/eval/event-arguments.md).
 */
export async function scoreRams(opts: EvalOptions): Promise<EvalResult> {
  const { docs, typeRoles } = readRams(opts.path, opts.limit);
  const options: CorpusScoringOptions = { corpus: "rams", mapping: loadCorpusMapping("rams-aida.tsv"), typeRoles, exhaustive: false, predictions: opts.predictions };
  const score = scoreEventCorpus(docs, options);
  const r = reportEventCorpus(score, options, `RAMS ${opts.path}: end to end (sitrep finds its own triggers), one annotated event per window, no coreference (argument spans only)`);
  return withSampledErrors({
    task: "rams",
    data: opts.path,
    n: score.goldInScope,
    precision: pct(r.argPrf.precision),
    recall: pct(r.argPrf.recall),
    f1: pct(r.argPrf.f1),
    eventRecall: pct(r.eventPrf.recall),
    ...summariseEventCorpus(score, r),
  }, opts.errors ? eventCorpusErrors(score) : null, opts);
}
