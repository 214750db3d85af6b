/**
 * Draws a reproducible random sample of errors from a scorer's --predictions file, for error
 * analysis that is not cherry-picked: `node --import tsx scripts/sample-errors.ts FILE [N] [SEED]`.
 * Event-argument files (wikievents, rams): N/2 event-level errors (fn, fp-split, fp-unmatched) and
 * N/2 argument-level errors (fn, fp), each drawn uniformly. Other files (phantom): N lines uniformly.
 */
import { readFileSync } from "node:fs";
import { createSeededRandom } from "../src/models/ner/seeded-random.js";

function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

const [file, nArg, seedArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: sample-errors.ts FILE [N=20] [SEED=6]\n");
  process.exit(2);
}
const n = Number(nArg ?? 20);
const random = createSeededRandom(Number(seedArg ?? 6));
const rows = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
const isError = (r: Record<string, unknown>) => typeof r.kind === "string" && !String(r.kind).startsWith("tp");
const picked = rows.some((r) => r.level)
  ? [...sample(rows.filter((r) => r.level === "event" && isError(r)), Math.ceil(n / 2), random), ...sample(rows.filter((r) => r.level === "argument" && isError(r)), Math.floor(n / 2), random)]
  : sample(rows, n, random);
picked.forEach((r, i) => process.stdout.write(`${i + 1}. ${JSON.stringify(r)}\n`));
