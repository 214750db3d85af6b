/**
 * Scoring of sitrep's events against the hand-made gold of the wire-style stories (gold.json here; run by
 * scripts/own-wire-stories.ts). Kept apart from the runner so that its matching can be tested on a tiny
 * synthetic document (test/eval/wire-score.test.ts) without running the pipeline.
 *
 * Matching: each gold event may take one predicted event, one-to-one. A pair is a candidate when the types are of
 * one family (violence, protest, coercion, verbal conflict, cooperation, ...) and either a telling of the predicted
 * event (its evidence or a mention's) overlaps the gold evidence, or it is at the gold place (50 km) on the gold
 * date. Pairs are taken best first: more fields right, then evidence overlap. Then the optional tellings absorb
 * the predictions triggered inside them; what is left, unless sitrep marks it as background, negated or hypothetical or
 * folds it into another row for ACLED (acled.partOf), is spurious.
 */

export interface WireGoldEvent {
  id: string;
  types: string[];
  actor: string[];
  target: string[] | null;
  lat: number | null;
  lon: number | null;
  date: string | string[] | null;
  deaths: number | number[];
  evidence: string;
}
export interface WireGoldStory {
  published: string;
  events: WireGoldEvent[];
  optional: { evidence: string; why?: string }[];
  not_events: { evidence: string; why?: string }[];
}

type Span = { start: number; end: number; text?: string };
/** The parts of sitrep's document JSON the scorer reads (document-schema.ts). */
export interface WireDoc {
  text: string;
  actors: { id: string; name: string; acledName?: string | null; aliases?: string[] }[];
  places: { id: string; lat: number; lon: number; name: string }[];
  dates: { id: string; value: string | null }[];
  events: {
    id: string;
    type: string;
    modality: string;
    background: boolean;
    actor: string | null;
    target: string | null;
    place: string | null;
    date: string | null;
    fatalities: { min: number | null; max: number | null } | null;
    evidence: Span;
    trigger?: Span;
    acled?: { actor1?: string | null; actor2?: string | null; partOf?: string; fatalities?: number } | null;
    mentions?: { evidence: Span; trigger: Span }[];
    actorPhrase?: { text: string };
    targetPhrase?: { text: string };
    victims?: { dead?: { text: string }; injured?: { text: string } };
    inferredDate?: { value: string };
  }[];
}

export const FIELDS = ["type", "actor", "target", "place", "date", "deaths"] as const;
export type Field = (typeof FIELDS)[number];

/** Type families: a gold event and a prediction of one family are the same happening told with a near type. */
const FAMILY: Record<string, string> = {
  ASSAULT: "violence", ORG_CRIME: "violence",
  PROTEST: "protest",
  COERCE: "coerce", SANCTION: "coerce",
  ACCUSE: "verbal", REJECT: "verbal", THREATEN: "verbal", REQUEST: "verbal",
  CONSULT: "coop", AGREE: "coop", SUPPORT: "coop", COOPERATE: "coop", AID: "coop",
  RETREAT: "concede", CONCEDE: "concede",
  MOBILIZE: "mobilize",
  NATURAL_DISASTER: "disaster", MAN_MADE_DISASTER: "disaster",
  DISPLACEMENT: "displacement",
};
const family = (t: string) => FAMILY[t] ?? t;

