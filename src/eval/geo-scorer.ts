import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DOMParser } from "linkedom";
import { createDocument, SitrepError, type Document, type LayerAnnotation } from "../core/index.js";
import { loadWinkSegmenter, type Segmenter } from "../models/wink.js";
import { segmentText } from "../stages/segment/segment-stage.js";
import { foldName } from "../stages/places/fold-name.js";
import { extractPlaces } from "../stages/places/places-stage.js";
import { createPlacesResources, type PlacesResources } from "../stages/places/resources.js";
import { haversineKm, mean, median, prf } from "./metrics.js";
import { errorCollector, sentenceAround, withSampledErrors, type ScoredError } from "./sampled-errors.js";
import { formatTable, pct, type EvalOptions, type EvalResult } from "./report.js";
import { evalDataRoot } from "./tasks.js";

/**
 * The geoparsing scorer over the XML corpora collected by Gritta et al. (LGL, GeoWebNews,
 * GeoVirus, TR-News): (1) resolution with the gold toponym spans given: accuracy within 161 km
 * (100 miles), median and mean error, exact GeoNames id where the gold has one; (2) end to end:
 * toponym detection P/R/F1 (a predicted span matches a gold one it overlaps, one to one), and
 * acc@161 over the matched pairs.
 */

/** Error given to a toponym the gazetteer has no entry for: half the Earth's circumference. */
const UNRESOLVED_ERROR_KM = 20038;
/** The conventional "correct" radius of geoparsing evaluation: 100 miles. */
const CORRECT_WITHIN_KM = 161;
/** How far a gold offset may be off before we search for the phrase (GeoVirus counts from 1). */
const OFFSET_SLACK = 5;

interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  /** Counts for detection (a named place, not "the city" or a non-toponym). */
  readonly named: boolean;
}

interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

/** GeoWebNews types that are toponyms in the geographic sense (Gritta et al. 2019): the rest are expressions or not places. */
const GWN_TOPONYM_TYPES = new Set(["Literal", "Mixed", "Metonymic", "Coercion", "Literal_Modifier", "Non_Literal_Modifier", "Embedded_Literal", "Embedded_Non_Lit"]);

function childText(el: Element, name: string): string | null {
  for (const c of Array.from(el.children)) if (c.tagName.toLowerCase() === name.toLowerCase()) return c.textContent;
  return null;
}

function child(el: Element, name: string): Element | null {
  for (const c of Array.from(el.children)) if (c.tagName.toLowerCase() === name.toLowerCase()) return c;
  return null;
}

