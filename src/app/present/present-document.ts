import { compareSpans, layer, spanContains, spansOverlap, type Annotation, type Document, type LayerName, type RolePhraseData, type Span } from "../../core/index.js";
import type { ActorJson, DateJson, DocumentJson, EntityJson, EventJson, PlaceJson, QuoteJson } from "./document-schema.js";
import { DOCUMENT_SCHEMA_ID } from "./document-schema-id.js";
import { acledGeoPrecision } from "../../stages/events/acled-geo-precision.js";

export interface PresentOptions {
  /** Things the user should know about the input (decoding fallbacks...). */
  readonly notes?: readonly string[];
}

/**
 * The public document JSON (schema "sitrep.document/1"). Annotation ids are renumbered per layer in
 * reading order (a1, e1, q1, p1, d1, v1) and every reference between layers is mapped to the new
 * ids; a reference to something not in the document becomes null rather than a dangling id.
 */
export function presentDocument(doc: Document, options: PresentOptions = {}): DocumentJson {
  const actors = sortedLayer(doc, "actor");
  const entities = sortedLayer(doc, "entity");
  const quotes = sortedLayer(doc, "quote");
  const places = sortedLayer(doc, "place");
  const dates = sortedLayer(doc, "date");
  const events = sortedLayer(doc, "event");

  const actorIds = renumber(actors, "a");
  const entityIds = renumber(entities, "e");
  const placeIds = renumber(places, "p");
  const dateIds = renumber(dates, "d");
  const eventIds = renumber(events, "v");
  const actorOf = actorOfEntityIndex(actors);
  const entityActor = new Map(entities.map((e) => [e.id, actorOf(e)]));

  /** An actor reference: an actor id, or an entity id standing for its actor. */
  const actorRef = (id: string | null | undefined): string | null => {
    if (!id) return null;
    if (actorIds.has(id)) return actorIds.get(id)!;
    const viaEntity = entityActor.get(id);
    return viaEntity ? actorIds.get(viaEntity)! : null;
  };
  const slice = (s: Span) => doc.text.slice(s.start, s.end);

  const json: DocumentJson = {
    schema: DOCUMENT_SCHEMA_ID,
    meta: {
      title: doc.meta.title ?? null,
      url: doc.meta.url ?? null,
      published: doc.meta.published ?? null,
      language: doc.meta.language ?? null,
      source: doc.meta.source ?? null,
      id: doc.meta.id ?? null,
      fetchedUrl: doc.meta.fetchedUrl ?? null,
      finalUrl: doc.meta.finalUrl ?? null,
      canonicalUrl: doc.meta.canonicalUrl ?? null,
      siteName: doc.meta.siteName ?? null,
    },
    text: doc.text,
    removed: doc.removed.map((r) => {
      const source = (r as { source?: { stage: string; rule: string } }).source;
      return { text: r.text, reason: r.reason, ...(source ? { source: { stage: source.stage, rule: source.rule } } : {}) };
    }),
    actors: actors.map(
      (a): ActorJson => ({
        id: actorIds.get(a.id)!,
        name: a.data.name,
        kind: a.data.kind,
        country: a.data.country ?? null,
        title: a.data.title ?? null,
        affiliation: actorRef(a.data.affiliation),
        aliases: [...(a.data.aliases ?? [])],
        partyType: a.data.partyType ?? null,
        acledName: a.data.acledName ?? null,
        source: provenance(a),
      }),
    ),
    entities: entities.map(
      (e): EntityJson => ({
        id: entityIds.get(e.id)!,
        text: slice(e),
        start: e.start,
        end: e.end,
        type: e.data.type,
        actor: actorRef(entityActor.get(e.id)),
        source: provenance(e),
      }),
    ),
    quotes: quotes.map((q, i): QuoteJson => {
      const d = q.data;
      return {
        id: `q${i + 1}`,
        kind: d.kind,
        text: d.text,
        start: q.start,
        end: q.end,
        speaker: actorRef(d.speaker),
        speakerText: d.speakerText ?? null,
        cue: d.cue ?? null,
        ...(d.addressee !== undefined ? { addressee: actorRef(d.addressee) } : {}),
        ...(d.addresseeText !== undefined ? { addresseeText: d.addresseeText ?? null } : {}),
        ...(d.via !== undefined ? { via: d.via ?? null } : {}),
        ...(d.viaText !== undefined ? { viaText: d.viaText ?? null } : {}),
        source: provenance(q),
      };
    }),
    places: places.map(
      (p): PlaceJson => ({
        id: placeIds.get(p.id)!,
        text: slice(p),
        start: p.start,
        end: p.end,
        name: p.data.name,
        country: p.data.country ?? null,
        admin1: p.data.admin1 ?? null,
        lat: p.data.lat,
        lon: p.data.lon,
        geonameid: p.data.geonameid ?? null,
        feature: p.data.feature,
        source: provenance(p),
      }),
    ),
    dates: dates.map(
      (d): DateJson => ({
        id: dateIds.get(d.id)!,
        text: slice(d),
        start: d.start,
        end: d.end,
        value: d.data.value ?? null,
        precision: d.data.precision,
        ...(d.data.qualifier ? { qualifier: d.data.qualifier } : {}),
        source: provenance(d),
      }),
    ),
    events: events.map((v, i): EventJson => {
      const d = v.data;
      return {
        id: `v${i + 1}`,
        type: d.type,
        mode: d.mode ?? null,
        modality: d.modality,
        background: d.background ?? false,
        actor: actorRef(d.actor),
        target: actorRef(d.target),
        place: d.place ? (placeIds.get(d.place) ?? null) : null,
        date: d.date ? (dateIds.get(d.date) ?? null) : null,
        ...(d.inferredDate ? { inferredDate: { value: d.inferredDate.value, precision: d.inferredDate.precision, rule: d.inferredDate.rule } } : {}),
        geoPrecision: d.geoPrecision ?? null,
        acledGeoPrecision: acledGeoPrecision(d.geoPrecision ?? null, places.find((p) => p.id === d.place)?.data),
        fatalities: d.fatalities ? { min: d.fatalities.min, max: d.fatalities.max, text: d.fatalities.text } : null,
        injuries: d.injuries ? { min: d.injuries.min, max: d.injuries.max, text: d.injuries.text } : null,
        evidence: { start: d.evidence.start, end: d.evidence.end, text: slice(d.evidence) },
        ...(d.trigger ? { trigger: { start: d.trigger.start, end: d.trigger.end, text: slice(d.trigger) } } : {}),
        cameo: d.cameo ?? null,
        acled: d.acled
          ? {
              eventType: d.acled.eventType,
              subEventType: d.acled.subEventType,
              actor1: d.acled.actor1 ?? null,
              ...(d.acled.assocActor1 ? { assocActor1: d.acled.assocActor1 } : {}),
              actor2: d.acled.actor2 ?? null,
              ...(d.acled.conventions ? { conventions: [...d.acled.conventions] } : {}),
              ...(d.acled.partOf && eventIds.has(d.acled.partOf) ? { partOf: eventIds.get(d.acled.partOf)! } : {}),
              ...(d.acled.fatalities !== undefined ? { fatalities: d.acled.fatalities } : {}),
            }
          : null,
        ...(d.mentions
          ? {
              mentions: d.mentions.map((m) => ({
                trigger: { start: m.trigger.start, end: m.trigger.end, text: slice(m.trigger) },
                evidence: { start: m.evidence.start, end: m.evidence.end, text: slice(m.evidence) },
                type: m.type,
                mode: m.mode,
                place: m.place ? (placeIds.get(m.place) ?? null) : null,
                date: m.date ? (dateIds.get(m.date) ?? null) : null,
                fatalities: m.fatalities ? { min: m.fatalities.min, max: m.fatalities.max, text: m.fatalities.text } : null,
                injuries: m.injuries ? { min: m.injuries.min, max: m.injuries.max, text: m.injuries.text } : null,
                rule: m.rule,
              })),
            }
          : {}),
        ...(d.actorPhrase ? { actorPhrase: rolePhraseJson(d.actorPhrase) } : {}),
        ...(d.targetPhrase ? { targetPhrase: rolePhraseJson(d.targetPhrase) } : {}),
        ...(d.placePhrase ? { placePhrase: rolePhraseJson(d.placePhrase) } : {}),
        ...(d.victims?.dead || d.victims?.injured
          ? { victims: { ...(d.victims.dead ? { dead: rolePhraseJson(d.victims.dead) } : {}), ...(d.victims.injured ? { injured: rolePhraseJson(d.victims.injured) } : {}) } }
          : {}),
        ...(d.fatalitiesFrom !== undefined ? { fatalitiesFrom: d.fatalitiesFrom } : {}),
        ...(d.injuriesFrom !== undefined ? { injuriesFrom: d.injuriesFrom } : {}),
        source: provenance(v),
      };
    }),
  };
  if (doc.empty) json.empty = { code: doc.empty.code, reason: doc.empty.reason };
  if (options.notes?.length) json.notes = [...options.notes];
  return json;
}

