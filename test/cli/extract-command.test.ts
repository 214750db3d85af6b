import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runExtract, runExtractBatch } from "../../src/cli/extract-command.js";
import { documentJsonSchema } from "../../src/app/present/document-schema.js";
import { SitrepError } from "../../src/core/errors.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const founding = `${root}examples/founding-article.txt`;
const HEADLINES = ["Explained: How division among Taliban groups impacts Afghanistan", "Under Taliban’s rule, no women in Ministry of Women Affairs in Afghanistan"];

describe("sitrep extract (in process)", () => {
  it("prints the document JSON of the founding article", async () => {
    const out = await runExtract([founding], { format: "json", published: "2021-10-10" });
    const json = JSON.parse(out);
    const parsed = documentJsonSchema.safeParse(json);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(json.meta).toMatchObject({ published: "2021-10-10", language: "en", source: founding });
    expect(json.removed.map((r: { text: string }) => r.text)).toEqual(HEADLINES);
    for (const h of HEADLINES) expect(json.text).not.toContain(h);
    expect(json.text.startsWith("United States has assured to help the Taliban regime")).toBe(true);
  });

  it("prints one line a document with --format jsonl", async () => {
    const out = await runExtract([founding, founding], { format: "jsonl" });
    expect(out.trimEnd().split("\n")).toHaveLength(2);
  });

  it("prints a readable table and a markdown report", async () => {
    const table = await runExtract([founding], { format: "table", published: "2021-10-10" });
    for (const section of ["EVENTS", "QUOTES", "PLACES", "DATES", "REMOVED (2)"]) expect(table).toContain(section);
    const md = await runExtract([founding], { format: "markdown", published: "2021-10-10" });
    expect(md).toContain("## Removed lines (2)");
  });

  it.each([
    [{ format: "xml" }, "BAD_ARGUMENT"],
    [{ format: "json", maxBytes: "ten" }, "BAD_ARGUMENT"],
    [{ format: "json", timeout: "-5" }, "BAD_ARGUMENT"],
    [{ format: "json", published: "Oct 10" }, "BAD_DATE"],
  ])("rejects bad options %j with %s", async (options, code) => {
    await expect(runExtract([founding], options)).rejects.toSatisfy((e: unknown) => e instanceof SitrepError && e.code === code);
  });

  it("in a batch, reports a bad input, prints the others, and returns the error for the exit status", async () => {
    const warnings: string[] = [];
    const { output, firstError } = await runExtractBatch([`${root}missing.txt`, founding], { format: "jsonl" }, (w) => warnings.push(w));
    expect(output.trimEnd().split("\n")).toHaveLength(1);
    expect(firstError?.code).toBe("INPUT_NOT_FOUND");
    expect(warnings.join("")).toContain("missing.txt: error INPUT_NOT_FOUND");
  });

  it("fails with INPUT_TOO_LARGE when the file passes --max-bytes", async () => {
    await expect(runExtract([founding], { format: "json", maxBytes: "100" })).rejects.toSatisfy((e: unknown) => e instanceof SitrepError && e.code === "INPUT_TOO_LARGE");
  });
});

describe("sitrep extract (child process smoke test)", () => {
  const sitrep = (args: string[], input?: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [`${root}bin/sitrep.js`, ...args], { cwd: root }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(input ?? "");
    });

  it("reads standard input and exits 0; a missing file exits 2 with its code", async () => {
    const ok = await sitrep(["extract", "-", "--format", "jsonl", "--published", "2021-10-10"], "The Taliban met US officials in Doha on Saturday, officials said.");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).meta.source).toBe("stdin");
    const missing = await sitrep(["extract", `${root}no-such-file.txt`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("INPUT_NOT_FOUND");
  });
});
