/**
 * Tunables of the entities stage, each with its unit and the reason for its value.
 */

/** Longest acronym (in characters) accepted in "Long Form (ACR)": "IS-K", "UNAMA", "ISIS-K" fit; a parenthesised word longer than this is a remark, not an acronym. */
export const MAX_ACRONYM_CHARS = 10;

/** An acronym needs at least this many capital letters ("IS-K" has 3; "(Reuters)" has 1 and is a credit line, not an acronym). */
export const MIN_ACRONYM_CAPITALS = 2;

/** Longest title (in tokens) stripped from the front of a PERSON ("Deputy Special Representative" is 3). */
export const MAX_TITLE_TOKENS = 4;

/** Longest long form (in tokens) searched before "(ACR)" when the tagger did not find one: "Front for the Liberation of the Enclave of Cabinda (FLEC)" is 9. */
export const MAX_LONG_FORM_TOKENS = 9;

/** A line is a title-case headline ("Pence: Gennifer Flowers Won’t Be at Debate") when at least this share of its words after the first are capitalised... */
export const TITLE_CASE_MIN_SHARE = 0.75;
/** ...and it has at least this many words after the first: shorter lines are often names alone. */
export const TITLE_CASE_MIN_WORDS = 3;

/** A one-word name typed PERSON at least this many times, and in most of its mentions, is a person in all of them ("Obama" once typed ORG). */
export const MIN_PERSON_VOTES = 2;
