import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Modality } from "../../core/index.js";
import { readLexicon } from "../../lexicons/read-lexicon.js";
import { cachedCompilation, fromRoot } from "../../lexicons/compiled-lexicon-cache.js";
import { compilePattern, firstWords, type TokenPattern } from "./token-pattern.js";

function readTsvRows(path: string, columns: readonly string[]) {
  return readLexicon(path, columns).rows;
}

/** One trigger lexicon row, compiled. */
export interface TriggerRow {
  readonly id: string;
  readonly pattern: TokenPattern;
  readonly type: string;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly acled: { readonly eventType: string; readonly subEventType: string } | null;
  readonly rank: number;
  readonly weak: boolean;
  readonly generic: boolean;
  /**
   * Set on a word a sense row re-read as a generic row ("repelled the assault": not a beating but the attack told before):
   * it yields to the specific telling of its sentence as a generic word does, keeping its own rank elsewhere (resolve-sense.ts).
   */
  readonly rereadGeneric?: boolean;
  readonly attribution: boolean;
  /** Never a snippet's main event by rank (see triggers.tsv). */
  readonly minor: boolean;
  /** An event only when its clause anchors it (place, date, casualties, or actor and target). */
  readonly anchored: boolean;
  /** Two-sided fighting ("clashes", "a gunfight"): both parties fight, so the dead it lists for both sides name its two sides. */
  readonly mutual: boolean;
  /** Not an event: the row only keeps its words from weaker rows ("press release"). */
  readonly none: boolean;
  /** The trigger names the participants ("protesters"), not the act: a weaker account of the event than "protests" or "gathered". */
  readonly participant: boolean;
  /**
   * A word that tells part of a happening but names no cause ("died", "dead", "exploded"): never an
   * event of its own, one more telling of the violent or disastrous event of its sentence (or of the
   * sentence before, when its own sentence gives a count and no event). Its toll stays with the event's casualty words.
   */
  readonly telling: boolean;
  readonly modality: Modality | null;
}

export interface CueRow {
  readonly id: string;
  readonly pattern: TokenPattern;
  readonly value: string;
}

/** A cue of a total or a rate, with the words next to it that cancel it ("the worst since 2015", "a year ago"). */
export interface CumulativeCue extends CueRow {
  /** Matched against each of the two words before the cue. */
  readonly unlessBefore: TokenPattern | null;
  /** Matched against the word right after the cue. */
  readonly unlessAfter: TokenPattern | null;
  /** Whether unlessAfter cancels the cue only when the phrase it opens names one happening (cumulative-cues.tsv). */
  readonly unlessAfterNamesOne: boolean;
  /** Where the cue counts: anywhere in the sentence, only in the casualty word's clause, or only for an epidemic's figure. */
  readonly scope: CumulativeScope;
}

export type CumulativeScope = "sentence" | "clause" | "epidemic";

export type CasualtyKind = "fatal" | "injured" | "toll" | "casualties";

export interface CasualtyWord {
  readonly id: string;
  readonly kind: CasualtyKind;
  /**
   * Where the figure is read; "of": after the word, and only when "of" or a possessor names its victims ("the death of a civilian", "Velazquez' death");
   * "to": before the word, and only when the word is where people were taken ("12 passengers were taken to hospital", not "a 200-bed hospital").
   */
  readonly direction: "both" | "before" | "after" | "of" | "to";
}

export interface Quantity {
  readonly id: string;
  readonly words: readonly string[];
  readonly min: number | null;
  readonly max: number | null;
}

export interface QuantityModifier {
  readonly id: string;
  readonly words: readonly string[];
  readonly kind: "min" | "max" | "approx";
}

/** One word-sense test of trigger-senses.tsv, compiled (see resolve-sense.ts). */
export interface SenseRow {
  readonly id: string;
  /** One pattern element the trigger's first token must match; null for any. */
  readonly words: TokenPattern | null;
  /** Where the cue is looked for: before, after or around the trigger, or within the gap of its pattern ("building ... fire"). */
  readonly side: "before" | "after" | "around" | "within";
  readonly scope: "clause" | "sentence";
  readonly window: number;
  /** null: the row applies whatever the context. */
  readonly cue: TokenPattern | null;
  readonly action: "keep" | "drop" | "require" | "as";
  /** The trigger row whose type, mode and codes an `as` row gives. */
  readonly as: TriggerRow | null;
}

export type ActorClass = "state-force" | "police" | "armed-group" | "civilians" | "protesters";

/** A state's forces (army, police): the parties that arrest, police a crowd and act for a government. */
export function isStateForceClass(c: ActorClass | string | null | undefined): boolean {
  return c === "state-force" || c === "police";
}

