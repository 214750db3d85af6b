// Weak and generic event words of a sentence yield to the specific event that names the same happening, which takes their parties, place and date.

import { keep } from "../../core/keep.js";
import type { Located } from "./assign-arguments.js";
import { absorbInto, anchorOf, inheritDate, isTwoSidedClash, lastTokenOf, takesWithoutKilling, type EventMention } from "./event-mention.js";
import { causeWordBefore } from "./cause-words.js";
import { accusationOfDeedAt, relativeOpenerBefore } from "./find-role-phrases.js";
import { isCommaParticiple, type SentenceView } from "./sentence-view.js";
import { namesVictimsOf } from "./names-victims.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { CARRY_OVER_TYPES, CROWD_CONTROL, FORCE_ON_GROUND_MODES, carriesCasualties } from "./event-type-groups.js";

const EVENT_WORDS = stageWordClasses("events");

/** Whether a stronger casualty-bearing event of the sentence takes over a weak one (any carry-over type, or one in its clause). */
function absorbedByStrong(s: SentenceView, strong: readonly EventMention[], w: EventMention, causeWords: ReadonlySet<string>): boolean {
  // "protested ... after police killed seven demonstrators": once a protest names the killing as its
  // cause, no protest word of the sentence takes it over, not even the protesters it killed.
  const causeOfProtest = strong.some((x) => isProtestCause(s, x, w, causeWords));
  // "the slaying of seven more demonstrators": the people a killing befell are not an event that takes it over.
  // A grievance is no toll of the protest's other acts either ("Protesters torched offices after a student was
  // killed by police"): only a strong word of its own clause takes it ("after gunmen attacked a village, killing 5").
  // "those who planned the coup were killed", "militants planning an attack were killed": a deed only planned,
  // pledged or demanded takes no death told as done; the casualty verb is a happening of its own.
  return strong.some((x) => (causeOfProtest ? s.clause[anchorOf(x)] === s.clause[anchorOf(w)] : CARRY_OVER_TYPES.has(x.type) || s.clause[anchorOf(x)] === s.clause[anchorOf(w)] || tellsTollOfTaking(s, x, w)) && !(causeOfProtest && x.type === "PROTEST") && !namesVictimsOf(s, x, w) && !(befallsDoersOf(w, x) && !namesVerbsEvent(s, w, x)) && !(w.modality === "asserted" && UNDONE_MODALITIES.has(x.modality)) && w.punishedBy !== x);
}


/**
 * "Al Shabaab militants overran a Somali army base in Bulo Burte, killing 17 soldiers": a casualty participle after the
 * comma that closes a taking or retaking of ground tells that act's toll, as it does after an attack (ACLED codes the dead
 * on the territorial change); not when the casualty word has a doer of its own other than the taking's (a taking whose
 * subject was not read, "troops backed by clan militias recaptured", lends its doer to the participle). (Force on a crowd is left to the protest
 * it was used at: "dispersed the protesters with tear gas, injuring 10" is the demonstration's.)
 */
function tellsTollOfTaking(s: SentenceView, x: EventMention, w: EventMention): boolean {
  const a = anchorOf(w);
  if (x.type !== "COERCE" || a <= lastTokenOf(x) || !isCommaParticiple(s, a)) return false;
  // The doer a relative clause's crowd lent the participle is no doer of its own.
  if (x.mode === CROWD_CONTROL) return relativeOpenerBetween(s, lastTokenOf(x), a);
  return FORCE_ON_GROUND_MODES.has(x.mode ?? "") && (w.actor === null || x.actor === null || w.actor === x.actor);
}

/**
 * "Police fired tear gas and rubber bullets at workers who blocked a highway on Thursday, killing one worker": a relative
 * clause between force used on a crowd and the participle after it; the participle tells what the force did (the dead go
 * to it, and with it to the protest it met), not what the relative clause's crowd did.
 */
function relativeOpenerBetween(s: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (relativeOpenerBefore(s, i) >= 0) return true;
  return false;
}