function sortedLayer<L extends LayerName>(doc: Document, name: L) {
  return [...layer(doc, name)].sort(compareSpans);
}

function renumber(items: readonly Annotation[], prefix: string): Map<string, string> {
  return new Map(items.map((item, i) => [item.id, `${prefix}${i + 1}`]));
}

function provenance(a: Annotation): { stage: string; rule: string } {
  return { stage: a.source?.stage ?? "unknown", rule: a.source?.rule ?? "unknown" };
}

type ActorAnnotation = Annotation<"actor", { mentions: readonly Span[] }>;

/**
 * The actor whose mention spans contain an entity, as findActorOf reads it, answered from the actors' mentions
 * sorted by start: findActorOf scanned every mention of every actor up to four times for each entity (an article's
 * entities times its mentions). Every mention findActorOf can pick touches the entity (its start is at most the
 * entity's end and its end at least the entity's start), so only the mentions starting from the entity's start less
 * the longest mention up to its end are read. A span that ends before it starts breaks that bound: then the scan.
 */
export function actorOfEntityIndex(actors: readonly ActorAnnotation[]): (entity: Span) => string | undefined {
  const mentions: { readonly start: number; readonly end: number; readonly actor: number }[] = [];
  let longest = 0;
  for (let a = 0; a < actors.length; a++) {
    for (const m of actors[a]!.data.mentions ?? []) {
      if (m.end < m.start) return (entity) => findActorOf(entity, actors);
      mentions.push({ start: m.start, end: m.end, actor: a });
      longest = Math.max(longest, m.end - m.start);
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  return (entity) => {
    if (entity.end < entity.start) return findActorOf(entity, actors);
    // The first actor (in the actors' order) with a mention of each kind findActorOf tries in turn.
    let exact = Infinity;
    let containing = Infinity;
    let contained = Infinity;
    let overlapping = Infinity;
    for (let i = firstStartingFrom(mentions, entity.start - longest); i < mentions.length && mentions[i]!.start <= entity.end; i++) {
      const m = mentions[i]!;
      if (m.end < entity.start) continue;
      if (m.start === entity.start && m.end === entity.end) exact = Math.min(exact, m.actor);
      if (spanContains(m, entity)) containing = Math.min(containing, m.actor);
      if (spanContains(entity, m)) contained = Math.min(contained, m.actor);
      if (spansOverlap(m, entity)) overlapping = Math.min(overlapping, m.actor);
    }
    const found = [exact, containing, contained, overlapping].find((a) => a !== Infinity);
    return found === undefined ? undefined : actors[found]!.id;
  };
}

/** The index of the first of `sorted` (by start) that starts at `from` or later. */
function firstStartingFrom(sorted: readonly Span[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The actor whose mention spans contain the entity (an exact mention first, then any overlap): the scan actorOfEntityIndex answers for. */
export function findActorOf(entity: Span, actors: readonly ActorAnnotation[]): string | undefined {
  const mentionsOf = (a: (typeof actors)[number]) => a.data.mentions ?? [];
  return (
    actors.find((a) => mentionsOf(a).some((m) => m.start === entity.start && m.end === entity.end))?.id ??
    actors.find((a) => mentionsOf(a).some((m) => spanContains(m, entity)))?.id ??
    actors.find((a) => mentionsOf(a).some((m) => spanContains(entity, m)))?.id ??
    actors.find((a) => mentionsOf(a).some((m) => spansOverlap(m, entity)))?.id
  );
}

/** An event's participant words as the document JSON gives them: offsets, text, head, a list's other items. */
function rolePhraseJson(p: RolePhraseData): NonNullable<EventJson["actorPhrase"]> {
  return {
    start: p.start,
    end: p.end,
    text: p.text,
    head: p.head,
    ...(p.conjuncts?.length ? { conjuncts: p.conjuncts.map((c) => ({ start: c.start, end: c.end, text: c.text, head: c.head })) } : {}),
    ...(p.antecedent ? { antecedent: { start: p.antecedent.start, end: p.antecedent.end, text: p.antecedent.text, head: p.antecedent.head } } : {}),
  };
}
