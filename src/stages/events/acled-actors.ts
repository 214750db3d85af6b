import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PartyType } from "../../core/index.js";
import { readLexicon } from "../../lexicons/read-lexicon.js";
import { SITE_OWNER_LABELS, type SiteOwner } from "./site-owners.js";

/** A party to an event as the ACLED coding sees it: its own name, ACLED name, kind of party and country. */
export interface AcledParty {
  readonly name: string;
  readonly acledName?: string | null;
  /** ACLED-style kind of party (core PartyType: GOV, MIL, POL, CVL, PRO, RIO, UAF...). */
  readonly partyType?: PartyType | string | null;
  readonly country?: string | null;
  /** An ethnic or communal group the dictionary knows ("Fulani", "Hema"): ACLED names its armed men an ethnic militia. */
  readonly ethnic?: boolean;
  /** A religious community the dictionary knows ("Shiites", "Buddhists"): attacked as a community, its people are civilians. */
  readonly religious?: boolean;
  /** The event's words name this party's people as armed ("Kurdish militants"): an ethnic group's are then its militia in any armed violence. */
  readonly armed?: boolean;
}

/** An event's actor1 and actor2 as ACLED would code them, with the convention rows that filled or moved them. */
export interface AcledActors {
  readonly actor1: AcledParty | null;
  /** A named group a convention put behind actor1 ("Protesters (Pakistan)" with the party that called them out). */
  readonly assocActor1: AcledParty | null;
  readonly actor2: AcledParty | null;
  /** Ids of the rows of data/mappings/acled-actor-conventions.tsv that applied, and conv:outlet-not-party when a news outlet read as the doer was dropped; empty when the text's parties stand as they are. */
  readonly conventions: readonly string[];
}

/** A party's name as ACLED writes it: its ACLED name, else its own. */
export function acledNameOfParty(p: AcledParty | null): string | null {
  return p ? (p.acledName ?? p.name) : null;
}

type Role = "actor1" | "actor2";
interface Convention {
  readonly id: string;
  readonly label: string | null;
  readonly partyType: PartyType | null;
  readonly fills: "missing" | "crowd" | "keep" | "force";
}
interface Conventions {
  /** By "eventType/subEventType/role"; a row for the whole event type is keyed with an empty sub-type. */
  readonly rows: ReadonlyMap<string, Convention>;
  /** ACLED's country names by ISO alpha-2 code. */
  readonly countries: ReadonlyMap<string, string>;
  /** The article a country's name takes after "of" ("the United States", "the Democratic Republic of Congo"), by ISO alpha-2 code. */
  readonly articles: ReadonlyMap<string, string>;
}

const MAPPINGS = join(dirname(fileURLToPath(import.meta.url)), "../../../data/mappings");
const ACTOR_COUNTRIES = join(dirname(fileURLToPath(import.meta.url)), "../../../data/lexicons/actors/countries.tsv");
let loaded: Conventions | null = null;

function conventions(): Conventions {
  if (loaded) return loaded;
  const rows = new Map<string, Convention>();
  for (const r of readLexicon(join(MAPPINGS, "acled-actor-conventions.tsv"), ["event_type", "sub_event_type", "role", "label", "party_type", "fills"]).rows) {
    const fills = r.fills === "crowd" || r.fills === "keep" || r.fills === "force" ? r.fills : "missing";
    rows.set(`${r.event_type}/${r.sub_event_type ?? ""}/${r.role}`, { id: r.id!, label: r.label || null, partyType: (r.party_type || null) as PartyType | null, fills });
  }
  const countries = new Map<string, string>();
  for (const r of readLexicon(join(MAPPINGS, "countries.tsv"), ["iso2", "country"]).rows) countries.set(r.iso2!.toUpperCase(), r.country!);
  // The actors stage names a state's bodies with the same article ("Police Forces of the United States": actor-dictionary.ts).
  const articles = new Map<string, string>();
  for (const r of readLexicon(ACTOR_COUNTRIES, ["iso2", "article"]).rows) if (r.article) articles.set(r.iso2!.toUpperCase(), r.article);
  return (loaded = { rows, countries, articles });
}

/** Provenance of a doer dropped from the coding because it is a news outlet. */
const OUTLET_NOT_PARTY = "conv:outlet-not-party";

/** Where a convention's label puts the country's name ("Police Forces of {country}"). */
const COUNTRY_SLOT = "{country}";

/** Unorganised people: civilians, protesters, rioters, a nation's people. ACLED names such a crowd by what the event makes it. */
const CROWD_TYPES: ReadonlySet<string> = new Set(["CVL", "PRO", "RIO"]);
const STATE_TYPES: ReadonlySet<string> = new Set(["GOV", "MIL", "POL"]);

