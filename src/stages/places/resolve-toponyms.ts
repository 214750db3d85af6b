import type { Gazetteer, GazetteerEntry } from "./gazetteer.js";
import { mapped } from "../../core/keep.js";
import { ENCLOSING_KINDS_IN_SENTENCE, MAX_CANDIDATES_PER_NAME, MAX_CONTAINER_GAP_TOKENS, RESOLUTION_WEIGHTS, UNKNOWN_POPULATION, type ResolutionWeights } from "./heuristics.js";
import { BRACKET_CONTAINER_RULE, isPossessorBefore, type ToponymMention } from "./find-toponyms.js";
import { foldName } from "./fold-name.js";
import { CountryTally, mainCountry } from "../../core/main-country.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const PLACE_WORDS = stageWordClasses("places");

/** A mention with the gazetteer entry chosen for it. */
export interface ResolvedToponym {
  readonly mention: ToponymMention;
  readonly entry: GazetteerEntry;
  /** How many candidates were weighed. */
  readonly alternatives: number;
  /** Which cues decided it, for provenance. */
  readonly rule: string;
}

/** Words that may sit between a place and the place that contains it ("Jalalabad in eastern Afghanistan"). */
const CONTAINER_GAP_WORDS = PLACE_WORDS.get("container-gap-words");

/** Type words of a town or district written before the comma that introduces its province ("Kani township, Sagaing region"). */
const INNER_TYPE_WORDS = PLACE_WORDS.get("inner-type-words");
/** Type words of a first-level division before its "of" ("the Northwest region of England"). */
const DIVISION_TYPE_WORDS = PLACE_WORDS.get("division-type-words");

/** Containers written one after another after a place ("Djibo (Soum, Sahel)": 2). */
const MAX_LISTED_CONTAINERS = 3;

/** What resolution makes of an article's mentions. */
export interface ResolvedArticle {
  readonly resolved: ResolvedToponym[];
  /** Mentions with no gazetteer entry, in text order. */
  readonly unresolved: ToponymMention[];
  /** The article's main place (see focusEntry), or null when nothing resolved. */
  readonly mainPlace: GazetteerEntry | null;
}

interface Group {
  readonly key: string;
  readonly cueKind: string | null;
  readonly mentions: ToponymMention[];
  readonly candidates: number[];
  /** Prior score per candidate (population, kind, cues). */
  readonly prior: Float64Array;
  /** Container bonus per candidate, from "X, Y" / "X in Y" patterns. */
  readonly container: Float64Array;
  /** 1 for a candidate found only in the gazetteer's secondary index (alternate name, minor place). */
  readonly secondary: Uint8Array;
  /** Evidence the article's other names give the candidate's country (last focus round). */
  readonly countrySupport: Float64Array;
  /** The strongest evidence the article's other names give any one country (last focus round). */
  focusSupport: number;
  /** The same without the armed groups' countries (ResolveInput.armedGroupCountries). */
  unarmedFocusSupport: number;
  /** Whether a mention of the name is followed by a country or province that may contain it, whichever reading it contains. */
  containerNamed: boolean;
  score: Float64Array;
  /**
   * Per candidate, what the focus rounds read of it: its kind, country and "country.admin1" key. Read
   * once per name rather than at every round, where each read built a gazetteer entry and a key string.
   */
  readonly kinds: readonly string[];
  readonly countries: readonly string[];
  readonly admin1Codes: readonly string[];
  readonly admin1Keys: readonly string[];
}

export interface ResolveInput {
  readonly text: string;
  readonly tokenWords: readonly string[];
  readonly mentions: readonly ToponymMention[];
  /** Countries named by demonyms ("Afghan"), once per occurrence. */
  readonly demonymCountries: readonly string[];
  /**
   * Countries of the article's named parties that are no place names themselves ("Taliban" -> AF,
   * "Houthis" -> YE), once per party: who fights tells where, as a demonym does.
   */
  readonly partyCountries?: readonly string[];
  /**
   * The countries of `partyCountries` that are armed groups' ("Taliban" -> AF, "JNIM" -> ML). Armed groups
   * cross borders: their country picks a name's reading there when it has one ("Taliban ... in Daman": the
   * Afghan district), but does not alone turn down the one reading a name has abroad ("JNIM militants
   * attacked a checkpoint in Djibo": Burkina Faso's Djibo, not a place in Mali the gazetteer lacks).
   */
  readonly armedGroupCountries?: readonly string[];
  /**
   * The countries of `demonymCountries` whose demonym names an armed party: a state's forces or an
   * armed group ("Israeli air strikes", "Russian forces"). Forces strike across borders: like an armed
   * group's country, such a demonym alone does not turn down the one reading a name has abroad
   * ("Israeli air strikes hit Baalbek": Lebanon's Baalbek).
   */
  readonly armedDemonymCountries?: readonly string[];
  /**
   * Start offsets of the toponyms inside an armed party's mention. Those naming a country name its
   * nationality, not a place ("US" in "US airstrikes", "Kenya" in "Kenya and Ugandan troops"): they
   * resolve as the country all the same, but do not make that country the article's main place, where
   * the names the gazetteer lacks are put ("Somali forces backed by US airstrikes retook Harardhere" is
   * no town of the United States).
   */
  readonly armedNationalityStarts?: ReadonlySet<number>;
  /**
   * When given, a mention whose key is a demonym resolves to its country or region. Detection
   * never makes demonym mentions ("Afghan" is not a place); a span given from outside (gold
   * corpora that mark "Sudanese" as a toponym) may be one.
   */
  readonly demonyms?: ReadonlyMap<string, string>;
}

