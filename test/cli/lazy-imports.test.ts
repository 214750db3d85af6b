import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// What one article's extraction loads decides sitrep's start-up (issue 7: under 0.5 s of CPU). The store,
// the HTTP server, feeds, HTML and the worker pool are each loaded with `import()` or a lazy require where
// they are needed; this walks the static import graph from the entry points and names any package that
// a plain-text run would load eagerly.
const ROOT = resolve(import.meta.dirname, "../..");

/** Packages that a plain-text `sitrep extract` or `analyzeArticle` must not load at start. */
const HEAVY = [
  "fastify", "@fastify/static", "@fastify/swagger", "kysely", "better-sqlite3", "pg", "feedsmith", "undici",
  "zod", "linkedom", "@mozilla/readability", "htmlparser2", "piscina", "cli-progress", "leaflet",
];

// Static `import ... from "x"` and `export ... from "x"`, type-only ones excluded; one statement may span lines.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)"|^import\s+"([^"]+)"/gm;

function staticGraph(entry: string): { packages: Map<string, string>; files: Set<string> } {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(STATIC_IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith(".")) queue.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else if (!spec.startsWith("node:")) {
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
        if (!packages.has(name)) packages.set(name, file.slice(ROOT.length + 1));
      }
    }
  }
  return { packages, files: seen };
}

describe("start-up loads only what one article needs", () => {
  for (const entry of ["src/cli/main.ts", "src/cli/extract-command.ts", "src/index.ts"]) {
    it(`${entry} reaches no heavy package through static imports`, () => {
      const { packages, files } = staticGraph(entry);
      const heavy = HEAVY.filter((p) => packages.has(p)).map((p) => `${p} (from ${packages.get(p)})`);
      expect(heavy).toEqual([]);
      // The walk itself works: it followed the entry's own modules.
      expect(files.size).toBeGreaterThan(2);
    });
  }
});

// `sitrep ingest` of files and manifests (issue 8 item 6: articles per CPU second, start-up included)
// needs the store but neither the HTTP client nor the feed parser (~0.2 s of CPU to load): they are
// imported when a URL or a feed is among the inputs.
describe("an ingest of local files loads no fetch or feed package", () => {
  for (const entry of ["src/cli/ingest-command.ts", "src/ingest-sources/article-inputs.ts", "src/app/ingest-articles.ts"]) {
    it(`${entry} reaches neither undici nor feedsmith through static imports`, () => {
      const { packages, files } = staticGraph(entry);
      expect(["undici", "feedsmith"].filter((p) => packages.has(p)).map((p) => `${p} (from ${packages.get(p)})`)).toEqual([]);
      expect(files.size).toBeGreaterThan(2);
    });
  }
});
