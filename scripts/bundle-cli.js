// A step of `npm run build` (after tsc): bundles the compiled CLI into dist/bundle/, a few dozen
// chunks instead of ~300 modules, which Node resolves, reads and links one by one at every start (the
// bundle starts ~15% faster for one article, same output). Each lazily loaded command and stage stays a
// chunk of its own (code splitting), and packages stay outside the bundle. dist/ keeps the unbundled
// modules: the library (`import "sitrep"`) and worker threads use them, and bin/sitrep.js falls back
// to them when the bundle is missing (esbuild is a development dependency).
import { readFile, rm } from "node:fs/promises";
import { relative, resolve } from "node:path";

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
 * In a chunk, import.meta.url is the chunk's, so each module's use is rewritten to the URL its compiled
 * file has in dist/, computed from the chunk's at run time: the package can still be moved anywhere.
 */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const fromChunk = JSON.stringify(relative(out, args.path));
      return { contents: source.replaceAll("import.meta.url", `new URL(${fromChunk}, import.meta.url).href`), loader: "js" };
    });
  },
};

/**
 * Packages bundled into the chunks: pure JavaScript of many small modules that a one-article run loads
 * (chrono-node: ~50 ES modules for English), each of which Node would otherwise
 * resolve, read and link at start. Every other package stays outside (native addons, data files found
 * by path, packages loaded through createRequire, worker entry points).
 */
const BUNDLED_PACKAGES = ["chrono-node", "wink-nlp"];

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
  entryPoints: { main: resolve(root, "dist/cli/main.js") },
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [keepModuleUrls, packagesOutsideExcept(BUNDLED_PACKAGES)],
  // Classes are told apart by name at run time (the date tagger drops chrono parsers by constructor name).
  keepNames: true,
  logLevel: "warning",
});
process.stderr.write(`build: CLI bundled in ${relative(root, out)}\n`);
