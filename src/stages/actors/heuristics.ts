import { stageWordClasses } from "../../lexicons/word-classes.js";

const ACTOR_WORDS = stageWordClasses("actors");
/**
 * Tunables of the actors stage, each with its unit and the case that motivated it.
 */

/** Tokens of plain words allowed between a modifier and a head ("Afghan state news agency": "state"). Unit: tokens. */
export const MAX_WORDS_BETWEEN_MODIFIER_AND_HEAD = 2;

/** Tokens looked at before a name for its title ("the State Department's Deputy Special Representative Tom West"). Unit: tokens. */
export const MAX_TITLE_TOKENS = 8;

/** Tokens looked at after a name for an appositive title ("Joseph Votel, commander of U.S. Central Command"). Unit: tokens. */
export const MAX_APPOSITIVE_TITLE_TOKENS = 7;

/**
 * Share of upper-case letters above which a sentence is an all-caps headline, where acronyms such as
 * "IS" or "US" cannot be told from words ("WHAT IS NEXT FOR US"). Unit: fraction of letters.
 */
export const ALL_CAPS_LINE_SHARE = 0.8;

/** Fewest letters a line needs before the all-caps test applies (a lone "UN" line is not a headline). Unit: letters. */
export const MIN_LETTERS_FOR_ALL_CAPS_TEST = 8;

/** Longest person name accepted from a run of capitalised words after a title. Unit: tokens. */
export const MAX_NAME_TOKENS = 4;

/** Longest acronym defined in parentheses ("Islamic State-Khorasan (IS-K)"). Unit: characters. */
export const MAX_ACRONYM_LENGTH = 10;

/**
 * Capitalised words that, right before a country name, make it part of another place's name
 * ("New Mexico", "Northern Ireland", "New Jersey"): the country is then not mentioned.
 */
export const PLACE_NAME_PREFIXES: ReadonlySet<string> = ACTOR_WORDS.get("place-name-prefixes");
/** Capitalised adjectives that open the name of a state body ("National", "Supreme"): see find-dictionary-matches. */
export const NAME_OPENING_ADJECTIVES: ReadonlySet<string> = ACTOR_WORDS.get("name-opening-adjectives");

/**
 * A token that continues a person's name the entity model cut short ("Haider" + "al-Abadi"):
 * an Arabic-style article or kinship particle glued to a capitalised name.
 */
export const NAME_PARTICLE_TOKEN = /^(al|el|ul|ud|ad|as|ash|an|ar|at|az|bin|ibn|abu|bint)-\p{Lu}/u;

/**
 * Month and weekday names: capitalised words a model glues to names ("Lebanon November") that are
 * never part of an actor's name.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("calendar-words");

/**
 * How far back "the group" or "the militants" may look for the armed group it refers to
 * ("The IS-K claimed a bombing ... the group said" in the next sentences). Unit: sentences.
 */
export const MAX_SENTENCES_BACK_FOR_GROUP_ANAPHOR = 3;

/** Compass words before a country ("Southern Saudi Arabia") name a part of it, not another actor. */
export const COMPASS_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("compass-words");

/**
 * Sentences back a pronoun ("he", "they") may reach for the actor it stands for: the sentence before
 * ("Gunmen stormed the village. They killed five people."), not further, where another party has
 * usually come into the story.
 */
export const PRONOUN_REACH_SENTENCES = 1;

/**
 * Sentences back, within the paragraph, that a sentence naming no place looks for the country of
 * its unnamed parties ("Gunmen stormed a village in Kunduz. They killed five civilians.", "... in
 * Peshawar. Soldiers returned fire."), as the events stage's scene reaches
 * (SCENE_REACH_SENTENCES). Unit: sentences.
 */
export const SCENE_COUNTRY_SENTENCES = 2;
