import { layer, type ActorKind, type Document, type EntityType } from "../../core/index.js";
import type { ActorDictionary, AliasRole, DictionaryEntry } from "./actor-dictionary.js";
import type { DictionaryMatch } from "./find-dictionary-matches.js";
import { tokenRange, type TokenView } from "./token-view.js";

/** A named mention: an entity annotation, a dictionary match, or both agreeing on one span. */
export interface NamedMention {
  start: number;
  end: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  readonly text: string;
  readonly entityType: EntityType | null;
  readonly entityIds: string[];
  readonly entry: DictionaryEntry | null;
  readonly aliasRole: AliasRole | null;
  /** "place" for GPE/LOC entities that are not countries: places, not actors. */
  readonly kind: ActorKind | "place";
  /** Countries named inside an unknown organisation's name ("Afghan Red Crescent Society"). */
  readonly countryHint: string | null;
  readonly rule: string;
  /** Set when a descriptor phrase took this mention over ("Afghan" in "Afghan forces"). */
  consumed?: boolean;
}

const ACTOR_ENTITY_TYPES: ReadonlySet<string> = new Set(["PERSON", "ORG", "GPE", "LOC", "NORP"]);

/**
 * Joins the entity layer with dictionary matches. The dictionary decides identity where it covers an
 * entity; an entity that contains a country name is its own actor ("Bank of America"); a person's name
 * hides any alias inside it ("Chad" in "Chad Johnson").
 */
export function findNamedMentions(doc: Document, view: TokenView, dict: ActorDictionary, matches: readonly DictionaryMatch[]): NamedMention[] {
  const text = view.text;
  const used = new Set<DictionaryMatch>();
  const dropped = new Set<DictionaryMatch>();
  const out: NamedMention[] = [];

  for (const e of layer(doc, "entity")) {
    if (!ACTOR_ENTITY_TYPES.has(e.data.type)) continue;
    const { start, end } = trimEntitySpan(text, e.start, e.end);
    if (end <= start) continue;
    const type = e.data.type;
    const overlapping = matches.filter((m) => m.start < end && start < m.end);
    const covering = overlapping.find((m) => m.start <= start && m.end >= end);
    if (covering && type !== "PERSON") {
      used.add(covering);
      const prev = out.find((n) => n.entry === covering.entry && n.start === covering.start);
      if (prev) prev.entityIds.push(e.id);
      else out.push(fromMatch(view, covering, type, [e.id]));
      continue;
    }
    const inside = overlapping.filter((m) => m.start >= start && m.end <= end);
    const crossing = overlapping.filter((m) => !inside.includes(m));
    if (crossing.length > 0 && type !== "PERSON") continue; // the curated dictionary wins over a model's border
    for (const m of inside) dropped.add(m);
    for (const m of crossing) dropped.add(m);
    const r = tokenRange(view, start, end);
    const countryHint = inside.find((m) => m.entry.kind === "country" || m.entry.id.startsWith("people:"))?.entry.country ?? null;
    const inner = inside.length === 1 ? inside[0]! : undefined;
    const surface = text.slice(start, end);
    if (inner && type !== "PERSON" && type !== "GPE" && type !== "LOC" && inner.entry.kind !== "country" && isOnlyDescriptorWords(surface, text.slice(inner.start, inner.end), dict)) {
      // "Taliban regime" tagged as one ORG is the Taliban.
      dropped.delete(inner);
      used.add(inner);
      out.push({ ...fromMatch(view, inner, type, [e.id]), start, end, from: r.from, to: r.to, text: surface, rule: `dictionary:${inner.entry.id}` });
      continue;
    }
    out.push({
      start,
      end,
      from: r.from,
      to: r.to,
      text: surface,
      entityType: type,
      entityIds: [e.id],
      entry: null,
      aliasRole: null,
      kind: kindOfEntity(type, surface, dict),
      countryHint,
      rule: `entity:${type}`,
    });
  }
  for (const m of matches) if (!used.has(m) && !dropped.has(m)) out.push(fromMatch(view, m, null, []));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop a mention nested in an earlier, longer one (two entity models disagreeing, or an entity inside a match).
  const clean: NamedMention[] = [];
  for (const n of out) {
    const last = clean[clean.length - 1];
    if (last && n.start < last.end) continue;
    clean.push(n);
  }
  return clean;
}

function fromMatch(view: TokenView, m: DictionaryMatch, type: EntityType | null, entityIds: string[]): NamedMention {
  return {
    start: m.start,
    end: m.end,
    from: m.from,
    to: m.to,
    text: view.text.slice(m.start, m.end),
    entityType: type ?? m.entry.entityType,
    entityIds,
    entry: m.entry,
    aliasRole: m.alias.role,
    kind: m.entry.kind,
    countryHint: m.entry.country,
    rule: `dictionary:${m.entry.id}`,
  };
}

/** Drops a leading "the" and a trailing possessive from an entity span. */
export function trimEntitySpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  const lead = /^(the|The|THE)\s+/.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  const tail = /(['’]s|['’])$/.exec(text.slice(s, e));
  if (tail) e -= tail[0].length;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

function isOnlyDescriptorWords(surface: string, inner: string, dict: ActorDictionary): boolean {
  const rest = surface.replace(inner, " ").trim().toLowerCase();
  if (!rest) return true;
  return rest.split(/\s+/).every((w) => dict.headsByFirstWord.get(w)?.some((h) => h.words.length === 1 && h.role !== "person"));
}

function kindOfEntity(type: EntityType, surface: string, dict: ActorDictionary): ActorKind | "place" {
  if (type === "PERSON") return "person";
  if (type === "GPE" || type === "LOC") return "place";
  if (type === "NORP") return "group";
  return kindOfOrganisationName(surface, dict);
}

/** The kind an organisation's own name suggests; its last telling word wins ("Army Times" is media). */
export function kindOfOrganisationName(name: string, dict: ActorDictionary): ActorKind {
  let kind: ActorKind = "organisation";
  for (const w of name.toLowerCase().split(/[^\p{L}]+/u)) {
    const hit = dict.orgHeads.get(w);
    if (hit) kind = hit.kind;
  }
  return kind;
}
