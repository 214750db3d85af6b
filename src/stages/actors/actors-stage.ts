import { defineStage, SitrepError, type ActorData, type PartyType, type Document, type LayerAnnotation } from "../../core/index.js";
import type { ActorDictionary } from "./actor-dictionary.js";
import { mentionStartRange, resolveBuilder, type ActorBuilder } from "./actor-builder.js";
import { acledNameOf, partyTypeOf } from "./acled-name.js";
import { findDescriptors, resolveDeferredGroups, resolveDeferredPersons } from "./find-descriptors.js";
import { findDictionaryMatches } from "./find-dictionary-matches.js";
import { addCapitalGovernments, findCapitalGovernments } from "./capital-governments.js";
import { findFocusCountry, findPlaceFocusCountry, unmarkedCapitals } from "./find-focus-country.js";
import { findNamedMentions, type NamedMention } from "./find-named-mentions.js";
import { linkAcronyms } from "./link-acronyms.js";
import { addNamedMention, builderOfNamed, createResolution, type Resolution } from "./resolution.js";
import { resolvePersons } from "./resolve-persons.js";
import { resolveLeaderGovernments } from "./resolve-leader-governments.js";
import { buildTokenView } from "./token-view.js";

/**
 * Canonical actors: entity mentions, dictionary matches and descriptor phrases merged into one actor
 * per real-world participant, with kind, country, title and affiliation. Works on the token stream
 * alone when the entity layer is empty (the dictionary and title rules still find actors).
 *
 * Rule order matters: descriptors come before persons so that "the Taliban regime" can make the
 * Taliban the governing actor a "foreign minister" belongs to; definite person descriptors ("the
 * official", "the Foreign Secretary") wait until the persons are known, to find who they refer
 * back to; persons come before the leftover named mentions so that a name's tokens are never read
 * as an organisation; acronyms come last, when every long form has its actor.
 */
export const actorsStage = defineStage({
  name: "actors",
  requires: ["sentence", "token", "entity"],
  provides: ["actor"],
  run(doc, ctx) {
    const dict = ctx.resources.actorDictionary as ActorDictionary | undefined;
    if (!dict) throw new SitrepError("MODEL_MISSING", "actorDictionary (loadActorsResources)");
    return { actor: findActors(doc, dict) };
  },
});

export function findActors(doc: Document, dict: ActorDictionary): LayerAnnotation<"actor">[] {
  const view = buildTokenView(doc);
  if (view.toks.length === 0) return [];
  const matches = findDictionaryMatches(view, dict);
  const named = findNamedMentions(doc, view, dict, matches);
  const res = createResolution(view, dict, named);
  const capitals = unmarkedCapitals(res);
  // "Moscow accused Kyiv": capitals that stand for their governments are parties, not places of the story.
  const governing = findCapitalGovernments(res);
  res.focus = findFocusCountry(res, capitals);
  res.placeFocus = findPlaceFocusCountry(res, capitals, new Set(governing.map((c) => res.view.toks[c.from]!.start)));
  addCapitalGovernments(res, governing);
  const deferred = findDescriptors(res);
  resolvePersons(res);
  resolveDeferredPersons(res, deferred);
  resolveLeaderGovernments(res);
  const byEntityId = addLeftoverMentions(res);
  resolveDeferredGroups(res, deferred);
  linkAcronyms(doc, res, byEntityId);
  return toAnnotations(res);
}

function addLeftoverMentions(res: Resolution): Map<string, ActorBuilder> {
  const byEntityId = new Map<string, ActorBuilder>();
  for (const n of res.named) {
    const claimedBy = res.claimed[n.from];
    if (claimedBy) {
      for (const id of n.entityIds) byEntityId.set(id, claimedBy);
      continue;
    }
    if (n.consumed || n.kind === "place" || n.kind === "person") continue;
    if (n.aliasRole === "adjective" && n.entityIds.length === 0 && !isPeopleUse(res, n)) continue;
    if (isFunctionWordName(res, n)) continue;
    const b = builderOfNamed(res, n);
    if (!b) continue;
    addNamedMention(res, b, n);
    for (const id of n.entityIds) byEntityId.set(id, resolveBuilder(b));
  }
  return byEntityId;
}

