import type { ActorKind, Document } from "../../core/index.js";
import { findAnnotation } from "./find-annotation.js";
import { ACTOR_CLASS_WINDOW_TOKENS } from "./heuristics.js";
import type { ActorClass, EventsLexicons } from "./resources.js";
import type { SentenceView } from "./sentence-view.js";

const KIND_CLASS: Partial<Record<ActorKind, ActorClass>> = {
  government: "state-force",
  military: "state-force",
  police: "police",
  "armed group": "armed-group",
  country: "state-force",
};

/** Heads whose modifier says more than they do: "rebel forces", "opposition fighters", "government troops". */
const MODIFIED_HEADS = new Set(["forces", "troops", "fighters", "units", "soldiers", "militias", "groups"]);
const STATE_MODIFIERS = new Set(["government", "regime", "security", "state", "federal", "national", "pro-government"]);

/** The class of the word at i, letting a modifier before a generic head decide. */
function classAt(s: SentenceView, lex: EventsLexicons, i: number): ActorClass | null {
  const w = s.tokens[i]!.normal;
  const c = lex.actorClasses.get(w)?.cls ?? null;
  if (c && MODIFIED_HEADS.has(w)) {
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const m = s.tokens[j]!.normal;
      if (STATE_MODIFIERS.has(m)) return "state-force";
      const mc = lex.actorClasses.get(m)?.cls;
      if (mc === "armed-group") return mc;
    }
  }
  return c;
}

function classOfActor(doc: Document, id: string | null): ActorClass | null {
  const a = findAnnotation(doc, "actor", id);
  return a ? KIND_CLASS[a.data.kind] ?? null : null;
}

/**
 * What kind of party is the source of the event: the resolved actor's kind, else the nearest
 * class word before the trigger in its clause ("government forces recaptured", "militants seized").
 */
export function classifySource(doc: Document, s: SentenceView, lex: EventsLexicons, actor: string | null, anchor: number): ActorClass | null {
  const known = classOfActor(doc, actor);
  if (known) return known;
  const clause = s.clause[anchor];
  for (let i = anchor - 1; i >= 0 && i >= anchor - ACTOR_CLASS_WINDOW_TOKENS; i--) {
    if (s.clause[i] !== clause) break;
    const c = classAt(s, lex, i);
    if (c) return c;
  }
  return null;
}

/** What kind of party is hit: the resolved target's kind, else the first class word after the trigger ("attacked a peaceful student demonstration"). */
export function classifyTarget(doc: Document, s: SentenceView, lex: EventsLexicons, target: string | null, lastToken: number): ActorClass | null {
  const known = classOfActor(doc, target);
  if (known) return known;
  for (let i = lastToken + 1; i < s.tokens.length && i <= lastToken + ACTOR_CLASS_WINDOW_TOKENS; i++) {
    const w = s.tokens[i]!.normal;
    if (w === "." || w === ";" || w === "by") break;
    const c = classAt(s, lex, i);
    if (c) return c;
  }
  return null;
}

/** The victim class of a passive casualty report: "Four women were killed ..." -> civilians. */
export function classifyVictims(s: SentenceView, lex: EventsLexicons, casualtyWord: number): ActorClass | null {
  for (let i = casualtyWord - 1; i >= 0 && i >= casualtyWord - ACTOR_CLASS_WINDOW_TOKENS; i--) {
    const c = lex.actorClasses.get(s.tokens[i]!.normal);
    if (c) return c.cls;
  }
  for (let i = casualtyWord + 1; i < s.tokens.length && i <= casualtyWord + 4; i++) {
    const c = lex.actorClasses.get(s.tokens[i]!.normal);
    if (c) return c.cls;
  }
  return null;
}
