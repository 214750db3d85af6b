import { layer, type Document, type RolePhraseData, type Span } from "../../core/index.js";
import type { ArgumentGroup, FamilyRow } from "./event-family-mapping.js";
import { sitrepFamilies } from "./event-family-mapping.js";
import type { EventArgument, ScoredEvent } from "./match-events.js";

/**
 * sitrep's events of one analysed document as scorable events: one per family the event falls in,
 * with offsets moved into the corpus text by `toCorpus`, and each argument given as every mention
 * of its entity (an actor's mentions, an entity's span, every mention of a place).
 */
export interface PredictionContext {
  readonly doc: Document;
  /** Maps a half-open span of doc.text to the corpus text. */
  readonly toCorpus: (span: Span) => Span;
  readonly rows: readonly FamilyRow[];
  /** The groups the corpus has for each scored family (only those are predicted). */
  readonly groups: ReadonlyMap<string, ReadonlySet<ArgumentGroup>>;
}

function mentionsOf(doc: Document, id: string | null | undefined, kind: "participant" | "place"): { spans: Span[]; text: string } | null {
  if (!id) return null;
  if (kind === "place") {
    const p = layer(doc, "place").find((a) => a.id === id);
    if (!p) return null;
    // Every mention of the same place counts, as the gold counts every mention of its coreference cluster.
    const same = layer(doc, "place").filter((a) => a.id === id || (p.data.geonameid !== null ? a.data.geonameid === p.data.geonameid : a.data.name === p.data.name));
    return { spans: same.map((a) => ({ start: a.start, end: a.end })), text: p.data.text };
  }
  const actor = layer(doc, "actor").find((a) => a.id === id);
  if (actor) return { spans: [{ start: actor.start, end: actor.end }, ...actor.data.mentions.map((m) => ({ start: m.start, end: m.end }))], text: actor.data.name };
  const entity = layer(doc, "entity").find((a) => a.id === id);
  if (entity) return { spans: [{ start: entity.start, end: entity.end }], text: entity.data.text };
  return null;
}

/**
 * The tellings merged into an event (its `mentions`): their triggers and sentences, so the
 * happening view can match a gold mention told anywhere in the event.
 */
function mergedMentions(e: { mentions?: readonly { trigger: Span; evidence: Span }[] }): readonly { trigger: Span; evidence: Span }[] {
  return e.mentions ?? [];
}

/**
 * One scorable item per event, or with `perMention` one per telling of it (the event's `mentions`,
 * each with its own trigger, evidence, type and toll, and the event's arguments): mention detection
 * scores every sentence that tells a happening, which merging into one event must not lose.
 */
