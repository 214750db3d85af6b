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
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { indiaPoliceEvents, polnear as readPolnear, type ManifestRecord } from "../bench/real-articles.js";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const out = opt("--out") ?? "/tmp/sitrep-manifests";
const mirror = opt("--mirror");
const evalDir = process.env.SITREP_EVAL_DATA ?? new URL("../../shared/eval/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });

/** Under --mirror every article gets a URL of the mirror instead of its own. */
const lines = (records: Iterable<ManifestRecord>, corpus: string) => [...records].map((r) => JSON.stringify(mirror ? { ...r, url: `${mirror}/${corpus}/${r.id}` } : r));
const polnear = lines(readPolnear(evalDir), "polnear");
const ipe = lines(indiaPoliceEvents(evalDir), "ipe");
const suffix = mirror ? "-mirror" : "";
writeFileSync(join(out, `polnear${suffix}.jsonl`), `${polnear.join("\n")}\n`);
writeFileSync(join(out, `india-police-events${suffix}.jsonl`), `${ipe.join("\n")}\n`);
console.log(`${polnear.length} PolNeAR and ${ipe.length} IndiaPoliceEvents articles written to ${out}/polnear${suffix}.jsonl and ${out}/india-police-events${suffix}.jsonl`);
