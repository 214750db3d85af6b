import type { Count } from "../../core/index.js";
import { codeLethalAbduction } from "./refine-acled.js";
import { HEADLINE_CONTEXT, REPORT_DATE_RULE, inheritDate, isDamageOfEvent, isTwoSidedClash, takesWithoutKilling, tellingsOf, toldOf, type EventMention } from "./event-mention.js";
import { ASSAULT_COREFERENCE_SENTENCE_WINDOW, COREFERENCE_SENTENCE_WINDOW } from "./heuristics.js";
import { ADDED_VICTIMS, addCounts } from "./parse-casualties.js";

/** SITREP_DEBUG_EVENTS=1 prints the mentions to stderr; read once (a read of process.env per document costs a call into the runtime). */
const DEBUG_EVENTS = !!process.env.SITREP_DEBUG_EVENTS;

/** Types counted as one family when merging mentions: a pledge to help restated as "will provide" is one event. */
const FAMILY: Record<string, string> = { AGREE: "cooperation", AID: "cooperation", COOPERATE: "cooperation" };
/** Modalities that describe the same not-yet-real event. */
const FUTURE = new Set(["pledged", "intended"]);

function familyOf(type: string): string {
  return FAMILY[type] ?? type;
}

/** ACLED codes clashes at a demonstration as the demonstration itself (a riot): such a clash merges with the protest. */
function familyOfMention(m: EventMention): string {
  if (m.type === "ASSAULT" && m.acled?.eventType === "Riots") return "PROTEST";
  return familyOf(m.type);
}

function compatible<T>(a: T | null, b: T | null): boolean {
  return a === null || b === null || a === b;
}

/** Two parties that may be one side of a clash (SideRelation), or one not named. */
function maySide(a: string | null, b: string | null, sameSide: SideRelation): boolean {
  return a === null || b === null || sameSide(a, b);
}

/**
 * Two open lower bounds ("hundreds were injured", "over 200 were injured") may count the same people; so may an open
 * lower bound and a count at or above it ("killed at least 23 people", then another source "put the toll at 31"); any
 * other pair must agree.
 */
function countsCompatible(a: Count | null, b: Count | null): boolean {
  if (a === null || b === null) return true;
  if (a.max === null && b.max === null && a.min !== null && b.min !== null) return true;
  if (a.max === null && a.min !== null && b.min !== null && b.min >= a.min) return true;
  if (b.max === null && b.min !== null && a.min !== null && a.min >= b.min) return true;
  return a.min === b.min && a.max === b.max;
}

function modalitiesCompatible(a: EventMention, b: EventMention): boolean {
  if (a.modality === b.modality) return true;
  if (FAMILY[a.type] === undefined) return false;
  // "promised to provide treatment as well as aid": in one sentence the aid is the pledge's object.
  return (FUTURE.has(a.modality) && FUTURE.has(b.modality)) || (a.sentence === b.sentence && a.modality !== "negated" && b.modality !== "negated");
}

/** How two mentions' places relate: same or nested ("South Sudan" and "Pibor" in it) is compatible. */
export type PlaceRelation = (a: string, b: string) => boolean;
/** How two mentions' dates relate: the same time or one inside the other ("in March" and "on 4 March") is compatible. */
/** `type`: the two mentions' type when they share one (a day rule may hold for one kind of event only). */
export type DateRelation = (a: string, b: string, type?: string) => boolean;

const SYMMETRIC_TYPES = new Set(["CONSULT", "AGREE"]);

/** Modes a battle takes in: the weapons used in it, and the raid that opened it ("stormed the restaurant and exchanged fire with security forces"). */
const BATTLE_WEAPONS = new Set(["grenade", "heavy-weapons", "firearms", "explosives", "raid"]);

/**
 * Modes that one happening is told with in turn: a car bomb is "the bombing", "the blast", "the
 * suicide attack" further on; a shooting is "the assassination". Other modes stay apart (an
 * airstrike and a roadside bomb in one article are two events).
 */
const MODE_FAMILY: Record<string, string> = { IED: "explosion", explosives: "explosion", "suicide-attack": "explosion", firearms: "shooting", assassinate: "shooting" };

function modeFamily(mode: string | null): string | null {
  return mode === null ? null : (MODE_FAMILY[mode] ?? mode);
}

/** Whether an actor id names one person: a person is killed or kidnapped once, so two attacks on the same person are one happening. */
export type PersonTest = (actorId: string) => boolean;
/** Whether an actor id is a party the dictionary or ACLED's naming knows, not a bare name read from the text ("AMISOM Headquarter"). */
export type KnownPartyTest = (actorId: string) => boolean;
/** Whether two actor ids may name one side of a fight: the same party, or an armed group the text left unnamed ("militants") and a named one. */
export type SideRelation = (a: string, b: string) => boolean;

