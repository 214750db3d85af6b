import { layer, type Document } from "../../core/index.js";
import { addMention, mergeBuilders, resolveBuilder, type ActorBuilder } from "./actor-builder.js";
import { MAX_ACRONYM_LENGTH } from "./heuristics.js";
import { claimTokens, type Resolution } from "./resolution.js";

/**
 * An acronym is the actor of its long form: from the entity layer's longForm links, and from the
 * pattern "Long Form (ACR)" in the text; later bare uses of ACR are mentions of it too.
 */
export function linkAcronyms(doc: Document, res: Resolution, byEntityId: ReadonlyMap<string, ActorBuilder>): void {
  for (const e of layer(doc, "entity")) {
    const longId = e.data.longForm;
    if (!longId) continue;
    const short = byEntityId.get(e.id);
    const long = byEntityId.get(longId);
    if (short && long) linkPair(long, short, "acronym:entity-long-form");
  }
  const toks = res.view.toks;
  const defined = new Map<string, ActorBuilder>();
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i]!.text !== "(") continue;
    let close = i + 1;
    while (close < toks.length && close - i <= 3 && toks[close]!.text !== ")") close++;
    if (toks[close]?.text !== ")") continue;
    const acronym = res.view.text.slice(toks[i + 1]!.start, toks[close - 1]!.end);
    if (acronym.length > MAX_ACRONYM_LENGTH || !/^[\p{Lu}][\p{Lu}\p{N}\-&./]*$/u.test(acronym)) continue;
    const long = res.claimed[i - 1];
    if (!long) continue;
    const longTarget = resolveBuilder(long);
    if (longTarget.kind === "person" || acronym[0] !== firstLetter(longTarget.name, res.view.text.slice(toks[i - 1]!.start, toks[i - 1]!.end))) continue;
    const shortOwner = res.claimed[i + 1];
    if (shortOwner) linkPair(longTarget, shortOwner, "acronym:parenthesis");
    else {
      addMention(longTarget, { start: toks[i + 1]!.start, end: toks[close - 1]!.end }, acronym, "acronym:parenthesis");
      claimTokens(res, i + 1, close, longTarget);
    }
    defined.set(acronym, resolveBuilder(longTarget));
  }
  linkByInitials(res, byEntityId);
  linkNamesakeAcronyms(res);
  if (defined.size === 0) return;
  for (let i = 0; i < toks.length; i++) {
    if (res.claimed[i]) continue;
    const owner = defined.get(toks[i]!.text);
    if (!owner || res.view.shouting[toks[i]!.sentence]) continue;
    addMention(owner, toks[i]!, toks[i]!.text, "acronym-scan");
    claimTokens(res, i, i + 1, resolveBuilder(owner));
  }
}

/**
 * "Supporters of Pakistan Tehreek-e-Insaf ... PTI said": an acronym the dictionary gives to two bodies
 * (read as its first row, the Press Trust of India) is the other one, its namesake, when that one is
 * named in full in the same document and the acronym is all the first one is called there.
 */
function linkNamesakeAcronyms(res: Resolution): void {
  for (const b of [...res.builders.values()]) {
    if (b.mergedInto || !b.entry || b.mentions.length === 0) continue;
    const namesakes = res.dict.namesakes.get(b.entry.id);
    if (!namesakes || !b.mentions.every((m) => m.text.length <= MAX_ACRONYM_LENGTH && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(m.text))) continue;
    // The first namesake named in the document, in one loop: the two maps' lists (packed or holey as the
    // function was optimised or not) deoptimised linkAcronyms for a "wrong map" (--trace-deopt).
    let named: ActorBuilder | undefined;
    for (const id of namesakes) {
      const found = res.builders.get(id);
      const n = found ? resolveBuilder(found) : undefined;
      if (n && n !== b && n.mentions.length > 0) {
        named = n;
        break;
      }
    }
    if (named) mergeBuilders(named, b, "acronym:namesake");
  }
}

function linkPair(long: ActorBuilder, short: ActorBuilder, rule: string): void {
  const a = resolveBuilder(long);
  const b = resolveBuilder(short);
  // Two different dictionary actors stay apart: the dictionary knows better than a parenthesis.
  if (a === b || (a.entry && b.entry)) return;
  mergeBuilders(a, b, rule);
}

/** First letter the acronym should start with: of the canonical name or of the mention's first word. */
function firstLetter(name: string, lastWord: string): string | undefined {
  const n = name.replace(/^the\s+/i, "")[0]?.toUpperCase();
  return n ?? lastWord[0]?.toUpperCase();
}

/**
 * "KBC" and the "Kenya Broadcasting Corporation" with no parenthesis: an unknown all-caps name whose
 * letters are the initials of an unknown organisation of the same document, before or after it, is
 * that organisation. Besides the exact initials, an all-caps acronym may (acronymFitsInitials) spell
 * them in another language's order ("FMLN", the Farabundo Marti National Liberation Front), or add the
 * initial of a last word the text left out of the name ("Federal University of Technology, Owerri (FUTO)",
 * "the Farabundo Marti National Liberation front" after truecasing).
 */
