import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseAnnotationFiles, readBratAttributions, scoreAttributions, scoreQuotes, type PredictedAttribution } from "../../src/eval/quotes-scorer.js";

const TEXT = "Officials said the bridge was destroyed. “We will rebuild,” the mayor said. Rain fell on the town, it is said. Critics claimed the mayor was lying.";
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });
const brat = (type: string, s: string, from = 0) => `${type} ${at(s, from).start} ${at(s, from).end}\t${s}`;

const ANN = [
  `T1\t${brat("Source", "Officials")}`,
  `T2\t${brat("Cue", "said")}`,
  `T3\t${brat("Content", "the bridge was destroyed")}`,
  `E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3`,
  `T4\t${brat("Source", "the mayor")}`,
  `T5\tCue ${at("said", 50).start} ${at("said", 50).end}\tsaid`,
  // A discontinuous content: two ranges.
  `T6\tContent ${at("“We will").start} ${at("“We will").end};${at("rebuild,”").start} ${at("rebuild,”").end}\t“We will rebuild,”`,
  `E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4`,
  `T7\t${brat("Content", "Rain fell on the town")}`,
  `T8\t${brat("Cue", "is said")}`,
  `E3\tAttribution-no-source:T8 Content:T7 Cue:T8`,
  `T9\t${brat("Source", "Critics")}`,
  `T10\t${brat("Cue", "claimed")}`,
  `T11\t${brat("Content", "the mayor was lying", 100)}`,
  `E4\tAttribution:T10 Source:T9 Cue:T10 Content:T11`,
].join("\n");

describe("reading PolNeAR BRAT files", () => {
  it("ties source, cue and content by their E line, with discontinuous ranges", () => {
    const gold = readBratAttributions(ANN);
    expect(gold).toHaveLength(4);
    expect(gold[1]!.content).toHaveLength(2);
    expect(gold[2]!.source).toBeNull();
    expect(TEXT.slice(gold[0]!.source![0]!.start, gold[0]!.source![0]!.end)).toBe("Officials");
  });

  it("picks one annotator per article, the first in name order", () => {
    const chosen = chooseAnnotationFiles(["b_x_ef2d.ann", "a_y_5fec.ann", "a_y_4b22.ann", "notes.txt"]);
    expect([...chosen.entries()]).toEqual([["a_y", "a_y_4b22.ann"], ["b_x", "b_x_ef2d.ann"]]);
  });
});

describe("scoring attributions", () => {
  const gold = readBratAttributions(ANN);
  const predicted: PredictedAttribution[] = [
    // exact
    { source: at("Officials"), content: [at("the bridge was destroyed")], cueText: "said" },
    // content without the marks and comma: still exact after normalising, speaker overlaps
    { source: at("mayor"), content: [at("We will rebuild")], cueText: "said" },
    // covers under half of the gold content: no match
    { source: null, content: [at("town")], cueText: "said" },
    // right content, wrong speaker: a content match only
    { source: at("the mayor", 100), content: [at("the mayor was lying", 100)], cueText: "claimed" },
  ];
  const counts = scoreAttributions(TEXT, gold, predicted);

  it("matches content covering half the gold words and an overlapping speaker", () => {
    expect(counts.attribution).toMatchObject({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5 });
  });

  it("counts content-only matches apart", () => {
    expect(counts.content).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });

  it("counts exact spans after trimming edge punctuation", () => {
    expect(counts.contentExact.tp).toBe(3);
    // "mayor" is not exactly "the mayor"
    expect(counts.exact.tp).toBe(1);
  });

  it("counts a gold attribution with no source as matched only by a prediction with none", () => {
    const noSource = scoreAttributions(TEXT, [gold[2]!], [{ source: null, content: [at("Rain fell on the town")], cueText: "is said" }]);
    expect(noSource.attribution.tp).toBe(1);
    const withSource = scoreAttributions(TEXT, [gold[2]!], [{ source: at("Rain"), content: [at("Rain fell on the town")], cueText: "is said" }]);
    expect(withSource.attribution.tp).toBe(0);
  });
});

describe("sitrep eval quotes on a tiny corpus", () => {
  it("runs the stage over a split folder and reports the figures as JSON fields", async () => {
    const dir = mkdtempSync(join(tmpdir(), "polnear-"));
    mkdirSync(join(dir, "text"));
    mkdirSync(join(dir, "attributions"));
    writeFileSync(join(dir, "text", "article.txt"), TEXT);
    writeFileSync(join(dir, "attributions", "article_4b22.ann"), ANN);
    const result = await scoreQuotes({ path: dir });
    expect(result).toMatchObject({ task: "quotes", n: 4, articles: 1 });
    // The stage finds "Officials said ..." and the mayor's quote at least.
    expect(result.recall).toBeGreaterThanOrEqual(50);
    expect(typeof result.exactF1).toBe("number");
  });

  it("fails with a clear code when the folder has no attributions", async () => {
    await expect(scoreQuotes({ path: join(tmpdir(), "no-such-polnear") })).rejects.toMatchObject({ code: "EVAL_DATA_MISSING" });
  });
});
