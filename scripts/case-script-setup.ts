/**
 * What the CASE 2021 listing scripts (case-first-events.ts, acled-rows.ts) share: their `--name value` flags, the
 * checkout whose pipeline runs (`--root`, default this one), the CASE dev snippets as [id, text, label] rows, and
 * that checkout's extractDocument.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const args = process.argv.slice(2);

export function flag(name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(flag("root", here));
const evalRoot = resolve(here, process.env.SITREP_EVAL_DATA ?? "../shared/eval");

/** The CASE 2021 dev snippets: id, text, gold label. */
export const caseRows: readonly string[][] = readFileSync(join(evalRoot, "case2021/dev.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));

export const { extractDocument } = (await import(join(root, "src/index.js"))) as typeof import("../src/index.js");
