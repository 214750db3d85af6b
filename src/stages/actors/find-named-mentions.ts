import { layer, type ActorKind, type Document, type EntityType } from "../../core/index.js";
import type { ActorDictionary, AliasRole, DictionaryEntry } from "./actor-dictionary.js";
import type { DictionaryMatch } from "./find-dictionary-matches.js";
import { CALENDAR_WORDS, COMPASS_WORDS } from "./heuristics.js";
import { tokenRange, type Tok, type TokenView } from "./token-view.js";
import { createOverlapIndex } from "../../core/overlap-index.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const ACTOR_WORDS = stageWordClasses("actors");

/** A named mention: an entity annotation, a dictionary match, or both agreeing on one span. */
export interface NamedMention {
  start: number;
  end: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  readonly text: string;
  readonly entityType: EntityType | null;
  readonly entityIds: string[];
  readonly entry: DictionaryEntry | null;
  readonly aliasRole: AliasRole | null;
  /** "place" for GPE/LOC entities that are not countries: places, not actors. */
  readonly kind: ActorKind | "place";
  /** Countries named inside an unknown organisation's name ("Afghan Red Crescent Society"). */
  readonly countryHint: string | null;
  readonly rule: string;
  /** Set when a descriptor phrase took this mention over ("Afghan" in "Afghan forces"). */
  consumed?: boolean;
}

const ACTOR_ENTITY_TYPES: ReadonlySet<string> = new Set(["PERSON", "ORG", "GPE", "LOC", "NORP"]);

/**
 * Joins the entity layer with dictionary matches. The dictionary decides identity where it covers an
 * entity; an entity that contains a country name is its own actor ("Bank of America"); a person's name
 * hides any alias inside it ("Chad" in "Chad Johnson").
 */