/** ACLED names of such parties when no party type came with them ("Civilians (Sudan)" for "Sudanese"). */
const CROWD_NAME = /^(?:Civilians|Protesters|Rioters)\b/;
const STATE_NAME = /^(?:Military Forces of|Police Forces of|Government of)\b/;

/** Whether an ACLED name names a crowd ("Protesters (Sudan)", "Civilians (Yemen)"), not an organised party. */
export function isCrowdName(name: string): boolean {
  return CROWD_NAME.test(name);
}

function isCrowd(p: AcledParty): boolean {
  return p.partyType ? CROWD_TYPES.has(p.partyType) : CROWD_NAME.test(p.acledName ?? "");
}
function isState(p: AcledParty): boolean {
  return p.partyType ? STATE_TYPES.has(p.partyType) : STATE_NAME.test(p.acledName ?? "");
}
function rowFor(c: Conventions, acled: { readonly eventType: string; readonly subEventType: string }, role: Role): Convention | null {
  return c.rows.get(`${acled.eventType}/${acled.subEventType}/${role}`) ?? c.rows.get(`${acled.eventType}//${role}`) ?? null;
}
function conventionFor(c: Conventions, acled: { readonly eventType: string; readonly subEventType: string }, role: Role): Convention | null {
  const row = rowFor(c, acled, role);
  return row && row.fills !== "keep" && row.fills !== "force" && row.label ? row : null;
}

/**
 * Parties that can meet a demonstration with force: a state's forces, an armed group. Not a government as such:
 * "rallied against the government" names what the protest is against, not who dispersed it.
 */
const FORCE_TYPES: ReadonlySet<string> = new Set(["MIL", "POL", "REB", "UAF"]);
const FORCE_NAME = /^(?:Military Forces of|Police Forces of|Unidentified Armed Group)\b/;

function isForce(p: AcledParty): boolean {
  return p.partyType ? FORCE_TYPES.has(p.partyType) : FORCE_NAME.test(p.acledName ?? "");
}

/** The ACLED name of the first of a coding's parties (actor1, then actor2) that can meet a demonstration with force, or null. */
export function forceAmong(parties: Pick<AcledActors, "actor1" | "actor2"> | null): string | null {
  for (const p of [parties?.actor1, parties?.actor2]) if (p && isForce(p)) return acledNameOfParty(p);
  return null;
}

/**
 * An ACLED label with the country of ISO code `iso2`: in the label's "{country}" slot, with the article the name
 * takes there ("Police Forces of Turkey", "Police Forces of the United States"), else in brackets after it
 * ("Civilians (Yemen)", "Civilians (United States)"); null for a code ACLED names no country for.
 */
function withCountry(c: Conventions, label: string, iso2: string): string | null {
  const country = c.countries.get(iso2.toUpperCase());
  if (!country) return null;
  if (!label.includes(COUNTRY_SLOT)) return `${label} (${country})`;
  const article = c.articles.get(iso2.toUpperCase());
  return label.replace(COUNTRY_SLOT, article ? `${article} ${country}` : country);
}

/** "Civilians (Afghanistan)": ACLED's name for the civilians of the country of ISO code `iso2`, or null for a code it names no country for. */
export function civiliansOf(iso2: string): string | null {
  return withCountry(conventions(), "Civilians", iso2);
}

/**
 * ACLED's labels of parties that belong to a country, by the name the actors stage gives them when the text
 * gives no country ("soldiers", "gunmen" in a sentence whose place it had not resolved yet).
 */
const UNPLACED_LABELS: ReadonlyMap<string, string> = new Map([
  ["Military Forces", `Military Forces of ${COUNTRY_SLOT}`],
  ["Police Forces", `Police Forces of ${COUNTRY_SLOT}`],
  ...["Unidentified Armed Group", "Civilians", "Protesters", "Rioters"].map((label): [string, string] => [label, label]),
]);

/**
 * "The army recaptured the town of Kidal": a state's forces or an unnamed group the text gives no country are,
 * as ACLED codes them, those of the country where the event happened ("Military Forces of Mali").
 */
function placedParty(c: Conventions, p: AcledParty | null, placeCountry: string | null): AcledParty | null {
  if (!p || p.country || !placeCountry) return p;
  const label = UNPLACED_LABELS.get(acledNameOfParty(p) ?? "");
  const name = label ? withCountry(c, label, placeCountry) : null;
  if (!name) return p;
  return { ...p, name, acledName: name, country: placeCountry.toUpperCase() };
}

/**
 * "Insurgents targeted a police station in Ghazni": with no party named for the target, the owner of the site
 * attacked (site-owners.ts) is the party ACLED codes, "Police Forces of Afghanistan"; none without a country.
 */
function siteParty(c: Conventions, owner: SiteOwner | null, country: string | null): AcledParty | null {
  if (!owner) return null;
  const label = SITE_OWNER_LABELS[owner];
  const p = placedParty(c, { name: label, acledName: label, partyType: owner, country: null }, country);
  return p && p.country ? p : null;
}

