import type { TokenData } from "../../core/index.js";
import { hasPluralEnding } from "./plural-nouns.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { ARTICLES as PLAIN_ARTICLES, ASIDE_MARKS, HAVE_FORMS, POSSESSIVE_DETERMINERS } from "../../lexicons/grammar-words.js";

const EVENT_WORDS = stageWordClasses("events");

/**
 * `tokens` with token i replaced, copied on the first repair (most sentences need none). A module
 * function, not a closure per sentence: under the bundler's keepNames (and tsx) each closure made
 * costs a defineProperty of its name.
 */
function replaced(out: TokenData[] | null, tokens: readonly TokenData[], i: number, t: TokenData): TokenData[] {
  (out ??= tokens.slice())[i] = t;
  return out;
}

/**
 * A token's data with another tag (and, for the acronym, another form), made by one literal with the segmenter's
 * fields in the segmenter's order (segment-stage.ts), so a mended token has the segmenter's object shape. A spread
 * copy per repair ({ ...t, pos }) gave each repair its own shape: with six of them, the reads of every token's data
 * after this (the view cache's lookup in sentence-view.ts) went megamorphic, ~13M instructions a pass of the
 * speed set's 200 articles.
 */
function retagged(t: TokenData, pos: string, form?: string): TokenData {
  return { pos, lemma: form ?? t.lemma, normal: form ?? t.normal, sentence: t.sentence, index: t.index, spaceBefore: t.spaceBefore };
}

/**
 * Thirteen part-of-speech misreadings of the tagger that take an event's doer or undergoer away, mended for the
 * events stage's view of a sentence only (the token layer is left as the tagger wrote it):
 *
 * - "IS" written in capitals inside mixed-case text is the acronym of a name ("killed in IS
 *   attacks", "militants from IS attacked"), never the verb "is", which the tagger reads it as; read
 *   as a verb it made "IS attacks" a clause ("IS" an auxiliary, "attacks" its verb) and "from IS
 *   attacked" a passive whose subject undergoes the attack. After a preposition or a determiner the
 *   name begins a noun phrase, so a verb in -s right after it is that phrase's noun ("in IS attacks").
 *   An all-capitals sentence (a wire headline, MUC-4's telegrams) is left alone: there "IS" is the verb.
 *
 * - "Protesters clash with police", "U.S. troops assault Omaha Beach", "Fans skirmish ahead of the
 *   match": headline and caption English puts a bare present verb right after a plural subject, and
 *   the tagger, which has seen these words mostly as nouns, tags them NOUN; the clause then has no
 *   verb and its subject is no one's doer. Such a word is read as a verb when it is an event's word
 *   (`isEventWord`), has no plural, participle or noun-only ending ("-tion", "-ment"), follows a plural noun heading its phrase,
 *   and is followed by what starts a verb's object or adjunct (a determiner, a name, a number, a
 *   preposition but "of", or an adverb), with no verb of its own close after it ("troops attack on the city
 *   killed five" keeps its noun).
 *
 * - "Gunmen shot a journalist", "the gunman shot dead two guards", "he had shot two guards": the past
 *   tense or participle of an event verb with no -ed (the lexicon's class `irregular-past`), tagged NOUN
 *   after the noun or pronoun that is its subject or after a perfect's "had", is the verb when its
 *   object, "dead"/"down" or "and" with another verb follows it and no verb of its own comes soon after; "a warning shot by police", "the first shot" stay nouns.
 *
 * - "RSF fighters looted the market", "the federation alleged that": an event's -ed word tagged as an adjective
 *   right after its subject's head and before its object's opening word or "that" is the past verb.
 *
 * - "Gunmen abducted two students": an event's regular past tagged NOUN right after its subject's head and
 *   before its object's opening word is the past verb.
 *
 * - "Gunmen attacked the village and abducted 20 people": an event's -ed word after "and", tagged NOUN,
 *   is a past verb coordinated with one before it when its object's opening word follows.
 *
 * - "..., killing 12 farmers and burning houses": an event's -ing word after "and", tagged as a noun or an
 *   adjective, is a participle coordinated with the -ing verb whose phrase ends at the "and", when an object follows.
 *
 * - "Boko Haram, which has killed thousands in Nigeria, abducted 20 girls": an event's past tense
 *   tagged NOUN right after the comma closing a relative clause set off after the subject is the
 *   main verb when its object's opening word follows (the tagger reads ", abducted 20 girls" as a
 *   noun phrase, and the clause had no verb, its subject no deed).
 *
 * - "the killing of journalists abducted in Syria": an event's -ed word tagged NOUN right after a
 *   plural noun and before a preposition is the participle of a reduced passive, which that noun undergoes.
 *
 * - "a Japanese man in a stabbing": an event's -ing word tagged VERB right after an article is a
 *   noun; read as a verb, the name before it ("Japanese") became the stabbing's subject.
 *
 * - "aimed at intimidating its neighbors": an event's -ing word after a preposition, tagged as an
 *   adjective, is a gerund when a determiner, pronoun, number or name follows (its object); read as
 *   an adjective it had no object, and the event no undergoer.
 *
 * - "Heavy fighting broke out", "Fighting broke out between": an event's -ing word tagged VERB at the sentence's
 *   opening, right before the clause's verb, is the subject's noun and the capitalised word before it its adjective;
 *   read as a verb, "Heavy" was the fighting's doer and the "between" after "broke out" named no sides.
 *
 * - "in an intelligence-based operation", "against rebel-held areas": a hyphenated compound tagged VERB
 *   between an article, a preposition or a number and a noun is an adjective (read as a verb, the noun's event lost the preposition before it).
 */
