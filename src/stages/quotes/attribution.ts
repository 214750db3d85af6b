import type { QuoteKind } from "../../core/layers.js";
import type { CueEntry } from "./resources.js";
import type { TokenRange } from "./source-phrases.js";

/** A cue found in the text: one verb ("said") or phrase ("according to"), with its lexicon row. */
export interface CueMatch extends TokenRange {
  readonly entry: CueEntry;
}

/** One attribution before speaker resolution: who (as written), the cue, and the content span. */
export interface Attribution {
  readonly kind: QuoteKind;
  readonly cue: CueMatch;
  /** Tokens naming the source where the attribution is written; null when none is stated. */
  readonly source: TokenRange | null;
  /** Character span of the reported content. */
  readonly start: number;
  readonly end: number;
  readonly addressee: TokenRange | null;
  readonly via: TokenRange | null;
  /** The rule that found it, for provenance. */
  readonly rule: string;
}