/** Parties that bear arms (a state's forces or an armed group): they take and hold people. */
export function isArmedClass(c: ActorClass | string | null | undefined): boolean {
  return c === "armed-group" || isStateForceClass(c);
}

/** Crowds (civilians, protesters): parties without arms of their own, whose violence ACLED codes as riots or mob violence. */
export function isCrowdClass(c: ActorClass | string | null | undefined): boolean {
  return c === "civilians" || c === "protesters";
}

export interface EventsLexicons {
  readonly triggers: readonly TriggerRow[];
  /** First-element word -> rows whose pattern starts with it. */
  readonly triggerIndex: ReadonlyMap<string, readonly TriggerRow[]>;
  readonly modalityCues: readonly CueRow[];
  readonly modalityIndex: ReadonlyMap<string, readonly CueRow[]>;
  readonly backgroundCues: readonly CueRow[];
  readonly backgroundIndex: ReadonlyMap<string, readonly CueRow[]>;
  /** Cues of a subordinate or context clause (see subordinate-cues.tsv). */
  readonly subordinateIndex: ReadonlyMap<string, readonly CueRow[]>;
  /** Lower-case token -> clause boundary kind. */
  readonly clauseBoundaries: ReadonlyMap<string, string>;
  readonly casualtyWords: ReadonlyMap<string, CasualtyWord>;
  /** Quantities by their first word, longest first. */
  readonly quantities: ReadonlyMap<string, readonly Quantity[]>;
  readonly quantityModifiers: ReadonlyMap<string, readonly QuantityModifier[]>;
  /** Endings of abstract nouns (content-noun-endings.tsv): a bare object so headed is what an act is about, not its party. */
  readonly contentNounEndings: readonly string[];
  readonly actorClasses: ReadonlyMap<string, { readonly id: string; readonly cls: ActorClass }>;
  /** Cues of a total or a rate ("since 2015", "a year"): the figure is no event's toll (cumulative-cues.tsv). */
  readonly cumulativeIndex: ReadonlyMap<string, readonly CumulativeCue[]>;
  /** Trigger row id -> its sense tests, in file order. */
  readonly senseIndex: ReadonlyMap<string, readonly SenseRow[]>;
  /** Word classes of sense-classes.tsv: class -> its words (lower-case forms and stems). */
  readonly wordClasses: ReadonlyMap<string, ReadonlySet<string>>;
  /** Word -> PLOVER context ("coronavirus" -> disease). */
  readonly contextWords: ReadonlyMap<string, string>;
  /** Words that mark a mention as one more happening besides one already told (distinct-event-cues.tsv). */
  readonly distinctEventCues: ReadonlySet<string>;
  /** Month names, date-context words and name joiners (name-and-date-words.tsv). */
  readonly nameAndDateWords: ReadonlyMap<string, NameOrDateWord>;
}

export type NameOrDateWord = "month" | "date-lead" | "name-joiner";

const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../data/lexicons/events");
const MODALITIES: ReadonlySet<string> = new Set(["asserted", "claimed", "pledged", "intended", "demanded", "hypothetical", "negated"]);

/** A modality cue whose words name no event at all ("ISIL's ability to launch operations"): the mention is dropped. */
export const NOT_AN_EVENT = "none";

/** The default lexicons compiled once per process, from the build's cache when it was made from these files and this code. */
const compiledDefault = cachedCompilation({
  name: "events",
  inputs: fromRoot("data/lexicons/events/", "src/stages/events/", "src/lexicons/", "src/core/"),
  compile: () => compileEventsLexicons(LEXICON_DIR),
});

/** Loads and compiles the events lexicons once per process. */
export function loadEventsResources(dir: string = LEXICON_DIR): { events: EventsLexicons } {
  return { events: dir === LEXICON_DIR ? compiledDefault() : compileEventsLexicons(dir) };
}

function indexBy<T>(rows: readonly T[], keys: (row: T) => readonly string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const row of rows) {
    for (const k of new Set(keys(row))) {
      const list = index.get(k) ?? [];
      list.push(row);
      index.set(k, list);
    }
  }
  return index;
}

function compileCues(rows: readonly Record<string, string>[], valueColumn: string): CueRow[] {
  return rows.map((r) => ({ id: r.id!, pattern: compilePattern(r.pattern!), value: r[valueColumn] ?? "" }));
}