/**
 * "A man was charged on Monday with the murder of two women", "executed in Tehran on Sunday for the killing of":
 * a deed named by an accusation or punishment event of its sentence is a happening of its own (punishedBy): the
 * punishment never takes it over ("executed for the murder of two police officers": two killings, 1 and 2 dead) nor
 * merges with it; a date before its phrase dates the accusation, not the deed, which happened earlier on a day not told.
 */
export function markPunishedDeeds(s: SentenceView, events: readonly EventMention[], dates: readonly Located[]): void {
  for (const w of events) {
    const accusation = accusationOfDeedAt(s, anchorOf(w), lastTokenOf(w));
    if (!accusation) continue;
    const punishment = events.find((x) => x !== w && x.tokens.includes(accusation.verb));
    if (punishment) w.punishedBy = punishment;
    const dated = w.date === null ? undefined : dates.find((d) => d.id === w.date);
    if (dated && dated.last < accusation.preposition) {
      if (punishment) punishment.date ??= w.date;
      w.date = null;
      w.rules.push(PUNISHMENT_DATE_RULE);
    }
  }
}

/** Provenance of a deed whose sentence's date went to its punishment (markPunishedDeeds). */
const PUNISHMENT_DATE_RULE = "date:punishment's";

/** Modalities of a deed not (yet) done: it takes no toll told as done. */
const UNDONE_MODALITIES: ReadonlySet<string> = new Set(["intended", "pledged", "demanded"]);

/**
 * "Police killed two gunmen who had shot dead a shopkeeper": a casualty verb with a doer of its own whose
 * undergoers are the stronger act's doers tells another happening (the doers were killed), not that act's toll.
 * (Not when the act is an event noun in the verb's own phrase, "the army killed 40 terrorists in air strikes",
 * whose doers were read by word order: the verb's parties are the noun's, see takeVerbsParties.)
 */
function befallsDoersOf(w: EventMention, x: EventMention): boolean {
  return w.actor !== null && x.actor !== null && w.actor !== x.actor && w.target === x.actor;
}

/**
 * Whether a casualty word tells what a protest is about rather than what happened at it: it comes
 * after the protest, behind a word of cause or grievance ("protested over the killing of two
 * students", "marched to condemn the murder of a lawyer", "demanded justice for the 12 villagers
 * killed", cls:protest-cause). That killing is an event of its own, and its dead are not the protest's
 * (ACLED codes a peaceful protest over a killing with no fatalities).
 */
function isProtestCause(s: SentenceView, protest: EventMention, w: EventMention, causeWords: ReadonlySet<string>): boolean {
  if (protest.type !== "PROTEST") return false;
  const from = lastTokenOf(protest);
  const to = anchorOf(w);
  return (to > from && causeWordBefore(s, to, causeWords, from)) || causesLaterProtest(s, to, anchorOf(protest));
}

/** "The killing of three farmers by soldiers sparked protests": a verb of causing between a casualty word and the protest after it. */
function causesLaterProtest(s: SentenceView, casualty: number, protest: number): boolean {
  if (protest <= casualty || protest - casualty > CAUSED_PROTEST_REACH_TOKENS) return false;
  for (let i = casualty + 1; i < protest; i++) if (CAUSING_VERBS.has(s.tokens[i]!.normal) && s.tokens[i]!.pos === "VERB") return true;
  return false;
}
/** Verbs by which one happening sets off another ("sparked", "triggered", "prompted"). */
export const CAUSING_VERBS: ReadonlySet<string> = EVENT_WORDS.get("causing-verbs");
/** Words from a casualty word to the protest its cause verb sets off ("the killing of three farmers by soldiers sparked protests": 8). Unit: tokens. */
const CAUSED_PROTEST_REACH_TOKENS = 14;

/**
 * A casualty verb alone ("killed") is an event only when nothing stronger is in the sentence;
 * a generic trigger ("attacks") yields to a specific one of the same type ("bomb attacks"),
 * which inherits its participants ("several attacks against the Taliban, including ... bomb attacks").
 */
