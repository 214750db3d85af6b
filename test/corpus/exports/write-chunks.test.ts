import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeChunks } from "../../../src/corpus/exports/write-chunks.js";
import { WRITE_CHUNK_CHARS } from "../../../src/corpus/exports/heuristics.js";

describe("writing an export as it is produced", () => {
  it("writes everything, in order, in chunks of at most a pipe's buffer", async () => {
    const writes: string[] = [];
    const out = new Writable({ write: (chunk, _enc, cb) => { writes.push(String(chunk)); cb(); } });
    const lines = Array.from({ length: 5000 }, (_, i) => `row ${i},${"x".repeat(40)}\n`);
    expect(await writeChunks(lines, out, { end: true })).toBe("done");
    expect(writes.join("")).toBe(lines.join(""));
    expect(writes.length).toBeGreaterThan(1);
    for (const w of writes) expect(w.length).toBeLessThan(WRITE_CHUNK_CHARS + 100);
  });

  it("produces the next rows only when the stream has room (backpressure)", async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    let produced = 0;
    async function* rows() {
      for (let i = 0; i < 10_000; i++) {
        produced++;
        yield `${"y".repeat(100)}\n`;
      }
    }
    const done = writeChunks(rows(), out, { end: true });
    await new Promise((r) => setTimeout(r, 50));
    // Nobody reads: the writer waits after filling the stream's buffer instead of producing all rows.
    expect(produced).toBeLessThan(10_000);
    let read = 0;
    out.on("data", (c: Buffer) => (read += c.length));
    expect(await done).toBe("done");
    expect(produced).toBe(10_000);
    expect(read).toBe(10_000 * 101);
  });

  it("stops quietly when the reader goes away (EPIPE), closing the source", async () => {
    let closed = false;
    let produced = 0;
    async function* rows() {
      try {
        for (let i = 0; i < 1_000_000; i++) {
          produced++;
          yield `${"z".repeat(1000)}\n`;
        }
      } finally {
        closed = true;
      }
    }
    let writes = 0;
    const out = new Writable({
      write: (_chunk, _enc, cb) => {
        writes++;
        if (writes === 1) cb();
        else cb(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
    expect(await writeChunks(rows(), out)).toBe("closed");
    expect(closed).toBe(true);
    expect(produced).toBeLessThan(1_000);
  });

  it("reports other write errors", async () => {
    const out = new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error("disk full"), { code: "ENOSPC" })) });
    const big = Array.from({ length: 200 }, () => "w".repeat(1000));
    await expect(writeChunks(big, out, { end: true })).rejects.toThrow("disk full");
  });
});