/**
 * A presupposed mention (event-mention.ts) and an asserted telling of its kind: the presupposed one is
 * that telling's event, whatever the verb governing it, told before it or after it ("the two men
 * accused of carrying out the Boston Marathon bombing", then "the April 15 attack, which killed three").
 */
function presupposes(a: EventMention, b: EventMention): boolean {
  return (a.presupposed === true && b.modality === "asserted") || (b.presupposed === true && a.modality === "asserted");
}

/** A definite noun under a cue that presupposes its happening ("denied involvement in the attack"). */
function isPresupposedReference(m: EventMention): boolean {
  return m.presupposed === true && m.definite === true;
}

/** sameEvent's defaults, made once: a default written as an arrow is made, and under the bundle's keepNames named, at every call. */
const NO_PERSON: PersonTest = () => false;
const ANY_KNOWN: KnownPartyTest = () => true;
const SAME_ID: SideRelation = (x, y) => x === y;

/**
 * "Insurgents launched coordinated attacks across the province ... Insurgents also blew up a railway bridge in the Bolan
 * district": a summary of several attacks (EventMention.summary) and a telling at a town or district of its own are two
 * happenings, one of which counts the other; re-mentions with no place of their own ("claimed the attacks") still join it.
 */
function summaryApart(g: readonly EventMention[], m: EventMention): boolean {
  if (m.summary === true) return g.some((x) => x.summary !== true && placedApart(x, m));
  return g.some((x) => x.summary === true && placedApart(m, x));
}

/** A telling placed somewhere the summary's words do not place it (a district of the province, a town): one of the attacks it counts. */
function placedApart(telling: EventMention, summary: EventMention): boolean {
  return telling.place !== null && telling.place !== summary.place && telling.geoPrecision !== "country";
}

/** A bare re-mention: weak, or with no counts and at most a country or region ("the attack", "in response to the attack"). */
function isBareMention(m: EventMention): boolean {
  return m.row.weak || (hasVaguePlace(m) && !m.fatalities && !m.injuries);
}

/** A definite re-mention that reaches back past the window (sameEvent): for an assault only the nearest, else one with no source of its own. */
function isAnaphor(m: EventMention, a: EventMention, nearest: boolean): boolean {
  return m.definite === true && (a.type === "ASSAULT" ? nearest : m.actor === null);
}

function sameEvent(a: EventMention, b: EventMention, placeKey: PlaceRelation, datesAgree: DateRelation, isPerson: PersonTest = NO_PERSON, nearest = false, oneDeath = false, isKnown: KnownPartyTest = ANY_KNOWN, sameSide: SideRelation = SAME_ID, sameParty: SideRelation = SAME_ID): boolean {
  if (familyOfMention(a) !== familyOfMention(b)) return false;
  // "suspected the Tsarnaevs of being involved in the attack": a definite noun a cue presupposes names a happening told
  // before (a), whatever the verb governing it is told as (background, a claim): the verb's time is not the noun's.
  if (a.background !== b.background && !isPresupposedReference(b)) return false;
  if (!presupposes(b, a) && (!modalitiesCompatible(a, b) || a.modality === "negated" || b.modality === "negated")) return false;
  // A protest that turned into a riot is one event ("Saturday's protests" after "the demonstration turned violent"); place and date keep different days apart.
  const sameProtest = familyOfMention(a) === "PROTEST";
  // A battle absorbs the weapons used in it ("There were grenade and rocket explosions"), as ACLED codes one clash.
  const battleDetail = a.type === "ASSAULT" && (isTwoSidedClash(a) || isTwoSidedClash(b)) && BATTLE_WEAPONS.has(isTwoSidedClash(a) ? b.mode ?? "" : a.mode ?? "");
  // "A car bomb exploded ... 'The blast destroyed the front of the hotel'": damage an event noun did is that event's telling.
  const damageOf = isDamageOfEvent(a) || isDamageOfEvent(b);
  // "Shells fired by the rebels hit a displacement camp ... 'The bombs fell on the camp'": the bombs a shelling or an air strike dropped.
  const munition = a.type === "ASSAULT" && (isMunitionOf(a, b) || isMunitionOf(b, a));
  // "Israeli forces killed two gunmen during a raid in Jenin ... two men were killed by Israeli fire in Jenin": the shooting
  // of a raid is the raid's own violence, as ACLED codes one raid; parties, place and day must still agree (argumentsAgree).
  const raidShooting = a.type === "ASSAULT" && ((a.mode === "raid" && modeFamily(b.mode) === "shooting") || (b.mode === "raid" && modeFamily(a.mode) === "shooting"));
  // "cattle rustlers have killed eleven people" ... "The eleven people were killed when rustlers stormed a village": one exact toll, one event.
  const sameToll = a.fatalities !== null && b.fatalities !== null && a.fatalities.min !== null && a.fatalities.min > 0 && a.fatalities.min === a.fatalities.max && a.fatalities.min === b.fatalities.min && a.fatalities.max === b.fatalities.max;
  // "Russian missiles struck Odesa overnight, killing three ... the missiles hit port infrastructure": a strike from afar told
  // again by its munitions, or with its exact toll, is one strike whether a sentence reads it as an air strike or a shelling.
  const sameStrike = a.type === "ASSAULT" && STRIKE_MODES.has(a.mode ?? "") && STRIKE_MODES.has(b.mode ?? "") && (a.definite === true || b.definite === true || sameToll);
  const sameKind = modeFamily(a.mode) === modeFamily(b.mode) || a.mode === null || b.mode === null || a.row.generic || b.row.generic || sameProtest || battleDetail || damageOf || munition || raidShooting || sameStrike || isComplexAttack(a, b);
  if (!sameKind) return false;
  // Attacks merge only with a near mention, or with a bare re-mention ("Saturday's gun battle", "the fight lasted two hours").
  // A bare re-mention has no counts and at most a country or region ("the attack", "in response to the attack").
  const referenced = a.contexts.has("referenced") || b.contexts.has("referenced");
  // Two tellings pinned to one town or one day ("the bombing in Jabla" after "a car bomb exploded in Jabla") may lie paragraphs apart.
  // "the murder of Mr. Carlos Pizarro" in the lead and again at the end: one named victim, one happening.
  const sameVictim = a.target !== null && a.target === b.target && isPerson(a.target);
  const pinnedTogether = localPlacesAgree(a, b, placeKey) || (a.date !== null && b.date !== null && a.date === b.date) || sameVictim;
  const window = familyOfMention(a) !== "ASSAULT" || isBareMention(a) || isBareMention(b) || referenced || sameToll || pinnedTogether ? COREFERENCE_SENTENCE_WINDOW : ASSAULT_COREFERENCE_SENTENCE_WINDOW;
  // "upon her release" twenty sentences after "Libya has freed six medics": a definite re-mention with no source of its own reaches back to the first telling.
  // An article may tell several attacks, so "the blast" reaches back only to the attack told last (`nearest`): no other attack comes between.
  if (Math.abs(a.sentence - b.sentence) > window && !isAnaphor(a, a, nearest) && !isAnaphor(b, a, nearest) && !oneDeath) return false;
  return argumentsAgree(a, b, placeKey, datesAgree, oneDeath || killedOnce(a, b, isPerson), isKnown, sameSide, sameParty);
}

