import { mergeBuilders, resolveBuilder, type ActorBuilder } from "./actor-builder.js";
import { LEADER_NAME_RULE } from "./find-descriptors.js";
import { sectorBuilder, type Resolution } from "./resolution.js";

/**
 * "Syrian President Bashar al-Assad ... the Assad regime's attacks": a government named after its
 * leader is the government that leader heads, when the text names the leader elsewhere as the
 * holder of a state office (a person whose title gave a government as affiliation). It becomes a
 * mention of that state's government (ACLED's "Government of Syria"), so its attacks and its
 * demands count for the state. With no such person in the text, it stays as its own actor: the
 * leader's country is not guessed from the story's places ("the Putin regime" in a story from Kyiv).
 */
export function resolveLeaderGovernments(res: Resolution): void {
  const finals = new Set<ActorBuilder>();
  for (const b of res.builders.values()) finals.add(resolveBuilder(b));
  const leaders = [...finals].filter((b) => b.kind === "person" && b.nameTokens?.length && governmentOf(b) !== null);
  if (leaders.length === 0) return;
  for (const b of finals) {
    if (b.kind !== "government" || b.entry || b.country || ![...b.rules].some((r) => r.endsWith(`+${LEADER_NAME_RULE}`))) continue;
    const words = new Set(b.name.toLowerCase().split(/\s+/));
    // The leader's surname is in the regime's name ("Assad" of "Bashar al-Assad": the part after a hyphen too).
    const leader = leaders.find((p) => surnameForms(p).some((w) => words.has(w)));
    const country = leader ? governmentOf(leader) : null;
    const state = country ? sectorBuilder(res, "gov", country) : null;
    if (state) mergeBuilders(state, b, `${LEADER_NAME_RULE}:leader-title`);
  }
}

/** The country whose government a person's title makes them part of ("Syrian President"), else null. */
function governmentOf(p: ActorBuilder): string | null {
  const aff = p.affiliation ? resolveBuilder(p.affiliation) : null;
  return aff && aff.kind === "government" && aff.country ? aff.country : null;
}

/** A person's last name token, and its last part after a hyphen ("al-assad", "assad"). */
function surnameForms(p: ActorBuilder): string[] {
  const last = p.nameTokens![p.nameTokens!.length - 1]!;
  const part = last.slice(last.lastIndexOf("-") + 1);
  return part && part !== last ? [last, part] : [last];
}
