import { readFileSync, writeFileSync } from "node:fs";
import type { EntityType } from "../core/index.js";
import { SitrepError } from "../core/errors.js";
import { parseConll, type ConllDocument } from "../models/ner/conll-reader.js";
import { ENTITY_TYPES, iobFromSpans, spansFromIob, type TypedSpan } from "../models/ner/labels.js";
import { countSpanMatches, emptySpanCounts, type SpanCounts } from "../models/ner/span-match.js";
import { recogniseEntities, type WordToken } from "../stages/entities/recognise-entities.js";
import { loadEntitiesResources, type EntitiesResources } from "../stages/entities/resources.js";
import { prf, type Prf } from "./metrics.js";
import { formatTable, pct, PRF_HEADER, prfRow, type EvalOptions, type EvalResult } from "./report.js";
import { clip, errorCollector, withSampledErrors, type ScoredError } from "./sampled-errors.js";

/**
 * Scores the entities stage on CoNLL-2003 (either layout), over the gold tokenisation:
 * entity-level exact match, micro P/R/F1 overall and per type, sitrep's types mapped back to
 * CoNLL's (GPE and LOC are LOC; NORP and MISC are MISC, as nationalities and religions are
 * MISC in CoNLL).
 */
export const SITREP_TO_CONLL: Readonly<Record<EntityType, string>> = {
  PERSON: "PER",
  ORG: "ORG",
  GPE: "LOC",
  LOC: "LOC",
  NORP: "MISC",
  MISC: "MISC",
};

/** Timed passes after the scoring pass; the fastest is reported. */
const SPEED_PASSES = 2;

export async function scoreNer(opts: EvalOptions, resources?: EntitiesResources): Promise<EvalResult> {
  let text: string;
  try {
    text = readFileSync(opts.path, "utf8");
  } catch {
    throw new SitrepError("EVAL_DATA_MISSING", opts.path);
  }
  const { layout, documents: all } = parseConll(text);
  const documents = opts.limit ? all.slice(0, opts.limit) : all;
  const res = resources ?? loadEntitiesResources().entities;
  const counts = emptySpanCounts();
  const predictedTags: string[][][] = [];
  const errors = errorCollector(opts);
  let tokens = 0;
  documents.forEach((doc, di) => {
    const predicted = predictDocument(doc, res);
    const docTags: string[][] = [];
    doc.sentences.forEach((s, i) => {
      tokens += s.tokens.length;
      countSpanMatches(spansFromIob(s.tags), predicted[i]!, counts);
      if (errors) errors.push(...entityErrors(`doc ${di + 1}`, s.tokens, spansFromIob(s.tags), predicted[i]!));
      docTags.push(iobFromSpans(predicted[i]!, s.tokens.length));
    });
    predictedTags.push(docTags);
  });
  // Speed as a long-running pipeline sees it: the faster of two more passes once the JIT has
  // warmed up, in CPU time (not wall time) so a busy machine does not distort one core's figure.
  let taggingMs = Infinity;
  for (let pass = 0; pass < SPEED_PASSES; pass++) {
    const started = process.cpuUsage();
    for (const doc of documents) predictDocument(doc, res);
    const used = process.cpuUsage(started);
    taggingMs = Math.min(taggingMs, (used.user + used.system) / 1000);
  }
  if (opts.predictions) writeFileSync(opts.predictions, formatPredictions(text, layout, documents, predictedTags));
  const overall = sumPrf(counts);
  const perType: Record<string, { n: number; precision: number; recall: number; f1: number }> = {};
  const rows = ENTITY_TYPES.map((t) => {
    const p = prf(counts.tp.get(t) ?? 0, counts.fp.get(t) ?? 0, counts.fn.get(t) ?? 0);
    perType[t] = { n: p.tp + p.fn, precision: pct(p.precision), recall: pct(p.recall), f1: pct(p.f1) };
    return prfRow(t, p);
  });
  const tokensPerSecond = taggingMs > 0 && Number.isFinite(taggingMs) ? Math.round((tokens / taggingMs) * 1000) : undefined;
  const table = [
    `CoNLL-2003 entities, exact match (${documents.length} documents, ${tokens} tokens, gold tokenisation)`,
    formatTable(PRF_HEADER, [...rows, prfRow("overall", overall)]),
    tokensPerSecond ? `tagging speed: ${tokensPerSecond} tokens/s (tagger + rules, CPU time of one core, best of two warm passes)` : "",
  ].join("\n");
  return withSampledErrors({
    task: "ner",
    data: opts.path,
    n: overall.tp + overall.fn,
    precision: pct(overall.precision),
    recall: pct(overall.recall),
    f1: pct(overall.f1),
    perType,
    ...(tokensPerSecond ? { tokensPerSecond } : {}),
    table,
  }, errors, opts);
}

