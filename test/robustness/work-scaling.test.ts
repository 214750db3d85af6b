import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countBlockExecutionsByScript, startCountingWork } from "./count-work.js";
import { createRandom } from "./create-random.js";
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
 * Entities and events failed here too until their per-sentence and per-document scans were indexed
 * (candidates by sentence, acronyms in one pass, actor mentions and quotes in overlap indexes) and
 * sentences capped at MAX_SENTENCE_TOKENS (the code before: events 5.4 on fast-check's smallest
 * failing case, a repeated quote; 16 for the per-sentence scans on text without punctuation).
 *
 * Not counted: work inside built-ins (a regex match, a string search); regexes have their own check
 * (test/redos).
 */
const STEP_RATIO_LIMIT = 5;
const STAGES = ["clean", "segment", "entities", "actors", "dates", "places", "quotes", "events"] as const;
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

/**
 * News in which every paragraph brings new people and new acronyms: a repeated text meets the same
 * few names again, so a scan over every person or every defined acronym stays cheap there and only
 * shows on a long text with many distinct names (resolve-persons compared each person mention with
 * every person: 18x for 4x the text on PolNeAR; the entity rules scanned every acronym's uses over
 * the whole text, once per acronym).
 */
function newsWithDistinctNames(length: number, seed: number): string {
  const random = createRandom(seed);
  const syllables = ["ka", "ra", "mi", "do", "sul", "han", "ze", "bor", "tal", "vin", "qu", "nes", "lo", "shi", "ar", "em"];
  const name = (parts: number) => {
    let out = "";
    for (let i = 0; i < parts; i++) out += random.pick(syllables);
    return out[0]!.toUpperCase() + out.slice(1);
  };
  const paragraphs: string[] = [];
  let size = 0;
  while (size < length) {
    const [first, last, org] = [name(2), name(3), `${name(2)} ${name(2)} Front`];
    const acronym = org.split(" ").map((w) => w[0]).join("") + name(1).toUpperCase();
    const paragraph =
      `${first} ${last}, a commander of the ${org} (${acronym}), said on Monday that gunmen killed five soldiers in Kabul. ` +
      `${last} told reporters the ${acronym} would respond. "We will not stop," ${last} said, according to Reuters.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join("\n\n").slice(0, length);
}

/** Blocks executed in each source file of the stages (src/stages/<stage>/<file>) during one pipeline run. */
function workByFile(pipeline: ReturnType<typeof newsPipeline>, text: string): Map<string, number> {
  const out = new Map<string, number>();
  const doc = createDocument(text, { published: "2021-10-10" });
  for (const [url, count] of countBlockExecutionsByScript(() => pipeline.run(doc))) {
    const file = /\/src\/stages\/(.+)$/.exec(url)?.[1];
    if (file !== undefined) out.set(file, (out.get(file) ?? 0) + count);
  }
  return out;
}

/** A file is held to the limit when it does at least this share of all stages' work on the larger text. */
const FILE_SHARE = 0.01;

describe("work per character is bounded on text with many distinct names", () => {
  const pipeline = newsPipeline();

  it("each stage's work, and each busy file's, grows at most 5 times when the text (and the number of names) grows 4 times", () => {
    const small = workByFile(pipeline, newsWithDistinctNames(SMALL, 7));
    const large = workByFile(pipeline, newsWithDistinctNames(4 * SMALL, 7));
    const total = [...large.values()].reduce((a, b) => a + b, 0);
    const byStage = (files: Map<string, number>, stage: string) => [...files].filter(([f]) => f.startsWith(`${stage}/`)).reduce((n, [, c]) => n + c, 0);
    for (const stage of STAGES) {
      const [s, l] = [byStage(small, stage), byStage(large, stage)];
      expect(s, `${stage} ran`).toBeGreaterThan(0);
      expect(l / s, `${stage}: ${s} blocks for ${SMALL} characters, ${l} for ${4 * SMALL}`).toBeLessThanOrEqual(STEP_RATIO_LIMIT);
    }
    // A quadratic scan in one file can hide in its stage's total at these sizes: with every person
    // compared with every person mention (resolve-persons before), the actors stage stayed under 5,
    // while actor-builder.ts (the lookups of those persons) grew 6.9 times.
    for (const [file, l] of large) {
      if (l < total * FILE_SHARE) continue;
      const s = small.get(file) ?? 0;
      expect(l / s, `${file}: ${s} blocks for ${SMALL} characters, ${l} for ${4 * SMALL}`).toBeLessThanOrEqual(STEP_RATIO_LIMIT);
    }
  });
});
