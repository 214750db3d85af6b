import { defineStage, layer, type ActorKind, type Document, type LayerAnnotation, type Span } from "../../core/index.js";
import { PRONOUN_REACH_SENTENCES } from "./heuristics.js";

/** Pronouns that stand for one person. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "him", "she"]);
/** Pronouns that stand for a group: an armed group, a force, an organisation, a crowd. */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(["they", "them"]);
/** Kinds of actor "they" may stand for (never a country or a person: "they" after "Pakistan" is its people or forces, unknown). */
const GROUP_KINDS: ReadonlySet<ActorKind> = new Set(["armed group", "military", "police", "group"]);

interface Candidate {
  readonly actor: LayerAnnotation<"actor">;
  readonly start: number;
  readonly sentence: number;
}

/**
 * "Gunmen stormed the village. They killed five people.": a subject or object pronoun is a mention
 * of the last compatible actor named before it, in its sentence or the PRONOUN_REACH_SENTENCES
 * before: "he", "him", "she" the last person; "they", "them" the last armed group, force or
 * crowd (a description or a named group). The pronoun's span is added to that actor's mentions, so
 * the events read it as the actor or the target of their clause. Runs after quotes, which resolve
 * their own pronoun speakers; a pronoun inside quoted words is the speaker's and is left alone,
 * as are "her" (also a possessive), "it" and "we".
 */
export function resolvePronouns(doc: Document): LayerAnnotation<"actor">[] | undefined {
  const actors = layer(doc, "actor");
  if (actors.length === 0) return undefined;
  const tokens = layer(doc, "token");
  const mentions: Candidate[] = [];
  const sentenceAt = sentenceIndexer(tokens);
  for (const a of actors) {
    const kind = a.data.kind;
    if (kind !== "person" && !GROUP_KINDS.has(kind)) continue;
    for (const m of a.data.mentions ?? []) mentions.push({ actor: a, start: m.start, sentence: sentenceAt(m.start) });
  }
  if (mentions.length === 0) return undefined;
  mentions.sort((x, y) => x.start - y.start);
  const added = new Map<string, Span[]>();
  // "The Islamic State said it carried out the attack": the "it" opening what a party is reported
  // to have said is that party, whatever else was named last.
  const bySpeaker = speakerSubjects(doc, actors);
  for (const [start, { owner, end }] of bySpeaker) {
    const list = added.get(owner) ?? [];
    list.push({ start, end });
    added.set(owner, list);
  }
  let next = 0;
  // Direct speech only: in indirect speech ("police said they arrested five") the pronoun is the narrator's.
  const quotes = layer(doc, "quote").filter((q) => q.data.kind !== "indirect").sort((x, y) => x.end - y.end);
  let nextQuote = 0;
  let lastGroup: Candidate | null = null;
  let person: Candidate | null = null;
  // An indexed loop: an array iterator's result objects were the largest allocation of this stage.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    while (next < mentions.length && mentions[next]!.start < t.start) {
      const c = mentions[next++]!;
      if (c.actor.data.kind === "person") person = c;
      else lastGroup = c;
    }
    if (t.data.pos !== "PRON" || bySpeaker.has(t.start)) continue;
    // Inside quoted words a pronoun is the speaker's ("they will cooperate with us"): left to the quotes' reading.
    while (nextQuote < quotes.length && quotes[nextQuote]!.end <= t.start) nextQuote++;
    if (nextQuote < quotes.length && quotes[nextQuote]!.start <= t.start) continue;
    const w = t.data.normal;
    const antecedent = PERSON_PRONOUNS.has(w) ? person : GROUP_PRONOUNS.has(w) ? lastGroup : null;
    if (!antecedent || t.data.sentence - antecedent.sentence > PRONOUN_REACH_SENTENCES) continue;
    const list = added.get(antecedent.actor.id) ?? [];
    list.push({ start: t.start, end: t.end });
    added.set(antecedent.actor.id, list);
  }
  if (added.size === 0) return undefined;
  return actors.map((a) => {
    const more = added.get(a.id);
    if (!more) return a;
    const all = [...(a.data.mentions ?? []), ...more].sort((x, y) => x.start - y.start);
    return { ...a, data: { ...a.data, mentions: all }, source: { ...a.source, rule: `${a.source.rule}+pronoun` } };
  });
}

/**
 * The subject pronouns that open reported speech and stand for its speaker: "it" first in an
 * indirect quote's content (after "that"), when the speaker is an institution or a party (an
 * organisation, a group, a force, a government, a country: no person), keyed by the pronoun's
 * start offset. A person speaker's "he" or "she" is read by the general rule.
 */
function speakerSubjects(doc: Document, actors: readonly LayerAnnotation<"actor">[]): Map<number, { owner: string; end: number }> {
  const out = new Map<number, { owner: string; end: number }>();
  const quotes = layer(doc, "quote");
  if (quotes.length === 0) return out;
  const tokens = layer(doc, "token");
  // By id: a scan of the actors per quote grows with the square of a long text's names.
  const byId = new Map(actors.map((a) => [a.id, a] as const));
  for (const q of quotes) {
    if (q.data.kind !== "indirect" || !q.data.speaker) continue;
    const speaker = byId.get(q.data.speaker);
    if (!speaker || speaker.data.kind === "person") continue;
    let k = firstTokenAt(tokens, q.start);
    if (k < 0) continue;
    // "Hezbollah said later it had fired", "said on Sunday that it": the words the reported clause opens with before its subject.
    for (let skipped = 0; skipped < SPEAKER_OPENING_REACH && k < tokens.length && tokens[k]!.end <= q.end && (tokens[k]!.data.normal === "that" || tokens[k]!.data.pos === "ADV"); skipped++) k++;
    const t = tokens[k];
    if (!t || t.end > q.end || t.data.pos !== "PRON" || !SPEAKER_PRONOUNS.has(t.data.normal)) continue;
    out.set(t.start, { owner: speaker.id, end: t.end });
  }
  return out;
}
/**
 * The subject pronoun that stands for an institution speaking of itself. Not "they": "the
 * broadcaster stated that they stole livestock" speaks of the attackers, and "they" for a group
 * is read by the general rule.
 */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(["it"]);
/** Words before the pronoun a reported clause may open with: "that", and adverbs ("later that it": 2). Unit: tokens. */
const SPEAKER_OPENING_REACH = 3;

/** Index of the first token starting at or after an offset (tokens in text order), or -1. */
function firstTokenAt(tokens: readonly LayerAnnotation<"token">[], offset: number): number {
  let lo = 0, hi = tokens.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= offset) { found = mid; hi = mid - 1; } else lo = mid + 1;
  }
  return found;
}

/** The sentence index of an offset, from the token layer (tokens in text order). */
function sentenceIndexer(tokens: readonly LayerAnnotation<"token">[]): (offset: number) => number {
  return (offset) => {
    let lo = 0, hi = tokens.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found < 0 ? 0 : tokens[found]!.data.sentence;
  };
}

/** Pronouns as mentions of the actors they stand for; placed after quotes, before events (src/pipelines/news-pipeline.ts). */
export const pronounsStage = defineStage({
  name: "pronouns",
  requires: ["sentence", "token", "actor"],
  provides: ["actor"],
  run(doc) {
    const actor = resolvePronouns(doc);
    return actor ? { actor } : {};
  },
});
