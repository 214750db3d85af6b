import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentJsonSchema } from "../../src/app/present/document-schema.js";

/**
 * `sitrep extract` on batches, as a user runs it: a child process, its output, its exit status,
 * and signals. No assertion depends on timing: the tests wait for output to appear, not for time.
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-batch-"));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const STORIES = [
  "Gunmen killed five soldiers in Kabul on Monday, officials said.",
  "Floods killed 12 people in Sindh province on Tuesday, the disaster agency said.",
  "Police arrested three protesters in Lagos on Wednesday, a spokesman said.",
];
const stories = STORIES.map((s, i) => file(`story-${i}.txt`, s));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [`${root}bin/sitrep.js`, ...args], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

function sitrep(args: string[], input = ""): Promise<Run> {
  const { child, done } = start(args);
  child.stdin!.end(input);
  return done;
}

const lines = (out: string) => out.trimEnd().split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("sitrep extract on several inputs", () => {
  it("writes JSON Lines by default, in input order, with --jobs 2", async () => {
    const run = await sitrep(["extract", ...stories, "--jobs", "2", "--published", "2021-10-10"]);
    expect(run.code).toBe(0);
    const docs = lines(run.stdout);
    expect(docs.map((d) => d.meta.source)).toEqual(stories);
    for (const d of docs) expect(documentJsonSchema.safeParse(d).success).toBe(true);
    // Standard error is not a terminal here: no progress line.
    expect(run.stderr).not.toMatch(/ETA|articles\/s/);
  });

  it("writes one JSON array with --format json", async () => {
    const run = await sitrep(["extract", ...stories, "--format", "json", "--jobs", "1"]);
    expect(run.code).toBe(0);
    const docs = JSON.parse(run.stdout);
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.map((d: { meta: { source: string } }) => d.meta.source)).toEqual(stories);
  });

  it("reads a manifest whose articles carry their own id, title and date; a bad line is reported and skipped", async () => {
    const manifest = file(
      "manifest.jsonl",
      [
        JSON.stringify({ id: "a1", title: "Kabul attack", published: "2021-10-04", text: `${STORIES[0]} The attack came a day after talks.` }),
        "{not json",
        JSON.stringify({ id: "a2", url: "https://example.com/floods", published: "2022-08-30", html: `<html><body><p>${STORIES[1]}</p></body></html>` }),
        "",
        JSON.stringify({ id: "a3", published: "1 May" }),
      ].join("\n") + "\n",
    );
    const run = await sitrep(["extract", "--manifest", manifest, "--jobs", "2"]);
    expect(run.code).toBe(2);
    const docs = lines(run.stdout);
    expect(docs.map((d) => [d.meta.id, d.meta.published])).toEqual([
      ["a1", "2021-10-04"],
      ["a2", "2022-08-30"],
    ]);
    expect(docs[0].meta.title).toBe("Kabul attack");
    expect(docs[1].meta.url).toBe("https://example.com/floods");
    expect(docs[1].meta.source).toBe(`${manifest}:3`);
    // "Monday" resolves against the article's own date, not a date given for the whole batch.
    expect(docs[0].dates.find((d: { text: string }) => d.text === "Monday")?.value).toBe("2021-10-04");
    expect(run.stderr).toContain(`${manifest}:2: error MANIFEST_INVALID`);
    expect(run.stderr).toContain(`${manifest}:5: error MANIFEST_INVALID`);
  });

  it("marks an article past --time-budget empty with ANALYSIS_TIMEOUT and goes on", async () => {
    // A long article takes well over a millisecond in its first stage; the short one after it is not slowed.
    const long = file("long.txt", `${STORIES[0]}\n\n`.repeat(3000));
    const run = await sitrep(["extract", long, stories[1]!, "--time-budget", "1", "--jobs", "1"]);
    const docs = lines(run.stdout);
    expect(docs).toHaveLength(2);
    expect(docs[0].empty.code).toBe("ANALYSIS_TIMEOUT");
    expect(docs[0].events).toEqual([]);
    expect(run.stderr).toContain("empty result ANALYSIS_TIMEOUT");
    expect(run.code).toBe(0);
  });
});

describe("sitrep extract on one big input", () => {
  it("analyses an input over SINGLE_INPUT_WORKER_MIN_BYTES on a worker thread and prints its document", async () => {
    // 265,200 bytes, over the 256 KiB (262,144) from which one input goes to a worker thread.
    const big = file("big.txt", `${STORIES.join("\n\n")}\n\n`.repeat(1200));
    // A budget no busy machine reaches (3-4 s of CPU here): the article must come back whole.
    const run = await sitrep(["extract", big, "--format", "json", "--published", "2021-10-10", "--time-budget", "600000"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(documentJsonSchema.safeParse(doc).success).toBe(true);
    expect(doc.empty).toBeUndefined();
    expect(doc.events.length).toBeGreaterThan(100);
  });

  it("marks it empty with ANALYSIS_TIMEOUT past --time-budget", async () => {
    const big = file("big-late.txt", `${STORIES.join("\n\n")}\n\n`.repeat(1200));
    const run = await sitrep(["extract", big, "--format", "json", "--time-budget", "1"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).empty.code).toBe("ANALYSIS_TIMEOUT");
  });
});

describe("the progress line", () => {
  // `script` runs the command on a pseudo-terminal: standard error is then a terminal, as for a user.
  const hasScript = existsSync("/usr/bin/script");
  it.runIf(hasScript)("is shown on standard error when it is a terminal, with articles done, rate and time left", async () => {
    const out = join(dir, "progress-out.jsonl");
    const command = [process.execPath, `${root}bin/sitrep.js`, "extract", ...stories.slice(0, 2), "--jobs", "1"].map((a) => `'${a}'`).join(" ") + ` > '${out}'`;
    const terminal = await new Promise<string>((resolve) => {
      const child = spawn("/usr/bin/script", ["-qec", command, "/dev/null"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
      let text = "";
      child.stdout.on("data", (d) => (text += d));
      child.on("close", () => resolve(text));
    });
    expect(terminal).toMatch(/0\/2 articles \| [\d.]+ articles\/s \| ETA/);
    expect(lines(readFileSync(out, "utf8"))).toHaveLength(2);
  });
});

describe("sitrep extract fetching in a batch", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const body = `<html><head><link rel="canonical" href="https://www.reuters.com/world/story"><meta property="og:site_name" content="Reuters"></head><body><p>${STORIES[0]}</p></body></html>`;
    server = createServer((req, res) => {
      if (req.url === "/moved") return res.writeHead(302, { location: "/story" }).end();
      // A Content-Length over the limit, with the whole small body sent at once.
      res.writeHead(200, { "content-type": "text/html", "content-length": String(Buffer.byteLength(body)) }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("records the fetched and the final URL, and keeps the page's canonical link and site name apart", async () => {
    const run = await sitrep(["extract", `${base}/moved`, "--allow-private", "--format", "jsonl"]);
    expect(run.code).toBe(0);
    const [doc] = lines(run.stdout);
    expect(doc.meta).toMatchObject({ url: `${base}/story`, fetchedUrl: `${base}/moved`, finalUrl: `${base}/story`, source: `${base}/moved`, canonicalUrl: "https://www.reuters.com/world/story", siteName: "Reuters" });
  });

  it("reports a declared size over --max-bytes for that input and goes on with the batch", async () => {
    const run = await sitrep(["extract", `${base}/story`, stories[0]!, "--allow-private", "--max-bytes", "100", "--jobs", "1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${base}/story: error INPUT_TOO_LARGE`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(lines(run.stdout).map((d) => d.meta.source)).toEqual([stories[0]]);
  });
});

describe("sitrep extract interrupted", () => {
  it.each([
    ["SIGTERM", 143, "jsonl"],
    ["SIGINT", 130, "json"],
  ] as const)("on %s exits %i, with the finished documents written well formed (--format %s)", async (signal, status, format) => {
    // The manifest comes on standard input, left open: the batch cannot finish before the signal.
    const { child, done } = start(["extract", "--manifest", "-", "--format", format, "--jobs", "1"]);
    child.stdin!.write(JSON.stringify({ id: "first", text: STORIES[0] }) + "\n");
    // The first document is written while the batch is still going (standard input is still open).
    await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
    child.kill(signal);
    const run = await done;
    expect(run.code).toBe(status);
    expect(run.stderr).toContain("INTERRUPTED");
    const docs = format === "json" ? JSON.parse(run.stdout) : lines(run.stdout);
    expect(docs.map((d: { meta: { id: string } }) => d.meta.id)).toEqual(["first"]);
  });
});

describe("sitrep usage errors and --version", () => {
  it.each([
    [["extract", "--no-such-option", "x"]],
    [["no-such-command"]],
    [["extract"]],
    [["extract", "x.txt", "--jobs", "many"]],
    [["extract", "x.txt", "--timeout", "5000000000"]],
    [["extract", "x.txt", "--time-budget", "0"]],
  ])("%j exits 2 with BAD_ARGUMENT", async (args) => {
    const run = await sitrep(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sitrep: error BAD_ARGUMENT: /m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints the version and exits 0", async () => {
    const run = await sitrep(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