export function suppressWeakAndGeneric(s: SentenceView, events: EventMention[], causeWords: ReadonlySet<string>): EventMention[] {
  const strong = keep(events, (e) => !e.row.weak && carriesCasualties(e));
  // "the strike declared as a result of the murder of a judge": a protest or an arrest takes a death only in its own clause.
  const firstWeak = events.findIndex((x) => x.row.weak && !absorbedByStrong(s, strong, x, causeWords));
  let out = keep(events, (e, i) => !e.row.weak || (!absorbedByStrong(s, strong, e, causeWords) && i === firstWeak));
  // "a suicide bombing ... that killed at least 7 officers on Sunday": the casualty verb's date is the bombing's.
  const keptWeak = firstWeak >= 0 ? events[firstWeak]! : undefined;
  for (const e of events) {
    if (out.includes(e)) continue;
    // "killed 14 villagers and abducted dozens more in an overnight raid": the dead go to the raid, not the abduction
    // (ACLED codes the attack; a taking with killing in it is no abduction alone).
    const killers = takesWithoutKilling(e) ? strong : keep(strong, (x) => !takesWithoutKilling(x));
    const pool = killers.length > 0 ? killers : strong;
    const heir = nearestBefore(pool, anchorOf(e)) ?? pool[0];
    if (heir) {
      inheritPlaceAndDate(heir, e);
      if (heir.type === e.type) {
        absorbInto(heir, e);
        const appositive = isAppositiveOfClause(s, anchorOf(e), anchorOf(heir));
        if (appositive || namesVerbsEvent(s, e, heir)) takeVerbsParties(heir, e);
        // The appositive's own time ("the third shooting this month") spans the count it makes; the clause's day is the event's.
        if (appositive && e.date) heir.date = e.date;
      }
    }
    // "They killed 23 soldiers and injured another 15": with no stronger word, the second casualty
    // verb of the sentence is one more telling of the first one's event.
    else if (keptWeak && e.row.weak && keptWeak.type === e.type && e.modality === keptWeak.modality) absorbInto(keptWeak, e);
  }
  // A word re-read as a generic row ("the army repelled the assault") yields to the specific telling as a generic word does,
  // and stays one of its tellings; else the attack told before it ("attacked an army camp, killing 10 soldiers") lost its toll.
  const specific = keep(out, (e) => !e.row.generic && !e.row.weak && !isRereadGeneric(e));
  out = keep(out, (e) => {
    if (!e.row.generic && !isRereadGeneric(e)) return true;
    // "killed in IS attacks ..., prompting Russian airstrikes": a generic word whose doer differs from
    // the specific telling's is another happening, not a looser word for it.
    const heir = specific.find((x) => x.type === e.type && !(x.actor && e.actor && x.actor !== e.actor));
    if (!heir) return true;
    heir.actor ??= e.actor;
    heir.target ??= e.target === heir.actor ? null : e.target;
    heir.sourceClass ??= e.sourceClass;
    heir.targetClass ??= e.targetClass;
    inheritPlaceAndDate(heir, e);
    // The heir keeps its own background reading: a cue before the generic word ("after one improvised
    // explosive device recently detonated") scopes that word's verb, not the specific telling before it.
    heir.rules.push(`merged:${e.row.id}`);
    if (isRereadGeneric(e)) absorbInto(heir, e);
    return false;
  });
  out = joinNestedTriggers(out);
  // Several generic or weak mentions of one type in a sentence are one event; so are two triggers
  // of one type and mode in one clause ("convicted ... and sentenced", "killed and beheaded").
  const seen = new Map<string, EventMention>();
  return keep(out, (e) => {
    // An ordered or wanted act is another event than one told as done (see the generic merge above).
    const key = e.row.generic || e.row.weak || isRereadGeneric(e) ? `${e.type}/${e.modality}` : `${e.type}/${e.mode ?? ""}/${s.clause[anchorOf(e)]}`;
    const first = seen.get(key);
    if (!first) { seen.set(key, e); return true; }
    first.actor ??= e.actor;
    first.target ??= e.target === first.actor ? null : e.target;
    inheritPlaceAndDate(first, e);
    first.rules.push(`merged:${e.row.id}`);
    return false;
  });
}

