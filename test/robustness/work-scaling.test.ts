import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countBlockExecutionsByScript, startCountingWork } from "./count-work.js";
import { createDocument } from "../../src/core/index.js";
import { newsPipeline } from "../../src/pipelines/news-pipeline.js";

// Before any stage runs, so that V8 counts every block of their code exactly (count-work.ts).
startCountingWork();

/**
 * Time per character stays bounded: on generated adversarial text, the work of each stage below
 * (JavaScript blocks executed, counted by V8's precise coverage: a deterministic count, no clock)
 * may grow at most STEP_RATIO_LIMIT times when the text grows four times. A linear stage gives
 * about 4 (less where a per-document constant weighs in); one loop over all pairs of quotes,
 * mentions or entities gives 16 for its part, and fails as soon as that part is a tenth of the
 * stage's work at the smaller size. The old code failed here: quotes 6.3 (attributions compared
 * pairwise), actors 7.6 (every mention rescanned per mention).
 *
 * Not counted: work inside built-ins (a regex match, a string search); regexes have their own check
 * (test/redos). Not asserted: entities and events, still super-linear on some texts (docs/robustness.md).
 */
const STEP_RATIO_LIMIT = 5;
const STAGES = ["clean", "segment", "actors", "dates", "places", "quotes"] as const;
const SMALL = 8_000;

/** Pieces of news-like and hostile text: quotes, cues, names, marks, lines without punctuation. */
const PIECES = [
  '"We will fight on," the commander said.',
  "“They will not win,” he told reporters.",
  "said",
  "said that",
  "according to Reuters",
  "Ahmed Karzai",
  "Taliban",
  "Kabul",
  "Mr. Kerry",
  "Police Chief Rashid Dostum",
  "the minister",
  "the official said",
  "Hamas",
  "United Nations",
  "killed five soldiers",
  "attacked the village",
  "on Monday",
  "in March 2021",
  "“",
  "”",
  '"',
  "'",
  "and",
  "the",
  "of",
  ":",
  ",",
  ".",
  "--",
  "\n",
  "\n\n",
  "By John Smith",
  "SPOKESMAN:",
  "Afghan forces",
  "officials",
];

const unit = fc.array(fc.constantFrom(...PIECES), { minLength: 8, maxLength: 40 }).map((parts) => parts.join(" "));

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

/** Blocks executed in each stage's own folder (src/stages/<stage>/) during one pipeline run. */
function workByStage(pipeline: ReturnType<typeof newsPipeline>, text: string): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
  const doc = createDocument(text, { published: "2021-10-10" });
  for (const [url, count] of countBlockExecutionsByScript(() => pipeline.run(doc))) {
    const stage = /\/src\/stages\/([^/]+)\//.exec(url)?.[1];
    if (stage !== undefined && stage in out) out[stage]! += count;
  }
  return out;
}

describe("work per character is bounded (deterministic work counts, no timing)", () => {
  const pipeline = newsPipeline();

  it("each stage's work grows at most 5 times when generated text grows 4 times", () => {
    fc.assert(
      fc.property(unit, (piece) => {
        const small = workByStage(pipeline, repeatTo(piece, SMALL));
        const large = workByStage(pipeline, repeatTo(piece, 4 * SMALL));
        for (const stage of STAGES) {
          expect(small[stage], `${stage} ran`).toBeGreaterThan(0);
          const ratio = large[stage]! / small[stage]!;
          expect(ratio, `${stage}: ${small[stage]} blocks for ${SMALL} characters, ${large[stage]} for ${4 * SMALL}; text unit ${JSON.stringify(piece)}`).toBeLessThanOrEqual(STEP_RATIO_LIMIT);
        }
      }),
      { seed: 20261203, numRuns: 4 },
    );
  });
});
