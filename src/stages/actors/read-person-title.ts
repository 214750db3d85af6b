import type { Sector } from "./actor-dictionary.js";
import type { NamedMention } from "./find-named-mentions.js";
import { MAX_APPOSITIVE_TITLE_TOKENS, MAX_TITLE_TOKENS } from "./heuristics.js";
import type { Resolution } from "./resolution.js";
import type { Tok } from "./token-view.js";

/** A person's title as the text gives it, and the actor named in it. */
export interface PersonTitle {
  readonly title: string;
  /** Named mention of the organisation in or before the title ("State Department's", "USAID"). */
  readonly organisation: NamedMention | null;
  /** Country of a country or demonym in the title ("Russian Foreign Minister"). */
  readonly country: string | null;
  /** Sector the title belongs to: a minister is government, a general military. */
  readonly sector: Sector | null;
  readonly rule: string;
  /** Set when the title stands apart before a comma: it is a mention of the person too. */
  readonly span?: { readonly start: number; readonly end: number };
}

/**
 * Reads the title before a name ("foreign minister Amir Khan Muttaqi", "the State Department's Deputy
 * Special Representative Tom West", "top USAID humanitarian official Sarah Charles") or, failing that,
 * an appositive after it ("Joseph Votel, commander of U.S. Central Command").
 */
export function readPersonTitle(res: Resolution, from: number, to: number): PersonTitle | null {
  const before = readTitleBefore(res, from);
  if (before?.organisation) return before;
  const after = readTitleAfter(res, to);
  if (!before) return after;
  // "Gen. Joseph Votel, commander of U.S. Central Command": the rank before, the body after.
  return after ? { ...before, organisation: after.organisation, country: before.country ?? after.country, rule: `${before.rule}+${after.rule}` } : before;
}

function titleRoles(res: Resolution, lower: string) {
  return res.dict.titleWords.get(lower) ?? [];
}

function isTitleHead(res: Resolution, lower: string): boolean {
  if (titleRoles(res, lower).some((r) => r.role === "head")) return true;
  return res.dict.headsByFirstWord.get(lower)?.some((h) => (h.role === "person" || h.role === "office") && h.words.length === 1) === true;
}

function readTitleBefore(res: Resolution, nameFrom: number): PersonTitle | null {
  const toks = res.view.toks;
  const sentence = toks[nameFrom]?.sentence;
  let j = nameFrom - 1;
  const appositive = toks[j]?.text === "," && toks[j]!.sentence === sentence;
  if (appositive) j--; // "the Prime Minister-designate, Haider al-Abadi"
  const ofTitle = readHeadOfBody(res, j, sentence);
  if (ofTitle) return ofTitle;
  const last = toks[j];
  if (!last || last.sentence !== sentence || !isTitleHead(res, last.lower.replace(/-designate$/, "")) && !isTitleHead(res, last.lower)) return null;
  const titleEnd = last.end;
  let titleFrom = j;
  let organisation: NamedMention | null = null;
  let country: string | null = null;
  let sector: Sector | null = sectorOfTitleWord(res, last.lower);
  let count = 0;
  let k = j - 1;
  while (k >= 0 && toks[k]!.sentence === sentence && count < MAX_TITLE_TOKENS) {
    const t = toks[k]!;
    const n = res.namedAt[k];
    if (n && n.kind !== "place" && n.kind !== "person") {
      // "Russian Foreign Minister": the demonym gives the country (and stays a NORP mention of Russians).
      if (isCountryLike(n)) country ??= n.entry!.country;
      else organisation ??= n;
      titleFrom = n.from;
      k = n.from - 1;
      count++;
      continue;
    }
    if (t.lower === "'s") {
      const possessor = res.namedAt[k - 1];
      if (possessor && possessor.kind !== "place" && possessor.kind !== "person") {
        if (isCountryLike(possessor)) country ??= possessor.entry!.country;
        else organisation = possessor;
      }
      break;
    }
    const roles = titleRoles(res, t.lower);
    const sectorHead = res.dict.headsByFirstWord.get(t.lower)?.find((h) => h.role === "sector" && h.words.length === 1);
    if (roles.length > 0 && !roles.every((r) => r.role === "honorific")) {
      sector ??= roles.find((r) => r.sector)?.sector ?? null;
    } else if (sectorHead) {
      sector = sectorHead.sector;
    } else if (!(t.pos === "ADJ" || t.pos === "NOUN") || t.capitalised) {
      break;
    }
    titleFrom = k;
    k--;
    count++;
  }
  // The title proper starts after leading names of countries and organisations ("Taliban spokesman").
  let start = titleFrom;
  while (start < j && res.namedAt[start] && res.namedAt[start]!.kind !== "place") start = res.namedAt[start]!.to;
  while (start < j && /^(the|a|an)$/.test(toks[start]!.lower)) start++;
  const title = res.view.text.slice(toks[start]!.start, titleEnd);
  // "The Foreign Secretary, Boris Johnson, said": the title phrase is itself a mention of the person.
  const mentionFrom = start > 0 && /^(the|a|an)$/.test(toks[start - 1]!.lower) && toks[start - 1]!.sentence === sentence ? start - 1 : start;
  const span = appositive && start === titleFrom ? { start: toks[mentionFrom]!.start, end: titleEnd } : undefined;
  return { title, organisation, country, sector, rule: "title-before-name", ...(span ? { span } : {}) };
}