/**
 * "Al-Shabab fighters stormed a hotel ... The attack began when a suicide bomber drove a car bomb into the gate": a raid
 * or siege opened by a blast, told in the next sentences, is one complex attack, as ACLED codes it (one event, the suicide
 * bombing's sub-event); parties, place and day must still agree (argumentsAgree), the blast's unnamed bomber possibly the raiders' group.
 */
function isComplexAttack(a: EventMention, b: EventMention): boolean {
  // In one sentence a raid and a blast are told apart by the sentence itself ("raided a hideout after a roadside bomb wounded four fighters").
  return a.type === "ASSAULT" && b.type === "ASSAULT" && a.sentence !== b.sentence && ((a.mode === "raid" && modeFamily(b.mode) === "explosion") || (b.mode === "raid" && modeFamily(a.mode) === "explosion"));
}

/** Modes of an attack from afar whose munitions a witness may call bombs. */
const STRIKE_MODES: ReadonlySet<string> = new Set(["air-strike", "heavy-weapons"]);

/** `m` is a definite re-mention of bombs with no doer of its own ("The bombs fell on the camp") and `strike` a shelling or an air strike. */
function isMunitionOf(m: EventMention, strike: EventMention): boolean {
  return m.mode === "explosives" && m.definite === true && m.actor === null && STRIKE_MODES.has(strike.mode ?? "");
}

/** A mention that tells a death: a toll above zero, or an assassination. */
function lethal(m: EventMention): boolean {
  return (m.fatalities?.min ?? m.fatalities?.max ?? 0) > 0 || m.mode === "assassinate";
}

/**
 * Two deaths of one named person are one happening, whoever each telling names as the killer: a person
 * dies once, so a second doer is a misread role ("Barco's message on the murder of Pizarro") or a
 * second account of the same killing, not a second killing.
 */
function killedOnce(a: EventMention, b: EventMention, isPerson: PersonTest): boolean {
  return a.target !== null && a.target === b.target && lethal(a) && lethal(b) && isPerson(a.target);
}

/** Both mentions name a town or district (not a country or region) and the two agree. */
function localPlacesAgree(a: EventMention, b: EventMention, placesAgree: PlaceRelation): boolean {
  return !hasVaguePlace(a) && !hasVaguePlace(b) && placesAgree(a.place!, b.place!);
}

/** No place, or only a country or a region: too wide to pin two tellings to one scene. */
function hasVaguePlace(m: EventMention): boolean {
  return !m.place || m.geoPrecision === "country" || m.geoPrecision === "region";
}

