/**
 * A document's events and quotes as self-contained corpus records (src/corpus/records.ts): each
 * reference to an actor, place or date is written out, and each record cites its article.
 */
import type { ActorJson, DocumentJson, EventJson, QuoteJson } from "../app/present/document-schema.js";
import type { EventReport, QuoteRecord, ReportActor, ReportDate, ReportPlace, ReportSource } from "./records.js";

/** The outlet an article is cited by: the page's site name, else the host of its URL, else its input name. */
export function outletOf(meta: DocumentJson["meta"]): string | null {
  if (meta.siteName) return meta.siteName;
  const url = meta.url ?? meta.finalUrl ?? meta.fetchedUrl ?? meta.canonicalUrl;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, "");
    } catch {
      // Not a URL: fall through to the input's name.
    }
  }
  return meta.source ?? null;
}

export function sourceOf(doc: DocumentJson, articleId: string): ReportSource {
  return {
    articleId,
    url: doc.meta.url ?? null,
    outlet: outletOf(doc.meta),
    title: doc.meta.title ?? null,
    published: doc.meta.published ?? null,
  };
}

function actorOf(actor: ActorJson | undefined): ReportActor | null {
  if (!actor) return null;
  return { name: actor.name, kind: actor.kind, country: actor.country, partyType: actor.partyType, acledName: actor.acledName };
}

/** Every event of the document as a report of `articleId`, in document order. */
export function reportEvents(doc: DocumentJson, articleId: string, pipelineVersion: string): EventReport[] {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const places = new Map(doc.places.map((p) => [p.id, p]));
  const dates = new Map(doc.dates.map((d) => [d.id, d]));
  const source = sourceOf(doc, articleId);
  return doc.events.map((event: EventJson): EventReport => {
    const p = event.place ? places.get(event.place) : undefined;
    const d = event.date ? dates.get(event.date) : undefined;
    const place: ReportPlace | null = p
      ? { name: p.name, text: p.text, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, geonameid: p.geonameid, feature: p.feature }
      : null;
    const date: ReportDate | null = d ? { value: d.value, precision: d.precision, text: d.text } : null;
    return {
      key: `${articleId}/${event.id}`,
      articleId,
      eventId: event.id,
      source,
      type: event.type,
      mode: event.mode,
      modality: event.modality,
      background: event.background,
      actor: actorOf(event.actor ? actors.get(event.actor) : undefined),
      target: actorOf(event.target ? actors.get(event.target) : undefined),
      place,
      geoPrecision: event.geoPrecision,
      acledGeoPrecision: event.acledGeoPrecision ?? null,
      date,
      fatalities: event.fatalities,
      injuries: event.injuries,
      evidence: event.evidence,
      trigger: event.trigger ?? null,
      cameo: event.cameo,
      acled: event.acled,
      pipelineVersion,
    };
  });
}

/** Every quote of the document as a corpus record of `articleId`. */
export function reportQuotes(doc: DocumentJson, articleId: string): QuoteRecord[] {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const source = sourceOf(doc, articleId);
  return doc.quotes.map((quote: QuoteJson): QuoteRecord => {
    const speaker = quote.speaker ? actors.get(quote.speaker) : undefined;
    const affiliation = speaker?.affiliation ? actors.get(speaker.affiliation)?.name ?? null : null;
    return {
      key: `${articleId}/${quote.id}`,
      articleId,
      quoteId: quote.id,
      source,
      kind: quote.kind,
      text: quote.text,
      start: quote.start,
      end: quote.end,
      speaker: actorOf(speaker),
      speakerText: quote.speakerText,
      affiliation,
      cue: quote.cue,
      date: doc.meta.published ?? null,
    };
  });
}