/** The entries a name may denote: by main name or alias, and from the secondary index (alternate names, minor places). */
function candidatesOf(key: string, input: ResolveInput, gazetteer: Gazetteer): { main: readonly number[]; secondary: readonly number[] } {
  const target = input.demonyms?.get(key);
  if (target) {
    const [country, a1] = target.split(".");
    const i = target.startsWith("region:") ? gazetteer.regionEntry(target) : a1 ? gazetteer.admin1Entry(country!, a1) : gazetteer.countryEntry(target);
    if (i !== undefined) return { main: [i], secondary: [] };
  }
  return { main: gazetteer.lookup(key), secondary: gazetteer.lookupSecondary(key) };
}

function populationOf(e: { population: number }): number {
  return Math.max(e.population, UNKNOWN_POPULATION);
}

/** The base score: population, plus what kind of place it is and what its cue word says. */
function priorScore(e: GazetteerEntry, key: string, cueKind: string | null, w: ResolutionWeights): number {
  let kind = w.kindPrior[e.kind] ?? 0;
  // "Dallas" names the city far more often than Dallas County: a county matched without its type word ranks lower.
  if (e.kind === "admin2" && foldName(e.name) !== key) kind -= w.bareCountyPenalty;
  let s = e.kind === "country" || e.kind === "region" || e.kind === "feature" ? kind : w.population * Math.log10(populationOf(e)) + kind;
  if (e.feature === "PPLC") s += w.capitalBonus;
  else if (e.feature === "PPLA") s += w.adminSeatBonus;
  if (cueKind) {
    const fits =
      (cueKind === "admin1" && e.kind === "admin1") ||
      (cueKind === "admin2" && e.kind === "admin2") ||
      (cueKind === "city" && e.kind === "city") ||
      (cueKind === "capital" && (e.feature === "PPLC" || e.feature === "PPLA"));
    if (fits) s += w.cueKindBonus;
  }
  return s;
}

/**
 * "Aleppo", "Istanbul", "Najaf": a province named like its capital city means the city unless
 * the text says "province"; the province's points are taken off. Likewise a district or county
 * named like a town of the same province ("Mosul"), unless the text says "district".
 */
function demoteProvincesNamedLikeTheirSeat(scored: Scored[], w: ResolutionWeights, adminCue: boolean): void {
  const seats = new Set<string>();
  const towns = new Set<string>();
  for (const { e } of scored) {
    if (e.kind !== "city") continue;
    towns.add(`${e.country}.${e.admin1Code}`);
    if (e.feature === "PPLA" || e.feature === "PPLC") seats.add(`${e.country}.${e.admin1Code}`);
  }
  if (towns.size === 0) return;
  for (const c of scored) {
    const e = c.e;
    if (e.kind === "admin1" && seats.has(`${e.country}.${e.admin1Code}`)) c.s -= w.provinceLikeSeatPenalty;
    // "Mosul" the district and Mosul the city in the same province: the town is meant.
    if (e.kind === "admin2" && !adminCue && towns.has(`${e.country}.${e.admin1Code}`)) c.s -= w.provinceLikeSeatPenalty;
  }
}

/** A candidate of a name: its gazetteer index and entry, and its score so far. */
interface Scored {
  readonly i: number;
  readonly e: GazetteerEntry;
  s: number;
}

/** A group's per-candidate fields for the focus rounds (Group.kinds ...), in the order of its candidates. */
function focusFieldsOf(scored: readonly Scored[]): Pick<Group, "kinds" | "countries" | "admin1Codes" | "admin1Keys"> {
  const n = scored.length;
  const kinds: string[] = new Array(n);
  const countries: string[] = new Array(n);
  const admin1Codes: string[] = new Array(n);
  const admin1Keys: string[] = new Array(n);
  for (let x = 0; x < n; x++) {
    const e = scored[x]!.e;
    kinds[x] = e.kind;
    countries[x] = e.country;
    admin1Codes[x] = e.admin1Code;
    admin1Keys[x] = `${e.country}.${e.admin1Code}`;
  }
  return { kinds, countries, admin1Codes, admin1Keys };
}

