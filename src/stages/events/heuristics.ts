/**
 * Every tunable of the events stage, with its unit and the case that motivated it.
 * Tuned on the whole CASE 2021 dev set and the founding article together, never on one snippet.
 */

/** Tokens a `*` in a trigger pattern may skip ("warned the United States against": 3). */
export const PATTERN_GAP_TOKENS = 5;

/** Tokens before a trigger, inside its clause, searched for a modality or negation cue ("is not about granting"). */
export const MODALITY_WINDOW_TOKENS = 8;

/** Tokens before a trigger, inside its clause, searched for a background cue ("since the Taliban took over"). */
export const BACKGROUND_WINDOW_TOKENS = 12;

/**
 * Prepositions of where: an actor named right after one is a location ("the government in Afghanistan"),
 * not a participant (assign-arguments.ts); a name after one is where its clause happened ("demonstrated ...
 * in Lilongwe demanding payment", find-role-phrases.ts).
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "across", "into", "inside", "outside", "throughout", "around"]);

/** Tokens before an actor mention searched for a locative preposition ("in eastern Afghanistan": 2): such a mention is a place, not a party. */
export const LOCATIVE_WINDOW_TOKENS = 3;

/** Tokens between a casualty word and its number, asides skipped ("six aid workers in South Sudan were killed": 7). */
export const CASUALTY_NUMBER_WINDOW_TOKENS = 8;

/**
 * Tokens back from a "since" that a superlative it belongs to may stand: "the deadliest since 2015" (1),
 * "the largest death toll for Turkey in a single day since 2016" (9). The walk stops at a verb or a
 * clause boundary, so a superlative of another phrase does not reach.
 */
export const COMPARISON_REACH_TOKENS = 10;

/**
 * Tokens at most between "a"/"an" and a casualty word for the article to count one victim: "a soldier was
 * killed" (1), "a British national visiting Gujarat has been killed" (5); "a message blaming X for having him
 * killed" (7) counts nobody.
 */
export const ARTICLE_COUNT_MAX_GAP = 6;

/** Tokens after a trigger searched for a passive agent ("was attacked by Y"). */
export const PASSIVE_AGENT_WINDOW_TOKENS = 3;

/** Tokens around a trigger searched for an actor-class word ("government forces recaptured", "attacked civilians"). */
export const ACTOR_CLASS_WINDOW_TOKENS = 8;

/**
 * Sentences between two mentions of the same non-violent event (talks, a pledge) that are merged into one.
 * News articles keep returning to the one meeting they report (founding article: "talks" in 6 sentences).
 */
export const COREFERENCE_SENTENCE_WINDOW = 12;

/**
 * Words at most between a determiner and the event noun it makes definite: "the deadly car bombing" (3),
 * "the Boston Marathon bombing" (2). Read on WikiEvents dev re-mentions; more reaches past the noun phrase.
 */
export const DEFINITE_PREMODIFIER_TOKENS = 3;

/** Attacks are merged only with a mention in the same or the next sentence: two attacks in one article are usually two events. */
export const ASSAULT_COREFERENCE_SENTENCE_WINDOW = 1;

/**
 * Clauses at most between a casualty word and an event told after it in another clause: "Twelve people
 * were killed when gunmen attacked" (1) is the attack's toll; "teams were unable to investigate several
 * reported deaths, or to ensure the bodies were dealt with, after vehicles were attacked" (2) is not:
 * deaths told clauses before an event are another happening's (a disease's here). A toll told after
 * its event reaches it over any number of clauses ("attacked the village, burning homes, killing 12").
 */
export const MAX_CLAUSES_BACK_TO_EVENT = 1;

/** Tokens at most between a casualty word and the head of its victims phrase ("the slaying of seven more demonstrators": 3). */
export const VICTIM_NOUN_REACH_TOKENS = 4;

/** Sentences after an event whose casualty report may still belong to it ("A bomb exploded in X. Two people died."). */
export const CASUALTY_NEXT_SENTENCE_WINDOW = 1;

/** Main-event choice for snippet classification: bonus in rank points for a trigger in the first sentence (the lead states the news). */
export const FIRST_SENTENCE_RANK_BONUS = 2;

/** Main-event choice: rank points lost per sentence after the first. */
export const LATER_SENTENCE_RANK_PENALTY = 1;

/** Main-event choice: rank points lost by a trigger in a context clause ("in response to its chemical weapons attack"). */
export const SUBORDINATE_RANK_PENALTY = 2;

