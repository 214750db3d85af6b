import { addMention, createBuilder, lastMentionEnd, lastMentionEndBefore, mentionStartRange, resolveBuilder, type ActorBuilder } from "./actor-builder.js";
import { CALENDAR_WORDS, MAX_NAME_TOKENS, NAME_PARTICLE_TOKEN } from "./heuristics.js";
import { isCountryLike, readPersonTitle } from "./read-person-title.js";
import { builderOfNamed, claimTokens, sectorBuilder, type Resolution } from "./resolution.js";

interface PersonMention {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string;
  readonly entityIds: readonly string[];
}

/**
 * Persons: every PERSON entity, plus names the entity model missed right after a title
 * ("foreign minister Amir Khan Muttaqi") or an honorific ("Mr West"). A later surname alone
 * ("Muttaqi") is the most recent person with that surname; two full names that share a surname
 * but differ in first name stay two people.
 */
export function resolvePersons(res: Resolution): void {
  const mentions = collectPersonMentions(res);
  const persons: ActorBuilder[] = [];
  // Persons by the surname key of their name, in the order they were met: a mention is compared with
  // the persons of its surname only, not with every person (quadratic on a long text). isSameName
  // needs equal surname keys, and a person's name only ever grows into a name with the same surname.
  const bySurname = new Map<string, ActorBuilder[]>();
  for (const pm of mentions) {
    const tokens = nameTokens(res, pm);
    if (tokens.length === 0) continue;
    const title = readPersonTitle(res, pm.from, pm.to);
    const surname = surnameKey(tokens[tokens.length - 1]!);
    // "Carlos Pizarro Leongomez" ... "Carlos Pizarro": a name of three or more words is also filed under its
    // next-to-last word, the paternal surname of a Spanish or Portuguese double surname.
    const paternal = tokens.length >= 3 ? surnameKey(tokens[tokens.length - 2]!) : null;
    let target = findSamePerson([...(bySurname.get(surname) ?? []), ...(paternal ? bySurname.get(paternal) ?? [] : [])], tokens);
    let rule = pm.rule;
    // A title before a bare surname may belong to a namesake ("President Clinton" after "Hillary Clinton").
    const titleApplies = !target || tokens.length > 1;
    if (!target) {
      target = createBuilder(`person:${pm.start}`, { name: displayName(res, pm), kind: "person", entityType: "PERSON", nameTokens: tokens });
      res.builders.set(target.key, target);
      persons.push(target);
      fileUnder(bySurname, surname, target);
      if (paternal) fileUnder(bySurname, paternal, target);
    } else {
      rule = `${pm.rule}+${tokens.length === 1 ? "surname" : "same-name"}`;
      if (tokens.length > (target.nameTokens?.length ?? 0)) {
        target.name = displayName(res, pm);
        target.nameTokens = tokens;
        fileUnder(bySurname, surname, target);
        if (paternal) fileUnder(bySurname, paternal, target);
      }
    }
    addMention(target, pm, pm.text, rule);
    claimTokens(res, pm.from, pm.to, target);
    if (title && titleApplies && !target.title) applyTitle(res, target, title, pm.start);
    if (title?.span && titleApplies) addMention(target, title.span, res.view.text.slice(title.span.start, title.span.end), "title-appositive");
  }
  scanSurnames(res, persons);
  for (const p of persons) {
    const r = resolveBuilder(p);
    if (!r.country && r.affiliation) r.country = resolveBuilder(r.affiliation).country;
  }
}

