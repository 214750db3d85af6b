import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCorpusStore } from "../../src/app/open-corpus-store.js";
import { rssFeed, startServer } from "../ingest-sources/feed-server.js";
import { goldenText as golden } from "../app/temp-corpus-store.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}
function start(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [`${root}bin/sitrep.js`, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SITREP_DATABASE_URL: "", ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  return { child, done: new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))) };
}
const summaryOf = (run: Run) => JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Record<string, number>;

describe("sitrep ingest (SQLite)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-cli-"));
    mkdirSync(join(dir, "articles"));
    writeFileSync(join(dir, "articles", "a.txt"), golden("wn-acapulco-shootout-2009"));
    writeFileSync(join(dir, "articles", "b.txt"), golden("state-baghdad-attacks-2017"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ingests a folder, and adds nothing when run again", async () => {
    const db = join(dir, "corpus.db");
    const first = await start(["ingest", join(dir, "articles"), "--db", db, "--jobs", "1"]).done;
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(summaryOf(first)).toMatchObject({ articles: 2, new: 2, exact: 0, failed: 0 });
    const again = await start(["ingest", join(dir, "articles"), "--db", db, "--jobs", "1"]).done;
    expect(summaryOf(again)).toMatchObject({ articles: 2, new: 0, exact: 2 });
    const { store } = await openCorpusStore({ db, pipelineVersion: "x" });
    try {
      expect((await store.listArticles({ limit: 10 })).items).toHaveLength(2);
    } finally {
      await store.close();
    }
  });

  // `script` runs the command on a pseudo-terminal: standard error is then a terminal, as for a user.
  it.runIf(existsSync("/usr/bin/script"))("shows a progress line with articles done, rate and time left on a terminal", async () => {
    const command = [process.execPath, `${root}bin/sitrep.js`, "ingest", join(dir, "articles"), "--db", join(dir, "progress.db"), "--jobs", "1"].map((a) => `'${a}'`).join(" ") + ` > '${join(dir, "progress.out")}'`;
    const terminal = await new Promise<string>((resolve) => {
      const child = spawn("/usr/bin/script", ["-qec", command, "/dev/null"], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SITREP_DATABASE_URL: "" } });
      let text = "";
      child.stdout!.on("data", (d) => (text += d));
      child.on("close", () => resolve(text));
    });
    expect(terminal).toMatch(/0\/2 articles \| [\d.]+ articles\/s \| ETA/);
    expect(JSON.parse(readFileSync(join(dir, "progress.out"), "utf8"))).toMatchObject({ articles: 2, new: 2 });
  });

  it("refuses a call without inputs with BAD_ARGUMENT (exit 2)", async () => {
    const run = await start(["ingest", "--db", join(dir, "x.db")]).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("BAD_ARGUMENT");
  });
});

describe("sitrep watch (local feed server)", () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-watch-cli-"));
    const story = golden("wn-acapulco-shootout-2009");
    server = await startServer({
      "/feed.xml": ({ headers }) => (headers["if-none-match"] === '"f1"' ? { status: 304 } : { status: 200, headers: { "content-type": "application/rss+xml", etag: '"f1"' }, body: rssFeed(server.base, [{ path: "/story", title: "Gun battle in Acapulco", date: "Sun, 07 Jun 2009 10:00:00 GMT" }]) }),
      "/story": () => ({ status: 200, headers: { "content-type": "text/plain" }, body: story }),
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("polls, stores the new item once, asks conditionally afterwards, and stops cleanly on SIGINT (exit 130)", async () => {
    const feeds = join(dir, "feeds.txt");
    writeFileSync(feeds, `# test feeds\n${server.base}/feed.xml\n`);
    const db = join(dir, "watch.db");
    const { child, done } = start(["watch", feeds, "--db", db, "--interval", "1", "--allow-private", "--jobs", "0"]);
    // Wait (without a clock) until the feed has been asked for conditionally at least once.
    for (let i = 0; i < 600 && !server.requests.some((r) => r.url === "/feed.xml" && r.headers["if-none-match"] === '"f1"'); i++) await new Promise((r) => setTimeout(r, 100));
    child.kill("SIGINT");
    const run = await done;
    expect(run.code).toBe(130);
    expect(server.requests.filter((r) => r.url === "/story")).toHaveLength(1);
    expect(summaryOf(run)).toMatchObject({ new: 1, failed: 0 });
    const { store } = await openCorpusStore({ db, pipelineVersion: "x" });
    try {
      const articles = (await store.listArticles({ limit: 10 })).items;
      expect(articles.map((a) => a.url)).toEqual([`${server.base}/story`]);
    } finally {
      await store.close();
    }
  });
});