/** Whether two mentions' places and dates, where both give one, are compatible. */
function settingsAgree(a: EventMention, b: EventMention, placesAgree: PlaceRelation, datesAgree: DateRelation): boolean {
  return !(a.place && b.place && !placesAgree(a.place, b.place)) && !(a.date && b.date && !datesAgree(a.date, b.date, a.type === b.type ? a.type : undefined) && !onlyOneReportDated(a, b));
}

/**
 * "Bandits killed 14 villagers in an overnight raid, police said on Tuesday. The attackers stormed Kairu village late on
 * Monday": a day only the report gave is when the story was told, not when the raid was, so it keeps no telling with
 * a day of its own apart (two report days, two reports, still part).
 */
function onlyOneReportDated(a: EventMention, b: EventMention): boolean {
  const ra = a.rules.includes(REPORT_DATE_RULE), rb = b.rules.includes(REPORT_DATE_RULE);
  // "... residents said on Thursday" and "after an attack on the town in 2021": a day long before the report is another time.
  return ra !== rb && !(ra ? b : a).longBeforeReport;
}

/** `oneDeath`: the two tell the death of one person (killedOnce), so their doers need not agree. */
function argumentsAgree(a: EventMention, b: EventMention, placesAgree: PlaceRelation, datesAgree: DateRelation, oneDeath = false, isKnown: KnownPartyTest = ANY_KNOWN, sameSide: SideRelation = SAME_ID, sameParty: SideRelation = SAME_ID): boolean {
  // "executed for the murder of two police officers": a punishment and the deed it answers for are two happenings.
  if (a.punishedBy === b || b.punishedBy === a) return false;
  // "A drone attack on a U.S. base killed a contractor, and U.S. fighter jets hit back with airstrikes": the party one
  // telling names as hit is the other's doer, so the two strike in opposite directions, two happenings (a clash or a
  // meeting has two sides either way). Attacks only: in a protest, a request or a verdict a party read in both roles is
  // far more often one misread role ("teachers are in the fourth day of a walkout" read the teachers as the walkout's target).
  if (familyOfMention(a) === "ASSAULT" && !isTwoSidedClash(a) && !isTwoSidedClash(b) && (reversedRoles(a, b, sameParty) || reversedRoles(b, a, sameParty))) return false;
  // Two protest words of one sentence ("three protesters were killed when police fired on a march") tell one
  // protest, whatever role each word's parties were read in; only a place or a day of its own keeps them apart.
  if (a.sentence === b.sentence && familyOfMention(a) === "PROTEST" && familyOfMention(b) === "PROTEST") return settingsAgree(a, b, placesAgree, datesAgree);
  // "Al-Shabaab militants attacked AMISOM Headquarter in Mogadishu on Thursday ... Al-Shabaab attacked the main
  // base of the African Union force in Mogadishu": one doer at one town on one day within the assault window is one
  // attack when what one telling names as hit is a bare name no dictionary knows (a compound, a base): ACLED keeps
  // two known parties attacked apart (two actor2s), not two names for one place.
  const looseTarget = a.target !== null && b.target !== null && (!isKnown(a.target) || !isKnown(b.target));
  const sameDoerAndScene = looseTarget && a.type === "ASSAULT" && a.actor !== null && a.actor === b.actor && Math.abs(a.sentence - b.sentence) <= ASSAULT_COREFERENCE_SENTENCE_WINDOW && localPlacesAgree(a, b, placesAgree) && a.date !== null && b.date !== null && datesAgree(a.date, b.date);
  // "Several militants were killed in clashes with Afghan forces ... Taliban militants attacked security posts":
  // in a clash the militants the text left unnamed may be the group it names, on either side.
  const clash = isTwoSidedClash(a) || isTwoSidedClash(b);
  // "A suicide bomber drove a vehicle into a military base ... Al-Shabab claimed responsibility for the attack": the group
  // that claims an attack may be the armed men the other telling left unnamed.
  const claimed = a.claimedBy !== null || b.claimedBy !== null;
  const direct = ((oneDeath || partiesAgree(a.actor, b.actor, clash || claimed || isComplexAttack(a, b), sameSide)) && (partiesAgree(a.target, b.target, clash, sameSide) || sameDoerAndScene)) || headlineOfLead(a, b);
  // Meetings and deals are symmetric: "X met Y" and "talks with X" are the same meeting; so are "a deal between X and Y" and "the deal with Y".
  // So is a clash: "soldiers were injured" names a side of "the battle between the army and hitmen", whichever it was.
  const swapped = (SYMMETRIC_TYPES.has(a.type) || clash) && partiesAgree(a.actor, b.target, clash, sameSide) && partiesAgree(a.target, b.actor, clash, sameSide);
  if (!direct && !swapped) return false;
  if (!settingsAgree(a, b, placesAgree, datesAgree)) return false;
  // A vague re-mention ("killed in the battle") may give a partial count of the same event; a definite
  // one ("the death toll from Friday's bombing rose to 45", "45 have now died in the attack") a revised count.
  const later = a.sentence > b.sentence ? a : b.sentence > a.sentence ? b : null;
  return isVagueMention(a) || isVagueMention(b) || later?.definite === true || (countsCompatible(a.fatalities, b.fatalities) && countsCompatible(a.injuries, b.injuries));
}