/**
 * The event's actor1 and actor2 as an ACLED coder writes them, from the parties the text gives (`doer`, `target`)
 * and ACLED's conventions for roles the text leaves open or fills with a crowd: a bombing nobody is named for is
 * by an "Unidentified Armed Group (Yemen)", the crowd of a demonstration are "Protesters (Sudan)" whoever the
 * report says they were, with the police who broke it up as actor2. The country is the event's place's, else the
 * crowd's own, else the one the article's places lie in most. Null when the event has no ACLED type. The event's `actor` and `target` are left as the text gives them.
 */
export function acledActorsOf(
  acled: { readonly eventType: string; readonly subEventType: string } | null,
  textDoer: AcledParty | null,
  textTarget: AcledParty | null,
  placeCountry: string | null,
  articleCountry: string | null = null,
  targetSite: SiteOwner | null = null,
  doerSite: SiteOwner | null = null,
): AcledActors | null {
  if (!acled) return null;
  const c = conventions();
  // "killed in an army operation": with no party named for the doer, the force an owner word names is ACLED's actor1.
  let doer = placedParty(c, textDoer, placeCountry) ?? siteParty(c, doerSite, placeCountry ?? articleCountry);
  const site = textTarget ? null : siteParty(c, targetSite, placeCountry ?? articleCountry);
  // "The army shelled positions": a site of the doer's own kind is no other party.
  let target = placedParty(c, textTarget, placeCountry) ?? (site && acledNameOfParty(site) !== acledNameOfParty(doer) ? site : null);
  let actor1 = doer;
  let actor2 = target;
  let assocActor1: AcledParty | null = null;
  const applied: string[] = [];
  // A party ACLED names by a label and the country of the event's place, else the party's own, else the article's.
  const labelled = (label: string, partyType: string | null | undefined, own: AcledParty | null): AcledParty => {
    const code = (placeCountry ?? own?.country ?? articleCountry)?.toUpperCase() ?? null;
    const placed = code ? withCountry(c, label, code) : null;
    const name = placed ?? label;
    return { name, acledName: name, partyType, country: placed ? code : null };
  };
  const conventional = (conv: Convention, crowd: AcledParty | null): AcledParty | null => {
    const named = labelled(conv.label!, conv.partyType, crowd);
    // "Police Forces of {country}" names a state's body: with no country known there is no such name.
    return conv.label!.includes(COUNTRY_SLOT) && !named.country ? null : named;
  };
  const one = conventionFor(c, acled, "actor1");
  // "Four protesters died from gunfire during a demonstration": under a "keep" row, a crowd read as the doer undergoes it.
  if (doer && isCrowd(doer) && !target && rowFor(c, acled, "actor1")?.fills === "keep") {
    actor2 = target = doer;
    actor1 = doer = null;
  }
  // An outlet is no party to the violence or the protest it reports ("DW News: anti-globalization protests turn violent").
  if (one && doer && doer.partyType === "MED") {
    actor1 = doer = null;
    applied.push(OUTLET_NOT_PARTY);
  }
  const filled1 = one && (!doer || one.fills === "crowd") ? conventional(one, doer && isCrowd(doer) ? doer : null) : null;
  if (one && filled1) {
    if (doer && isState(doer)) {
      // "Police arrested 180 people as opposition supporters staged sit-ins": the force is the other party.
      if (!target || isCrowd(target)) actor2 = doer;
    } else if (doer && !isCrowd(doer)) assocActor1 = doer;
    actor1 = filled1;
    applied.push(one.id);
  }
  // "protests against the G7", "rallied outside the Plaza Italia": what a demonstration is against or where it
  // stood is no party to it; only a force that met it is (a "force" row).
  const forceRow = rowFor(c, acled, "actor2");
  if (forceRow?.fills === "force" && actor2 !== null && actor2 === target && !isForce(actor2)) {
    actor2 = null;
    applied.push(forceRow.id);
  }
  const two = conventionFor(c, acled, "actor2");
  const filled2 = two && (actor2 === null || (two.fills === "crowd" && target !== null && actor2 === target && isCrowd(target))) ? conventional(two, target && isCrowd(target) ? target : null) : null;
  if (two && filled2) {
    actor2 = filled2;
    applied.push(two.id);
  }
  // "Fulani herders attacked the village, killing 12 farmers": ACLED codes no civilians as the doers of
  // armed violence; herders or farmers who attack are a communal militia (an identity militia, inter 4).
  if (actor1 && actor1 === doer && textDoer && ARMED_VIOLENCE.has(acled.eventType) && isCommunity(textDoer)) {
    actor1 = labelled(COMMUNAL_MILITIA, COMMUNAL_MILITIA_TYPE, actor1);
    applied.push(ARMED_CIVILIANS);
  }
  // "Farmers and herders clashed, leaving 18 dead": in a battle the other side's community is in arms too.
  if (actor2 && actor2 === target && textTarget && acled.eventType === "Battles" && isCommunity(textTarget)) {
    actor2 = labelled(COMMUNAL_MILITIA, COMMUNAL_MILITIA_TYPE, actor2);
    applied.push(ARMED_CIVILIANS);
  }
  // "Fulani militia attacked Dogon villages": an ethnic group's armed men are its ethnic militia in ACLED's naming
  // ("Fulani Ethnic Militia (Mali)"), in a battle on either side, and as the target of any armed violence when the
  // text names them as armed ("air strikes on Kurdish militants"); the group attacked as a community is civilians.
  if (actor1 && actor1 === doer && textDoer?.ethnic && ARMED_VIOLENCE.has(acled.eventType)) {
    actor1 = labelled(`${textDoer.name} ${ETHNIC_MILITIA_LABEL}`, COMMUNAL_MILITIA_TYPE, textDoer);
    applied.push(ETHNIC_MILITIA);
  }
  if (actor2 && actor2 === target && textTarget?.ethnic && ARMED_VIOLENCE.has(acled.eventType)) {
    actor2 = acled.eventType === "Battles" || textTarget.armed ? labelled(`${textTarget.name} ${ETHNIC_MILITIA_LABEL}`, COMMUNAL_MILITIA_TYPE, textTarget) : labelled("Civilians", "CVL", textTarget);
    applied.push(ETHNIC_MILITIA);
  }
  // "Gunmen attacked a Shiite mosque, killing 12 worshippers", "an air strike on a Buddhist monastery": a faith's community
  // attacked is civilians to ACLED (the faith is an associated actor); only a battle is fought by its armed men.
  if (actor2 && actor2 === target && textTarget?.religious && !textTarget.armed && ARMED_VIOLENCE.has(acled.eventType) && acled.eventType !== "Battles") {
    actor2 = labelled("Civilians", "CVL", textTarget);
    applied.push(RELIGIOUS_COMMUNITY);
  }
  // "Israeli strikes on Rafah killed 12", "Russian air raids": a nation's people named as the doer of an air
  // or drone strike are its state's forces, whatever country the strike hit; civilians fly no air strikes.
  if (actor1 && actor1 === doer && textDoer?.partyType === "CVL" && textDoer.country && acled.subEventType === AIR_STRIKE) {
    const name = withCountry(c, NATION_FORCES_LABEL, textDoer.country);
    if (name) {
      actor1 = { name, acledName: name, partyType: "MIL", country: textDoer.country.toUpperCase() };
      applied.push(NATION_AIR_STRIKE);
    }
  }
  return { actor1, assocActor1, actor2, conventions: applied };
}