export function findNamedMentions(doc: Document, view: TokenView, dict: ActorDictionary, matches: readonly DictionaryMatch[]): NamedMention[] {
  const text = view.text;
  const used = new Set<DictionaryMatch>();
  const dropped = new Set<DictionaryMatch>();
  const out: NamedMention[] = [];
  // Matches overlapping an entity, and the mention already made from a match, are looked up, not
  // searched for each entity (quadratic on a long text).
  const matchSpans = createOverlapIndex(matches);
  const fromMatchAt = new Map<string, NamedMention>();
  const add = (n: NamedMention) => {
    out.push(n);
    const key = n.entry ? `${n.entry.id}@${n.start}` : null;
    if (key && !fromMatchAt.has(key)) fromMatchAt.set(key, n);
  };

  for (const e of layer(doc, "entity")) {
    if (!ACTOR_ENTITY_TYPES.has(e.data.type)) continue;
    const repaired = repairEntity(view, dict, e.data.type, trimEntitySpan(text, e.start, e.end));
    if (!repaired) continue;
    const { start, end, type } = repaired;
    const overlapping = matchSpans.overlapping(start, end).sort((a, b) => a - b).map((k) => matches[k]!);
    const covering = overlapping.find((m) => m.start <= start && m.end >= end);
    // A "person" that is exactly a known group's or organisation's name ("Shiite", "Hamas") is that actor.
    const personIsKnownActor = type === "PERSON" && !!covering && covering.start === start && covering.end === end && covering.entry.kind !== "country" && !covering.entry.id.startsWith("people:");
    if (covering && (type !== "PERSON" || personIsKnownActor)) {
      used.add(covering);
      const prev = fromMatchAt.get(`${covering.entry.id}@${covering.start}`);
      if (prev) prev.entityIds.push(e.id);
      else add(fromMatch(view, covering, personIsKnownActor ? null : type, [e.id]));
      continue;
    }
    const inside = overlapping.filter((m) => m.start >= start && m.end <= end);
    // "Fulani Ethnic Militia (Nigeria)": ACLED's label words capitalised are a description, not a name; the
    // descriptor finder reads them with the group before them, as it reads "Fulani ethnic militia".
    if (inside.length === 0 && isCapitalisedLabel(text.slice(start, end), dict)) continue;
    // "Federal troops clashed", "Government forces raided": a state word the model tagged alone, before a descriptor head, names nobody.
    if (inside.length === 0 && isStateWordBeforeHead(text, start, end, dict)) continue;
    // "BEIRUT, Jan 12 (Reuters)": a month the model tagged alone, before its day, is a date.
    if (inside.length === 0 && isMonthBeforeDay(text, start, end)) continue;
    // "Cyclone Mocha killed 30 people": a storm's name the model tagged as a person names no party.
    if (inside.length === 0 && type === "PERSON" && isNamedStorm(text.slice(start, end))) continue;
    // "an NSAG attacked": an acronym that is a descriptor head (heads.tsv) describes a party, it names none.
    if (inside.length === 0 && isHeadAcronym(text.slice(start, end), dict)) continue;
    const crossing = overlapping.filter((m) => !inside.includes(m));
    // Where a model's border crosses a dictionary alias, the longer reading wins.
    if (crossing.some((m) => m.end - m.start >= end - start)) continue;
    for (const m of inside) dropped.add(m);
    for (const m of crossing) dropped.add(m);
    // "Habar Gidir and Marehan", "Hamas and Islamic Jihad" tagged as one name: a list of known actors is those actors.
    if (crossing.length === 0 && isListOfMatches(text, start, end, inside)) {
      for (const m of inside) {
        dropped.delete(m);
        used.add(m);
        const prev = fromMatchAt.get(`${m.entry.id}@${m.start}`);
        if (prev) prev.entityIds.push(e.id);
        else add(fromMatch(view, m, type, [e.id]));
      }
      continue;
    }
    const r = tokenRange(view, start, end);
    const countryHint = inside.find((m) => m.entry.kind === "country" || m.entry.id.startsWith("people:"))?.entry.country ?? null;
    const inner = inside.length === 1 ? inside[0]! : undefined;
    const surface = text.slice(start, end);
    if (inner && (type === "ORG" || type === "NORP")) {
      const rest = leftoverWords(surface, text.slice(inner.start, inner.end));
      const sector = innerIsCountry(inner) ? sectorOfWords(rest, dict) : null;
      const sectorEntry = sector && inner.entry.country ? dict.entries.get(`${sector}:${inner.entry.country}`) : undefined;
      if (sectorEntry) {
        // "Iraqi Security Forces" tagged as one ORG is Iraq's military.
        dropped.delete(inner);
        add({ ...fromMatch(view, inner, type, [e.id]), start, end, from: r.from, to: r.to, text: surface, entry: sectorEntry, kind: sectorEntry.kind, aliasRole: "name", rule: `dictionary:${sectorEntry.id}+entity-sector` });
        continue;
      }
      if (namesOnlyTheInnerActor(inner, rest, dict)) {
        // "Taliban regime" is the Taliban; "UN Security Council Resolution" names the Council; "Lebanon November" is Lebanon.
        dropped.delete(inner);
        used.add(inner);
        add(fromMatch(view, inner, type, [e.id]));
        continue;
      }
    }
    add({
      start,
      end,
      from: r.from,
      to: r.to,
      text: surface,
      entityType: type,
      entityIds: [e.id],
      entry: null,
      aliasRole: null,
      kind: isNamedSettlement(view, dict, type, r.to) || isHeldTerritory(view, r.from) || beforeAdminBracket(view, type, r.to) || insideAdminBracket(view, type, r.from) ? "place" : kindOfEntity(type, surface, dict),
      countryHint,
      rule: `entity:${type}`,
    });
  }
  for (const m of matches) if (!used.has(m) && !dropped.has(m)) out.push(fromMatch(view, m, null, []));
  out.push(...untaggedAcronymsBeforeMembers(view, dict, out));
  readGroupNamesBeforeGroupNouns(view, out);
  readGroupNamesInApposition(view, out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop a mention nested in an earlier, longer one (two entity models disagreeing, or an entity inside a match).
  const clean: NamedMention[] = [];
  for (const n of out) {
    const last = clean[clean.length - 1];
    if (last && n.start < last.end) continue;
    clean.push(n);
  }
  return clean;
}

function fromMatch(view: TokenView, m: DictionaryMatch, type: EntityType | null, entityIds: string[]): NamedMention {
  return {
    start: m.start,
    end: m.end,
    from: m.from,
    to: m.to,
    text: view.text.slice(m.start, m.end),
    entityType: type ?? m.entry.entityType,
    entityIds,
    entry: m.entry,
    aliasRole: m.alias.role,
    kind: m.entry.kind,
    countryHint: m.entry.country,
    rule: `dictionary:${m.entry.id}`,
  };
}

/** Drops a leading "the" and a trailing possessive from an entity span. */
export function trimEntitySpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  // Invisible format characters (left-to-right marks) and spaces at either edge are not part of a name.
  while (s < e && /[\s\p{Cf}]/u.test(text[s]!)) s++;
  while (e > s && /[\s\p{Cf}]/u.test(text[e - 1]!)) e--;
  const lead = /^(the|The|THE)\s+/.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  const tail = /(['’]s|['’])$/.exec(text.slice(s, e));
  if (tail) e -= tail[0].length;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Words of an entity outside the dictionary alias inside it, in their own case. */
function leftoverWords(surface: string, inner: string): string[] {
  return surface.replace(inner, " ").split(/[\s,]+/).filter((w) => w.length > 0 && !/^['’]s$/.test(w));
}

/**
 * True when an entity is just a known actor plus words that add no name of their own: heads and
 * plain words after an organisation ("Taliban regime", "UN Security Council Resolution"), lower-case
 * or calendar words after a country ("Lebanon November"), but not "Bank of America".
 */
function namesOnlyTheInnerActor(inner: DictionaryMatch, rest: readonly string[], dict: ActorDictionary): boolean {
  if (innerIsCountry(inner)) return rest.every((w) => !/^\p{Lu}/u.test(w) || CALENDAR_WORDS.has(w.toLowerCase()) || COMPASS_WORDS.has(w.toLowerCase()));
  return isOnlyDescriptorWords(rest, dict) || !rest.some((w) => dict.orgHeads.has(w.toLowerCase()));
}

/** What may stand between the names of a list tagged as one name: "and", a comma, "&". */
const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "&", ", and"]);

/** Whether [start, end) is two or more dictionary names joined only by LIST_JOINERS, end to end. */
function isListOfMatches(text: string, start: number, end: number, inside: readonly DictionaryMatch[]): boolean {
  if (inside.length < 2) return false;
  const sorted = [...inside].sort((a, b) => a.start - b.start);
  if (sorted[0]!.start !== start || sorted[sorted.length - 1]!.end !== end) return false;
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]!.start < sorted[k - 1]!.end) return false;
    if (!LIST_JOINERS.has(text.slice(sorted[k - 1]!.end, sorted[k]!.start).trim().replace(/\s+/g, " "))) return false;
  }
  return true;
}

