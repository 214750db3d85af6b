import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * sitrep as users get it: `npm pack` of a copy of this checkout (its `prepare` builds dist/), the
 * tarball installed into a scratch project from the npm cache, then the CLI and the library used
 * from there. Slow (tens of seconds: a build and an install) but it is the only test of what ships.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const TEN_MINUTES = 600_000;

/** What `npm pack` needs to build the package, copied so the build never writes into this checkout. */
const PACKAGE_INPUTS = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "bin", "src", "data", "scripts", "examples", "README.md", "LICENSE", "NOTICE", "docs"];

let work: string;
let app: string;
let tarball: string;
let packedFiles: string[];

async function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return run(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false", ...env }, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The scratch project's lock file: sitrep from the tarball, and every package this checkout's lock
 * installs for production, at the same versions and integrity hashes. `npm ci` then takes each one
 * from the npm cache that installing this checkout filled, without asking the registry to resolve
 * versions.
 */
function scratchLock(tarballName: string): object {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as { packages: Record<string, Record<string, unknown>> };
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string>; license: string };
  const integrity = `sha512-${createHash("sha512").update(readFileSync(join(work, tarballName))).digest("base64")}`;
  const packages: Record<string, unknown> = {
    "": { name: "sitrep-consumer", version: "1.0.0", dependencies: { sitrep: `file:../${tarballName}` } },
    "node_modules/sitrep": { version: pkg.version, resolved: `file:../${tarballName}`, integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === "" || entry.dev === true || entry.link === true) continue;
    packages[path] = entry;
  }
  return { name: "sitrep-consumer", version: "1.0.0", lockfileVersion: 3, requires: true, packages };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "sitrep-pack-"));
  const stage = join(work, "stage");
  mkdirSync(stage);
  for (const name of PACKAGE_INPUTS) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(stage, name), { recursive: true, filter: (src) => !src.includes(`${root}dist`) });
  }
  symlinkSync(realpathSync(join(root, "node_modules")), join(stage, "node_modules"), "dir");
  // npm pack runs `prepare`, which is the build (tsc and the gazetteer cache).
  const packed = await sh(npm, ["pack", "--json", "--pack-destination", work], stage);
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  tarball = info[0]!.filename;
  packedFiles = info[0]!.files.map((f) => f.path);

  app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "sitrep-consumer", version: "1.0.0", private: true, type: "module", dependencies: { sitrep: `file:../${tarball}` } }, null, 2));
  writeFileSync(join(app, "package-lock.json"), JSON.stringify(scratchLock(tarball), null, 2));
  // --prefer-offline: every tarball comes from the npm cache; the registry is asked only for a miss.
  await sh(npm, ["ci", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"], app);
}, TEN_MINUTES);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("ships the build, the data, the prebuilt place index and the licenses, not the sources or tests", () => {
    for (const file of ["package.json", "LICENSE", "NOTICE", "README.md", "bin/sitrep.js", "dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "dist/bundle/cli.cjs", "dist/cache/cli-code-cache.bin", "dist/cache/gazetteer-index.bin", "data/models/ner-perceptron.bin.gz", "data/gazetteer/countries.tsv"]) {
      expect(packedFiles, file).toContain(file);
    }
    expect(packedFiles.filter((f) => f.startsWith("src/") || f.startsWith("test/"))).toEqual([]);
    expect(readFileSync(join(app, "node_modules/sitrep/LICENSE"), "utf8")).toContain("Apache License");
    expect(readFileSync(join(app, "node_modules/sitrep/NOTICE"), "utf8")).toMatch(/GeoNames[\s\S]*CC BY 4\.0[\s\S]*CoNLL-2003/);
  });

  it("installs without tsx: the CLI runs the compiled code", async () => {
    expect(existsSync(join(app, "node_modules/tsx"))).toBe(false);
    const help = await sh("npx", ["--no", "--", "sitrep", "--help"], app);
    expect(help.stdout).toContain("extract");
    const version = await sh("npx", ["--no", "--", "sitrep", "--version"], app);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  }, TEN_MINUTES);

  it("ships the code cache of the CLI bundle it ships (made by the build, accepted by this Node)", async () => {
    const pkg = join(app, "node_modules/sitrep");
    // Loaded as bin/sitrep.js loads it: under the CLI's V8 tiering, the flags the build made the cache under.
    const code = `const { tuneV8Tiering } = await import(${JSON.stringify(join(pkg, "dist/app/tune-v8-tiering.js"))}); tuneV8Tiering(); const { loadCodeCachedScript } = await import(${JSON.stringify(join(pkg, "dist/cli/load-code-cached-script.js"))}); console.log(loadCodeCachedScript(${JSON.stringify(join(pkg, "dist/bundle/cli.cjs"))}, ${JSON.stringify(join(pkg, "dist/cache/cli-code-cache.bin"))}).status);`;
    const { stdout } = await sh(process.execPath, ["--input-type=module", "-e", code], app);
    expect(stdout.trim()).toBe("accepted");
  }, TEN_MINUTES);

  it("extracts an article with the installed CLI, finding its data files from the package", async () => {
    writeFileSync(join(app, "article.txt"), "Gunmen killed three police officers in Peshawar, Pakistan, on Monday, officials said.\n");
    const { stdout } = await sh("npx", ["--no", "sitrep", "extract", "article.txt", "--published", "2021-10-12", "--format", "json"], app);
    const json = JSON.parse(stdout) as { schema: string; places: { name: string; country: string }[]; dates: { value: string }[]; events: unknown[] };
    expect(json.schema).toBe("sitrep.document/1");
    expect(json.places.map((p) => `${p.name} ${p.country}`)).toContain("Peshawar PK");
    expect(json.dates.map((d) => d.value)).toContain("2021-10-11");
    expect(json.events.length).toBeGreaterThan(0);
  }, TEN_MINUTES);

  it('is importable from JavaScript: import { analyzeArticle, extractDocument } from "sitrep"', async () => {
    writeFileSync(
      join(app, "use.mjs"),
      `import { analyzeArticle, extractDocument, isSitrepError } from "sitrep";
const article = { text: "Gunmen killed three police officers in Peshawar, Pakistan, on Monday, officials said.", meta: { published: "2021-10-12" } };
const doc = analyzeArticle(article);
const json = await extractDocument(article);
const html = await extractDocument({ html: "<html><head><title>Attack</title></head><body><article><p>" + article.text + "</p></article></body></html>", meta: { published: "2021-10-12" } });
let code = null;
try { analyzeArticle({ text: 42 }); } catch (e) { code = isSitrepError(e) ? e.code : "not a SitrepError"; }
console.log(JSON.stringify({ layers: Object.keys(doc.layers).sort(), schema: json.schema, places: json.places.map((p) => p.name), htmlTitle: html.meta.title, htmlPlaces: html.places.map((p) => p.name), code }));
`,
    );
    const { stdout } = await sh("node", ["use.mjs"], app);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ schema: "sitrep.document/1", htmlTitle: "Attack", code: "BAD_ARGUMENT" });
    expect(out.layers).toEqual(expect.arrayContaining(["entity", "place", "date", "event"]));
    expect(out.places).toContain("Peshawar");
    expect(out.htmlPlaces).toContain("Peshawar");
  }, TEN_MINUTES);

  it("type-checks in a strict TypeScript project that imports it (no skipLibCheck)", async () => {
    writeFileSync(
      join(app, "use.ts"),
      `import { analyzeArticle, extractDocument, SitrepError, type Document, type DocumentJson, type PlaceJson } from "sitrep";
const doc: Document = analyzeArticle({ text: "Protesters marched in Lagos on Friday.", meta: { published: "2021-10-10" } });
const json: DocumentJson = await extractDocument({ text: doc.text });
const first: PlaceJson | undefined = json.places[0];
const name: string | undefined = first?.name;
const fromFile: Promise<DocumentJson> = extractDocument("article.txt", { published: "2021-10-10" });
const error: SitrepError = new SitrepError("BAD_ARGUMENT");
export { name, fromFile, error };
`,
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ["use.ts"] }),
    );
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const result = await sh(process.execPath, [tsc, "-p", "tsconfig.json"], app).catch((e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? "", stderr: e.stderr ?? "failed" }));
    expect(`${result.stdout}${result.stderr}`.trim()).toBe("");
  }, TEN_MINUTES);
});