/**
 * "signed a ceasefire agreement": a trigger of one type inside the gap of another's pattern ("signed ...
 * agreement") is the same telling, one event; the more specific row (higher rank) carries it, with the
 * other's parties, place and date where it has none.
 */
function joinNestedTriggers(events: EventMention[]): EventMention[] {
  if (events.length < 2) return events;
  const gone = new Set<EventMention>();
  for (const outer of events) {
    if (outer.tokens.length < 2 || gone.has(outer)) continue;
    const from = outer.tokens[0]!;
    const to = outer.tokens[outer.tokens.length - 1]!;
    for (const inner of events) {
      if (inner === outer || gone.has(inner) || inner.type !== outer.type || inner.modality !== outer.modality) continue;
      const at = anchorOf(inner);
      if (at <= from || at >= to || outer.tokens.includes(at)) continue;
      const [heir, other] = inner.row.rank > outer.row.rank ? [inner, outer] : [outer, inner];
      heir.actor ??= other.actor;
      heir.target ??= other.target === heir.actor ? null : other.target;
      inheritPlaceAndDate(heir, other);
      heir.rules.push(`merged:${other.row.id}`);
      gone.add(other);
      if (other === outer) break;
    }
  }
  return gone.size === 0 ? events : keep(events, (e) => !gone.has(e));
}

/** Parts of speech between a preposition and the event noun it governs: "in (an) attack", "during (a military) operation". */
export const PREPOSITION_TO_NOUN_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * "Troops killed 5 militants during an operation in Lahij", "ISWAP fighters killed 2 soldiers in an
 * attack on Damboa": an event noun in a prepositional phrase of a casualty verb of its clause names
 * the verb's event, whose subject and object are the parties; the noun's own reading by word order
 * (the nearest party before it is its doer) takes the victims for the attackers.
 */
function namesVerbsEvent(s: SentenceView, verb: EventMention, noun: EventMention): boolean {
  const a = anchorOf(noun);
  if (s.tokens[anchorOf(verb)]!.pos !== "VERB") return false;
  if (isAppositiveOfClause(s, anchorOf(verb), a)) return true;
  if (anchorOf(verb) > a) return opensSentenceAsSetting(s, a, anchorOf(verb));
  if (anchorOf(verb) === a || !inOneClausePastNamings(s, anchorOf(verb), a)) return false;
  let k = a - 1;
  while (k > anchorOf(verb) && PREPOSITION_TO_NOUN_POS.has(s.tokens[k]!.pos) && a - k <= 3) k--;
  return k > anchorOf(verb) && s.tokens[k]!.pos === "ADP";
}

/**
 * "Gunmen killed 11 people at a bar late Sunday, the third mass shooting in the city this month": an event's
 * noun phrase set off by a comma after the verb's clause, with no verb of its own after it, renames that
 * clause's event. Its article opens it after the comma, through modifiers only.
 */
