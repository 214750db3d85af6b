/**
 * The data carried by each annotation layer. A stage declares which layers it requires and
 * which it provides; the pipeline checks the order once, before any document runs.
 */
import type { Annotation } from "./annotation.js";
import type { Span } from "./span.js";

export interface SentenceData {
  readonly index: number;
  /**
   * A headline glued to the text after it with no full stop or line break between ("Court Convicts Friend
   * of Boston Bombing Suspect A court has ..."), cut here as a sentence of its own (segment rule
   * glued-headline or glued-dateline); absent on every other sentence. A wire story's dateline opens the
   * first sentence that is not one (core/dateline.ts storyOpening).
   */
  readonly headline?: true;
}

export interface TokenData {
  /** Universal POS tag (wink-nlp's tagset: NOUN, PROPN, VERB, ...). */
  readonly pos: string;
  readonly lemma: string;
  /** Lower-cased, normalised form. */
  readonly normal: string;
  readonly sentence: number;
  /** Index of the token in the document. */
  readonly index: number;
  /** Characters of white space before the token (0 when glued to the previous one). */
  readonly spaceBefore: number;
}

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "MISC";

export interface EntityData {
  readonly type: EntityType;
  readonly text: string;
  /** For an acronym defined in parentheses, or used after one: the long form's entity id. */
  readonly longForm?: string;
  /** Confidence in [0, 1] where a model gives one. */
  readonly score?: number;
}

export type ActorKind =
  | "person"
  | "government"
  | "military"
  | "police"
  | "armed group"
  | "organisation"
  | "igo"
  | "ngo"
  | "media"
  | "country"
  | "group"
  | "other";

/**
 * The ACLED-style kind of party an actor is: GOV government, MIL military, POL police, REB rebels and
 * other political armed groups, UAF unidentified armed people, CVL civilians, PRO protesters, RIO
 * rioters, MED media, PER one person, GRP a named body's members with no description of their own.
 */
export type PartyType = "GOV" | "MIL" | "POL" | "REB" | "UAF" | "CVL" | "PRO" | "RIO" | "MED" | "PER" | "GRP";

/** A canonical actor: one per real-world participant, merging all its mentions. */
/** Dictionary ids of ethnic and communal groups ("ethnic:fulani", organisations.tsv): ACLED names their armed men an ethnic militia. */
export function isEthnicGroupId(dictionaryId: string | undefined): boolean {
  return dictionaryId?.startsWith("ethnic:") ?? false;
}

export interface ActorData {
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly title: string | null;
  /** Actor id of the organisation or government this actor belongs to. */
  readonly affiliation: string | null;
  readonly aliases: readonly string[];
  /** Entity annotation ids (and descriptor spans) that refer to this actor. */
  readonly mentions: readonly Span[];
  /** Stable id of the dictionary row this actor matched, e.g. "actor:taliban". */
  readonly dictionaryId?: string;
  /** CAMEO/PLOVER-style actor code from the dictionary: ISO3 plus a sector ("AFGGOV"), or "IGO...". */
  readonly code?: string;
  /** Entity type of the first named mention, when there is one. */
  readonly entityType?: EntityType;
  /** The ACLED-style kind of party, when the actor's kind or its description tells it. */
  readonly partyType?: PartyType;
  /**
   * The actor as ACLED names actors: "Military Forces of Nigeria", "Police Forces of Afghanistan",
   * "Unidentified Armed Group (Somalia)", "Civilians (Afghanistan)", "Protesters (Pakistan)", a named
   * group's own name; a person stands for the actor they belong to. Null when there is no such name.
   */
  readonly acledName?: string | null;
}

export type QuoteKind = "direct" | "indirect" | "mixed";

export interface QuoteData {
  readonly kind: QuoteKind;
  /** The reported content (without the quotation marks for direct quotes). */
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  readonly speakerText: string | null;
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  /** Lexicon row of the cue ("quote:cue:say"). */
  readonly cueId?: string;
  /** What the cue attributes: speech, relay (a report passed on), belief, evidence, intention or attitude. */
  readonly cueClass?: string;
  /** The words naming the speaker where the quote is attributed ("he", "the official"); speakerSpan
   * holds the fullest mention they resolve to ("a US State Department official"). */
  readonly speakerMentionSpan?: Span | null;
  readonly speakerMentionText?: string | null;
  readonly addressee?: string | null;
  readonly addresseeText?: string | null;
  /** The outlet or person relaying the statement ("reports news agency AFP"). */
  readonly via?: string | null;
  readonly viaText?: string | null;
}

