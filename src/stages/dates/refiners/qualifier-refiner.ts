import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import type { DateQualifier } from "../../../core/layers.js";
import type { CompiledWords } from "../compiled-words.js";
import { alternationOf } from "../date-lexicon.js";
import { compilePattern } from "../../../lexicons/compile-pattern.js";

export const QUALIFIER_TAG = "sitrep-qualifier:";

/**
 * Extends a date over an early/mid/late qualifier written before it ("mid August", "the end of
 * 1999", "early next year", "mid-1990s") and records the qualifier; the value keeps the
 * qualified period's precision (TimeML's mod START/MID/END).
 */
export class QualifierRefiner implements Refiner {
  private readonly before: RegExp;

  constructor(private readonly words: CompiledWords) {
    this.before = compilePattern(`(?:^|[^\\w'’])(${alternationOf(words.lexicon.qualifiers.keys())})(?:\\s+|-)$`, "i", "dates: qualifier before");
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const windowStart = Math.max(0, result.index - 40);
      const m = this.before.exec(context.text.slice(windowStart, result.index));
      if (!m) continue;
      const word = m[1]!;
      const qualifier = this.words.lexicon.qualifiers.get(word.toLowerCase().replace(/\s+/g, " ")) as DateQualifier | undefined;
      if (!qualifier) continue;
      const start = windowStart + m.index + m[0].indexOf(word);
      result.text = context.text.slice(start, result.index + result.text.length);
      result.index = start;
      result.start.addTag(QUALIFIER_TAG + qualifier);
    }
    return results;
  }
}

export function readQualifier(result: { start: { tags(): Set<string> } }): DateQualifier | undefined {
  for (const tag of result.start.tags()) if (tag.startsWith(QUALIFIER_TAG)) return tag.slice(QUALIFIER_TAG.length) as DateQualifier;
  return undefined;
}