/** Kinds of place whose main name outranks any secondary reading in their country. */
const LARGE_KINDS: ReadonlySet<string> = new Set(["country", "region", "admin1"]);

/** Words after "X, Y" that make it a list of places rather than a town and its state. */
const LIST_WORDS = new Set(["and", "or", "&"]);

/** A name that may stand between a place and its container: a town or district (or a name the gazetteer lacks), not a province or country. */
function isChainLink(g: Group, gazetteer: Gazetteer): boolean {
  const top = g.candidates[0];
  return top === undefined || gazetteer.entry(top).kind === "city" || gazetteer.entry(top).kind === "admin2";
}

function contains(gazetteer: Gazetteer, outer: number, inner: number): boolean {
  const o = gazetteer.entry(outer);
  if (o.kind === "country") return gazetteer.countryOf(inner) === o.country && outer !== inner;
  if (o.kind !== "admin1" || gazetteer.countryOf(inner) !== o.country || outer === inner || gazetteer.entry(inner).kind === "admin1") return false;
  // GeoNames gives some places an admin1 code its country's list of provinces lacks (South Sudan's states of 2015-2020, Norway's
  // counties before their merger): Akobo carries such a code. Such a code cannot tell the place lies outside the province the
  // text names ("Akobo (Akobo, Jonglei)"), so it is no reason to read the name as another place of that province.
  const code = gazetteer.admin1Of(inner);
  return code === o.admin1Code || (code !== "" && gazetteer.admin1Entry(o.country, code) === undefined);
}

/**
 * Gives every reading of `inner` that a reading of `outer` contains the container bonus (and that reading of
 * `outer` half of it), as "Paris, Texas" and "Nigeria's Zamfara state" place a name; whether any did.
 */
function markContainment(gazetteer: Gazetteer, outer: Group, inner: Group, w: ResolutionWeights): boolean {
  let contained = false;
  for (let y = 0; y < outer.candidates.length; y++) {
    const oe = gazetteer.entry(outer.candidates[y]!);
    if (oe.kind !== "country" && oe.kind !== "admin1") continue;
    for (let x = 0; x < inner.candidates.length; x++) {
      if (!contains(gazetteer, outer.candidates[y]!, inner.candidates[x]!)) continue;
      contained = true;
      inner.container[x] = Math.max(inner.container[x]!, w.containerBonus);
      outer.container[y] = Math.max(outer.container[y]!, w.containerBonus / 2);
    }
  }
  return contained;
}

/**
 * Picks one gazetteer entry per mention. Mentions of the same name (and the same kind cue) are
 * resolved together, one sense per article. Each candidate scores its prior (population, kind,
 * cue word), a container bonus when the text places it inside another toponym ("Paris, Texas"),
 * and the article's focus: how strongly the other names, countries and demonyms in the article
 * point to its country and its admin1, recomputed for a few rounds from the current choices.
 */