/** `a`'s doer is the party `b` names as hit. */
function reversedRoles(a: EventMention, b: EventMention, sameParty: SideRelation): boolean {
  return a.actor !== null && b.target !== null && a.actor !== a.target && sameParty(a.actor, b.target);
}

/**
 * "7 militants killed in blasts in Afghanistan | KANDAHAR, Oct. 3 (Xinhua) -- Seven Taliban militants were killed":
 * a headline glued to the lead tells the lead's happening again in fewer words, so its parties need not be the ones
 * the lead names (the actors stage kept "militants" and "Seven Taliban militants" apart) when the two share an exact
 * toll or a named party; place, day and counts must still agree (argumentsAgree).
 */
function headlineOfLead(a: EventMention, b: EventMention): boolean {
  if (a.contexts.has(HEADLINE_CONTEXT) === b.contexts.has(HEADLINE_CONTEXT) || a.type !== b.type) return false;
  const sameParty = (a.actor !== null && a.actor === b.actor) || (a.target !== null && a.target === b.target);
  return sameParty || sameExactCount(a.fatalities, b.fatalities) || sameExactCount(a.injuries, b.injuries);
}

function sameExactCount(a: Count | null, b: Count | null): boolean {
  return a !== null && b !== null && a.min !== null && a.min > 0 && a.min === a.max && a.min === b.min && a.max === b.max;
}

/**
 * Two tellings' parties in one role agree: in a clash either may be the side the other names (maySide), else
 * they are compatible. A module function: a closure bound to a name in argumentsAgree, run for every pair of
 * mentions, cost a defineProperty at every call under the bundle's keepNames.
 */
function partiesAgree(x: string | null, y: string | null, clash: boolean, sameSide: SideRelation): boolean {
  return clash ? maySide(x, y, sameSide) : compatible(x, y);
}

/** A generic, anchored or weak trigger: a re-mention that may give only part of the count. */
function isVagueMention(m: EventMention): boolean {
  return !!(m.row.generic || m.row.anchored || m.row.weak);
}

/** Whether a group holds a telling by the mention's own trigger row ("the ambush" after "in an ambush"). */
function toldByRow(g: readonly EventMention[], m: EventMention): boolean {
  return g.some((x) => x.row.id === m.row.id);
}

/** Whether a mention of the group names the mention's doer as its doer or the mention's target as its target. */
function namesSameRole(g: readonly EventMention[], m: EventMention): boolean {
  return g.some((x) => (m.actor !== null && x.actor === m.actor) || (m.target !== null && x.target === m.target));
}

/** One family's groups in creation order, the indices of those led by an anaphor, and where the groups within reach begin. */
interface FamilyGroups {
  readonly groups: EventMention[][];
  readonly anaphoric: number[];
  /** Groups that tell the death of a named person, by the person's id: a later telling of that death joins them at any distance (killedOnce). */
  readonly killings: Map<string, EventMention[]>;
  recentFrom: number;
  /** The foreground group that took the last mention, in text order (latestTold). */
  latest?: EventMention[];
}

const WIDEST_WINDOW = Math.max(COREFERENCE_SENTENCE_WINDOW, ASSAULT_COREFERENCE_SENTENCE_WINDOW);

/**
 * A mention that sameEvent may let reach past every window: a definite re-mention without a source,
 * or of an attack, whose source must then agree with the attack told last ("the IS bombing").
 */
function mayReachBack(m: EventMention): boolean {
  return m.definite === true && (m.actor === null || m.type === "ASSAULT");
}

/**
 * "Bandits stormed a school and kidnapped 30 students. Two guards died in the attack.": of two events told
 * last in one sentence, a kidnapping or looting does not take a re-mention of the attack from the violence
 * told beside it.
 */
function takesOver(chosen: readonly EventMention[] | undefined, g: readonly EventMention[], m: EventMention): boolean {
  if (!chosen || chosen[chosen.length - 1]!.sentence !== g[g.length - 1]!.sentence) return false;
  return takesWithoutKilling(g[0]!) && !takesWithoutKilling(chosen[0]!) && !takesWithoutKilling(m);
}

/** The group of a family told last (its last mention latest) in the foreground: a re-mention's nearest antecedent. */
function latestTold(groups: readonly EventMention[][]): EventMention[] | undefined {
  let best: EventMention[] | undefined;
  for (const g of groups) {
    if (g[0]!.background) continue;
    if (!best || g[g.length - 1]!.sentence >= best[best.length - 1]!.sentence) best = g;
  }
  return best;
}