export type DatePrecision = "day" | "week" | "month" | "season" | "year" | "decade" | "time";
export type DateQualifier = "early" | "mid" | "late" | "before" | "after" | "about";

export interface DateData {
  readonly text: string;
  /** ISO 8601 prefix at the stated precision: "2021-10-08", "2021-08", "2021-W40", "2021". */
  readonly value: string | null;
  readonly precision: DatePrecision;
  readonly qualifier?: DateQualifier;
  /** True when the expression is relative to the dateline ("on Friday", "last week"). */
  readonly relative: boolean;
  /** TIMEX3 type for the time scorer. */
  readonly timexType: "DATE" | "TIME" | "DURATION" | "SET";
  /** TIMEX3 value when it says more than `value`: "P2D" (durations, sets), "PRESENT_REF", "2021-10-08TNI", "2021-Q3". */
  readonly timexValue?: string;
}

export type PlaceKind = "country" | "admin1" | "admin2" | "city" | "feature" | "region";

export interface PlaceData {
  readonly text: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly geonameid: number | null;
  /** GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPL ... */
  readonly feature: string;
  readonly population?: number;
  /** Candidates considered, best first, for transparency. */
  readonly alternatives?: number;
  /**
   * How the point was found: "gazetteer" = the named place's own entry; "enclosing" = the name has
   * no gazetteer entry, so lat/lon, country and admin1 are those of the most specific place the
   * article says contains it (then geonameid is null, kind is "region" or "country", feature "APPROX").
   */
  readonly resolution?: "gazetteer" | "enclosing";
  /** How precisely lat/lon locate the named place (the events stage's geoPrecision). */
  readonly precision?: GeoPrecision;
  /**
   * For an "enclosing" place: the place whose point it was given, and where the text named it: inside
   * the name itself ("Seoul City Hall" -> Seoul), in the same sentence, or as the article's main place.
   */
  readonly enclosedBy?: { readonly name: string; readonly kind: PlaceKind; readonly geonameid: number | null; readonly from: "name" | "sentence" | "article" };
}

export type Modality = "asserted" | "claimed" | "pledged" | "intended" | "demanded" | "hypothetical" | "negated";
export type GeoPrecision = "exact" | "near" | "region" | "country";

export interface Count {
  readonly min: number | null;
  readonly max: number | null;
  readonly text: string;
}

/**
 * One telling of an event in the text: a sentence that names it, with what that sentence alone
 * said. An attack retold in five sentences is one event with five mentions.
 */
export interface EventMentionData {
  readonly trigger: Span & { readonly text: string };
  readonly evidence: Span & { readonly text: string };
  readonly type: string;
  readonly mode: string | null;
  /** The place and date annotations this mention's own sentence gave it. */
  readonly place: string | null;
  readonly date: string | null;
  readonly fatalities: Count | null;
  readonly injuries: Count | null;
  /** The trigger lexicon row that fired. */
  readonly rule: string;
  /** The actor and target this mention's own clause gave it (the event's may come from another mention). */
  readonly actor?: string | null;
  readonly target?: string | null;
  /** The clause's words for a doer or undergoer no actor of this mention fills (as EventData's). */
  readonly actorPhrase?: RolePhraseData;
  readonly targetPhrase?: RolePhraseData;
  readonly placePhrase?: RolePhraseData;
  /** Who the mention's own tolls count (as EventData's). */
  readonly victims?: VictimPhrases;
}

/**
 * The words for the people a toll counts, by the toll's kind: "killing 13 people and wounding 71"
 * gives dead "13 people" and injured "71". The dead and the injured of one attack are often
 * different people, and neither need be the event's target ("an attack on a bakery").
 */
export interface VictimPhrases {
  readonly dead?: RolePhraseData;
  readonly injured?: RolePhraseData;
}

/**
 * A date no words of the text give, inferred by a news convention: an event told as done in the past
 * with no date of its own happened on the day of the report or shortly before (ACLED codes it on the
 * report's date). `rule` names the convention ("date:dateline").
 */
