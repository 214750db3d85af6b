/**
 * Measures the clean stage on the development corpora (not a test: the corpora are not in the repo).
 * Counts removed lines per rule and documents judged non-English; `-v` lists every removed line
 * for review. Run: npx tsx test/clean/measure-removals.ts [-v]   (SITREP_EVAL_DATA overrides ../shared/eval)
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { cleanText } from "../../src/stages/clean/clean-text.js";
import { detectEnglish } from "../../src/stages/clean/detect-language.js";
import { loadCleanResources } from "../../src/stages/clean/resources.js";

const root = process.env.SITREP_EVAL_DATA ?? "../shared/eval";
const verbose = process.argv.includes("-v");
const { cleanLexicon } = loadCleanResources();
const docs: [string, string][] = [];
const read = (p: string) => readFileSync(join(root, p), "utf8");
const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

if (!existsSync(root)) throw new Error(`no evaluation data at ${root}; set SITREP_EVAL_DATA`);
for (const f of readdirSync(join(root, "polnear/dev/text"))) docs.push([`polnear/${f}`, read(`polnear/dev/text/${f}`)]);
for (const d of readdirSync(join(root, "re3d"))) {
  if (!existsSync(join(root, "re3d", d, "documents.json"))) continue;
  for (const line of read(`re3d/${d}/documents.json`).split("\n")) if (line.trim()) docs.push([`re3d/${d}`, JSON.parse(line).text]);
}
for (const f of ["lgl.xml", "GeoWebNews_GWN.xml", "GeoVirus.xml"]) {
  for (const m of read(`geoparsing/${f}`).matchAll(/<text>([\s\S]*?)<\/text>/g)) docs.push([`geoparsing/${f}`, unescapeXml(m[1]!.replace(/^<!\[CDATA\[|\]\]>$/g, ""))]);
}
for (const line of read("india-police-events/docs.jsonl").split("\n")) if (line.trim()) docs.push(["india-police-events", JSON.parse(line).doc_text]);
for (const text of read("muc4/tst3-muc4").split(/\n(?=TST3-MUC4-\d+)/)) docs.push(["muc4", text]);
const walk = (dir: string) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith(".tml")) docs.push(["tempeval3", (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(p, "utf8"))?.[1] ?? "").replace(/<[^>]+>/g, "")]);
  }
};
walk(join(root, "tempeval3"));
for (const line of read("case2021/dev.tsv").split("\n").slice(1)) if (line.split("\t")[1]) docs.push(["case2021", line.split("\t")[1]!]);

const byRule = new Map<string, number>();
const byCorpus = new Map<string, number>();
let nonEnglish = 0;
let emptied = 0;
let removedLines = 0;
for (const [source, raw] of docs) {
  const corpus = source.split("/")[0]!;
  byCorpus.set(corpus, (byCorpus.get(corpus) ?? 0) + 1);
  const cleaned = cleanText(raw, cleanLexicon);
  for (const r of cleaned.removed) {
    removedLines++;
    byRule.set(r.source.rule, (byRule.get(r.source.rule) ?? 0) + 1);
    if (verbose) console.log(`${source}\t${r.source.rule}\t${r.reason}\t${r.text.slice(0, 160)}`);
  }
  if (!/[\p{L}\p{N}]/u.test(cleaned.text) && /[\p{L}\p{N}]/u.test(raw)) {
    emptied++;
    console.log(`emptied: ${source}: ${raw.slice(0, 100)}`);
  }
  const language = detectEnglish(cleaned.text, cleanLexicon);
  if (!language.english) {
    nonEnglish++;
    console.log(`not English: ${source}: ${language.reason}: ${cleaned.text.slice(0, 100)}`);
  }
}
console.log(`${docs.length} documents`, Object.fromEntries(byCorpus));
console.log(`${removedLines} lines removed`, Object.fromEntries([...byRule].sort((a, b) => b[1] - a[1])));
console.log(`${nonEnglish} documents judged not English; ${emptied} documents with words emptied by cleaning`);
