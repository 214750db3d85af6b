// Events with no place or date of their own take their scene's: the paragraph's, the dateline's, the story's town; and an event told at two coordinated places is split.

import type { Document, GeoPrecision, PlaceData } from "../../core/index.js";
import { layer } from "../../core/index.js";
import { findAnnotation } from "./find-annotation.js";
import { choosePlace, sceneAfter, startsParagraph, type Located } from "./assign-arguments.js";
import { DATELINE_PLACE_RULE, REPORT_DATE_RULE, SCENE_PLACE_RULE, STORY_PLACE_RULE, STORY_SCENE_PLACE_RULE, anchorOf, lastTokenOf, toldAsHappened, type EventMention } from "./event-mention.js";
import { SCENE_REACH_SENTENCES, DATELINE_MAX_TOKENS, DATELINE_DASHES } from "./heuristics.js";
import { isToldAsDone, toldInThePast } from "./infer-dateline-date.js";
import { inDateline } from "./place-setting.js";
import type { SentenceView } from "./sentence-view.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import { placesAgree } from "./event-agreement.js";
import { PHYSICAL_TYPES } from "./event-type-groups.js";

const EVENT_WORDS = stageWordClasses("events");
/** Characters between two coordinated place names ("Jabla in the northwest province of Latakia, and the port city of Tartus": 58). */
const COORDINATED_PLACES_MAX_CHARS = 80;

/**
 * A sentence naming no place goes on at its paragraph's scene: "Five people were placed under
 * arrest." The scene lapses at a paragraph break, or when the story has left the ground for a few
 * sentences (SCENE_REACH_SENTENCES).
 */
export function placeAtScenes(text: string, sentences: readonly SentenceView[], perSentence: readonly EventMention[][], places: readonly (readonly Located[])[]): void {
  let scene: ReturnType<typeof sceneAfter> = null;
  let sceneSeen = 0;
  sentences.forEach((s, k) => {
    const onGround = (perSentence[k] ?? []).filter((e) => PHYSICAL_TYPES.has(e.type));
    // Wire stories give each sentence a paragraph: "in the area" still points back to the scene told before it.
    if ((startsParagraph(text, sentences, k) && !(scene !== null && pointsBackToScene(s))) || k - sceneSeen > SCENE_REACH_SENTENCES) scene = null;
    if (scene && (places[s.index] ?? []).length === 0) {
      for (const e of onGround) if (!e.place) { e.place = scene.id; e.geoPrecision = scene.precision; e.rules.push(SCENE_PLACE_RULE); }
    }
    scene = sceneAfter(scene, onGround, places[s.index] ?? []);
    if (scene && onGround.length > 0) sceneSeen = k;
  });
}

/** Nouns that, after "in the" with no name, point back to a place told before ("in the area"). */
const ANAPHORIC_PLACE_NOUNS: ReadonlySet<string> = EVENT_WORDS.get("anaphoric-place-nouns");
/** Prepositions of such a phrase. */
const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "around", "inside", "across"]);

/**
 * "The army said it had carried out strikes against targets in the area": a place phrase with a definite noun of place
 * and no name after it ("in the area", "in the village"; not "in the village of Masala") points back to the scene.
 */
function pointsBackToScene(s: SentenceView): boolean {
  for (let i = 0; i + 2 < s.words.length; i++) {
    if (SCENE_PREPOSITIONS.has(s.words[i]!) && s.words[i + 1] === "the" && ANAPHORIC_PLACE_NOUNS.has(s.words[i + 2]!) && s.words[i + 3] !== "of" && s.tokens[i + 3]?.pos !== "PROPN") return true;
  }
  return false;
}

/**
 * An asserted event on the ground that neither its sentences nor a scene placed goes on at the
 * story's dateline (rule `place:dateline`; MUC-4 dev location slot F1 66.7 -> 69.9, WikiEvents and
 * RAMS unchanged). Run on whole events, after merging, so a borrowed place never keeps two tellings apart.
 */
