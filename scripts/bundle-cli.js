// A step of `npm run build` (after tsc): bundles the compiled CLI into one CommonJS script,
// dist/bundle/cli.cjs, instead of ~300 modules that Node resolves, reads and links one by one at every
// start. CommonJS, because a script can be compiled with V8's code cache (src/cli/load-code-cached-script.ts;
// the cache is made by scripts/build-code-cache.js, the build's last step), which Node 20 offers for no
// module. Commands and stages loaded with `import()` stay lazy: esbuild wraps each in a function run on
// first use, and V8 only pre-parses what never runs. Packages stay outside the bundle (required or
// imported at run time) except the pure-JavaScript ones below. dist/ keeps the unbundled modules: the
// library (`import "sitrep"`) and worker threads use them, and bin/sitrep.js falls back to them when the
// bundle is missing (esbuild is a development dependency).
import { readFile, rm, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { asciiOnly } from "./ascii-only.js";

const root = resolve(new URL("../", import.meta.url).pathname);
const out = resolve(root, "dist/bundle");

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  process.stderr.write("build: esbuild is not installed, no CLI bundle; sitrep runs the unbundled dist/ (slower start)\n");
  process.exit(0);
}

/**
 * Modules find their data files relative to their own URL (`new URL("../../data/...", import.meta.url)`).
 * A CommonJS script has no import.meta, so each module's use is rewritten to the URL its compiled file
 * has in dist/, computed from the bundle's own file name at run time (`__bundleUrl`, defined by the
 * banner): the package can still be moved anywhere.
 */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const fromBundle = JSON.stringify(relative(out, args.path));
      return { contents: source.replaceAll("import.meta.url", `new URL(${fromBundle}, __bundleUrl).href`), loader: "js" };
    });
  },
};

/**
 * Packages bundled into the script: pure JavaScript of many small modules that a one-article run loads
 * (chrono-node: ~50 ES modules for English; wink's model parts, whose lemmatiser exception lists are
 * 220 KB of JavaScript; commander, which every command runs; kysely, the store's query builder, ~100
 * CommonJS files that `sitrep ingest` and every command opening a store required one by one: ~70 ms of
 * CPU at the start of an ingest, while a command that opens no store never runs its lazy wrapper), each
 * of which Node would otherwise resolve, read, compile and link at start, and which the code cache then covers. Every other package stays outside (native addons, data files found
 * by path, packages loaded through createRequire, worker entry points).
 */
const BUNDLED_PACKAGES = ["chrono-node", "wink-nlp", "wink-eng-lite-web-model", "commander", "kysely"];

function packagesOutsideExcept(bundled) {
  return {
    name: "packages-outside-except",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("node:")) return { path: args.path, external: true };
        const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
        return bundled.includes(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

await rm(out, { recursive: true, force: true });
await esbuild.build({
  // run-cli.js exports runCli (main.js's top-level await has no CommonJS form); bin/sitrep.js calls it.
  entryPoints: { cli: resolve(root, "dist/cli/run-cli.js") },
  outdir: out,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  plugins: [keepModuleUrls, packagesOutsideExcept(BUNDLED_PACKAGES)],
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // `import()` of a package outside the bundle becomes a require(): a script run from V8's code cache
  // loses the callback Node needs for import() (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
  supported: { "dynamic-import": false },
  // Classes are told apart by name at run time (the date tagger drops chrono parsers by constructor name).
  keepNames: true,
  logLevel: "warning",
});
// The loader (src/cli/load-code-cached-script.ts) gives the script no import() callback.
const bundled = await readFile(resolve(out, "cli.cjs"), "utf8");
const importCall = /\bimport\s*\(/.exec(bundled);
if (importCall) {
  // Not fatal (an install must not fail on it), but the bundle goes: sitrep then runs the unbundled dist/.
  await rm(out, { recursive: true, force: true });
  process.stderr.write(`build: NO CLI BUNDLE: it calls import() (${bundled.slice(importCall.index, importCall.index + 80)}), which a code-cached script cannot; sitrep runs the unbundled dist/ (slower start)\n`);
} else {
  // The bundle as ASCII (ascii-only.js says why: V8 then holds its source at one byte a character, not two).
  const ascii = asciiOnly(bundled);
  if ("error" in ascii) process.stderr.write(`build: the CLI bundle keeps its non-ASCII characters (escaped, it does not compile: ${ascii.error})\n`);
  else await writeFile(resolve(out, "cli.cjs"), ascii.text);
  process.stderr.write(`build: CLI bundled in ${relative(root, out)}/cli.cjs\n`);
}

