import type { Document } from "../../core/index.js";
import type { ActorMention } from "./assign-arguments.js";
import { classOfActor } from "./classify-parties.js";
import { anchorOf, type EventMention } from "./event-mention.js";
import { isStateForceClass } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";

/** The rule of an arrester taken from the force that reports the arrest. */
export const REPORTING_FORCE_RULE = "actor:reporting-force";

/** Words the reporter's phrase may hold after the force's name ("police officials said", "an army spokesman said"): nouns only. */
const REPORTER_HEAD_MAX_TOKENS = 2;

/**
 * "Police said three men had been arrested", "Three men were arrested on Monday, the army said",
 * "25 people were detained, said police": an arrest told in the passive with no one named, which a
 * state force (police, army, security forces) reports, is that force's own arrest. Only a force reports
 * so: "Officials said 20 people were detained", "Witnesses said ..." name no arrester. The arrest must
 * stand in the reported clause: after the verb of speech, or before it when the verb closes the sentence.
 */
export function takeArrestersFromReporter(doc: Document, s: SentenceView, events: readonly EventMention[], mentions: readonly ActorMention[]): void {
  if (!s.reportVerbs) return;
  const arrests = events.filter((e) => e.type === "COERCE" && e.mode === "arrest" && !e.actor && e.voice === "undergoer" && e.sentence === s.index);
  if (arrests.length === 0) return;
  const reports = reportingForces(doc, s, mentions);
  if (reports.length === 0) return;
  for (const e of arrests) {
    const anchor = anchorOf(e);
    // "Police said the men were arrested": the arrest follows the verb of speech. ", police said.": the verb closes the sentence after the arrest.
    const r = reports.find((x) => x.at < anchor || (x.at > anchor && x.closing));
    if (!r) continue;
    e.actor = r.force;
    e.sourceClass = classOfActor(doc, r.force);
    e.rules.push(REPORTING_FORCE_RULE);
  }
}

/** The verbs of speech of a sentence whose subject is a state force, in text order, and whether each closes the sentence. */
function reportingForces(doc: Document, s: SentenceView, mentions: readonly ActorMention[]): { at: number; force: string; closing: boolean }[] {
  const byLast = new Map<number, ActorMention>();
  const byFirst = new Map<number, ActorMention>();
  for (const m of mentions) { byLast.set(m.last, m); byFirst.set(m.first, m); }
  let lastVerb = -1;
  for (let k = 0; k < s.tokens.length; k++) if (s.tokens[k]!.pos === "VERB") lastVerb = k;
  const out: { at: number; force: string; closing: boolean }[] = [];
  for (let r = 0; r < s.tokens.length; r++) {
    const t = s.tokens[r]!;
    if (t.pos !== "VERB" || !t.forms.some((f) => s.reportVerbs!.has(f))) continue;
    const closing = r === lastVerb && afterComma(s, r);
    const m = subjectMention(s, byLast, r) ?? (closing ? mentionRightAfter(s, byFirst, r) : null);
    if (m && isStateForceClass(classOfActor(doc, m.actor))) out.push({ at: r, force: m.actor, closing });
  }
  return out;
}

/** The actor mention that ends the subject right before the verb at `r` (maybe a reporter's noun after it, and adverbs, auxiliaries or a time between). */
function subjectMention(s: SentenceView, byLast: ReadonlyMap<number, ActorMention>, r: number): ActorMention | null {
  let i = r - 1;
  while (i >= 0 && (s.tokens[i]!.pos === "ADV" || s.tokens[i]!.pos === "AUX" || s.times?.has(s.words[i]!))) i--;
  if (s.words[i] === "on" && i + 1 < r) i--;
  for (let k = i; k >= 0 && i - k <= REPORTER_HEAD_MAX_TOKENS; k--) {
    const m = byLast.get(k);
    if (m) return m;
    if (s.tokens[k]!.pos !== "NOUN") return null;
  }
  return null;
}

/** "..., said police.": the actor mention right after the verb (a determiner between). */
function mentionRightAfter(s: SentenceView, byFirst: ReadonlyMap<number, ActorMention>, r: number): ActorMention | null {
  return byFirst.get(s.tokens[r + 1]?.pos === "DET" ? r + 2 : r + 1) ?? null;
}

/** Whether a comma stands a few words before the verb at `r` (", police said.", ", a police spokesman said."). */
function afterComma(s: SentenceView, r: number): boolean {
  for (let i = r - 1; i >= 0 && r - i <= REPORTER_HEAD_MAX_TOKENS + 3; i--) if (s.words[i] === ",") return true;
  return false;
}