function linkByInitials(res: Resolution, byEntityId: ReadonlyMap<string, ActorBuilder>): void {
  const organisations: ActorBuilder[] = [];
  const acronyms: { readonly b: ActorBuilder; readonly text: string; readonly exactOnly: boolean }[] = [];
  const seen = new Set<ActorBuilder>();
  for (const n of res.named) {
    const owner = n.entityIds.map((id) => byEntityId.get(id)).find((b) => b);
    if (!owner) continue;
    const b = resolveBuilder(owner);
    if (b.entry || b.kind === "person" || b.kind === "group") continue;
    // "KBC", and in some house styles "Tac" for the Treatment Action Campaign.
    const allCaps = /^[\p{Lu}]{2,6}$/u.test(n.text);
    if ((allCaps || /^\p{Lu}\p{Ll}{1,4}$/u.test(n.text)) && b.name === n.text) {
      // In an all-caps line every word looks like an acronym: only exact initials there.
      acronyms.push({ b, text: n.text.toUpperCase(), exactOnly: !allCaps || res.view.shouting[res.view.toks[n.from]!.sentence] === true });
      continue;
    }
    if (!seen.has(b)) {
      seen.add(b);
      organisations.push(b);
    }
  }
  if (acronyms.length === 0) return;
  const following = new Map<ActorBuilder, string>();
  const followingOf = (o: ActorBuilder) => {
    let letters = following.get(o);
    if (letters === undefined) following.set(o, (letters = followingInitials(res.view.text, o)));
    return letters;
  };
  for (const a of acronyms) {
    const short = resolveBuilder(a.b);
    const long = organisations.find((o) => resolveBuilder(o) !== short && initialVariants(o.name).some((i) => i === a.text || (!a.exactOnly && acronymFitsInitials(a.text, i, followingOf(o)))));
    if (long) mergeBuilders(long, short, "acronym:initials");
  }
}

/** Fewest letters of an acronym spelling a name's initials with one more letter, the initial of a word the name left out. */
const MIN_EXTENDED_ACRONYM = 3;
/** Fewest letters of an acronym spelling a name's initials in another order: "CEO" is no "COE". */
const MIN_REORDERED_ACRONYM = 4;

/**
 * An acronym that is not the initials as they stand but spells the same name (same first letter):
 * the initials in another order, or with one fewer (a word the acronym skips: F-M-N-L-F for "FMLN"),
 * at four letters or more; or the initials and one more letter, in order from three letters or in
 * another order from four, when a word with that initial follows a mention of the name (`following`:
 * "Federal University of Technology, Owerri" for "FUTO").
 */
export function acronymFitsInitials(acronym: string, initials: string, following = ""): boolean {
  if (acronym[0] !== initials[0] || Math.abs(acronym.length - initials.length) > 1) return false;
  if (acronym.length > initials.length) {
    const extra = lettersLeft(acronym, initials);
    if (extra === null || !following.includes(extra)) return false;
    return acronym.length >= MIN_REORDERED_ACRONYM || (acronym.length >= MIN_EXTENDED_ACRONYM && acronym.startsWith(initials));
  }
  return acronym.length >= MIN_REORDERED_ACRONYM && lettersLeft(initials, acronym) !== null;
}

/** The letters of `longer` left once each letter of `shorter` is taken out of it, or null when one is missing. */
function lettersLeft(longer: string, shorter: string): string | null {
  const left = [...longer];
  for (const ch of shorter) {
    const k = left.indexOf(ch);
    if (k < 0) return null;
    left.splice(k, 1);
  }
  return left.join("");
}

/** Initial letters (upper case) of the words right after each mention of a builder, over a comma: "O" for "Federal University of Technology, Owerri". */
function followingInitials(text: string, b: ActorBuilder): string {
  let letters = "";
  for (const m of b.mentions) {
    const next = /^,?\s+(\p{L})/u.exec(text.slice(m.end, m.end + FOLLOWING_WORD_REACH_CHARS));
    if (next) letters += next[1]!.toUpperCase();
  }
  return letters;
}

/** Characters after a mention in which the next word's initial is looked for. */
const FOLLOWING_WORD_REACH_CHARS = 8;

/**
 * Initials of a name: of its capitalised words ("Kenya Broadcasting Corporation" is "KBC", "Movement for
 * Democratic Change" "MDC"), and, when it has lower-case words other than a leading article, of every
 * word ("Party of the People" is also "POTP").
 */
export function initialVariants(name: string): string[] {
  const words = name.replace(/^the\s+/i, "").split(/[\s-]+/).filter((w) => w.length > 0);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join("");
  const every = words.map((w) => w[0]!.toUpperCase()).join("");
  return every === capitalised ? [capitalised] : [capitalised, every];
}
