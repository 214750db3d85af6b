import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createDocument, SitrepError, type Document } from "../core/index.js";
import { newsPipeline } from "../pipelines/news-pipeline.js";
import { loadCaseDictionary, loadKnownWords } from "../stages/truecase/resources.js";
import { truecaseText } from "../stages/truecase/truecase-text.js";
import { collectGoldFillers, type GoldFiller } from "./muc4/collect-gold-fillers.js";
import { collectPredictedFillers, selectIncidentEvents, type PredictedFiller } from "./muc4/collect-predicted-fillers.js";
import { loadIncidentTypeMapping, type IncidentTypeRow } from "./muc4/incident-type-mapping.js";
import { readMucKey, type KeyTemplate } from "./muc4/read-muc-key.js";
import { readMucTexts, type MucText } from "./muc4/read-muc-texts.js";
import { countOutcomes, scoreDocumentSlots, type SlotOutcome } from "./muc4/score-document-slots.js";
import { INCIDENT_SLOTS, type IncidentSlot } from "./muc4/slot-names.js";
import { loadCountryNames } from "./muc4/load-country-names.js";
import { tallyAnalystFields, type AnalystTallies } from "./muc4/analyst-fields.js";
import { prf, type Prf } from "./metrics.js";
import { incidentErrors } from "./muc4/incident-errors.js";
import { errorCollector, withSampledErrors } from "./sampled-errors.js";
import { formatTable, pct, PRF_HEADER, prfRow, type EvalOptions, type EvalResult } from "./report.js";
import { evalDataRoot } from "./tasks.js";

/**
 * MUC-4 incidents, scored per document and slot (docs/eval/muc4.md lists every simplification of
 * the MUC scoring): the gold fillers of a document's templates against the fillers of sitrep's
 * incident events, one to one, per slot; micro P/R/F1 over all slots.
 */

export interface MucPair {
  readonly texts: string;
  readonly key: string;
}

/** Text files ("tst3-muc4") and their keys ("key-tst3.v2") in a folder, or one text file with its key beside it or in `gold`. */
export function findMucPairs(path: string, gold?: string): MucPair[] {
  if (!existsSync(path)) throw new SitrepError("EVAL_DATA_MISSING", path);
  const keyFor = (textFile: string) => {
    const set = basename(textFile).split("-muc")[0]!;
    const candidates = [gold && statSync(gold).isFile() ? gold : null, join(gold ?? dirname(textFile), `key-${set}.v2`), join(gold ?? dirname(textFile), `key-${set}`)];
    return candidates.find((c): c is string => c !== null && existsSync(c));
  };
  const textFiles = statSync(path).isDirectory()
    ? readdirSync(path).filter((f) => /^[a-z0-9]+-muc\d$/i.test(f)).sort().map((f) => join(path, f))
    : [path];
  const pairs: MucPair[] = [];
  for (const t of textFiles) {
    const key = keyFor(t);
    if (key) pairs.push({ texts: t, key });
  }
  if (pairs.length === 0) throw new SitrepError("EVAL_DATA_MISSING", `no MUC text file with its key (like tst3-muc4 and key-tst3.v2) in ${path}`);
  return pairs;
}

export interface DocumentScore {
  readonly id: string;
  readonly relevant: boolean;
  readonly gold: readonly GoldFiller[];
  readonly predicted: readonly PredictedFiller[];
  readonly outcomes: readonly SlotOutcome[];
  readonly failed?: string;
}

/** Scores one document's predictions against its key templates (no templates or only "*": irrelevant). */
export function scoreDocument(id: string, doc: Document | null, templates: readonly KeyTemplate[], mapping: readonly IncidentTypeRow[], countries: ReadonlyMap<string, string>): DocumentScore {
  const gold = collectGoldFillers(templates);
  const relevant = templates.some((t) => t.number !== null);
  const predicted = doc ? collectPredictedFillers(doc, selectIncidentEvents(doc, mapping), countries) : [];
  if (relevant) return { id, relevant, gold, predicted, outcomes: scoreDocumentSlots(predicted, gold) };
  // An irrelevant document: every predicted incident type is spurious (the other slots are reported apart).
  const outcomes: SlotOutcome[] = predicted.filter((p) => p.slot === "type").map((p) => ({ slot: "type", kind: "fp", predicted: p }));
  return { id, relevant, gold, predicted, outcomes };
}

