import type { Count, EventMentionData, GeoPrecision, Modality } from "../../core/index.js";
import type { ActorClass, TriggerRow } from "./resources.js";
import type { Voice } from "./assign-arguments.js";

/** One event mention while the stage works on it; frozen into an EventData at the end. */
export interface EventMention {
  row: TriggerRow;
  type: string;
  mode: string | null;
  sentence: number;
  /** Sentence-local token indices of the trigger. */
  tokens: readonly number[];
  actor: string | null;
  target: string | null;
  claimedBy: string | null;
  /** The claim of responsibility stands in this mention's own sentence: a toll it tells is the claimant's ("saying its fighters had killed 30"). */
  claimantsSentence?: boolean;
  /** Whether the clause's subject does the event or undergoes it (assign-arguments.ts), as word order read it. */
  voice: Voice;
  modality: Modality;
  background: boolean;
  place: string | null;
  geoPrecision: GeoPrecision | null;
  date: string | null;
  fatalities: Count | null;
  injuries: Count | null;
  acled: { eventType: string; subEventType: string } | null;
  sourceClass: ActorClass | null;
  targetClass: ActorClass | null;
  contexts: Set<string>;
  /** Other sub-national places named for this event besides `place`: an attack "in Jabla ... and Tartus" happened in each. */
  otherPlaces?: { readonly id: string; readonly precision: GeoPrecision }[];
  /** A noun with a definite or possessive determiner ("her release", "that deal"): it may refer back to an event told far earlier. */
  definite?: boolean;
  /**
   * A definite noun whose modality came from a cue before its determiner ("no group claimed responsibility
   * for the explosion", "wanted in connection with the blast"): the cue governs another verb, and the
   * description presupposes the event; it may join an asserted telling told before it.
   */
  presupposed?: boolean;
  /** Told as one more happening besides one already told ("another attack", "Separately, ..."): it merges with nothing before its sentence. */
  distinct?: boolean;
  /** Told as an answer to an act ("In response, ...", "retaliatory strikes", "hit back"): it joins no telling of another act told before it. */
  responds?: boolean;
  /** Its own day ends more than a month before the report ("an attack on the town in 2021"): no lead dated only by its report tells it (longBeforeReport). */
  longBeforeReport?: boolean;
  /**
   * The punishment or accusation whose "for"/"of"/"with" phrase names this deed ("was executed for the
   * murder of two police officers"): an earlier happening that never merges with the punishment's event.
   */
  punishedBy?: EventMention;
  /** The toll was read beside a running-tally cue ("as of", "and 3000 infected"): no toll if the event turns out to be an epidemic. */
  tallyToll?: boolean;
  /** The fatalities were read from a toll ("the death toll rose to 62"): a total, so no later figure of its sentence is another victim group. */
  fatalitiesFromToll?: boolean;
  /** The victims' words at a casualty word of this mention's sentence ("killing six civilians"), token range in its sentence. */
  victimPhrase?: { readonly first: number; readonly last: number; readonly head: number };
  /** The same, by the kind of toll read there: the dead ("killing 13 people") and the injured ("wounding 71"). */
  deadPhrase?: EventMention["victimPhrase"];
  injuredPhrase?: EventMention["victimPhrase"];
  /** The sentence whose casualty report gave the toll, when it is not the mention's own ("A bomb exploded. Two people died."). */
  tollSentence?: { fatalities?: number; injuries?: number };
  /** A demonstration's: the state force whose dispersal of it was absorbed into it ("Police used tear gas to disperse ..."), its actor id. */
  intervenedBy?: string;
  /** The clause names its doer in words that hold no actor ("Granoff ... donated"): a party all the same (isAnchored). */
  doerInClause?: boolean;
  /** The second party was read from the subject's list ("X and Y met"), not from the object: its role phrases are read that way too. */
  listedSide?: boolean;
  /** A threat that took over the attack it threatens ("threatened to attack the town"): the act named pins it down. */
  threatensAbsorbedAct?: boolean;
  /** A plural attack noun whose clause sums several up ("coordinated attacks across the province"): the attacks told town by town are no parts of it (isSummaryOfAttacks). */
  summary?: boolean;
  /** Lexicon rows and rules that shaped this event, for provenance. */
  rules: string[];
  /** Weaker words for this event that yielded to it ("killed" beside "bombing", "Two people died." after "A bomb exploded"): more tellings of it. */
  absorbed?: EventMention[];
  /** Set on a merged event: what each of its mentions said on its own, in text order. */
  told?: readonly ToldMention[];
}

