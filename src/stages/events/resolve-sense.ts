import type { EventsLexicons, SenseRow, TriggerRow } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { matchPatternAt } from "./token-pattern.js";

/** What the sense tests decide for one trigger match: keep it as it is, drop it, or read it as another row. */
export type SenseDecision = { readonly kind: "keep" } | { readonly kind: "drop"; readonly rule: string } | { readonly kind: "as"; readonly row: TriggerRow; readonly rule: string };

const KEEP: SenseDecision = { kind: "keep" };

/**
 * Tries the sense rows of trigger-senses.tsv for a trigger match, in order: the first row that
 * applies to the trigger and whose cue is found around it decides ("a coal mine" drops the mine,
 * "killed by the virus" makes a disease death). A `require` row drops the trigger when its cue is
 * missing. Matches no row names stay as they are.
 */
export function resolveSense(s: SentenceView, lex: EventsLexicons, row: TriggerRow, tokens: readonly number[]): SenseDecision {
  const rows = lex.senseIndex.get(row.id);
  if (!rows) return KEEP;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  for (const sense of rows) {
    if (sense.words && !matchPatternAt(sense.words, s.tokens, first, first + 1)) continue;
    const found = sense.cue === null || hasCue(s, sense, first, last);
    if (sense.action === "require") {
      if (found) return KEEP;
      return { kind: "drop", rule: sense.id };
    }
    if (!found) continue;
    if (sense.action === "keep") return KEEP;
    if (sense.action === "drop") return { kind: "drop", rule: sense.id };
    // A weak casualty verb read as a disease death stays weak: a stronger trigger in its sentence still wins;
    // a telling word ("died of cholera") stays one, a telling of the epidemic and no event of its own.
    return { kind: "as", rule: sense.id, row: { ...sense.as!, id: row.id, rank: row.rank, weak: row.weak, generic: row.generic, rereadGeneric: sense.as!.generic && !row.generic, telling: row.telling, anchored: row.anchored && sense.as!.anchored } };
  }
  return KEEP;
}

/** Whether token i is inside the sense's scope around token `at` (its clause, or the whole sentence). */
function inScope(s: SentenceView, sense: SenseRow, i: number, at: number): boolean {
  return sense.scope === "sentence" || s.clause[i] === s.clause[at];
}

/** Whether the sense's cue starts within its window on its side of the trigger, inside the clause or sentence. */
function hasCue(s: SentenceView, sense: SenseRow, first: number, last: number): boolean {
  const n = s.tokens.length;
  // A token that starts no sense cue (sentence-view.ts cueStarts: it matches no cue's first element) is not tried.
  const starts = s.cueStarts ?? EVERY_TOKEN;
  const bit = s.cueStarts ? SENSE_CUE_START : 0;
  // "stormed the building and exchanged fire": a cue inside the gap a pattern's "*" spanned.
  if (sense.side === "within") {
    for (let i = first + 1; i < last; i++) if ((starts[i]! & bit) === bit && matchPatternAt(sense.cue!, s.tokens, i, last)) return true;
    return false;
  }
  // "Military Forces of Russia (2000-) struck Vovchansk": the words of a bracket (ACLED's period of a state's forces, an
  // expansion, an aside) are read for the cue but take no room in the window, so the bracket does not push the name
  // before it out of reach; a bracket longer than BRACKET_MAX_TOKENS (or one never closed) ends the search. One step
  // per token each way: linear.
  if (sense.side !== "after") {
    let room = sense.window, depth = 0, inside = 0;
    for (let i = first - 1; i >= 0 && (room > 0 || depth > 0 || s.words[i] === ")"); i--) {
      const w = s.words[i];
      if (w === ")") depth++;
      if (depth > 0 && ++inside > BRACKET_MAX_TOKENS) break;
      // A bracket is its own clause to the clause reader; it stands inside the trigger's.
      if (depth === 0 && !inScope(s, sense, i, first)) break;
      if (depth === 0) room--;
      else if (w === "(") depth--;
      if ((starts[i]! & bit) === bit && matchPatternAt(sense.cue!, s.tokens, i, first)) return true;
    }
  }
  if (sense.side !== "before") {
    let room = sense.window, depth = 0, inside = 0;
    for (let i = last + 1; i < n && (room > 0 || depth > 0 || s.words[i] === "("); i++) {
      const w = s.words[i];
      if (w === "(") depth++;
      if (depth > 0 && ++inside > BRACKET_MAX_TOKENS) break;
      if (depth === 0 && !inScope(s, sense, i, last)) break;
      if (depth === 0) room--;
      else if (w === ")") depth--;
      if ((starts[i]! & bit) === bit && matchPatternAt(sense.cue!, s.tokens, i, n)) return true;
    }
  }
  return false;
}
/** The longest bracket a sense window reads through without counting it ("(2000-)": 4; "(Vovchanska, Chuhuivskyi, Kharkiv)": 7). Unit: tokens. */
const BRACKET_MAX_TOKENS = 10;
/** The bit of a sentence view's cueStarts for a word that matches the first element of some sense cue (sentence-view.ts). */
export const SENSE_CUE_START = 1;
/** For a view with no cueStarts: no token is known not to start a cue (with no bit to test). */
const EVERY_TOKEN: readonly number[] = [];
