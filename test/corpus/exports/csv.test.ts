import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, csvLines, csvRow, UTF8_BOM } from "../../../src/corpus/exports/csv.js";

describe("CSV cells (RFC 4180, safe for spreadsheets)", () => {
  it("quotes a cell with a comma, a quote, CR or LF and doubles its quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });

  it("prefixes text that a spreadsheet would run as a formula with a single quote (OWASP)", () => {
    for (const s of ["=1+1", "+33 1 23", "-5", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(s).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("writes numbers as numbers, negative ones unprefixed, and nothing for null or non-finite", () => {
    expect(csvCell(-4.18296)).toBe("-4.18296");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("ends rows with CRLF and opens the file with a UTF-8 BOM", async () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
    const lines: string[] = [];
    for await (const l of csvLines(["x", "y"], [{ x: "é", y: 2 }], (r) => [r.x, r.y])) lines.push(l);
    expect(lines[0]!.startsWith(UTF8_BOM)).toBe(true);
    expect(parse(lines.join(""), { bom: true })).toEqual([["x", "y"], ["é", "2"]]);
  });
});