export const PLACE_KM = 50;
export function km(a: number, b: number, c: number, d: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((c - a) * r) / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin(((d - b) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
/** Every occurrence of the gold evidence in the text (its spans). */
export function spansOf(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

type Ev = WireDoc["events"][number];
export interface FieldResult { ok: boolean; got: string }
export interface Pair { gold: WireGoldEvent; pred: Ev; fields: Record<Field, FieldResult>; right: number; told: boolean }

export function predictedDate(doc: WireDoc, e: Ev): string | null {
  const d = e.date ? doc.dates.find((x) => x.id === e.date)?.value ?? null : null;
  return d ?? e.inferredDate?.value ?? null;
}
/** The toll as ACLED codes the row: acled.fatalities when events folded into it add deaths, else the lowest figure; none is 0. */
export function predictedDeaths(e: Ev): number {
  return e.acled?.fatalities ?? e.fatalities?.min ?? 0;
}

function names(doc: WireDoc, id: string | null): string[] {
  const a = id ? doc.actors.find((x) => x.id === id) : undefined;
  return a ? [a.name, a.acledName ?? "", ...(a.aliases ?? [])] : [];
}

export function checkFields(doc: WireDoc, g: WireGoldEvent, e: Ev): Record<Field, FieldResult> {
  const has = (hay: string[], keys: string[]) => { const h = hay.join(" / ").toLowerCase(); return keys.some((k) => h.includes(k.toLowerCase())); };
  const actorHay = [...names(doc, e.actor), e.acled?.actor1 ?? "", e.actorPhrase?.text ?? ""].filter(Boolean);
  const targetHay = [...names(doc, e.target), e.acled?.actor2 ?? "", e.targetPhrase?.text ?? "", e.victims?.dead?.text ?? "", e.victims?.injured?.text ?? ""].filter(Boolean);
  const p = e.place ? doc.places.find((x) => x.id === e.place) : undefined;
  const dist = p && g.lat !== null && g.lon !== null ? km(g.lat, g.lon, p.lat, p.lon) : Infinity;
  const date = predictedDate(doc, e);
  const dates = g.date === null ? null : Array.isArray(g.date) ? g.date : [g.date];
  const deaths = predictedDeaths(e);
  const goldDeaths = Array.isArray(g.deaths) ? g.deaths : [g.deaths];
  return {
    type: { ok: g.types.includes(e.type), got: e.type },
    actor: { ok: has(actorHay, g.actor), got: actorHay.join(" / ") || "-" },
    target: { ok: g.target === null || has(targetHay, g.target), got: targetHay.join(" / ") || "-" },
    place: { ok: g.lat === null || dist <= PLACE_KM, got: p ? `${p.name} ${Number.isFinite(dist) ? Math.round(dist) + "km" : ""}`.trim() : "-" },
    // A gold month is right for any day in it; a gold day needs that day.
    date: { ok: dates === null || (date !== null && dates.some((d) => date.startsWith(d))), got: date ?? "-" },
    deaths: { ok: goldDeaths.includes(deaths), got: String(deaths) },
  };
}

export interface StoryScore {
  pairs: Pair[];
  missed: WireGoldEvent[];
  spurious: Ev[];
  /** Spurious predictions triggered inside a not-event phrase. */
  notEventHits: { evidence: string; pred: Ev }[];
  absorbed: number;
}

const tellings = (e: Ev): Span[] => [e.evidence, ...(e.mentions ?? []).map((m) => m.evidence)];
const triggers = (e: Ev): Span[] => [...(e.trigger ? [e.trigger] : []), ...(e.mentions ?? []).map((m) => m.trigger)];

export function scoreStory(doc: WireDoc, gold: WireGoldStory): StoryScore {
  const cands: Pair[] = [];
  for (const g of gold.events) {
    const spans = spansOf(doc.text, g.evidence);
    const fams = new Set(g.types.map(family));
    for (const e of doc.events) {
      if (!fams.has(family(e.type))) continue;
      const told = spans.some((s) => tellings(e).some((t) => overlaps(s, t)));
      const fields = checkFields(doc, g, e);
      const atPlaceAndDay = g.lat !== null && g.date !== null && fields.place.ok && fields.date.ok;
      if (!told && !atPlaceAndDay) continue;
      cands.push({ gold: g, pred: e, fields, right: FIELDS.filter((f) => fields[f].ok).length, told });
    }
  }
  cands.sort((a, b) => b.right - a.right || +b.told - +a.told);
  const usedGold = new Set<string>(), usedPred = new Set<string>();
  const pairs: Pair[] = [];
  for (const c of cands) {
    if (usedGold.has(c.gold.id) || usedPred.has(c.pred.id)) continue;
    usedGold.add(c.gold.id); usedPred.add(c.pred.id); pairs.push(c);
  }
  pairs.sort((a, b) => gold.events.indexOf(a.gold) - gold.events.indexOf(b.gold));
  const optionalSpans = gold.optional.flatMap((o) => spansOf(doc.text, o.evidence));
  let absorbed = 0;
  const spurious: Ev[] = [];
  const notEventHits: StoryScore["notEventHits"] = [];
  for (const e of doc.events) {
    if (usedPred.has(e.id)) continue;
    // A prediction triggered inside an optional telling (its trigger or a mention's, not merely its sentence) is neither found nor spurious.
    if (optionalSpans.some((s) => triggers(e).some((t) => overlaps(s, t)))) { absorbed++; continue; }
    if (e.background || e.modality === "negated" || e.modality === "hypothetical" || e.acled?.partOf) continue;
    spurious.push(e);
    for (const n of gold.not_events) if (spansOf(doc.text, n.evidence).some((s) => triggers(e).some((t) => overlaps(s, t)))) notEventHits.push({ evidence: n.evidence, pred: e });
  }
  return { pairs, missed: gold.events.filter((g) => !usedGold.has(g.id)), spurious, notEventHits, absorbed };
}
