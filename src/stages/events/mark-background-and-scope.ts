// Background and modality read across a sentence's events: lists sharing a background cue, state participles, acts scoped under threats and demands, topic references.

import { keep } from "../../core/keep.js";
import { anchorOf, lastTokenOf, type EventMention } from "./event-mention.js";
import { DEFINITE_PREMODIFIER_TOKENS } from "./heuristics.js";
import { readQuantityAt } from "./parse-casualties.js";
import { isPrenominalParticiple } from "./find-role-phrases.js";
import type { EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";
import { POSSESSIVE, PREMODIFIER_POS, definiteDeterminerAt, isFinitePast } from "./describe-mention.js";
import { NO_WORDS } from "./event-type-groups.js";
import { PREPOSITION_TO_NOUN_POS } from "./suppress-weak-events.js";

/** Types a pledge carries over to the help named after it in its clause. */
const FAMILY_OF_PLEDGES = new Set(["AGREE", "AID", "COOPERATE"]);

/**
 * "was involved in the use of suicide vehicles, IEDs and chemical weapons": the items of one list
 * share the background cue before its first item (list commas end clauses for every other purpose).
 */
export function shareBackgroundAcrossLists(s: SentenceView, events: readonly EventMention[]): void {
  const ordered = [...events].sort((a, b) => anchorOf(a) - anchorOf(b));
  for (let k = 1; k < ordered.length; k++) {
    const prev = ordered[k - 1]!, e = ordered[k]!;
    if (!prev.background || e.background || prev.type !== e.type) continue;
    let listed = true;
    for (let i = lastTokenOf(prev) + 1; i < anchorOf(e); i++) {
      const t = s.tokens[i]!;
      if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP" || t.normal === ";" || t.normal === "but") { listed = false; break; }
    }
    if (listed) { e.background = true; e.rules.push("background:list"); }
  }
}

/**
 * "Relatives of detained activists gathered", "demanded the release of a jailed cleric": a participle of
 * detention before its noun tells that noun's state, a detention done before and told elsewhere if at all;
 * the sentence reports no arrest. Such a mention is background. (Violence is left alone: "the bodies of 12
 * slain villagers were found" often is the killing's only telling, with its toll.)
 */
export function markStateParticiples(s: SentenceView, events: readonly EventMention[]): void {
  for (const e of events) {
    if (e.type !== "COERCE" || e.background || e.tokens.length !== 1 || !isPrenominalParticiple(s, anchorOf(e))) continue;
    e.background = true;
    e.rules.push(STATE_PARTICIPLE_RULE);
  }
}
const STATE_PARTICIPLE_RULE = "background:state-participle";

/**
 * Abstract nouns ("the fight against terrorism", "threats") are events only when the clause pins
 * them down: a place or date (or, without a place layer, a name after "in/near/from"), a count
 * ("7,000 people have fled"), casualties, or both parties.
 */
export function isAnchored(e: EventMention, s: SentenceView, lex: EventsLexicons): boolean {
  if (!e.row.anchored) return true;
  // "Granoff ... donated to Hillary Clinton": a doer the clause names in words (no canonical actor) is a party too.
  const hasDoer = e.actor !== null || e.doerInClause === true;
  if (e.place || e.date || e.fatalities || e.injuries || (hasDoer && e.target) || e.claimedBy || e.threatensAbsorbedAct) return true;
  if (threatensAnAct(s, e)) return true;
  const clause = s.clause[anchorOf(e)];
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.clause[i] !== clause) continue;
    const t = s.tokens[i]!;
    if (LOCATIVE_PREPOSITIONS.has(t.normal) && s.tokens[i + 1]?.pos === "PROPN") return true;
    // A count of those involved, before or right after the trigger ("7,000 people have fled", "freed six medics").
    if (i !== anchorOf(e) && i >= anchorOf(e) - 4 && i <= lastTokenOf(e) + 2) {
      const q = readQuantityAt(s, i, lex);
      const head = q ? s.tokens[q.end] : undefined;
      // A count of something ("six medics"), not an age or a year ("Vulcheva, 48, upon release").
      if (q && head && (head.pos === "NOUN" || head.pos === "ADJ" || head.pos === "PROPN")) return true;
    }
  }
  return false;
}