export function resolveToponyms(input: ResolveInput, gazetteer: Gazetteer, w: ResolutionWeights = RESOLUTION_WEIGHTS): ResolvedArticle {
  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  for (const m of input.mentions) {
    const gkey = `${m.key}|${m.cue?.kind ?? ""}`;
    let g = groups.get(gkey);
    if (!g) {
      const { main, secondary } = candidatesOf(m.key, input, gazetteer);
      // Each candidate's entry built once (the base gazetteer makes a new object at every entry()): scoring, the seat demotion and the focus fields read it.
      const scored = main.map((i): Scored => {
        const e = gazetteer.entry(i);
        return { i, e, s: priorScore(e, m.key, m.cue?.kind ?? null, w) + (gazetteer.isPreferred(m.key, i) ? w.curatedAliasBonus : 0) };
      });
      // The secondary index stands in for what the main one lacks: a name that is a country's or a
      // province's main name keeps that reading in its country ("Oklahoma" the state, not a village
      // of Pennsylvania). Towns are not enough: a village may be the Sharon meant, not the town.
      const divisionCountries = new Set(scored.filter((x) => LARGE_KINDS.has(x.e.kind)).map((x) => gazetteer.countryOf(x.i)));
      const flagged = new Set<number>();
      for (const i of secondary) {
        if (divisionCountries.has(gazetteer.countryOf(i))) continue;
        flagged.add(i);
        const e = gazetteer.entry(i);
        scored.push({ i, e, s: priorScore(e, m.key, m.cue?.kind ?? null, w) - w.secondaryNamePenalty });
      }
      if (m.cue?.kind !== "admin1") demoteProvincesNamedLikeTheirSeat(scored, w, m.cue?.kind === "admin2");
      scored.sort((a, b) => b.s - a.s).splice(MAX_CANDIDATES_PER_NAME);
      g = {
        key: m.key,
        cueKind: m.cue?.kind ?? null,
        mentions: [],
        candidates: candidateIds(scored),
        prior: Float64Array.from(scored.map((x) => x.s)),
        container: new Float64Array(scored.length),
        secondary: Uint8Array.from(scored.map((x) => (flagged.has(x.i) ? 1 : 0))),
        countrySupport: new Float64Array(scored.length),
        focusSupport: 0,
        unarmedFocusSupport: 0,
        containerNamed: false,
        score: Float64Array.from(scored.map((x) => x.s)),
        ...focusFieldsOf(scored),
      };
      groups.set(gkey, g);
    } else if (!g.cueKind && m.cue) {
      // keep the group; cue applies to its own group only
    }
    g.mentions.push(m);
    groupOf.push(g);
  }

  const unlistedIn = new Set<Group>();
  // "Mushu village (Bokkos, Plateau)", "Dara district (Panjshir)": names whose bracketed containers include a province or
  // country that holds none of their readings; unlisted unless another container the text names holds one.
  const bracketMissed = new Map<Group, number>();
  // Containers: "X, Y" and "X in (eastern) Y" where Y can contain X; in a list of containers
  // ("Djibo (Soum, Sahel)", "Kiwanja, Rutshuru, North Kivu") each one after X counts, the names
  // between standing as part of the gap.
  for (let k = 0; k + 1 < input.mentions.length; k++) {
   const a = input.mentions[k]!;
   for (let n = k + 1; n < input.mentions.length && n <= k + MAX_LISTED_CONTAINERS; n++) {
    const b = input.mentions[n]!;
    const between = n - k - 1;
    // Words between that are no name of the list: each container may bring its own comma or type word.
    let gap = 0;
    let ok = true;
    for (let t = a.lastToken + 1; t < b.firstToken; t++) {
      if (input.mentions.slice(k + 1, n).some((m) => m.firstToken <= t && t <= m.lastToken)) continue;
      gap++;
      if (!CONTAINER_GAP_WORDS.has(input.tokenWords[t]!.toLowerCase())) { ok = false; break; }
    }
    if (!ok || gap < 1 || gap > MAX_CONTAINER_GAP_TOKENS * (between + 1)) break;
    // Past a name only when that name is a town or district of the chain ("Kiwanja, Rutshuru, North
    // Kivu"), not one more item of a list of states ("Kentucky, Louisiana, Michigan, Missouri").
    if (between > 0 && !isChainLink(groupOf[n - 1]!, gazetteer)) break;
    const ga = groupOf[k]!;
    const gb = groupOf[n]!;
    // A division named after it ("Djibo, Soum province" when Soum were listed as one) is where the enclosing step puts a name none of whose readings it holds.
    if (gb.candidates.some((y) => ENCLOSING_KINDS_IN_SENTENCE.has(gazetteer.entry(y).kind))) ga.containerNamed = true;
    // "Mexico, Canada" is a list of countries, not Mexico inside Canada.
    const aTop = ga.candidates[0];
    if (aTop === undefined || ["country", "region"].includes(gazetteer.entry(aTop).kind)) continue;
    const contained = markContainment(gazetteer, gb, ga, w);
    // "Belgrade, Minn.": a town written with a state or province that holds none of its namesakes
    // is a town the gazetteer lacks, not the capital of Serbia ("Kabul, Punjab and Sindh" is a list).
    const yTop = gb.candidates[0] === undefined ? null : gazetteer.entry(gb.candidates[0]);
    // "Belgrade, Minn.", "Kani township, Sagaing region": a comma, maybe after the inner place's type word.
    const gapWords = mapped(input.tokenWords.slice(a.lastToken + 1, b.firstToken), (w) => w.toLowerCase());
    const commaOnly = gapWords[gapWords.length - 1] === "," && gapWords.slice(0, -1).every((w) => INNER_TYPE_WORDS.has(w));
    const inList = LIST_WORDS.has((input.tokenWords[b.lastToken + 1] ?? "").toLowerCase());
    if (!contained && between === 0 && commaOnly && !inList && yTop?.kind === "admin1" && gazetteer.entry(aTop).kind === "city") unlistedIn.add(ga);
    // "the Northwest region of England": a division said to be of a country or province that holds none of its
    // namesakes is a part of that country the gazetteer lacks, not Cameroon's North-West.
    const ofOnly = gapWords[gapWords.length - 1] === "of" && gapWords.slice(0, -1).every((w) => INNER_TYPE_WORDS.has(w) || DIVISION_TYPE_WORDS.has(w));
    const aKind = gazetteer.entry(aTop).kind;
    if (!contained && between === 0 && ofOnly && (yTop?.kind === "country" || yTop?.kind === "admin1") && (aKind === "admin1" || aKind === "admin2")) unlistedIn.add(ga);
    // A bracketed list of containers right after the name (ACLED's "X village (District, Province)"): a province or country in
    // it that holds no reading of the name says the name is a place of that province the gazetteer lacks, not a namesake abroad.
    const bracketAt = gapWords.indexOf("(");
    const listed = (t: number) => input.mentions.slice(k + 1, n).some((m) => m.firstToken <= t && t <= m.lastToken);
    const bracketOnly = bracketAt >= 0 && gapWords.every((w, i) => (i < bracketAt ? INNER_TYPE_WORDS.has(w) : i === bracketAt || w === "," || listed(a.lastToken + 1 + i)));
    if (!contained && bracketOnly && gb.candidates.some((y) => { const k = gazetteer.entry(y).kind; return k === "admin1" || k === "country"; })) bracketMissed.set(ga, k);
   }
  }
  // Not when any name of the bracket has a reading in a country of the name's own: "Bamenda (North-West, Cameroon)" (the
  // country further on, whatever the province was read as; the containers' walk stops at a province), "Kaya (Kaya,
  // Sanmatenga)" (the department named after its town, listed as a town, cannot be seen to contain it).
  // A province of the name's own country in the bracket that holds none of its readings does say so: "Sabon Gari (Damboa,
  // Borno)" is a place of Borno the gazetteer lacks, not Kaduna's Sabon Gari; "Jacarezinho (Rio de Janeiro, Rio de
  // Janeiro)" one of Rio, not the town in Parana.
  for (const [g, k] of bracketMissed) if (g.container.every((c) => c === 0) && (bracketNamesOwnProvince(input, groupOf, g, k, gazetteer) || !bracketSharesCountry(input, groupOf, g, k, gazetteer))) unlistedIn.add(g);
  // "Kashmir's Poonch district", "Botswana's North-West District": a country's or province's possessive names the place's container.
  for (let k = 0; k + 1 < input.mentions.length; k++) {
    const a = input.mentions[k]!;
    const b = input.mentions[k + 1]!;
    if (!isPossessorBefore(input.tokenWords, a.lastToken, b.firstToken)) continue;
    const outer = groupOf[k]!;
    const inner = groupOf[k + 1]!;
    const outerTop = outer.candidates[0] === undefined ? null : gazetteer.entry(outer.candidates[0]);
    const innerTop = inner.candidates[0] === undefined ? null : gazetteer.entry(inner.candidates[0]);
    if (!outerTop || !innerTop || (outerTop.kind !== "country" && outerTop.kind !== "admin1") || innerTop.kind === "country" || innerTop.kind === "region") continue;
    const contained = markContainment(gazetteer, outer, inner, w);
    // A division the possessor holds none of is a part of it the gazetteer lacks, not a namesake abroad; unless its
    // type word says its kind ("Congo's North Kivu province"): the possessor's name is then the one read wrong (Congo).
    if (!contained && (innerTop.kind === "admin1" || innerTop.kind === "admin2") && inner.cueKind !== innerTop.kind) unlistedIn.add(inner);
  }

  const list = [...groups.values()];
  for (const g of list) for (let c = 0; c < g.candidates.length; c++) g.score[c] = g.prior[c]! + g.container[c]!;

  for (let round = 0; round < w.focusRounds; round++) {
    // Evidence per country / admin1 from each group's current distribution (probabilities ∝ e^(score / temperature)).
    const countryEv = new Map<string, number>();
    const admin1Ev = new Map<string, number>();
    const contrib: { country: Map<string, number>; admin1: Map<string, number> }[] = [];
    for (const g of list) {
      const c = { country: new Map<string, number>(), admin1: new Map<string, number>() };
      contrib.push(c);
      if (g.candidates.length === 0) continue;
      let max = -Infinity;
      for (const s of g.score) max = Math.max(max, s);
      let z = 0;
      // A loop, not map(): one V8 elements kind for the list whether or not this is optimised yet (core/keep.ts says why).
      const p: number[] = [];
      for (let x = 0; x < g.candidates.length; x++) {
        const v = Math.exp((g.score[x]! - max) / w.focusTemperature);
        z += v;
        p.push(v);
      }
      for (let x = 0; x < g.candidates.length; x++) {
        const country = g.countries[x]!;
        if (!country) continue;
        const kind = g.kinds[x]!;
        const mass = (p[x]! / z) * (kind === "country" ? w.countryMentionEvidence : 1);
        c.country.set(country, (c.country.get(country) ?? 0) + mass);
        if (g.admin1Codes[x] && kind !== "country") {
          const a1 = g.admin1Keys[x]!;
          c.admin1.set(a1, (c.admin1.get(a1) ?? 0) + mass);
        }
      }
      for (const [k, v] of c.country) countryEv.set(k, (countryEv.get(k) ?? 0) + v);
      for (const [k, v] of c.admin1) admin1Ev.set(k, (admin1Ev.get(k) ?? 0) + v);
    }
    for (const iso of input.demonymCountries) countryEv.set(iso, (countryEv.get(iso) ?? 0) + w.countryMentionEvidence);
    for (const iso of input.partyCountries ?? []) countryEv.set(iso, (countryEv.get(iso) ?? 0) + w.partyCountryEvidence);
    const unarmedEv = new Map(countryEv);
    for (const iso of input.armedGroupCountries ?? []) unarmedEv.set(iso, (unarmedEv.get(iso) ?? 0) - w.partyCountryEvidence);
    for (const iso of input.armedDemonymCountries ?? []) unarmedEv.set(iso, (unarmedEv.get(iso) ?? 0) - w.countryMentionEvidence);

    // A name is not evidence for itself: "Georgia residents" and "Georgia" (two groups, one name)
    // must not vote for each other's reading.
    const byName = new Map<string, { country: Map<string, number>; admin1: Map<string, number> }>();
    list.forEach((g, gi) => {
      const sum = byName.get(g.key) ?? { country: new Map<string, number>(), admin1: new Map<string, number>() };
      for (const [k, v] of contrib[gi]!.country) sum.country.set(k, (sum.country.get(k) ?? 0) + v);
      for (const [k, v] of contrib[gi]!.admin1) sum.admin1.set(k, (sum.admin1.get(k) ?? 0) + v);
      byName.set(g.key, sum);
    });

    list.forEach((g) => {
      const own = byName.get(g.key)!;
      g.focusSupport = 0;
      for (const [cc, v] of countryEv) g.focusSupport = Math.max(g.focusSupport, v - (own.country.get(cc) ?? 0));
      g.unarmedFocusSupport = 0;
      for (const [cc, v] of unarmedEv) g.unarmedFocusSupport = Math.max(g.unarmedFocusSupport, v - (own.country.get(cc) ?? 0));
      for (let x = 0; x < g.candidates.length; x++) {
        const cc = g.countries[x]!;
        const a1 = g.admin1Keys[x]!;
        const ce = Math.max(0, (countryEv.get(cc) ?? 0) - (own.country.get(cc) ?? 0));
        g.countrySupport[x] = ce;
        const ae = Math.max(0, (admin1Ev.get(a1) ?? 0) - (own.admin1.get(a1) ?? 0));
        const kind = g.kinds[x]!;
        const admin1Focus = kind === "country" || kind === "region" ? 0 : w.admin1Focus * Math.log1p(ae);
        g.score[x] = g.prior[x]! + g.container[x]! + w.countryFocus * Math.log1p(ce) + admin1Focus;
      }
    });
  }

  const resolved: ResolvedToponym[] = [];
  const unresolved: ToponymMention[] = [];
  // Groups whose best reading was turned down (a homonym abroad, an unsupported secondary name):
  // that reading is no evidence of where the article is.
  const turnedDown = new Set<Group>();
  input.mentions.forEach((m, k) => {
    const g = groupOf[k]!;
    if (g.candidates.length === 0) { unresolved.push(m); return; }
    if (unlistedIn.has(g)) { unresolved.push(m); turnedDown.add(g); return; }
    let best = 0;
    for (let x = 1; x < g.candidates.length; x++) if (g.score[x]! > g.score[best]!) best = x;
    // A village or alternate spelling in a country nothing else in the article points to is more
    // likely a place the gazetteer lacks ("Pangasinan" in the Philippines is no Indonesian hamlet):
    // left to the enclosing-place step.
    // A name written in brackets after a place ("Tal Tamr (Al-Hasakeh)") is that place's container: a place, whatever else the article says.
    const bracketed = g.mentions.some((n) => n.rule === BRACKET_CONTAINER_RULE);
    if (isUnsupported(g, best, w, gazetteer, bracketed)) {
      // "Taliban attacked checkpoints in Daman": Daman of India is turned down; the article's own
      // country may still list the name (Dāmān district, an alternate name): that reading is taken.
      const home = homeReading(g, w);
      const main = mainNameReading(g, best, gazetteer);
      if (home >= 0 && !isUnsupported(g, home, w, gazetteer, bracketed)) best = home;
      // "Macomia district": a cue word that picked an alternate name's division ("Circunscrição de Macomia"), left
      // unsupported, yields to the place the gazetteer lists under the name itself, in the same country.
      else if (main >= 0 && !isUnsupported(g, main, w, gazetteer, bracketed)) best = main;
      // Turned down only as a homonym abroad of an armed group's country, which has no reading of the name: kept.
      else if (!isArmedGroupsAbroad(g, best, w, gazetteer, bracketed)) { unresolved.push(m); turnedDown.add(g); return; }
    }
    const rule = g.container[best]! > 0 ? "container" : g.score[best]! > g.prior[best]! + 1e-9 ? "focus" : "prior";
    resolved.push({ mention: m, entry: gazetteer.entry(g.candidates[best]!), alternatives: g.candidates.length, rule });
  });
  // "Afghan forces clashed with Taliban in Nawa": Nawa of India, turned down as a homonym abroad, must
  // not come back as the article's main place and enclose the name it was turned down for.
  return { resolved, unresolved, mainPlace: focusEntry(list.filter((g) => !turnedDown.has(g)), gazetteer, input.armedNationalityStarts) ?? namedCountry(input, gazetteer, w) };
}