const LABEL_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("label-words");

/** "Ethnic Militia", "Communal Militia": a label word of ACLED's actor names, then descriptor heads only. */
function isCapitalisedLabel(surface: string, dict: ActorDictionary): boolean {
  const words = surface.split(/\s+/);
  return words.length >= 2 && LABEL_WORDS.has(words[0]!.toLowerCase()) && isOnlyDescriptorWords(words.slice(1), dict);
}

const STATE_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("state-words");

/** One state word ("Federal") with a descriptor head right after it ("troops"). */
function isStateWordBeforeHead(text: string, start: number, end: number, dict: ActorDictionary): boolean {
  if (!STATE_WORDS.has(text.slice(start, end).toLowerCase())) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + NEXT_WORD_MAX_CHARS));
  return next !== null && isOnlyDescriptorWords([next[1]!], dict);
}
/** The word after an entity, past spaces ("Federal| troops"): letters only, so the match is linear. */
const NEXT_WORD = /^\s+(\p{L}+)/u;
/** How far after an entity its next word is looked for. Unit: characters. */
const NEXT_WORD_MAX_CHARS = 40;
/** A word in capitals, with a plural "s" or not, that is a one-word descriptor head ("NSAG", "NSAGs"). */
function isHeadAcronym(surface: string, dict: ActorDictionary): boolean {
  return /^\p{Lu}{2,}s?$/u.test(surface) && isOnlyDescriptorWords([surface], dict);
}

