import { describe, expect, it } from "vitest";
import { detokenise } from "../../../src/eval/event-args/detokenise.js";
import { ramsRole } from "../../../src/eval/event-args/read-rams.js";

describe("detokenise", () => {
  it("glues punctuation, contractions and hyphens, and keeps each token's span", () => {
    const { text, tokenSpans } = detokenise([["Deir", "ez", "-", "Zor", "is", "n't", "quiet", ",", "the", "regime", "’", "s", "men", "said", "."]]);
    expect(text).toBe("Deir ez-Zor isn't quiet, the regime’s men said.");
    expect(tokenSpans).toHaveLength(15);
    expect(text.slice(...tokenSpans[9]!)).toBe("regime");
    expect(text.slice(...tokenSpans[12]!)).toBe("men");
  });

  it("starts a paragraph after a sentence with no final punctuation (a headline), and runs on after a full stop", () => {
    const { text } = detokenise([["IED", "kills", "general"], ["He", "died", "."], ["\"", "They", "left", ",", "\"", "he", "said", "."]]);
    expect(text).toBe("IED kills general\n\nHe died. \"They left,\" he said.");
  });

  it("drops RAMS role prefixes", () => {
    expect(ramsRole("evt089arg01victim")).toBe("victim");
  });
});
