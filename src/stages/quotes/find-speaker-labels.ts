import type { Attribution } from "./attribution.js";
import type { QuoteContext } from "./quote-context.js";

/**
 * Speaker labels: a line opening with a speaker's name and a colon, as in transcripts
 * ("PENCE: Well, look, ...") and quote headlines ("Sanders: Clinton needs to ..."). The name must be
 * in capitals or a person or organisation the entity layer found, so "Explained: How ..." is not one.
 */
const LABEL = /^[“"]?((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,2}):[ \t]+(\S.*)$/gmu;

export function findSpeakerLabels(ctx: QuoteContext): Attribution[] {
  const out: Attribution[] = [];
  for (const m of ctx.text.matchAll(LABEL)) {
    const name = m[1]!;
    const nameStart = m.index! + (m[0].length - m[0].replace(/^[“"]/, "").length);
    const nameEnd = nameStart + name.length;
    const shouted = name === name.toUpperCase() && /\p{Lu}{3}/u.test(name);
    const named = ctx.entities.some((e) => e.start === nameStart && e.end === nameEnd && (e.type === "PERSON" || e.type === "ORG"));
    if (!shouted && !named) continue;
    const colon = tokenAt(ctx, nameEnd);
    const first = tokenAt(ctx, nameStart);
    if (colon < 0 || first < 0) continue;
    let start = nameEnd + 1;
    let end = m.index! + m[0].length;
    while (start < end && /\s/.test(ctx.text[start]!)) start++;
    while (end > start && /[\s”"]/.test(ctx.text[end - 1]!)) end--;
    if (end - start < 3) continue;
    const entry = ctx.lex.cuePhrases.get(":")?.find((p) => p.frame === "label");
    if (!entry) continue;
    out.push({ kind: "direct", cue: { first: colon, end: colon + 1, entry }, source: { first, end: colon }, start, end, addressee: null, via: null, rule: "direct:speaker-label" });
  }
  return out;
}

function tokenAt(ctx: QuoteContext, offset: number): number {
  let lo = 0, hi = ctx.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < ctx.start.length && ctx.start[lo] === offset ? lo : -1;
}