function num(s: string | null | undefined): number | null {
  if (s === null || s === undefined || s.trim() === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Moves a gold span onto its phrase when the offsets are off by a few characters. */
function alignSpan(text: string, start: number, end: number, phrase: string): [number, number] {
  if (text.slice(start, end) === phrase) return [start, end];
  for (let d = 1; d <= OFFSET_SLACK; d++) {
    for (const s of [start - d, start + d]) if (s >= 0 && text.startsWith(phrase, s)) return [s, s + phrase.length];
  }
  return [start, end];
}

/** Reads LGL/TR-News (<toponym><phrase><gaztag>), GeoWebNews (<extractedName>) and GeoVirus (<location>) files. */
export function readGeoCorpus(path: string): GoldDoc[] {
  if (!existsSync(path)) throw new SitrepError("EVAL_DATA_MISSING", path);
  const xml = readFileSync(path, "utf8");
  const dom = new DOMParser().parseFromString(xml, "text/xml");
  const docs: GoldDoc[] = [];
  const articles = Array.from(dom.querySelectorAll("article")) as Element[];
  articles.forEach((a, k) => {
    const text = childText(a, "text") ?? "";
    const id = a.getAttribute("docid") ?? a.getAttribute("file") ?? String(k);
    const toponyms: GoldToponym[] = [];
    const topoParent = child(a, "toponyms");
    const locParent = child(a, "locations");
    if (topoParent) {
      for (const t of Array.from(topoParent.children) as Element[]) {
        const start = num(childText(t, "start"));
        const end = num(childText(t, "end"));
        if (start === null || end === null) continue;
        const gaz = child(t, "gaztag");
        if (gaz || childText(t, "phrase") !== null) {
          const phrase = childText(t, "phrase") ?? "";
          const [s, e] = alignSpan(text, start, end, phrase);
          toponyms.push({
            start: s, end: e, phrase,
            lat: gaz ? num(childText(gaz, "lat")) : null,
            lon: gaz ? num(childText(gaz, "lon")) : null,
            geonameid: gaz ? num(gaz.getAttribute("geonameid")) : null,
            named: true,
          });
        } else {
          const phrase = childText(t, "extractedName") ?? "";
          const type = childText(t, "type") ?? "";
          const [s, e] = alignSpan(text, start, end, phrase);
          toponyms.push({
            start: s, end: e, phrase,
            lat: num(childText(t, "latitude")),
            lon: num(childText(t, "longitude")),
            geonameid: num(childText(t, "geonamesID")),
            named: GWN_TOPONYM_TYPES.has(type),
          });
        }
      }
    } else if (locParent) {
      for (const l of Array.from(locParent.children) as Element[]) {
        const start = num(childText(l, "start"));
        const end = num(childText(l, "end"));
        if (start === null || end === null) continue;
        const phrase = childText(l, "name") ?? "";
        const [s, e] = alignSpan(text, start, end, phrase);
        toponyms.push({ start: s, end: e, phrase, lat: num(childText(l, "lat")), lon: num(childText(l, "lon")), geonameid: null, named: true });
      }
    } else {
      return;
    }
    docs.push({ id, text, toponyms });
  });
  if (docs.length === 0) throw new SitrepError("EVAL_FORMAT", `${path}: no <article> with <toponyms> or <locations>`);
  return docs;
}

interface CorpusScore {
  readonly name: string;
  readonly docs: number;
  /** Gold toponyms with coordinates (resolution mode). */
  readonly n: number;
  readonly errorsKm: number[];
  /** Errors counting an enclosing-place approximation (or no place) as unresolved. */
  readonly strictErrorsKm: number[];
  /** Errors of the toponyms resolved to a gazetteer entry only. */
  readonly gazetteerErrorsKm: number[];
  /** Gold toponyms not resolved to a gazetteer entry (enclosed or left out). */
  readonly unresolved: number;
  /** Of those, the ones the stage placed at an enclosing place. */
  readonly enclosed: number;
  readonly idTotal: number;
  readonly idCorrect: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly e2eErrorsKm: number[];
  /** Gold detection spans that are demonyms ("Sudanese"): sitrep reports those as NORP, not places. */
  readonly demonymGold: number;
}

interface Prediction {
  readonly corpus: string;
  readonly doc: string;
  readonly mode: "gold-span" | "end-to-end";
  readonly phrase: string;
  readonly start: number;
  readonly gold: { lat: number | null; lon: number | null; geonameid: number | null } | null;
  readonly predicted: { name: string; country: string; feature: string; lat: number; lon: number; geonameid: number | null; rule?: string } | null;
  readonly errorKm: number | null;
}

/** Token index range of a character span (the tokens it overlaps). */
function tokenRange(tokens: readonly LayerAnnotation<"token">[], start: number, end: number): [number, number] | null {
  let first = -1, last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

type EntityRunner = ((doc: Document) => readonly LayerAnnotation<"entity">[]) | null;

/** The entity stage if it loads; detection then also uses its GPE/LOC/ORG/PERSON/NORP spans. */
async function loadEntityRunner(): Promise<{ run: EntityRunner; note: string }> {
  // SITREP_GEO_ENTITIES=off measures the places stage standalone, as when the entity layer is empty.
  if (process.env.SITREP_GEO_ENTITIES === "off") return { run: null, note: "without entities (SITREP_GEO_ENTITIES=off)" };
  try {
    const { entitiesStage } = await import("../stages/entities/entities-stage.js");
    const { loadEntitiesResources } = await import("../stages/entities/resources.js");
    const ctx = { resources: loadEntitiesResources() };
    return { run: (doc) => (entitiesStage.run(doc, ctx).entity ?? []) as readonly LayerAnnotation<"entity">[], note: "with the entities stage" };
  } catch (e) {
    return { run: null, note: `without entities (${(e as Error).message.slice(0, 60)})` };
  }
}

function scoreCorpus(name: string, docs: readonly GoldDoc[], segmenter: Segmenter, resources: PlacesResources, entities: EntityRunner, predictions: Prediction[] | null, errors: ScoredError[] | null = null): CorpusScore {
  const errorsKm: number[] = [];
  const strictErrorsKm: number[] = [];
  const gazetteerErrorsKm: number[] = [];
  const e2eErrorsKm: number[] = [];
  let unresolved = 0, enclosed = 0, idTotal = 0, idCorrect = 0, n = 0, tp = 0, fp = 0, fn = 0, demonymGold = 0;
  const { gazetteer, lexicons } = resources;
  for (const gold of docs) {
    const layers = segmentText(gold.text, segmenter);
    let doc: Document = { ...createDocument(gold.text, {}, gold.id), layers: { ...layers } };
    if (entities) doc = { ...doc, layers: { ...doc.layers, entity: entities(doc) } };
    const tokens = layers.token;

    // (1) Gold spans given: the stage's own resolution (the same extractPlaces) on exactly the gold
    // toponyms, with the article as context. A name the gazetteer lacks gets what the stage gives
    // it: its enclosing place (resolution "enclosing"), or nothing when the article names none.
    const goldWithPoint = gold.toponyms.filter((g) => g.lat !== null && g.lon !== null && tokenRange(tokens, g.start, g.end) !== null);
    const given = extractPlaces(doc, resources, goldWithPoint);
    const bySpan = new Map(given.map((p) => [`${p.start}:${p.end}`, p.data]));
    for (const g of goldWithPoint) {
      const p = bySpan.get(`${g.start}:${g.end}`);
      n++;
      const err = p ? haversineKm(g.lat!, g.lon!, p.lat, p.lon) : UNRESOLVED_ERROR_KM;
      const fromGazetteer = p?.resolution === "gazetteer";
      if (!fromGazetteer) unresolved++;
      if (p && !fromGazetteer) enclosed++;
      errorsKm.push(err);
      if (fromGazetteer) gazetteerErrorsKm.push(err);
      strictErrorsKm.push(fromGazetteer ? err : UNRESOLVED_ERROR_KM);
      if (g.geonameid !== null) {
        idTotal++;
        if (p && p.geonameid === g.geonameid) idCorrect++;
      }
      if (errors && err > CORRECT_WITHIN_KM) {
        errors.push({
          doc: `${name} ${gold.id}`,
          field: p ? `resolved ${Math.round(err)} km off (gold span given)` : "not resolved (gold span given)",
          gold: `${g.phrase} (${g.lat}, ${g.lon}${g.geonameid !== null ? `, geonames ${g.geonameid}` : ""})`,
          predicted: p ? `${p.name} ${p.country ?? ""} ${p.feature} (${p.lat}, ${p.lon})${p.resolution === "enclosing" ? ` enclosing, from ${p.enclosedBy?.name}` : ""}` : "",
          evidence: sentenceAround(gold.text, g),
        });
      }
      predictions?.push({
        corpus: name, doc: gold.id, mode: "gold-span", phrase: g.phrase, start: g.start,
        gold: { lat: g.lat, lon: g.lon, geonameid: g.geonameid },
        predicted: p ? { name: p.name, country: p.country ?? "", feature: p.feature, lat: p.lat, lon: p.lon, geonameid: p.geonameid, rule: p.resolution === "enclosing" ? `enclosing:${p.enclosedBy?.name}:${p.enclosedBy?.from}` : "gazetteer" } : null,
        errorKm: p ? Math.round(err) : null,
      });
    }

    // (2) End to end: the places stage's own detection and resolution.
    const places = extractPlaces(doc, resources);
    const goldNamed = gold.toponyms.filter((g) => g.named);
    demonymGold += goldNamed.filter((g) => lexicons.demonyms.has(foldName(g.phrase))).length;
    const used = new Uint8Array(goldNamed.length);
    for (const p of places) {
      let match = -1;
      for (let k = 0; k < goldNamed.length; k++) {
        const g = goldNamed[k]!;
        if (!used[k] && g.start < p.end && p.start < g.end) { match = k; break; }
      }
      if (match < 0) {
        fp++;
        errors?.push({ doc: `${name} ${gold.id}`, field: "spurious toponym (end to end)", gold: "", predicted: `${p.data.text} -> ${p.data.name} ${p.data.country ?? ""} ${p.data.feature}`, evidence: sentenceAround(gold.text, p) });
        predictions?.push({ corpus: name, doc: gold.id, mode: "end-to-end", phrase: p.data.text, start: p.start, gold: null, predicted: { name: p.data.name, country: p.data.country ?? "", feature: p.data.feature, lat: p.data.lat, lon: p.data.lon, geonameid: p.data.geonameid, rule: p.source.rule }, errorKm: null });
        continue;
      }
      used[match] = 1;
      tp++;
      const g = goldNamed[match]!;
      const err = g.lat !== null && g.lon !== null ? haversineKm(g.lat, g.lon, p.data.lat, p.data.lon) : null;
      if (err !== null) e2eErrorsKm.push(err);
      predictions?.push({ corpus: name, doc: gold.id, mode: "end-to-end", phrase: p.data.text, start: p.start, gold: { lat: g.lat, lon: g.lon, geonameid: g.geonameid }, predicted: { name: p.data.name, country: p.data.country ?? "", feature: p.data.feature, lat: p.data.lat, lon: p.data.lon, geonameid: p.data.geonameid, rule: p.source.rule }, errorKm: err === null ? null : Math.round(err) });
    }
    goldNamed.forEach((g, k) => {
      if (used[k]) return;
      fn++;
      errors?.push({ doc: `${name} ${gold.id}`, field: "toponym missed (end to end)", gold: g.phrase, predicted: "", evidence: sentenceAround(gold.text, g) });
      predictions?.push({ corpus: name, doc: gold.id, mode: "end-to-end", phrase: g.phrase, start: g.start, gold: { lat: g.lat, lon: g.lon, geonameid: g.geonameid }, predicted: null, errorKm: null });
    });
  }
  return { name, docs: docs.length, n, errorsKm, strictErrorsKm, gazetteerErrorsKm, unresolved, enclosed, idTotal, idCorrect, tp, fp, fn, e2eErrorsKm, demonymGold };
}

function acc161(errors: readonly number[]): number {
  return errors.length === 0 ? 0 : errors.filter((e) => e <= CORRECT_WITHIN_KM).length / errors.length;
}

/** Figures of one corpus; rates are fractions in [0, 1] (the table shows percentages). */
function summarise(c: CorpusScore) {
  const det = prf(c.tp, c.fp, c.fn);
  const round4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    docs: c.docs,
    n: c.n,
    acc161: round4(acc161(c.errorsKm)),
    acc161GazetteerOnly: round4(acc161(c.gazetteerErrorsKm)),
    nGazetteer: c.gazetteerErrorsKm.length,
    acc161EnclosingAsWrong: round4(acc161(c.strictErrorsKm)),
    medianKm: Math.round(median(c.errorsKm)),
    meanKm: Math.round(mean(c.errorsKm)),
    idAccuracy: c.idTotal ? round4(c.idCorrect / c.idTotal) : null,
    idN: c.idTotal,
    unresolved: c.unresolved,
    enclosed: c.enclosed,
    precision: round4(det.precision),
    recall: round4(det.recall),
    f1: round4(det.f1),
    tp: c.tp, fp: c.fp, fn: c.fn,
    recallWithoutDemonyms: round4(c.tp / Math.max(1, c.tp + c.fn - c.demonymGold)),
    e2eAcc161: round4(acc161(c.e2eErrorsKm)),
  };
}

/** A file is one corpus; a folder means every .xml corpus in it (LGL, GeoWebNews, GeoVirus...). */
function corpusPaths(path: string): string[] {
  if (!existsSync(path)) throw new SitrepError("EVAL_DATA_MISSING", path);
  if (statSync(path).isFile()) return [path];
  const files = readdirSync(path).filter((f) => f.endsWith(".xml")).sort((a, b) => CORPUS_ORDER(a) - CORPUS_ORDER(b) || a.localeCompare(b));
  if (files.length === 0) throw new SitrepError("EVAL_DATA_MISSING", `${path}: no .xml corpus`);
  return files.map((f) => join(path, f));
}

/** Table order: the corpora with published anchors first. */
function CORPUS_ORDER(file: string): number {
  const i = ["lgl", "geowebnews", "geovirus"].findIndex((p) => file.toLowerCase().startsWith(p));
  return i < 0 ? 99 : i;
}

/** `sitrep eval geo [path]`: one XML corpus file, or a folder of them (default: the eval data's geoparsing/). */
export async function scoreGeo(opts: EvalOptions): Promise<EvalResult> {
  const paths = corpusPaths(opts.path || join(evalDataRoot(), "geoparsing"));
  const segmenter = loadWinkSegmenter();
  const resources = createPlacesResources();
  const entities = await loadEntityRunner();
  const predictions: Prediction[] | null = opts.predictions ? [] : null;
  const errors = errorCollector(opts);
  const scores: CorpusScore[] = [];
  for (const p of paths) {
    let docs = readGeoCorpus(p);
    if (opts.limit) docs = docs.slice(0, opts.limit);
    scores.push(scoreCorpus(basename(p).replace(/\.xml$/, ""), docs, segmenter, resources, entities.run, predictions, errors));
  }
  const all: CorpusScore = {
    name: "all",
    docs: scores.reduce((a, s) => a + s.docs, 0),
    n: scores.reduce((a, s) => a + s.n, 0),
    errorsKm: scores.flatMap((s) => s.errorsKm),
    strictErrorsKm: scores.flatMap((s) => s.strictErrorsKm),
    gazetteerErrorsKm: scores.flatMap((s) => s.gazetteerErrorsKm),
    unresolved: scores.reduce((a, s) => a + s.unresolved, 0),
    enclosed: scores.reduce((a, s) => a + s.enclosed, 0),
    idTotal: scores.reduce((a, s) => a + s.idTotal, 0),
    idCorrect: scores.reduce((a, s) => a + s.idCorrect, 0),
    tp: scores.reduce((a, s) => a + s.tp, 0),
    fp: scores.reduce((a, s) => a + s.fp, 0),
    fn: scores.reduce((a, s) => a + s.fn, 0),
    e2eErrorsKm: scores.flatMap((s) => s.e2eErrorsKm),
    demonymGold: scores.reduce((a, s) => a + s.demonymGold, 0),
  };
  const rows = [...scores, ...(scores.length > 1 ? [all] : [])].map((s) => {
    const x = summarise(s);
    return [s.name, x.docs, x.n, pct(x.acc161), pct(x.acc161GazetteerOnly), x.nGazetteer, pct(x.acc161EnclosingAsWrong), x.medianKm, x.meanKm, x.idAccuracy === null ? "-" : pct(x.idAccuracy), x.enclosed, x.unresolved - x.enclosed, pct(x.precision), pct(x.recall), pct(x.f1), pct(x.recallWithoutDemonyms), pct(x.e2eAcc161)];
  });
  const table = [
    "Gold toponym spans given: acc@161 km, median/mean error km, exact GeoNames id; end to end: detection P/R/F1 (span overlap) and acc@161 of matched spans.",
    "Gold spans go through the places stage's own resolution (extractPlaces with the spans given). A name the gazetteer lacks gets what the",
    "stage gives it: the most specific enclosing place the article names (encl; resolution \"enclosing\"), or nothing (none: counted wrong).",
    "acc161: all gold toponyms; acc161-gaz over the n-gaz resolved to a gazetteer entry only; acc161-strict counts enclosing places as wrong.",
    "detR-dem: detection recall without the gold demonyms (\"Sudanese\"), which sitrep reports as NORP entities, not places.",
    `Detection ${entities.note}.`,
    formatTable(["corpus", "docs", "n", "acc161", "acc161-gaz", "n-gaz", "acc161-strict", "medKm", "meanKm", "idAcc", "encl", "none", "detP", "detR", "detF1", "detR-dem", "e2eAcc161"], rows),
  ].join("\n");
  if (opts.predictions && predictions) writeFileSync(opts.predictions, predictions.map((p) => JSON.stringify(p)).join("\n") + "\n");
  const total = summarise(all);
  const perCorpus = Object.fromEntries(scores.map((s) => [s.name, summarise(s)]));
  return withSampledErrors({
    task: "geo",
    data: paths.join(","),
    n: total.n,
    precision: total.precision,
    recall: total.recall,
    f1: total.f1,
    acc161: total.acc161,
    acc161GazetteerOnly: total.acc161GazetteerOnly,
    acc161EnclosingAsWrong: total.acc161EnclosingAsWrong,
    medianKm: total.medianKm,
    meanKm: total.meanKm,
    idAccuracy: total.idAccuracy,
    recallWithoutDemonyms: total.recallWithoutDemonyms,
    perCorpus,
    table,
  }, errors, opts);
}