/** ACLED's sub-event of strikes from the air, which only a state's forces (or a named armed group) fly. */
const AIR_STRIKE = "Air/drone strike";
const NATION_FORCES_LABEL = `Military Forces of ${COUNTRY_SLOT}`;
/** Provenance of the renaming in the event's `acled.conventions`. */
const NATION_AIR_STRIKE = "conv:nation-air-strike";

/** "Fulani Ethnic Militia (Mali)": ACLED's name for an ethnic group's armed men, with the country of the event. */
const ETHNIC_MILITIA_LABEL = "Ethnic Militia";
/** Provenance of the ethnic naming in the event's `acled.conventions`. */
const ETHNIC_MILITIA = "conv:ethnic-militia";

/** Provenance of a faith's community coded as the civilians attacked, in the event's `acled.conventions`. */
const RELIGIOUS_COMMUNITY = "conv:religious-community";

/** ACLED's event types of armed violence, whose doers are never "Civilians". */
const ARMED_VIOLENCE: ReadonlySet<string> = new Set(["Battles", "Violence against civilians", "Explosions/Remote violence"]);
/** ACLED's name for armed members of a community no group name is given for, and the party type sitrep codes it with (acled-inter-codes.tsv: 4). */
const COMMUNAL_MILITIA = "Unidentified Communal Militia";
const COMMUNAL_MILITIA_TYPE = "IDM";
/** Provenance of the renaming in the event's `acled.conventions`. */
const ARMED_CIVILIANS = "conv:armed-civilians";

/**
 * Herders and farmers, the sides of the pastoral conflicts ACLED codes as communal militias, and tribes and
 * clans ("clashes between rival tribes"); not "civilians" or other crowds read as doers, most often a parse
 * that took the victims for the doers.
 */
const COMMUNITIES: ReadonlySet<string> = new Set(["Herders", "Farmers", "Tribesmen", "Clansmen"]);

function isCommunity(p: AcledParty): boolean {
  return p.partyType === "CVL" && COMMUNITIES.has(p.name);
}
