import { describe, expect, it } from "vitest";
import { clauseEndFrom, clauseStartBefore, hasFutureCue, compileWords } from "../../src/stages/dates/compiled-words.js";
import { loadDateLexicon } from "../../src/stages/dates/date-lexicon.js";
import { FUTURE_CUE_WORDS_AFTER, FUTURE_CUE_WORDS_BEFORE } from "../../src/stages/dates/heuristics.js";
import { stretchEndFrom, stretchStartBefore } from "../../src/stages/dates/past-tense-year.js";

// Texts with the marks at either end, doubled, absent, or only some of them, and the dates' spans anywhere in them.
const TEXTS = [
  "", "(", ",", "\n", "no marks at all here", "(Reuters) Rebels attacked the base in December, officials said; talks resume (later): on Friday.",
  ",,;;::(())\n\n", "a,b;c:d(e)f\ng", "In December rebels will attack", "Talks, which will resume later, began on Friday\n",
  "It was held (as planned) on May 6; next: June 2, ", "(\nstarts with a mark", "ends with one)",
];

function* spans(text: string): Generator<[number, number]> {
  for (let start = 0; start <= text.length; start++) for (let end = start; end <= Math.min(text.length, start + 12); end++) yield [start, end];
}

describe("the stretch around a date, scanned out from it (past-tense-year.ts, compiled-words.ts)", () => {
  it("is where the searches of every mark through the whole text put it", () => {
    let checked = 0;
    for (const text of TEXTS) {
      for (const [start, end] of spans(text)) {
        expect(stretchStartBefore(text, start), `${JSON.stringify(text)} @${start}`).toBe(Math.max(...[",", ";", ":", "(", "\n"].map((c) => text.lastIndexOf(c, start - 1))) + 1);
        let close = text.length;
        for (const c of [",", ";", ":", ")", "\n"]) {
          const i = text.indexOf(c, end);
          if (i >= 0 && i < close) close = i;
        }
        expect(stretchEndFrom(text, end), `${JSON.stringify(text)} @${end}`).toBe(close);
        expect(text.slice(clauseStartBefore(text, start), start)).toBe(text.slice(0, start).split(/[,;:()]/).pop());
        expect(text.slice(end, clauseEndFrom(text, end))).toBe(text.slice(end).split(/[,;:()]/)[0]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("gives the future cue the words the split of the whole text gave it", () => {
    const words = compileWords(loadDateLexicon());
    // The former reading: the clause before and after the expression, split out of the whole text.
    const splitCue = (text: string, start: number, end: number): boolean => {
      while (end > start && /[\s,;:)）]/.test(text[end - 1]!)) end--;
      while (start < end && /[\s,;:(（]/.test(text[start]!)) start++;
      const before = (text.slice(0, start).split(/[,;:()]/).pop() ?? "").split(/\s+/).filter(Boolean).slice(-FUTURE_CUE_WORDS_BEFORE).join(" ");
      const after = (text.slice(end).split(/[,;:()]/)[0] ?? "").split(/\s+/).filter(Boolean).slice(0, FUTURE_CUE_WORDS_AFTER).join(" ");
      return words.futureCue.test(before) || words.futureCue.test(after) || words.futureCue.test(text.slice(start, end)) || (words.futureCueBefore?.test(before) ?? false);
    };
    let cues = 0;
    for (const text of TEXTS) {
      for (const [start, end] of spans(text)) {
        const cue = hasFutureCue(words, text, start, end);
        expect(cue, `${JSON.stringify(text)} @${start}-${end}`).toBe(splitCue(text, start, end));
        if (cue) cues++;
      }
    }
    // Both answers occur, or the comparison proves little.
    expect(cues).toBeGreaterThan(10);
  });
});
