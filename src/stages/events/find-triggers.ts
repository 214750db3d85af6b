import type { CueRow, EventsLexicons, TriggerRow } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { matchPatternAfterStart, matchPatternAt, type TokenView } from "./token-pattern.js";
import { resolveSense } from "./resolve-sense.js";

/** A trigger found in one sentence: its lexicon row and the tokens its pattern matched. */
export interface TriggerMatch {
  readonly row: TriggerRow;
  /** Sentence-local token indices matched by the pattern's words (gaps excluded), ascending. */
  readonly tokens: readonly number[];
  /** The sense test that gave the match another row ("killed by the virus" read as a disease death). */
  readonly sense?: string;
}

/**
 * Every trigger in the sentence; where matches share a token, the higher rank wins, then the
 * longer match (so "roadside bomb" beats "bomb", "bomb attacks" beats "attacks"). A match using
 * only `blocked` tokens (part of a name or a date: "Bureau of Investigation", "march 30") is none.
 */
export function findTriggers(s: SentenceView, lex: EventsLexicons, blocked: ReadonlySet<number> = NO_TOKENS): TriggerMatch[] {
  const all: TriggerMatch[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    // Most tokens start no trigger; the sentence view carries each token's rows (found once per distinct word).
    // A view from viewSentences knows which rows its word starts (sentence-view.ts); they are tried in the same order.
    const starts = s.triggerStarts?.[i];
    const rows = starts ?? s.triggerRows?.[i] ?? triggerRowsOf(lex, s.tokens[i]!);
    for (const row of rows) {
      const tokens = starts ? matchPatternAfterStart(row.pattern, s.tokens, i, s.tokens.length) : matchPatternAt(row.pattern, s.tokens, i, s.tokens.length);
      // A pattern that only starts or ends in a name ("Air Force destroyed") still stands; one whose event
      // word stands after a joiner inside a name ("the Line of Control in Kashmir's Poonch district") is none.
      if (!tokens || allBlocked(tokens, blocked) || startsAfterNameJoiner(s, lex, blocked, tokens[0]!)) continue;
      // Word senses are told apart before matches compete: "a coal mine" leaves its words to other rows.
      const sense = resolveSense(s, lex, row, tokens);
      if (sense.kind === "keep") all.push({ row, tokens });
      else if (sense.kind === "as") all.push({ row: sense.row, tokens, sense: sense.rule });
    }
  }
  // Most sentences hold no trigger: nothing to rank (the two rankings below cost six arrays and sets a sentence).
  if (all.length === 0) return [];
  // Claims of responsibility wrap an attack word ("claimed a bombing"): they compete only with each other.
  const kept = [...keepBest(all.filter((m) => !m.row.attribution)), ...keepBest(all.filter((m) => m.row.attribution))];
  return joinCompounds(s, kept.sort((a, b) => a.tokens[0]! - b.tokens[0]!));
}

const NOUNS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);

/** Whether every token of a match is blocked (a loop: `every` with an arrow over `blocked` made a closure per match tried). */
function allBlocked(tokens: readonly number[], blocked: ReadonlySet<number>): boolean {
  if (blocked.size === 0) return false;
  for (let k = 0; k < tokens.length; k++) if (!blocked.has(tokens[k]!)) return false;
  return true;
}

/** Whether token `i` is a name's word right after a joiner that follows another of its words ("Line of Control", "Ministry of Defence"). */
function startsAfterNameJoiner(s: SentenceView, lex: EventsLexicons, blocked: ReadonlySet<number>, i: number): boolean {
  return i >= 2 && blocked.has(i) && blocked.has(i - 2) && lex.nameAndDateWords.get(s.tokens[i - 1]!.normal) === "name-joiner";
}

/**
 * "an IED blast", "a grenade explosion", "a protest march": a trigger noun right before another trigger
 * noun of the same type modifies it, and the two words tell one happening (the modifier names its weapon
 * or kind). Read apart, each drew its own parties from the words around it ("police commandos ... in an
 * IED blast" made the commandos the blast's doer). They are one match: both words' tokens, the row of
 * the higher rank (the more specific reading: "IED" over "blast"), the head's on a tie. Matches are in
 * text order; one pass.
 */
