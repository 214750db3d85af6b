/**
 * Writes the document JSON of a fixed sample of real articles, one line each, so a speed change can be
 * checked for byte-identical output: run it on the tree before and the tree after, and compare the
 * two files (`cmp`); for a change meant to move output, `scripts/compare-snapshots.ts` lists the events each changed
 * document gained or lost. Not a test: it takes a minute or two.
 *
 *   node --import tsx scripts/snapshot-documents.ts OUT.jsonl [--root TREE] [--limit N]
 *
 * --root runs another checkout's code (its src/) over the same texts, read from this checkout's
 * ../shared/eval (SITREP_EVAL_DATA). The sample: the golden articles, then texts taken round-robin
 * from GeoVirus, GeoWebNews, LGL, PolNeAR dev, the India police events (lower-cased, broken encodings)
 * and RAMS; one article in five goes without a publication date, so the dateline search runs too.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const out = argv[0];
if (!out || out.startsWith("--")) {
  process.stderr.write("usage: snapshot-documents.ts OUT.jsonl [--root TREE] [--limit N]\n");
  process.exit(2);
}
const here = fileURLToPath(new URL("../", import.meta.url));
const root = resolve(option("--root") ?? here);
const limit = Number(option("--limit") ?? 600);
const evalRoot = resolve(here, process.env.SITREP_EVAL_DATA ?? "../shared/eval");

function xmlTexts(file: string): string[] {
  if (!existsSync(file)) return [];
  const xml = readFileSync(file, "utf8").replace(/<!--[\s\S]*?-->/g, "");
  return [...xml.matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
  );
}
function jsonLines<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}
function dirTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), "utf8"));
}

const golden = join(here, "test/golden");
const texts: string[] = readdirSync(golden).sort().map((s) => join(golden, s, "article.txt")).filter(existsSync).map((p) => readFileSync(p, "utf8"));
const pools = [
  xmlTexts(join(evalRoot, "geoparsing/GeoVirus.xml")),
  xmlTexts(join(evalRoot, "geoparsing/GeoWebNews_GWN.xml")),
  xmlTexts(join(evalRoot, "geoparsing/lgl.xml")),
  dirTexts(join(evalRoot, "polnear/dev/text")),
  jsonLines<{ doc_text: string }>(join(evalRoot, "india-police-events/docs.jsonl")).map((d) => d.doc_text),
  jsonLines<{ sentences: string[][] }>(join(evalRoot, "rams/dev.jsonlines")).map((d) => d.sentences.map((s) => s.join(" ")).join("\n")),
];
for (let i = 0; texts.length < limit && pools.some((p) => i < p.length); i++) {
  for (const p of pools) if (i < p.length && texts.length < limit) texts.push(p[i]!);
}

const load = (p: string) => import(pathToFileURL(join(root, p)).href);
const { analyzeArticle } = await load("src/app/analyze-article.ts");
const { presentDocument } = await load("src/app/present/present-document.ts");
const lines: string[] = [];
const t0 = process.cpuUsage();
for (const [i, text] of texts.entries()) {
  try {
    const doc = analyzeArticle({ text, ...(i % 5 === 4 ? {} : { meta: { published: "2021-10-10" } }) });
    lines.push(JSON.stringify(presentDocument(doc)));
  } catch (e) {
    lines.push(JSON.stringify({ error: (e as { code?: string }).code ?? String(e) }));
  }
}
const cpu = process.cpuUsage(t0);
writeFileSync(out, `${lines.join("\n")}\n`);
process.stderr.write(`${texts.length} documents from ${root} written to ${out} (${((cpu.user + cpu.system) / 1000 / texts.length).toFixed(2)} ms CPU each)\n`);