export interface IncidentTotals {
  readonly micro: Prf;
  readonly perSlot: Record<IncidentSlot, Prf>;
  /** Predicted fillers of slots other than type in irrelevant documents (not in the figures above). */
  readonly spuriousOtherSlotsInIrrelevant: number;
  /** Micro figures when those fillers count as spurious too (closer to MUC's spurious templates). */
  readonly strictMicro: Prf;
  /** Documents where both the key and sitrep report deaths with a number, and how many agree exactly. */
  readonly deathCounts: { readonly compared: number; readonly equal: number };
  /** Document relevance: a document is predicted relevant when sitrep finds any incident in it. */
  readonly relevance: Prf;
}

export function totalScores(docs: readonly DocumentScore[]): IncidentTotals {
  const counts = countOutcomes(docs.flatMap((d) => d.outcomes));
  const perSlot = Object.fromEntries(INCIDENT_SLOTS.map((s) => { const c = counts.get(s)!; return [s, prf(c.tp, c.fp, c.fn)]; })) as Record<IncidentSlot, Prf>;
  let tp = 0, fp = 0, fn = 0;
  for (const c of counts.values()) { tp += c.tp; fp += c.fp; fn += c.fn; }
  const spurious = docs.filter((d) => !d.relevant).reduce((n, d) => n + d.predicted.filter((p) => p.slot !== "type").length, 0);
  let compared = 0, equal = 0;
  for (const d of docs) {
    const o = d.outcomes.find((x) => x.slot === "deaths" && x.kind === "tp");
    if (o?.gold?.count != null && o.predicted?.count != null) {
      compared++;
      if (o.gold.count === o.predicted.count) equal++;
    }
  }
  const flagged = (d: DocumentScore) => d.predicted.some((p) => p.slot === "type");
  const relevance = prf(docs.filter((d) => d.relevant && flagged(d)).length, docs.filter((d) => !d.relevant && flagged(d)).length, docs.filter((d) => d.relevant && !flagged(d)).length);
  return { micro: prf(tp, fp, fn), perSlot, spuriousOtherSlotsInIrrelevant: spurious, strictMicro: prf(tp, fp + spurious, fn), deathCounts: { compared, equal }, relevance };
}

interface Corpus {
  readonly texts: readonly MucText[];
  readonly keys: ReadonlyMap<string, KeyTemplate[]>;
}

function readCorpus(pairs: readonly MucPair[], limit?: number): Corpus {
  const texts: MucText[] = [];
  const keys = new Map<string, KeyTemplate[]>();
  for (const p of pairs) {
    texts.push(...readMucTexts(readFileSync(p.texts, "utf8")));
    for (const t of readMucKey(readFileSync(p.key, "utf8"))) keys.set(t.messageId, [...(keys.get(t.messageId) ?? []), t]);
  }
  return { texts: limit ? texts.slice(0, limit) : texts, keys };
}

function runPipeline(text: string, published: string | null): { doc: Document | null; failed?: string } {
  try {
    return { doc: newsPipeline().run(createDocument(text, published ? { published } : {})) };
  } catch (e) {
    // One bad document must not stop the evaluation; it is scored as predicting nothing and reported.
    return { doc: null, failed: e instanceof Error ? e.message : String(e) };
  }
}

function slotTable(totals: IncidentTotals): string {
  return formatTable(PRF_HEADER, [
    ...INCIDENT_SLOTS.map((s) => prfRow(s, totals.perSlot[s])),
    prfRow("micro", totals.micro),
    prfRow("strict", totals.strictMicro),
    prfRow("doc relevance", totals.relevance),
  ]);
}

function slotJson(totals: IncidentTotals): Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }> {
  return Object.fromEntries(INCIDENT_SLOTS.map((s) => {
    const p = totals.perSlot[s];
    return [s, { tp: p.tp, fp: p.fp, fn: p.fn, precision: pct(p.precision), recall: pct(p.recall), f1: pct(p.f1) }];
  }));
}

