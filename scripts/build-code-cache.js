// The last step of `npm run build`: makes V8's code cache of the CLI bundle (dist/bundle/cli.cjs, see
// src/cli/load-code-cached-script.ts) by running the built `sitrep extract` once on the example articles
// in the main thread (--jobs 0) and writing the cache after the run, so it holds the functions an
// article's analysis compiles, not only the bundle's top level. The founding article, which the bench
// times, is left out. A cache that cannot be made is reported, not fatal: sitrep then compiles the
// bundle at every start (about 0.1 s more).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const cachePath = fileURLToPath(new URL("dist/cache/cli-code-cache.bin", root));
const bundle = new URL("dist/bundle/cli.cjs", root);
const examples = fileURLToPath(new URL("examples/", root));

rmSync(cachePath, { force: true });
if (!existsSync(bundle)) {
  process.stderr.write("build: no CLI bundle, so no code cache\n");
  process.exit(0);
}
const articles = existsSync(examples)
  ? readdirSync(examples)
      .filter((name) => name.endsWith(".txt") && name !== "founding-article.txt")
      .sort()
      .map((name) => `${examples}${name}`)
  : [];
if (articles.length === 0) {
  process.stderr.write("build: no example articles to run, so no code cache of the CLI; sitrep compiles it at every start\n");
  process.exit(0);
}
const run = spawnSync(process.execPath, [fileURLToPath(new URL("bin/sitrep.js", root)), "extract", ...articles, "--jobs", "0", "--format", "json"], {
  cwd: fileURLToPath(root),
  // The build is current by now (the stamp is written): SITREP_FROM_SOURCE=0 only makes sure.
  env: { ...process.env, SITREP_FROM_SOURCE: "0", SITREP_WRITE_CODE_CACHE: "1", SITREP_NO_CACHE: "" },
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
if (run.status !== 0 || !existsSync(cachePath)) {
  process.stderr.write(`build: no code cache of the CLI (the run exited ${run.status}: ${(run.stderr ?? "").trim().slice(0, 500)}); sitrep compiles it at every start\n`);
} else {
  process.stderr.write(`build: code cache of the CLI in ${cachePath} (${(statSync(cachePath).size / 1e6).toFixed(1)} MB, from ${articles.length} example articles)\n`);
}
