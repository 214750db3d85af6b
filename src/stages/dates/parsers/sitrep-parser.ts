import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import type { CompiledWords } from "../compiled-words.js";
import { attachSpec, type TimexSpec } from "../timex-spec.js";
import { compilePattern } from "../../../lexicons/compile-pattern.js";
import { OPEN, type ParserGate } from "../parser-gates.js";

const LEFT_BOUNDARY = /(?:^|[^\w'’-]|(?:mid|early|late)-)$/i;

/**
 * Base of sitrep's own chrono parsers: each matches one family of expressions and returns a
 * chrono result that carries a full TIMEX3 normalisation (see timex-spec.ts). Patterns start at
 * a word boundary; chrono re-runs them on the text left after each match.
 */
export abstract class SitrepParser implements Parser {
  private compiled: RegExp | undefined;

  constructor(protected readonly words: CompiledWords) {}

  /** The regex source, compiled once, case-insensitive. */
  protected abstract source(): string;

  /**
   * Words the pattern cannot match without (parser-gates.ts): chrono runs it only where the text holds
   * one. Open (no condition) unless a parser lists them beside its source.
   */
  gate(): ParserGate {
    return OPEN;
  }

  /** The spec for one match, or null to reject it. `text` is the whole sentence. */
  protected abstract normalise(context: ParsingContext, match: RegExpMatchArray): TimexSpec | null;

  pattern(): RegExp {
    // A hyphen before the match is a boundary only after a qualifier ("mid-1990s", "late-August").
    // (Written as an alternation of look-behinds rather than a nested one, which recheck misjudges.)
    this.compiled ??= compilePattern(`(?<![\\w'’])(?:(?<!-)|(?<=(?:mid|early|late)-))(?:${this.source()})(?![\\w-])`, "i", `dates: ${this.constructor.name}`);
    return this.compiled;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    // chrono retries a rejected match on the text after its first character, where the look-behind
    // no longer sees the left context ("99999 days" would retry as "9999 days"): check it again here.
    const index = match.index ?? 0;
    if (index > 0 && !LEFT_BOUNDARY.test(context.text.slice(Math.max(0, index - 6), index))) return null;
    const spec = this.normalise(context, match);
    if (!spec) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    attachSpec(result, spec);
    return result;
  }
}
