/**
 * `sitrep serve` as `npm start` runs it: an empty store is filled with the example articles, the
 * address is printed, and the app and the API answer there. And the refusals: no network binding
 * without a token.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "sitrep-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sitrep serve", () => {
  it("loads the examples into an empty store, prints its address and serves the app and the API there", async () => {
    const child = spawn(process.execPath, [join(ROOT, "bin/sitrep.js"), "serve", "--examples", "--db", join(dir, "sitrep.db"), "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /serving (\d+) events at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[2]!);
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      const index = await fetch(address);
      expect(index.status).toBe(200);
      expect(index.headers.get("content-security-policy")).toContain("script-src 'self'");
      const events = (await (await fetch(`${address}api/events?view=brief&limit=500`)).json()) as { items: { place: string | null; fatalities: number | null; sourceCount: number }[] };
      // The two reports of the Mogadishu bombing are one event with two sources.
      expect(events.items.some((e) => e.place === "Mogadishu" && e.sourceCount === 2)).toBe(true);
      const articles = (await (await fetch(`${address}api/articles?limit=200`)).json()) as { items: unknown[] };
      expect(articles.items.length).toBe(12);
    } finally {
      child.kill("SIGTERM");
    }
    // A second start finds the store filled and loads nothing.
    const second = spawn(process.execPath, [join(ROOT, "bin/sitrep.js"), "serve", "--examples", "--db", join(dir, "sitrep.db"), "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const err = await new Promise<string>((resolve, reject) => {
        let errText = "";
        second.stderr.on("data", (d: Buffer) => (errText += d.toString()));
        second.stdout.on("data", (d: Buffer) => {
          if (d.toString().includes("serving")) resolve(errText);
        });
        second.once("exit", (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(err).not.toContain("loading the example articles");
    } finally {
      second.kill("SIGTERM");
    }
  });

  it("refuses to listen beyond loopback without a token", async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [join(ROOT, "bin/sitrep.js"), "serve", "--db", join(dir, "other.db"), "--host", "0.0.0.0", "--port", "0"], { cwd: ROOT, env: { ...process.env, SITREP_TOKEN: "" } }, (error, _stdout, stderr) =>
        resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stderr }),
      );
      child.stdin?.end();
    });
    expect(code).toBe(2);
    expect(stderr).toContain("BAD_ARGUMENT");
    expect(stderr).toContain("token");
  });
});
