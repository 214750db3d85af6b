import { compilePattern } from "../../lexicons/compile-pattern.js";
import { isEthnicGroupId } from "../../core/index.js";
import { acledCountryName, type HeadEntry } from "./actor-dictionary.js";
import { addMention, createBuilder, lastMentionEndBefore, resolveBuilder, type ActorBuilder } from "./actor-builder.js";
import type { NamedMention } from "./find-named-mentions.js";
import { CALENDAR_WORDS, MAX_SENTENCES_BACK_FOR_GROUP_ANAPHOR, MAX_WORDS_BETWEEN_MODIFIER_AND_HEAD } from "./heuristics.js";
import { builderOfEntry, builderOfId, builderOfNamed, claimTokens, sectorBuilder, type Resolution } from "./resolution.js";
import { tokenAtOrAfter, type Tok } from "./token-view.js";
import { isPlaceUse } from "./find-focus-country.js";
import { DATELINE_DASHES } from "../../core/dateline.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { ARTICLES, GROUP_POSSESSIVES, INDEFINITE_ARTICLES, LIST_JOINERS } from "../../lexicons/grammar-words.js";

const ACTOR_WORDS = stageWordClasses("actors");

const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, "another", "one"]);
const INDEFINITE: ReadonlySet<string> = new Set([...INDEFINITE_ARTICLES, "another", "one"]);

interface HeadHit {
  readonly head: HeadEntry;
  readonly from: number;
  readonly to: number;
}

interface Left {
  /** The named modifier right before the head (or before the plain words between). */
  readonly modifier: NamedMention | null;
  /** A leader's name right before the head, not a known actor ("the Assad regime"): token range. */
  readonly leader: { readonly from: number; readonly to: number } | null;
  /** First token of the phrase, determiner included. */
  readonly from: number;
  readonly determiner: string | null;
  /** Token after the determiner: where the descriptor's own words start. */
  readonly wordsFrom: number;
}


/** The rule of a government named after its leader ("the Assad regime"): resolve-leader-governments.ts finds whose it is. */
export const LEADER_NAME_RULE = "leader-name";

/**
 * Descriptor phrases: "the Afghan government", "Taliban fighters", "US troops", "the army",
 * "a US State Department official" (an unnamed person), "the official" (the same person again).
 * A person head followed by a name is a title, read by the person rules instead.
 */
export function findDescriptors(res: Resolution): DeferredPerson[] {
  const { toks } = res.view;
  const deferred: DeferredPerson[] = [];
  for (let i = 0; i < toks.length; i++) {
    const named = res.namedAt[i];
    if (named && named.kind !== "place" && !isHeadShapedName(res, named, i)) continue;
    const hit = matchHead(res, i);
    if (!hit) continue;
    const next = toks[hit.to];
    const sameSentence = next && next.sentence === toks[i]!.sentence;
    // "a coalition airstrike", "coalition forces": a theatre's head modifying the act or the forces names the coalition.
    const theatreModifier = sameSentence && res.dict.theatreActors.has(hit.head.id) && isAttributiveUse(res, hit.to);
    // "a Kenyan army convoy", "a Nigerian police station": a nationality's force head before one of its units or posts names that force.
    const unitOfForce = sameSentence && isNationalForceUnit(res, hit, next!);
    if (sameSentence && !theatreModifier && !unitOfForce && isCompoundContinuation(next!) && !opensPostnominalPhrase(res, hit.to) && !isMistaggedVerb(res, hit)) continue; // "army chief", "police station", "official figures"
    if (sameSentence && hit.head.role === "media" && startsName(res, hit.to)) {
      nameOutlet(res, hit, readLeft(res, hit.from));
      continue;
    }
    if (sameSentence && isPersonHead(hit.head) && startsName(res, hit.to)) continue;
    if (isPersonHead(hit.head) && namesAfterBody(res, hit.to)) continue; // "a spokesman for the Taliban, Zabihullah Mujahid"
    const readLeftOf = readLeft(res, hit.from);
    // "militia (Fulani)", "militiamen (Dogon)": the group ACLED-style notes put in brackets after armed members owns them, as "Fulani militia".
    const owner = !readLeftOf.modifier && !readLeftOf.leader ? bracketedOwner(res, hit) : null;
    const left = owner ? { ...readLeftOf, modifier: owner.name } : readLeftOf;
    const done = applyDescriptor(res, owner ? { ...hit, to: owner.to } : hit, left, deferred);
    if (done) i = hit.to - 1;
  }
  return deferred;
}

/**
 * "The Syrian Air Force", "the Army": a name the entity model found that is only a state body's
 * common name (a sector head, capitalised) and no listed organisation is read as that head, so its
 * country comes from the words around it, as for "the Syrian air force".
 */
function isHeadShapedName(res: Resolution, n: NamedMention, i: number): boolean {
  if (n.from !== i || n.entry || !(n.kind === "organisation" || n.kind === "military" || n.kind === "police")) return false;
  const hit = matchHead(res, i);
  return !!hit && hit.to === n.to && hit.head.role === "sector" && (hit.head.sector === "mil" || hit.head.sector === "police");
}

/**
 * A definite descriptor waiting for the actors it may refer back to: a person ("the official",
 * "the Foreign Secretary") or a group ("the group", "the militants").
 */
export interface DeferredPerson {
  readonly kind: "person" | "group";
  readonly hit: HeadHit;
  readonly left: Left;
  readonly span: { readonly start: number; readonly end: number };
  readonly text: string;
}

/**
 * Links each definite person descriptor to the person it refers back to; a capitalised office
 * met for the first time ("The Prime Minister said") becomes a person of its own.
 */
export function resolveDeferredPersons(res: Resolution, deferred: readonly DeferredPerson[]): void {
  const toks = res.view.toks;
  for (const d of deferred) {
    if (d.kind !== "person") continue;
    if (corefDefinitePerson(res, d.hit, d.left, d.span, d.text)) continue;
    if (!toks[d.hit.from]!.capitalised) continue;
    const title = res.view.text.slice(toks[d.left.wordsFrom]!.start, d.span.end);
    const b = createBuilder(`person:${d.span.start}`, { name: `the ${title}`, kind: "person", title, descriptorHead: d.hit.head.words[d.hit.head.words.length - 1]! });
    res.builders.set(b.key, b);
    addMention(b, d.span, d.text, `descriptor:${d.hit.head.id}+office`);
    claimTokens(res, d.left.from, d.hit.to, b);
  }
}