export function predictedEvents(ctx: PredictionContext, perMention = false): ScoredEvent[] {
  const { doc, toCorpus } = ctx;
  const out: ScoredEvent[] = [];
  for (const event of layer(doc, "event")) {
    // Per telling only: at the event level the copies stay the events sitrep reports.
    const isPlaceCopy = perMention && event.source.rule.includes(PLACE_COPY_RULE);
    const tellings = perMention && event.data.mentions?.length
      ? event.data.mentions.map((m, k) => ({ id: `${event.id}.${k}`, data: { ...event.data, type: m.type, mode: m.mode, place: m.place, actor: m.actor ?? null, target: m.target ?? null, actorPhrase: m.actorPhrase, targetPhrase: m.targetPhrase, placePhrase: m.placePhrase, victims: m.victims, fatalities: m.fatalities, injuries: m.injuries, trigger: m.trigger, evidence: m.evidence }, rule: m.rule }))
      : [{ id: event.id, data: event.data, rule: event.source.rule }];
    for (const e of tellings)
    for (const family of sitrepFamilies(e.data, e.rule, ctx.rows)) {
      const groups = ctx.groups.get(family);
      if (!groups) continue;
      const args: EventArgument[] = [];
      const add = (group: ArgumentGroup, id: string | null | undefined, phrase?: RolePhraseData) => {
        if (!groups.has(group)) return;
        // With no canonical actor, the clause's words for the role (a description: "unknown men", "she") stand for it.
        // Beside an actor, the phrase is the actor's own words in the clause: one more of its mentions.
        const own = mentionsOf(doc, id, group === "place" ? "place" : "participant");
        // A pronoun's antecedent in its sentence ("A woman ... she") is one more mention of the same participant.
        const words = phrase ? [{ start: phrase.start, end: phrase.end }, ...(phrase.antecedent ? [{ start: phrase.antecedent.start, end: phrase.antecedent.end }] : [])] : [];
        const m = own ? { spans: [...own.spans, ...words], text: own.text } : phrase ? { spans: words, text: phrase.text } : null;
        if (m && m.spans.length) args.push({ group, mentions: m.spans.map(toCorpus), text: m.text });
        // The other items of the phrase's list ("men, women and children") are more arguments of the role.
        for (const c of phrase?.conjuncts ?? []) args.push({ group, mentions: [toCorpus({ start: c.start, end: c.end })], text: c.text });
      };
      if (groups.has("participant")) {
        // A meeting's sides are symmetric: sitrep's actor and target are both participants.
        add("participant", e.data.actor, e.data.actorPhrase);
        if (e.data.target !== e.data.actor || !e.data.target) add("participant", e.data.target, e.data.targetPhrase);
      } else {
        add("actor", e.data.actor, e.data.actorPhrase);
        // A death or an injury happens to the people its toll counts ("killed 13 people and wounded 71":
        // the dead are 13 people, the injured 71), whoever the attack's target was; the target actor
        // stays only where the victims' words hold one of its mentions.
        const victims = family === DIE_FAMILY ? e.data.victims?.dead : family === INJURE_FAMILY ? e.data.victims?.injured : undefined;
        if (victims) add("target", holdsMention(doc, e.data.target, victims) ? e.data.target : null, victims);
        else add("target", e.data.target, e.data.targetPhrase);
      }
      add("place", e.data.place, e.data.placePhrase);
      // A copy of an event for another coordinated place (split:place: one event per location, as ACLED
      // codes "attacks in X and Y") tells the same trigger: in the corpora one mention, with both places.
      const trigger = toCorpus(e.data.trigger);
      const original = isPlaceCopy ? out.findIndex((o) => o.family === family && o.trigger.start === trigger.start && o.trigger.end === trigger.end) : -1;
      if (original >= 0) {
        // Its place only: a telling of the copy that keeps the original's place (one told in another sentence) adds nothing.
        const had = out[original]!.arguments;
        out[original] = { ...out[original]!, arguments: [...had, ...args.filter((a) => a.group === "place" && !had.some((h) => h.group === "place" && samePlaceArgument(h, a)))] };
        continue;
      }
      out.push({
        id: `${e.id}:${family}`,
        family,
        trigger,
        evidence: toCorpus(e.data.evidence),
        // A telling scored on its own (perMention) stands for itself only.
        mentions: (perMention ? [] : mergedMentions(e.data)).map((m) => ({ trigger: toCorpus(m.trigger), evidence: toCorpus(m.evidence) })),
        arguments: args,
      });
    }
  }
  return out;
}

/** Whether two place arguments are the same place: the same text and the same mentions. */
function samePlaceArgument(a: EventArgument, b: EventArgument): boolean {
  return a.text === b.text && a.mentions.length === b.mentions.length && a.mentions.every((m, i) => m.start === b.mentions[i]!.start && m.end === b.mentions[i]!.end);
}

/** Rule of an event copied for another coordinated place (extract-events.ts splitByPlace). */
const PLACE_COPY_RULE = "split:place";

/** The families whose undergoer is the people a toll counts (data/mappings/event-families.tsv). */
const DIE_FAMILY = "die";
const INJURE_FAMILY = "injure";

/** Whether an actor has a mention inside a phrase of the text. */
function holdsMention(doc: Document, id: string | null, phrase: Span): boolean {
  if (!id) return false;
  const actor = layer(doc, "actor").find((a) => a.id === id);
  return !!actor && actor.data.mentions.some((m) => m.start >= phrase.start && m.end <= phrase.end);
}

/** A short description of a predicted event for error listings. */
export function describeEvent(doc: Document, id: string): string {
  // "v3:attack" is event v3; "v3.1:die" its second mention.
  const e = layer(doc, "event").find((a) => `${a.id}` === id.split(":")[0]!.split(".")[0]);
  if (!e) return id;
  const sentence = e.data.evidence.text.replace(/\s+/g, " ");
  return `${e.data.type}/${e.data.mode ?? "-"} "${e.data.trigger.text}" [${e.source.rule}] in: ${sentence.length > 220 ? `${sentence.slice(0, 220)}…` : sentence}`;
}
