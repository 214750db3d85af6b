/**
 * `npm run bench -- --compare <other checkout>`: per-article CPU of two (or more) trees, each in a
 * process of its own, measured in alternating order.
 *
 * Why not one process: loading two trees into one process made whichever was loaded second (or
 * shared the JIT's and the heap's state with the first) look slower; three such runs on a quiet
 * machine gave +32%, +48% and +70% for the same two trees, where an order-swapped comparison of two
 * builds gave +12.7% (docs/benchmarks.md). Here each tree gets its own child process (same node and
 * V8 flags), loads its resources and warms its pipeline (WARM_PASSES over the article set) on its
 * own, then waits. The parent asks the children for one pass each in ABBA order (A B, B A, A B, ...),
 * so a drift in the machine's load weighs on both alike, and each round's ratio comes from two
 * passes measured back to back. Reported: per tree and stage the median ms of CPU per article, and
 * the median of the per-round ratios with their spread (min, max, and the middle half).
 */
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { median } from "../src/eval/metrics.js";
import { BENCH_REPO, loadArticles } from "./speed-set.js";

const PUBLISHED = "2021-10-10";

/**
 * Passes over the article set each child runs before the first measured one (the lazily built
 * resources, and the JIT: the pipeline's CPU per pass of the 200 articles kept falling over the first
 * five or six passes, 16.4, 14.2, 12.7, 12.3, 11.5 ms an article after three warm passes, where the
 * tree of f032121, with less code, was level after two; measured rounds should compare warm code).
 */
export const WARM_PASSES = 6;
/** Measured rounds: each tree runs one pass per round, the order alternating ABBA. */
export const DEFAULT_ROUNDS = 8;
/**
 * V8 flags of the children on top of the bench's. In ABBA order a tree's pass comes either straight
 * after its own previous one or after the other tree's two, and the rounds read +3..18% and +45..69% by
 * that position (docs/benchmarks.md, 04:42 run): the pass after an idle wait was the slower one,
 * whichever tree it was. V8's memory reducer runs a full collection in a heap that has gone idle; the
 * pass after such a wait ran slower with it and not without it: 100 articles a pass in one process
 * (compiled code, load ~12 on two cores), 6 s idle waits between busy passes, CPU of the pass after a
 * wait over the next pass's, two processes each: median 1.14 (0.84 .. 1.37, 8 pairs) with the reducer,
 * 0.99 (0.79 .. 1.13, 8 pairs) without. A sitrep run never waits between its articles, so without the
 * reducer the passes compare the trees as they run. Loaded-machine figures: the next quiet bench is
 * the check.
 */
export const CHILD_V8_FLAGS: readonly string[] = ["--no-memory-reducer"];

/** One measured pass of one tree: CPU (process, all threads) and wall per article, per stage and in total. */
export interface PassResult {
  readonly cpu: number;
  readonly wall: number;
  readonly stages: Record<string, number>;
  readonly founding: number;
}

type ToChild = { readonly kind: "pass" } | { readonly kind: "exit" };
type FromChild = { readonly kind: "ready"; readonly articles: number; readonly warmMs: number } | { readonly kind: "pass"; readonly result: PassResult };

function cpuMs(since?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

interface Pipeline {
  run(d: unknown): unknown;
  runTimed(d: unknown, on: (stage: string, ms: number) => void): unknown;
}

/** The child: loads one tree, warms it, then runs a pass whenever the parent asks. */
async function child(root: string, articles: readonly string[], founding: string): Promise<void> {
  const load = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { createDocument } = await load("src/core/index.ts");
  const { newsPipeline } = await load("src/pipelines/news-pipeline.ts");
  const { loadResources } = await load("src/pipelines/resources.ts");
  const w0 = cpuMs();
  const pipeline = newsPipeline({ resources: loadResources() }) as Pipeline;
  const newDoc = (text: string) => createDocument(text, { published: PUBLISHED });
  for (let i = 0; i < WARM_PASSES; i++) for (const a of articles) pipeline.run(newDoc(a));
  const send = (m: FromChild) => process.send!(m);
  send({ kind: "ready", articles: articles.length, warmMs: cpuMs() - w0 });
  process.on("message", (m: ToChild) => {
    if (m.kind === "exit") process.exit(0);
    const stages: Record<string, number> = {};
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const a of articles) {
      let mark = process.cpuUsage();
      pipeline.runTimed(newDoc(a), (name) => {
        const now = process.cpuUsage();
        stages[name] = (stages[name] ?? 0) + (now.user - mark.user + now.system - mark.system) / 1000;
        mark = now;
      });
    }
    const cpu = cpuMs(c0) / articles.length;
    const wall = (performance.now() - t0) / articles.length;
    for (const k of Object.keys(stages)) stages[k] = stages[k]! / articles.length;
    const f0 = process.cpuUsage();
    for (let i = 0; i < 20; i++) pipeline.run(newDoc(founding));
    send({ kind: "pass", result: { cpu, wall, stages, founding: cpuMs(f0) / 20 } });
  });
}

/** A child process for one tree, and a way to ask it for a pass. */
class TreeProcess {
  private readonly proc: ChildProcess;
  private waiting: ((m: FromChild) => void) | undefined;
  private readonly failed: Promise<never>;