/**
 * The best reading of a name in the country the rest of the article points to most strongly (at
 * least MIN_FOCUS_FOR_ABROAD), or -1 when the name has none there.
 */
function homeReading(g: Group, w: ResolutionWeights): number {
  if (g.focusSupport < w.minFocusForAbroad) return -1;
  let home = -1;
  for (let x = 0; x < g.candidates.length; x++) {
    if (g.countrySupport[x]! < g.focusSupport - 1e-9) continue;
    if (home < 0 || g.score[x]! > g.score[home]!) home = x;
  }
  return home;
}

/**
 * For a reading x found only under an alternate name, the best reading listed under the name itself in the
 * same country ("Macomia" the town for "Circunscrição de Macomia"), or -1.
 */
function mainNameReading(g: Group, x: number, gazetteer: Gazetteer): number {
  if (!g.secondary[x]) return -1;
  let best = -1;
  for (let y = 0; y < g.candidates.length; y++) {
    if (g.secondary[y] || gazetteer.countryOf(g.candidates[y]!) !== gazetteer.countryOf(g.candidates[x]!)) continue;
    if (best < 0 || g.score[y]! > g.score[best]!) best = y;
  }
  return best;
}

/** Longest bracketed list of containers read for a country ("(Bokkos LGA, Plateau State, Nigeria)": 9). Unit: tokens. */
const BRACKET_LIST_MAX_TOKENS = 16;