/**
 * One sentence's errors under exact match: a gold entity predicted with the same bounds but another
 * type is one error (wrong type), not a miss and a spurious span; other gold spans are misses and
 * other predicted spans spurious.
 */
export function entityErrors(doc: string, tokens: readonly string[], gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): ScoredError[] {
  const words = (s: TypedSpan) => (s.start >= 0 && s.end > s.start ? tokens.slice(s.start, s.end).join(" ") : "(off the gold tokens)");
  const bounds = (s: TypedSpan) => `${s.start}:${s.end}`;
  const exact = new Set(gold.map((g) => `${bounds(g)}:${g.type}`));
  const evidence = clip(tokens.join(" "));
  const out: ScoredError[] = [];
  const goldLeft = gold.filter((g) => !predicted.some((p) => bounds(p) === bounds(g) && p.type === g.type));
  const predLeft = predicted.filter((p) => !exact.has(`${bounds(p)}:${p.type}`));
  for (const g of goldLeft) {
    const retyped = predLeft.find((p) => bounds(p) === bounds(g));
    if (retyped) out.push({ doc, field: `${g.type} typed ${retyped.type}`, gold: `${words(g)} (${g.type})`, predicted: `${words(retyped)} (${retyped.type})`, evidence });
    else {
      const overlapping = predLeft.find((p) => p.start < g.end && g.start < p.end);
      out.push({ doc, field: `${g.type} ${overlapping ? "wrong bounds" : "missed"}`, gold: `${words(g)} (${g.type})`, predicted: overlapping ? `${words(overlapping)} (${overlapping.type})` : "", evidence });
    }
  }
  for (const p of predLeft) {
    if (goldLeft.some((g) => g.start < p.end && p.start < g.end)) continue;
    out.push({ doc, field: `${p.type} spurious`, gold: "", predicted: `${words(p)} (${p.type})`, evidence });
  }
  return out;
}

/** Runs the stage's recogniser over one CoNLL document, joining tokens with spaces to give them offsets. */
function predictDocument(doc: ConllDocument, res: EntitiesResources): TypedSpan[][] {
  let offset = 0;
  const sentences: WordToken[][] = doc.sentences.map((s) =>
    s.tokens.map((text) => {
      const t = { text, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return t;
    }),
  );
  const tokenAt = new Map<number, { sentence: number; index: number }>();
  const tokenEndingAt = new Map<number, { sentence: number; index: number }>();
  sentences.forEach((s, si) =>
    s.forEach((t, i) => {
      tokenAt.set(t.start, { sentence: si, index: i });
      tokenEndingAt.set(t.end, { sentence: si, index: i });
    }),
  );
  const out: TypedSpan[][] = sentences.map(() => []);
  for (const e of recogniseEntities(sentences, res)) {
    const first = tokenAt.get(e.start);
    let last = tokenEndingAt.get(e.end);
    let type = SITREP_TO_CONLL[e.type];
    if (first && !last) {
      // sitrep marks "US" in "US-led"; CoNLL marks the whole modifier "US-led" as MISC.
      const token = sentences[first.sentence]![first.index]!;
      if (e.end < token.end && token.text[e.end - token.start] === "-") {
        last = first;
        type = "MISC";
      }
    }
    // A span that does not fall on gold token boundaries cannot match any gold entity: keep it as a miss.
    const sentence = first?.sentence ?? last?.sentence ?? 0;
    out[sentence]!.push({ start: first?.index ?? -1, end: last ? last.index + 1 : -1, type });
  }
  return out;
}

function sumPrf(c: SpanCounts): Prf {
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(sum(c.tp), sum(c.fp), sum(c.fn));
}

/**
 * Column files: every input line with the predicted tag as a new last column, blank lines and
 * -DOCSTART- kept. One-sentence-a-line files: conlleval's "token gold predicted" lines.
 */
function formatPredictions(text: string, layout: string, documents: readonly ConllDocument[], tags: readonly string[][][]): string {
  if (layout === "hash") {
    return (
      documents
        .flatMap((d, di) => d.sentences.map((s, si) => s.tokens.map((t, i) => `${t} ${s.tags[i]} ${tags[di]![si]![i]}`).join("\n") + "\n"))
        .join("\n")
    );
  }
  const queue = tags.flat(2);
  let k = 0;
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const out = lines.map((raw) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "" || line.startsWith("-DOCSTART-")) return line.startsWith("-DOCSTART-") ? `${line} O` : line;
    return `${line} ${queue[k++] ?? "O"}`;
  });
  return out.join("\n") + "\n";
}