export function placeAtDateline(events: readonly EventMention[], dateline: { id: string; precision: GeoPrecision } | null, agree: (a: string, b: string) => boolean, lead: number, atSceneTime: (date: string, sceneDate: string | null) => boolean = () => false, groundSentences?: ReadonlySet<number>): void {
  if (!dateline) return;
  // "PESHAWAR - A suicide bomber rammed a car into a police station in Bannu district ... Gunmen then stormed the
  // compound": the dateline is where the story was filed; when the story's lead puts its event on the ground somewhere
  // the dateline's town does not hold, an event told after it with no place of its own goes on at the lead's scene
  // (rule `place:story-scene`), as a coder reads on, not at the bureau. Only the lead's: a long analysis filed from
  // the capital names past scenes ("the Godhra incident") that the events after them did not happen at.
  // The scene lapses SCENE_REACH_SENTENCES after its event was last told.
  let scene: { id: string; precision: GeoPrecision; told: number; date: string | null } | null = null;
  for (const e of [...events].sort(bySentence)) {
    if (!PHYSICAL_TYPES.has(e.type)) continue;
    if (e.place) {
      if (e.sentence === lead && toldAsHappened(e) && e.geoPrecision !== null && !e.rules.includes(DATELINE_PLACE_RULE) && !agree(e.place, dateline.id)) scene = { id: e.place, precision: e.geoPrecision, told: lastToldSentence(e), date: e.date };
      // "Fighters from the ADF attacked the village of Mamove, about 40 km northeast of Beni" under a lead in North Kivu:
      // the story goes on at the lead's scene, told closer; what follows there is at the nearer place.
      else if (scene && e.sentence > lead && toldAsHappened(e) && e.geoPrecision !== null && agree(e.place, scene.id)) scene = { id: e.place, precision: e.geoPrecision, told: Math.max(scene.told, lastToldSentence(e)), date: e.date ?? scene.date };
      continue;
    }
    // "Ethiopia and Eritrea fought a border war from 1998 to 2000": an event dated long before the report was not where
    // the story was filed from.
    if (e.background || e.modality !== "asserted" || e.longBeforeReport) continue;
    // An event dated in its own words ("Ruto withdrew the bill last week") is told at another time than the scene, unless
    // its day is the scene's ("killed four of them in a firefight on Wednesday morning" after a raid the report dates).
    // "Separately, police in the northwestern city of Medellin said they had arrested ...": a happening told as another
    // one (EventMention.distinct) is not at the scene of the one before it; the scene ends there.
    if (e.distinct) scene = null;
    const atScene = scene && sentencesBetween(scene.told, e.sentence, groundSentences) <= SCENE_REACH_SENTENCES && (e.date === null || atSceneTime(e.date, scene.date));
    const at = (atScene ? scene : null) ?? dateline;
    e.place = at.id;
    e.geoPrecision = at.precision;
    e.rules.push(at === dateline ? DATELINE_PLACE_RULE : STORY_SCENE_PLACE_RULE);
  }
}
const bySentence = (a: EventMention, b: EventMention) => a.sentence - b.sentence;

/**
 * Sentences from `from` (excluded) to `to`, counting only those that tell a happening on the ground when `ground` is
 * given: a witness's quote or an official's comment between two tellings does not move the story off its scene.
 */
function sentencesBetween(from: number, to: number, ground: ReadonlySet<number> | undefined): number {
  if (!ground) return to - from;
  let n = 0;
  for (let k = from + 1; k <= to; k++) if (ground.has(k)) n++;
  return n;
}

/** The last sentence that tells the event, its own or one merged into it. */
function lastToldSentence(e: EventMention): number {
  let last = e.sentence;
  for (const t of e.told ?? []) if (t.sentence > last) last = t.sentence;
  for (const a of e.absorbed ?? []) if (a.sentence > last) last = a.sentence;
  return last;
}

/**
 * A story whose placed events on the ground all lie in one town (the town itself, or a site or
 * neighbourhood placed at it: "the plaza in front of Seoul City Hall") tells its other asserted
 * events on the ground there too ("Around 70 people were detained by police for illegally occupying
 * roads"), as a coder reads the whole report: rule `place:story`, precision "near" (the story, not
 * the sentence, says where). Two towns, or none, leave them unplaced. Run after the dateline, which
 * says more.
 */