const LOCATIVE_PREPOSITIONS = new Set(["in", "near", "from", "at", "outside"]);

/**
 * "officials have threatened to cut off their supplies", "threatening to fire them": a threat verb whose
 * infinitive names the act threatened is pinned down by it, as "the threat of execution" is by its noun
 * (THREAT_OF); a bare "threats" or "threatened" with no act named stays abstract.
 */
function threatensAnAct(s: SentenceView, e: EventMention): boolean {
  if (e.type !== "THREATEN") return false;
  const last = lastTokenOf(e);
  if (s.tokens[last]!.pos !== "VERB") return false;
  // "threatened to cut off", "is pressuring public employees to vote": the infinitive right after the verb or its object.
  for (let i = last + 1; i <= last + 1 + THREATENED_OBJECT_TOKENS && i + 1 < s.tokens.length; i++) {
    if (s.clause[i] !== s.clause[last]) return false;
    if (s.words[i] === "to") return s.tokens[i + 1]!.pos === "VERB";
    if (!OBJECT_POS.has(s.tokens[i]!.pos)) return false;
  }
  return false;
}

/** Tokens of the object a threat or pressure verb may put before its infinitive ("pressuring public employees to vote": 2). */
const THREATENED_OBJECT_TOKENS = 4;
/** Parts of speech of that object: a noun phrase or a pronoun. */
const OBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);

/**
 * Prepositions that make a definite attack noun the topic of another event in its sentence: "arrested
 * in connection with Saturday's attack", "opened an inquiry into the blast", "jailed for the bombing",
 * "protests over the killing", "the men behind the attack". Not "after"/"since" (subordinate-cues.tsv
 * reads those as context clauses) nor "in"/"of" ("killed in the attack" tells the attack itself).
 */
const TOPIC_PREPOSITIONS = new Set(["into", "for", "over", "about", "with", "behind"]);

/**
 * The sentence's main event is the one whose verb governs the clause; a definite attack noun that is
 * only the topic of another event told before it in the sentence (an arrest, an inquiry, a sentence)
 * refers to an attack told elsewhere: "referenced", so it merges with that telling and is no event of
 * its own when the article reports attacks (dropRestatedReferences).
 */
export function markTopicReferences(s: SentenceView, events: readonly EventMention[]): void {
  for (const e of events) {
    if (e.type !== "ASSAULT" || e.contexts.has("referenced") || e.fatalities || e.injuries) continue;
    const determiner = definiteDeterminerAt(s, anchorOf(e), lastTokenOf(e));
    if (determiner < 0) continue;
    // "with Saturday's terror attack": the phrase starts at the possessor.
    let start = determiner;
    if (POSSESSIVE.test(s.tokens[determiner]!.normal)) while (start > 0 && PREMODIFIER_POS.has(s.tokens[start - 1]!.pos) && determiner - start < DEFINITE_PREMODIFIER_TOKENS) start--;
    const preposition = s.tokens[start - 1];
    if (!preposition || !TOPIC_PREPOSITIONS.has(preposition.normal)) continue;
    const governor = events.find((g) => g !== e && g.type !== e.type && lastTokenOf(g) < start - 1);
    if (!governor) continue;
    e.contexts.add("referenced");
    e.rules.push(`topic-of:${governor.row.id}`);
  }
}

/**
 * Whether an event noun is the object of a preposition that takes a past happening ("following the
 * slaying of", "after the attack", "amid clashes": cls:presupposed), between a governor and it: its
 * noun phrase (determiners, modifiers) is skipped back to the word before it.
 */
