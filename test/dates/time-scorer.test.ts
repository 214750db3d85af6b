import { describe, expect, it } from "vitest";
import { emptyCounts, parseTimeml, scoreTimexes } from "../../src/eval/time-scorer.js";

const TIMEML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-10-10" temporalFunction="false" functionInDocument="CREATION_TIME">20211010</TIMEX3></DCT>
<TEXT>
Talks <EVENT eid="e1">began</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-10-08">Friday</TIMEX3> in Doha &amp; lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
The Taliban took over in <TIMEX3 tid="t3" type="DATE" value="2021-08">mid August</TIMEX3>.
</TEXT>
</TimeML>`;

describe("TimeML reading", () => {
  it("strips tags, decodes entities, and keeps offsets of the TIMEX3s in <TEXT> only", () => {
    const doc = parseTimeml(TIMEML, "test1");
    expect(doc.dct).toBe("2021-10-10");
    expect(doc.timexes).toHaveLength(3);
    expect(doc.timexes.map((t) => doc.text.slice(t.start, t.end))).toEqual(["Friday", "two days", "mid August"]);
    expect(doc.text).toContain("Doha & lasted");
    expect(doc.timexes[1]).toMatchObject({ type: "DURATION", value: "P2D" });
  });
});

describe("TempEval-3 task A scoring", () => {
  it("counts strict, relaxed, type and value matches one to one", () => {
    const doc = parseTimeml(TIMEML, "test1");
    const [friday, twoDays, midAugust] = doc.timexes;
    const predicted = [
      // exact span, right value
      { ...friday!, text: "Friday" },
      // wider span ("lasted two days"), right type, wrong value
      { start: twoDays!.start - 7, end: twoDays!.end, type: "DURATION", value: "P3D", text: "lasted two days" },
      // a spurious one, overlapping nothing
      { start: 0, end: 5, type: "DATE", value: "2021", text: "Talks" },
    ];
    const counts = emptyCounts();
    const pairs = scoreTimexes(doc.timexes, predicted, counts);
    expect(counts).toEqual({ gold: 3, predicted: 3, strict: 1, relaxed: 2, type: 2, value: 1 });
    expect(pairs.filter((p) => p.gold === midAugust)[0]!.predicted).toBeNull();
  });

  it("pairs a prediction with at most one gold timex", () => {
    const gold = [
      { start: 0, end: 6, type: "DATE", value: "2021-10-08" },
      { start: 7, end: 14, type: "TIME", value: "2021-10-08TNI" },
    ];
    const counts = emptyCounts();
    scoreTimexes(gold, [{ start: 0, end: 14, type: "TIME", value: "2021-10-08TNI", text: "Friday evening" }], counts);
    expect(counts.relaxed).toBe(1);
  });
});

describe("--gold layouts: raw input and gold in sibling folders", () => {
  it("pairs inputs with gold by file name, takes the DCT from the input, and reports the unpaired", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { loadTimemlDocuments } = await import("../../src/eval/time-scorer.js");
    const root = mkdtempSync(join(tmpdir(), "sitrep-time-"));
    mkdirSync(join(root, "input"));
    mkdirSync(join(root, "gold"));
    // The raw input keeps the DCT and the text, without the annotations inside <TEXT>.
    const [head, body] = TIMEML.split("<TEXT>");
    const raw = `${head}<TEXT>${body!.replace(/<(?!\/TEXT>|\/TimeML>)[^>]+>/g, "")}`;
    writeFileSync(join(root, "input", "test1.tml.TE3input"), raw);
    writeFileSync(join(root, "gold", "test1.tml"), TIMEML);
    writeFileSync(join(root, "gold", "other.tml"), TIMEML);
    const { docs, unpaired } = loadTimemlDocuments({ path: join(root, "input"), gold: join(root, "gold") });
    expect(docs.map((d) => d.doc.id)).toEqual(["test1"]);
    expect(docs[0]!.doc.dct).toBe("2021-10-10");
    expect(docs[0]!.doc.timexes).toHaveLength(3);
    expect(unpaired).toEqual(["other"]);
  });
});