  constructor(
    readonly root: string,
    execArgv: readonly string[],
  ) {
    this.proc = fork(fileURLToPath(import.meta.url), ["--speed-child", root], { execArgv: [...execArgv, ...CHILD_V8_FLAGS], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.proc.on("message", (m: FromChild) => {
      const w = this.waiting;
      this.waiting = undefined;
      w?.(m);
    });
    this.failed = new Promise((_, reject) => this.proc.on("exit", (code) => code !== 0 && reject(new Error(`the speed child for ${root} exited with ${code}`))));
    this.failed.catch(() => undefined);
  }

  private next(): Promise<FromChild> {
    return Promise.race([new Promise<FromChild>((resolve) => (this.waiting = resolve)), this.failed]);
  }

  ready(): Promise<FromChild> {
    return this.next();
  }

  async pass(): Promise<PassResult> {
    const reply = this.next();
    this.proc.send({ kind: "pass" } satisfies ToChild);
    const m = await reply;
    if (m.kind !== "pass") throw new Error(`unexpected message from the speed child for ${this.root}`);
    return m.result;
  }

  stop(): void {
    if (this.proc.connected) this.proc.send({ kind: "exit" } satisfies ToChild);
  }
}

/** The order of the trees in a round: forward on even rounds, backward on odd ones (A B, B A, A B, ...). */
export function roundOrder(trees: number, round: number): number[] {
  const forward = Array.from({ length: trees }, (_, i) => i);
  return round % 2 === 0 ? forward : forward.reverse();
}

/** The median and spread of a list of ratios: min, the middle half (25th to 75th percentile), max. */
export function spreadOf(xs: readonly number[]): { median: number; min: number; q1: number; q3: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
  };
  return { median: median(s), min: s[0]!, q1: at(0.25), q3: at(0.75), max: s.at(-1)! };
}

export interface CompareReport {
  readonly roots: readonly string[];
  readonly rounds: number;
  readonly articles: number;
  /** Per tree, every measured pass in time order. */
  readonly passes: readonly PassResult[][];
  /** Per tree after the first: the first tree's per-article CPU over that tree's, one ratio per round (above 1: the first is slower). */
  readonly ratios: readonly number[][];
}

/**
 * Runs the alternating comparison: one warmed child process per tree, `rounds` rounds of one pass
 * each in ABBA order. The children start one after another (so their warm-ups do not share the cores).
 */
export async function compareSpeedAlternating(roots: readonly string[], execArgv: readonly string[], rounds = DEFAULT_ROUNDS): Promise<CompareReport> {
  const trees: TreeProcess[] = [];
  let articles = 0;
  try {
    for (const root of roots) {
      const t = new TreeProcess(root, execArgv);
      trees.push(t);
      const m = await t.ready();
      if (m.kind === "ready") articles = m.articles;
    }
    const passes: PassResult[][] = roots.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const i of roundOrder(trees.length, round)) passes[i]!.push(await trees[i]!.pass());
    }
    const ratios = passes.slice(1).map((p) => p.map((r, k) => passes[0]![k]!.cpu / r.cpu));
    return { roots, rounds, articles, passes, ratios };
  } finally {
    for (const t of trees) t.stop();
  }
}

export function printCompare(r: CompareReport): void {
  console.log(`speed, each tree in its own warmed process, ${r.rounds} rounds in ABBA order over ${r.articles} articles: median ms of CPU per article`);
  console.log(["", ...r.roots].map((c) => c.padEnd(30)).join(""));
  const stages = Object.keys(r.passes[0]![0]?.stages ?? {});
  const row = (name: string, get: (p: PassResult) => number | undefined) =>
    console.log([name, ...r.passes.map((ps) => {
      const v = ps.map(get).filter((x): x is number => x !== undefined);
      return v.length ? median(v).toFixed(3) : "-";
    })].map((c) => c.padEnd(30)).join(""));
  row("total cpu", (p) => p.cpu);
  row("total wall", (p) => p.wall);
  for (const s of stages) row(`  ${s} cpu`, (p) => p.stages[s]);
  row("founding cpu", (p) => p.founding);
  for (const [i, ps] of r.passes.entries()) console.log(`  ${r.roots[i]}: ms of CPU an article by round ${ps.map((p) => p.cpu.toFixed(2)).join(" ")}`);
  for (const [i, ratios] of r.ratios.entries()) {
    const s = spreadOf(ratios);
    const pct = (x: number) => `${x >= 1 ? "+" : ""}${((x - 1) * 100).toFixed(1)}%`;
    console.log(
      `  ${r.roots[0]} against ${r.roots[i + 1]}: per-article CPU ratio median ${s.median.toFixed(3)} (${pct(s.median)}), middle half ${pct(s.q1)} .. ${pct(s.q3)}, range ${pct(s.min)} .. ${pct(s.max)} over ${ratios.length} rounds [${ratios.map((x) => x.toFixed(3)).join(" ")}]`,
    );
  }
}

const at = process.argv.indexOf("--speed-child");
if (at >= 0) {
  await child(process.argv[at + 1]!, loadArticles(), readFileSync(join(BENCH_REPO, "test/golden/founding/article.txt"), "utf8"));
}
