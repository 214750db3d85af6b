import type { Document, InferredDate } from "../../core/index.js";
import { layer } from "../../core/document.js";
import { DATELINE_STAMP_RULE } from "../dates/dateline-stamp.js";
import { anchorOf, lastTokenOf, toldAsHappened, type EventMention } from "./event-mention.js";
import type { SentenceView } from "./sentence-view.js";
import { MODALS } from "../../lexicons/grammar-words.js";

/** Rule recorded on a date taken from the dateline. */
export const DATELINE_RULE = "date:dateline";

/** Finite words that make a verb group past and recent: "was killed", "have fled", "has been attacked". */
const RECENT_PAST = new Set(["was", "were", "did", "has", "have", "'ve"]);
/** Finite words of a group that is not a recent past: a pluperfect lies before the news ("had attacked"), the rest is present or unreal. */
const NOT_RECENT_PAST = new Set(["had", "'d", "is", "are", "am", "'s", "'re", "do", "does", ...MODALS, "to"]);
const GROUP_POS = new Set(["VERB", "AUX", "ADV", "PART"]);

const PLUPERFECT = new Set(["had", "'d"]);
/** Tokens looked back from a pluperfect for the reporting verb whose clause it is ("said the two suspects had"). */
const BACKSHIFT_REACH_TOKENS = 6;

/**
 * "Police said they had arrested 23 suspected illegal miners": a pluperfect right under a past verb of reporting is
 * the reporter's own simple past shifted back by indirect speech ("we arrested"), news like it, not an earlier
 * happening. The nearest verb before the group must be that reporting verb in the past ("said", "told", "announced";
 * not "says").
 */
function isBackshiftedByReport(s: SentenceView, first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - BACKSHIFT_REACH_TOKENS; i--) {
    const t = s.tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX") return !!s.reportVerbs?.has(t.normal) && !t.normal.endsWith("s");
    if (t.pos === "PUNCT" && t.normal !== ",") return false;
  }
  return false;
}

/** Whether the verb group ending at token `last` is a simple past or a present perfect: its first finite word decides. */
function groupIsRecentPast(s: SentenceView, last: number): boolean {
  let first = last;
  while (first > 0 && GROUP_POS.has(s.tokens[first - 1]!.pos)) first--;
  for (let i = first; i <= last; i++) {
    const t = s.tokens[i]!;
    if (RECENT_PAST.has(t.normal)) return true;
    if (PLUPERFECT.has(t.normal) && i === first && isBackshiftedByReport(s, first)) return true;
    if (NOT_RECENT_PAST.has(t.normal)) return false;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    // A past form: "-ed", or an irregular form that differs from its lemma (the first form after the word) and is no -s or -ing form.
    if (t.normal.endsWith("ed")) return true;
    const lemma = t.forms[1];
    return lemma !== undefined && lemma !== t.normal && !t.normal.endsWith("s") && !t.normal.endsWith("ing");
  }
  return false;
}

/**
 * Whether the event is told in the past: a verb trigger by its own verb group ("gunmen killed",
 * "were abducted"), a noun trigger by the nearest verb of its clause ("a bomb exploded", "killed in
 * an attack"). A pluperfect ("had attacked") tells of something before the news, not the news.
 */
export function toldInThePast(s: SentenceView, e: Pick<EventMention, "tokens">): boolean {
  const anchor = anchorOf(e);
  if (s.tokens[anchor]!.pos === "VERB") return groupIsRecentPast(s, anchor);
  const clause = s.clause[anchor];
  let best = -1;
  for (let d = 1; d < s.tokens.length && best < 0; d++) {
    for (const i of [anchor - d, lastTokenOf(e) + d]) {
      if (i < 0 || i >= s.tokens.length || s.clause[i] !== clause) continue;
      if (s.tokens[i]!.pos === "VERB") { best = i; break; }
    }
  }
  if (best < 0) return false;
  let last = best;
  while (last + 1 < s.tokens.length && s.tokens[last + 1]!.pos === "VERB") last++;
  return groupIsRecentPast(s, last);
}

/** The dateline's day ("2021-10-10" of "2021-10-10T08:00Z"), or null. */
export function datelineDay(published: string | undefined): string | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(published.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * The report's day: the publication date's, or, for a document that came without one, the day of
 * the dateline its text opens with (found by the dates stage, rule date:dateline-stamp).
 */
export function reportDayOf(doc: Document): string | null {
  const given = datelineDay(doc.meta.published);
  if (given || doc.meta.published) return given;
  for (const d of layer(doc, "date")) if (d.source.rule === DATELINE_STAMP_RULE) return d.data.value;
  return null;
}

/** Where one telling of a merged event stands: its sentence and trigger tokens. */
export interface Telling {
  readonly s: SentenceView;
  readonly tokens: readonly number[];
}

/**
 * News convention for an event the text gives no date: told as done (asserted or claimed, not
 * background, not a context clause) in the simple past or the present perfect, it happened on the
 * day of the report or shortly before, and ACLED codes it on the report's date. Such an event gets
 * the dateline's day as an inferred date, apart from `date` (no words say it). A pluperfect, a
 * present, a future or an unreal event gets none. An event told in several sentences is told as
 * done when any of its tellings is ("A bomb went off in the market. As a result of the attack, a girl
 * was wounded": the carrier's clause has no verb of its own, the bomb's has a past one).
 */
export function inferDatelineDate(e: EventMention, s: SentenceView, dateline: string | null, tellings: readonly Telling[] = []): InferredDate | null {
  if (!dateline || e.date !== null || !isToldAsDone(e)) return null;
  const past = toldInThePast(s, e) || tellings.some((t) => toldInThePast(t.s, t));
  return past ? { value: dateline, precision: "day", rule: DATELINE_RULE } : null;
}

/** Asserted or claimed as news: not background, not a context clause, not a reference to an event told elsewhere. */
export function isToldAsDone(e: EventMention): boolean {
  return toldAsHappened(e) && !e.contexts.has("subordinate") && !e.contexts.has("referenced");
}
