import { describe, expect, it } from "vitest";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { segmentText } from "../../src/stages/segment/segment-stage.js";
import { MAX_SENTENCE_TOKENS } from "../../src/stages/segment/heuristics.js";

function tokensPerSentence(text: string): number[] {
  const { sentence, token } = segmentText(text, loadWinkSegmenter());
  const counts = sentence.map(() => 0);
  for (const t of token) counts[t.data.sentence]!++;
  return counts;
}

describe("sentence length cap", () => {
  it("cuts a text without punctuation into sentences of at most MAX_SENTENCE_TOKENS tokens, losing none", () => {
    const words = "the fighters attacked the village and killed people near the river while officials met ".repeat(100);
    const counts = tokensPerSentence(words);
    expect(counts.length).toBeGreaterThan(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(words.trim().split(/\s+/).length);
  });

  it("leaves ordinary sentences whole", () => {
    const text = "Gunmen killed five soldiers in Kabul on Monday, officials said. The Taliban claimed responsibility.";
    expect(tokensPerSentence(text)).toEqual([12, 5]);
  });

  it("cuts a run of glued tokens at twice the cap at most", () => {
    const counts = tokensPerSentence("IS-K,".repeat(2000));
    expect(Math.max(...counts)).toBeLessThanOrEqual(2 * MAX_SENTENCE_TOKENS);
  });
});