export function placeAtStoryTown(doc: Document, events: readonly EventMention[]): void {
  const onGround = events.filter((e) => PHYSICAL_TYPES.has(e.type) && toldAsHappened(e));
  let town: number | null = null;
  let placeId: string | null = null;
  for (const e of onGround) {
    if (!e.place) continue;
    const key = townOf(findAnnotation(doc, "place", e.place)?.data);
    if (key === null || (town !== null && key !== town)) return;
    if (town === null) { town = key; placeId = e.place; }
  }
  if (placeId === null) return;
  for (const e of onGround) {
    if (e.place || e.modality !== "asserted") continue;
    e.place = placeId;
    e.geoPrecision = "near";
    e.rules.push(STORY_PLACE_RULE);
  }
}

/** The GeoNames id of the town a place is or lies in (a site placed at a town), else null (a province, a country, an unresolved name). */
function townOf(p: PlaceData | undefined): number | null {
  if (!p) return null;
  if (p.resolution === "enclosing") return p.enclosedBy && (p.enclosedBy.kind === "city" || p.enclosedBy.kind === "feature") ? p.enclosedBy.geonameid : null;
  return p.kind === "city" || p.kind === "feature" ? p.geonameid : null;
}

/**
 * The town of a story's dateline ("KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --": Kandahar), the
 * place a wire story reports from: an event on the ground that no sentence of its paragraph places
 * happened there more often than anywhere else the text names. The most specific of the dateline's names.
 */
export function datelinePlace(first: SentenceView | undefined, located: readonly Located[]): { id: string; precision: GeoPrecision } | null {
  if (!first) return null;
  const names = located.filter((p) => p.kind && inDateline(first, p.first, p.last));
  return names.length > 0 ? choosePlace(first, names) : null;
}

/**
 * Where a dateline ends: the dash that opens the text ("Moscow (USSR), 14 Nov 89 (Izvestiya) --"),
 * when one follows its last name within DATELINE_MAX_TOKENS, else that name's end. The names before
 * it ("(USSR)") are the dateline's own, not places the story tells of.
 */
export function datelineEndOf(s: SentenceView, lastName: number): number {
  for (let i = lastName + 1; i < s.tokens.length && i <= lastName + DATELINE_MAX_TOKENS; i++) if (DATELINE_DASHES.has(s.words[i]!)) return s.spans[i]!.start;
  return s.spans[lastName]!.end;
}

/**
 * A sentence giving no date goes on at its paragraph's time, as news tells a scene: "A gun battle
 * ... ended ... on Saturday. Five people were placed under arrest." An event on the ground told as
 * done in the past, with no date of its own and none in its sentence, takes the date of the last
 * dated event on the ground in its paragraph (rule `date:scene`). The time lapses at a paragraph
 * break, or after SCENE_REACH_SENTENCES sentences with no telling of an event on the ground. Run on whole events,
 * after merging, so a borrowed date never pins two attacks together.
 */
export function dateAtScenes(text: string, sentences: readonly SentenceView[], events: readonly EventMention[], dates: readonly (readonly Located[])[], groundSentences: ReadonlySet<number>, durations: readonly (readonly Located[])[]): void {
  const bySentence = new Map<number, EventMention[]>();
  for (const e of events) if (PHYSICAL_TYPES.has(e.type)) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  let scene: string | null = null;
  let sceneSeen = 0;
  sentences.forEach((s, k) => {
    const onGround = bySentence.get(s.index) ?? [];
    if (startsParagraph(text, sentences, k) || k - sceneSeen > SCENE_REACH_SENTENCES) scene = null;
    const borrowed = new Set<EventMention>();
    if (scene && (dates[s.index] ?? []).length === 0 && !shiftsTime(s, durations[s.index] ?? [])) {
      for (const e of onGround) if (!e.date && isToldAsDone(e) && toldInThePast(s, e)) { e.date = scene; e.rules.push("date:scene"); borrowed.add(e); }
    }
    const dated = onGround.filter((e) => e.date && isToldAsDone(e) && !borrowed.has(e));
    if (dated.length > 0) scene = dated[dated.length - 1]!.date;
    // A sentence that retells an event on the ground (merged into one told earlier) keeps the story there too.
    if (groundSentences.has(s.index) && scene) sceneSeen = k;
  });
}

