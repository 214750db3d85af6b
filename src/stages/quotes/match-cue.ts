import { QUOTE_CUE_CLASSES } from "./heuristics.js";
import type { CueMatch } from "./attribution.js";
import type { QuoteContext } from "./quote-context.js";
import type { CueEntry, CuePhrase } from "./resources.js";

/** Verb-like tags: wink tags some reporting verbs AUX or NOUN ("says") in headline-like text. */
const VERB_TAGS = new Set(["VERB", "AUX"]);

/** The cue starting at token `i` (a multi-word phrase first, then a verb), when its class is one the stage reports. */
export function matchCue(ctx: QuoteContext, i: number, classes: readonly string[] = QUOTE_CUE_CLASSES, punctuation = false): CueMatch | null {
  if (ctx.inQuotation[i]! >= 0) return null;
  const phrases = cuePhrasesAt(ctx, i);
  if (phrases) {
    for (const p of phrases) {
      if (!classes.includes(p.cueClass)) continue;
      // Punctuation cues (bylines, speaker labels) count only where the caller has checked their position.
      if ((p.frame === "byline" || p.frame === "label") !== punctuation) continue;
      let ok = true;
      for (let k = 1; k < p.words.length; k++) {
        const t = i + k;
        if (t >= ctx.word.length || ctx.sentence[t] !== ctx.sentence[i] || !p.words[k]!.includes(ctx.word[t]!)) { ok = false; break; }
      }
      if (ok) return { first: i, end: i + p.words.length, entry: p };
    }
  }
  const verb = cueVerbAt(ctx, i);
  // Most words are no cue verb: the slot is read only for one that is.
  if (!verb) return null;
  // After a determiner or an adjective the word is a noun, whatever the tagger says ("Western states", "the claims").
  const nounSlot = i > 0 && (ctx.pos[i - 1] === "DET" || ctx.pos[i - 1] === "ADJ") && !/^(that|which|who)$/.test(ctx.word[i - 1]!);
  if (!nounSlot && classes.includes(verb.cueClass) && (VERB_TAGS.has(ctx.pos[i]!) || (ctx.pos[i] === "NOUN" && isVerbSlot(ctx, i)))) {
    return { first: i, end: i + 1, entry: verb };
  }
  return null;
}

/** lex.cuePhrases of token i's word, looked up once per token (QuoteContext.cueLookups). */
function cuePhrasesAt(ctx: QuoteContext, i: number): readonly CuePhrase[] | undefined {
  const memo = ctx.cueLookups?.phrases;
  if (memo === undefined || i < 0 || i >= memo.length) return ctx.lex.cuePhrases.get(ctx.word[i]!);
  let found = memo[i];
  if (found === undefined) memo[i] = found = ctx.lex.cuePhrases.get(ctx.word[i]!) ?? null;
  return found ?? undefined;
}

/** lex.cueVerbs of token i's word, looked up once per token (QuoteContext.cueLookups). */
function cueVerbAt(ctx: QuoteContext, i: number): CueEntry | undefined {
  const memo = ctx.cueLookups?.verbs;
  if (memo === undefined || i < 0 || i >= memo.length) return ctx.lex.cueVerbs.get(ctx.word[i]!);
  let found = memo[i];
  if (found === undefined) memo[i] = found = ctx.lex.cueVerbs.get(ctx.word[i]!) ?? null;
  return found ?? undefined;
}

/** wink tags a reporting verb right after a comma or a closing quote as a noun (", reports news agency AFP", "”, says Trump"). */
function isVerbSlot(ctx: QuoteContext, i: number): boolean {
  if (i === 0) return false;
  const prev = ctx.word[i - 1]!;
  // "Polls show a close contest": after a plural subject and before a determiner, the base form is the verb.
  if ((ctx.pos[i - 1] === "NOUN" || ctx.pos[i - 1] === "PROPN") && prev.endsWith("s") && !ctx.word[i]!.endsWith("s") && i + 1 < ctx.word.length && (ctx.pos[i + 1] === "DET" || ctx.pos[i + 1] === "NUM" || ctx.pos[i + 1] === "PRON")) return true;
  // "4 in 10 say": after a share of people, a cue word is the verb.
  if (ctx.pos[i - 1] === "NUM" && i >= 3 && /^(in|of)$/.test(ctx.word[i - 2]!) && ctx.pos[i - 3] === "NUM") return true;
  // "Authorities report that ...", "a report by the campaign states that ...": a subject, then the cue, then "that".
  if (ctx.word[i + 1] === "that" && (ctx.pos[i - 1] === "NOUN" || ctx.pos[i - 1] === "PROPN" || ctx.pos[i - 1] === "PRON" || prev === ")")) return true;
  return ctx.word[i]!.endsWith("s") && (prev === "," || prev === "”" || prev === '"' || ctx.pos[i - 1] === "PROPN" || ctx.pos[i - 1] === "PRON");
}
