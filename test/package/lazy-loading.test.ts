import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

/**
 * A run loads only what its input needs: undici for URLs, linkedom and Readability for HTML, zod
 * for validation. Each extraction runs in a fresh process whose module loads are recorded.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const hooks = pathToFileURL(join(root, "test/package/fixtures/record-modules.mjs")).href;
const script = join(root, "test/package/fixtures/extract-and-list-modules.ts");
const dir = mkdtempSync(join(tmpdir(), "sitrep-lazy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function modulesLoadedFor(input: string): Promise<string[]> {
  const log = join(dir, `modules-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, "");
  const register = `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(hooks)});`;
  const { stdout } = await run(process.execPath, ["--import", "tsx", "--import", register, script, input], {
    cwd: root,
    env: { ...process.env, SITREP_MODULE_LOG: log },
    maxBuffer: 16 * 1024 * 1024,
  });
  const cjs = JSON.parse(stdout) as string[];
  return [...readFileSync(log, "utf8").split("\n").filter(Boolean), ...cjs];
}

const loads = (modules: readonly string[], pkg: string) => modules.some((m) => m.includes(`/node_modules/${pkg}/`));

describe("lazy loading", () => {
  it("a plain-text article loads neither undici, linkedom, Readability nor zod", async () => {
    const file = join(dir, "article.txt");
    writeFileSync(file, "Gunmen killed three police officers in Peshawar on Monday, officials said.\n");
    const modules = await modulesLoadedFor(file);
    expect(loads(modules, "wink-nlp"), "the recording sees the modules that are loaded").toBe(true);
    for (const pkg of ["undici", "linkedom", "@mozilla/readability", "zod"]) expect(loads(modules, pkg), pkg).toBe(false);
  }, 120_000);

  it("an HTML page loads linkedom and Readability, still without undici or zod", async () => {
    const file = join(dir, "page.html");
    writeFileSync(file, "<html><head><title>Attack</title></head><body><article><p>Gunmen killed three police officers in Peshawar on Monday, officials said.</p></article></body></html>");
    const modules = await modulesLoadedFor(file);
    expect(loads(modules, "linkedom")).toBe(true);
    expect(loads(modules, "@mozilla/readability")).toBe(true);
    for (const pkg of ["undici", "zod"]) expect(loads(modules, pkg), pkg).toBe(false);
  }, 120_000);
});