function innerIsCountry(m: DictionaryMatch): boolean {
  return m.entry.kind === "country" || m.entry.id.startsWith("people:");
}

function isOnlyDescriptorWords(rest: readonly string[], dict: ActorDictionary): boolean {
  return rest.every((w) => dict.headsByFirstWord.get(w.toLowerCase())?.some((h) => h.words.length === 1 && h.role !== "person" && h.role !== "office") === true);
}

/** The sector a head phrase names ("security forces" is military), or null. */
function sectorOfWords(rest: readonly string[], dict: ActorDictionary): "gov" | "mil" | "police" | null {
  const words = rest.map((w) => w.toLowerCase());
  const head = dict.headsByFirstWord.get(words[0] ?? "")?.find((h) => h.words.length === words.length && h.words.every((w, i) => w === words[i]));
  if (!head || (head.role !== "sector" && head.role !== "member") || !head.sector || head.sector === "media") return null;
  return head.sector;
}

/**
 * Fixes entity spans the model often gets wrong: a title glued to a name ("Special Advisor Thames"
 * is the person Thames), a title alone ("Special Advisor"), a lone generic word ("Department"),
 * a possessive inside ("Department's work").
 */
function repairEntity(view: TokenView, dict: ActorDictionary, type: EntityType, span: { start: number; end: number }): { start: number; end: number; type: EntityType } | null {
  let { start, end } = span;
  const inner = /['’]s\s/.exec(view.text.slice(start, end));
  if (inner) end = start + inner.index;
  const r = tokenRange(view, start, end);
  // "Near Rawah", "In Kabul": a capitalised preposition is not part of a name.
  const before = r.from;
  while (r.from < r.to - 1 && view.toks[r.from]!.pos === "ADP") r.from++;
  // A "person" the model found after "Near" or "In" is a place it mistook.
  if (r.from > before && type === "PERSON") return null;
  start = Math.max(start, view.toks[r.from]?.start ?? start);
  let from = r.from;
  let sawHead = false;
  while (from < r.to) {
    const t = view.toks[from]!;
    const roles = dict.titleWords.get(t.lower);
    if (!t.capitalised || !roles || roles.every((x) => x.role === "honorific")) break;
    sawHead ||= roles.some((x) => x.role === "head");
    from++;
  }
  if (from === r.to && from > r.from) return null; // only title words
  if (from > r.from && sawHead && type !== "GPE" && type !== "LOC") {
    const rest = view.toks.slice(from, r.to);
    if (rest.every((t) => t.capitalised)) return { start: rest[0]!.start, end: rest[rest.length - 1]!.end, type: "PERSON" };
  }
  if (type === "ORG" && r.to - r.from === 1 && dict.orgHeads.has(view.toks[r.from]!.lower)) return null;
  if (end <= start) return null;
  return { start, end, type };
}

/**
 * "Gunmen attacked Yelwata village", "raided Jenin refugee camp": a name the model typed as a person or an
 * organisation, with a place's word after it (org-heads.tsv kind "place", maybe after one lower-case word) that ends the noun phrase, is
 * that place, no party (a dictionary name never comes here). "Shura district chief" goes on to a noun:
 * the word is part of another phrase.
 */
function isNamedSettlement(view: TokenView, dict: ActorDictionary, type: EntityType, to: number): boolean {
  if (type !== "ORG" && type !== "PERSON") return false;
  const sentence = view.toks[to - 1]?.sentence;
  // "Jenin refugee camp", "Kidal border town": one lower-case word may stand before the place's word.
  const modifier = view.toks[to];
  const head = isPlaceWordAt(view, dict, to, sentence) ? to : modifier && !modifier.capitalised && (modifier.pos === "NOUN" || modifier.pos === "ADJ") && isPlaceWordAt(view, dict, to + 1, sentence) ? to + 1 : -1;
  if (head < 0) return false;
  const after = view.toks[head + 1];
  return !after || after.sentence !== sentence || (after.pos !== "NOUN" && after.pos !== "PROPN");
}

/**
 * Whether token k is a lower-case place's word (org-heads.tsv kind "place") of the sentence. A module function:
 * a closure bound to a name in isNamedSettlement cost a defineProperty at every call under the bundle's keepNames.
 */
function isPlaceWordAt(view: TokenView, dict: ActorDictionary, k: number, sentence: number | undefined): boolean {
  const t = view.toks[k];
  return !!t && !t.capitalised && t.sentence === sentence && dict.orgHeads.get(t.lower)?.kind === "place";
}

/** Most tokens an incident note's admin bracket "(Beni, Nord-Kivu)" is read over. */
const MAX_ADMIN_BRACKET_TOKENS = 12;

/**
 * "in Tougouri (Tougouri, Namentenga)", "Bara (Bara, North Kordofan)": a name the model typed as a person or an
 * organisation, right before a bracket of two or three capitalised names parted by commas (an incident note's
 * district and province), is a place, no party. A party's bracket names one thing ("(Sinai)", "(2014-)").
 */
function beforeAdminBracket(view: TokenView, type: EntityType, to: number): boolean {
  if (type !== "ORG" && type !== "PERSON") return false;
  const open = view.toks[to];
  if (open?.text !== "(" || open.sentence !== view.toks[to - 1]?.sentence) return false;
  let parts = 0;
  let wordsInPart = 0;
  for (let k = to + 1; k < view.toks.length && k <= to + MAX_ADMIN_BRACKET_TOKENS; k++) {
    const t = view.toks[k]!;
    if (t.sentence !== open.sentence) return false;
    if (t.text === "," || t.text === ")") {
      if (wordsInPart === 0) return false;
      parts++;
      wordsInPart = 0;
      if (t.text === ")") return parts >= 2 && parts <= 3;
      continue;
    }
    // A part opens with a capitalised word of two letters or more ("(R, Texas)" is no district).
    if (wordsInPart === 0 && (!t.capitalised || t.text.length < 2)) return false;
    wordsInPart++;
  }
  return false;
}

/** "(Bara, North Kordofan)": a name the model typed as a person or an organisation inside such a bracket is a place too. */
function insideAdminBracket(view: TokenView, type: EntityType, from: number): boolean {
  const before = view.toks[from - 1];
  if (before?.text !== "(" && before?.text !== ",") return false;
  for (let k = from - 1; k >= 1 && k >= from - MAX_ADMIN_BRACKET_TOKENS; k--) {
    const t = view.toks[k]!;
    if (t.sentence !== view.toks[from]!.sentence || t.text === ")") return false;
    if (t.text === "(") return beforeAdminBracket(view, type, k);
  }
  return false;
}

/** Participles that, joined to a party ("rebel-held", "Indian-administered"), make the name after them a territory. */
const TERRITORY_PARTICIPLES: ReadonlySet<string> = ACTOR_WORDS.get("territory-participles");

/** "bombed rebel-held Eastern Ghouta", "government-controlled Marib": a name after a party's hold on it is a place, not a party. */
function isHeldTerritory(view: TokenView, from: number): boolean {
  const prev = view.toks[from - 1];
  if (!prev || prev.sentence !== view.toks[from]?.sentence) return false;
  const hyphen = prev.lower.lastIndexOf("-");
  return hyphen > 0 && TERRITORY_PARTICIPLES.has(prev.lower.slice(hyphen + 1));
}

function kindOfEntity(type: EntityType, surface: string, dict: ActorDictionary): ActorKind | "place" {
  // "Anbar Province", "Tabqa Dam": a place the model typed as a person or an organisation.
  const last = surface.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).pop() ?? "";
  if ((type === "PERSON" || type === "ORG") && dict.orgHeads.get(last)?.kind === "place") return "place";
  if (type === "PERSON") return namesAnOrganisation(surface, dict) || opensWithPluralArticle(surface) ? kindOfOrganisationName(surface, dict) : "person";
  if (type === "GPE" || type === "LOC") return "place";
  if (type === "NORP") return "group";
  const kind = kindOfOrganisationName(surface, dict);
  // A document, agreement or gathering is no actor; like a place, it is left to other stages.
  return kind === "other" ? "place" : kind;
}

