import type { Count, GeoPrecision, Modality } from "../../core/index.js";
import type { ActorClass, TriggerRow } from "./resources.js";

/** One event mention while the stage works on it; frozen into an EventData at the end. */
export interface EventMention {
  row: TriggerRow;
  type: string;
  mode: string | null;
  sentence: number;
  /** Sentence-local token indices of the trigger. */
  tokens: readonly number[];
  actor: string | null;
  target: string | null;
  claimedBy: string | null;
  modality: Modality;
  background: boolean;
  place: string | null;
  geoPrecision: GeoPrecision | null;
  date: string | null;
  fatalities: Count | null;
  injuries: Count | null;
  acled: { eventType: string; subEventType: string } | null;
  sourceClass: ActorClass | null;
  targetClass: ActorClass | null;
  contexts: Set<string>;
  /** Other sub-national places named for this event besides `place`: an attack "in Jabla ... and Tartus" happened in each. */
  otherPlaces?: { readonly id: string; readonly precision: GeoPrecision }[];
  /** A noun with a definite or possessive determiner ("her release", "that deal"): it may refer back to an event told far earlier. */
  definite?: boolean;
  /** Lexicon rows and rules that shaped this event, for provenance. */
  rules: string[];
}

export function anchorOf(m: EventMention): number {
  return m.tokens[0]!;
}

export function lastTokenOf(m: EventMention): number {
  return m.tokens[m.tokens.length - 1]!;
}