/**
 * One mention's own word, kept when it merges into an event told elsewhere: the public
 * EventMentionData's facts, still located by sentence and tokens (spans are made when the event is frozen).
 */
export interface ToldMention extends Pick<EventMentionData, "type" | "mode" | "place" | "date" | "fatalities" | "injuries" | "rule"> {
  readonly actor: string | null;
  readonly target: string | null;
  readonly victimPhrase?: EventMention["victimPhrase"];
  readonly deadPhrase?: EventMention["victimPhrase"];
  readonly injuredPhrase?: EventMention["victimPhrase"];
  /** A death word told beside its event's trigger ("Scores died in the attacks"): the toll of its sentence is its own. */
  readonly deathWord?: boolean;
  /** The sentence that gave this mention's toll, when it is another one. */
  readonly tollSentence?: EventMention["tollSentence"];
  /** Its second party was read from the subject's list (EventMention.listedSide). */
  readonly listedSide?: boolean;
  readonly sentence: number;
  readonly tokens: readonly number[];
}

/** A mention with the weaker words that yielded to it, each once, in text order. */
export function tellingsOf(m: EventMention): EventMention[] {
  const out = [m, ...(m.absorbed ?? [])];
  return [...new Set(out)].sort((a, b) => a.sentence - b.sentence || a.tokens[0]! - b.tokens[0]!);
}

/** Provenance of an event's date taken from its report ("police said Sunday"), the last resort of attachPlacesAndDates. */
export const REPORT_DATE_RULE = "date:report";
/** The context of a mention told in a headline glued to the lead (SentenceData.headline): it tells the lead's happening again. */
export const HEADLINE_CONTEXT = "headline";

/**
 * Another telling's date for `heir`: taken where the heir has none (with its provenance when only the report gave it),
 * and in place of a day only the report gave when the telling brings the event's own ("stormed the village late on
 * Monday" after "killed 14 villagers, police said on Tuesday").
 */
export function inheritDate(heir: EventMention, from: EventMention): void {
  if (!from.date) return;
  // A report's day stands for the days just before it: an older day of another telling does not replace it.
  if (from.longBeforeReport && heir.rules.includes(REPORT_DATE_RULE)) return;
  const fromReport = from.rules.includes(REPORT_DATE_RULE);
  if (heir.date && heir.rules.includes(REPORT_DATE_RULE) && !fromReport) {
    heir.date = from.date;
    heir.rules.splice(heir.rules.indexOf(REPORT_DATE_RULE), 1);
  } else if (!heir.date) {
    heir.date = from.date;
    if (fromReport) heir.rules.push(REPORT_DATE_RULE);
  }
}

/** Records that `weaker` told the same happening as `heir` and yielded to it. */
export function absorbInto(heir: EventMention, weaker: EventMention): void {
  if (heir === weaker) return;
  (heir.absorbed ??= []).push(weaker, ...(weaker.absorbed ?? []));
}

/** Rule of a place taken from the paragraph's scene (extract-events.ts placeAtScenes). */
export const SCENE_PLACE_RULE = "place:scene";
/** Rule of a place taken from the story's dateline (extract-events.ts placeAtDateline). */
export const DATELINE_PLACE_RULE = "place:dateline";
/** Rule of a place taken from the last scene the story placed away from its dateline (extract-events.ts placeAtDateline). */
export const STORY_SCENE_PLACE_RULE = "place:story-scene";
/** Rule of a place taken from the one town a story's placed events on the ground share (extract-events.ts placeAtStoryTown). */
export const STORY_PLACE_RULE = "place:story";
/**
 * Rule of a place a time reference ("Within 10 days of the attacks, the army moved in to ... Derry")
 * took from the rest of its sentence, not from its own noun's locative phrase (extract-events.ts
 * attachPlacesAndDates): the event's best guess, which keeps its tellings together, but no place its
 * telling's words give it.
 */
