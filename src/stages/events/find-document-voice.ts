import type { Document } from "../../core/index.js";
import { layer } from "../../core/index.js";
import { findAnnotation } from "./find-annotation.js";
import type { ActorMention } from "./assign-arguments.js";
import type { SentenceView } from "./sentence-view.js";
import { createOverlapIndex } from "../../core/overlap-index.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const EVENT_WORDS = stageWordClasses("events");

/**
 * The first-person plural subject: in narration (outside quotes) it is the author speaking. One word, compared
 * as a string: a set's lookup for every token of every article was ~1% of the events stage's CPU.
 */
const WE = "we";
/**
 * Kinds of actor that issue statements in their own voice (a ministry's press release, an army's
 * communiqué), most likely first: a state speaking beats an organisation it funds.
 */
const VOICE_KINDS = ["country", "government", "military", "igo", "police", "ngo", "organisation", "armed group"];
/** Words that may stand before a subject at the start of its clause ("The U.S. reaffirms", ", the United States will"). */
const SUBJECT_OPENERS = new Set(["the", ",", "and", "but"]);

/**
 * Who "we" is in a press statement. A text that says "we" outside any quote speaks for an
 * organisation; the organisation is the first actor of a statement-issuing kind that the
 * narration names as a subject ("The U.S. reaffirms its commitment", "the United States will provide").
 * Null for ordinary news, where "we" occurs only inside quotes, and when no subject qualifies.
 */
export function findDocumentVoice(doc: Document, sentences: readonly SentenceView[], mentions: readonly (readonly ActorMention[])[]): string | null {
  // Most articles say no "we" at all: they are told apart by the sentences' words alone, before any quote index is made.
  if (!sentences.some(saysWe)) return null;
  const quotes = layer(doc, "quote").map((q) => ({ start: q.start, end: q.end, direct: q.data.kind !== "indirect" }));
  // Indexes, not a scan of every quote per token (quadratic on a long text).
  const allQuotes = createOverlapIndex(quotes);
  const quoted = (start: number) => allQuotes.overlapping(start, start + 1).length > 0;
  const speaksAsWe = sentences.some((s) => s.tokens.some((t, i) => t.normal === WE && !quoted(s.spans[i]!.start)));
  if (!speaksAsWe) return null;
  const directQuotes = createOverlapIndex(quotes.filter((q) => q.direct));
  // Indirect speech is still the author's narration ("As X announced today, the United States will provide").
  const inDirectQuote = (start: number) => directQuotes.overlapping(start, start + 1).length > 0;
  let best: { actor: string; rank: number } | null = null;
  for (const s of sentences) {
    for (const m of mentions[s.index] ?? []) {
      if (inDirectQuote(s.spans[m.first]!.start)) continue;
      const kind = findAnnotation(doc, "actor", m.actor)?.data.kind;
      const rank = kind ? VOICE_KINDS.indexOf(kind) : -1;
      if (rank < 0 || (best && best.rank <= rank)) continue;
      const before = s.tokens[m.first - 1];
      if (before && !SUBJECT_OPENERS.has(before.normal)) continue;
      const next = s.tokens[m.last + 1]?.pos === "ADV" ? s.tokens[m.last + 2] : s.tokens[m.last + 1];
      if (next && (next.pos === "VERB" || next.pos === "AUX") && isStatementTense(next.normal)) best = { actor: m.actor, rank };
    }
  }
  return best?.actor ?? null;
}

/** Whether a sentence has the word WE (its lower-case words, a loop with no closure per token). */
function saysWe(s: SentenceView): boolean {
  const words = s.words;
  for (let i = 0; i < words.length; i++) if (words[i] === WE) return true;
  return false;
}

/**
 * A statement speaks in the present or future ("The United States strongly condemns", "the United
 * States will provide"); a past verb narrates what someone else did ("Dae'sh claimed dual attacks").
 */
function isStatementTense(verb: string): boolean {
  return PRESENT_AUXILIARIES.has(verb) || (verb.endsWith("s") && !verb.endsWith("ss") && verb !== "was");
}

const PRESENT_AUXILIARIES = EVENT_WORDS.get("present-auxiliaries");

/** Every narrated "we" becomes a mention of the document's voice, so it can be an event's source like any name. */
export function addVoiceMentions(doc: Document, sentences: readonly SentenceView[], mentions: ActorMention[][], voice: string): void {
  const quotes = layer(doc, "quote").map((q) => ({ start: q.start, end: q.end }));
  for (const s of sentences) {
    const list = mentions[s.index];
    if (!list) continue;
    s.tokens.forEach((t, i) => {
      const at = s.spans[i]!.start;
      if (t.normal === WE && !quotes.some((q) => q.start <= at && at < q.end)) list.push({ actor: voice, first: i, last: i });
    });
    list.sort((x, y) => x.first - y.first);
  }
}