/** Whether a name inside the bracket after mention k (before its ")") has a reading in a country of a reading of group g. */
function bracketNamesOwnProvince(input: ResolveInput, groupOf: readonly Group[], g: Group, k: number, gazetteer: Gazetteer): boolean {
  const from = input.mentions[k]!.lastToken + 1;
  const close = input.tokenWords.indexOf(")", from);
  if (close < 0 || close - from > BRACKET_LIST_MAX_TOKENS) return false;
  for (let n = k + 1; n < input.mentions.length && input.mentions[n]!.lastToken < close; n++) {
    // "Kaya (Kaya, Sanmatenga)": the name itself again in the bracket (its department) is no other province.
    if (groupOf[n] === g) continue;
    for (const y of groupOf[n]!.candidates) {
      const e = gazetteer.entry(y);
      // A province of a country where the name has a town or district reading, in another province.
      if (e.kind === "admin1" && g.candidates.some((x) => { const r = gazetteer.entry(x); return (r.kind === "city" || r.kind === "admin2") && r.country === e.country && r.admin1Code !== e.admin1Code; })) return true;
    }
  }
  return false;
}

function bracketSharesCountry(input: ResolveInput, groupOf: readonly Group[], g: Group, k: number, gazetteer: Gazetteer): boolean {
  const from = input.mentions[k]!.lastToken + 1;
  const close = input.tokenWords.indexOf(")", from);
  if (close < 0 || close - from > BRACKET_LIST_MAX_TOKENS) return false;
  const own = new Set(g.candidates.map((x) => gazetteer.countryOf(x)));
  for (let n = k + 1; n < input.mentions.length && input.mentions[n]!.lastToken < close; n++) {
    if (groupOf[n]!.candidates.some((y) => own.has(gazetteer.countryOf(y)))) return true;
  }
  return false;
}