function collectPersonMentions(res: Resolution): PersonMention[] {
  const out: PersonMention[] = [];
  const toks = res.view.toks;
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  for (const n of res.named) {
    if (n.kind !== "person") continue;
    // Names the entity model cut short: "Haider" + "al-Abadi", "Amir" + "Khan" + "Muttaqi".
    let from = n.from;
    let to = n.to;
    const sentence = toks[n.from]!.sentence;
    while (to < toks.length && to - from < MAX_NAME_TOKENS && toks[to]!.sentence === sentence && (!res.namedAt[to] || isNisba(res, to)) && (NAME_PARTICLE_TOKEN.test(toks[to]!.text) || continuesName(res, to))) {
      // "Abu Jandal al-Kuwaiti": the demonym inside the particle's word is part of the name, no nationality.
      if (res.namedAt[to]) res.namedAt[to]!.consumed = true;
      to++;
    }
    while (from > 0 && to - from < MAX_NAME_TOKENS && toks[from - 1]!.sentence === sentence && !res.namedAt[from - 1] && continuesName(res, from - 1) && !isSentenceStart(res, from - 1)) from--;
    if (from < n.from || to > n.to) {
      const start = toks[from]!.start;
      const end = toks[to - 1]!.end;
      out.push({ from, to, start, end, text: res.view.text.slice(start, end), rule: "entity:PERSON+name-extended", entityIds: n.entityIds });
      continue;
    }
    out.push({ from: n.from, to: n.to, start: n.start, end: n.end, text: n.text, rule: "entity:PERSON", entityIds: n.entityIds });
    const words = n.text.toLowerCase().split(/\s+/);
    if (words.length > 1) {
      fullNames.add(words.join(" "));
      surnames.add(words[words.length - 1]!);
    }
  }
  // A person's name the entity model typed as an organisation elsewhere ("Trump" as ORG beside "Donald Trump").
  for (const n of res.named) {
    if (n.entry || (n.kind !== "organisation" && n.kind !== "group")) continue;
    const lower = n.text.toLowerCase();
    if (fullNames.has(lower) || (!lower.includes(" ") && surnames.has(lower))) {
      n.consumed = true;
      out.push({ from: n.from, to: n.to, start: n.start, end: n.end, text: n.text, rule: "entity:ORG-as-person", entityIds: n.entityIds });
    }
  }
  // Names after a title or honorific that no entity covers.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const roles = res.dict.titleWords.get(t.lower);
    if (!roles || res.namedAt[i] || res.claimed[i]) continue;
    const isHonorific = roles.some((r) => r.role === "honorific");
    const isHead = roles.some((r) => r.role === "head");
    if (!isHonorific && !isHead) continue;
    let j = i + 1;
    while (j < toks.length && j - i - 1 < MAX_NAME_TOKENS && isNameToken(res, j, t.sentence, j > i + 1)) j++;
    const length = j - i - 1;
    if (length === 0 || (length === 1 && !isHonorific && !t.capitalised)) continue;
    const from = i + 1;
    if (out.some((o) => o.from <= from && from < o.to)) continue;
    const start = toks[from]!.start;
    const end = toks[j - 1]!.end;
    out.push({ from, to: j, start, end, text: res.view.text.slice(start, end), rule: isHonorific ? "honorific+name" : "title+name", entityIds: [] });
    i = j - 1;
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** A capitalised proper-noun token glued to a name by one space, that is no title word. */
/**
 * "al-Kuwaiti", "al-Masri", "al-Iraqi": a name particle's word whose rest the dictionary reads as
 * a demonym or a country (a nisba, part of an Arabic name), not a mention of that country's people.
 */
function isNisba(res: Resolution, j: number): boolean {
  const n = res.namedAt[j];
  return !!n && n.from === j && n.to === j + 1 && !!n.entry && (n.entry.kind === "country" || n.entry.id.startsWith("people:")) && NAME_PARTICLE_TOKEN.test(res.view.toks[j]!.text);
}

function continuesName(res: Resolution, j: number): boolean {
  const t = res.view.toks[j]!;
  if (!t.capitalised || t.pos !== "PROPN" || res.dict.titleWords.has(t.lower) || res.dict.orgHeads.has(t.lower)) return false;
  return !CALENDAR_WORDS.has(t.lower);
}

function isSentenceStart(res: Resolution, j: number): boolean {
  const prev = res.view.toks[j - 1];
  return !prev || prev.sentence !== res.view.toks[j]!.sentence;
}

function isNameToken(res: Resolution, j: number, sentence: number, afterFirstName: boolean): boolean {
  const t = res.view.toks[j]!;
  const named = res.namedAt[j];
  // A surname that is also a country's name ("Jim Jordan") continues a name; the country is then not mentioned.
  const countrySurname = afterFirstName && !!named && named.entry?.kind === "country" && named.to - named.from === 1 && named.entityIds.length === 0;
  if (t.sentence !== sentence || !t.capitalised || t.pos !== "PROPN" || (named && !countrySurname) || res.claimed[j]) return false;
  if (countrySurname) named!.consumed = true;
  if (res.dict.titleWords.get(t.lower)?.some((r) => r.role !== "honorific")) return false;
  return !res.dict.orgHeads.has(t.lower);
}

function nameTokens(res: Resolution, pm: PersonMention): string[] {
  const words = res.view.text
    .slice(pm.start, pm.end)
    .replace(/[’']s$/, "")
    .replace(/\p{Cf}/gu, "")
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(/[’']/g, "'").replace(/[.,]$/, ""))
    .filter((w) => w.length > 0);
  while (words.length > 1 && res.dict.titleWords.get(words[0]!)?.some((r) => r.role === "honorific")) words.shift();
  return words;
}

function displayName(res: Resolution, pm: PersonMention): string {
  const words = pm.text.replace(/[’']s$/, "").replace(/\p{Cf}/gu, "").trim().split(/\s+/);
  while (words.length > 1 && res.dict.titleWords.get(words[0]!.toLowerCase())?.some((r) => r.role === "honorific")) words.shift();
  return words.join(" ");
}

function findSamePerson(persons: readonly ActorBuilder[], tokens: readonly string[]): ActorBuilder | null {
  let best: ActorBuilder | null = null;
  let bestEnd = -1;
  for (const p of persons) {
    const r = resolveBuilder(p);
    const known = r.nameTokens ?? [];
    if (!isSameName(known, tokens)) continue;
    const last = lastMentionEnd(r);
    if (last > bestEnd) {
      best = r;
      bestEnd = last;
    }
  }
  return best;
}

function fileUnder(bySurname: Map<string, ActorBuilder[]>, key: string, person: ActorBuilder): void {
  const list = bySurname.get(key);
  if (!list) bySurname.set(key, [person]);
  else if (!list.includes(person)) list.push(person);
}

/**
 * Same person when the names are equal, when one is the other's surname alone, when one adds
 * middle names to the other (same first and last name), or when a longer name of three words or more
 * begins with the other or has it as its next-to-last word ("Carlos Pizarro", "Pizarro" of "Carlos Pizarro
 * Leongomez": a double surname shortened to its first).
 */
function isSameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(" ") === b.join(" ")) return true;
  if (beginsName(a, b) || beginsName(b, a)) return true;
  if (surnameKey(a[a.length - 1]!) !== surnameKey(b[b.length - 1]!)) return false;
  if (a.length === 1 || b.length === 1) return true;
  return a[0] === b[0];
}

/**
 * The shorter name is the first words of the longer one (three words or more), or its next-to-last
 * word alone: "Carlos Pizarro" and "Pizarro" for "Carlos Pizarro Leongomez".
 */
function beginsName(long: readonly string[], short: readonly string[]): boolean {
  if (long.length < 3 || short.length >= long.length) return false;
  if (short.length === 1) return surnameKey(short[0]!) === surnameKey(long[long.length - 2]!);
  return short.every((w, i) => w === long[i]);
}

/** A surname without its Arabic-style particle: "al-abadi" and "abadi" are one surname. */
function surnameKey(lower: string): string {
  return lower.replace(/^(al|el|ul|ud|ad|as|ash|an|ar|at|az)-/, "");
}

function applyTitle(res: Resolution, person: ActorBuilder, title: ReturnType<typeof readPersonTitle> & object, at: number): void {
  person.title = title.title;
  person.rules.add(title.rule);
  if (title.organisation) {
    person.affiliation = builderOfNamed(res, title.organisation);
    if (person.affiliation && isCountryLike(title.organisation)) person.affiliation = null;
  }
  if (!person.affiliation && title.country && (title.sector === "gov" || title.sector === "mil")) {
    person.affiliation = sectorBuilder(res, title.sector, title.country);
    person.rules.add(`affiliation:title-country`);
  }
  // "coordinator for South Sudan" says where, not whom the person works for.
  if (title.country && !person.affiliation) person.country = title.country;
  if (!person.affiliation && (title.sector === "gov" || title.sector === "mil")) {
    // "foreign minister X" with no body named: the actor the article presents as governing, if any.
    const governing = [...res.builders.values()]
      .map(resolveBuilder)
      .filter((b) => b.governing && mentionStartRange(b).first < at)
      .sort((x, y) => mentionStartRange(y).last - mentionStartRange(x).last)[0];
    // The focus country's government is not assumed: "Secretary Kerry" in an article about Syria is no Syrian.
    if (governing) {
      person.affiliation = governing;
      person.rules.add("affiliation:governing-actor");
    }
  }
  if (person.affiliation) person.country ??= resolveBuilder(person.affiliation).country;
}

/** Surnames of known persons met again where the entity model saw no person ("Muttaqi's remarks"). */
function scanSurnames(res: Resolution, persons: readonly ActorBuilder[]): void {
  const bySurname = new Map<string, ActorBuilder[]>();
  for (const p of persons) {
    const r = resolveBuilder(p);
    const tokens = r.nameTokens ?? [];
    if (tokens.length < 2) continue;
    const surname = surnameKey(tokens[tokens.length - 1]!);
    const list = bySurname.get(surname) ?? [];
    if (!list.includes(r)) list.push(r);
    bySurname.set(surname, list);
  }
  if (bySurname.size === 0) return;
  const toks = res.view.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const named = res.namedAt[i];
    // A one-word country name that is a known person's surname ("Rep. Jim Jordan ... Jordan said") is the person.
    const surnameLikeCountry = !!named && named.entry?.kind === "country" && named.to - named.from === 1 && named.entityIds.length === 0;
    if (!t.capitalised || res.claimed[i] || (named && named.kind !== "place" && !surnameLikeCountry)) continue;
    const candidates = bySurname.get(surnameKey(t.lower));
    if (!candidates) continue;
    // Part of a longer capitalised name ("Red Sea", "Trump Tower"): not the person.
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev && prev.sentence === t.sentence && prev.capitalised && prev.pos === "PROPN") continue;
    if (next && next.sentence === t.sentence && next.capitalised && next.pos === "PROPN") continue;
    // The person with this surname mentioned most recently before here; else the first one.
    let best: ActorBuilder | null = null;
    let bestEnd = -1;
    for (const c of candidates) {
      const r = resolveBuilder(c);
      const last = lastMentionEndBefore(r, t.start);
      if (last > bestEnd) {
        best = r;
        bestEnd = last;
      }
    }
    best ??= resolveBuilder(candidates[0]!);
    if (surnameLikeCountry) named!.consumed = true;
    addMention(best, t, res.view.text.slice(t.start, t.end), "surname-scan");
    claimTokens(res, i, i + 1, best);
  }
}