/** Marks that open an aside after a noun (repairTags: "The suspect, shot by police, ..."). */
const ASIDE_OPENING_MARKS: ReadonlySet<string> = ASIDE_MARKS;
/** Words that follow a participle opening an aside ("shot by", "shot dead", "gunned down"). */
const PARTICIPLE_ASIDE_NEXT: ReadonlySet<string> = EVENT_WORDS.get("participle-aside-next");

export function repairTags(tokens: readonly TokenData[], surfaceOf: (i: number) => string, isEventWord: (t: TokenData) => boolean, irregularPasts: ReadonlySet<string> = NO_WORDS, isPartyNoun: (t: TokenData) => boolean = () => false, bounds: QuantityBounds = NO_BOUNDS, isViolenceWord: (t: TokenData) => boolean = isEventWord, eventWords?: readonly boolean[]): readonly TokenData[] {
  let out: TokenData[] | null = null;
  // Read only when a sentence holds an "is" (the surfaces cost a slice of the text each).
  let shouting: boolean | null = null;
  // In each test the neighbours' tags and words are read before the regular expressions on the word: most tokens fail there.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Every repair but two is of an event's word (a word of violence is one): when the caller knows which tokens are
    // (`eventWords`, isEventWord of each), the others are tried for those two only, not through every test.
    if (eventWords !== undefined && !eventWords[i] && t.normal !== "is" && !(t.pos === "VERB" && (t.normal.includes("-") || PARTY_PARTICIPLES.has(t.normal)))) continue;
    if (t.normal === "is" && t.pos !== "PROPN" && surfaceOf(i) === "IS" && !(shouting ??= isShouting(tokens, surfaceOf))) {
      // Its form is the acronym's dotted spelling ("I.S."): every test for a form of "be" reads the lower-case "is".
      out = replaced(out, tokens, i, retagged(t, "PROPN", ACRONYM_FORM));
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      if (next && next.pos === "VERB" && /[^s]s$/.test(next.normal) && prev && PHRASE_OPENERS.has(prev.pos)) out = replaced(out, tokens, i + 1, retagged(next, "NOUN"));
      continue;
    }
    // "Gunmen shot a journalist", "The gunman shot dead two guards", "Soldiers shot and killed three
    // civilians": an event verb's past tense with no -ed, tagged NOUN right after the noun or pronoun
    // heading its subject, before its object (or "dead", "down", "and" with another verb) is that verb.
    // "He had shot two guards": after a perfect's "had"/"has"/"have" it is the participle ("had a shot" has its article).
    if (t.pos === "NOUN" && i > 0 && irregularPasts.has(t.normal) && (isPhraseHead(tokens, i - 1) || isPerfectAuxiliary(tokens[i - 1]!)) && opensPastComplement(tokens, i + 1) && !verbSoonAfter(tokens, i) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // Not when the plural is a verb's object ("took its 25 crew members hostage in Aden": "hostage" completes "took").
    else if (t.pos === "NOUN" && i > 0 && isPluralHead(tokens, i - 1) && !/(?:s|ing|ed)$/.test(t.normal) && !NOUN_ONLY_ENDING.test(t.normal) && opensVerbComplement(tokens[i + 1]) && !verbSoonAfter(tokens, i) && !isVerbsObject(tokens, i - 1) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "RSF fighters looted the market", "the federation alleged that ...": an event's -ed word tagged as an adjective
    // right after the noun or pronoun heading its subject, before its object's opening word or a "that" clause, is
    // the past verb ("the looted market" has its noun after).
    else if (t.pos === "ADJ" && /[^e]ed$/.test(t.normal) && i > 0 && isPhraseHead(tokens, i - 1) && (opensGerundObject(tokens[i + 1]) || tokens[i + 1]?.normal === "that") && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "Gunmen abducted two students", "Bandits abducted her son": the tagger, which has seen few of these words,
    // may tag an event's regular past NOUN; right after the noun or pronoun heading its subject, before its
    // object's opening word and with no verb of its own soon after, it is the past verb (no noun in -ed
    // takes an object), and its object the event's undergoer.
    // So before a bounded count ("abducted more than 40 schoolgirls", "abducted at least 40"): the bound opens the object.
    // After a perfect's "had"/"has"/"have" too ("troops had neutralised 15 militants").
    else if (t.pos === "NOUN" && /[^e]ed$/.test(t.normal) && i > 0 && (isPhraseHead(tokens, i - 1) || isPerfectAuxiliary(tokens[i - 1]!)) && opensCountedObject(tokens, i + 1, bounds) && !verbSoonAfter(tokens, i) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "Gunmen attacked the village and abducted 20 people": an event's -ed word right after "and", with a past
    // verb before it in the sentence and its object's opening word after it, is that verb's coordinated past;
    // so is an irregular past before its object, "dead" or "down" ("raided Nablus and shot dead 2 men").
    else if (t.pos === "NOUN" && tokens[i - 1]?.normal === "and" && (/[^e]ed$/.test(t.normal) ? opensCountedObject(tokens, i + 1, bounds) : irregularPasts.has(t.normal) && opensPastComplement(tokens, i + 1)) && hasPastVerbBefore(out ?? tokens, i - 1) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "..., killing 12 farmers and burning houses": an event's -ing word right after "and", tagged as a noun
    // or an adjective, is a participle coordinated with the -ing verb that opens the conjunct before it.
    else if ((t.pos === "NOUN" || t.pos === "ADJ") && t.normal.endsWith("ing") && tokens[i - 1]?.normal === "and" && opensParticipleObject(tokens[i + 1]) && conjoinsParticiple(tokens, i - 1) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "Boko Haram, which has killed thousands in Nigeria, abducted 20 girls", "gunmen, who fled on
    // motorbikes, shot dead three villagers": an event's past tense (-ed or irregular) tagged NOUN right
    // after the comma that closes a relative clause set off after its subject is the main verb, when
    // its object's opening word follows.
    else if (t.pos === "NOUN" && tokens[i - 1]?.normal === "," && (/[^e]ed$/.test(t.normal) || irregularPasts.has(t.normal)) && closesRelativeAside(tokens, i - 1) && opensPastComplement(tokens, i + 1) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "The suspect, shot by police, had fled", "Chérif Chekatt – shot dead by police – had pledged": an
    // event's irregular past tagged NOUN right after the comma or dash that sets off an aside after a noun,
    // before its "by" or "dead"/"down", is the participle opening the aside.
    else if (t.pos === "NOUN" && irregularPasts.has(t.normal) && ASIDE_OPENING_MARKS.has(tokens[i - 1]?.normal ?? "") && i > 1 && isPhraseHead(tokens, i - 2) && PARTICIPLE_ASIDE_NEXT.has(tokens[i + 1]?.normal ?? "") && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "the killing of journalists abducted in Syria", "protesters detained on Monday": an event's -ed word
    // tagged NOUN right after a plural noun and before a preposition is a participle describing that noun.
    else if (t.pos === "NOUN" && i > 0 && tokens[i + 1]?.pos === "ADP" && tokens[i + 1]!.normal !== "of" && /[^e]ed$/.test(t.normal) && isPluralHead(tokens, i - 1) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "a Japanese man in a stabbing", "the shooting of a teenager": an event's -ing word tagged VERB
    // right after an article is a noun; read as a verb, the name before it became its subject.
    else if (t.pos === "VERB" && t.normal.endsWith("ing") && ARTICLES.has(tokens[i - 1]?.normal ?? "") && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "NOUN"));
    }
    // "the third mass shooting in the city", "a deadly school stabbing.": so is a word of violence whose article opens
    // its phrase through modifiers (adjectives, a singular noun that is no party: "mass", "school"), with no object
    // after it ("the gunman shooting at police", "the men firing": a party before it is the participle's subject;
    // "spent the entire debate talking about himself": a word of speech there is a participle).
    // "died of a gunshot wound at a hospital", "a knife attack on": a bare form does the same (never a verb after an article).
    else if (t.pos === "VERB" && (t.normal.endsWith("ing") || !/(?:ed|en)$/.test(t.normal)) && isViolenceWord(t) && articleThroughModifiers(tokens, i, isPartyNoun) && (i + 1 >= tokens.length || NO_OBJECT_NEXT.has(tokens[i + 1]!.pos))) {
      out = replaced(out, tokens, i, retagged(t, "NOUN"));
    }
    // "Heavy fighting broke out", "Intense shelling hit the town", "Renewed fighting killed 20": an event's -ing word
    // tagged VERB after the sentence's first word and right before the clause's verb heads the subject; the first
    // word, which its capital made a name or its -ed a verb, is the noun's adjective (read as a verb, "Heavy" was the
    // fighting's doer). A people's name there stays the doer through its actor mention ("Israeli shelling killed five").
    // So is one that opens the sentence right before its verb ("Fighting broke out between ...", "Shooting erupted").
    else if (i <= 1 && t.pos === "VERB" && t.normal.endsWith("ing") && (i === 0 || OPENING_MODIFIER_TAGS.has(tokens[0]!.pos)) && isClauseVerb(tokens[i + 1]) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "NOUN"));
      if (i === 1) out = replaced(out, tokens, 0, retagged(tokens[0]!, "ADJ"));
    }
    // "in an intelligence-based operation", "a Saudi-led coalition": a hyphenated compound tagged VERB
    // between an article and a noun is an adjective; read as a verb it ended the noun phrase, and the
    // phrase's event word lost the preposition that ties it to the verb before it.
    // So is one after a preposition or a number: "air strikes against rebel-held areas", "two government-controlled towns".
    else if (t.pos === "VERB" && t.normal.includes("-") && (ARTICLES.has(tokens[i - 1]?.normal ?? "") || COMPOUND_OPENER_TAGS.has(tokens[i - 1]?.pos ?? "")) && NOUN_TAGS.has(tokens[i + 1]?.pos ?? "")) {
      out = replaced(out, tokens, i, retagged(t, "ADJ"));
    }
    // "Rapid Support Forces and allied Arab militias attacked El Geneina": a participle that describes a party
    // (party-participles), tagged VERB right after "and" and before its noun's phrase (modifiers, then a noun with a verb
    // after it), is an adjective of that noun; read as a verb it ended the list, and the list's last item became the doer.
    else if (t.pos === "VERB" && PARTY_PARTICIPLES.has(t.normal) && tokens[i - 1]?.normal === "and" && opensPartyPhrase(tokens, i + 1)) {
      out = replaced(out, tokens, i, retagged(t, "ADJ"));
    }
    // "aimed at intimidating its neighbors", "accused of attacking the convoy": an event's -ing word
    // right after a preposition and before its object's opening word is a gerund taking that object.
    else if (t.pos === "ADJ" && t.normal.endsWith("ing") && i > 0 && tokens[i - 1]!.pos === "ADP" && opensGerundObject(tokens[i + 1]) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
    // "accused of beating villagers", "arrested for attacking protesters": tagged a noun, an event's -ing word right
    // after a preposition and before a bare plural of a party (actor-classes.tsv) is a gerund taking it as its object;
    // read as a compound noun ("beating villagers") it named no act. Not before other nouns ("reports of shooting incidents").
    else if (t.pos === "NOUN" && t.normal.endsWith("ing") && i > 0 && tokens[i - 1]!.pos === "ADP" && tokens[i + 1]?.pos === "NOUN" && hasPluralEnding(tokens[i + 1]!.normal) && isPartyNoun(tokens[i + 1]!) && isEventWord(t)) {
      out = replaced(out, tokens, i, retagged(t, "VERB"));
    }
  }
  return out ?? tokens;
}

const ACRONYM_FORM = "i.s.";

/** Participles that describe a party ("allied", "affiliated"): word-classes.tsv party-participles. */
const PARTY_PARTICIPLES: ReadonlySet<string> = EVENT_WORDS.get("party-participles");
/** Modifiers a party's noun may have before it after a describing participle ("allied (Arab) militias": 1). Unit: tokens. */
const PARTY_PHRASE_MODIFIER_TOKENS = 2;

/** Whether tokens from `i` are a party's noun phrase (up to two adjectives or names, then a plural noun) with a verb right after it. */
function opensPartyPhrase(tokens: readonly TokenData[], i: number): boolean {
  let k = i;
  while (k < tokens.length && k - i < PARTY_PHRASE_MODIFIER_TOKENS && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "PROPN") && tokens[k + 1]?.pos !== "VERB") k++;
  const head = tokens[k];
  return head !== undefined && head.pos === "NOUN" && /s$/.test(head.normal) && tokens[k + 1]?.pos === "VERB";
}

/** Tags the tagger gives a sentence's capitalised first word before an -ing noun ("Heavy fighting": PROPN; "Renewed fighting": VERB). */
const OPENING_MODIFIER_TAGS: ReadonlySet<string> = new Set(["PROPN", "VERB", "ADJ"]);

/** A finite verb (or auxiliary) that can follow a subject: "broke", "hit", "has", "continued". */
function isClauseVerb(t: TokenData | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX") && !t.normal.endsWith("ing");
}


/** Words back from an "and" within which the conjunct before it opens ("killing 12 farmers and": 6). Unit: tokens. */
const CONJUNCT_REACH_TOKENS = 6;

/**
 * Whether the conjunct ending before the "and" at `and` is an -ing verb's phrase: the verb is the first
 * verb met going back, within CONJUNCT_REACH_TOKENS, before any comma or other verb ("killing 12 farmers and").
 */
function conjoinsParticiple(tokens: readonly TokenData[], and: number): boolean {
  for (let k = and - 1; k >= 0 && k >= and - CONJUNCT_REACH_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" || t.pos === "AUX" || t.pos === "CCONJ" || t.pos === "SCONJ") return false;
    if (t.pos === "VERB") return t.normal.endsWith("ing") && k < and - 1;
  }
  return false;
}

/** What opens a participle's object: a gerund's openers, or a bare noun ("burning houses", "looting shops"). */
function opensParticipleObject(t: TokenData | undefined): boolean {
  return opensGerundObject(t) || (!!t && t.pos === "NOUN");
}

/** A verb in -ed before token `end` in the sentence: the tense a verb joined to it by "and" shares. */
function hasPastVerbBefore(tokens: readonly TokenData[], end: number): boolean {
  for (let k = 0; k < end; k++) if (tokens[k]!.pos === "VERB" && tokens[k]!.normal.endsWith("ed")) return true;
  return false;
}

/**
 * Whether the comma at `comma` closes a relative clause set off after a noun (", which has killed
 * thousands in Nigeria,", ", who fled on motorbikes,"): an opening comma after a noun, name or
 * pronoun, then "who" or "which", a verb of the clause's own, and no other comma in between.
 */
function closesRelativeAside(tokens: readonly TokenData[], comma: number): boolean {
  if (tokens[comma]?.normal !== ",") return false;
  let verb = false;
  for (let k = comma - 1; k >= 2 && comma - k <= RELATIVE_ASIDE_MAX_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.normal === ",") return false;
    if (t.pos === "VERB" || t.pos === "AUX") verb = true;
    if ((t.normal === "who" || t.normal === "which") && tokens[k - 1]!.normal === ",") return verb && isPhraseHead(tokens, k - 2);
  }
  return false;
}
/** The longest relative clause read between two commas ("which has been fighting the rebels for years": 8). Unit: tokens. */
const RELATIVE_ASIDE_MAX_TOKENS = 14;

/** Tags before a hyphenated compound that make it open a noun phrase ("against rebel-held areas", "two army-run camps"). */
const COMPOUND_OPENER_TAGS: ReadonlySet<string> = new Set(["ADP", "NUM"]);

/** Tags of a noun phrase's head. */
const NOUN_TAGS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);

/**
 * Whether an article opens the phrase that ends before token i through modifiers only: one to
 * MODIFIERS_BEFORE_NOUN adjectives, ordinals or singular nouns that name no party ("the third mass", "a school").
 */
function articleThroughModifiers(tokens: readonly TokenData[], i: number, isPartyNoun: (t: TokenData) => boolean): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= MODIFIERS_BEFORE_NOUN && (tokens[k]!.pos === "ADJ" || (tokens[k]!.pos === "NOUN" && !hasPluralEnding(tokens[k]!.normal) && !isPartyNoun(tokens[k]!)))) k--;
  return k < i - 1 && k >= 0 && ARTICLES.has(tokens[k]!.normal);
}
/** Modifiers between an article and its noun read through ("the third mass shooting": 2). Unit: tokens. */
const MODIFIERS_BEFORE_NOUN = 3;
/** What may follow a noun with no object: a preposition, punctuation or a conjunction. */
const NO_OBJECT_NEXT: ReadonlySet<string> = new Set(["ADP", "PUNCT", "CCONJ"]);