function isAppositiveOfClause(s: SentenceView, verb: number, noun: number): boolean {
  if (noun <= verb) return false;
  let k = noun - 1;
  while (k > verb && noun - k <= APPOSITIVE_MODIFIERS_TOKENS && (s.tokens[k]!.pos === "ADJ" || s.tokens[k]!.pos === "NOUN" || s.tokens[k]!.pos === "NUM")) k--;
  if (s.tokens[k]?.pos !== "DET" || s.words[k - 1] !== "," || k - 2 <= verb || s.clause[k - 2] !== s.clause[verb]) return false;
  for (let i = noun + 1; i < s.tokens.length; i++) if (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX") return false;
  return true;
}
/** Modifiers between an appositive's article and its noun ("the third mass": 2). Unit: tokens. */
const APPOSITIVE_MODIFIERS_TOKENS = 3;

/** Participles whose "as" names the noun before them ("a commander known as X"): that "as" opens no clause of its own. */
const NAMING_PARTICIPLES: ReadonlySet<string> = EVENT_WORDS.get("naming-participles");

/**
 * Whether tokens `from` and `to` are in one clause, counting a clause opened by "as" right after a naming
 * participle as the same one: "killed a FARC commander known as Jhon Mechas in a bombing raid".
 */
function inOneClausePastNamings(s: SentenceView, from: number, to: number): boolean {
  if (s.clause[from] === s.clause[to]) return true;
  for (let i = from + 1; i <= to; i++) {
    if (s.clause[i] === s.clause[i - 1]) continue;
    if (s.words[i] !== "as" || !NAMING_PARTICIPLES.has(s.words[i - 1] ?? "")) return false;
  }
  return true;
}

/** Prepositions that put what a clause tells inside the happening a fronted phrase names ("In the attack, ..."; not "After the attack, ..."). */
const INSIDE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during"]);

/**
 * "In the attack on Monday, gunmen killed four policemen": an event noun in an "in" or "during" phrase that
 * opens the sentence (at most PREPOSITION_TO_NOUN_POS words between) names the event of the clause after
 * the phrase's comma, with the verb at `verbAt` in that clause.
 */
function opensSentenceAsSetting(s: SentenceView, nounAt: number, verbAt: number): boolean {
  if (!INSIDE_PREPOSITIONS.has(s.words[0] ?? "") || nounAt > 4) return false;
  for (let k = 1; k < nounAt; k++) if (!PREPOSITION_TO_NOUN_POS.has(s.tokens[k]!.pos)) return false;
  const comma = s.words.indexOf(",", nounAt);
  if (comma < 0 || comma > verbAt) return false;
  for (let k = comma + 1; k < verbAt; k++) if (s.words[k] === "," || s.tokens[k]!.pos === "VERB") return false;
  return true;
}

function takeVerbsParties(noun: EventMention, verb: EventMention): void {
  // "Afghan civilians were killed by Pakistani shelling", "... in an airstrike": a passive verb's subject
  // undergoes the one-sided act its phrase names; not a clash's, where it is one of two armed sides.
  if (verb.voice === "undergoer" && verb.target && !noun.target && verb.target !== noun.actor && !isTwoSidedClash(noun)) {
    noun.target = verb.target;
    noun.targetClass ??= verb.targetClass;
    noun.rules.push("target:verb-of-noun");
    return;
  }
  // Only an active verb's subject is sure to be the doer: "two soldiers were killed during a clash with the FMLN"
  // names one side of the clash as victims, and the noun's own reading ("with" the other side) is the better one.
  if (!verb.actor || verb.voice !== "active") return;
  noun.actor = verb.actor ?? (noun.actor === verb.target ? null : noun.actor);
  noun.target = verb.target ?? (noun.target === noun.actor ? null : noun.target);
  noun.sourceClass = verb.sourceClass ?? noun.sourceClass;
  noun.targetClass = verb.targetClass ?? noun.targetClass;
  noun.rules.push("parties:verb-of-noun");
}

function nearestBefore(events: readonly EventMention[], at: number): EventMention | undefined {
  return events.filter((e) => anchorOf(e) < at).sort((a, b) => anchorOf(b) - anchorOf(a))[0];
}

function inheritPlaceAndDate(heir: EventMention, from: EventMention): void {
  if (!heir.place && from.place) { heir.place = from.place; heir.geoPrecision = from.geoPrecision; heir.otherPlaces = from.otherPlaces; }
  else if (from.place && from.geoPrecision) {
    // The generic word may have stood by more towns than the heir ("the attacks in Jabla ... and Tartus ... in bombings").
    const more = [{ id: from.place, precision: from.geoPrecision }, ...(from.otherPlaces ?? [])].filter((p) => p.id !== heir.place);
    heir.otherPlaces = [...(heir.otherPlaces ?? []), ...more.filter((p) => !heir.otherPlaces?.some((o) => o.id === p.id))];
  }
  // "attacked a village late Saturday, killing five and abducting two women, police said Sunday": a day the
  // report gave stands in only until a telling of the same event brings its own.
  inheritDate(heir, from);
}

/** A word a sense row re-read as a generic row, with a generic telling of its type beside it in the sentence (set per mention by resolve-sense.ts). */
function isRereadGeneric(e: EventMention): boolean {
  return e.row.rereadGeneric === true;
}