/**
 * A village or alternate spelling in a country nothing else in the article points to, or a minor
 * homonym abroad: more likely a place the gazetteer lacks, left to the enclosing-place step.
 */
function isUnsupported(g: Group, x: number, w: ResolutionWeights, gazetteer: Gazetteer, bracketed: boolean): boolean {
  return (g.secondary[x] && !bracketed && g.container[x] === 0 && g.countrySupport[x]! < w.minSecondarySupport && !isTypedByCue(g, x, gazetteer)) || isHomonymAbroad(gazetteer.entry(g.candidates[x]!), g, x, w);
}

/**
 * "Hodeidah governorate", "Kupwara district": a division word beside the name says the reading's own kind of division.
 * "the town of Izium", "the city of Kramatorsk": a settlement word says a town, and a reading that is a town of
 * TYPED_TOWN_POPULATION or more is that town, whichever country the article's parties come from ("Russian shelling").
 */
function isTypedByCue(g: Group, x: number, gazetteer: Gazetteer): boolean {
  const e = gazetteer.entry(g.candidates[x]!);
  return ((g.cueKind === "admin1" || g.cueKind === "admin2") && e.kind === g.cueKind) || (g.cueKind === "city" && e.kind === "city" && e.population >= TYPED_TOWN_POPULATION);
}
/** People in a town the text calls a town for the gazetteer's reading to stand without other support (a village's name is often a common word; a town's of 10,000 rarely is). */
const TYPED_TOWN_POPULATION = 10_000;

