/**
 * Screenshots of the web app's main pages for docs/ (docs/screenshots/*.png), taken in headless
 * Chromium from a server over a store filled with the example articles (a temporary file).
 *
 *   npx tsx scripts/take-screenshots.ts
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { saveDocument } from "../src/app/ingest-articles.js";
import { openCorpusStore } from "../src/app/open-corpus-store.js";
import { pipelineVersion } from "../src/app/pipeline-version.js";
import { createSubmitter } from "../src/server/analyze-submission.js";
import { buildServer } from "../src/server/build-server.js";
import { loadExamples } from "../src/server/load-examples.js";

const OUT = resolve(import.meta.dirname, "..", "docs", "screenshots");
const dir = mkdtempSync(join(tmpdir(), "sitrep-shots-"));
const version = pipelineVersion();
const { store, context } = await openCorpusStore({ db: join(dir, "sitrep.db"), pipelineVersion: version });
await loadExamples(store, context);
const app = await buildServer({ reader: store, submitArticle: createSubmitter((doc, label) => saveDocument(doc, label, context)), access: { host: "127.0.0.1", token: null }, version });
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

const browser = await chromium.launch({
  executablePath: process.env.SITREP_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
mkdirSync(OUT, { recursive: true });
const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });

async function shot(name: string, path: string, ready: string, fullPage = false): Promise<void> {
  await page.goto(base + path);
  await page.locator(ready).first().waitFor({ state: "attached" });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`docs/screenshots/${name}.png`);
}

await shot("events", "/#/", ".leaflet-overlay-pane path");
// The deadliest event told by most sources: the event page with its evidence and each source's values.
const top = (await store.listEvents({ minFatalities: 1 }, "-sources", { limit: 1 })).items[0];
if (top) await shot("event", `/#/event/${encodeURIComponent(top.id)}`, ".report mark");
const founding = (await store.listArticles({ limit: 100 })).items.find((a) => a.title?.startsWith("US assures Taliban"));
if (founding) await shot("article", `/#/article/${encodeURIComponent(founding.id)}`, ".article-text span");
await shot("report", "/#/report?from=2021-10-01&to=2021-10-31", ".deadliest li", true);
await page.emulateMedia({ media: "print" });
await shot("report-print", "/#/report?from=2021-10-01&to=2021-10-31", ".deadliest li", true);
await page.emulateMedia({ media: "screen" });
await shot("actor", "/#/actor/Taliban", "main h1");

await browser.close();
await app.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