/** Articles: what follows one opens a noun phrase, never a verb ("a stabbing", "the bombing"). */
const ARTICLES: ReadonlySet<string> = new Set([...PLAIN_ARTICLES, "another"]);

/** A preposition or determiner before a name: the name starts a noun phrase. */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(["ADP", "DET"]);

/** Tags that may begin a verb's object or adjunct right after it. */
const COMPLEMENT_STARTS: ReadonlySet<string> = new Set(["DET", "PROPN", "NUM", "ADP", "ADV", "PRON"]);

/** Words after the repaired verb within which a verb of its own shows the word was a noun ("attack on the city killed": 4). Unit: tokens. */
const OWN_VERB_REACH_TOKENS = 4;

/**
 * Endings only nouns have ("investigation", "statement", "violence"): "a war crimes investigation
 * of Russia", "the WikiLeaks statement on" are compounds whose first noun is a plural, not clauses.
 */
const NOUN_ONLY_ENDING = /(?:tion|sion|ment|ness|ance|ence|ity|ism)$/;

function opensVerbComplement(t: TokenData | undefined): boolean {
  // "of" follows a noun, never a verb ("the arms embargo of", "a rights investigation of").
  return !!t && COMPLEMENT_STARTS.has(t.pos) && !/^['’]s?$/.test(t.normal) && t.normal !== "of";
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** A form of "have" read as an auxiliary ("had", "has", "have", "'d", "'ve"). */
function isPerfectAuxiliary(t: TokenData): boolean {
  return t.pos === "AUX" && PERFECT_FORMS.has(t.normal);
}
const PERFECT_FORMS: ReadonlySet<string> = new Set([...HAVE_FORMS, "'d", "’d", "'ve", "’ve"]);

/** A noun, name or pronoun, not a possessive, ending the phrase before a word ("Gunmen", "the gunman", "He"); "a shot", "the first shot" have none. */
function isPhraseHead(tokens: readonly TokenData[], i: number): boolean {
  const t = tokens[i]!;
  return (t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "PRON" && !POSSESSIVE_PRONOUNS.has(t.normal))) && !/^['’]s?$/.test(t.normal);
}
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = POSSESSIVE_DETERMINERS;

/**
 * What follows a past tense verb and not a noun: its object's first word (a determiner, number,
 * pronoun or name), "dead" or "down" ("shot dead two guards", "shot down a drone"), or "and"/"or"
 * with another verb ("shot and killed"). Not a preposition: "a warning shot by police" is a noun.
 */
function opensPastComplement(tokens: readonly TokenData[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (PAST_OBJECT_STARTS.has(t.pos)) return !/^['’]s?$/.test(t.normal);
  if (t.normal === "dead" || t.normal === "down") return true;
  return (t.normal === "and" || t.normal === "or") && tokens[j + 1]?.pos === "VERB";
}
const PAST_OBJECT_STARTS: ReadonlySet<string> = new Set(["DET", "NUM", "PRON", "PROPN"]);

/** A determiner, pronoun, number or name: what opens a gerund's object ("its neighbors", "the convoy", "two men", "Kurdish fighters" is an adjective's noun). */
function opensGerundObject(t: TokenData | undefined): boolean {
  return !!t && GERUND_OBJECT_STARTS.has(t.pos) && !/^['’]s?$/.test(t.normal);
}
const GERUND_OBJECT_STARTS: ReadonlySet<string> = new Set(["DET", "PRON", "NUM", "PROPN"]);

/** Nouns of an amount that open a counted object ("abducted dozens more", "killed hundreds of cattle"). */
const QUANTITY_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("quantity-nouns");

/**
 * Whether what starts at token j opens a past verb's object: a determiner, pronoun, number or name, a bounded
 * count ("more than 40"), or a noun of an amount ("abducted dozens more": the tagger read "abducted dozens" as one noun phrase).
 */
function opensCountedObject(tokens: readonly TokenData[], j: number, bounds: QuantityBounds): boolean {
  return opensGerundObject(tokens[j]) || boundsCountAt(tokens, j, bounds) || (tokens[j]?.pos === "NOUN" && QUANTITY_NOUNS.has(tokens[j]!.normal));
}

/** Quantity bounds by first word ("more" -> "more than"), as quantity-modifiers.tsv lists them. */
export type QuantityBounds = ReadonlyMap<string, readonly { readonly words: readonly string[] }[]>;
const NO_BOUNDS: QuantityBounds = new Map();

/** Whether a quantity bound starts at token j and a number follows it ("more than 40", "at least 40"). */
function boundsCountAt(tokens: readonly TokenData[], j: number, bounds: QuantityBounds): boolean {
  const first = tokens[j];
  if (!first) return false;
  for (const b of bounds.get(first.normal) ?? []) {
    const n = b.words.length;
    if (b.words.every((w, k) => tokens[j + k]?.normal === w) && tokens[j + n]?.pos === "NUM") return true;
  }
  return false;
}

function verbSoonAfter(tokens: readonly TokenData[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + OWN_VERB_REACH_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "SCONJ") return false;
    if (t.pos === "VERB" || t.pos === "AUX") return true;
  }
  return false;
}

/**
 * A plural noun ending its phrase ("troops", "Protesters", "fans"): an -s that is no possessive,
 * "-ss" or "-us" ("Congress", "status"), with no singular determiner opening its phrase ("a
 * police raid" is one noun).
 */
/** Whether the noun phrase ending at token i follows a verb right before it (its determiners and modifiers between): that verb's object. */
function isVerbsObject(tokens: readonly TokenData[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= OBJECT_MODIFIERS_TOKENS && OBJECT_PHRASE_POS.has(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.pos === "VERB";
}
/** Words of an object's phrase before its head ("its 25 crew": 3). Unit: tokens. */
const OBJECT_MODIFIERS_TOKENS = 4;
const OBJECT_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "NOUN", "PRON"]);

function isPluralHead(tokens: readonly TokenData[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  if (!hasPluralEnding(t.normal)) return false;
  const before = tokens[i - 1];
  return !(before && before.pos === "DET" && SINGULAR_DETERMINERS.has(before.normal));
}
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "this", "that", "each", "every"]);

/** A sentence written in capitals only (more than half its words), where acronyms cannot be told from words. */
function isShouting(tokens: readonly TokenData[], surfaceOf: (i: number) => string): boolean {
  let upper = 0, words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos === "PUNCT" || tokens[i]!.pos === "NUM") continue;
    const w = surfaceOf(i);
    if (!/\p{L}/u.test(w)) continue;
    words++;
    if (w === w.toUpperCase()) upper++;
  }
  return words > 0 && upper * 2 > words;
}
