import { annotationById, layer, type Document, type LayerAnnotation, type Span, spansOverlap } from "../core/index.js";
import type { ArticleGold, GoldCount, GoldEvent } from "./article-gold.js";
import { haversineKm } from "./metrics.js";
import { compilePattern } from "../lexicons/compile-pattern.js";
import { sentenceAround, show, type ScoredError } from "./sampled-errors.js";

/**
 * Scores one analysed article against its hand-made gold (the seed gold.json format), field by
 * field, the way an analyst would check it: was the boilerplate removed, is each quote tied to the
 * right speaker, is each place where it should be, is each date right, and is each gold event found
 * with an accepted type and every field right.
 */

/** A city resolved within this distance of the gold point counts as right (the pipeline issue's rule). */
export const PLACE_TOLERANCE_KM = 50;
/** A country's point is a matter of convention (centroid, capital): the ISO code decides. */
const COUNTRY_FEATURES = /^(country|PCL)/i;
/** Share of the gold quote's words the predicted content must cover. */
export const QUOTE_MIN_OVERLAP = 0.5;

export interface FieldCheck {
  readonly field: string;
  readonly ok: boolean;
  readonly expected: unknown;
  readonly got: unknown;
}

export interface EventCheck {
  readonly id: string;
  readonly found: boolean;
  readonly typeOk: boolean;
  readonly allFieldsOk: boolean;
  readonly predicted: string | null;
  readonly fields: readonly FieldCheck[];
}

export interface ArticleScore {
  readonly boilerplate: { readonly removed: number; readonly total: number; readonly missed: readonly string[] };
  readonly quotes: { readonly found: number; readonly speakerOk: number; readonly cueOk: number; readonly total: number; readonly predicted: number; readonly misses: readonly string[] };
  readonly places: { readonly resolved: number; readonly total: number; readonly misses: readonly string[] };
  readonly dates: { readonly ok: number; readonly total: number; readonly misses: readonly string[] };
  readonly entities: { readonly mentionsFound: number; readonly mentionsTyped: number; readonly mentions: number };
  readonly events: {
    readonly total: number;
    readonly found: number;
    readonly allFieldsOk: number;
    readonly spurious: number;
    readonly spuriousEvidence: readonly string[];
    readonly predicted: number;
    readonly checks: readonly EventCheck[];
  };
  readonly notEvents: { readonly violations: readonly string[]; readonly total: number };
  /** Every error above in the shared shape, for `--errors` samples (document id: the document's). */
  readonly errors: readonly ScoredError[];
}