/** Whether the nearest antecedent matters for `m`: an attack's definite re-mention with no source of its own. */
function seeksAntecedent(m: EventMention): boolean {
  return m.type === "ASSAULT" && mayReachBack(m);
}

/**
 * The groups sameEvent may accept for `m`, in creation order: those begun within the widest
 * window, after those led by an anaphor; all of the family when `m` is itself an anaphor, but for
 * an attack's re-mention only the attack told last beyond the window (`latest`).
 * With mentions in text order, groups begin in text order and the start of reach only moves forward.
 */
function candidateGroups(fam: FamilyGroups, m: EventMention, inTextOrder: boolean, latest?: EventMention[]): readonly EventMention[][] {
  if (!inTextOrder) return fam.groups;
  while (fam.recentFrom < fam.groups.length && m.sentence - fam.groups[fam.recentFrom]![0]!.sentence > WIDEST_WINDOW) fam.recentFrom++;
  if (fam.recentFrom === 0) return fam.groups;
  if (seeksAntecedent(m)) {
    const recent = fam.groups.slice(fam.recentFrom);
    return latest && !recent.includes(latest) ? [latest, ...recent] : recent;
  }
  if (mayReachBack(m)) return fam.groups;
  const older: EventMention[][] = [];
  for (const k of fam.anaphoric) {
    if (k >= fam.recentFrom) break;
    older.push(fam.groups[k]!);
  }
  const recent = fam.groups.slice(fam.recentFrom);
  return older.length === 0 ? recent : [...older, ...recent];
}

/**
 * The better of two reports of one event's toll, never their sum (a toll restated is the same dead):
 * an exact figure over a bound ("more than 60", then "62"), a closed range over an open bound, and
 * between two of a kind the higher, as tolls are revised upwards ("three killed", later "the toll
 * rose to five"; "hundreds", then "over 200"). A partial count ("two of them children") is lower.
 */
/** A toll read in the sentence where a party claims the event. */
function claimantsToll(m: EventMention): boolean {
  return m.fatalities !== null && m.claimantsSentence === true;
}

export function tighterCount(a: Count | null, b: Count | null): Count | null {
  if (!a || !b) return a ?? b;
  const rank = (c: Count) => (c.min !== null && c.min === c.max ? 2 : c.max !== null ? 1 : 0);
  // "20 killed", later "at least 45 have now died": a lower bound above an exact figure revises it.
  const exceeds = (bound: Count, exact: Count) => rank(exact) === 2 && rank(bound) < 2 && bound.min !== null && bound.min > exact.max!;
  if (exceeds(a, b)) return a;
  if (exceeds(b, a)) return b;
  if (rank(a) !== rank(b)) return rank(b) > rank(a) ? b : a;
  return (b.min ?? b.max ?? 0) > (a.min ?? a.max ?? 0) ? b : a;
}

/**
 * "Two soldiers were killed when their patrol hit a roadside bomb. An interpreter was also killed in the
 * blast.": a later telling whose toll says its victims come on top ("also", "another") adds them to the
 * toll told before it, as in one sentence (addCount); null without such a word, when the tighter figure stands.
 */
function withAddedVictims(g: readonly EventMention[]): Count | null {
  const told = g.filter((m) => m.fatalities).sort((a, b) => a.sentence - b.sentence);
  let toll: Count | null = null, added = false;
  for (const m of told) {
    const c = m.fatalities!;
    if (toll && ADDED_VICTIMS.test(c.text) && !toll.text.includes(c.text)) {
      toll = addCounts(toll, c);
      added = true;
    } else toll = tighterCount(toll, c);
  }
  return added ? toll : null;
}

/**
 * "Gang members killed at least 70 people ... The Gran Grif gang also set fire to 45 houses": a telling of the event
 * (merged or absorbed) that names the armed group its doer was left unidentified as names the doer; ACLED codes the
 * named group whichever report named it. Only a telling's doer, not its target.
 */
function nameUnidentifiedDoer(e: EventMention, tellings: readonly EventMention[], namesUnidentified: SideRelation): void {
  if (e.actor === null) return;
  for (const t of tellings) {
    if (t.actor === null || t.actor === e.actor || t.actor === e.target || !namesUnidentified(e.actor, t.actor)) continue;
    e.actor = t.actor;
    e.rules.push("actor:named-by-telling");
    return;
  }
}

/** How much a mention tells: the most informative mention carries the merged event. */
function informationOf(m: EventMention): number {
  return (m.place ? 3 : 0) + (m.actor ? 1 : 0) + (m.target ? 1 : 0) + (m.date ? 1 : 0) + (m.fatalities ? 1 : 0) + (m.injuries ? 1 : 0);
}

/**
 * Mentions of one event across sentences become one event: the most informative mention is kept
 * (its trigger and evidence) and fills its empty fields from the others. Mentions are compared in
 * text order; a mention joins the first earlier group it is compatible with.
 */
