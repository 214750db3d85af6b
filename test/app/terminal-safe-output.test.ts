import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { formatDocuments } from "../../src/app/present/format-documents.js";
import { presentDocument } from "../../src/app/present/present-document.js";
import { stripControls } from "../../src/app/present/strip-controls.js";
import { ingestRaw } from "../../src/stages/ingest/ingest-input.js";

/** A page whose title, heading and caption try to drive the terminal and to inject Markdown. */
const ESC = "\u001b";
const HOSTILE = `<html><head><title>${ESC}]0;owned${ESC}\\${ESC}[2J${ESC}[31mFlood kills 12${ESC}[0m **now** [click](javascript:alert(1)) &lt;img src=x&gt; | # \u202eevil</title></head>
<body><h2>${ESC}[8mhidden${ESC}[0m heading</h2><figure><img src="a.jpg"><figcaption>Caption ${ESC}c\u0007 bell</figcaption></figure>
<p>Floods killed 12 people in Sindh province on Tuesday, the disaster agency said.</p></body></html>`;

function hostileDocument() {
  const ingested = ingestRaw({ bytes: new TextEncoder().encode(HOSTILE), locator: "hostile.html", kind: "file" });
  const doc = analyzeArticle({ text: ingested.text, meta: { ...ingested.meta, published: "2021-10-10" }, removed: ingested.removed });
  return presentDocument(doc);
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("table and markdown outputs", () => {
  const json = hostileDocument();

  it("keep the page's text as it was in the JSON (the escape sequences are there to strip)", () => {
    expect(json.meta.title).toContain(`${ESC}[2J`);
    expect(json.removed.map((r) => r.text).join(" ")).toContain(ESC);
  });

  it.each(["table", "markdown"] as const)("%s carries no escape sequence or control character", (format) => {
    const out = formatDocuments([json], format);
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain("Flood kills 12");
    expect(out).not.toContain("owned"); // the OSC payload (window title) goes with its sequence
  });

  it("markdown escapes the characters that would open markup", () => {
    const out = formatDocuments([json], "markdown");
    const title = out.split("\n")[0]!;
    expect(title).toContain("\\*\\*now\\*\\*");
    expect(title).toContain("\\[click\\](javascript:alert(1))");
    expect(title).toContain("\\<img src=x\\>");
    expect(title).toContain("\\| \\#");
  });

  it("stripControls removes CSI, OSC and other escapes and keeps newlines and tabs", () => {
    expect(stripControls(`a${ESC}[1;31mb${ESC}[0m\tc\n${ESC}]8;;http://x${ESC}\\d${ESC}]8;;${ESC}\\\u0000e`)).toBe("ab\tc\nde");
  });
});
