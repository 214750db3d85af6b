import type { Count } from "../../core/index.js";
import { REPORT_DATE_RULE, absorbInto, anchorOf, destroysProperty, inheritDate, isTwoSidedClash, toldAsHappened, type EventMention } from "./event-mention.js";
import { ATTACK_PART_REACH_SENTENCES } from "./heuristics.js";
import { codeByTargetClass } from "./refine-acled.js";
import type { SentenceView } from "./sentence-view.js";
import { hasPluralEnding } from "./plural-nouns.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";

const EVENT_WORDS = stageWordClasses("events");

/** Rule pushed on an attack for each later sentence's act folded into it. */
export const ATTACK_PART_RULE = "attack-part";

/**
 * Modes of the acts an attack is told in, one sentence after another: shooting, hacking, beating,
 * burning and looting, taking people away. A bombing, a shelling or a clash between two armed sides
 * is a happening of its own, as is sexual violence (an ACLED sub-event of its own).
 */
const PART_MODES: ReadonlySet<string> = new Set(["firearms", "primitive", "beat", "destroy", "abduct"]);
/** Theft modes (ORG_CRIME, triggers.tsv): the looting of a raid. */
const LOOTING_MODES: ReadonlySet<string> = new Set(["robbery"]);
/** Modes of a trigger that tells an attack as a whole ("attacked a village", "stormed a bar"). */
const WHOLE_ATTACK_MODES: ReadonlySet<string> = new Set(["attack", "raid"]);
/** Plural nouns without an -s that may head a definite re-mention of the attackers ("the militia"); compounds of "men" ("gunmen") are read apart. */
const PLURAL_HEADS: ReadonlySet<string> = EVENT_WORDS.get("plural-heads");
/** Tokens after "the" searched for the plural head of "the (armed) gunmen". */
const DEFINITE_HEAD_REACH_TOKENS = 2;

/** An attack told as a whole in the foreground: a killing attack, or an attack or raid word. */
function isWholeAttack(e: EventMention): boolean {
  if (e.type !== "ASSAULT" || !toldAsHappened(e) || destroysProperty(e) || isTwoSidedClash(e)) return false;
  return (e.fatalities?.min ?? 0) > 0 || WHOLE_ATTACK_MODES.has(e.mode ?? "") || e.row.generic;
}

/** An act an attack may be told in: shooting, hacking, burning, looting, taking people away, told as happened. */
function isPartAct(e: EventMention): boolean {
  if (!toldAsHappened(e) || e.distinct) return false;
  if (e.type === "ORG_CRIME") return LOOTING_MODES.has(e.mode ?? "");
  return e.type === "ASSAULT" && PART_MODES.has(e.mode ?? "") && !isTwoSidedClash(e);
}

/**
 * "Al-Shabaab fighters attacked a village ..., killing nine civilians. The militants stormed Bariire village at dawn
 * and shot residents": the attackers, referred back to, storming a place with no toll of its own retell how the
 * attack began; a raid told otherwise may be another one.
 */
function retoldRaid(e: EventMention, anaphor: "pronoun" | "definite" | null): boolean {
  return anaphor !== null && e.type === "ASSAULT" && e.mode === "raid" && toldAsHappened(e) && !e.distinct && !e.fatalities;
}

/**
 * The subject a sentence opens with refers back to a party told before: "They burned houses", "The
 * gunmen arrived ...", "The attackers also set fire to ...". "pronoun" for "they", whose reading
 * among named parties (actors stage) is no evidence of who it is; "definite" for "the" and a plural head.
 */
function openingAnaphor(s: SentenceView): "pronoun" | "definite" | null {
  let i = 0;
  while (i < s.tokens.length && s.tokens[i]!.pos === "PUNCT") i++;
  const w = s.words[i];
  if (w === "they") return "pronoun";
  if (w !== "the") return null;
  for (let k = i + 1; k <= i + DEFINITE_HEAD_REACH_TOKENS && k < s.words.length; k++) {
    const t = s.tokens[k]!;
    if (t.pos !== "NOUN" && t.pos !== "ADJ") return null;
    if (t.pos === "NOUN") return PLURAL_HEADS.has(s.words[k]!) || hasPluralEnding(s.words[k]!) || s.words[k]!.endsWith("men") ? "definite" : null;
  }
  return null;
}

/** A toll a part tells is at most the attack's: "opened fire, killing two" of "killing at least 18". */
function withinToll(part: Count | null, whole: Count | null): boolean {
  if (!part) return true;
  if (!whole) return false;
  return (part.max ?? part.min ?? 0) <= (whole.min ?? whole.max ?? 0);
}

