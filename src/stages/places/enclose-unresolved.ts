import type { PlaceKind } from "../../core/index.js";
import { keep } from "../../core/keep.js";
import { isPossessorBefore, type ToponymMention } from "./find-toponyms.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { ENCLOSING_KINDS_IN_SENTENCE, MAX_FOREIGN_CONTAINER_GAP_TOKENS } from "./heuristics.js";
import type { ResolvedToponym } from "./resolve-toponyms.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const PLACE_WORDS = stageWordClasses("places");

/** A name the gazetteer does not list, placed at the most specific place the article says contains it. */
export interface EnclosedToponym {
  readonly mention: ToponymMention;
  readonly anchor: GazetteerEntry;
  /** Where the anchor was named: in the mention's sentence, or as the article's main place. */
  readonly from: "sentence" | "article";
}

/** How specific each kind of anchor is: a larger number is a smaller area. */
const SPECIFICITY: Readonly<Record<PlaceKind, number>> = { region: 0, country: 1, admin1: 2, admin2: 3, feature: 4, city: 4 };

/** True when `inner` lies inside `outer` as far as country and admin1 codes can tell. */
function liesInside(inner: GazetteerEntry, outer: GazetteerEntry): boolean {
  if (!outer.country || inner.country !== outer.country) return false;
  if (outer.kind === "country") return true;
  return outer.admin1Code !== "" && inner.admin1Code === outer.admin1Code;
}

/**
 * Places each unlisted name ("the Al-Sinek neighborhood in Baghdad", "a village in Kisima area")
 * at the most specific place the article supports: the most specific division or country named
 * in its own sentence, or the article's main place when that lies inside it (or when the sentence
 * names none). Never a place the sentence contradicts: a sentence naming Syria does not send its
 * village to the article's main town in Iraq. A name with neither is left out.
 */
export function encloseUnresolved(
  unresolved: readonly ToponymMention[],
  resolved: readonly ResolvedToponym[],
  mainPlace: GazetteerEntry | null,
  sentenceOfToken: (token: number) => number,
  tokenWords: readonly string[] = [],
): EnclosedToponym[] {
  const bySentence = new Map<number, { entry: GazetteerEntry; firstToken: number }[]>();
  // "Janaale (Marka, Lower Shabelle)", "Koshobe village, Jere LGA": the place written right after an
  // unlisted name, in its brackets or after its comma, is the one that contains it most closely.
  const byFirstToken = new Map<number, GazetteerEntry>();
  for (const r of resolved) if (r.entry.kind !== "region" && r.entry.kind !== "country") byFirstToken.set(r.mention.firstToken, r.entry);
  // "the USA's West Coast", "Botswana's North-West District": the country or division whose possessive stands right before the name holds it.
  const byLastToken = new Map<number, GazetteerEntry>();
  for (const r of resolved) if (r.entry.kind !== "region") byLastToken.set(r.mention.lastToken, r.entry);
  for (const r of resolved) {
    if (!ENCLOSING_KINDS_IN_SENTENCE.has(r.entry.kind)) continue;
    const s = sentenceOfToken(r.mention.firstToken);
    const item = { entry: r.entry, firstToken: r.mention.firstToken };
    const list = bySentence.get(s);
    if (list) list.push(item); else bySentence.set(s, [item]);
  }
  const out: EnclosedToponym[] = [];
  for (const m of unresolved) {
    const own = possessorOf(m, byLastToken, tokenWords) ?? ownContainer(m, byFirstToken, sentenceOfToken, tokenWords) ?? divisionInAfter(m, byFirstToken, sentenceOfToken, tokenWords);
    if (own) { out.push({ mention: m, anchor: own, from: "sentence" }); continue; }
    const named = bySentence.get(sentenceOfToken(m.firstToken)) ?? [];
    // A division or country of another country than the article's counts only as the name's own
    // container ("the village of Qarvesh in Pakistan"), not anywhere in its sentence.
    // Loops and keep, not filter().map(): lists of one V8 elements kind whatever is optimised (core/keep.ts says why).
    const inSentence: GazetteerEntry[] = [];
    for (const c of named) if (!mainPlace || c.entry.country === mainPlace.country || (c.firstToken > m.lastToken && c.firstToken - m.lastToken <= MAX_FOREIGN_CONTAINER_GAP_TOKENS + 1)) inSentence.push(c.entry);
    if (inSentence.length === 0) {
      if (mainPlace) out.push({ mention: m, anchor: mainPlace, from: "article" });
      continue;
    }
    // The main place when the sentence names a division or country that contains it.
    if (mainPlace && inSentence.some((c) => SPECIFICITY[mainPlace.kind] > SPECIFICITY[c.kind] && liesInside(mainPlace, c))) {
      out.push({ mention: m, anchor: mainPlace, from: "article" });
      continue;
    }
    // Else the sentence's most specific container, one in the article's country first.
    const home = mainPlace ? keep(inSentence, (c) => c.country === mainPlace.country) : [];
    let container: GazetteerEntry | null = null;
    for (const e of home.length > 0 ? home : inSentence) if (!container || SPECIFICITY[e.kind] > SPECIFICITY[container.kind]) container = e;
    out.push({ mention: m, anchor: container!, from: "sentence" });
  }
  return out;
}