export const SENTENCE_PLACE_RULE = "place:sentence";

/** Rules of a place an event borrowed from its scene, its dateline, its story or the rest of its sentence, not from its own words. */
const BORROWED_PLACE_RULES: readonly string[] = [SCENE_PLACE_RULE, DATELINE_PLACE_RULE, STORY_PLACE_RULE, STORY_SCENE_PLACE_RULE, SENTENCE_PLACE_RULE];

/** Whether a mention's place is borrowed (BORROWED_PLACE_RULES). */
export function hasBorrowedPlace(m: Pick<EventMention, "rules">): boolean {
  return BORROWED_PLACE_RULES.some((r) => m.rules.includes(r));
}

export function toldOf(m: EventMention): ToldMention {
  // A place borrowed from the paragraph's scene (or, by a time reference, from the rest of its sentence) is the event's, not one this mention's words gave.
  const place = hasBorrowedPlace(m) ? null : m.place;
  return { sentence: m.sentence, tokens: m.tokens, type: m.type, mode: m.mode, place, date: m.date, fatalities: m.fatalities, injuries: m.injuries, rule: m.row.id, actor: m.actor, target: m.target, ...(m.victimPhrase ? { victimPhrase: m.victimPhrase } : {}), ...(m.deadPhrase ? { deadPhrase: m.deadPhrase } : {}), ...(m.injuredPhrase ? { injuredPhrase: m.injuredPhrase } : {}), ...(m.row.telling && m.row.weak ? { deathWord: true } : {}), ...(m.tollSentence ? { tollSentence: m.tollSentence } : {}), ...(m.listedSide ? { listedSide: true } : {}) };
}

/** Modes of violence that kill no one by themselves (a kidnapping, looting): the dead told beside them are a killing's. */
const TAKING_MODES: ReadonlySet<string> = new Set(["abduct", "destroy"]);

/** Whether a mention's mode takes people or property without killing (TAKING_MODES). */
export function takesWithoutKilling(m: { readonly mode: string | null }): boolean {
  return TAKING_MODES.has(m.mode ?? "");
}

/** Rule of a destruction whose doer is an event noun ("The blast destroyed the front of the hotel"): damage told of that event. */
export const DAMAGE_OF_EVENT_RULE = "doer:event-noun";

/** Whether a mention tells the damage an event named as its doer did (DAMAGE_OF_EVENT_RULE): a telling of that event. */
export function isDamageOfEvent(m: Pick<EventMention, "rules">): boolean {
  return m.rules.includes(DAMAGE_OF_EVENT_RULE);
}

/** A clash ("fighting", "clashes", "a gun battle"): two armed sides, where neither is the other's victim. */
export function isTwoSidedClash(m: Pick<EventMention, "mode" | "row">): boolean {
  return m.mode === "firearms" && m.row.acled?.subEventType === "Armed clash";
}

/** An attack on property only ("burned houses", "destroyed a bridge"): ASSAULT's destroy mode. */
export function destroysProperty(m: { readonly type: string; readonly mode: string | null }): boolean {
  return m.type === "ASSAULT" && m.mode === "destroy";
}

/**
 * Told as something that happened: asserted or claimed by a source, and news rather than background.
 * Pledged, intended, demanded, hypothetical and negated events did not happen (yet), so they neither
 * carry a place to others, nor fold into a demonstration, nor make it one that met an intervention.
 */
export function toldAsHappened(m: { readonly modality: string; readonly background: boolean }): boolean {
  return !m.background && (m.modality === "asserted" || m.modality === "claimed");
}

export function anchorOf(m: Pick<EventMention, "tokens">): number {
  return m.tokens[0]!;
}

export function lastTokenOf(m: Pick<EventMention, "tokens">): number {
  return m.tokens[m.tokens.length - 1]!;
}