/**
 * "Farabundo Marti National Liberation", "Popular Liberation Army": a name of three words or more the
 * entity model typed as a person (more often in text whose case was restored: "front" left lower-case)
 * but that holds, after its first word, a word organisations name themselves by (org-heads.tsv, not a
 * place's or a document's) is an organisation. Two-word names stay persons ("John Court").
 */
function namesAnOrganisation(surface: string, dict: ActorDictionary): boolean {
  const words = surface.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length < MIN_ORGANISATION_NAME_WORDS) return false;
  return words.slice(1).some((w) => { const k = dict.orgHeads.get(w)?.kind; return k !== undefined && k !== "place" && k !== "other"; });
}
/** Spanish plural articles, which open a group's name and never one person's ("Los Chone Killers", "Las Cobras"). */
const PLURAL_NAME_ARTICLES: ReadonlySet<string> = ACTOR_WORDS.get("plural-name-articles");

/** Whether the text from start to end is one month name or abbreviation ("Jan", "Sept.") with a day number right after it. */
function isMonthBeforeDay(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).replace(/\.$/, "").toLowerCase();
  return CALENDAR_WORDS.has(word) && DAY_AFTER.test(text.slice(end, end + DAY_AFTER_REACH));
}
/** A day number right after a month: " 12", ". 3,". */
const DAY_AFTER = /^\.?\s{1,2}\d{1,2}\b/;
const DAY_AFTER_REACH = 6;