function joinCompounds(s: SentenceView, matches: TriggerMatch[]): TriggerMatch[] {
  if (matches.length < 2) return matches;
  const out: TriggerMatch[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    const last = prev?.tokens[prev.tokens.length - 1];
    const first = m.tokens[0]!;
    if (prev && last === first - 1 && !prev.row.attribution && !m.row.attribution && prev.row.type === m.row.type && NOUNS.has(s.tokens[last]!.pos) && s.tokens[first]!.pos === "NOUN") {
      const lead = prev.row.rank > m.row.rank ? prev : m;
      out[out.length - 1] = { row: lead.row, tokens: [...prev.tokens, ...m.tokens], ...(lead.sense ? { sense: lead.sense } : {}) };
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The rows a token may start: those indexed under any of its forms, in form order, each once (a row
 * indexed under two of its forms is tried once).
 */
export function triggerRowsOf(lex: EventsLexicons, t: TokenView): readonly TriggerRow[] {
  let out: TriggerRow[] | undefined;
  for (const form of t.forms) {
    const rows = lex.triggerIndex.get(form);
    if (rows === undefined) continue;
    out ??= [];
    for (const row of rows) if (!out.includes(row)) out.push(row);
  }
  return out ?? NO_ROWS;
}
const NO_ROWS: readonly TriggerRow[] = [];

export const NO_TOKENS: ReadonlySet<number> = new Set();
const NEVER_BLOCKS = (): boolean => false;

function keepBest(matches: TriggerMatch[]): TriggerMatch[] {
  // None or one (claims of responsibility are mostly none, many sentences hold one trigger): nothing competes.
  if (matches.length < 2) return matches;
  matches.sort((a, b) => b.row.rank - a.row.rank || b.tokens.length - a.tokens.length || a.tokens[0]! - b.tokens[0]!);
  const taken = new Set<number>();
  const kept: TriggerMatch[] = [];
  for (const m of matches) {
    if (m.tokens.some((t) => taken.has(t))) continue;
    for (const t of m.tokens) taken.add(t);
    kept.push(m);
  }
  return kept;
}

/**
 * The cue nearest before token `anchor`, in the anchor's clause, within `window` tokens; a cue's
 * tokens must all lie before the anchor and outside `excluded`.
 */
export function findCueBefore(
  s: SentenceView,
  index: ReadonlyMap<string, readonly CueRow[]>,
  anchor: number,
  window: number,
  excluded: ReadonlySet<number> = NO_TOKENS,
  blocks: (cue: CueRow, cueEnd: number) => boolean = NEVER_BLOCKS,
): CueRow | null {
  return findCueAt(s, index, anchor, window, excluded, blocks)?.cue ?? null;
}

/** As findCueBefore, with the token where the cue starts. */
export function findCueAt(
  s: SentenceView,
  index: ReadonlyMap<string, readonly CueRow[]>,
  anchor: number,
  window: number,
  excluded: ReadonlySet<number> = NO_TOKENS,
  blocks: (cue: CueRow, cueEnd: number) => boolean = NEVER_BLOCKS,
): { cue: CueRow; at: number } | null {
  const clause = s.clause[anchor];
  // The view knows which tokens may start a cue of the lexicon's indexes (sentence-view.ts cueStarts): the others hold no form to look up.
  const bit = (s.cueStarts !== undefined && s.cueIndexes?.get(index)) || 0;
  for (let i = anchor - 1; i >= 0 && i >= anchor - window; i--) {
    if (s.clause[i] !== clause) break;
    if ((bit !== 0 && (s.cueStarts![i]! & bit) === 0) || excluded.has(i)) continue;
    for (const form of s.tokens[i]!.forms) {
      const cues = index.get(form);
      if (cues === undefined) continue;
      for (const cue of cues) {
        const m = matchPatternAt(cue.pattern, s.tokens, i, anchor);
        if (m && !m.some((t) => excluded.has(t)) && !blocks(cue, m[m.length - 1]!)) return { cue, at: i };
      }
    }
  }
  return null;
}
