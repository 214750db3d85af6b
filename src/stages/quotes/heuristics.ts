/**
 * Every tunable of the quotes stage, with its unit and why it has this value. Tuned on the whole
 * PolNeAR dev split (`sitrep eval quotes`), not on one article.
 */

/** Cue classes the stage reports: PolNeAR's notion of attribution, which is wider than "who said what":
 * besides speech and relayed reports it counts beliefs ("believes"), findings ("a poll shows"),
 * intentions ("wants to") and stances ("condemned the launch"). Each quote carries its cueClass, so a
 * reader who wants speech only filters on it; measured on PolNeAR dev, the wider set adds ~3 F1 points. */
export const QUOTE_CUE_CLASSES: readonly string[] = ["speech", "relay", "belief", "evidence", "intention", "attitude", "learned"];

/** Learned cues (data/lexicons/quotes/learned-cues.tsv, counted on PolNeAR train) the stage reads: a cue
 * annotated at least this many times in train. Below 3 the precision estimate rests on one or two texts. */
export const LEARNED_CUE_MIN_COUNT = 3;

/** ... and a cue at least this share of the times its words occur ("endorsed" 0.34 and "agreed" 0.33 are in, "support"
 * 0.04 and "see" 0.08 are out). Measured on dev and on train articles 1-300 with the lexicon learned from train 301-840:
 * 0.4 gave dev F1 65.0, 0.2 65.6, 0.15 65.9, 0.1 about the same with lower precision; 0.15 holds on the held-out train. */
export const LEARNED_CUE_MIN_PRECISION = 0.15;

/** The stage reads a learned cue only in the frame it has: source before the cue and content after it, in at least
 * this share of its train attributions ("seemed", whose attributions have no source, is not read). */
export const LEARNED_CUE_MIN_FRAME_SHARE = 0.6;

/** A learned cue is followed by "that" in at least this share of its attributions: read as a say-verb (its content
 * must be a clause); below, the content is the object that follows ("slammed the deal"). */
export const LEARNED_CUE_THAT_SHARE = 0.3;

/** A quotation of at most this many words, not next to a cue, is a scare quote or a title
 * (“terrorists”, the film “Selma”), never a quote on its own. */
export const SCARE_QUOTE_MAX_WORDS = 3;

/** A quotation standing alone (not next to a cue) needs at least this many words to be taken as a
 * direct quote attributed from the next or previous sentence. */
export const STANDALONE_QUOTE_MIN_WORDS = 4;

/** Indirect content must have at least this many words: one, as PolNeAR annotates "denied it", "backed Clinton"
 * ("said so" and "said it" are still not read: a say-verb needs a clause after it). 3 lost ~1.5 F1 on dev and train. */
export const INDIRECT_CONTENT_MIN_WORDS = 1;

/** Tokens a source noun phrase may span, left or right of its cue ("a US State Department official"
 * is 5; appositions like "David Wasserman, House editor for the Cook Political Report" reach ~12). */
export const SOURCE_MAX_TOKENS = 14;

/** Tokens between a cue and "that" that may be adjuncts or an addressee ("told the Afghan state news
 * agency Bakhtar after talks in Qatar capital Doha that" is 12). */
export const CUE_TO_THAT_MAX_TOKENS = 14;

/** Tokens of adjunct allowed between a cue and an opening quote mark ("said in a statement on Friday: “"). */
export const CUE_TO_QUOTE_MAX_TOKENS = 8;

/** Tokens between a closing quote mark and the end of its attribution ("”, said David Wasserman, House
 * editor for the Cook Political Report."): longer tails are a new clause, not an attribution. */
export const QUOTE_TAIL_MAX_TOKENS = 18;

/** Sentences back that a pronoun or descriptor speaker may reach for its antecedent. */
export const ANTECEDENT_MAX_SENTENCES = 12;

/** A sentence of at most this many tokens right after a stand-alone quote ("X said.") attributes it. */
export const ATTRIBUTION_SENTENCE_MAX_TOKENS = 16;

/** Without "that", reported content must show its verb within this many tokens ("said the Taliban
 * wanted" is 2; "claimed a bombing of a Shiite mosque that left" is an object, not a clause). */
export const ZERO_THAT_VERB_WITHIN_TOKENS = 10;

/** Verb groups tried, left to right, to find the subject a participle cue (", saying ...") shares:
 * an opening adjunct clause ("In an interview aired Sunday, DuVernay spoke ...") puts the main verb second. */
export const CLAUSE_SUBJECT_MAX_VERBS = 3;

/** Tokens of the attribution's own sentence that may stand between two quotations of one speaker
 * (“A,” said Douglas Holtz-Eakin, an economist who served as director of ..., a conservative group. “B.”). */
export const CONTINUATION_GAP_MAX_TOKENS = 40;

/** A line of at most this many words without a closing period is a headline: "Name: claim" there is a quote headline
 * (PolNeAR headlines run up to ~15 words; body sentences that open with "Name:" are rarer and end in a period). */
export const HEADLINE_MAX_WORDS = 20;

/** Tokens after a cue within which its content clause ends, however long the sentence. News sentences
 * run to 60-100 tokens; only text without punctuation (one "sentence" of a whole page) comes near this,
 * and there a scan to the sentence's end for every cue was quadratic in the text's length. */
export const CLAUSE_MAX_TOKENS = 250;