export function compileEventsLexicons(dir: string): EventsLexicons {
  const triggers: TriggerRow[] = readTsvRows(join(dir, "triggers.tsv"), ["pattern", "type", "mode", "cameo", "acled_event_type", "acled_sub_type", "rank", "flags"]).map((r) => {
    const flags = new Set((r.flags ?? "").split(",").map((f) => f.trim()).filter(Boolean));
    const modality = [...flags].find((f) => MODALITIES.has(f)) as Modality | undefined;
    return {
      id: r.id!,
      pattern: compilePattern(r.pattern!),
      type: r.type!,
      mode: r.mode || null,
      cameo: r.cameo || null,
      acled: r.acled_event_type && r.acled_sub_type ? { eventType: r.acled_event_type, subEventType: r.acled_sub_type } : null,
      rank: Number(r.rank) || 1,
      weak: flags.has("weak"),
      generic: flags.has("generic"),
      attribution: flags.has("attribution"),
      minor: flags.has("minor"),
      anchored: flags.has("anchored"),
      mutual: flags.has("mutual"),
      none: flags.has("none") || r.type === "NONE",
      participant: flags.has("participant"),
      telling: flags.has("telling"),
      modality: modality ?? null,
    };
  });
  const modalityCues = compileCues(readTsvRows(join(dir, "modality-cues.tsv"), ["pattern", "modality"]), "modality");
  for (const c of modalityCues) if (!MODALITIES.has(c.value) && c.value !== NOT_AN_EVENT) throw new Error(`modality cue ${c.id}: unknown modality ${c.value}`);
  const backgroundCues = compileCues(readTsvRows(join(dir, "background-cues.tsv"), ["pattern", "kind"]), "kind");
  const subordinateCues = compileCues(readTsvRows(join(dir, "subordinate-cues.tsv"), ["pattern"]), "id");

  const clauseBoundaries = new Map<string, string>();
  for (const r of readTsvRows(join(dir, "clause-boundaries.tsv"), ["token", "kind"])) {
    if (r.kind !== "none") clauseBoundaries.set(r.token!.toLowerCase(), r.kind!);
  }
  const casualtyWords = new Map<string, CasualtyWord>();
  for (const r of readTsvRows(join(dir, "casualty-words.tsv"), ["word", "kind", "direction"])) {
    casualtyWords.set(r.word!.toLowerCase(), { id: r.id!, kind: r.kind as CasualtyKind, direction: r.direction as CasualtyWord["direction"] });
  }
  const quantities = indexBy(
    readTsvRows(join(dir, "vague-quantities.tsv"), ["phrase", "min", "max"]).map((r) => ({
      id: r.id!,
      words: r.phrase!.toLowerCase().split(/\s+/),
      min: r.min === "" ? null : Number(r.min),
      max: r.max === "" ? null : Number(r.max),
    })),
    (q) => [q.words[0]!],
  );
  for (const list of quantities.values()) list.sort((a, b) => b.words.length - a.words.length);
  const quantityModifiers = indexBy(
    readTsvRows(join(dir, "quantity-modifiers.tsv"), ["phrase", "kind"]).map((r) => ({
      id: r.id!,
      words: r.phrase!.toLowerCase().split(/\s+/),
      kind: r.kind as QuantityModifier["kind"],
    })),
    (q) => [q.words[0]!],
  );
  const contentNounEndings = readTsvRows(join(dir, "content-noun-endings.tsv"), ["ending"]).map((r) => r.ending!.toLowerCase());
  const actorClasses = new Map<string, { id: string; cls: ActorClass }>();
  for (const r of readTsvRows(join(dir, "actor-classes.tsv"), ["word", "class"])) actorClasses.set(r.word!.toLowerCase(), { id: r.id!, cls: r.class as ActorClass });

  const contextWords = new Map<string, string>();
  for (const r of readTsvRows(join(dir, "contexts.tsv"), ["word", "context"])) contextWords.set(r.word!.toLowerCase(), r.context!);

  const nameAndDateWords = new Map<string, NameOrDateWord>();
  for (const r of readTsvRows(join(dir, "name-and-date-words.tsv"), ["word", "kind"])) {
    if (r.kind !== "month" && r.kind !== "date-lead" && r.kind !== "name-joiner") throw new Error(`name-and-date word ${r.id}: unknown kind ${r.kind}`);
    nameAndDateWords.set(r.word!.toLowerCase(), r.kind);
  }

  const distinctEventCues = new Set(readTsvRows(join(dir, "distinct-event-cues.tsv"), ["word"]).map((r) => r.word!.toLowerCase()));
  const { senseIndex, wordClasses } = compileSenses(dir, triggers);
  const cumulativeCues: CumulativeCue[] = readTsvRows(join(dir, "cumulative-cues.tsv"), ["pattern", "unless_before", "unless_after", "scope", "unless_after_phrase"]).map((r) => ({
    id: r.id!,
    pattern: compilePattern(r.pattern!),
    value: r.id!,
    unlessBefore: r.unless_before ? compilePattern(r.unless_before) : null,
    unlessAfter: r.unless_after ? compilePattern(r.unless_after) : null,
    unlessAfterNamesOne: afterPhrase(r.unless_after_phrase, r.id!),
    scope: cumulativeScope(r.scope!, r.id!),
  }));

  return {
    senseIndex,
    wordClasses,
    cumulativeIndex: indexBy(cumulativeCues, (c) => firstWords(c.pattern)),
    contextWords,
    nameAndDateWords,
    distinctEventCues,
    triggers,
    triggerIndex: indexBy(triggers, (t) => firstWords(t.pattern)),
    modalityCues,
    modalityIndex: indexBy(modalityCues, (c) => firstWords(c.pattern)),
    backgroundCues,
    backgroundIndex: indexBy(backgroundCues, (c) => firstWords(c.pattern)),
    subordinateIndex: indexBy(subordinateCues, (c) => firstWords(c.pattern)),
    clauseBoundaries,
    casualtyWords,
    quantities,
    quantityModifiers,
    contentNounEndings,
    actorClasses,
  };
}