/** Parts of speech of closed-class words: no name is made of one alone. */
const FUNCTION_POS: ReadonlySet<string> = new Set(["ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"]);

/**
 * "Within 10 days of the attacks": a sentence's capitalised first word the entity model took for an
 * organisation, though it is a preposition (or another closed-class word): no actor. Only names the
 * dictionary does not know, of one token.
 */
function isFunctionWordName(res: Resolution, n: NamedMention): boolean {
  return !n.entry && n.to - n.from === 1 && FUNCTION_POS.has(res.view.toks[n.from]!.pos);
}

/**
 * A demonym adjective stands for the people ("Afghan soil") unless a capitalised word follows,
 * which makes it part of a name ("Afghan Red Crescent", "Indian Ocean").
 */
function isPeopleUse(res: Resolution, n: NamedMention): boolean {
  const next = res.view.toks[n.to];
  if (!next || next.sentence !== res.view.toks[n.from]!.sentence || !next.capitalised) return true;
  // "Iraqi President Fuad Masum": a title, not a name, follows.
  return res.dict.titleWords.has(next.lower);
}

function toAnnotations(res: Resolution): LayerAnnotation<"actor">[] {
  const finals = new Set<ActorBuilder>();
  for (const b of res.builders.values()) {
    const r = resolveBuilder(b);
    if (r.mentions.length > 0) finals.add(r);
  }
  // Affiliations that have no mention of their own still need an actor to point to.
  for (const b of [...finals]) {
    const aff = b.affiliation ? resolveBuilder(b.affiliation) : null;
    if (aff && !finals.has(aff)) {
      aff.evidence = b.mentions[0] ?? null;
      aff.rules.add("inferred-affiliation");
      finals.add(aff);
    }
  }
  const ordered = [...finals].sort((a, b) => firstStart(a) - firstStart(b) || a.key.localeCompare(b.key));
  const ids = new Map<ActorBuilder, string>();
  ordered.forEach((b, i) => ids.set(b, `a${i + 1}`));
  return ordered.map((b) => {
    const mentions = [...b.mentions].sort((x, y) => x.start - y.start || y.end - x.end);
    const span = mentions[0] ?? b.evidence ?? { start: 0, end: 0 };
    const aff = b.affiliation ? resolveBuilder(b.affiliation) : null;
    const aliases = [...new Set(mentions.map((m) => m.text.replace(/^(the|a|an)\s+/i, "")))].filter((t) => t !== b.name);
    const data: ActorData = {
      name: b.name,
      kind: b.kind,
      country: b.country ?? aff?.country ?? null,
      title: b.title,
      affiliation: aff && aff !== b ? ids.get(aff) ?? null : null,
      aliases,
      mentions: mentions.map((m) => ({ start: m.start, end: m.end })),
      ...(b.entry ? { dictionaryId: b.entry.id } : {}),
      ...(b.entityType ? { entityType: b.entityType } : {}),
      ...(b.entry?.code ? { code: b.entry.code } : {}),
      ...partyTypeField(b),
      acledName: acledNameOf(b, res.dict),
    };
    return {
      id: ids.get(b)!,
      layer: "actor" as const,
      start: span.start,
      end: span.end,
      data,
      source: { stage: "actors", rule: [...b.rules].join("+") },
    };
  });
}

function partyTypeField(b: ActorBuilder): { partyType?: PartyType } {
  const t = partyTypeOf(b);
  return t ? { partyType: t } : {};
}

function firstStart(b: ActorBuilder): number {
  return b.mentions.length > 0 ? mentionStartRange(b).first : b.evidence?.start ?? Number.MAX_SAFE_INTEGER;
}
