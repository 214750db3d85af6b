/**
 * The web app in headless Chromium, served by the real server over a store the pipeline filled from
 * the committed golden articles, plus an article whose text carries script and markup. Skipped when
 * Chromium is not installed (CI installs it: .ci/run).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { buildServer } from "../../src/server/build-server.js";
import { openGoldenStore, type GoldenStore } from "../server/support/golden-store.js";
import { hasChromium, launchBrowser } from "./browser.js";

/** An article whose text is an attack on the page that shows it: none of it may run or become markup. */
const HOSTILE_TEXT = [
  "Militants <script>window.__xss = 'script'</script> killed 7 soldiers in Kandahar on Sunday, officials said.",
  'The attackers <img src=x onerror="window.__xss = \'img\'"> fled, and <b>nobody</b> claimed the attack, the governor said.',
  "\"<a href=\"javascript:window.__xss='link'\">We will find them</a>,\" said the governor.",
].join("\n\n");

let golden: GoldenStore;
let hostileId: string;
let app: FastifyInstance;
let browser: Browser;
let base: string;

describe.skipIf(!hasChromium)("the web app in Chromium", () => {
  beforeAll(async () => {
    golden = await openGoldenStore();
    hostileId = await golden.add("hostile", HOSTILE_TEXT, { published: "2021-10-11", title: "<i>Attack</i> in Kandahar <script>window.__xss='title'</script>" });
    app = await buildServer({ reader: golden.store, submitArticle: null, access: { host: "127.0.0.1", token: null } });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await golden?.close();
  });

  async function countAll(filter = {}): Promise<number> {
    return (await golden.store.countEvents(filter, "type")).reduce((n, b) => n + b.events, 0);
  }

  /** A page that records what the browser refused or failed at. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    page.on("request", (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`request to another origin: ${r.url()}`);
    });
    await page.goto(base + path);
    return { page, problems };
  }

  const rowCount = (page: Page) => page.locator(".events-table tbody tr").count();

  it("opens on the map, the timeline and the table, with nothing fetched from elsewhere", async () => {
    const { page, problems } = await open("/");
    await page.locator(".events-table tbody tr").first().waitFor();
    await page.locator(".leaflet-overlay-pane path").first().waitFor({ state: "attached" }); // the Natural Earth basemap
    expect(await page.locator(".ev-marker, .marker-cluster").count()).toBeGreaterThan(0);
    expect(await page.locator(".timeline rect.tl-bar").count()).toBeGreaterThan(0);
    expect(await rowCount(page)).toBe(Math.min(100, await countAll()));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("filters the events by type and by date", async () => {
    const { page, problems } = await open("/");
    await page.locator(".events-table tbody tr").first().waitFor();
    const before = await page.locator(".summary").textContent();
    await page.getByLabel(/^Assault/).check();
    await page.waitForFunction(() => location.hash.includes("type=ASSAULT"));
    await page.waitForFunction((b) => document.querySelector(".summary")?.textContent !== b && !document.querySelector(".summary")?.textContent?.startsWith("Loading"), before);
    const types = await page.locator(".events-table tbody tr td:nth-child(2) a").allTextContents();
    expect(types.length).toBe(await countAll({ type: "ASSAULT" }));
    expect(new Set(types)).toEqual(new Set(["Assault"]));

    await page.getByLabel("From", { exact: true }).fill("2016-01-01");
    await page.getByLabel("To", { exact: true }).fill("2016-12-31");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForFunction(() => location.hash.includes("from=2016-01-01") && location.hash.includes("to=2016-12-31"));
    await page.waitForFunction(() => !document.querySelector(".summary")?.textContent?.startsWith("Loading"));
    const expected = await countAll({ type: "ASSAULT", from: "2016-01-01", to: "2016-12-31" });
    expect(expected).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelectorAll(".events-table tbody tr").length === n, expected);
    const days = await page.locator(".events-table tbody tr td:first-child").allTextContents();
    expect(days.every((d) => d >= "2016-01-01" && d <= "2016-12-31")).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("brushing the timeline selects a period", async () => {
    const { page } = await open("/");
    const overlay = page.locator(".timeline .tl-overlay");
    await overlay.waitFor();
    const box = (await overlay.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/.test(location.hash));
    const hash = await page.evaluate(() => location.hash);
    const [, from, to] = /from=([\d-]+)&to=([\d-]+)/.exec(hash)!;
    expect(from! <= to!).toBe(true);
    await page.waitForFunction(() => !document.querySelector(".summary")?.textContent?.startsWith("Loading"));
    // The period's fetch may start after the summary was read: wait (bounded by the test's timeout) for the table to be re-drawn.
    await page.waitForFunction(([f, t]) => [...document.querySelectorAll(".events-table tbody tr td:first-child")].every((td) => (td.textContent ?? "") >= f! && (td.textContent ?? "").slice(0, 10) <= t!), [from, to], { timeout: 10_000 }).catch(() => undefined);
    const days = await page.locator(".events-table tbody tr td:first-child").allTextContents();
    expect(days.every((d) => d >= from! && d.slice(0, 10) <= to!)).toBe(true);
    expect(await page.getByRole("button", { name: "Clear period" }).isVisible()).toBe(true);
    await page.close();
  });

  it("selects a period on the timeline from the keyboard", async () => {
    const { page } = await open("/");
    const chart = page.locator(".timeline svg.tl-chart");
    await chart.waitFor();
    await chart.focus();
    // End puts the cursor on the last bar; Shift+Left twice widens the period to three bars.
    await page.keyboard.press("End");
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Shift+ArrowLeft");
    expect(await page.locator(".timeline .tl-selection").getAttribute("visibility")).toBe("visible");
    expect(await page.locator(".timeline [aria-live]").textContent()).toMatch(/^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}: \d+ events?\. Enter applies\.$/);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/.test(location.hash));
    const [, from, to] = /from=([\d-]+)&to=([\d-]+)/.exec(await page.evaluate(() => location.hash))!;
    expect(from! < to!).toBe(true);
    await page.waitForFunction(() => !document.querySelector(".summary")?.textContent?.startsWith("Loading"));
    const days = await page.locator(".events-table tbody tr td:first-child").allTextContents();
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d >= from! && d.slice(0, 10) <= to!)).toBe(true);
    await page.close();
  });

  it("goes from the table to an incident and the sentence behind its death toll", async () => {
    const { page, problems } = await open("/#/?minFatalities=5&type=ASSAULT");
    await page.locator(".events-table tbody tr").first().waitFor();
    await page.locator(".events-table tbody tr td:nth-child(2) a").first().click();
    await page.waitForFunction(() => location.hash.startsWith("#/event/"));
    const toll = page.locator(".report blockquote.evidence mark.hl-toll").first();
    await toll.waitFor();
    const id = decodeURIComponent((await page.evaluate(() => location.hash)).slice("#/event/".length));
    const event = (await golden.store.getEvent(id))!;
    expect(event.fatalities.acled).toBeGreaterThanOrEqual(5);
    // The first report whose sentence gives the toll: its words are the first marked.
    const report = event.reports.find((r) => r.fatalities && r.evidence.text.includes(r.fatalities.text))!;
    // The toll's words may be cut where the trigger word lies inside them ("killed" of "killed 7"): the marked pieces join up.
    const marked = await page.locator(".report").filter({ has: page.locator("mark.hl-toll") }).first().locator("blockquote.evidence mark.hl-toll").allTextContents();
    expect(marked.join("")).toBe(report.fatalities!.text);
    expect(await page.locator(".report blockquote.evidence").first().textContent()).toBe(event.reports[0]!.evidence.text);
    expect(await page.locator(".report mark.hl-trigger").count()).toBeGreaterThan(0);
    // On to the article, where the event's sentence is marked.
    await page.getByRole("link", { name: "Read it in the article" }).first().click();
    await page.locator(".article-text .focused").first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens the situation report, which prints without the navigation", async () => {
    const { page, problems } = await open("/#/report?country=AF");
    await page.getByRole("heading", { name: "Deadliest incidents" }).waitFor();
    expect(await page.locator(".deadliest li").count()).toBeGreaterThan(0);
    expect(await page.getByRole("heading", { name: "Key quotes by speaker" }).isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".report-form").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows an article's script and markup as text: nothing runs, nothing becomes an element", async () => {
    const { page, problems } = await open(`/#/article/${hostileId}`);
    await page.locator(".article-text").waitFor();
    await page.locator(".article-text span, .article-text a").first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    const text = await page.locator(".article-text").textContent();
    expect(text).toContain("<script>window.__xss = 'script'</script>");
    expect(text).toContain('<img src=x onerror="window.__xss = \'img\'">');
    expect(await page.locator(".article-text script, .article-text img, .article-text b, .article-text a[href^='javascript']").count()).toBe(0);
    expect(await page.locator("main h1").textContent()).toContain("<i>Attack</i>");
    expect(await page.locator("main i, main script").count()).toBe(0);
    // The same text in the table, on the event page, in search results and quotes.
    for (const path of ["/#/?country=AF", "/#/search?q=governor", "/#/quotes?q=find"]) {
      await page.goto(base + path);
      await page.waitForTimeout(300);
      await page.locator("main").first().waitFor();
      await page.waitForFunction(() => !document.querySelector("main")?.hasAttribute("aria-busy"));
      expect(await page.locator("main script, main img[src='x'], main b, main a[href^='javascript']").count(), path).toBe(0);
    }
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("can be used from the keyboard: every form field has a label, and the table sorts with Enter", async () => {
    const { page } = await open("/");
    await page.locator(".events-table tbody tr").first().waitFor();
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea")].filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute("aria-label")).map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    const killed = page.getByRole("button", { name: /^Killed/ });
    await killed.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("th[aria-sort='descending'] button")?.textContent?.startsWith("Killed"));
    const first = await page.locator(".events-table tbody tr td:nth-child(6)").first().textContent();
    const max = (await golden.store.listEvents({}, "-fatalities", { limit: 1 })).items[0]!.fatalities.acled;
    expect(Number.parseInt(first ?? "", 10)).toBe(max);
    // A marker on the map takes the focus and opens its event with Enter.
    const marker = page.locator(".ev-marker").first();
    if (await marker.count()) {
      await marker.focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => location.hash.startsWith("#/event/"));
    }
    await page.close();
  });
});
