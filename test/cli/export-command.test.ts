import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { runExport, type ReaderHandle } from "../../src/cli/export-command.js";
import { SitrepError } from "../../src/core/errors.js";
import type { CorpusEvent, QuoteRecord } from "../../src/corpus/records.js";
import type { ActorSummary, EventFilter, QuoteFilter } from "../../src/store/store.js";
import { analyseArticles, groupReports } from "../corpus/exports/corpus-events.js";

let events: CorpusEvent[];
let quotes: QuoteRecord[];

beforeAll(async () => {
  const analysed = await analyseArticles();
  events = groupReports(analysed.reports);
  quotes = analysed.quotes;
});

/** A reader over records in memory that remembers what it was asked; filtering is the store's job. */
function memoryReader(actors: ActorSummary[] = []) {
  const asked: { events?: EventFilter; quotes?: QuoteFilter; actors: unknown[]; closed: boolean } = { actors: [], closed: false };
  const reader = {
    async *iterateEvents(filter: EventFilter) {
      asked.events = filter;
      yield* events;
    },
    async *iterateQuotes(filter: QuoteFilter) {
      asked.quotes = filter;
      yield* quotes;
    },
    async listActors(filter: unknown, page?: { cursor?: string | null }) {
      asked.actors.push({ filter, cursor: page?.cursor ?? null });
      const at = Number(page?.cursor ?? 0);
      const next = at + 1 < actors.length ? String(at + 1) : null;
      return { items: actors.slice(at, at + 1), next };
    },
    async close() {
      asked.closed = true;
    },
  } as unknown as ReaderHandle;
  return { reader, asked };
}

function sink() {
  const parts: string[] = [];
  const out = new Writable({ write: (c, _e, cb) => { parts.push(String(c)); cb(); } });
  return { out, text: () => parts.join("") };
}

describe("sitrep export (in process, over a reader)", () => {
  it("writes events as ACLED CSV to --output through a temporary file, and closes the store", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-export-"));
    const file = join(dir, "events.csv");
    const { reader, asked } = memoryReader();
    const summary = await runExport("events", { format: "csv", output: file, from: "2021-10-01", to: "2021-10-31", country: "Afghanistan", type: "assault,protest", actor: " police " }, async () => reader, sink().out);
    expect(summary).toMatchObject({ subject: "events", format: "csv", records: events.length, outcome: "done" });
    expect(asked.events).toEqual({ from: "2021-10-01", to: "2021-10-31", country: "AF", type: ["ASSAULT", "PROTEST"], actor: "police" });
    expect(asked.closed).toBe(true);
    expect(readdirSync(dir)).toEqual(["events.csv"]);
    const rows = parse(readFileSync(file, "utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(events.length);
  });

  it("writes GeoJSON to standard output and counts the events it left out", async () => {
    const { reader } = memoryReader();
    const { out, text } = sink();
    const summary = await runExport("events", { format: "geojson", country: "NGA" }, async () => reader, out);
    const json = JSON.parse(text());
    expect(summary.withoutCoordinates).toBe(json.sitrep_without_coordinates);
    expect(summary.withoutCoordinates).toBeGreaterThan(0);
    expect(json.features.length + summary.withoutCoordinates).toBe(events.length);
  });

  it("writes PLOVER and JSON Lines, one line an event", async () => {
    for (const format of ["plover", "json"]) {
      const { reader } = memoryReader();
      const { out, text } = sink();
      await runExport("events", { format }, async () => reader, out);
      const lines = text().trimEnd().split("\n").map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(events.map((e) => e.id));
    }
  });

  it("exports quotes filtered by speaker and dates, and actors page by page", async () => {
    const q = memoryReader();
    const qs = sink();
    await runExport("quotes", { actor: "Mujahid", from: "2021-10-01" }, async () => q.reader, qs.out);
    expect(q.asked.quotes).toEqual({ from: "2021-10-01", speaker: "Mujahid" });
    expect(parse(qs.text(), { bom: true, columns: true })).toHaveLength(quotes.length);
    const actors: ActorSummary[] = [
      { name: "Taliban", acledName: "Taliban", kind: "armed group", country: "AF", partyType: "REB", eventCount: 3, quoteCount: 2 },
      { name: "Police Forces of Afghanistan", acledName: "Police Forces of Afghanistan", kind: "police", country: "AF", partyType: "POL", eventCount: 1, quoteCount: 0 },
      { name: "United Nations", acledName: "United Nations", kind: "igo", country: null, partyType: null, eventCount: 0, quoteCount: 1 },
    ];
    const a = memoryReader(actors);
    const as = sink();
    const summary = await runExport("actors", { format: "json", country: "af" }, async () => a.reader, as.out);
    expect(summary.records).toBe(3);
    expect(a.asked.actors).toHaveLength(3);
    expect(a.asked.actors[0]).toEqual({ filter: { country: "AF" }, cursor: null });
    expect(as.text().trimEnd().split("\n").map((l) => JSON.parse(l).inter)).toEqual([2, 1, 8]);
  });

  it.each([
    ["events", { format: "xml" }, "BAD_ARGUMENT"],
    ["people", {}, "BAD_ARGUMENT"],
    ["events", { from: "Oct 1" }, "BAD_DATE"],
    ["events", { from: "2021-10-31", to: "2021-10-01" }, "BAD_ARGUMENT"],
    ["events", { country: "Narnia" }, "BAD_ARGUMENT"],
    ["events", { type: "ASSAULT;DROP TABLE" }, "BAD_ARGUMENT"],
    ["quotes", { format: "geojson" }, "BAD_ARGUMENT"],
  ])("rejects %s %j with %s before opening the store", async (what, options, code) => {
    let opened = false;
    const open = async () => {
      opened = true;
      return memoryReader().reader;
    };
    await expect(runExport(what, options, open, sink().out)).rejects.toSatisfy((e: unknown) => e instanceof SitrepError && e.code === code);
    expect(opened).toBe(false);
  });

  it("leaves no file behind when the export fails midway, and still closes the store", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-export-"));
    const file = join(dir, "quotes.csv");
    const { reader, asked } = memoryReader();
    const failing = {
      ...reader,
      close: reader.close,
      async *iterateQuotes() {
        yield quotes[0]!;
        throw new Error("store went away");
      },
    } as unknown as ReaderHandle;
    await expect(runExport("quotes", { output: file }, async () => failing, sink().out)).rejects.toThrow("store went away");
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(asked.closed).toBe(true);
  });
});
