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
  if (defined.size === 0) return;
  for (let i = 0; i < toks.length; i++) {
    if (res.claimed[i]) continue;
    const owner = defined.get(toks[i]!.text);
    if (!owner || res.view.shouting[toks[i]!.sentence]) continue;
    addMention(owner, toks[i]!, toks[i]!.text, "acronym-scan");
    claimTokens(res, i, i + 1, resolveBuilder(owner));
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
 * "KBC" after "Kenya Broadcasting Corporation" with no parenthesis: an unknown all-caps name whose
 * letters are the initials of an unknown organisation named earlier is that organisation.
 */
function linkByInitials(res: Resolution, byEntityId: ReadonlyMap<string, ActorBuilder>): void {
  const organisations: ActorBuilder[] = [];
  const seen = new Set<ActorBuilder>();
  for (const n of res.named) {
    const owner = n.entityIds.map((id) => byEntityId.get(id)).find((b) => b);
    if (!owner) continue;
    const b = resolveBuilder(owner);
    if (b.entry || b.kind === "person" || b.kind === "group") continue;
    // "KBC", and in some house styles "Tac" for the Treatment Action Campaign.
    if ((/^[\p{Lu}]{2,6}$/u.test(n.text) || /^\p{Lu}\p{Ll}{1,4}$/u.test(n.text)) && b.name === n.text) {
      const long = organisations.find((o) => o !== b && initialsOf(o.name) === n.text.toUpperCase());
      if (long) mergeBuilders(long, b, "acronym:initials");
      continue;
    }
    if (!seen.has(b)) {
      seen.add(b);
      organisations.push(b);
    }
  }
}

/** Initials of the capitalised words of a name: "Kenya Broadcasting Corporation" is "KBC". */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}