/** Main-event choice: rank points lost by an event that is negated, hypothetical, intended, claimed or background ("planning attacks"). */
export const UNREAL_RANK_PENALTY = 3;

/**
 * Share of a sentence's words (after the first) that are capitalised above which it is a title-case
 * headline ("Police Arrest Protesters In Kabul"): capitals then mark no names, so words in them stay triggers.
 * A name-heavy news sentence ("Agents of the Federal Bureau of Investigation arrived on Monday") has under half.
 */
export const TITLE_CASE_SHARE = 0.6;

/** Capitalised words (besides the first) a sentence needs before the title-case test applies: short sentences are mostly names. */
export const TITLE_CASE_MIN_WORDS = 3;

/**
 * Sentences an event's scene (the town of the last placed event on the ground, see sceneAfter)
 * reaches past the last sentence with an event on the ground: a sentence between ("... said an
 * observer.") keeps the story there; two without one ("the daily vigils ...") have moved on. Web
 * pages read as one long paragraph otherwise carried one town through unrelated sentences
 * (WikiEvents dev: 23 more place arguments, none right, with no limit).
 */
export const SCENE_REACH_SENTENCES = 2;

/**
 * Title and modifier words between a lethal word and the named victim it counts ("the assassination of
 * Contra commander Manuel Antonio Rugama": 2; "murdered third public order judge Maria Elena Diaz": 4).
 */
export const VICTIM_TITLE_TOKENS = 5;

/**
 * Place mentions the article's main country needs before a town abroad with namesakes is doubted
 * as an event's place ("La Peña canton" resolved to Mexico in a Salvadoran dispatch): fewer, and
 * the article has no country of its own to prefer (read from MUC-4 dev, where datelined dispatches
 * name a dozen places of one country). Unit: place mentions.
 */
export const MIN_MAIN_COUNTRY_PLACES = 3;

/** Share of the article's place mentions its main country must hold for that prior to apply. Unit: fraction. */
export const MIN_MAIN_COUNTRY_SHARE = 0.5;

/** A wire story's dateline: its closing dashes and reach (core/dateline.ts, shared with the actors stage). */
export { DATELINE_DASHES, DATELINE_MAX_TOKENS } from "../../core/dateline.js";

/** Words of a counted noun phrase ("two justice ministry employees"): longer runs are no victim group. */
export const COUNTED_NOUN_MAX_TOKENS = 4;
/** Victim groups joined to a counted one that are added to it ("three soldiers, two policemen and a civilian"). */
export const COORDINATED_GROUPS_MAX = 4;

/**
 * Sentences at most between an attack and a theft by the same party that is part of it: "rustlers
 * stormed a village ... they stole an unknown number of livestock" (1). Read on the golden Kenya
 * raid story; further on a theft by the same group is more often another incident.
 */
export const LOOTING_AFTER_ATTACK_SENTENCES = 2;

/**
 * How far after a toll word its value is looked for, prepositional modifiers included: "The death toll
 * from Saturday's bombing of a market in Mogadishu rose to 45" (11 tokens), "The death toll from a 30-hour siege
 * of a hotel in Somalia's capital by al Shabaab militants rose to 21" (19). Only a figure after a value
 * preposition or a verb counts, and a clause mark stops the search, so the reach can be long without taking a
 * year or a count of the modifiers.
 */
export const TOLL_VALUE_REACH_TOKENS = 22;

/**
 * How many sentences after the last telling of an attack (its lead or a part folded into it) a later
 * sentence's act may still be told as a part of it (fold-attack-parts.ts): the next one only. A wire
 * story tells an attack's parts in the sentences right after its lead; further on, a shooting or a
 * burning is as often another day's.
 */
export const ATTACK_PART_REACH_SENTENCES = 1;

/**
 * How far from a named region's point (regions.tsv: Kashmir, Darfur, Donbas) a town may lie and still count as inside
 * it when two tellings of one event are compared (event-agreement.ts): the gazetteer has no borders for regions. 400 km
 * spans Darfur's towns from its point (Nyala ~140 km, El Geneina ~175) and Kashmir's (Srinagar ~120, Reasi ~190).
 */
export const REGION_REACH_KM = 400;

/**
 * How far from a second-level district's point (a province of the Philippines, a county, a district) a town of the same
 * first-level division may lie and still count as inside it when two tellings of one event are compared
 * (event-agreement.ts): places keep no second-level division. 75 km spans Patikul from Sulu province's point (~20 km)
 * and most districts' towns, and stays under the distance between two provinces' seats.
 */
export const DISTRICT_REACH_KM = 75;