export async function scoreIncidents(opts: EvalOptions): Promise<EvalResult> {
  const pairs = findMucPairs(opts.path, opts.gold);
  const corpus = readCorpus(pairs, opts.limit);
  const mapping = loadIncidentTypeMapping();
  const countries = loadCountryNames();
  const casePath = join(evalDataRoot(), "conll2003/train.txt");
  const { dictionary, phrases, corpus: caseCorpus } = loadCaseDictionary(casePath);
  const isKnownWord = loadKnownWords();

  const runs: Record<"truecased" | "raw", DocumentScore[]> = { truecased: [], raw: [] };
  const failed: string[] = [];
  const errors = errorCollector(opts);
  for (const t of corpus.texts) {
    const templates = corpus.keys.get(t.id) ?? [];
    for (const mode of ["truecased", "raw"] as const) {
      const text = mode === "truecased" ? truecaseText(t.body, dictionary, isKnownWord, phrases) : t.body;
      const { doc, failed: why } = runPipeline(text, t.published);
      if (why) failed.push(`${t.id} (${mode}): ${why}`);
      const scored = scoreDocument(t.id, doc, templates, mapping, countries);
      runs[mode].push({ ...scored, ...(why ? { failed: why } : {}) });
      // The sample comes from the headline run (truecased).
      if (errors && mode === "truecased") errors.push(...incidentErrors(t.id, doc, scored.outcomes));
    }
  }
  const main = totalScores(runs.truecased);
  const raw = totalScores(runs.raw);
  if (opts.predictions) {
    const lines = runs.truecased.map((d) => JSON.stringify({ id: d.id, relevant: d.relevant, failed: d.failed, outcomes: d.outcomes.map((o) => ({ slot: o.slot, kind: o.kind, gold: o.gold?.alternatives, predicted: o.predicted?.values, events: o.predicted?.events, triggers: o.predicted?.triggers })) }));
    writeFileSync(opts.predictions, `${lines.join("\n")}\n`);
  }
  const relevant = runs.truecased.filter((d) => d.relevant).length;
  const analyst = tallyAnalystFields(runs.truecased);
  const table = [
    `MUC-4 ${pairs.map((p) => basename(p.texts)).join(", ")}: ${corpus.texts.length} documents (${relevant} relevant), document-level slot scoring (docs/eval/muc4.md)`,
    `truecased before the pipeline (case dictionary: ${caseCorpus ?? "sitrep names only; CoNLL-2003 train not found"})`,
    slotTable(main),
    "",
    "upper case as given (no truecasing)",
    slotTable(raw),
    "",
    "",
    analystLine(analyst),
    `deaths: ${main.deathCounts.equal} of ${main.deathCounts.compared} documents with both counts agree exactly; strict = also counting ${main.spuriousOtherSlotsInIrrelevant} non-type fillers predicted in irrelevant documents`,
    ...(failed.length ? [`pipeline failures: ${failed.length}: ${failed.slice(0, 3).join("; ")}`] : []),
  ].join("\n");
  return withSampledErrors({
    task: "incidents",
    data: opts.path,
    n: main.micro.tp + main.micro.fn,
    precision: pct(main.micro.precision),
    recall: pct(main.micro.recall),
    f1: pct(main.micro.f1),
    table,
    perSlot: slotJson(main),
    truecased: true,
    documents: corpus.texts.length,
    relevantDocuments: relevant,
    strict: { precision: pct(main.strictMicro.precision), recall: pct(main.strictMicro.recall), f1: pct(main.strictMicro.f1) },
    deathCounts: main.deathCounts,
    relevance: { precision: pct(main.relevance.precision), recall: pct(main.relevance.recall), f1: pct(main.relevance.f1) },
    withoutTruecasing: { truecased: false, n: raw.micro.tp + raw.micro.fn, precision: pct(raw.micro.precision), recall: pct(raw.micro.recall), f1: pct(raw.micro.f1), perSlot: slotJson(raw) },
    pipelineFailures: failed.length,
    analystPerpetrator: share(analyst.fields.perpOrg),
    analystHumanTarget: share(analyst.fields.humTarget),
    analystLocation: share(analyst.fields.location),
    analystDeathsExact: share(analyst.fields.deaths),
    analystDate: share(analyst.fields.date),
    analyst: Object.fromEntries(Object.entries(analyst.fields).map(([k, f]) => [k, { right: f.right, documents: f.documents, percent: f.documents ? pct(f.right / f.documents) : null }])),
  }, errors, opts);
}

function share(t: { right: number; documents: number }): number {
  return t.documents ? pct(t.right / t.documents) : NaN;
}

/** The analyst's view (src/eval/muc4/analyst-fields.ts): first answer right, per relevant document. */
function analystLine(a: AnalystTallies): string {
  const f = (name: string, t: { right: number; documents: number }) => `${name} ${t.documents ? pct(t.right / t.documents) : "–"}% (${t.right}/${t.documents})`;
  const x = a.fields;
  return `as an analyst counts (first answer right, per relevant document whose key has the field): ${[f("perpetrator", x.perpOrg), f("human target", x.humTarget), f("location", x.location), f("deaths exact", x.deaths), f("date", x.date)].join("; ")}`;
}