export function mergeCoreferentEvents(
  mentions: readonly EventMention[],
  placeKey: PlaceRelation = (a, b) => a === b,
  datesAgree: DateRelation = (a, b) => a === b,
  placeSpecificity: (id: string) => number = () => 0,
  isPerson: PersonTest = () => false,
  isKnown: KnownPartyTest = () => true,
  sameSide: SideRelation = (x, y) => x === y,
  namesUnidentified: SideRelation = () => false,
  sameParty: SideRelation = (x, y) => x === y,
): EventMention[] {
  const groups: EventMention[][] = [];
  // Only groups of the mention's family can take it, and (anaphors aside) only those begun within
  // the widest sentence window: comparing with every group made long live blogs quadratic.
  const byFamily = new Map<string, FamilyGroups>();
  const inTextOrder = mentions.every((m, i) => i === 0 || mentions[i - 1]!.sentence <= m.sentence);
  for (const m of mentions) {
    const family = familyOfMention(m);
    let fam = byFamily.get(family);
    if (!fam) byFamily.set(family, (fam = { groups: [], anaphoric: [], killings: new Map(), recentFrom: 0 }));
    // Kind (type, mode, window) is judged against the group's first mention; arguments against every mention.
    // A re-mention belongs to the event told most recently ("The demonstration turned violent" after "Saturday's protests", not the Sunday rally before).
    let group: EventMention[] | undefined;
    // With mentions in text order, the group told last is the one that took the last foreground mention.
    const latest = seeksAntecedent(m) ? (inTextOrder ? fam.latest : latestTold(fam.groups)) : undefined;
    // The death of a named person told before, however far back: the person died once.
    const victim = m.target !== null && lethal(m) && isPerson(m.target) ? m.target : null;
    const killing = victim !== null ? fam.killings.get(victim) : undefined;
    const candidates = candidateGroups(fam, m, inTextOrder, latest);
    for (const g of killing && !candidates.includes(killing) ? [killing, ...candidates] : candidates) {
      if (group && g[g.length - 1]!.sentence < group[group.length - 1]!.sentence) continue;
      // "killed 13 police officers in an ambush ..., and security forces later killed six of the attackers in a gunfight.
      // The ambush took place near El Papayo": of two happenings told last in one sentence, the one told by the same word.
      if (group && g[g.length - 1]!.sentence === group[group.length - 1]!.sentence && toldByRow(group, m) && !toldByRow(g, m)) continue;
      // "A drone strike killed two Hezbollah members, as the group fired rockets at a base. Hezbollah announced the deaths of
      // two of its fighters": of two told last in one sentence, the one whose side in the same role the mention names.
      if (group && g[g.length - 1]!.sentence === group[group.length - 1]!.sentence && namesSameRole(group, m) && !namesSameRole(g, m)) continue;
      // "Another bomb exploded": one more happening, which joins nothing told before its sentence, nor a telling of its
      // sentence that is not one more too ("a quake struck Herat, killing 15, a week after another quake killed 1,000").
      if (m.distinct && !g.some((x) => x.sentence === m.sentence && x.distinct)) continue;
      // "A drone attack hit a U.S. base ... In response, F-15 jets struck facilities used by the Guard": an answer joins
      // no telling of the act it answers (told before it, and told as no answer); a later telling may join the answer.
      if (m.responds && g.some((x) => !x.responds)) continue;
      if (summaryApart(g, m)) {
        // One of the attacks a summary counts happened when the summary says they did ("overnight"), unless it says otherwise.
        const summary = g.find((x) => x.summary === true);
        if (summary && !m.date) inheritDate(m, summary);
        continue;
      }
      const oneDeath = g === killing;
      if (sameEvent(g[0]!, m, placeKey, datesAgree, isPerson, g === latest, oneDeath, isKnown, sameSide, sameParty) && g.every((x) => argumentsAgree(x, m, placeKey, datesAgree, oneDeath, isKnown, sameSide, sameParty)) && !takesOver(group, g, m)) group = g;
    }
    if (group) {
      // The presupposed mentions of the group take the asserted telling's modality, whichever came first.
      if (m.presupposed === true && group.some((x) => x.modality === "asserted")) {
        m.modality = "asserted";
        m.rules.push("presupposed");
      } else if (m.modality === "asserted") {
        for (const x of group) if (x.presupposed === true && x.modality !== "asserted") { x.modality = "asserted"; x.rules.push("presupposed"); }
      }
      group.push(m);
      if (!group[0]!.background) fam.latest = group;
    } else {
      group = [m];
      groups.push(group);
      fam.groups.push(group);
      if (mayReachBack(m)) fam.anaphoric.push(fam.groups.length - 1);
      if (!m.background) fam.latest = group;
    }
    if (victim !== null && !fam.killings.has(victim)) fam.killings.set(victim, group);
  }
  if (DEBUG_EVENTS) for (const g of groups) if (g.length > 1) console.error("GROUP", g.map((m) => `${m.sentence}:${m.type}/${m.mode}/${m.modality}/${m.row.id}`).join(" + "));
  return groups.map((g) => {
    if (g.length === 1) {
      nameUnidentifiedDoer(g[0]!, tellingsOf(g[0]!), namesUnidentified);
      return g[0]!;
    }
    // What each mention said on its own, before the carrier takes the others' fields.
    const told = g.flatMap(tellingsOf).sort((a, b) => a.sentence - b.sentence || a.tokens[0]! - b.tokens[0]!).map(toldOf);
    // The most informative mention carries the event; on a tie the first (news leads with it), then the most specific words.
    // A mention that tells the act ("protests", "gathered") beats one that only names its participants ("blocked protesters").
    const base = [...g].sort((a, b) => Number(a.row.participant) - Number(b.row.participant) || informationOf(b) - informationOf(a) || a.sentence - b.sentence || b.row.rank - a.row.rank)[0]!;
    // What happened is told best by the most specific words ("grenades" over "the attacks in 13 locations"), wherever the place was named.
    const specific = [...g].sort((a, b) => Number(a.row.generic || a.row.weak) - Number(b.row.generic || b.row.weak) || b.row.rank - a.row.rank)[0]!;
    // "attacked a gendarmerie post, killing 8 ... The attackers also burned two vehicles": burning or taking within a
    // killing attack is a detail of it, not what the event was (ACLED codes the attack, not property destruction).
    const detailOfAttack = takesWithoutKilling(specific) && !takesWithoutKilling(base) && !specific.fatalities && (base.fatalities?.min ?? 0) > 0;
    if (specific !== base && specific.type === base.type && specific.row.rank > base.row.rank && !specific.row.generic && !specific.row.weak && !detailOfAttack) {
      base.row = specific.row;
      base.mode = specific.mode;
      base.acled = specific.acled;
      base.rules.push(`kind-from:${specific.row.id}`);
    }
    if (base.mode === null) base.mode = g.find((o) => o.mode !== null)?.mode ?? null;
    // Read before the carrier takes the others' counts.
    const added = withAddedVictims(g);
    // "Al-Shabaab claimed the attack ..., saying its fighters had killed 30 soldiers": a toll told in the sentence of a
    // claim of responsibility is the claimant's; another telling's toll (officials' "at least 17") is the one coded
    // (ACLED takes the most conservative report, never the perpetrator's boast over it).
    const otherToll = g.some((o) => o.fatalities && !claimantsToll(o));
    if (otherToll && claimantsToll(base)) base.fatalities = null;
    for (const o of g) {
      if (o === base) continue;
      // "Syrian government forces clashed with the Fifth Corps ... Clashes between both parties left five
      // government forces killed": a side the carrier read only from the dead is the side another
      // telling names as the doer; in a symmetric event that telling's order of sides stands.
      if (base.actor === null && o.actor !== null && o.actor === base.target && (SYMMETRIC_TYPES.has(base.type) || isTwoSidedClash(base) || isTwoSidedClash(o))) {
        base.actor = o.actor;
        base.target = o.target;
      }
      base.actor ??= o.actor === base.target ? null : o.actor;
      base.target ??= o.target === base.actor ? null : o.target;
      if (o.place && (!base.place || placeSpecificity(o.place) > placeSpecificity(base.place))) {
        base.place = o.place;
        base.geoPrecision = o.geoPrecision;
      }
      // A day of the event's own, from any telling, replaces the day of a report.
      inheritDate(base, o);
      if (!(otherToll && claimantsToll(o))) base.fatalities = tighterCount(base.fatalities, o.fatalities);
      base.injuries = tighterCount(base.injuries, o.injuries);
      base.claimedBy ??= o.claimedBy;
      // "Protesters demonstrated in Kisumu. Police fired tear gas to disperse them": the force that dispersed any telling met the demonstration.
      base.intervenedBy ??= o.intervenedBy;
      // Whether a claim leads the sentence is a fact about one mention, not about the event.
      for (const c of o.contexts) if (c !== "attribution-leads" && c !== "subordinate" && c !== "referenced") base.contexts.add(c);
    }
    if (added) base.fatalities = added;
    // "A suicide bomber drove a vehicle into a military base ... Al-Shabab claimed responsibility for the attack": the
    // group that claimed it names the armed men the other tellings left unnamed.
    if (base.claimedBy !== null && base.actor !== null && base.actor !== base.claimedBy && sameSide(base.actor, base.claimedBy)) base.actor = base.claimedBy;
    nameUnidentifiedDoer(base, g.flatMap(tellingsOf), namesUnidentified);
    // "Bandits stormed a school and kidnapped 30 students. Two guards died in the attack.": the toll another telling gave.
    codeLethalAbduction(base);
    // A group is a restated reference only when every mention is one.
    if (g.some((o) => !o.contexts.has("referenced"))) base.contexts.delete("referenced");
    base.rules.push(`coref:${g.length}`);
    base.told = told;
    return base;
  });
}
