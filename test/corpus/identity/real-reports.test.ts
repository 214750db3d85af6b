/**
 * Cross-article identity on reports the real pipeline makes of short wire-style texts: two outlets'
 * tellings of one car bombing (different words, tolls "at least 12" and "15") merge; attacks in
 * another town on the same day, or in the same town on another day, stay apart.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/index.js";
import { reportEvents } from "../../../src/corpus/report-events.js";
import type { CorpusEvent, EventReport } from "../../../src/corpus/records.js";
import { eventIdFor, groupReports, matchReport, splitReport, summarizeEvent } from "../../../src/corpus/identity/index.js";

const REUTERS = `KANDAHAR, Afghanistan, Oct 12 (Reuters) - A car bomb exploded outside a police headquarters in the southern Afghan city of Kandahar on Monday, killing at least 12 people and wounding dozens, officials said.
The blast struck as officers were changing shifts, a provincial spokesman said. No group immediately claimed responsibility.`;
const AP = `A suicide car bombing killed 15 people at a police compound in Kandahar on Monday, according to the provincial governor's office.
Witnesses said the explosion shattered windows across the neighbourhood.`;
const AFP_HERAT = `HERAT, Afghanistan (AFP) - Gunmen on motorbikes attacked a police checkpoint in Herat on Monday, killing four officers, the interior ministry said.`;
const BBC_LATER = `A car bomb exploded at a police headquarters in Kandahar on Friday, killing seven people, officials said.`;

let reports: EventReport[];
let events: CorpusEvent[];

const assaultOf = (articleId: string) => reports.find((r) => r.articleId === articleId && r.type === "ASSAULT")!;
const eventOf = (key: string) => events.find((e) => e.reports.some((r) => r.key === key))!;

beforeAll(async () => {
  const inputs: Array<[string, string, string, string]> = [
    ["reuters-1", REUTERS, "2021-10-12", "Reuters"],
    ["ap-1", AP, "2021-10-12", "AP"],
    ["afp-1", AFP_HERAT, "2021-10-12", "AFP"],
    ["bbc-1", BBC_LATER, "2021-10-16", "BBC"],
  ];
  reports = [];
  for (const [id, text, published, siteName] of inputs) reports.push(...reportEvents(await extractDocument({ text, meta: { published, siteName } }), id, "test"));
  events = groupReports(reports);
});

describe("one attack told by two outlets", () => {
  it("the pipeline reads both as an assault in Kandahar on Monday", () => {
    for (const id of ["reuters-1", "ap-1"]) expect(assaultOf(id)).toMatchObject({ place: { country: "AF" }, date: { value: "2021-10-11" } });
  });

  it("merges them into one event with the toll range 12-15 and ACLED's figure 12", () => {
    const event = eventOf(assaultOf("reuters-1").key);
    expect(event.reports.map((r) => r.key)).toEqual(expect.arrayContaining([assaultOf("reuters-1").key, assaultOf("ap-1").key]));
    expect(event.fatalities).toMatchObject({ min: 12, max: 15, acled: 12, conflict: false });
    expect(event.fatalities.values.map((v) => v.outlets)).toEqual(expect.arrayContaining([["Reuters"], ["AP"]]));
    expect(event.sourceCount).toBe(2);
    expect(event.articleCount).toBe(2);
    expect(event.day).toBe("2021-10-11");
    expect(event.type.value).toBe("ASSAULT");
  });

  it("explains the merge field by field", () => {
    const event = eventOf(assaultOf("reuters-1").key);
    expect(event.merges).toHaveLength(1);
    const [merge] = event.merges;
    expect(merge!.by).toBe("identity");
    expect(merge!.fields.place).toMatch(/^same town/);
    expect(merge!.fields.date).toBe("same day (2021-10-11)");
    expect(merge!.fields.fatalities).toMatch(/overlap/);
  });

  it("keeps the id of the report that founded the event (the earliest)", () => {
    const event = eventOf(assaultOf("reuters-1").key);
    expect([eventIdFor(assaultOf("reuters-1")), eventIdFor(assaultOf("ap-1"))]).toContain(event.id);
    expect(groupReports([...reports].reverse()).map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it("undoes the merge, and the rule does not put the report back", () => {
    const event = eventOf(assaultOf("reuters-1").key);
    const moved = event.reports.find((r) => r.key !== event.reports[0]!.key)!;
    const result = splitReport(event, moved.key, "analyst@example.org", "2026-12-03T10:00:00Z")!;
    expect(result.remaining.id).toBe(event.id);
    expect(result.remaining.reports.map((r) => r.key)).toEqual([event.reports[0]!.key]);
    expect(result.remaining.merges).toHaveLength(0);
    expect(result.split.reports.map((r) => r.key)).toEqual([moved.key]);
    expect(result.split.id).not.toBe(event.id);
    expect(matchReport(moved, [result.remaining])?.eventId).toBe(event.id);
    expect(matchReport(moved, [result.remaining], { decisions: [result.decision] })).toBeNull();
  });
});

describe("distinct attacks", () => {
  it("an attack in another town on the same day stays apart", () => {
    const herat = assaultOf("afp-1");
    expect(herat.date?.value).toBe("2021-10-11");
    expect(eventOf(herat.key).reports.map((r) => r.key)).toEqual([herat.key]);
    const kandahar = eventOf(assaultOf("reuters-1").key);
    expect(matchReport(herat, [kandahar])).toBeNull();
  });

  it("a bombing in the same town four days later stays apart", () => {
    const later = assaultOf("bbc-1");
    expect(later.date?.value).toBe("2021-10-15");
    expect(eventOf(later.key).reports.map((r) => r.key)).toEqual([later.key]);
  });

  it("never merges two reports of one article", () => {
    for (const e of events) expect(new Set(e.reports.map((r) => r.articleId)).size).toBe(e.reports.length);
    const reuters = reports.filter((r) => r.articleId === "reuters-1");
    if (reuters.length > 1) expect(matchReport(reuters[1]!, [summarizeEvent("E1", [reuters[0]!])])).toBeNull();
  });
});
