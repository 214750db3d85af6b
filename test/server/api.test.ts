/**
 * The HTTP API through Fastify's request injection, over a store filled by the pipeline from the
 * committed golden articles (real articles, real analyses: no hand-made rows).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/build-server.js";
import type { CorpusEvent } from "../../src/corpus/records.js";
import type { EventBrief } from "../../src/corpus/event-brief.js";
import { createSubmitter } from "../../src/server/analyze-submission.js";
import { saveDocument } from "../../src/app/ingest-articles.js";
import { openGoldenStore, type GoldenStore } from "./support/golden-store.js";
import { registerExportRoutes } from "../../src/server/routes/export-routes.js";

let golden: GoldenStore;
let app: FastifyInstance;

async function countAll(filter = {}): Promise<number> {
  return (await golden.store.countEvents(filter, "type")).reduce((n, b) => n + b.events, 0);
}
async function articleCount(): Promise<number> {
  return (await golden.store.listArticles({ limit: 1000 })).items.length;
}

beforeAll(async () => {
  golden = await openGoldenStore();
  app = await buildServer({
    plugins: [(server) => registerExportRoutes(server, golden.store)],
    reader: golden.store,
    // As `sitrep serve` wires it: the ingest use case saves what the pipeline made of the article.
    submitArticle: createSubmitter((doc, label) => saveDocument(doc, label, golden.context)),
    access: { host: "127.0.0.1", token: "s3cret" },
  });
});
afterAll(async () => {
  await app?.close();
  await golden?.close();
});

async function get<T = unknown>(url: string): Promise<{ status: number; body: T; headers: Record<string, unknown> }> {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() as T, headers: res.headers };
}

describe("events", () => {
  it("lists events a page at a time; the cursor walks every event once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { status, body }: { status: number; body: { items: CorpusEvent[]; next: string | null } } = await get<{ items: CorpusEvent[]; next: string | null }>(`/api/events?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(7);
      seen.push(...body.items.map((e) => e.id));
      cursor = body.next;
    } while (cursor);
    expect(seen.length).toBe(await countAll());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("sends the store's events as JSON, full and brief, the same as the reader gives them", async () => {
    for (const [url, view] of [
      ["/api/events?limit=5&sort=-fatalities", "full"],
      ["/api/events?limit=5&sort=-fatalities&view=brief", "brief"],
    ] as const) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      const want = view === "full" ? await golden.store.listEvents({}, "-fatalities", { limit: 5 }) : await golden.store.listEventBriefs({}, "-fatalities", { limit: 5 });
      expect(res.json()).toEqual(JSON.parse(JSON.stringify(want)));
      expect((res.json() as { items: unknown[] }).items.length).toBe(5);
    }
  });

  it("filters by type, country, period, fatalities, modality and bounding box", async () => {
    const all = (await get<{ items: EventBrief[] }>("/api/events?view=brief&limit=5000")).body.items;
    const assaults = (await get<{ items: EventBrief[] }>("/api/events?view=brief&limit=5000&type=ASSAULT")).body.items;
    expect(assaults.length).toBeGreaterThan(0);
    expect(assaults.length).toBeLessThan(all.length);
    expect(assaults.every((e) => e.type === "ASSAULT")).toBe(true);
    const iraq = (await get<{ items: EventBrief[] }>("/api/events?view=brief&limit=5000&country=iq")).body.items;
    expect(iraq.length).toBeGreaterThan(0);
    expect(iraq.every((e) => e.country === "IQ")).toBe(true);
    const deadly = (await get<{ items: EventBrief[] }>("/api/events?view=brief&minFatalities=10&sort=-fatalities")).body.items;
    expect(deadly.length).toBeGreaterThan(0);
    expect(deadly.every((e) => (e.fatalities ?? 0) >= 10)).toBe(true);
    expect(deadly.map((e) => e.fatalities)).toEqual([...deadly.map((e) => e.fatalities)].sort((a, b) => (b ?? 0) - (a ?? 0)));
    const period = (await get<{ items: EventBrief[] }>("/api/events?view=brief&limit=5000&from=2016-01-01&to=2016-12-31")).body.items;
    expect(period.length).toBeGreaterThan(0);
    expect(period.every((e) => e.day! >= "2016-01-01" && e.day!.slice(0, 10) <= "2016-12-31")).toBe(true);
    const claimed = (await get<{ items: EventBrief[] }>("/api/events?view=brief&limit=5000&modality=claimed,pledged")).body.items;
    expect(claimed.every((e) => ["claimed", "pledged"].includes(e.modality))).toBe(true);
    // Mexico's Pacific coast (the Acapulco shoot-out), nothing from elsewhere.
    const box = (await get<{ items: EventBrief[] }>("/api/events?view=brief&limit=5000&bbox=-101,16,-98,18")).body.items;
    expect(box.length).toBeGreaterThan(0);
    expect(box.every((e) => e.lon! >= -101 && e.lon! <= -98 && e.lat! >= 16 && e.lat! <= 18)).toBe(true);
  });

  it("gives one event with its reports, and a stable error for an unknown id", async () => {
    const first = (await golden.store.listEvents({}, "-date", { limit: 1 })).items[0]!;
    const { status, body } = await get<CorpusEvent>(`/api/events/${first.id}`);
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(first)));
    const missing = await get<{ error: { code: string } }>("/api/events/E999999");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
  });

  it("counts by type and draws the histogram by type and day", async () => {
    const counts = (await get<{ items: { key: string; events: number }[] }>("/api/events/counts?by=type")).body.items;
    expect(counts.reduce((n, b) => n + b.events, 0)).toBe(await countAll());
    const hist = (await get<{ types: { type: string; days: { key: string; events: number }[] }[] }>("/api/events/histogram")).body.types;
    const assault = hist.find((t) => t.type === "ASSAULT")!;
    expect(assault.days.reduce((n, d) => n + d.events, 0)).toBe(counts.find((b) => b.key === "ASSAULT")!.events);
  });

  it("refuses malformed filters with BAD_ARGUMENT", async () => {
    for (const url of ["/api/events?limit=abc", "/api/events?bbox=1,2,3", "/api/events?from=2020-02-01&to=2020-01-01", "/api/events?sort=name", "/api/events?from=yesterday", "/api/events?bbox=0,50,10,40"]) {
      const res = await get<{ error: { code: string; message: string } }>(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.code, url).toBe("BAD_ARGUMENT");
      expect(res.body.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe("articles, actors, quotes, search, report", () => {
  it("gives an article with its whole document, every field as stored", async () => {
    const founding = golden.articles.get("founding")!;
    const { status, body } = await get<{ article: { id: string }; document: unknown }>(`/api/articles/${founding.id}`);
    expect(status).toBe(200);
    expect(body.article.id).toBe(founding.id);
    expect(body.document).toEqual(JSON.parse(JSON.stringify(founding.document)));
    expect((await get("/api/articles/nope")).status).toBe(404);
  });

  it("lists articles", async () => {
    const { body } = await get<{ items: { id: string }[] }>("/api/articles?limit=200");
    expect(body.items.map((a) => a.id)).toContain(golden.articles.get("wn-kenya-cattle-raid-2009")!.id);
  });

  it("gives an actor with its events and quotes", async () => {
    const { body } = await get<{ actor: { name: string; eventCount: number }; events: { items: CorpusEvent[] }; quotes: { items: { speaker: { name: string } }[] } }>("/api/actors/Taliban");
    expect(body.actor.name).toBe("Taliban");
    expect(body.events.items.length).toBeGreaterThan(0);
    expect(body.events.items.every((e) => e.reports.some((r) => r.actor?.name === "Taliban" || r.target?.name === "Taliban"))).toBe(true);
    expect((await get("/api/actors/Nobody%20At%20All")).status).toBe(404);
  });

  it("finds quotes by speaker and by their words, and articles by their text", async () => {
    const bySpeaker = (await get<{ items: { speaker: { name: string } | null }[] }>("/api/quotes?speaker=Muttaqi")).body.items;
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker.every((q) => q.speaker?.name.includes("Muttaqi"))).toBe(true);
    const byWords = (await get<{ items: { text: string }[] }>("/api/quotes?q=vaccinate")).body.items;
    expect(byWords.some((q) => q.text.includes("vaccinate"))).toBe(true);
    const hits = (await get<{ items: { articleId: string }[] }>("/api/search?q=Acapulco")).body.items;
    expect(hits.map((h) => h.articleId)).toContain(golden.articles.get("wn-acapulco-shootout-2009")!.id);
    expect((await get("/api/search")).status).toBe(400);
  });

  it("makes a situation report of a region: counts, the deadliest incidents, key quotes", async () => {
    const { status, body } = await get<{ totals: { events: number }; byType: { key: string }[]; byRegion: { level: string }; deadliest: CorpusEvent[]; quotes: unknown[] }>("/api/sitrep?country=AF");
    expect(status).toBe(200);
    expect(body.totals.events).toBe(await countAll({ country: "AF" }));
    expect(body.byRegion.level).toBe("admin1");
    expect(body.deadliest.length).toBeGreaterThan(0);
    expect(body.deadliest.every((e) => e.place.value?.country === "AF" && (e.fatalities.acled ?? 0) > 0)).toBe(true);
    expect(body.quotes.length).toBeGreaterThan(0);
  });
});

describe("exports", () => {
  it("streams the events as ACLED-layout CSV, filtered", async () => {
    const res = await app.inject({ method: "GET", url: "/api/export/events.csv?country=IQ" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.headers["content-disposition"]).toContain("sitrep-events.csv");
    const lines = res.body.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(lines[0]).toContain("event_id_cnty");
    expect(lines.length - 1).toBe(await countAll({ country: "IQ" }));
  });

  it("streams GeoJSON that parses, one feature per placed event", async () => {
    const res = await app.inject({ method: "GET", url: "/api/export/events.geojson?type=ASSAULT" });
    expect(res.statusCode).toBe(200);
    const collection = JSON.parse(res.body) as { type: string; features: { geometry: { coordinates: number[] } }[] };
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.length).toBeGreaterThan(0);
    expect(collection.features.length).toBeLessThanOrEqual(await countAll({ type: "ASSAULT" }));
  });

  it("streams quotes and actors, and refuses filters they do not take", async () => {
    const quotes = await app.inject({ method: "GET", url: "/api/export/quotes.csv?actor=Muttaqi" });
    expect(quotes.statusCode).toBe(200);
    expect(quotes.body).toContain("Muttaqi");
    expect((await app.inject({ method: "GET", url: "/api/export/actors.json" })).statusCode).toBe(200);
    for (const url of ["/api/export/quotes.csv?country=AF", "/api/export/actors.csv?from=2020-01-01", "/api/export/quotes.geojson", "/api/export/events.xlsx", "/api/export/events.csv?country=Atlantis"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code, url).toBe("BAD_ARGUMENT");
    }
  });
});

describe("the server itself", () => {
  it("publishes an OpenAPI document of every route", async () => {
    const { status, body } = await get<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    for (const path of ["/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}", "/api/actors", "/api/actors/{name}", "/api/quotes", "/api/search", "/api/sitrep"]) expect(body.paths, path).toHaveProperty([path]);
  });

  it("sends a Content-Security-Policy without inline script, and the other security headers", async () => {
    for (const url of ["/", "/api/events"]) {
      const res = await app.inject({ method: "GET", url });
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["x-frame-options"]).toBe("DENY");
    }
  });

  it("serves the app and its libraries from its own origin", async () => {
    const index = await app.inject({ method: "GET", url: "/" });
    expect(index.statusCode).toBe(200);
    const srcs = [...index.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith("#"));
    expect(srcs.length).toBeGreaterThan(4);
    for (const src of srcs) {
      expect(src.startsWith("/"), src).toBe(true);
      expect((await app.inject({ method: "GET", url: src })).statusCode, src).toBe(200);
    }
    expect(index.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    expect((await app.inject({ method: "GET", url: "/vendor/world-atlas/countries-50m.json" })).statusCode).toBe(200);
  });

  it("answers unknown API routes with NOT_FOUND", async () => {
    const res = await get<{ error: { code: string } }>("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
  });

  it("refuses a Host that is not a loopback name (DNS rebinding)", async () => {
    const res = await app.inject({ method: "GET", url: "/api/events", headers: { host: "attacker.example:8080" } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("HOST_NOT_ALLOWED");
    expect((await app.inject({ method: "GET", url: "/api/events", headers: { host: "localhost:8080" } })).statusCode).toBe(200);
  });

  it("will not listen beyond loopback without a token", async () => {
    await expect(buildServer({ reader: golden.store, submitArticle: null, access: { host: "0.0.0.0", token: null }, webApp: false })).rejects.toMatchObject({ code: "BAD_ARGUMENT" });
  });
});

describe("submitting an article", () => {
  const text = "Gunmen killed three police officers in Peshawar on Monday, officials said.";

  it("needs the token", async () => {
    const res = await app.inject({ method: "POST", url: "/api/articles", payload: { text, published: "2021-10-12" } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("UNAUTHORIZED");
    const wrong = await app.inject({ method: "POST", url: "/api/articles", payload: { text }, headers: { authorization: "Bearer nope" } });
    expect(wrong.statusCode).toBe(401);
  });

  it("analyses and saves it: its events are then listed", async () => {
    const res = await app.inject({ method: "POST", url: "/api/articles", payload: { text, published: "2021-10-12", title: "Police killed" }, headers: { authorization: "Bearer s3cret" } });
    expect(res.statusCode).toBe(201);
    const { articleId } = res.json() as { articleId: string };
    const events = (await get<{ items: EventBrief[] }>(`/api/events?view=brief&articleId=${articleId}`)).body.items;
    expect(events.some((e) => e.type === "ASSAULT" && e.fatalities === 3 && e.place === "Peshawar")).toBe(true);
    // The same text again adds nothing: the ingest use case knows it.
    const again = await app.inject({ method: "POST", url: "/api/articles", payload: { text, published: "2021-10-12" }, headers: { authorization: "Bearer s3cret" } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ articleId, status: "duplicate" });
  });

  it("refuses bodies that are not one article as JSON", async () => {
    const auth = { authorization: "Bearer s3cret" };
    const both = await app.inject({ method: "POST", url: "/api/articles", payload: { text, html: "<p>x</p>" }, headers: auth });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.code).toBe("BAD_ARGUMENT");
    const none = await app.inject({ method: "POST", url: "/api/articles", payload: { title: "t" }, headers: auth });
    expect(none.json().error.code).toBe("BAD_ARGUMENT");
    const form = await app.inject({ method: "POST", url: "/api/articles", payload: "text=hello", headers: { ...auth, "content-type": "application/x-www-form-urlencoded" } });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("fetches only http(s) URLs on public addresses: never a file of the server, never its own network", async () => {
    const auth = { authorization: "Bearer s3cret" };
    for (const url of ["/etc/passwd", "file:///etc/passwd", "package.json"]) {
      const res = await app.inject({ method: "POST", url: "/api/articles", payload: { url }, headers: auth });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code, url).toBe("FETCH_BAD_URL");
    }
    const local = await app.inject({ method: "POST", url: "/api/articles", payload: { url: "http://127.0.0.1:9/" }, headers: auth });
    expect(local.statusCode).toBe(400);
    expect(local.json().error.code).toBe("FETCH_BLOCKED_ADDRESS");
  });

  it("refuses an article it cannot analyse with the pipeline's code, storing nothing", async () => {
    const before = await articleCount();
    const res = await app.inject({ method: "POST", url: "/api/articles", payload: { text: "Der Bundestag hat am Montag über den Haushalt abgestimmt, und die Opposition hat dagegen gestimmt, weil die Schulden zu hoch sind." }, headers: { authorization: "Bearer s3cret" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("INPUT_UNSUPPORTED_LANGUAGE");
    expect(await articleCount()).toBe(before);
  });
});