function isPresupposed(s: SentenceView, anchor: number, after: number, presupposing: ReadonlySet<string>): boolean {
  if (presupposing.size === 0 || s.tokens[anchor]!.pos !== "NOUN") return false;
  let i = anchor - 1;
  while (i > after && PREPOSITION_TO_NOUN_POS.has(s.tokens[i]!.pos)) i--;
  return i > after && presupposing.has(s.words[i]!);
}

/**
 * What a threat warns against or a demand asks for has not happened: "warned the Taliban against
 * further attacks" -> the attacks are hypothetical; "urged X to stop the shelling" -> demanded.
 */
export function scopeUnderThreatsAndDemands(s: SentenceView, events: EventMention[], presupposing: ReadonlySet<string> = NO_WORDS): void {
  for (const governor of events) {
    // "We condemn the terrorist attacks in Baghdad": a condemned attack was reported elsewhere; it merges with that report.
    if (governor.type === "ACCUSE") {
      for (const e of events) {
        if (e.type === "ASSAULT" && e.row.generic && anchorOf(e) > anchorOf(governor) && s.clause[anchorOf(e)] === s.clause[anchorOf(governor)]) e.contexts.add("referenced");
      }
      continue;
    }
    // "promised to provide treatment as well as aid": the aid is promised too.
    const pledge = governor.modality === "pledged" && FAMILY_OF_PLEDGES.has(governor.type);
    // A request scopes what it asks for when its word makes it a demand (the row's own modality, "called for",
    // "urged"); an order given ("ordered the murder of the six priests") leaves what it ordered to its own reading.
    const scope = governor.type === "THREATEN" ? "hypothetical" : governor.type === "REQUEST" && governor.row.modality === "demanded" ? "demanded" : pledge ? "pledged" : null;
    if (!scope) continue;
    for (const e of events) {
      // "urged them to cease the airstrikes": the airstrikes are going on; only their end is demanded.
      if (e === governor || e.modality !== "asserted" || e.background || anchorOf(e) <= anchorOf(governor)) continue;
      if (pledge && !FAMILY_OF_PLEDGES.has(e.type)) continue;
      if (s.clause[anchorOf(e)] !== s.clause[anchorOf(governor)]) continue;
      // "called for protests following the slaying of seven demonstrators": what the demand follows has happened.
      if (isPresupposed(s, anchorOf(e), anchorOf(governor), presupposing)) continue;
      // "said he would order a review ... and warned against hackers", "called for calm after police killed
      // two": a verb in the past tense has a subject of its own and tells what happened; what is demanded
      // or threatened is told by an infinitive or a noun.
      if (isFinitePast(s, anchorOf(e))) continue;
      e.modality = scope;
      e.rules.push(`scope:${governor.row.id}`);
    }
  }
}

/** Provenance of a threat that took over the attack it threatens (isAnchored keeps such a threat: threatensAbsorbedAct). */
const THREAT_OF = "threat-of:";

/**
 * "The rebels threatened to attack the town" reports a threat, not an attack: the threatened attack
 * becomes the threat's content (PLOVER THREATEN, mode violence, CAMEO 138) and is no ASSAULT of its own.
 * Only a plain threat verb does this; "warned X against attacks" stays a warning about hypothetical attacks.
 */
export function absorbThreatenedViolence(s: SentenceView, events: EventMention[]): EventMention[] {
  const absorbed = new Set<EventMention>();
  for (const threat of events) {
    if (threat.type !== "THREATEN" || threat.mode !== null) continue;
    for (const e of events) {
      if (e.type !== "ASSAULT" || absorbed.has(e) || anchorOf(e) <= anchorOf(threat) || s.clause[anchorOf(e)] !== s.clause[anchorOf(threat)]) continue;
      threat.mode = "violence";
      threat.target ??= e.target;
      threat.place ??= e.place;
      threat.date ??= e.date;
      threat.threatensAbsorbedAct = true;
      threat.rules.push(`${THREAT_OF}${e.row.id}`);
      absorbed.add(e);
    }
  }
  return absorbed.size === 0 ? events : keep(events, (e) => !absorbed.has(e));
}
