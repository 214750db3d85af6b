import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readLexicon } from "../../lexicons/read-lexicon.js";
import { POSSESSIVE_DETERMINERS } from "../../lexicons/grammar-words.js";
import { wordStartBefore } from "../../core/word-before.js";

/** The kind of party that owns an attacked site, as ACLED's second actor names it. */
export type SiteOwner = "MIL" | "POL" | "CVL";

/** ACLED's label of each owner; the event's country follows (acled-actors.ts places it). */
export const SITE_OWNER_LABELS: Readonly<Record<SiteOwner, string>> = { MIL: "Military Forces", POL: "Police Forces", CVL: "Civilians" };

interface SiteLexicon {
  readonly sites: ReadonlyMap<string, SiteOwner | null>;
  /** "none": the word makes the site an unnamed armed group's ("rebel positions"). */
  readonly owners: ReadonlyMap<string, SiteOwner | "none">;
}

const LEXICON = join(dirname(fileURLToPath(import.meta.url)), "../../../data/lexicons/events/site-owners.tsv");
let loaded: SiteLexicon | null = null;

function lexicon(): SiteLexicon {
  if (loaded) return loaded;
  const sites = new Map<string, SiteOwner | null>();
  const owners = new Map<string, SiteOwner | "none">();
  for (const r of readLexicon(LEXICON, ["word", "kind", "owner"]).rows) {
    const owner = (r.owner || null) as SiteOwner | null;
    if (r.kind === "site") sites.set(r.word!, owner);
    else if (r.kind === "owner" && owner) owners.set(r.word!, owner as SiteOwner | "none");
  }
  return (loaded = { sites, owners });
}

const POSSESSIVES: ReadonlySet<string> = POSSESSIVE_DETERMINERS;

/** A site word with a plural -s or -es taken off when only the singular is listed ("schools", "churches"). */
function siteOf(sites: SiteLexicon["sites"], head: string): SiteOwner | null | undefined {
  if (sites.has(head)) return sites.get(head);
  if (head.endsWith("es") && sites.has(head.slice(0, -2))) return sites.get(head.slice(0, -2));
  if (head.endsWith("s") && sites.has(head.slice(0, -1))) return sites.get(head.slice(0, -1));
  return undefined;
}

/**
 * Whose is the place or vehicle a target phrase names: "a police station" the police's, "a military vehicle" and
 * "an army base" the military's, "a school" and "a market" civilians'. An owner word before the head wins over the
 * site's own owner ("a military hospital"); a site with no owner of its own needs one ("a station"). Null when the
 * phrase's head is no listed site, or a possessive names whose it is ("their positions").
 */
export function ownerOfSite(phrase: { readonly text: string; readonly head: string }): SiteOwner | null {
  const lex = lexicon();
  const head = phrase.head.toLowerCase();
  const site = siteOf(lex.sites, head);
  if (site === undefined) return null;
  const words = phrase.text.toLowerCase().split(/[^a-z]+/);
  // "fortify their positions", "his house": a possessive names the owner, often the doer itself, not the site's kind.
  if (words.some((w) => POSSESSIVES.has(w))) return null;
  const at = words.lastIndexOf(head);
  for (let i = (at < 0 ? words.length : at) - 1; i >= 0; i--) {
    const owner = lex.owners.get(words[i]!) ?? lex.owners.get(words[i]!.replace(/s$/, ""));
    if (owner) return owner === "none" ? null : owner;
  }
  return site;
}

/** Longest owner word read back from an event noun ("military"). Unit: characters. */
const OWNER_WORD_MAX_CHARS = 12;

/**
 * "killed in an army operation", "a police raid", "a military offensive": the state force an owner word right before an
 * event's noun (one space between) names as its doer, when the text names no party for it; null for any other word
 * and for a word that makes the act an unnamed armed group's ("a rebel offensive": the actors stage reads those).
 */
export function ownerWordBefore(text: string, nounStart: number): SiteOwner | null {
  const from = wordStartBefore(text, nounStart, OWNER_WORD_MAX_CHARS);
  if (from < 0) return null;
  const owner = lexicon().owners.get(text.slice(from, nounStart - 1).toLowerCase());
  return owner === "MIL" || owner === "POL" ? owner : null;
}