/**
 * Whether reading x is turned down only because an armed group's country is the article's focus: it is
 * no secondary name left unsupported, the text names no container that leaves it out, and without the
 * armed groups' countries the focus would not reach MIN_FOCUS_FOR_ABROAD.
 */
function isArmedGroupsAbroad(g: Group, x: number, w: ResolutionWeights, gazetteer: Gazetteer, bracketed: boolean): boolean {
  if (g.secondary[x] && !bracketed && g.container[x] === 0 && g.countrySupport[x]! < w.minSecondarySupport) return false;
  // A container the text names that holds no reading of the name is where the enclosing step puts it.
  if (g.containerNamed && g.container[x] === 0) return false;
  return isHomonymAbroad(gazetteer.entry(g.candidates[x]!), g, x, w) && g.unarmedFocusSupport < w.minFocusForAbroad;
}

/** A small town or district abroad that nothing else in a strongly focused article supports (see MINOR_ABROAD_POPULATION). */
function isHomonymAbroad(e: GazetteerEntry, g: Group, best: number, w: ResolutionWeights): boolean {
  if (e.kind !== "city" && e.kind !== "admin2") return false;
  if (g.container[best] !== 0 || g.countrySupport[best]! >= w.minSecondarySupport) return false;
  return e.population < w.minorAbroadPopulation && g.focusSupport >= w.minFocusForAbroad;
}

/**
 * With no place resolved, the country the article's demonyms and parties name most ("Afghan forces
 * clashed with Taliban in Nawa"), when they name it strongly enough to be a focus; else null.
 */
function namedCountry(input: ResolveInput, gazetteer: Gazetteer, w: ResolutionWeights): GazetteerEntry | null {
  const ev = new Map<string, number>();
  for (const iso of input.demonymCountries) ev.set(iso, (ev.get(iso) ?? 0) + w.countryMentionEvidence);
  for (const iso of input.partyCountries ?? []) ev.set(iso, (ev.get(iso) ?? 0) + w.partyCountryEvidence);
  let best: string | null = null;
  for (const [iso, v] of ev) if (v >= w.minFocusForAbroad && (!best || v > ev.get(best)!)) best = iso;
  const i = best ? gazetteer.countryEntry(best) : undefined;
  return i === undefined ? null : gazetteer.entry(i);
}

/**
 * The article's main place: in the country its places name most often, the resolved town named
 * most often, else a division, else the country. (The most specific kind first: an unlisted name
 * is nearer a town the article names than the centre of its country, which scored better on all
 * three development corpora; so did keeping to the article's main country.)
 */
function focusEntry(groups: readonly Group[], gazetteer: Gazetteer, nationalityStarts?: ReadonlySet<number>): GazetteerEntry | null {
  const rank: Record<string, number> = { city: 0, admin2: 1, admin1: 2, feature: 3, country: 4, region: 5 };
  const tops: { entry: GazetteerEntry; count: number }[] = [];
  const perCountry = new CountryTally();
  for (const [gi, g] of groups.entries()) {
    if (g.candidates.length === 0) continue;
    let top = 0;
    for (let x = 1; x < g.candidates.length; x++) if (g.score[x]! > g.score[top]!) top = x;
    const entry = gazetteer.entry(g.candidates[top]!);
    // A country named only as an armed party's nationality ("US airstrikes") is not where the article is.
    if (entry.kind === "country" && nationalityStarts && g.mentions.every((m) => nationalityStarts.has(m.start))) continue;
    tops.push({ entry, count: g.mentions.length });
    perCountry.add(entry.country, gi, g.mentions.length);
  }
  // The article's country first (most mentions), so one town abroad does not become the main place.
  const country = mainCountry(perCountry) ?? "";
  let best: { entry: GazetteerEntry; count: number } | null = null;
  for (const t of tops) {
    if (country && t.entry.country !== country) continue;
    const { entry, count } = t;
    if (!best || rank[entry.kind]! < rank[best.entry.kind]! || (rank[entry.kind] === rank[best.entry.kind] && count > best.count)) best = { entry, count };
  }
  return best?.entry ?? null;
}

/**
 * The scored candidates' gazetteer entries, in order. A loop, not map(): the list is always V8's packed
 * small-integer kind, where an optimised map() made it "holey" and resolveToponyms, reading it, was
 * deoptimised and compiled again (~0.3 s of TurboFan each time) several passes into a run.
 */
function candidateIds(scored: readonly { readonly i: number }[]): number[] {
  const ids: number[] = [];
  for (const x of scored) ids.push(x.i);
  return ids;
}