/** Nouns of an attack's doers that, definite, open a sentence retelling the lead's attack ("The attackers ..."). */
const RETOLD_DOERS: ReadonlySet<string> = EVENT_WORDS.get("retold-doers");
/** Modifiers allowed between "The" and such a noun ("The armed attackers", "The masked gunmen"). Unit: tokens. */
const RETOLD_DOER_MODIFIERS = 2;

/**
 * "Gang members torched homes ... killing at least 12 people, a rights group said Friday. The attackers ... moved in around
 * 2 a.m. Thursday": a wire lead that dates only its report ("said Friday") leaves the attack's day to the next sentence,
 * which opens on its doers under a definite noun and tells when they struck. An asserted event on the ground first told in
 * the lead, with no date of its own (none, or only the report's), takes that sentence's first calendar day that dates no
 * report (rule `date:doers-retold`). Run on whole events, after merging, before the scene dates.
 */
export function dateFromRetoldDoers(sentences: readonly SentenceView[], events: readonly EventMention[], dates: readonly (readonly Located[])[], lead: number, isDay: (id: string) => boolean, datesReport: (s: SentenceView, d: Located) => boolean): void {
  const k = sentences.findIndex((s) => s.index === lead);
  const next = k >= 0 ? sentences[k + 1] : undefined;
  if (!next || !opensOnRetoldDoers(next)) return;
  const day = (dates[next.index] ?? []).find((d) => isDay(d.id) && !datesReport(next, d));
  if (!day) return;
  for (const e of events) {
    if (e.sentence !== lead || !PHYSICAL_TYPES.has(e.type) || e.background || e.modality !== "asserted") continue;
    if (e.date !== null && !e.rules.includes(REPORT_DATE_RULE)) continue;
    e.date = day.id;
    e.rules.push("date:doers-retold");
  }
}

/** "The attackers, ...", "The masked gunmen ...": the sentence opens on "The", a modifier or two, and a noun of RETOLD_DOERS. */
function opensOnRetoldDoers(s: SentenceView): boolean {
  if (s.words[0]?.toLowerCase() !== "the") return false;
  for (let i = 1; i <= 1 + RETOLD_DOER_MODIFIERS && i < s.words.length; i++) {
    if (RETOLD_DOERS.has(s.words[i]!.toLowerCase())) return true;
    if (s.tokens[i]!.pos !== "ADJ" && s.tokens[i]!.pos !== "VERB") return false;
  }
  return false;
}

/** Words after a length of time that move the telling away from the scene's time ("one year before", "two days later"). */
const TIME_SHIFT_WORDS: ReadonlySet<string> = EVENT_WORDS.get("time-shift-words");
/** Those of TIME_SHIFT_WORDS that move it back: what they date is earlier context. */
const TIME_BACK_WORDS: ReadonlySet<string> = EVENT_WORDS.get("time-back-words");

/**
 * "Police said the gunmen had killed a governor one year before": an event in the clause of a length
 * of time counted back from the scene is earlier context (background), never one more telling of the
 * scene's event (rule `background:counted-back`).
 */
export function markCountedBack(s: SentenceView, events: readonly EventMention[], durations: readonly Located[]): void {
  for (const d of durations) {
    if (!TIME_BACK_WORDS.has(s.words[d.last + 1] ?? "")) continue;
    for (const e of events) if (!e.background && s.clause[anchorOf(e)] === s.clause[d.first]) { e.background = true; e.rules.push("background:counted-back"); }
  }
}

/** "charged with the assassination ... one year before": a sentence that counts time away from the scene is not at the scene's time. */
export function shiftsTime(s: SentenceView, durations: readonly Located[]): boolean {
  return durations.some((d) => TIME_SHIFT_WORDS.has(s.words[d.last + 1] ?? ""));
}