/** Words that title a named storm ("Cyclone Mocha"). */
const STORM_TITLE_WORDS: ReadonlySet<string> = ACTOR_WORDS.get("storm-title-words");

/** Whether a name opens with a storm's title and has a name after it ("Typhoon Haiyan"). */
function isNamedStorm(surface: string): boolean {
  const space = surface.indexOf(" ");
  return space > 0 && STORM_TITLE_WORDS.has(surface.slice(0, space).toLowerCase());
}

/** "Los Chone Killers", "Los Shottas": a person-typed name of two words or more opening with a plural article names a group. */
function opensWithPluralArticle(surface: string): boolean {
  const words = surface.split(/[^\p{L}]+/u).filter(Boolean);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && PLURAL_NAME_ARTICLES.has(words[0]!.toLowerCase());
}
/** Words of the shortest person-typed name read as an organisation by its words ("Popular Liberation Army": 3). */
const MIN_ORGANISATION_NAME_WORDS = 3;

/** The kind an organisation's own name suggests; its last telling word wins ("Army Times" is media). */
export function kindOfOrganisationName(name: string, dict: ActorDictionary): ActorKind {
  let kind: ActorKind = "organisation";
  for (const w of name.toLowerCase().split(/[^\p{L}]+/u)) {
    const hit = dict.orgHeads.get(w);
    // "Police Forces of Tanzania", "Federal Police Force": the police word says whose forces they are.
    if (hit && hit.kind !== "place" && !(kind === "police" && hit.kind === "military")) kind = hit.kind;
  }
  return kind;
}

/** Nouns that, right after a name, say the name is an armed organisation's ("the Gran Grif gang", "the Mai-Mai Yakutumba militia"). */
const GROUP_NAME_NOUNS: ReadonlySet<string> = ACTOR_WORDS.get("group-name-nouns");
/** Words a group's own name may hold beside capitalised words: "the 5 Segonn gang", "the Mai-Mai Yakutumba militia". Unit: tokens. */
const MAX_GROUP_NAME_TOKENS = 4;