/** How the fold reads places, dates and parties (extract-events.ts gives the document's). */
export interface AttackPartRelations {
  readonly placesAgree: (a: string, b: string) => boolean;
  readonly datesAgree: (a: string, b: string) => boolean;
  readonly sameSide: (a: string, b: string) => boolean;
  /** Whether a mention's place is vaguer than a town (a country or a region), or borrowed (borrowedPlace). */
  readonly vaguePlace: (e: EventMention) => boolean;
  /** Whether a mention's place is one its words do not give: the dateline's town, or the paragraph's scene. */
  readonly borrowedPlace: (e: EventMention) => boolean;
  /** Whether two actor ids code to one ACLED party ("nine civilians" and "residents": Civilians (Somalia)). */
  readonly sameParty: (a: string, b: string) => boolean;
  /** Whether two places lie in one country (both known to). */
  readonly sameCountry: (a: string, b: string) => boolean;
  /** How precise a place is (a town over a region over a country). */
  readonly specificity: (id: string) => number;
}

/**
 * "Suspected Boko Haram fighters attacked a village ..., killing at least 18 people. The gunmen arrived on
 * motorcycles in Kwari village and opened fire on residents. 'They burned houses and took away the
 * women,' he said.": a wire story tells one attack in its lead and then its parts, sentence after
 * sentence. ACLED codes one event (one day, one place, one pair of actors), so an act of a later
 * sentence (shooting, hacking, burning, looting, taking people away) becomes one more telling of the
 * attack told last when: the sentence before told the attack or one of its parts (the story has not
 * moved on), its doers refer back to the attackers ("they", "the gunmen" opening the sentence, or the
 * same party), it names no place apart from the attack's (a village in the attack's country is where
 * it happened) and no other day, it is not set in the background, and its toll, if any, is part of
 * the attack's. Any other violent event between ends the attack's telling: "In March, militants
 * killed 12 farmers in nearby Bama" is another happening, and so is what follows it.
 */
export function foldAttackParts(perSentence: EventMention[][], sentences: readonly SentenceView[], rel: AttackPartRelations): void {
  let attack: EventMention | null = null;
  let lastTold = -1;
  perSentence.forEach((events, k) => {
    const s = sentences[k];
    const reach = attack !== null && k > attack.sentence && k - lastTold <= ATTACK_PART_REACH_SENTENCES;
    const anaphor = reach && s ? openingAnaphor(s) : null;
    const kept: EventMention[] = [];
    for (const e of events) {
      // "Israeli forces raided Nablus and shot dead two men", "Gunmen stormed the village and abducted 20 women": an act
      // coordinated after the attack's verb in its own sentence, by the same named doer, is one more part of it.
      // So is a participle after it with no doer of its own ("stormed Kadawa village on Saturday, shooting residents and abducting at least 15 women").
      const coordinated = attack !== null && attack.sentence === k && e.sentence === k && anchorOf(e) > anchorOf(attack) && (e.actor !== null ? e.actor === attack.actor : !!s && isTrailingParticiple(s, e));
      // "launched coordinated attacks across the province ... In the Musakhel district, gunmen shot dead 23 men": an act at a
      // place of its own is one of the attacks a summary counts, not a part of it.
      const ownAttack = attack?.summary === true && e.place !== null && e.place !== attack.place;
      if ((reach || coordinated) && attack && !ownAttack && (isPartAct(e) || retoldRaid(e, anaphor)) && partOf(e, attack, anaphor, rel, coordinated)) {
        takeSetting(attack, e, anaphor, rel);
        if (coordinated) takeToll(attack, e);
        takeAbduction(attack, e);
        attack.rules.push(`${ATTACK_PART_RULE}:${e.row.id}`);
        absorbInto(attack, e);
        lastTold = k;
        continue;
      }
      kept.push(e);
      if (e.type !== "ASSAULT" && !isPartAct(e)) continue;
      // Another violent happening, or one told in the background, ends the attack's telling.
      if (isWholeAttack(e)) {
        attack = e;
        lastTold = k;
      } else if (e.sentence === k && k !== attack?.sentence) attack = null;
    }
    // "The gunmen surrounded Ogossagou village and shot residents" read with no act of force: a sentence that opens on the
    // attackers and tells no other violence goes on telling the attack, so its next sentence may still tell a part.
    if (anaphor !== null && attack !== null && lastTold < k) lastTold = k;
    if (kept.length !== events.length) perSentence[k] = kept;
  });
}

/** An act told by an -ing participle, the doer left to the clause it trails ("..., shooting residents and abducting 15 women"). */
function isTrailingParticiple(s: SentenceView, e: EventMention): boolean {
  const w = s.words[anchorOf(e)] ?? "";
  return e.voice !== "undergoer" && w.length > 4 && w.endsWith("ing");
}

