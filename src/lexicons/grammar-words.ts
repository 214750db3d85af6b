/**
 * English grammar words: the small closed classes (forms of "be" and "have", modals, articles,
 * possessive determiners, relative words, particles, possessive and list marks) that the rules of
 * several stages test a token's lower-cased text against. Each class is written here once; a module
 * that needs a little more or less builds its own set from these and names the difference
 * (`new Set([...BE_FORMS, "got", "get"])`), so two rules never keep two copies of one class.
 *
 * Only grammar words belong here: a class that is fixed by English grammar and would read the
 * same in any domain. Content words a rule tests (verbs, nouns, adjectives, cue words) are data:
 * they go in data/lexicons/<stage>/word-classes.tsv, read with stageWordClasses
 * (src/lexicons/word-classes.ts). Part-of-speech tag sets stay with the rule that chooses them.
 */

/** The forms of "be": copula and passive auxiliary ("was killed", "are dead"). */
export const BE_FORMS: ReadonlySet<string> = new Set(["be", "is", "are", "was", "were", "been", "being"]);
/** The present of "be" and "remain" before a participle that tells a state now ("are displaced", "remain detained"), not a happening. */
export const PRESENT_STATE_VERBS: ReadonlySet<string> = new Set(["is", "are", "remain", "remains"]);
/** The auxiliaries of a passive: "be" and the "get" passive ("got killed", "gets arrested"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, "got", "get", "gets"]);
/** The finite and plain forms of "have" that make a perfect ("has attacked", "had fled"). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(["have", "has", "had"]);
/** Modal and future auxiliaries, with the clitic "'ll" and the "wo" of "won't". */
export const MODALS: ReadonlySet<string> = new Set(["would", "could", "might", "may", "should", "must", "can", "will", "shall", "'ll", "wo"]);

/** The personal pronouns that stand for people, subject and object forms ("he", "them"); not "you" or "it". */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i", "him", "her", "them", "us", "me"]);

/** The articles. */
export const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
/** The indefinite articles. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);
/** The demonstrative determiners. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(["this", "that", "these", "those"]);
/** Pronouns that open a noun phrase as its determiner ("his enemies", "their homes"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["her", "his", "their", "its", "our", "my", "your"]);
/** The possessive determiners of the third person: an owner told of, not the speaker or the reader. */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their", "its"]);
/** The possessive determiners that can stand for a group or a thing ("its fighters", "their base"). */
export const GROUP_POSSESSIVES: ReadonlySet<string> = new Set(["its", "their"]);
/** The clitic and bare apostrophes of a possessive ("the group's", "the rebels'"), straight and curly. */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "’s", "'", "’"]);

/** The relative pronouns "that" and "which" (not "who"): they open a clause about the noun before. */
export const RELATIVE_THAT_WHICH: ReadonlySet<string> = new Set(["that", "which"]);
/** Pronouns that open a relative clause (", which erupted in April last year,"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "who", "whom", "whose", "that"]);
/** Words a tagger may read as determiners that open a clause, never a noun phrase ("said that gunmen killed"). */
export const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set(["that", "which", "whether"]);
/** Words that open an adverbial clause of time, cause or condition ("wounded when a grenade ...", "killed after gunmen ..."). */
export const ADVERBIAL_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["when", "while", "as", "after", "before", "because", "since", "until", "once", "if", "where", "whereas"]);

/** The particles of a phrasal verb ("carried out", "blew up", "set off"). */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(["out", "up", "off"]);
/** The words that join the items of a list ("Kenyan, Somali and Ugandan troops"). */
export const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "or"]);
/** Marks that open an aside: a comma, an en dash or an em dash. */
export const ASIDE_MARKS: ReadonlySet<string> = new Set([",", "–", "—"]);
/** Dashes as tokens: the doubled hyphen of plain-text wires, an em dash, an en dash. */
export const DASHES: ReadonlySet<string> = new Set(["--", "—", "–"]);

/**
 * The minor words a title-case headline leaves in lower case ("Court Convicts Friend of Boston Bombing Suspect"):
 * articles, short prepositions and conjunctions. A headline does not end on one of them either.
 */
export const TITLE_CASE_MINOR_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES, "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "over", "near", "after", "as", "and", "or", "but", "nor", "vs", "vs.", "via", "per", "off", "up", "amid",
]);
