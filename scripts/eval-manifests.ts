/**
 * Writes the PolNeAR (train + dev, 924 articles) and IndiaPoliceEvents (1,257 articles) texts of
 * ../shared/eval (or SITREP_EVAL_DATA) as JSON Lines manifests for `sitrep ingest`, into a folder
 * outside the repository (default /tmp/sitrep-manifests): the corpora are never copied into the project.
 *
 *   npx tsx scripts/eval-manifests.ts [--out /tmp/sitrep-manifests] [--mirror https://mirror.example]
 *
 * --mirror gives every article another URL under that prefix (the same corpus re-published
 * elsewhere): ingesting it after the first adds URLs, not articles or events.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const out = opt("--out") ?? "/tmp/sitrep-manifests";
const mirror = opt("--mirror");
const evalDir = process.env.SITREP_EVAL_DATA ?? new URL("../../shared/eval/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const polnearMeta = new Map<string, { publisher: string; date: string; title: string }>();
const metadataFile = join(evalDir, "polnear", "metadata.tsv");
if (existsSync(metadataFile)) {
  for (const line of readFileSync(metadataFile, "utf8").split("\n").slice(1)) {
    const c = line.split("\t");
    if (c.length > 7) polnearMeta.set(c[1]!, { publisher: c[4]!, date: c[5]!, title: c[7]! });
  }
}
/** A PolNeAR file is named outlet_YYYY-MM-DD_slug: the outlet and date where no metadata file says them. */
function polnearFileMeta(id: string): { publisher: string; date: string } | undefined {
  const m = /^([a-z]+)_(\d{4}-\d{2}-\d{2})_/.exec(id);
  return m ? { publisher: m[1]!, date: m[2]! } : undefined;
}
const polnear: string[] = [];
for (const split of ["train", "dev"]) {
  const dir = join(evalDir, "polnear", split, "text");
  // Some copies hold the dev split only.
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".txt")) continue;
    const id = name.replace(/\.txt$/, "");
    const meta = polnearMeta.get(id);
    const fromName = polnearFileMeta(id);
    const date = meta?.date ?? fromName?.date;
    const published = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
    // Without a URL of its own, the outlet goes into one, so the store's sources name it.
    const url = mirror ? `${mirror}/polnear/${id}` : fromName && !meta ? `https://${fromName.publisher}.example/${id}` : undefined;
    polnear.push(JSON.stringify({ id, ...(url ? { url } : {}), ...(meta?.title ? { title: meta.title } : {}), ...(published ? { published } : {}), text: readFileSync(join(dir, name), "utf8") }));
  }
}
const ipeMeta = new Map<number, { date: string; url: string }>();
for (const line of readFileSync(join(evalDir, "india-police-events", "metadata.jsonl"), "utf8").split("\n")) {
  if (!line.trim()) continue;
  const m = JSON.parse(line) as { doc_id: number; date: string; url: string };
  ipeMeta.set(m.doc_id, { date: m.date, url: m.url });
}
const ipe: string[] = [];
for (const line of readFileSync(join(evalDir, "india-police-events", "docs.jsonl"), "utf8").split("\n")) {
  if (!line.trim()) continue;
  const d = JSON.parse(line) as { doc_id: number; doc_text: string };
  const meta = ipeMeta.get(d.doc_id);
  const url = mirror ? `${mirror}/ipe/${d.doc_id}` : meta?.url;
  ipe.push(JSON.stringify({ id: `ipe-${d.doc_id}`, ...(url ? { url } : {}), ...(meta?.date ? { published: meta.date } : {}), text: d.doc_text }));
}
const suffix = mirror ? "-mirror" : "";
writeFileSync(join(out, `polnear${suffix}.jsonl`), `${polnear.join("\n")}\n`);
writeFileSync(join(out, `india-police-events${suffix}.jsonl`), `${ipe.join("\n")}\n`);
console.log(`${polnear.length} PolNeAR and ${ipe.length} IndiaPoliceEvents articles written to ${out}/polnear${suffix}.jsonl and ${out}/india-police-events${suffix}.jsonl`);
