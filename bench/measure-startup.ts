/**
 * Start-up cost of one `sitrep extract` of the founding article as a cold process, the way a user
 * runs it: CPU time of the whole process (Node's own start included) and wall time, median of
 * BENCH_STARTUP_RUNS runs, the variants interleaved (A B C A B C ...) so the load of a shared
 * machine weighs on each alike. Variants:
 *   - tsx, index built at start: the TypeScript run through tsx and the gazetteer index built from
 *     the GeoNames tables in the process, as bin/sitrep.js ran it before the compiled build;
 *   - dist, index built at start: the compiled build without the prebuilt index (SITREP_NO_CACHE=1);
 *   - dist, unbundled: the compiled modules with the caches made by `npm run build`;
 *   - bin/sitrep.js (what `sitrep` runs): the CLI bundle (scripts/bundle-cli.js) compiled with the
 *     build's V8 code cache, and the same without the code cache (SITREP_NO_CODE_CACHE=1);
 *   - with BENCH_STARTUP_COMPARE=<checkout>[,<checkout>...]: the same for each other checkout's build,
 *     in the same interleaved loop, so a change is measured beside the code before it.
 * The child reports its own process.cpuUsage() when it exits (an --import hook), so no external
 * `time` is needed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "../src/eval/metrics.js";

export interface StartupVariant {
  readonly name: string;
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly runs: number;
}

export interface StartupReport {
  readonly article: string;
  readonly variants: readonly StartupVariant[];
  /** Why the compiled variants were not measured (no build, or a build older than src/). */
  readonly skipped?: string;
}

const REPORT_CPU = `data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\nSITREP_BENCH_CPU_MS "+(u.user+u.system)/1000+"\\n")})`;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function runOnce(root: string, args: readonly string[], env: NodeJS.ProcessEnv): { cpuMs: number; wallMs: number } {
  const w0 = performance.now();
  const run = spawnSync(process.execPath, ["--import", REPORT_CPU, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - w0;
  const m = /SITREP_BENCH_CPU_MS ([\d.]+)/.exec(run.stderr ?? "");
  if (run.status !== 0 || !m) throw new Error(`start-up run failed (${args.join(" ")}): ${run.stderr}`);
  return { cpuMs: Number(m[1]), wallMs };
}

export function measureStartup(root: string, runs: number): StartupReport {
  const article = join(root, "examples/founding-article.txt");
  const extract = ["extract", article, "--published", "2021-10-10", "--format", "json"];
  const built = join(root, "dist/cli/main.js");
  const stamp = join(root, "dist/.build-stamp");
  const variants: { name: string; args: string[]; env: NodeJS.ProcessEnv }[] = [
    { name: "tsx, index built at start", args: ["--import", "tsx", join(root, "src/cli/main.ts"), ...extract], env: { SITREP_NO_CACHE: "1" } },
  ];
  let skipped: string | undefined;
  if (!existsSync(built) || !existsSync(stamp)) skipped = "no build: run `npm run build` first";
  else if (newestMtime(join(root, "src")) > statSync(stamp).mtimeMs) skipped = "the build is older than src/: run `npm run build` first";
  else {
    variants.push({ name: "dist, index built at start", args: [built, ...extract], env: { SITREP_NO_CACHE: "1" } });
    variants.push({ name: "dist, unbundled", args: [built, ...extract], env: {} });
    // What `sitrep` runs: bin/sitrep.js, which picks the bundle (scripts/bundle-cli.js) when the build made one.
    variants.push({ name: "bin/sitrep.js (sitrep)", args: [join(root, "bin/sitrep.js"), ...extract], env: {} });
    // The same bundle compiled from its source at every start: what the code cache saves.
    variants.push({ name: "bin/sitrep.js, no code cache", args: [join(root, "bin/sitrep.js"), ...extract], env: { SITREP_NO_CODE_CACHE: "1" } });
  }
  for (const other of (process.env.BENCH_STARTUP_COMPARE ?? "").split(",").filter(Boolean)) {
    const otherBuilt = join(other, "dist/cli/main.js");
    if (!existsSync(otherBuilt)) throw new Error(`BENCH_STARTUP_COMPARE: no build at ${otherBuilt}`);
    // The other checkout as its users run it: its bin/sitrep.js, or its dist where it has no bin.
    const otherBin = join(other, "bin/sitrep.js");
    variants.push({ name: `sitrep at ${other}`, args: [existsSync(otherBin) ? otherBin : otherBuilt, ...extract], env: {} });
  }
  const samples = variants.map(() => ({ cpu: [] as number[], wall: [] as number[] }));
  for (let r = 0; r < runs; r++) {
    for (const [i, v] of variants.entries()) {
      const s = runOnce(root, v.args, v.env);
      samples[i]!.cpu.push(s.cpuMs);
      samples[i]!.wall.push(s.wallMs);
    }
  }
  return {
    article: "examples/founding-article.txt",
    variants: variants.map((v, i) => ({ name: v.name, cpuMs: Math.round(median(samples[i]!.cpu)), wallMs: Math.round(median(samples[i]!.wall)), runs })),
    ...(skipped ? { skipped } : {}),
  };
}

export function printStartup(r: StartupReport): void {
  console.log(`start-up: one \`sitrep extract\` of ${r.article} as a cold process, median of ${r.variants[0]?.runs} runs, interleaved`);
  for (const v of r.variants) console.log(`  ${v.name.padEnd(32)} ${String(v.cpuMs).padStart(5)} ms CPU  ${String(v.wallMs).padStart(5)} ms wall`);
  if (r.skipped) console.log(`  (compiled build not measured: ${r.skipped})`);
  console.log("  (issue 7's target: under 500 ms CPU for `sitrep`, bin/sitrep.js)");
}
