#!/usr/bin/env node
// Runs the compiled CLI (dist/, made by `npm run build`, which `npm ci` runs through `prepare`).
// In a source checkout whose build is missing or older than src/ (an edit, a checkout, a rebase),
// it runs the TypeScript through tsx instead, a development dependency: an edit is never run stale.
// SITREP_FROM_SOURCE=1 forces the TypeScript; SITREP_FROM_SOURCE=0 forces dist.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const built = new URL("dist/cli/main.js", root);
// The same CLI bundled into one CommonJS script by the build (scripts/bundle-cli.js), compiled with the
// V8 code cache the build made from a run of it (scripts/build-code-cache.js): it starts faster.
const bundled = new URL("dist/bundle/cli.cjs", root);
const codeCache = new URL("dist/cache/cli-code-cache.bin", root);
const loader = new URL("dist/cli/load-code-cached-script.js", root);
const tiering = new URL("dist/app/tune-v8-tiering.js", root);
const stamp = new URL("dist/.build-stamp", root);
const source = new URL("src/", root);

/** Newest modification time of a file under dir, in ms (about 200 files: ~2 ms). */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  if (!existsSync(built) || !existsSync(stamp)) return false;
  // An installed package ships dist without src: its build is what there is.
  if (!existsSync(source)) return true;
  return newestMtime(source.pathname.replace(/\/$/, "")) <= statSync(stamp).mtimeMs;
}

const forced = process.env.SITREP_FROM_SOURCE;
const fromSource = forced === "1" || (forced !== "0" && existsSync(source) && !buildIsCurrent());
if (fromSource) {
  let register;
  try {
    ({ register } = await import("tsx/esm/api"));
  } catch {
    if (!existsSync(built)) {
      process.stderr.write("sitrep: the CLI is not built and tsx is not installed: run `npm run build` (or `npm install`).\n");
      process.exit(2);
    }
  }
  if (register) {
    register();
    await import(new URL("src/cli/main.ts", root).href);
  } else {
    await import(built.href);
  }
} else if (existsSync(bundled) && existsSync(loader) && existsSync(tiering)) {
  // V8's tiering for sitrep's runs (src/app/tune-v8-tiering.ts; runCli sets it too, for the other paths),
  // set before the bundle is compiled: V8 accepts a code cache only under the flags it was made with,
  // and the build made it under these.
  const { tuneV8Tiering } = await import(tiering.href);
  tuneV8Tiering();
  const { loadCodeCachedScript } = await import(loader.href);
  const cli = loadCodeCachedScript(fileURLToPath(bundled), fileURLToPath(codeCache));
  // Worker threads (batches of `extract`, `ingest`, `work`) load the same bundle and code cache.
  const worker = new URL("dist/app/analyze-worker-bundled.js", root);
  await cli.exports.runCli(process.argv, existsSync(worker) ? { analysisWorker: worker.href } : {});
  // The build's last step runs sitrep once with this set, to make the cache from the code that ran.
  if (process.env.SITREP_WRITE_CODE_CACHE === "1") cli.writeCache();
} else {
  await import(built.href);
}
