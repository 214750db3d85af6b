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
  for (const e of events) {
    if (e.type !== "COERCE" || e.mode !== "arrest" || e.actor || e.voice !== "undergoer" || e.sentence !== s.index) continue;
    const anchor = anchorOf(e);
    const force = reportingForce(doc, s, mentions, anchor);
    if (!force) continue;
    e.actor = force;
    e.sourceClass = classOfActor(doc, force);
    e.rules.push(REPORTING_FORCE_RULE);
  }
}

/** The state force whose verb of speech reports the clause at `anchor`, or null. */
function reportingForce(doc: Document, s: SentenceView, mentions: readonly ActorMention[], anchor: number): string | null {
  for (let r = 0; r < s.tokens.length; r++) {
    const t = s.tokens[r]!;
    if (r === anchor || t.pos !== "VERB" || !t.forms.some((f) => s.reportVerbs!.has(f))) continue;
    // "Police said the men were arrested": the arrest follows the verb of speech. ", police said.": the verb closes the sentence after the arrest.
    if (r > anchor && !closesSentence(s, r)) continue;
    const m = subjectMention(s, mentions, r) ?? (r > anchor ? mentionRightAfter(s, mentions, r) : null);
    if (m && isStateForceClass(classOfActor(doc, m.actor))) return m.actor;
  }
  return null;
}

/** The actor mention that ends the subject right before the verb at `r` (maybe a reporter's noun after it, and adverbs, auxiliaries or a time between). */
function subjectMention(s: SentenceView, mentions: readonly ActorMention[], r: number): ActorMention | null {
  let i = r - 1;
  while (i >= 0 && (s.tokens[i]!.pos === "ADV" || s.tokens[i]!.pos === "AUX" || s.times?.has(s.words[i]!))) i--;
  if (s.words[i] === "on" && i + 1 < r) i--;
  for (let k = i; k >= 0 && i - k <= REPORTER_HEAD_MAX_TOKENS; k--) {
    const m = mentions.find((x) => x.last === k);
    if (m) return m;
    if (s.tokens[k]!.pos !== "NOUN") return null;
  }
  return null;
}

/** "..., said police.": the actor mention right after the verb (a determiner between). */
function mentionRightAfter(s: SentenceView, mentions: readonly ActorMention[], r: number): ActorMention | null {
  const first = s.tokens[r + 1]?.pos === "DET" ? r + 2 : r + 1;
  return mentions.find((x) => x.first === first) ?? null;
}

/** Whether the verb at `r` opens the sentence's last clause after a comma (", police said." / ", said police."). */
function closesSentence(s: SentenceView, r: number): boolean {
  let i = r - 1;
  while (i >= 0 && s.words[i] !== "," && r - i <= REPORTER_HEAD_MAX_TOKENS + 3) i--;
  if (s.words[i] !== ",") return false;
  for (let k = r + 1; k < s.tokens.length; k++) if (s.tokens[k]!.pos === "VERB") return false;
  return true;
}