/**
 * "Members of the Gran Grif gang opened fire", "fighters of the Mai-Mai Yakutumba militia": a name right before a
 * group noun is an armed group's, whatever the entity model made of it (a person, an organisation, nothing).
 * Only after "the" (a name, not a description: "a Haitian gang"), and not in an all-capitals line.
 */
function readGroupNamesBeforeGroupNouns(view: TokenView, named: NamedMention[]): void {
  const { toks } = view;
  for (let h = 2; h < toks.length; h++) {
    const head = toks[h]!;
    if (!GROUP_NAME_NOUNS.has(head.lower) || view.shouting[head.sentence] || !toks[h - 1]!.capitalised) continue;
    // The name: capitalised words (and a number inside it) back to "the".
    let from = h - 1;
    while (from > 0 && h - from < MAX_GROUP_NAME_TOKENS && toks[from - 1]!.sentence === head.sentence && toks[from - 1]!.lower !== "the" && (toks[from - 1]!.capitalised || /^\d+$/.test(toks[from - 1]!.text))) from--;
    if (toks[from - 1]?.lower !== "the" || toks[from - 1]!.sentence !== head.sentence) continue;
    const start = toks[from]!.start, end = toks[h - 1]!.end;
    const k = named.findIndex((n) => n.start <= start && n.end >= end);
    const covering = k >= 0 ? named[k]! : null;
    // A known actor ("the Wagner group") or a place ("the Kivu militia") keeps its own reading.
    if (covering && (covering.entry || covering.kind === "place" || covering.kind === "armed group")) continue;
    // Inside the name, only unknown names the model cut short ("Segonn" of "the 5 Segonn gang") give way.
    const inside = covering ? [] : named.filter((n) => n.start < end && n.end > start);
    if (inside.some((n) => n.start < start || n.end > end || n.entry || n.kind === "place")) continue;
    const at = covering ?? { start, end, from, to: h, text: view.text.slice(start, end), entityIds: inside.flatMap((n) => n.entityIds), countryHint: null };
    const mention: NamedMention = { ...at, entityType: "ORG", entry: null, aliasRole: null, kind: "armed group", rule: "name-before-group-noun" };
    if (covering) named[k] = mention;
    else {
      for (const n of inside) named.splice(named.indexOf(n), 1);
      named.push(mention);
    }
  }
}

/** Nouns of an organisation a name may stand in apposition to ("a little-known group, Tehreek-e-Jihad Pakistan, claimed"). */
const APPOSED_GROUP_NOUNS: ReadonlySet<string> = ACTOR_WORDS.get("apposed-group-nouns");
/** Words before such a noun that make the organisation an armed one ("a militant group", "a splinter faction"). */
const ARMED_GROUP_MODIFIERS: ReadonlySet<string> = ACTOR_WORDS.get("armed-group-modifiers");
/** Words from a name's comma back to the group noun, or from the comma after it to the noun ("a little-known militant group": 3). Unit: tokens. */
const APPOSITION_REACH_TOKENS = 4;

/**
 * "A little-known group, Tehreek-e-Jihad Pakistan, claimed responsibility", "Jaish al-Adl, a militant group, said": a
 * name no dictionary knows, set off by commas beside a noun of an organisation, is that organisation's name, whatever
 * the entity model tagged (a location, here); an armed one when a word before the noun says so or the noun is one.
 */
function readGroupNamesInApposition(view: TokenView, named: NamedMention[]): void {
  const { toks } = view;
  for (let k = 0; k < named.length; k++) {
    const n = named[k]!;
    if (n.entry || n.kind === "person" || n.kind === "armed group" || view.shouting[toks[n.from]!.sentence]) continue;
    const before = groupNounBefore(toks, n.from);
    const noun = before >= 0 ? before : groupNounAfter(toks, n.to);
    if (noun < 0) continue;
    const armed = ARMED_GROUP_NOUNS_OF_THEIR_OWN.has(toks[noun]!.lower) || modifiedAsArmed(toks, noun);
    named[k] = { ...n, entityType: "ORG", kind: armed ? "armed group" : "organisation", rule: "name-in-apposition-to-group" };
  }
}