/** Whether `e` tells a part of `attack`: its doers, place, day and toll (foldAttackParts). */
function partOf(e: EventMention, attack: EventMention, anaphor: "pronoun" | "definite" | null, rel: AttackPartRelations, coordinated = false): boolean {
  // "They burned dozens of homes": a sentence-opening "they" after the attack's telling stands for the attackers, whatever party
  // the actors stage read it as (often the victims named last); a named doer must be the attackers, never their victims.
  // A doer the text leaves unsaid is no evidence either: "for these people to destroy the people" after a shooting is no part of it.
  const sameDoers = anaphor === "pronoun" || ((anaphor === "definite" || coordinated) && e.actor === null) || (e.actor !== null && e.actor !== attack.target && attack.actor !== null && (e.actor === attack.actor || rel.sameSide(e.actor, attack.actor)));
  if (!sameDoers) return false;
  // "soldiers opened fire on the gunmen": the attackers fired on are another happening; so is an attack on another
  // party ("attacked the UN compound ... gunfire at the AMISOM base"), as ACLED codes two actor2s.
  if (e.target !== null && (e.target === attack.actor || (attack.target !== null && e.target !== attack.target && !rel.sameParty(e.target, attack.target)))) return false;
  // "A few weeks ago, terrorists destroyed the pipeline": a day of its own that the attack's telling does not confirm is another happening's.
  // A day only the report gave ("residents said on Thursday") rules out only a day long before it.
  const reportDated = attack.date !== null && attack.rules.includes(REPORT_DATE_RULE) && !e.rules.includes(REPORT_DATE_RULE);
  if (e.date !== null && (attack.date === null || !rel.datesAgree(attack.date, e.date)) && !(reportDated && !e.longBeforeReport)) return false;
  // Over a country, a region or the dateline's town, a part may name the village (one the gazetteer does not nest), in that country.
  // A place the part's words do not give (the dateline's town, "KYIV (AP) — ... The drones hit residential buildings") says nothing.
  if (e.place !== null && attack.place !== null && !rel.borrowedPlace(e) && !rel.placesAgree(attack.place, e.place) && !(rel.vaguePlace(attack) && rel.sameCountry(attack.place, e.place))) return false;
  // A coordinated act tells the toll of an attack told with none ("raided Nablus and shot dead two men").
  return withinToll(e.fatalities, attack.fatalities) || (coordinated && !attack.fatalities);
}

/** The attack takes the part's more precise place and its day where its own are missing; a pronoun's reading gives no doer. */
function takeSetting(attack: EventMention, e: EventMention, anaphor: "pronoun" | "definite" | null, rel: AttackPartRelations): void {
  // A place the part's own words give beats the dateline's town the lead borrowed; over a country or region, a more precise one wins.
  const better = (p: string) => attack.place === null || (rel.borrowedPlace(attack) && !rel.borrowedPlace(e)) || (rel.vaguePlace(attack) && rel.specificity(p) > rel.specificity(attack.place));
  if (e.place !== null && better(e.place)) {
    attack.place = e.place;
    attack.geoPrecision = e.geoPrecision;
  }
  inheritDate(attack, e);
  if (anaphor !== "pronoun" && e.actor !== attack.target) attack.actor ??= e.actor;
  if (e.target !== attack.actor) attack.target ??= e.target;
}

/** "raided Nablus and shot dead two men": the attack told with no toll takes the coordinated act's, with the words of its victims. */
function takeToll(attack: EventMention, e: EventMention): void {
  if (attack.fatalities || attack.injuries) return;
  attack.fatalities = e.fatalities;
  attack.injuries = e.injuries;
  if (e.victimPhrase) attack.victimPhrase ??= e.victimPhrase;
  if (e.deadPhrase) attack.deadPhrase ??= e.deadPhrase;
  if (e.injuredPhrase) attack.injuredPhrase ??= e.injuredPhrase;
  if (e.target !== attack.actor) attack.target ??= e.target;
  if (attack.targetClass) return;
  attack.targetClass = e.targetClass;
  codeByTargetClass(attack);
}

/**
 * "Boko Haram insurgents raided the village ... The attackers abducted 20 women.": an attack in which people
 * were taken and no one was killed is an abduction (ACLED's sub-event; a killing makes it an attack), so the
 * abduction's more specific words tell what the event was, as a merged telling's would (merge-events.ts).
 */
function takeAbduction(attack: EventMention, e: EventMention): void {
  if (e.type !== attack.type || e.mode !== "abduct" || attack.mode === "abduct" || (attack.fatalities?.min ?? 0) > 0 || e.row.rank <= attack.row.rank) return;
  attack.row = e.row;
  attack.mode = e.mode;
  attack.acled = e.acled;
  attack.rules.push(`kind-from:${e.row.id}`);
}