export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(the|a|an)\s+/, "")
    .replace(/'s$/, "")
    .replace(/(?<!\s)\s+(province|governorate|region|district|city|state|county|prefecture)$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every span where `needle` occurs in the text, whitespace-insensitively. */
export function findAll(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (!needle) return out;
  let at = text.indexOf(needle);
  while (at >= 0) {
    out.push({ start: at, end: at + needle.length });
    at = text.indexOf(needle, at + 1);
  }
  if (out.length > 0) return out;
  const pattern = compilePattern(needle.trim().split(/\s+/).map(escapeRegExp).join("\\s+"), "g", "eval: gold words");
  for (const m of text.matchAll(pattern)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function actorNames(doc: Document, actorId: string | null): string[] {
  const actor = annotationById(doc, "actor", actorId);
  if (!actor) return [];
  const names = [actor.data.name, ...actor.data.aliases, ...actor.data.mentions.map((m) => doc.text.slice(m.start, m.end))];
  return [...new Set(names.map(normaliseName))];
}

/** True when the actor id names the gold actor (or both are null). */
export function actorMatches(doc: Document, actorId: string | null, accepted: readonly (string | null)[]): boolean {
  if (actorId === null) return accepted.includes(null);
  const names = actorNames(doc, actorId);
  return accepted.some((a) => a !== null && names.includes(normaliseName(a)));
}

function placeMatches(doc: Document, placeId: string | null, accepted: readonly (string | null)[]): boolean {
  const place = annotationById(doc, "place", placeId);
  if (!place) return accepted.includes(null);
  const names = new Set([normaliseName(place.data.name), normaliseName(place.data.text)]);
  return accepted.some((a) => a !== null && names.has(normaliseName(a)));
}

function dateMatches(doc: Document, dateId: string | null, accepted: readonly (string | null)[], inferred: string | null = null): boolean {
  const date = annotationById(doc, "date", dateId);
  // With no date in the text, the one a news convention infers (event.inferredDate) is the event's date.
  const value = date?.data.value ?? inferred;
  if (value === null) return accepted.includes(null);
  // A month given as a qualified day ("mid August" -> 2021-08-15, qualifier mid) is the same month.
  return accepted.some((a) => a !== null && (a === value || (Boolean(date?.data.qualifier) && value.startsWith(`${a}-`))));
}

function countMatches(pred: { min: number | null; max: number | null } | null, gold: GoldCount | undefined): boolean {
  if (!gold) return pred === null || (pred.min === 0 && (pred.max === 0 || pred.max === null));
  if (gold.unknown) return pred === null;
  if (pred === null) return Boolean(gold.accept_missing) || gold.exact === 0;
  if (gold.exact !== undefined) return pred.min === gold.exact && pred.max === gold.exact;
  return (gold.min === undefined ? pred.min === null : pred.min === gold.min) && (gold.max === undefined ? pred.max === null : pred.max === gold.max);
}

function accepted(name: string | null | undefined, list: readonly (string | null)[] | undefined): (string | null)[] {
  return [...(name === undefined ? [] : [name]), ...(list ?? [])];
}

function checkEventFields(doc: Document, ev: LayerAnnotation<"event">, gold: GoldEvent): FieldCheck[] {
  const d = ev.data;
  const checks: FieldCheck[] = [];
  const types = gold.accept ?? [gold.type];
  checks.push({ field: "type", ok: types.includes(d.type), expected: types, got: d.type });
  const actorAccepted = accepted(gold.actor, gold.accept_actor);
  const targetAccepted = accepted(gold.target, gold.accept_target);
  if (gold.actor !== undefined || gold.target !== undefined) {
    let actorOk = gold.actor === undefined || actorMatches(doc, d.actor, actorAccepted);
    let targetOk = gold.target === undefined || actorMatches(doc, d.target, targetAccepted);
    if (gold.symmetric && !(actorOk && targetOk)) {
      const swapped = actorMatches(doc, d.target, actorAccepted) && actorMatches(doc, d.actor, targetAccepted);
      if (swapped) actorOk = targetOk = true;
    }
    if (gold.actor !== undefined) checks.push({ field: "actor", ok: actorOk, expected: actorAccepted, got: actorNames(doc, d.actor)[0] ?? null });
    if (gold.target !== undefined) checks.push({ field: "target", ok: targetOk, expected: targetAccepted, got: actorNames(doc, d.target)[0] ?? null });
  }
  if (gold.where) {
    const acc = accepted(gold.where.name, gold.where.accept);
    const place = annotationById(doc, "place", d.place);
    checks.push({ field: "place", ok: placeMatches(doc, d.place, acc), expected: acc, got: place?.data.name ?? null });
  }
  if (gold.when) {
    const acc = accepted(gold.when.value, gold.when.accept);
    checks.push({ field: "date", ok: dateMatches(doc, d.date, acc, d.inferredDate?.value ?? null), expected: acc, got: annotationById(doc, "date", d.date)?.data.value ?? d.inferredDate?.value ?? null });
  }
  checks.push({ field: "fatalities", ok: countMatches(d.fatalities, gold.fatalities), expected: gold.fatalities ?? null, got: d.fatalities });
  checks.push({ field: "injuries", ok: countMatches(d.injuries, gold.injuries), expected: gold.injuries ?? null, got: d.injuries });
  return checks;
}

/** An event is told in a span when its trigger or evidence, or one of its mentions', overlaps it: one happening retold in several sentences is one event. */
function toldIn(e: LayerAnnotation<"event">, s: Span): boolean {
  if (spansOverlap(s, e.data.trigger) || spansOverlap(s, e.data.evidence)) return true;
  return (e.data.mentions ?? []).some((m) => spansOverlap(s, m.trigger) || spansOverlap(s, m.evidence));
}

function wordsIn(text: string, span: Span): Set<number> {
  const out = new Set<number>();
  for (const m of text.slice(span.start, span.end).matchAll(/\S+/g)) out.add(span.start + m.index!);
  return out;
}

export function scoreArticle(doc: Document, gold: ArticleGold): ArticleScore {
  const text = doc.text;
  const errors: ScoredError[] = [];
  const around = (needle: string) => {
    const at = findAll(text, needle)[0];
    return at ? sentenceAround(text, at) : show(needle);
  };
  const err = (field: string, goldValue: unknown, predicted: unknown, evidence: string) => errors.push({ doc: doc.id, field, gold: show(goldValue), predicted: show(predicted), evidence });

  const removedText = doc.removed.map((r) => r.text).join("\n");
  const missedBoilerplate = gold.boilerplate.filter((b) => text.includes(b) || !removedText.includes(b));
  for (const b of missedBoilerplate) err("boilerplate kept", "removed", "kept", show(b));

  // Quotes: content overlap, then speaker and cue.
  const quotes = layer(doc, "quote");
  let qFound = 0, qSpeaker = 0, qCue = 0;
  const qMisses: string[] = [];
  for (const gq of gold.quotes) {
    const spans = findAll(text, gq.text);
    const goldWords = spans.length ? wordsIn(text, spans[0]!) : new Set<number>();
    const best = quotes
      .map((q) => {
        const predWords = wordsIn(text, q);
        let shared = 0;
        for (const w of goldWords) if (predWords.has(w)) shared++;
        return { q, cover: goldWords.size ? shared / goldWords.size : 0 };
      })
      .sort((a, b) => b.cover - a.cover)[0];
    if (!best || best.cover < QUOTE_MIN_OVERLAP) {
      qMisses.push(`not found: ${gq.text.slice(0, 60)}`);
      err("quote missed", gq.text, best ? text.slice(best.q.start, best.q.end) : null, around(gq.text));
      continue;
    }
    qFound++;
    const speakers = [gq.speaker, ...(gq.accept_speaker ?? [])];
    const speakerText = normaliseName(best.q.data.speakerText ?? "");
    const speakerOk = actorMatches(doc, best.q.data.speaker, speakers) || speakers.some((sp) => speakerText !== "" && speakerText.includes(normaliseName(sp)));
    if (speakerOk) qSpeaker++;
    else {
      qMisses.push(`speaker ${best.q.data.speakerText ?? "none"} != ${gq.speaker}`);
      err("quote speaker", speakers.join(" | "), best.q.data.speakerText ?? null, around(gq.text));
    }
    if (!gq.cue || (best.q.data.cue ?? "").toLowerCase() === gq.cue.toLowerCase()) qCue++;
  }

  // Places: the predicted place over the gold text, near the gold point (countries by code).
  const places = layer(doc, "place");
  let pOk = 0;
  const pMisses: string[] = [];
  const scoredPlaces = gold.places.filter((gp) => !gp.optional);
  for (const gp of gold.places) {
    const spans = findAll(text, gp.text);
    const candidates = places.filter((p) => spans.some((s) => spansOverlap(s, p)));
    const ok = candidates.some((p) => {
      if (gp.country && p.data.country !== gp.country) return false;
      if (COUNTRY_FEATURES.test(gp.feature ?? "")) return /^PCL/.test(p.data.feature) || p.data.kind === "country";
      if (/province|first-order|ADM1/i.test(gp.feature ?? "")) return p.data.feature.startsWith("ADM1") || p.data.kind === "admin1";
      const near = [{ lat: gp.lat, lon: gp.lon, km: PLACE_TOLERANCE_KM }, ...(gp.accept_near ?? [])];
      return near.some((n) => haversineKm(p.data.lat, p.data.lon, n.lat, n.lon) <= n.km);
    });
    if (gp.optional) continue;
    if (ok) pOk++;
    else {
      const got = candidates.map((c) => `${c.data.name} ${c.data.country} ${c.data.feature} ${c.data.lat},${c.data.lon}`).join("; ");
      pMisses.push(`${gp.text}: ${got || "not found"}`);
      err("place", `${gp.text} (${gp.country ?? "?"} ${gp.feature ?? ""} ${gp.lat},${gp.lon})`, got || null, around(gp.text));
    }
  }

  // Dates: gold values only; a null gold value (not resolvable) is not scored here.
  const dates = layer(doc, "date");
  let dOk = 0;
  const dMisses: string[] = [];
  const scoredDates = gold.dates.filter((g) => g.value !== null);
  for (const gd of scoredDates) {
    const spans = findAll(text, gd.text);
    const hit = dates.filter((d) => spans.some((s) => spansOverlap(s, d)));
    if (hit.some((d) => dateMatches(doc, d.id, [gd.value]))) dOk++;
    else {
      dMisses.push(`${gd.text}: ${hit.map((d) => d.data.value).join(", ") || "not found"} (expected ${gd.value})`);
      err("date", `${gd.text}: ${gd.value}`, hit.map((d) => d.data.value).join(", ") || null, around(gd.text));
    }
  }

  // Entities: mention recall, untyped and typed.
  const entities = layer(doc, "entity");
  let mentions = 0, mFound = 0, mTyped = 0;
  for (const ge of gold.entities) {
    for (const m of ge.mentions) {
      for (const s of findAll(text, m)) {
        if (!isWordBounded(text, s)) continue;
        mentions++;
        const hit = entities.find((e) => e.start === s.start && e.end === s.end);
        if (hit) {
          mFound++;
          if (hit.data.type === ge.type) mTyped++;
        }
      }
    }
  }

  // Events: one-to-one, each gold event to the best predicted event over its evidence.
  const events = layer(doc, "event");
  const used = new Set<string>();
  const checks: EventCheck[] = [];
  // Required events claim their predictions first; optional ones then absorb what they match.
  const ordered = [...gold.events.filter((g) => !g.optional), ...gold.events.filter((g) => g.optional)];
  for (const ge of ordered) {
    const spans = findAll(text, ge.evidence);
    const candidates = events
      .filter((e) => !used.has(e.id) && spans.some((s) => toldIn(e, s)))
      .map((e) => {
        const fields = checkEventFields(doc, e, ge);
        const inside = spans.some((s) => spansOverlap(s, e.data.trigger) || (e.data.mentions ?? []).some((m) => spansOverlap(s, m.trigger)));
        return { e, fields, rank: fields.filter((f) => f.ok).length * 2 + (fields[0]!.ok ? 10 : 0) + (inside ? 1 : 0) };
      })
      .sort((a, b) => b.rank - a.rank);
    const best = candidates[0];
    if (!best || !best.fields[0]!.ok) {
      if (!ge.optional) err(`event ${ge.id} missed`, (ge.accept ?? [ge.type]).join(" | "), best ? `${best.e.data.type} "${best.e.data.trigger.text}"` : null, around(ge.evidence));
      if (!ge.optional) checks.push({ id: ge.id, found: false, typeOk: false, allFieldsOk: false, predicted: best ? best.e.data.type : null, fields: best?.fields ?? [] });
      continue;
    }
    used.add(best.e.id);
    if (!ge.optional) for (const f of best.fields) if (!f.ok) err(`event ${ge.id} ${f.field}`, f.expected, f.got, around(ge.evidence));
    if (!ge.optional) checks.push({ id: ge.id, found: true, typeOk: true, allFieldsOk: best.fields.every((f) => f.ok), predicted: best.e.id, fields: best.fields });
  }
  const spuriousEvents = events.filter((e) => !used.has(e.id) && !e.data.background && e.data.modality !== "negated");
  for (const e of spuriousEvents) err("spurious event", null, `${e.data.type} "${e.data.trigger.text}"`, sentenceAround(text, e.data.evidence));

  const violations = gold.not_events
    .filter((ne) => {
      const spans = findAll(text, ne.evidence);
      // An asserted, non-background event triggered inside the span (of a forbidden type, where listed).
      return events.some(
        (e) =>
          e.data.modality !== "negated" &&
          !e.data.background &&
          (!ne.forbidden_types || ne.forbidden_types.includes(e.data.type)) &&
          spans.some((s) => spansOverlap(s, e.data.trigger)),
      );
    })
    .map((ne) => ne.evidence);
  for (const v of violations) err("not-event violated", "no event", "an asserted event", around(v));

  return {
    boilerplate: { removed: gold.boilerplate.length - missedBoilerplate.length, total: gold.boilerplate.length, missed: missedBoilerplate },
    quotes: { found: qFound, speakerOk: qSpeaker, cueOk: qCue, total: gold.quotes.length, predicted: quotes.length, misses: qMisses },
    places: { resolved: pOk, total: scoredPlaces.length, misses: pMisses },
    dates: { ok: dOk, total: scoredDates.length, misses: dMisses },
    entities: { mentionsFound: mFound, mentionsTyped: mTyped, mentions },
    events: {
      total: checks.length,
      found: checks.filter((c) => c.found).length,
      allFieldsOk: checks.filter((c) => c.allFieldsOk).length,
      spurious: spuriousEvents.length,
      spuriousEvidence: spuriousEvents.map((e) => `${e.data.type}: ${e.data.trigger.text} | ${e.data.evidence.text.slice(0, 80)}`),
      predicted: events.length,
      checks,
    },
    notEvents: { violations, total: gold.not_events.length },
    errors,
  };
}

function isWordBounded(text: string, s: Span): boolean {
  const before = text[s.start - 1] ?? " ";
  const after = text[s.end] ?? " ";
  // A hyphen joins words here: "IS" inside "IS-K" is not a mention of "IS".
  return !/[\p{L}\p{N}-]/u.test(before) && !/[\p{L}\p{N}-]/u.test(after);
}
