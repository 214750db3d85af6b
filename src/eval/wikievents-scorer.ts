import { loadCorpusMapping } from "./event-args/event-family-mapping.js";
import { readWikiEvents } from "./event-args/read-wikievents.js";
import { reportEventCorpus, scoreEventCorpus, summariseEventCorpus, type CorpusScoringOptions } from "./event-args/score-event-corpus.js";
import { eventCorpusErrors } from "./event-args/event-corpus-errors.js";
import { withSampledErrors } from "./sampled-errors.js";
import { pct, type EvalOptions, type EvalResult } from "./report.js";

/**
 * WikiEvents dev (KAIROS types): sitrep's whole pipeline on each rebuilt article, end to end (no
 * gold triggers given), scored on the event families sitrep covers (data/mappings/wikievents-kairos.tsv).
 * Rules in docs/eval/event-arguments.md.
 */
export async function scoreWikiEvents(opts: EvalOptions): Promise<EvalResult> {
  const { docs, typeRoles, coref } = readWikiEvents(opts.path, opts.limit);
  const options: CorpusScoringOptions = { corpus: "wikievents", mapping: loadCorpusMapping("wikievents-kairos.tsv"), typeRoles, exhaustive: true, predictions: opts.predictions };
  const score = scoreEventCorpus(docs, options);
  const r = reportEventCorpus(score, options, `WikiEvents ${opts.path}: end to end (sitrep finds its own triggers), document level; coreference ${coref ? "from coref/" : "not found: argument spans only"}`);
  return withSampledErrors({
    task: "wikievents",
    data: opts.path,
    n: score.goldInScope,
    precision: pct(r.eventPrf.precision),
    recall: pct(r.eventPrf.recall),
    f1: pct(r.eventPrf.f1),
    eventF1: pct(r.eventPrf.f1),
    ...summariseEventCorpus(score, r),
    happeningPrecision: pct(r.happeningPrf.precision),
    happeningF1: pct(r.happeningPrf.f1),
    unmatched: score.unmatched,
  }, opts.errors ? eventCorpusErrors(score) : null, opts);
}