/** The place whose possessive stands right before the name ("Botswana's North-West District"), or null. */
function possessorOf(m: ToponymMention, byLastToken: ReadonlyMap<number, GazetteerEntry>, tokenWords: readonly string[]): GazetteerEntry | null {
  const last = m.firstToken - 2;
  return last >= 0 && isPossessorBefore(tokenWords, last, m.firstToken) ? byLastToken.get(last) ?? null : null;
}

/** Tokens from an unlisted name's "in" to the division it is in ("Kuriga| in northwestern Nigeria 's |Kaduna": 5). */
const IN_DIVISION_MAX_GAP_TOKENS = 5;

/**
 * "the town of Kuriga in northwestern Nigeria's Kaduna state", "Pont-Sonde in Haiti's Artibonite region": a division
 * after the name's "in", with only compass words and its country's possessive between, holds the name, however
 * specific the article's main place is (a story filed from Abuja does not put Kuriga at Abuja).
 */
function divisionInAfter(m: ToponymMention, byFirstToken: ReadonlyMap<number, GazetteerEntry>, sentenceOfToken: (token: number) => number, tokenWords: readonly string[]): GazetteerEntry | null {
  const at = m.lastToken + 1;
  if ((tokenWords[at] ?? "").toLowerCase() !== "in") return null;
  for (let t = at + 1; t <= at + IN_DIVISION_MAX_GAP_TOKENS && t < tokenWords.length; t++) {
    if (sentenceOfToken(t) !== sentenceOfToken(m.lastToken)) return null;
    const e = byFirstToken.get(t);
    if (e && (e.kind === "admin1" || e.kind === "admin2")) return e;
    const w = tokenWords[t]!;
    // "northwestern", "the", and the country whose possessive stands before the division ("Nigeria 's").
    if (w === "'s" || w.toLowerCase() === "the" || COMPASS_ADJECTIVES.has(w.toLowerCase())) continue;
    if (/^\p{Lu}/u.test(w) && (tokenWords[t + 1] === "'s" || tokenWords[t + 2] === "'s")) continue;
    return null;
  }
  return null;
}
/** Compass words before a division ("northwestern Nigeria's Kaduna state"). */
const COMPASS_ADJECTIVES = PLACE_WORDS.get("compass-adjectives");

/** Tokens from an unlisted name to the place written as its container ("Koshobe| village , |Jere": 3). */
const OWN_CONTAINER_MAX_GAP_TOKENS = 3;

/** Words between a name and its own container: a bracket or comma, maybe after the name's type word ("Koshobe village, Jere"). */
const OWN_CONTAINER_GAP = PLACE_WORDS.get("own-container-gap");

/**
 * The town or division written as the name's container right after it, in its sentence: after a
 * bracket ("Janaale (Marka, Lower Shabelle)"), or after a comma when it is a division ("Koshobe
 * village, Jere LGA"); a town after a comma may be the next item of a list ("Khayelitsha, Delft").
 */
function ownContainer(m: ToponymMention, byFirstToken: ReadonlyMap<number, GazetteerEntry>, sentenceOfToken: (token: number) => number, tokenWords: readonly string[]): GazetteerEntry | null {
  let bracket = false, comma = false, typed = false, within = false;
  for (let t = m.lastToken + 1; t <= m.lastToken + 1 + OWN_CONTAINER_MAX_GAP_TOKENS && t < tokenWords.length; t++) {
    const e = byFirstToken.get(t);
    if (e) {
      if (sentenceOfToken(t) !== sentenceOfToken(m.lastToken)) return null;
      // "in Sagaing's Kanbalu township": the possessor holds the division named after it, which holds the name.
      const possessed = isPossessorBefore(tokenWords, t, t + 2) ? byFirstToken.get(t + 2) : undefined;
      return bracket || (comma && (e.kind === "admin1" || e.kind === "admin2")) || within ? possessed ?? e : null;
    }
    const w = tokenWords[t]!.toLowerCase();
    // "Kairu village in Maru local government area", "Let Pan village in Kanbalu township": after the name's own type
    // word, "in" leads to the place that holds it, as a bracket does.
    if (w === "in" && typed) { within = true; continue; }
    if (!OWN_CONTAINER_GAP.has(w)) return null;
    if (w === "(") bracket = true;
    else if (w === ",") comma = true;
    else typed = true;
  }
  return null;
}