function readTitleAfter(res: Resolution, nameTo: number): PersonTitle | null {
  const toks = res.view.toks;
  const sentence = toks[nameTo - 1]?.sentence;
  if (toks[nameTo]?.text !== "," || toks[nameTo]!.sentence !== sentence) return null;
  let k = nameTo + 1;
  if (toks[k] && /^(the|a|an)$/.test(toks[k]!.lower)) k++;
  let organisation: NamedMention | null = null;
  let country: string | null = null;
  let sector: Sector | null = null;
  let titleStart = -1;
  let titleEnd = -1;
  let sawHead = false;
  const limit = Math.min(toks.length, k + MAX_APPOSITIVE_TITLE_TOKENS);
  while (k < limit && toks[k]!.sentence === sentence) {
    const t = toks[k]!;
    const n = res.namedAt[k];
    if (n && n.kind !== "place" && n.kind !== "person") {
      if (isCountryLike(n)) country ??= n.entry!.country;
      else organisation ??= n;
      k = n.to;
      if (toks[k]?.lower === "'s") k++; // "Amir Khan Muttaqi, Afghanistan's foreign minister"
      continue;
    }
    const roles = titleRoles(res, t.lower);
    if (isTitleHead(res, t.lower) || roles.some((r) => r.role === "modifier")) {
      if (titleStart < 0) titleStart = t.start;
      titleEnd = t.end;
      sawHead ||= isTitleHead(res, t.lower);
      sector ??= roles.find((r) => r.sector)?.sector ?? null;
      k++;
      continue;
    }
    const bodyAt = toks[k + 1] && /^(the|a)$/.test(toks[k + 1]!.lower) ? k + 2 : k + 1;
    if (sawHead && (t.lower === "of" || t.lower === "for" || t.lower === "at") && res.namedAt[bodyAt] && res.namedAt[bodyAt]!.kind !== "place" && res.namedAt[bodyAt]!.kind !== "person") {
      const n2 = res.namedAt[bodyAt]!;
      if (isCountryLike(n2)) country ??= n2.entry!.country;
      else organisation ??= n2;
      break;
    }
    break;
  }
  if (!sawHead || titleStart < 0) return null;
  return { title: res.view.text.slice(titleStart, titleEnd), organisation, country, sector, rule: "title-after-name" };
}

/** "The president of Bulgaria, Georgi Parvanov", "a spokesman for the Taliban, Zabihullah Mujahid". */
function readHeadOfBody(res: Resolution, j: number, sentence: number | undefined): PersonTitle | null {
  const toks = res.view.toks;
  if (toks[j + 1]?.text !== ",") return null;
  const body = res.namedAt[j];
  if (!body || body.kind === "place" || body.kind === "person") return null;
  let k = body.from - 1;
  if (toks[k] && /^(the|a)$/.test(toks[k]!.lower)) k--;
  if ((toks[k]?.lower !== "of" && toks[k]?.lower !== "for") || toks[k]!.sentence !== sentence) return null;
  const head = toks[k - 1];
  if (!head || head.sentence !== sentence || !isTitleHead(res, head.lower)) return null;
  let from = k - 1;
  const isModifierWord = (t: Tok) => titleRoles(res, t.lower).some((r) => r.role === "modifier") || (!t.capitalised && t.pos === "ADJ");
  while (from > 0 && toks[from - 1]!.sentence === sentence && isModifierWord(toks[from - 1]!)) from--;
  // "UN humanitarian coordinator for South Sudan": the body before the title is the employer.
  const before = res.namedAt[from - 1];
  const employer = before && before.kind !== "place" && before.kind !== "person" && !isCountryLike(before) ? before : null;
  const country = isCountryLike(body) ? body.entry!.country : null;
  return {
    title: res.view.text.slice(toks[from]!.start, head.end),
    organisation: employer ?? (country ? null : body),
    country,
    sector: sectorOfTitleWord(res, head.lower),
    rule: "title-of-body-before-name",
  };
}

function sectorOfTitleWord(res: Resolution, lower: string): Sector | null {
  return titleRoles(res, lower).find((r) => r.sector)?.sector ?? null;
}

export function isCountryLike(n: NamedMention): boolean {
  return !!n.entry && (n.entry.kind === "country" || n.entry.id.startsWith("people:"));
}
