// Preloaded by bench/ingest-bench.ts into a `sitrep` process (node --import): at exit, the CPU the whole
// process spent (every thread), on stderr, for the bench to read. Writes to a pipe are synchronous on
// Linux, so the line is out before the process ends.
process.on("exit", () => {
  const c = process.cpuUsage();
  process.stderr.write(`SITREP_BENCH_CPU ${JSON.stringify({ ms: (c.user + c.system) / 1000 })}\n`);
});
