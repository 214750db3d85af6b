import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { acledCsv, EVENT_CSV_COLUMNS, ACLED_COLUMNS } from "../../../src/corpus/exports/acled-csv.js";
import type { CorpusEvent, EventReport } from "../../../src/corpus/records.js";
import { analyseArticles, corpusEventOf, groupReports } from "./corpus-events.js";

let events: CorpusEvent[];
let reports: EventReport[];

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = "";
  for await (const c of chunks) s += c;
  return s;
}

/** The CSV as a spreadsheet reader sees it: csv-parse with the BOM stripped, one object a row. */
function readBack(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, relax_quotes: false, relax_column_count: false }) as Record<string, string>[];
}

const rowAt = (rows: Record<string, string>[], place: string, type?: string) => rows.find((r) => r.location === place && (!type || r.plover_type === type))!;

beforeAll(async () => {
  ({ reports } = await analyseArticles());
  events = groupReports(reports);
});

describe("events as ACLED-layout CSV, from real pipeline output", () => {
  it("has ACLED's columns in order, then sitrep's, and a row per event that a CSV reader reads back", async () => {
    const csv = await text(acledCsv(events));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const header = parse(csv, { bom: true, to_line: 1 })[0] as string[];
    expect(header.slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
    expect(header).toEqual(EVENT_CSV_COLUMNS);
    const rows = readBack(csv);
    expect(rows).toHaveLength(events.length);
    expect(rows.map((r) => r.sitrep_event_id)).toEqual(events.map((e) => e.id));
  });

  it("codes one attack told by two outlets as ACLED would: lowest toll, ISO numeric, region, inter codes", async () => {
    const rows = readBack(await text(acledCsv(events)));
    const kandahar = rowAt(rows, "Kandahār", "ASSAULT");
    expect(kandahar).toMatchObject({
      event_date: "2021-10-11",
      time_precision: "1",
      disorder_type: "Political violence",
      event_type: "Battles",
      sub_event_type: "Armed clash",
      iso: "4",
      region: "South Asia",
      country: "Afghanistan",
      admin1: "Kandahar",
      geo_precision: "1",
      source: "Kabul Times; Wire Service",
      fatalities: "5",
      fatalities_min: "5",
      fatalities_max: "",
      source_count: "2",
      article_count: "2",
      inter1: "3",
    });
    expect(kandahar.event_id_cnty).toMatch(/^AFG\d+$/);
    expect(kandahar.notes).toContain('"killed five" (Kabul Times)');
    expect(kandahar.notes).toContain('"At least seven police officers were killed" (Wire Service)');
    expect(kandahar.conflicts).toContain("fatalities");
    // Both reports' sentences, each with its outlet, one a line inside the cell.
    expect(kandahar.evidence!.split("\n")).toHaveLength(2);
    expect(kandahar.evidence).toMatch(/^\[Kabul Times\] Gunmen killed five/);
  });

  it("fills interaction, civilian targeting and external forces from the parties", async () => {
    const rows = readBack(await text(acledCsv(events)));
    const mopti = rowAt(rows, "Mopti");
    expect(mopti).toMatchObject({ country: "Mali", region: "Western Africa", iso: "466", inter1: "2", inter2: "1", interaction: "12", fatalities: "4" });
    // A negative longitude is a number, not text to guard.
    expect(mopti.longitude).toBe("-4.18296");
    const shelling = rows.find((r) => r.sub_event_type === "Shelling/artillery/missile attack")!;
    expect(shelling).toMatchObject({ country: "Ukraine", iso: "804", region: "Europe", actor1: "Military Forces of Russia", inter1: "8", inter2: "7", interaction: "78", civilian_targeting: "Civilian targeting" });
    const maiduguri = rowAt(rows, "Maiduguri");
    expect(maiduguri).toMatchObject({ event_type: "Violence against civilians", civilian_targeting: "Civilian targeting", country: "Nigeria", fatalities: "12" });
    expect(maiduguri.notes).toContain('killing 12 "innocent" villagers, local officials said.');
  });

  it("leaves ACLED's type empty for an event ACLED does not code, and codes a toll of none as 0", async () => {
    const rows = readBack(await text(acledCsv(events)));
    const talks = rows.find((r) => r.plover_type === "CONSULT")!;
    expect(talks).toMatchObject({ event_type: "", disorder_type: "", fatalities: "0", location: "Islamabad", country: "Pakistan" });
    const acledOnly = readBack(await text(acledCsv(events, { acledOnly: true })));
    expect(acledOnly.some((r) => r.plover_type === "CONSULT")).toBe(false);
    expect(acledOnly.length).toBe(events.filter((e) => e.acled).length);
  });

  it("an event with no place has no country, coordinates or ISO code, and an XXX id", async () => {
    const rows = readBack(await text(acledCsv(events)));
    const blast = rows.find((r) => r.sub_event_type === "Remote explosive/landmine/IED")!;
    expect(blast).toMatchObject({ country: "", iso: "", latitude: "", longitude: "", geo_precision: "", fatalities: "2" });
    expect(blast.event_id_cnty).toMatch(/^XXX\d+$/);
  });

  it("round-trips commas, quotes, line breaks and formula-like text through a CSV reader", async () => {
    const base = reports.find((r) => r.place?.name === "Mopti")!;
    const tricky: EventReport = {
      ...base,
      key: "tricky/v1",
      articleId: "tricky",
      source: { ...base.source, articleId: "tricky", outlet: '=HYPERLINK("http://evil.example","click")' },
      actor: base.actor && { ...base.actor, acledName: "@SUM(1+1)" },
      evidence: { ...base.evidence, text: 'He said: "we fled, all of us",\nthen\r\nsilence; -10 degrees' },
      fatalities: { min: 4, max: 4, text: "+4 dead, \"officially\"" },
    };
    const event = corpusEventOf("E900", [tricky]);
    const rows = readBack(await text(acledCsv([event])));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.keys(row)).toEqual(EVENT_CSV_COLUMNS);
    expect(row.notes).toBe('He said: "we fled, all of us", then silence; -10 degrees Fatalities reported: "+4 dead, "officially"" (=HYPERLINK("http://evil.example","click")).');
    expect(row.evidence).toBe('[=HYPERLINK("http://evil.example","click")] He said: "we fled, all of us", then silence; -10 degrees');
    expect(row.source).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row.actor1).toBe("'@SUM(1+1)");
    expect(row.longitude).toBe("-4.18296");
  });

  it("codes a bombing no report names a doer for as ACLED does: an Unidentified Armed Group of the place's country", async () => {
    const base = reports.find((r) => r.place?.name === "Mopti")!;
    const unclaimed: EventReport = { ...base, key: "unclaimed/v1", articleId: "unclaimed", actor: null, target: null, acled: { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" } };
    const row = readBack(await text(acledCsv([corpusEventOf("E902", [unclaimed])])))[0]!;
    expect(row).toMatchObject({ actor1: "Unidentified Armed Group (Mali)", inter1: "3", actor2: "", assoc_actor_1: "" });
    // A demonstration's crowd are protesters, with the police who acted as actor2.
    const police = { name: "Police Forces of Mali", kind: "police", country: "ML", partyType: "POL", acledName: "Police Forces of Mali" };
    const dispersed: EventReport = { ...base, key: "dispersed/v1", articleId: "dispersed", actor: police, target: null, type: "PROTEST", acled: { eventType: "Protests", subEventType: "Protest with intervention" } };
    const protest = readBack(await text(acledCsv([corpusEventOf("E903", [dispersed])])))[0]!;
    expect(protest).toMatchObject({ actor1: "Protesters (Mali)", inter1: "6", actor2: "Police Forces of Mali", inter2: "1", interaction: "16" });
  });

  it("keeps line breaks inside a cell as they are", async () => {
    const base = reports.find((r) => r.place?.name === "Mopti")!;
    const a = { ...base, key: "a/v1", articleId: "a", source: { ...base.source, outlet: "A, Inc." } };
    const b = { ...base, key: "b/v1", articleId: "b", source: { ...base.source, outlet: 'B "the paper"' }, evidence: { ...base.evidence, text: "Second, different sentence." } };
    const rows = readBack(await text(acledCsv([corpusEventOf("E901", [a, b])])));
    expect(rows[0]!.evidence).toBe(`[A, Inc.] ${base.evidence.text}\n[B "the paper"] Second, different sentence.`);
    expect(rows[0]!.source).toBe('A, Inc.; B "the paper"');
  });

  it("writes a demonstration and the shooting that broke it up as one ACLED row with its deaths, the shooting marked as part of it", async () => {
    const { reports: told } = await analyseArticles([{ id: "sd-1", siteName: "Nile Wire", url: "https://nile.example/rally", published: "2019-06-03", text: "Security forces shot dead three protesters during a rally in Khartoum on Sunday." }]);
    const all = told.map((r, i) => corpusEventOf(`P${i + 1}`, [r]));
    const rows = readBack(await text(acledCsv(all)));
    expect(rows).toHaveLength(2);
    const part = rows.find((r) => r.acled_part_of !== "")!;
    const row = rows.find((r) => r.acled_part_of === "")!;
    expect(part.acled_part_of).toBe(`sd-1/${told.find((r) => r.type === "PROTEST")!.eventId}`);
    expect(row).toMatchObject({ plover_type: "PROTEST", sub_event_type: "Excessive force against protesters", actor1: "Military Forces of Sudan", actor2: "Protesters (Sudan)", fatalities: "3" });
    const acledRows = readBack(await text(acledCsv(all, { acledOnly: true })));
    expect(acledRows.map((r) => r.sitrep_event_id)).toEqual([row.sitrep_event_id]);
  });
});
