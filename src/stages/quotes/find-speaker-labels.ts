import type { Attribution } from "./attribution.js";
import { HEADLINE_MAX_WORDS } from "./heuristics.js";
import type { QuoteContext } from "./quote-context.js";
import { entitiesOverlapping } from "./entity-lookup.js";
import { lowerBound } from "../../core/lower-bound.js";

/**
 * Speaker labels: a line opening with a speaker's name and a colon, as in transcripts
 * ("PENCE: Well, look, ...") and quote headlines ("Sanders: Clinton needs to ..."). The name must be
 * in capitals or a person or organisation the entity layer found, so "Explained: How ..." is not one.
 */
const LABEL = /^[“"]?((?:\p{Lu}[\p{L}.'’-]*)(?: [\p{L}.'’-]+){0,4}):[ \t]+(\S.*)$/gmu;

export function findSpeakerLabels(ctx: QuoteContext): Attribution[] {
  const out: Attribution[] = [];
  for (const m of ctx.text.matchAll(LABEL)) {
    const name = m[1]!;
    const nameStart = m.index! + (m[0].length - m[0].replace(/^[“"]/, "").length);
    const nameEnd = nameStart + name.length;
    const shouted = name === name.toUpperCase() && /\p{Lu}{3}/u.test(name);
    const named = entitiesOverlapping(ctx, nameStart, nameEnd).some((e) => e.start === nameStart && e.end === nameEnd && (e.type === "PERSON" || e.type === "ORG"));
    if (!shouted && !named && !isHeadlineSpeaker(ctx, m.index!, nameStart, nameEnd)) continue;
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

/**
 * A headline ("Kerry: Talks to resume", "Clinton camp: ...", "AP-GfK Poll: ...") — the document's first line,
 * or a line of at most HEADLINE_MAX_WORDS words without a closing period — labelled with a person or organisation
 * the entity layer found, or with a speaker noun ("poll", "campaign") at the end of the label.
 */
function isHeadlineSpeaker(ctx: QuoteContext, lineStart: number, nameStart: number, nameEnd: number): boolean {
  const lineEnd = ctx.text.indexOf("\n", lineStart);
  const line = ctx.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
  const firstLine = ctx.text.slice(0, lineStart).trim() === "";
  if (!firstLine && (line.split(/\s+/).length > HEADLINE_MAX_WORDS || /[.]$/.test(line))) return false;
  const words = ctx.text.slice(nameStart, nameEnd).split(" ");
  if (words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !ctx.lex.descriptors.has(w.toLowerCase()))) return false;
  if (ctx.lex.descriptors.has(words[words.length - 1]!.toLowerCase())) return true;
  return entitiesOverlapping(ctx, nameStart, nameEnd).some((e) => e.start >= nameStart && e.end <= nameEnd && (e.type === "PERSON" || e.type === "ORG"));
}

function tokenAt(ctx: QuoteContext, offset: number): number {
  const lo = lowerBound(ctx.start, offset);
  return lo < ctx.start.length && ctx.start[lo] === offset ? lo : -1;
}