export interface InferredDate {
  readonly value: string;
  readonly precision: "day";
  readonly rule: string;
}

/** Words of the text naming an event's participant, and their head word. */
export interface RolePhraseData {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly head: string;
  /**
   * The other noun phrases of a list this phrase stands in ("men, women and children", "eight
   * women, a 10-year-old girl and four men"): more participants in the same role, in text order.
   */
  readonly conjuncts?: readonly { readonly start: number; readonly end: number; readonly text: string; readonly head: string }[];
  /**
   * For a pronoun ("she", "they", the "its" of "its investigation"), the noun phrase it stands for
   * in its sentence: "A woman was arrested after she vandalized a sign" gives "A woman" for "she".
   */
  readonly antecedent?: { readonly start: number; readonly end: number; readonly text: string; readonly head: string };
}

export interface EventData {
  /** PLOVER event type, or one of sitrep's own beside it (NATURAL_DISASTER, MAN_MADE_DISASTER, ORG_CRIME). */
  readonly type: string;
  readonly mode: string | null;
  readonly modality: Modality;
  readonly background: boolean;
  readonly actor: string | null;
  readonly target: string | null;
  /**
   * The words of the trigger's clause that name the doer when no canonical actor does ("unknown
   * men", "she", "a suicide bomber"), with the head word: a description kept beside a null `actor`.
   */
  readonly actorPhrase?: RolePhraseData;
  /** The same for the undergoer when `target` is null ("a journalist", "her husband", "a bakery"). */
  readonly targetPhrase?: RolePhraseData;
  /** The noun phrase the place's name modifies in the clause ("the busy Oxford Street bus station"), when it does. */
  readonly placePhrase?: RolePhraseData;
  /** Who its tolls count, in the clause's words, by kind (the dead, the injured). */
  readonly victims?: VictimPhrases;
  readonly place: string | null;
  readonly date: string | null;
  /** Set only when `date` is null: the day a news convention gives the event (see InferredDate). */
  readonly inferredDate?: InferredDate;
  readonly geoPrecision: GeoPrecision | null;
  readonly fatalities: Count | null;
  readonly injuries: Count | null;
  readonly evidence: Span & { readonly text: string };
  readonly trigger: Span & { readonly text: string };
  readonly cameo: string | null;
  /**
   * ACLED's coding of the event: its type and sub-type, and its parties as an ACLED coder writes them
   * (stages/events/acled-actors.ts: the text's actor and target, or ACLED's convention where the text names no
   * one or a crowd: "Unidentified Armed Group (Yemen)", "Protesters (Sudan)"; `conventions` names the rows used).
   */
  readonly acled: {
    readonly eventType: string;
    readonly subEventType: string;
    readonly actor1?: string | null;
    readonly assocActor1?: string | null;
    readonly actor2?: string | null;
    readonly conventions?: readonly string[];
    /**
     * Set on an event ACLED codes as part of another's row (stages/events/fold-policing-into-protests.ts): the id
     * of that event, e.g. the demonstration an arrest or a shooting on the spot belongs to. Its coding is that row's.
     */
    readonly partOf?: string;
    /** ACLED's fatalities for the row, set when the events folded into it report more deaths than this event's own toll. */
    readonly fatalities?: number;
  } | null;
  /** Who claimed responsibility, when the text says so. */
  readonly claimedBy?: string | null;
  readonly contexts?: readonly string[];
  /** Every telling of the event in text order (the first mention is not necessarily the one `trigger` names). */
  readonly mentions?: readonly EventMentionData[];
  /** Index in `mentions` of the mention whose toll `fatalities` / `injuries` is, when a mention gave one. */
  readonly fatalitiesFrom?: number;
  readonly injuriesFrom?: number;
}

export interface LayerData {
  sentence: SentenceData;
  token: TokenData;
  entity: EntityData;
  actor: ActorData;
  quote: QuoteData;
  date: DateData;
  place: PlaceData;
  event: EventData;
}

export type LayerName = keyof LayerData;
export const LAYER_NAMES: readonly LayerName[] = ["sentence", "token", "entity", "actor", "quote", "date", "place", "event"];

export type LayerAnnotation<L extends LayerName> = Annotation<L, LayerData[L]>;
export type Layers = { readonly [L in LayerName]?: readonly LayerAnnotation<L>[] };