function matchHead(res: Resolution, i: number): HeadHit | null {
  const toks = res.view.toks;
  const heads = res.dict.headsByFirstWord.get(toks[i]!.lower);
  if (!heads) return null;
  for (const head of heads) {
    let ok = true;
    for (let k = 1; k < head.words.length; k++) {
      const t = toks[i + k];
      if (!t || t.sentence !== toks[i]!.sentence || t.lower !== head.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { head, from: i, to: i + head.words.length };
  }
  return null;
}

/** "police said", "security forces fired": a bare plural head acting as a subject (or after "with", "by"). */
/** "the Somali state news agency Sonna": the named outlet is media, of the modifier's country. */
function nameOutlet(res: Resolution, hit: HeadHit, left: Left): void {
  const toks = res.view.toks;
  const at = toks[hit.to]?.text === "," ? hit.to + 1 : hit.to;
  const n = res.namedAt[at];
  if (!n || n.from !== at || n.entry || n.kind === "place" || n.kind === "person") return;
  const b = builderOfNamed(res, n);
  if (!b) return;
  b.kind = "media";
  const m = left.modifier;
  if (m?.entry && (m.entry.kind === "country" || m.entry.id.startsWith("people:"))) b.country ??= m.entry.country;
  b.rules.add(`descriptor:${hit.head.id}+names-outlet`);
}

export function isPersonHead(h: HeadEntry): boolean {
  return h.role === "person" || h.role === "office";
}

function isCopula(t: Tok | undefined): boolean {
  return !!t && /^(is|was|are|were|be|been|being|became|become|becomes|remains|remained)$/.test(t.lower);
}

function isVerb(t: Tok | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX");
}

/**
 * "suicide bombers blow themselves up", "gunmen storm a hotel": after a plural head of people, a word
 * the tagger read as a noun but followed by a pronoun or determiner is the verb, not a compound.
 * State bodies are left out: "police station in", "army base near" are compounds.
 */
function isMistaggedVerb(res: Resolution, hit: HeadHit): boolean {
  const { head } = hit;
  if (head.type === "GOV" || head.type === "MED") return false;
  // Singular heads of people in arms as well ("a soldier shot dead a taxi driver", "a gunman shot a student": the
  // tagger reads "shot" as a noun after either), but not before a plural noun ("terrorist attacks this weekend").
  if (!head.plural && (!ARMED_TYPES.has(head.type ?? "") || res.view.toks[hit.to]!.lower.endsWith("s"))) return false;
  const after = res.view.toks[hit.to + 1];
  if (!after || after.sentence !== res.view.toks[hit.from]!.sentence) return false;
  // "soldiers shot and killed three", "gunmen shot and wounded a journalist": the word joined by "and" to a verb is a verb too.
  if (after.lower === "and" && isVerb(res.view.toks[hit.to + 2]) && res.view.toks[hit.to + 2]!.sentence === after.sentence) return true;
  // "Ukrainian forces shot down 20 drones", "gunmen blew up a bridge": a particle and then the object's opening word make
  // the word before the particle a phrasal verb.
  const object = res.view.toks[hit.to + 2];
  if (VERB_PARTICLES.has(after.lower) && object && object.sentence === after.sentence && OBJECT_OPENING_POS.has(object.pos)) return true;
  // "armed men looted shops": a regular past (-ed) right after the head, before its object, is the verb.
  if (isRegularPast(res.view.toks[hit.to]!) && (after.pos === "NOUN" || after.pos === "ADJ")) return true;
  // "soldiers shot dead three protesters", "police shot two men": a state body's compound
  // ("police station in", "army chief said") is never followed by a number or "dead".
  // "troops assault the village", "police raid a house": a determiner after the word opens its object.
  if (head.type === "MIL" || head.type === "POL") return after.pos === "NUM" || after.lower === "dead" || (after.pos === "DET" && !CLAUSE_DETERMINERS.has(after.lower));
  // "gunmen abducted two teachers", "unknown men killed three": a count after the word makes it a verb with its object.
  return after.pos === "PRON" || after.pos === "DET" || after.pos === "NUM" || after.lower === "dead";
}

/** Particles of phrasal verbs of violence ("shot down", "blew up", "took out", "cut off"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(["down", "up", "out", "off"]);
/** Tags that open a verb's object ("20 drones", "a bridge", "them", "Kyiv's"). */
const OBJECT_OPENING_POS: ReadonlySet<string> = new Set(["NUM", "DET", "PRON", "PROPN"]);

/** Kinds of party whose singular head may be a verb's subject the tagger misread: a soldier, a policeman, a gunman, a militant. */
const ARMED_TYPES: ReadonlySet<string> = new Set(["MIL", "POL", "UAF", "REB"]);

/** A word in -ed the tagger read as a noun or adjective ("looted"): a regular past, a verb after a people head. */
function isRegularPast(t: Tok): boolean {
  return (t.pos === "ADJ" || t.pos === "NOUN") && t.lower.length > 4 && t.lower.endsWith("ed");
}

/** Words a tagger reads as determiners that open a clause, not an object ("police officers that ..."). */
const CLAUSE_DETERMINERS: ReadonlySet<string> = new Set(["that", "which", "whose", "what"]);

/**
 * "Chinese coast guard personnel armed with knives boarded ...", "militants loyal to the commander": an adjective
 * after the head that opens a prepositional phrase qualifies the head from behind; it continues no compound.
 */
function opensPostnominalPhrase(res: Resolution, at: number): boolean {
  const toks = res.view.toks;
  const next = toks[at], after = toks[at + 1];
  return next !== undefined && after !== undefined && next.pos === "ADJ" && after.pos === "ADP" && after.sentence === next.sentence;
}

function isCompoundContinuation(next: Tok): boolean {
  // "Gunmen yesterday killed", "soldiers tonight raided": a time word after the head is an adjunct, not a compound.
  return !next.capitalised && !ADJUNCT_TIMES.has(next.lower) && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN");
}

/** A state force's units, posts and vehicles ("convoy", "patrol", "base", "checkpoint"). */
const FORCE_UNITS: ReadonlySet<string> = ACTOR_WORDS.get("force-units");

/**
 * Whether a military or police head modifies one of its force's units or posts and a nationality comes right
 * before it ("a Kenyan army convoy", "a Nigerian police patrol"): the phrase names that country's forces.
 * Without a nationality ("an army convoy") the events stage reads the unit's class; with one, the nationality
 * alone was read as the country's people ("Kenyans"), and an ambushed convoy became civilians.
 */
function isNationalForceUnit(res: Resolution, hit: HeadHit, next: Tok): boolean {
  if (!FORCE_UNITS.has(next.lower) || (hit.head.sector !== "mil" && hit.head.sector !== "police") || hit.head.role !== "sector") return false;
  const m = readLeft(res, hit.from).modifier;
  return !!m && !!m.entry && (m.entry.kind === "country" || m.entry.id.startsWith("people:"));
}

/** Time words that stand alone as an adjunct between a subject and its verb. */
const ADJUNCT_TIMES: ReadonlySet<string> = new Set([...ACTOR_WORDS.get("adjunct-times"), ...CALENDAR_WORDS]);

/** True when a name starts at token j (optionally after a comma): a person or an organisation. */
export function startsName(res: Resolution, j: number): boolean {
  const toks = res.view.toks;
  let k = j;
  if (toks[k]?.text === ",") k++;
  const t = toks[k];
  if (!t || t.sentence !== toks[j - 1]?.sentence) return false;
  const n = res.namedAt[k];
  if (n && n.from === k) return n.kind !== "place";
  return t.capitalised && t.pos === "PROPN";
}

function readLeft(res: Resolution, headFrom: number): Left {
  const toks = res.view.toks;
  const sentence = toks[headFrom]!.sentence;
  let j = headFrom - 1;
  let words = 0;
  let modifier: NamedMention | null = null;
  let from = headFrom;
  let verbBetween = false;
  while (j >= 0 && toks[j]!.sentence === sentence) {
    const n = res.namedAt[j];
    if (n && n.kind !== "place" && n.kind !== "person" && !n.consumed) {
      // "Kenya intensified police": a name then a verb is a clause, not a modifier.
      if (verbBetween) break;
      // "anti-Taliban forces", "US-led forces", "al-Qaeda-linked fighters" are not the named actor's.
      if (n.start !== toks[n.from]!.start || n.end !== toks[n.to - 1]!.end) break;
      modifier = n;
      from = n.from;
      j = n.from - 1;
      break;
    }
    const t = toks[j]!;
    // "the Farabundo Marti National Liberation Front (FMLN) urban commandos", "Islamic State (IS)
    // fighters": a name's bracketed acronym or expansion stands between the name and the head, which
    // is still that name's.
    const bracketed = !verbBetween && (t.lower === ")" || t.lower === "]") ? nameAroundBracket(res, j) : null;
    if (bracketed) {
      // The descriptor's own words start after the bracket ("urban commandos"); a determiner is looked for before the whole name.
      // A copy: the name keeps its own mention (a descriptor consumes only a name inside its phrase, "Taliban fighters").
      modifier = { ...bracketed.name };
      j = bracketed.nameFrom - 1;
      break;
    }
    if (t.lower === "'s" && j > 0) {
      const possessor = res.namedAt[j - 1];
      if (possessor && possessor.kind !== "place" && possessor.kind !== "person") {
        modifier = possessor;
        from = possessor.from;
        j = possessor.from - 1;
      } else {
        // "the junta's air force", "the regime's army", "the military government's jets": a state's body owned by
        // "the" government of the story is that state's, as "the air force" is: read as after "the".
        const state = stateHeadBefore(res, j);
        if (state >= 0) return { modifier: null, leader: null, from: state, determiner: "the", wordsFrom: from };
      }
      break;
    }
    // Plain words between a modifier and its head: adjectives and title words ("the existing government",
    // "a senior official"), not other nouns ("sanctions regime", "a company secretary").
    const titleWord = res.dict.titleWords.get(t.lower)?.some((r) => r.role === "modifier") === true;
    if (words < MAX_WORDS_BETWEEN_MODIFIER_AND_HEAD && (titleWord || (!t.capitalised && (t.pos === "ADJ" || (t.pos === "VERB" && /(ing|ed)$/.test(t.lower)))))) {
      words++;
      verbBetween ||= t.pos === "VERB";
      from = j;
      j--;
      continue;
    }
    break;
  }
  let leader: Left["leader"] = null;
  if (!modifier && words === 0) {
    let k = j;
    if (toks[k]?.lower === "'s") k--;
    const to = k + 1;
    while (k >= 0 && toks[k]!.sentence === sentence && toks[k]!.capitalised && toks[k]!.pos === "PROPN" && (!res.namedAt[k] || res.namedAt[k]!.kind === "person") && !res.dict.titleWords.has(toks[k]!.lower)) k--;
    // Not a sentence's first word, nor the first after a dateline's dash ("KADUNA, Nigeria (Reuters) - Armed bandits killed"):
    // capitalised there for the text's start, not for a name.
    if (k + 1 < to && k + 1 > 0 && toks[k + 1]!.sentence === sentence && toks[k]?.sentence === sentence && !DATELINE_DASHES.has(toks[k]!.text)) {
      leader = { from: k + 1, to };
      from = k + 1;
      j = k;
    }
  }
  const det = j >= 0 && toks[j]!.sentence === sentence && DETERMINERS.has(toks[j]!.lower) ? toks[j]!.lower : null;
  return { modifier, leader, from: det ? j : from, determiner: det, wordsFrom: from };
}

/**
 * The "the" of a government head that ends right before the possessive mark at `mark` ("the junta's", "the
 * regime's", "the military government's": a head of sector gov, after "the" and up to MAX_WORDS_BETWEEN_MODIFIER_AND_HEAD
 * adjectives or nouns), or -1.
 */
function stateHeadBefore(res: Resolution, mark: number): number {
  const toks = res.view.toks;
  const sentence = toks[mark]!.sentence;
  for (let i = mark - 1; i >= 0 && mark - i <= 3; i--) {
    const hit = matchHead(res, i);
    if (!hit || hit.to !== mark || (hit.head.sector !== "gov" && hit.head.sector !== "mil") || hit.head.role !== "sector") continue;
    let k = i - 1;
    for (let n = 0; k >= 0 && n < MAX_WORDS_BETWEEN_MODIFIER_AND_HEAD && toks[k]!.sentence === sentence && !toks[k]!.capitalised && (toks[k]!.pos === "ADJ" || toks[k]!.pos === "NOUN"); n++) k--;
    return k >= 0 && toks[k]!.sentence === sentence && toks[k]!.lower === "the" ? k : -1;
  }
  return -1;
}

/**
 * The organisation named around the bracket that closes at token `close`: the name right before the
 * bracket when the bracket holds a name or one capitalised word (its acronym or expansion), else the
 * name inside when the bracket holds just that name ("(FMLN) fighters" after a common noun). Null for
 * a place or a person, or any other bracket ("(AFP)" after a place, "(pictured)").
 */
function nameAroundBracket(res: Resolution, close: number): { name: NamedMention; nameFrom: number } | null {
  const toks = res.view.toks;
  const opener = toks[close]!.lower === ")" ? "(" : "[";
  let open = close - 1;
  while (open >= 0 && close - open <= BRACKETED_NAME_MAX_TOKENS && toks[open]!.lower !== opener) open--;
  if (open < 1 || toks[open]!.lower !== opener || toks[open]!.sentence !== toks[close]!.sentence) return null;
  const isParty = (n: NamedMention | undefined): n is NamedMention => !!n && n.kind !== "place" && n.kind !== "person" && !n.consumed;
  const inside = res.namedAt[open + 1];
  const before = res.namedAt[open - 1];
  const nameFrom = before && before.to === open ? before.from : open;
  const insideName = isParty(inside) && inside.from === open + 1 && inside.to === close;
  // The name before the bracket first: the acronym inside is linked to it later (link-acronyms.ts), not yet.
  if (isParty(before) && before.to === open && (insideName || (close - open === 2 && toks[open + 1]!.capitalised) || isYearRange(toks, open + 1, close))) return { name: before, nameFrom };
  return insideName ? { name: inside!, nameFrom } : null;
}

/**
 * The group a bracket right after an armed member head holds whole ("militia (Fulani)"), and the token after the bracket;
 * null for any other head or bracket ("gunmen (pictured)", "militia (2019-)").
 */
function bracketedOwner(res: Resolution, hit: HeadHit): { name: NamedMention; to: number } | null {
  const toks = res.view.toks;
  if (hit.head.role !== "member" || !hit.head.label || !(hit.head.type === "UAF" || hit.head.type === "REB")) return null;
  if (toks[hit.to]?.lower !== "(" || toks[hit.to]!.sentence !== toks[hit.from]!.sentence) return null;
  const inside = res.namedAt[hit.to + 1];
  if (!inside || inside.kind !== "group" || !inside.entry || inside.consumed || inside.from !== hit.to + 1 || toks[inside.to]?.lower !== ")") return null;
  return { name: inside, to: inside.to + 1 };
}

/**
 * Tokens [from, to) that hold only years and dashes: the span of years ACLED dates a state's forces with ("Military Forces
 * of Nigeria (2023-) airstrikes", "Police Forces of Haiti (2021-) officers"), which stands between the name and its head.
 */
function isYearRange(toks: Resolution["view"]["toks"], from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    for (const ch of toks[i]!.text) {
      if (ch >= "0" && ch <= "9") digits++;
      else if (ch !== "-" && ch !== "–") return false;
    }
  }
  return digits >= 4;
}
/** The longest bracketed acronym or expansion of a name ("[Farabundo Marti National Liberation Front]": 5 words). Unit: tokens. */
const BRACKETED_NAME_MAX_TOKENS = 10;

/** What applyDescriptor has read of a head and the words before it, handed to the function of the head's role. */
interface DescriptorSite {
  readonly res: Resolution;
  readonly hit: HeadHit;
  readonly left: Left;
  readonly head: HeadEntry;
  readonly m: NamedMention | null;
  readonly toks: Resolution["view"]["toks"];
  readonly spanFrom: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly span: { start: number; end: number };
  readonly country: string | null;
  readonly isCountryModifier: boolean;
}

/** applyDescriptor's person and office heads (one function each role, so V8 compiles each apart: applyDescriptor whole took TurboFan ~0.5 s). */
function applyPersonDescriptor(d: DescriptorSite, deferred: DeferredPerson[]): boolean {
  const { res, hit, left, head, m, toks, spanFrom, start, end, text, span, country, isCountryModifier } = d;
  if (head.plural) return false;
  const body = m ? null : bodyAfter(res, hit.to);
  if (!m && !body && left.determiner === "the") {
    // Resolved after the persons are known: "the Foreign Secretary" may be "Foreign Secretary Boris Johnson".
    deferred.push({ kind: "person", hit, left, span, text });
    return true;
  }
  // "a source said" is someone; "we need a president" is no one in particular.
  if (!m && !body && (head.role === "office" || !(left.determiner && INDEFINITE.has(left.determiner)))) return false;
  if (!m && !(left.determiner && INDEFINITE.has(left.determiner))) return false;
  // "Qanbar was a commander": a predicate says what someone is, it introduces no one.
  if (left.determiner && INDEFINITE.has(left.determiner) && isCopula(toks[left.from - 1])) return false;
  const affiliation = m ? (isCountryModifier ? sectorBuilder(res, "gov", m.entry!.country!) : builderOfNamed(res, m)) : body;
  const titleFrom = m ? (toks[m.to]?.lower === "'s" ? m.to + 1 : m.to) : left.wordsFrom;
  const title = res.view.text.slice(toks[titleFrom]!.start, end).trim() || head.words.join(" ");
  const b = createBuilder(`person:${start}`, {
    name: res.view.text.slice(toks[left.wordsFrom]!.start, end),
    kind: "person",
    country: country ?? affiliation?.country ?? null,
    title: title.replace(/^(the|a|an)\s+/i, ""),
    affiliation,
    descriptorHead: head.words[head.words.length - 1]!,
  });
  res.builders.set(b.key, b);
  addMention(b, span, text, `descriptor:${head.id}`);
  // The organisation named inside stays a mention of its own ("State Department" in "a US State Department official").
  for (let k = spanFrom; k < hit.to; k++) if (!res.namedAt[k]) res.claimed[k] = b;
  return true;
}

/** The head "fire", whose nation's modifier names its forces only after these words (applyForcesDescriptor). */
const FIRE_HEAD = "head:weapon-fire";
const AGENT_OF_FIRE: ReadonlySet<string> = new Set(["by", "under", "from"]);

/** applyDescriptor's weapon and country-forces heads. */
function applyForcesDescriptor(d: DescriptorSite): boolean {
  const { res, hit, left, head, m, toks, spanFrom, start, end, text, span, country, isCountryModifier } = d;
  // "Russian airstrikes", "Israeli shelling" (weapon); "Russian occupants", "Saudi aggressors", "Israeli
  // aircraft" (country-forces): a state's means of war or its forces named by their nationality are that
  // state's forces ("Military Forces of Russia"), not its people; with no nationality ("the occupants"
  // of a car, "the aircraft" that crashed) the noun names no one.
  if (!m || !head.sector || head.sector === "media") return false;
  // "killed by Israeli fire", "under Russian fire": a nation's fire is its forces' shooting only as the agent or the
  // source of harm; elsewhere it is a blaze ("the Australian fires burned 3,000 homes").
  if (head.id === FIRE_HEAD && !AGENT_OF_FIRE.has(toks[m.from - 1]?.lower ?? "")) return false;
  if (!isCountryModifier) {
    // "Military Forces of Nigeria (2023-) airstrikes": a state's forces named in full own the means of war after their name.
    const named = head.role === "weapon" ? builderOfNamed(res, m) : null;
    const owner = named ? resolveBuilder(named) : null;
    if (!owner || (owner.kind !== "military" && owner.kind !== "police")) return false;
    // The mention runs to the head, over the bracket of years between: the weapon's word is the event's own.
    const mentionEnd = toks[hit.from - 1]!.end;
    addMention(owner, { start: m.start, end: mentionEnd }, res.view.text.slice(m.start, mentionEnd), `descriptor:${head.id}+named-forces`);
    m.consumed = true;
    claimTokens(res, m.from, hit.from, owner);
    return true;
  }
  const forces = sectorBuilder(res, head.sector, m.entry!.country!);
  if (!forces) return false;
  m.consumed = true;
  // A weapon's noun is the event's own word, so the nationality alone is the mention; forces are the whole phrase.
  const weapon = head.role === "weapon";
  const mentionEnd = weapon ? m.end : end;
  addMention(forces, { start: m.start, end: mentionEnd }, res.view.text.slice(m.start, mentionEnd), `descriptor:${head.id}+country`);
  claimTokens(res, m.from, weapon ? m.to : hit.to, resolveBuilder(forces));
  addConjoinedNationalities(res, head, m);
  return true;
}

/** applyDescriptor's collective heads. */
function applyCollectiveDescriptor(d: DescriptorSite): boolean {
  const { res, hit, left, head, m, toks, spanFrom, start, end, text, span, country, isCountryModifier } = d;
  // "PTI supporters", "Awami League activists", "BJP workers": the followers of a named party or armed group
  // act as that body (ACLED's actor, or the associated actor of the protesters), not as civilians of a country.
  if (m && !isCountryModifier && FOLLOWER_HEADS.has(head.id)) {
    const named = builderOfNamed(res, m);
    // An outlet has no supporters: "PTI supporters" are those of the party its acronym also names (a dictionary namesake).
    const party = named?.kind === "media" && m.entry ? res.dict.namesakes.get(m.entry.id)?.map((id) => res.dict.entries.get(id)).find((e) => e?.kind === "organisation" || e?.kind === "armed group") : undefined;
    const owner = party ? builderOfEntry(res, party) : named ? resolveBuilder(named) : null;
    if (owner && (owner.kind === "organisation" || owner.kind === "armed group")) {
      m.consumed = true;
      addMention(owner, span, text, `descriptor:${head.id}+member-of`);
      claimTokens(res, spanFrom, hit.to, owner);
      return true;
    }
  }
  // "Nuer youths", "Fulani herders", "Dinka villagers": people of an ethnic group the dictionary knows are that
  // group (ACLED names its armed men its ethnic militia, its people attacked civilians of the group).
  if (m && !isCountryModifier && isEthnicGroupId(m.entry?.id)) {
    const group = builderOfNamed(res, m);
    if (group) {
      m.consumed = true;
      addMention(group, span, text, `descriptor:${head.id}+ethnic-group`);
      claimTokens(res, spanFrom, hit.to, resolveBuilder(group));
      return true;
    }
  }
  // "Protesters (South Korea)", "Civilians (Afghanistan)": people an event involves, named as ACLED names them.
  const iso2 = isCountryModifier ? m!.entry!.country! : head.countryFromContext ? countryBefore(res, left.from) ?? countryInSentence(res, hit.from) ?? res.placeFocus : null;
  const b = describedBuilder(res, head, iso2);
  // The words between are left out: "blocked protesters" has a verb there, "angry protesters" an adjective.
  const from = isCountryModifier ? m!.from : hit.from;
  if (isCountryModifier) m!.consumed = true;
  const start2 = toks[from]!.start;
  addMention(b, { start: start2, end }, res.view.text.slice(start2, end), `descriptor:${head.id}+${isCountryModifier ? "country" : iso2 ? "context-country" : "no-country"}`);
  claimTokens(res, from, hit.to, b);
  return true;
}

/** applyDescriptor's media heads. */
function applyMediaDescriptor(d: DescriptorSite): boolean {
  const { res, hit, left, head, m, toks, spanFrom, start, end, text, span, country, isCountryModifier } = d;
  const outlet = m && !isCountryModifier ? builderOfNamed(res, m) : null;
  if (outlet?.kind === "media") {
    // "Sputnik News Agency", "Xinhua news agency": the outlet itself.
    m!.consumed = true;
    addMention(outlet, { start: m!.start, end }, res.view.text.slice(m!.start, end), `descriptor:${head.id}+outlet`);
    claimTokens(res, m!.from, hit.to, resolveBuilder(outlet));
    return true;
  }
  const iso2 = country ?? (left.determiner === "the" || !m ? countryBefore(res, left.from) ?? res.focus : null);
  if (!iso2 && !m) return false;
  const key = `media-desc:${text.toLowerCase()}`;
  const b = res.builders.get(key) ?? createBuilder(key, { name: text, kind: "media", country: iso2 });
  res.builders.set(key, b);
  if (m && isCountryModifier) m.consumed = true;
  addMention(b, span, text, `descriptor:${head.id}`);
  claimTokens(res, spanFrom, hit.to, b);
  return true;
}

function applyDescriptor(res: Resolution, hit: HeadHit, left: Left, deferred: DeferredPerson[]): boolean {
  const { head } = hit;
  const m = left.modifier;
  const toks = res.view.toks;
  const spanFrom = isPersonHead(head) ? left.from : left.wordsFrom;
  const start = toks[spanFrom]!.start;
  const end = toks[hit.to - 1]!.end;
  const text = res.view.text.slice(start, end);
  const span = { start, end };
  const country = m ? m.countryHint : null;
  const isCountryModifier = !!m && !!m.entry && (m.entry.kind === "country" || m.entry.id.startsWith("people:"));

  const d: DescriptorSite = { res, hit, left, head, m, toks, spanFrom, start, end, text, span, country, isCountryModifier };
  if (isPersonHead(head)) return applyPersonDescriptor(d, deferred);
  if (head.role === "weapon" || head.role === "country-forces") return applyForcesDescriptor(d);
  if (head.role === "collective") return applyCollectiveDescriptor(d);
  if (head.role === "media") return applyMediaDescriptor(d);

  // "a coalition airstrike", "coalition forces": a head a theatre names (theatres.tsv), modifying the
  // act or the forces, is the coalition named before, else the one fighting where the story happens.
  if (!m && !left.leader && left.determiner !== "the" && res.dict.theatreActors.has(head.id) && isAttributiveUse(res, hit.to)) {
    deferred.push({ kind: "group", hit, left, span: { start: toks[hit.from]!.start, end }, text: res.view.text.slice(toks[hit.from]!.start, end) });
    return true;
  }
  // "Hamas said its gunmen fired": after "its" or "their" the members are those of a group named before, as after "the".
  const ownedMembers = !left.determiner && OWNER_DETERMINERS.has(toks[left.wordsFrom - 1]?.lower ?? "") && toks[left.wordsFrom - 1]!.sentence === toks[hit.from]!.sentence;
  if (!m && !left.leader && head.role === "member" && (left.determiner === "the" || ownedMembers) && (head.anaphor || head.type === "REB") && !hasUnidentifiedWord(res, left.wordsFrom, hit.from)) {
    deferred.push({ kind: "group", hit, left, span: { start: toks[left.wordsFrom]!.start, end }, text: res.view.text.slice(toks[left.wordsFrom]!.start, end) });
    return true;
  }

  let target: ActorBuilder | null = null;
  let rule = "";
  if (m && isCountryModifier) {
    if (!head.sector || head.sector === "media") {
      m.consumed = true; // "Pakistani militants": not the people of Pakistan, and no known actor
      if (!head.label) return true;
      // ... but an armed group of that country all the same: "Unidentified Armed Group (Pakistan)".
      describe(res, head, m.entry!.country!, m.from, hit.to, `descriptor:${head.id}+country`);
      return true;
    }
    target = sectorBuilder(res, head.sector, m.entry!.country!);
    rule = `descriptor:${head.id}+country`;
    if (target) addConjoinedNationalities(res, head, m);
  } else if ((left.leader || (m && !m.entry && m.kind === "organisation")) && head.role === "sector" && head.sector === "gov") {
    // "the Assad regime", "the Obama administration": a government named after its leader, kept as itself.
    const leader = left.leader ?? { from: m!.from, to: m!.to };
    if (m) m.consumed = true;
    const leaderName = res.view.text.slice(toks[leader.from]!.start, toks[leader.to - 1]!.end).replace(/['’]s$/, "");
    const name = `${leaderName} ${head.words.join(" ")}`;
    const key = `desc:${name.toLowerCase()}`;
    target = res.builders.get(key) ?? createBuilder(key, { name, kind: "government" });
    res.builders.set(key, target);
    rule = `descriptor:${head.id}+${LEADER_NAME_RULE}`;
  } else if (m) {
    const named = builderOfNamed(res, m);
    // Outlets have no fighters or regimes: "The Hindu nationalist group" is not the newspaper.
    if (!named || named.kind === "media") return false;
    if (named.kind === "group" && !m.entry) {
      // "Islamist militants", "jihadist fighters": a creed names no group; the armed people stay a description,
      // of the group the story names when they are rebels, else of the country in view.
      if (head.role !== "member" || !head.label || !(head.type === "REB" || head.type === "UAF")) return false; // "European military", "Western forces": no actor to name
      m.consumed = true;
      if (head.type === "REB") deferred.push({ kind: "group", hit, left, span: { start: toks[left.wordsFrom]!.start, end }, text: res.view.text.slice(toks[left.wordsFrom]!.start, end) });
      else describe(res, head, countryBefore(res, left.from) ?? countryInSentence(res, hit.from) ?? res.placeFocus, m.from, hit.to, `descriptor:${head.id}+creed`);
      return true;
    }
    if (named.kind === "group" && head.sector && head.sector !== "media") {
      // "Kurdish forces": an armed body of a community, named by the phrase itself.
      const key = `desc:${text.toLowerCase()}`;
      target = res.builders.get(key) ?? createBuilder(key, { name: text, kind: head.sector === "gov" ? "organisation" : "armed group", country: named.country });
      res.builders.set(key, target);
      addConjoinedNationalities(res, head, m); // "Iraqi and Kurdish forces"
    } else {
      target = named;
      if (head.sector === "gov" && head.role === "sector") resolveBuilder(named).governing = true;
      // "FMLN rebels", "Shining Path guerrillas": an organisation whose members the text calls rebels is an armed group.
      const owner = resolveBuilder(named);
      if ((head.type === "REB" || head.type === "UAF") && !owner.entry && (owner.kind === "organisation" || owner.kind === "armed group")) {
        owner.kind = "armed group";
        owner.partyType ??= "REB";
      }
    }
    rule = `descriptor:${head.id}+member-of`;
  } else if (head.role === "sector" && head.sector && head.sector !== "media" && left.determiner === "the" && res.lastByHead.has(head.id) && !countryAfter(res, hit.to)) {
    // "the regime" after "the Asad regime": the same actor, before any guess from countries.
    target = res.lastByHead.get(head.id)!;
    rule = `descriptor:${head.id}+same-head-before`;
  } else if (head.role === "sector" && head.sector && head.sector !== "media") {
    const after = countryAfter(res, hit.to);
    const before = toks[hit.from - 1];
    const afterPreposition = !!before && before.sentence === toks[hit.from]!.sentence && before.pos === "ADP";
    const bare = !left.determiner && head.bare && left.wordsFrom === hit.from && (isVerb(toks[hit.to]) || afterPreposition);
    // "three soldiers were killed", "a policeman": a state's own forces, of the country in view,
    // unless the words before say they are someone else's ("foreign troops", "peacekeeping forces").
    const forces = (head.type === "MIL" || head.type === "POL") && isForcesNoun(head) && !hasForeignWord(res, left.wordsFrom, hit.from) && standsAsParty(res, hit, left);
    const contextual = left.determiner === "the" || bare || forces;
    const near = contextual ? countryBefore(res, left.from) : null;
    // "the army", "the air force", "police said": a state's armed bodies act where the story happens
    // (the country its places lie in), not for whichever country it mentions most ("U.S. aid" in a
    // story from San Salvador); a government ("the government") is the one the story is about.
    const armed = head.sector === "mil" || head.sector === "police";
    // Police act at home: "clashes with riot police" in a story from Seoul that mentions beef imports "from the
    // United States" are South Korea's police, whatever country the sentence named before them.
    const home = head.sector === "police" && (forces || contextual) ? res.placeFocus : null;
    // "China's foreign ministry said its coast guard had acted": the state a sentence opens on owns the body after "its".
    const ownedBy = (armed || head.sector === "gov") && OWNER_DETERMINERS.has(toks[left.wordsFrom - 1]?.lower ?? "") && toks[left.wordsFrom - 1]!.sentence === toks[hit.from]!.sentence ? firstStateOfSentence(res, left.wordsFrom - 1) : null;
    const iso2 = after?.country ?? ownedBy ?? home ?? near ?? (forces || (contextual && armed) ? res.placeFocus : contextual ? res.focus : null);
    // "Soldiers shot dead two protesters in Mandalay": nothing the actors stage can read names their
    // country (an incident note often names only a town), yet they are a state's forces all the same.
    // Kept as forces of no country, for the place-descriptions stage to place in the country of
    // their scene once places are resolved (place-state-forces.ts).
    if (!iso2 && armed && (forces || contextual)) {
      target = unplacedForces(res, head.sector);
      rule = `descriptor:${head.id}+${UNPLACED_FORCES_RULE}`;
    } else {
      if (!iso2) return false;
      target = sectorBuilder(res, head.sector, iso2);
      rule = `descriptor:${head.id}+${after ? "of-country" : ownedBy ? "owner-country" : near ? "near-country" : "focus-country"}`;
    }
    if (after) {
      after.mention.consumed = true;
      const afterEnd = toks[after.mention.to - 1]!.end;
      if (target) {
        addMention(target, { start, end: afterEnd }, res.view.text.slice(start, afterEnd), rule);
        claimTokens(res, spanFrom, after.mention.to, resolveBuilder(target));
      }
      return true;
    }
  }
  if (!target && !m && !left.leader && head.role === "member" && head.label) {
    // "unidentified gunmen", "a suicide bomber", "rebels": no named group owns them, so they stay a
    // typed description of the country in view ("Unidentified Armed Group (Somalia)").
    const wordsFrom = withSentenceInitialAdjective(res, left.wordsFrom);
    // "Turkey-backed opposition forces": armed people all the same, whoever backs them ("anti-Taliban", "pro-government" still name no one).
    if (hasForeignWord(res, wordsFrom, hit.from, OUTSIDE_WORDS, false) || isGenericReference(res, wordsFrom, hit.from)) return false;
    if (head.type === "REB" && !hasUnidentifiedWord(res, wordsFrom, hit.from)) {
      // "rebels", "guerrillas" in a story about the FMLN are the FMLN: looked up once every group is known.
      deferred.push({ kind: "group", hit, left, span: { start: toks[left.wordsFrom]!.start, end }, text: res.view.text.slice(toks[left.wordsFrom]!.start, end) });
      return true;
    }
    describe(res, head, countryBefore(res, left.from) ?? countryInSentence(res, hit.from) ?? res.placeFocus, wordsFrom, hit.to, `descriptor:${head.id}+description`);
    return true;
  }
  if (!target) return false;
  if (m || left.leader) res.lastByHead.set(head.id, resolveBuilder(target));
  if (m) m.consumed = true;
  addMention(target, span, text, rule);
  claimTokens(res, spanFrom, hit.to, resolveBuilder(target));
  return true;
}

/** Words that join nationalities sharing one head ("French and Malian troops", "Kenyan, Ugandan and Burundian troops"). */
const NATIONALITY_JOINERS: ReadonlySet<string> = LIST_JOINERS;

/**
 * "French and Malian troops", "Russian and Syrian airstrikes", "the Afghan and US governments": the
 * nationalities coordinated before the one that modifies a state body's head share that head, so
 * each names that state's body ("Military Forces of France"), not its people ("Frenchmen").
 */
function addConjoinedNationalities(res: Resolution, head: HeadEntry, m: NamedMention): void {
  const sector = head.sector;
  if (sector !== "gov" && sector !== "mil" && sector !== "police") return;
  const toks = res.view.toks;
  let j = m.from - 1;
  while (j > 0 && NATIONALITY_JOINERS.has(toks[j]!.lower) && toks[j]!.sentence === toks[m.from]!.sentence) {
    // ", and": one joiner more.
    if (toks[j]!.lower === "and" && toks[j - 1]!.lower === ",") j--;
    const n = res.namedAt[j - 1];
    if (!n || n.to !== j || n.consumed || res.claimed[n.from] || !n.entry || (n.entry.kind !== "country" && !n.entry.id.startsWith("people:"))) return;
    if (n.start !== toks[n.from]!.start || n.end !== toks[n.to - 1]!.end) return;
    // A country's name joins only by "and"/"or" and not as the object of "of": "US and Afghan forces", but not
    // "the administrations of Sudan, and Egyptian officials", a list of two phrases.
    if (n.entry.kind === "country" && (toks[n.to]!.lower === "," || toks[n.from - 1]?.lower === "of")) return;
    const forces = sectorBuilder(res, sector, n.entry.country!);
    if (!forces) return;
    n.consumed = true;
    addMention(forces, { start: n.start, end: n.end }, n.text, `descriptor:${head.id}+conjoined-country`);
    claimTokens(res, n.from, n.to, resolveBuilder(forces));
    j = n.from - 1;
  }
}

/** Collective heads that, after a named party or armed group, are its followers ("PTI supporters", "BJP workers"). */
const FOLLOWER_HEADS: ReadonlySet<string> = new Set(["head:supporters", "head:activists", "head:workers"]);

/** Possessive determiners of a body: "its fighters", "their gunmen" are the members of a group named before. */
const OWNER_DETERMINERS: ReadonlySet<string> = GROUP_POSSESSIVES;

/** Provenance of a state's forces whose country the text does not give (place-state-forces.ts places them). */
export const UNPLACED_FORCES_RULE = "forces-no-country";

/** ACLED's label of a state's forces, without the "of <country>" the text has not given. */
const UNPLACED_FORCES_NAME = { mil: "Military Forces", police: "Police Forces" } as const;

/** One actor per sector for the forces of no known country ("soldiers", "the police" in a note naming only a town). */
function unplacedForces(res: Resolution, sector: "mil" | "police"): ActorBuilder {
  const key = `forces:${sector}`;
  const b = res.builders.get(key) ?? createBuilder(key, { name: UNPLACED_FORCES_NAME[sector], kind: sector === "mil" ? "military" : "police", partyType: sector === "mil" ? "MIL" : "POL" });
  res.builders.set(key, b);
  return b;
}

/**
 * The actor a description stands for when no named actor owns it: one per label and country, named
 * as ACLED names such parties ("Protesters (South Korea)", "Unidentified Armed Group (Somalia)").
 */
function describedBuilder(res: Resolution, head: HeadEntry, iso2: string | null): ActorBuilder {
  const countryName = iso2 ? acledCountryName(res.dict, iso2) ?? iso2 : null;
  const name = countryName ? `${head.label} (${countryName})` : head.label!;
  const key = `collective:${name}`;
  const armed = head.type === "UAF" || head.type === "REB";
  const b = res.builders.get(key) ?? createBuilder(key, { name, kind: armed ? "armed group" : "group", country: iso2, partyType: head.type });
  res.builders.set(key, b);
  return b;
}

function describe(res: Resolution, head: HeadEntry, iso2: string | null, from: number, to: number, rule: string): void {
  const toks = res.view.toks;
  const b = describedBuilder(res, head, iso2);
  const start = toks[from]!.start;
  const end = toks[to - 1]!.end;
  addMention(b, { start, end }, res.view.text.slice(start, end), rule);
  claimTokens(res, from, to, b);
}

/** Words before a head that make the forces someone else's than the country in view's. */
const FOREIGN_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("foreign-words");

/** Of those, the words that also make armed people someone else's ("rebel fighters" are still fighters of no named group). */
const OUTSIDE_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("outside-words");

function hasForeignWord(res: Resolution, from: number, to: number, words: ReadonlySet<string> = FOREIGN_WORDS, allied = true): boolean {
  const toks = res.view.toks;
  // "US-led forces", "Anti-Taliban forces", "pro-government militias": someone's allies or opponents, not their own.
  for (let k = Math.max(0, from - 1); k < to; k++) {
    const w = toks[k]!.lower;
    if (toks[k]!.sentence === toks[to]?.sentence && (words.has(w) || (ALLIED_FORM.test(w) && (allied || !BACKED_FORM.test(w))))) return true;
  }
  return false;
}
const TIE_SUFFIXES = "led|backed|allied|aligned|supported|trained";
const ALLIED_FORM = compilePattern(`^(?:anti|pro)-|-(?:${TIE_SUFFIXES})$`, "", "actors: allied form");
/**
 * The same words, and looser ties, joined right after a name: it says whom another party is tied to ("al Qaeda-linked",
 * "Iran-backed"), so the name is not that party; read on at most TIED_TO_NAME_REACH characters.
 */
const TIED_TO_NAME = compilePattern(`^-(?:${TIE_SUFFIXES}|linked|affiliated|inspired)\\b`, "i", "actors: tied to a name");
const TIED_TO_NAME_REACH = 12;
/** Of those, the forms that name a backer ("Turkey-backed"): the people backed are armed people of their own. */
const BACKED_FORM = /-(?:backed|supported|trained)$/;

/** Words that make a description stand for a kind, not for people who did something ("Da'esh and other terrorists"). */
const GENERIC_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("generic-words");

function isGenericReference(res: Resolution, from: number, to: number): boolean {
  const toks = res.view.toks;
  for (let k = Math.max(0, from - 1); k < to; k++) if (toks[k]!.sentence === toks[to]?.sentence && GENERIC_WORDS.has(toks[k]!.lower)) return true;
  return false;
}

/**
 * "three soldiers", "a policeman", "the troops", "soldiers were killed", "fired at police": the head
 * is a noun phrase of its own (counted, determined, described, or followed by a verb, preposition or
 * punctuation), not a modifier in a coordinated compound ("police and security co-operation").
 */
function standsAsParty(res: Resolution, hit: HeadHit, left: Left): boolean {
  const toks = res.view.toks;
  // "intensified police": a verb read as a modifier does not make a noun phrase.
  for (let k = left.wordsFrom; k < hit.from; k++) if (toks[k]!.pos === "VERB") return false;
  if (left.determiner || left.wordsFrom < hit.from) return true;
  const before = toks[left.from - 1];
  if (before && before.sentence === toks[hit.from]!.sentence && (before.pos === "NUM" || before.pos === "DET")) return true;
  // "police later detained", "soldiers reportedly fired": adverbs stand between a subject and its verb.
  let j = hit.to;
  while (toks[j]?.pos === "ADV" && toks[j]!.sentence === toks[hit.from]!.sentence) j++;
  const next = toks[j];
  // "a clash between soldiers and militants", "police and soldiers fired": a party listed with another.
  return !next || next.sentence !== toks[hit.from]!.sentence || next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADP" || next.pos === "PUNCT" || next.pos === "CCONJ" || isMistaggedVerb(res, hit);
}

/** "Unidentified gunmen" opening a sentence: the capital letter hides the adjective from the modifier rules. */
function withSentenceInitialAdjective(res: Resolution, from: number): number {
  const toks = res.view.toks;
  const prev = toks[from - 1];
  const first = prev && (from - 1 === 0 || toks[from - 2]!.sentence !== prev.sentence);
  return first && prev.sentence === toks[from]!.sentence && (prev.pos === "ADJ" || prev.pos === "VERB" || prev.pos === "PROPN") && !res.namedAt[from - 1] && !res.dict.titleWords.has(prev.lower) ? from - 1 : from;
}

/** A country the sentence names as a place ("marched in Pakistan"): where what it tells happened. */
function countryInSentence(res: Resolution, j: number): string | null {
  const toks = res.view.toks;
  const sentence = toks[j]!.sentence;
  let k = j;
  while (k > 0 && toks[k - 1]!.sentence === sentence) k--;
  for (; k < toks.length && toks[k]!.sentence === sentence; k++) {
    const n = res.namedAt[k];
    if (n?.from === k && n.entry?.kind === "country" && !res.claimed[k] && isPlaceUse(res, k)) return n.entry.country;
  }
  return null;
}

/** Words that say the text does not know who the armed people were: they stay an unidentified armed group. */
const UNIDENTIFIED_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("unidentified-words");

function hasUnidentifiedWord(res: Resolution, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (UNIDENTIFIED_WORDS.has(res.view.toks[k]!.lower)) return true;
  return false;
}

/** Heads that name people in arms, not an institution ("soldiers", "police"; not "army", "ministry"): heads.tsv column in_arms. */
function isForcesNoun(head: HeadEntry): boolean {
  return head.inArms;
}

/**
 * The country named last before token j in the same sentence ("good relations with Afghanistan ...
 * the existing government"): a nearer cue than the article's overall focus.
 */
function countryBefore(res: Resolution, j: number): string | null {
  const toks = res.view.toks;
  const sentence = toks[j]?.sentence;
  for (let k = j - 1; k >= 0 && toks[k]!.sentence === sentence; k--) {
    const n = res.namedAt[k];
    // "US warplanes ... killing six civilians": a country that only modifies another actor is that actor's, not the place's.
    if (res.claimed[k]) continue;
    // "Turkey-backed opposition forces": a backer's country is not the country of the people it backs.
    if (ALLIED_FORM.test(toks[k]!.lower)) continue;
    if (n?.entry && (n.entry.kind === "country" || n.entry.id.startsWith("people:"))) return n.entry.country;
  }
  return null;
}

/**
 * The country named first in the sentence before token j, also as a possessor or modifier another actor took
 * ("China's foreign ministry"): the subject a possessive "its" most often refers back to.
 */
function firstStateOfSentence(res: Resolution, j: number): string | null {
  const toks = res.view.toks;
  const sentence = toks[j]?.sentence;
  let k = j;
  while (k > 0 && toks[k - 1]!.sentence === sentence) k--;
  for (; k < j; k++) {
    const n = res.namedAt[k];
    if (n?.entry && (n.entry.kind === "country" || n.entry.id.startsWith("people:"))) return n.entry.country;
  }
  return null;
}

function namesAfterBody(res: Resolution, j: number): boolean {
  const toks = res.view.toks;
  if (!toks[j] || !/^(for|of|at)$/.test(toks[j]!.lower)) return false;
  const k = toks[j + 1] && /^(the|a)$/.test(toks[j + 1]!.lower) ? j + 2 : j + 1;
  const n = res.namedAt[k];
  return !!n && n.from === k && toks[n.to]?.text === "," && startsName(res, n.to);
}

/** "a spokesman for the Taliban", "an official of the UN": the body named right after a person head. */
function bodyAfter(res: Resolution, j: number): ActorBuilder | null {
  const toks = res.view.toks;
  const prep = toks[j];
  if (!prep || (prep.lower !== "for" && prep.lower !== "of" && prep.lower !== "at")) return null;
  const k = toks[j + 1] && /^(the|a)$/.test(toks[j + 1]!.lower) ? j + 2 : j + 1;
  const n = res.namedAt[k];
  if (!n || n.from !== k || n.kind === "place" || n.kind === "person" || toks[k]!.sentence !== prep.sentence) return null;
  if (n.entry && (n.entry.kind === "country" || n.entry.id.startsWith("people:"))) return sectorBuilder(res, "gov", n.entry.country!);
  return builderOfNamed(res, n);
}

/** "the government in Afghanistan", "the army of Iraq": the country named right after the head. */
function countryAfter(res: Resolution, j: number): { country: string; mention: NamedMention } | null {
  const toks = res.view.toks;
  // "the government and people of Iraq"
  if (toks[j]?.lower === "and" && toks[j + 1]?.pos === "NOUN" && !toks[j + 1]!.capitalised) j += 2;
  const prep = toks[j];
  if (!prep || (prep.lower !== "of" && prep.lower !== "in")) return null;
  const n = res.namedAt[j + 1];
  if (!n || n.from !== j + 1 || !n.entry || n.entry.kind !== "country" || toks[j + 1]!.sentence !== prep.sentence) return null;
  return { country: n.entry.country!, mention: n };
}

/**
 * "The IS-K claimed the bombing ... the group said": a definite group anaphor is the armed group
 * (or, for "the group", also a non-governmental organisation) mentioned most recently before it,
 * within a few sentences.
 */
export function resolveDeferredGroups(res: Resolution, deferred: readonly DeferredPerson[]): void {
  const toks = res.view.toks;
  for (const d of deferred) {
    if (d.kind !== "group") continue;
    const head = d.hit.head.words.join(" ");
    const kinds = head === "group" || head === "movement" || head === "network" ? ["armed group", "ngo"] : head === "coalition" ? ["igo"] : ["armed group"];
    const sentence = toks[d.hit.from]!.sentence;
    let best: ActorBuilder | null = null;
    let bestEnd = -1;
    const named = new Set<ActorBuilder>();
    const namedByWords = new Set<ActorBuilder>();
    for (const b of new Set([...res.builders.values()].map(resolveBuilder))) {
      // Descriptions ("Unidentified Armed Group (Iraq)") are no group a later phrase can refer back to.
      if (!kinds.includes(b.kind) || b.key.startsWith("collective:") || (head === "coalition" && !/coalition/i.test(b.name))) continue;
      // Groups the text itself presents as armed (a dictionary armed group, or one whose members it calls rebels).
      if (b.entry?.kind === "armed group" || b.partyType === "REB") named.add(b);
      // Else groups whose own name's words make them armed ("Farabundo Marti National Liberation Front"), a weaker sign:
      // a unit's name ("4th Infantry Brigade") has them too, so these count only when the text presents no group as armed.
      else if (!b.entry && b.kind === "armed group") namedByWords.add(b);
      for (const m of b.mentions) {
        if (m.end > d.span.start || m.end <= bestEnd) continue;
        // "Al Shabaab, the al Qaeda-linked militant group ... said its fighters": a name that only says whom a party is tied to is not that party.
        if (TIED_TO_NAME.test(res.view.text.slice(m.end, m.end + TIED_TO_NAME_REACH))) continue;
        const at = toks[tokenIndexAt(res, m.start)];
        // A coalition is named once and then "the Coalition" throughout: no distance limit for it.
        if (!at || (head !== "coalition" && sentence - at.sentence > MAX_SENTENCES_BACK_FOR_GROUP_ANAPHOR)) continue;
        best = b;
        bestEnd = m.end;
      }
    }
    // "guerrillas" far from any name (before or after), in a story that names one armed group only: that group.
    const sole = named.size > 0 ? named : namedByWords;
    if (!best && d.hit.head.type === "REB" && sole.size === 1) best = [...sole][0]!;
    // "the coalition" in a story that names none: the coalition that fights where the story happens (theatres.tsv).
    if (!best) best = theatreActor(res, d.hit.head.id);
    if (!best) {
      // "the militants" with no group named before: still armed people, described.
      if (d.hit.head.label) describe(res, d.hit.head, countryBefore(res, d.left.from) ?? countryInSentence(res, d.hit.from) ?? res.placeFocus, d.left.wordsFrom, d.hit.to, `descriptor:${d.hit.head.id}+description`);
      continue;
    }
    addMention(best, d.span, d.text, `coref:the-${head}`);
    claimTokens(res, d.left.wordsFrom, d.hit.to, best);
  }
}

/**
 * A head used as a modifier of the noun after it ("coalition airstrikes", "coalition forces"), not
 * of a government ("a coalition government" is a cabinet of parties, no armed coalition).
 */
function isAttributiveUse(res: Resolution, next: number): boolean {
  const t = res.view.toks[next];
  if (!t || t.pos !== "NOUN" || t.sentence !== res.view.toks[next - 1]!.sentence) return false;
  return !(res.dict.headsByFirstWord.get(t.lower) ?? []).some((h) => h.sector === "gov");
}

/** The actor a bare head stands for in the story's theatre (the country its places lie in, else its focus), if theatres.tsv lists one. */
function theatreActor(res: Resolution, headId: string): ActorBuilder | null {
  const byCountry = res.dict.theatreActors.get(headId);
  const iso2 = res.placeFocus ?? res.focus;
  const id = byCountry && iso2 ? byCountry.get(iso2) : undefined;
  return id ? builderOfId(res, id) : null;
}

function tokenIndexAt(res: Resolution, offset: number): number {
  return res.view.startAt.get(offset) ?? tokenAtOrAfter(res.view, offset);
}

/**
 * "the official" is the unnamed person with that head met most recently before; "the Foreign
 * Secretary" is the person whose title ends the same way ("Foreign Secretary Boris Johnson").
 */
function corefDefinitePerson(res: Resolution, hit: HeadHit, left: Left, span: { start: number; end: number }, text: string): boolean {
  const toks = res.view.toks;
  const headWord = hit.head.words[hit.head.words.length - 1]!;
  const title = res.view.text.slice(toks[left.wordsFrom]!.start, toks[hit.to - 1]!.end).toLowerCase();
  let best: ActorBuilder | null = null;
  let bestScore = -1;
  for (const b of res.builders.values()) {
    const r = resolveBuilder(b);
    if (r.kind !== "person" || !r.title) continue;
    const own = r.title.toLowerCase();
    const sameTitle = own === title || own.endsWith(` ${title}`);
    const titleHead = r.descriptorHead ?? own.split(/\s+/).pop();
    // A bare head ("the minister") may refer to any holder of it; a fuller title ("the Prime Minister") only to the same title.
    if (!sameTitle && (titleHead !== headWord || title.includes(" "))) continue;
    const last = lastMentionEndBefore(r, span.start);
    if (last < 0) continue;
    const score = (sameTitle ? 1e9 : 0) + last;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (!best) return false;
  addMention(best, span, text, `coref:the-${headWord}`);
  claimTokens(res, left.from, hit.to, best);
  return true;
}
