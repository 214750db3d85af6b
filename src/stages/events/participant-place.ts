import type { SentenceView } from "./sentence-view.js";
import { RELATIVE_PLACE_WORDS, SETTING_WINDOW_TOKENS } from "./place-setting.js";

/**
 * Prepositions that make a place phrase after a noun that noun's location ("police in Lyon", "the
 * embassy in Caracas", "officials at the base"). Other locative prepositions ("near", "outside")
 * rarely post-modify a person or a body.
 */
const POST_MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at"]);
/** Words a place phrase may hold between its preposition and the name ("in the city of Lyon"). */
const PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const PHRASE_WORDS: ReadonlySet<string> = new Set(["of", "'s", "’s", "'", "’"]);

/**
 * The noun a place phrase post-modifies inside the subject of its clause: "Police in the city of
 * Lyon were searching ...", "community and mosque leaders in Manchester ... accused ...", "The owner
 * of a ... rental agency in Junction City, Kan., identified ...". The phrase says where that noun
 * (a participant, the speaker of a report) is, not where an act the sentence tells went on. The
 * noun must open its clause's subject (no verb before it in its clause): after a verb, the phrase
 * may as well be the verb's adjunct ("killed two soldiers in Kabul"), which sets the act's scene;
 * and a verb must follow, the subject's predicate. The noun and the subject's first word; null when
 * the place stands in no such phrase.
 */
export function subjectModifiedBy(s: SentenceView, first: number, last: number): { noun: number; start: number } | null {
  let prep = -1;
  for (let i = first - 1; i >= 0 && i >= first - SETTING_WINDOW_TOKENS; i--) {
    const w = s.words[i]!;
    if (POST_MODIFIER_PREPOSITIONS.has(w)) { prep = i; break; }
    if (PHRASE_WORDS.has(w) || PHRASE_POS.has(s.tokens[i]!.pos)) continue;
    return null;
  }
  const noun = prep - 1;
  if (noun < 0) return null;
  const t = s.tokens[noun]!;
  if (t.pos !== "NOUN" && t.pos !== "PROPN") return null;
  // "20 km north of Mosul", "in the morning in Kabul": a direction or a time is no participant.
  if (RELATIVE_PLACE_WORDS.has(s.words[noun]!) || s.times?.has(s.words[noun]!)) return null;
  const clause = s.clause[noun];
  let opener = noun;
  for (let i = noun - 1; i >= 0 && s.clause[i] === clause; i--) {
    const pos = s.tokens[i]!.pos;
    // A preposition before the noun makes it an adjunct's object ("In the attack on police in Lyon"), not a
    // subject; "of" only chains the subject's nouns ("The owner of a rental agency in Junction City").
    if (pos === "VERB" || pos === "AUX" || (pos === "ADP" && s.words[i] !== "of")) return null;
    opener = i;
  }
  // "..., and members of the media in New York City and Florida", "no major (Category 3-5) hurricane landfalls
  // in the United States": a clause a coordinator or a bracket opens goes on a list or an aside, no subject.
  while (opener < noun && s.tokens[opener]!.pos === "PUNCT" && s.words[opener] !== "(") opener++;
  // "..., of periodic regime change in the ruling class of Teotihuacán": nor does an "of" phrase, which goes on a noun before.
  if (s.words[opener] === "(" || COORDINATORS.has(s.words[opener]!) || s.tokens[opener]!.pos === "ADP") return null;
  // A subject has its predicate still to come.
  return hasVerbAfter(s, last) ? { noun, start: opener } : null;
}
const COORDINATORS: ReadonlySet<string> = new Set(["and", "or", "nor", "but", "&"]);

function hasVerbAfter(s: SentenceView, last: number): boolean {
  for (let i = last + 1; i < s.tokens.length; i++) if (s.tokens[i]!.pos === "VERB" || s.tokens[i]!.pos === "AUX") return true;
  return false;
}

/**
 * Whether the act anchored at `anchor` is what the subject whose noun a place post-modifies does or
 * undergoes there: an act whose doer or target the subject names ("the EU's leaders in Brussels are
 * expected to play hardball in negotiating Britain's exit"), the clause's own predicate ("gunmen in
 * Kabul attacked a checkpoint", "police in Lyon were searching for a man") or the noun that
 * predicate takes ("their posts in Anderstown came under intense gunfire"). An act further on,
 * under another verb ("... searching for a man believed to be responsible for a Friday blast") or a
 * verb of reporting ("police in Lyon said a bomb exploded"), is only told or referred to by the subject.
 */
export function isSubjectsOwnAct(s: SentenceView, place: { first: number; last: number }, anchor: number, namesParty: boolean): boolean {
  if (anchor <= place.last || s.clause[anchor] !== s.clause[place.first]) return false;
  let verbs = 0;
  for (let i = place.last + 1; i < anchor; i++) {
    if (s.tokens[i]!.pos !== "VERB") continue;
    if (s.reportVerbs?.has(s.tokens[i]!.normal)) {
      // "police in the city of Medellin said they had arrested a gang leader": what the subject reports of itself, as
      // "they", is its own act; any other report tells of someone else's.
      if (reportsOwnAct(s, i, anchor)) continue;
      return false;
    }
    verbs++;
  }
  return namesParty || verbs === 0 || (verbs === 1 && s.tokens[anchor]!.pos === "NOUN");
}

/** A verb of reporting followed by "(that) they/it/we" as the reported clause's subject, before the act. */
function reportsOwnAct(s: SentenceView, report: number, anchor: number): boolean {
  let j = report + 1;
  if (s.words[j] === "that") j++;
  return j < anchor && SELF_REPORT_SUBJECTS.has(s.words[j]!.toLowerCase());
}
/** Subject pronouns by which a body reports its own act ("police said they had arrested", "the army said it killed"). */
const SELF_REPORT_SUBJECTS: ReadonlySet<string> = new Set(["they", "it", "we"]);

/**
 * Whether a stretch of text holds a lower-case letter. In text set in capitals only (wire copy of
 * old: "THE FMLN LEADERS IN MANAGUA DECIDED ...") the tagger does not tell a verb from a name, so
 * the subject a place phrase post-modifies cannot be read there.
 */
export function hasLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= LOWER_A && c <= LOWER_Z) return true;
  }
  return false;
}
const LOWER_A = 97, LOWER_Z = 122;
