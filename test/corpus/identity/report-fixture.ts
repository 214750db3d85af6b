/** Hand-made reports for unit and property tests of the identity rule (the pipeline-built ones are in real-reports.test.ts). */
import type { EventReport, ReportPlace } from "../../../src/corpus/records.js";

export const KANDAHAR: ReportPlace = { name: "Kandahar", text: "Kandahar", country: "AF", admin1: "Kandahar", lat: 31.61, lon: 65.71, geonameid: 1138336, feature: "PPLA" };
export const KANDAHAR_PROVINCE: ReportPlace = { name: "Kandahar", text: "Kandahar province", country: "AF", admin1: "Kandahar", lat: 31.0, lon: 65.75, geonameid: 1138335, feature: "ADM1" };
export const HERAT: ReportPlace = { name: "Herat", text: "Herat", country: "AF", admin1: "Herat", lat: 34.35, lon: 62.2, geonameid: 1140026, feature: "PPLA" };
export const AFGHANISTAN: ReportPlace = { name: "Afghanistan", text: "Afghanistan", country: "AF", admin1: null, lat: 33, lon: 66, geonameid: 1149361, feature: "PCLI" };
export const QUETTA: ReportPlace = { name: "Quetta", text: "Quetta", country: "PK", admin1: "Balochistan", lat: 30.19, lon: 67.0, geonameid: 1167528, feature: "PPLA" };

let n = 0;

export function report(over: Partial<EventReport> & { article?: string; published?: string | null; outlet?: string | null } = {}): EventReport {
  const articleId = over.article ?? `art${++n}`;
  const eventId = over.eventId ?? "v1";
  const { article: _a, published, outlet, ...rest } = over;
  return {
    key: `${articleId}/${eventId}`,
    articleId,
    eventId,
    source: { articleId, url: null, outlet: outlet === undefined ? `outlet-${articleId}` : outlet, title: null, published: published === undefined ? "2021-10-12" : published },
    type: "ASSAULT",
    mode: "explosives",
    modality: "asserted",
    background: false,
    actor: null,
    target: null,
    place: KANDAHAR,
    geoPrecision: "exact",
    acledGeoPrecision: 1,
    date: { value: "2021-10-11", precision: "day", text: "on Monday" },
    fatalities: null,
    injuries: null,
    evidence: { start: 0, end: 10, text: "A bomb ..." },
    trigger: null,
    cameo: "183",
    acled: { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" },
    pipelineVersion: "test",
    ...rest,
  };
}