/**
 * An attack told for two coordinated towns ("the attacks in Jabla ... and the port city of Tartus")
 * is one event per town, as ACLED codes one event per location. A town inside the other place
 * ("Jabla in the province of Latakia") is the same event. A toll given for all of them belongs to
 * no single town, so the copies carry none.
 */
export function splitByPlace(doc: Document, events: EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  for (const e of events) {
    out.push(e);
    // Only what happened is coded per place; a demanded or feared attack stays one statement.
    if (!e.place || !e.otherPlaces?.length || (e.modality !== "asserted" && e.modality !== "claimed")) continue;
    const taken = [e.place];
    for (const p of e.otherPlaces) {
      if (taken.some((t) => placesAgree(doc, t, p.id)) || !areCoordinated(doc, taken[taken.length - 1]!, p.id)) continue;
      taken.push(p.id);
      out.push({ ...e, place: p.id, geoPrecision: p.precision, otherPlaces: [], fatalities: null, injuries: null, contexts: new Set(e.contexts), rules: [...e.rules, "split:place"], ...tellingsAt(e, p.id) });
    }
  }
  return out;
}

/**
 * A copy's tellings in the sentence that coordinated the places, told at the event's first place, are told at the
 * copy's place: "their posts in Anderstown and the Old Park Road came under intense gunfire" told at the Old Park
 * Road, not at Anderstown again. Tellings in other sentences keep the place their own words gave.
 */
function tellingsAt(e: EventMention, place: string): Pick<EventMention, "told" | "absorbed"> {
  const moved = (t: { readonly sentence: number; readonly place: string | null }) => t.sentence === e.sentence && t.place === e.place;
  if (e.told) return { told: e.told.map((t) => (moved(t) ? { ...t, place } : t)) };
  if (!e.absorbed?.some(moved)) return {};
  const copies = new Map<EventMention, EventMention>();
  return { absorbed: e.absorbed.map((a) => (moved(a) ? copies.get(a) ?? copies.set(a, { ...a, place }).get(a)! : a)) };
}

/** "X and Y", "X, and the city of Y": two names joined by "and" within a short stretch. */
function areCoordinated(doc: Document, a: string, b: string): boolean {
  const pa = findAnnotation(doc, "place", a);
  const pb = findAnnotation(doc, "place", b);
  if (!pa || !pb) return false;
  const [first, second] = pa.start < pb.start ? [pa, pb] : [pb, pa];
  const between = doc.text.slice(first.end, second.start);
  if (between.length > COORDINATED_PLACES_MAX_CHARS || !/\band\b/.test(between) || /[.;]/.test(between)) return false;
  // "in Raqqah was struck and killed by an airstrike near Tabqa Dam" joins verbs, not places.
  return !layer(doc, "token").some((t) => t.start >= first.end && t.end <= second.start && (t.data.pos === "VERB" || t.data.pos === "AUX"));
}

/**
 * "We condemn the attacks this weekend in Baghdad and Najaf" sums up attacks the text reports on
 * its own: a condemned event that merged with none of them is not one more event. It stays when
 * the condemnation is the only report of an event of its type, or when its own words date it at another day
 * than every event it could restate ("declined to indict the officer for the fatal shooting of Tamir Rice
 * on November 22, 2014" in a story of shootings in 2016).
 */
/** Whether the event's date stands after its trigger in its own sentence: the event's own words date it. */
export function datesOwnDay(doc: Document, byIndex: ReadonlyMap<number, SentenceView>, e: EventMention): boolean {
  const s = byIndex.get(e.sentence);
  const date = e.date === null ? undefined : findAnnotation(doc, "date", e.date);
  if (!s || !date) return false;
  return date.start >= s.spans[lastTokenOf(e)]!.end && date.end <= s.end;
}

export function dropRestatedReferences(events: EventMention[], restates: (e: EventMention, o: EventMention) => boolean): EventMention[] {
  return events.filter((e) => !e.contexts.has("referenced") || e.fatalities || e.injuries || !events.some((o) => o !== e && o.type === e.type && !o.background && !o.contexts.has("referenced") && restates(e, o)));
}