const SENSE_SIDES = new Set(["before", "after", "around", "within"]);
const SENSE_ACTIONS = new Set(["keep", "drop", "require"]);

/** Reads sense-classes.tsv and trigger-senses.tsv; `@class` in a cue stands for the class's words. */
function compileSenses(dir: string, triggers: readonly TriggerRow[]): { senseIndex: Map<string, SenseRow[]>; wordClasses: Map<string, Set<string>> } {
  const classWords = new Map<string, string[]>();
  for (const r of readTsvRows(join(dir, "sense-classes.tsv"), ["class", "words"])) {
    classWords.set(r.class!, [...(classWords.get(r.class!) ?? []), ...r.words!.split("|").filter(Boolean)]);
  }
  const expand = (pattern: string, id: string) =>
    pattern.trim().split(/\s+/).map((el) => el.split("|").flatMap((alt) => {
      if (!alt.startsWith("@")) return [alt];
      const words = classWords.get(alt.slice(1));
      if (!words) throw new Error(`sense ${id}: unknown word class ${alt}`);
      return words;
    }).join("|")).join(" ");
  const byId = new Map(triggers.map((t) => [t.id, t] as const));
  const senseIndex = new Map<string, SenseRow[]>();
  for (const r of readTsvRows(join(dir, "trigger-senses.tsv"), ["triggers", "words", "side", "scope", "window", "cue", "action"])) {
    const id = r.id!;
    const action = r.action!;
    const asId = action.startsWith("as:") ? action.slice(3) : null;
    if (!asId && !SENSE_ACTIONS.has(action)) throw new Error(`sense ${id}: unknown action ${action}`);
    if (asId && !byId.has(asId)) throw new Error(`sense ${id}: unknown trigger row ${asId}`);
    if (!SENSE_SIDES.has(r.side!) || (r.scope !== "clause" && r.scope !== "sentence")) throw new Error(`sense ${id}: bad side or scope`);
    const row: SenseRow = {
      id,
      words: r.words === "*" ? null : compilePattern(expand(r.words!, id)),
      side: r.side as SenseRow["side"],
      scope: r.scope as SenseRow["scope"],
      window: Number(r.window) || 0,
      cue: r.cue === "-" ? null : compilePattern(expand(r.cue!, id)),
      action: asId ? "as" : (action as SenseRow["action"]),
      as: asId ? byId.get(asId)! : null,
    };
    for (const t of r.triggers!.split("|")) {
      if (!byId.has(t)) throw new Error(`sense ${id}: unknown trigger row ${t}`);
      senseIndex.set(t, [...(senseIndex.get(t) ?? []), row]);
    }
  }
  const wordClasses = new Map([...classWords].map(([k, v]) => [k, new Set(v.map((w) => w.replace(/^=/, "").toLowerCase()))] as const));
  return { senseIndex, wordClasses };
}

function afterPhrase(value: string | undefined, id: string): boolean {
  if (!value) return false;
  if (value === "one-happening") return true;
  throw new Error(`cumulative-cues.tsv ${id}: unless_after_phrase must be one-happening or \\N, not "${value}"`);
}

function cumulativeScope(value: string, id: string): CumulativeScope {
  if (value === "sentence" || value === "clause" || value === "epidemic") return value;
  throw new Error(`cumulative-cues.tsv ${id}: scope must be sentence, clause or epidemic, not "${value}"`);
}