/** Group nouns that are armed by themselves ("a splinter faction" is no less armed than "a militia"). */
const ARMED_GROUP_NOUNS_OF_THEIR_OWN: ReadonlySet<string> = ACTOR_WORDS.get("armed-group-nouns");

/** The group noun ending the phrase right before the name's comma ("a little-known group, X"), or -1. */
function groupNounBefore(toks: readonly Tok[], from: number): number {
  const comma = from - 1;
  if (toks[comma]?.text !== "," || toks[comma - 1] === undefined || toks[comma - 1]!.sentence !== toks[from]!.sentence) return -1;
  if (!APPOSED_GROUP_NOUNS.has(toks[comma - 1]!.lower)) return -1;
  // An article opens the phrase within reach: "a little-known group", "the militant outfit".
  for (let i = comma - 2; i >= 0 && comma - 1 - i <= APPOSITION_REACH_TOKENS; i--) if (APPOSITION_ARTICLES.has(toks[i]!.lower)) return comma - 1;
  return -1;
}

/** The group noun of the phrase right after the name's comma (", a militant group,"), or -1. */
function groupNounAfter(toks: readonly Tok[], to: number): number {
  if (toks[to]?.text !== "," || !APPOSITION_ARTICLES.has(toks[to + 1]?.lower ?? "")) return -1;
  for (let i = to + 2; i < toks.length && i - (to + 1) <= APPOSITION_REACH_TOKENS && toks[i]!.sentence === toks[to]!.sentence; i++) {
    if (APPOSED_GROUP_NOUNS.has(toks[i]!.lower)) return toks[i + 1]?.text === "," || toks[i + 1]?.text === "." || toks[i + 1]?.lower === "that" || toks[i + 1]?.lower === "which" ? i : -1;
    if (toks[i]!.text === ",") return -1;
  }
  return -1;
}
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** Whether a word between the article and the group noun calls it armed ("a militant group", "a splinter faction"). */
function modifiedAsArmed(toks: readonly Tok[], noun: number): boolean {
  for (let i = noun - 1; i >= 0 && noun - i <= APPOSITION_REACH_TOKENS; i--) {
    if (APPOSITION_ARTICLES.has(toks[i]!.lower)) return false;
    if (ARMED_GROUP_MODIFIERS.has(toks[i]!.lower)) return true;
  }
  return false;
}

/** An acronym's shape: two to six capitals ("FMLN", "CODECO"); digits and lower case make it something else. */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * "FMLN guerrillas attacked a post": an acronym neither the entity model nor the dictionary named, right before
 * the head of an armed group's members, is that group's name (an organisation), so the members are its own and
 * not an unidentified armed group. Not in an all-capitals line, where every word has the shape.
 */
function untaggedAcronymsBeforeMembers(view: TokenView, dict: ActorDictionary, named: readonly NamedMention[]): NamedMention[] {
  const { toks } = view;
  // A flag per token, not a set of their numbers: every token is tested.
  const taken = new Uint8Array(toks.length);
  for (const n of named) for (let k = Math.max(0, n.from); k < n.to && k < toks.length; k++) taken[k] = 1;
  const found: NamedMention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1]!;
    if (taken[i] === 1 || next.sentence !== t.sentence || view.shouting[t.sentence] || !ACRONYM.test(t.text)) continue;
    const heads = dict.headsByFirstWord.get(next.lower);
    if (!heads?.some((h) => h.role === "member" && h.plural && (h.type === "REB" || h.type === "UAF"))) continue;
    found.push({ start: t.start, end: t.end, from: i, to: i + 1, text: t.text, entityType: "ORG", entityIds: [], entry: null, aliasRole: null, kind: kindOfEntity("ORG", t.text, dict), countryHint: null, rule: "acronym-before-members" });
  }
  return found;
}
