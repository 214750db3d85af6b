import type { Document, LayerAnnotation, TokenData } from "../../core/index.js";
import { findSpanAt, layer } from "../../core/index.js";
import type { CasualtyWord, EventsLexicons, NameOrDateWord, TriggerRow } from "./resources.js";
import { triggerRowsOf } from "./find-triggers.js";
import { SENSE_CUE_START } from "./resolve-sense.js";
import { startsPattern, viewToken, type PatternAlt, type TokenPattern, type TokenView } from "./token-pattern.js";
import { detachedString } from "../../core/detached-string.js";
import { TwoGenerationCache } from "../../core/two-generation-cache.js";
import { storyOpening } from "../../core/dateline.js";
import { repairTags } from "./repair-tags.js";
import { locativeBitsOf } from "./locative-bits.js";
import { stageWordClasses } from "../../lexicons/word-classes.js";
import type { RolePhrase } from "./find-role-phrases.js";

const EVENT_WORDS = stageWordClasses("events");

/** One sentence as the events stage reads it: token views, offsets and clause numbers. */
export interface SentenceView {
  readonly index: number;
  /** The sentence opens the story's text, where a wire story's dateline stands: the first that is not a glued headline (core/dateline.ts storyOpening). */
  readonly opening: boolean;
  /** A headline glued to the text after it, cut as a sentence of its own (SentenceData.headline): it tells the lead's happening again. */
  readonly headline: boolean;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly TokenView[];
  /** Per token, the trigger rows indexed under any of its forms, in the order findTriggers tries them (find-triggers.ts); absent on views built elsewhere. */
  readonly triggerRows?: readonly (readonly TriggerRow[])[];
  /** Per token, those of its trigger rows whose pattern's first element it matches (token-pattern.ts startsPattern), in the same order. */
  readonly triggerStarts?: readonly (readonly TriggerRow[])[];
  /** The tokens' lower-case forms, for quick lookups. */
  readonly words: readonly string[];
  /**
   * Per token, what the lexicons say of its word, looked up once per distinct word (ViewCache) rather than
   * once per token in each pass that reads it; absent on views built elsewhere, whose readers look the word up.
   * The word's kind in name-and-date-words.tsv (lex.nameAndDateWords of the lower-case form).
   */
  readonly nameAndDateKinds?: readonly (NameOrDateWord | undefined)[];
  /** Per token, its word's entry in casualty-words.tsv (lex.casualtyWords of the lower-case form). */
  readonly casualtyEntries?: readonly (CasualtyWord | undefined)[];
  /** Per token, the contexts its forms name (lex.contextWords of each form, in form order; most words name none). */
  readonly formContexts?: readonly (readonly string[])[];
  /**
   * Per token, which cues its word may start, as bits: one per cue index in `cueIndexes` (the background, modality,
   * subordinate and cumulative cues), set when one of its forms is a first word of that index, and SENSE_CUE_START
   * when it matches the first element of some sense cue of trigger-senses.tsv. A token whose bit is clear is
   * skipped by findCueAt, the cumulative cues and the sense tests, which tried each of its forms in the index (or
   * each sense cue's first element) at every position of every window: most tokens start no cue of an index.
   */
  readonly cueStarts?: readonly number[];
  /** The bit of each cue index in `cueStarts`. */
  readonly cueIndexes?: ReadonlyMap<ReadonlyMap<string, readonly unknown[]>, number>;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  /** Clause number of each token, counted from 0 inside the sentence. */
  readonly clause: readonly number[];
  /** Tokens inside an aside ("..., including several Taliban fighters, ...", parentheses) that counts skip. */
  readonly aside: readonly boolean[];
  /** Nouns of sites and settlements ("town", "street", "hospital": the lexicon's classes `site` and `site-plural`), shared by every sentence. */
  readonly sites?: ReadonlySet<string>;
  /** The plurals among `sites` (class `site-plural`: "prisons", "bases"): a plural after a place name is no settlement word of that name. */
  readonly pluralSites?: ReadonlySet<string>;
  /** Nouns of weapons and what carries them ("device", "bomb", "car": the lexicon's class `weapon`), shared by every sentence. */
  readonly weapons?: ReadonlySet<string>;
  /** Nouns of times and dates ("Monday", "night", "week": the lexicon's class `time`): never a participant. */
  readonly times?: ReadonlySet<string>;
  /** Verbs and nouns whose object or "of" phrase is a place ("visit", "retaking": the lexicon's class `place-object`), shared by every sentence. */
  readonly placeObjects?: ReadonlySet<string>;
  /** Verbs whose object is an event noun and whose subject does it ("launched", "carried", "waging": the lexicon's class `support-verb`). */
  readonly supportVerbs?: ReadonlySet<string>;
  /** Verbs whose "in" phrase is an event noun their subject takes part in ("participated in", "took part in": the lexicon's class `participation-verb`). */
  readonly participationVerbs?: ReadonlySet<string>;
  /** Verbs that lay a deed at someone's door ("charged with", "accused of", "blamed ... on": the lexicon's class `accusation-verb`). */
  readonly accusationVerbs?: ReadonlySet<string>;
  /** Nouns of taking part in a deed ("involvement", "role": the lexicon's class `participation-noun`). */
  readonly participationNouns?: ReadonlySet<string>;
  /** Nouns that, modifying an act of violence, name what it was aimed at ("hospital attacks": the lexicon's class `target-modifier`). */
  readonly targetModifiers?: ReadonlySet<string>;
  /** Verbs whose subject gets the event noun they take ("received threats": the lexicon's class `receipt-verb`). */
  readonly receiptVerbs?: ReadonlySet<string>;
  /** Verbs that report speech ("said", "told": the lexicon's class `report-verb`): they frame a clause, they do not share their subject with it. */
  readonly reportVerbs?: ReadonlySet<string>;
  /** Verbs whose object is a weapon and whose subject uses it ("lobbed", "hurled", "planted": the lexicon's class `weapon-verb`). */
  readonly weaponVerbs?: ReadonlySet<string>;
  /** Verbs whose indefinite object is an act their subject does or undergoes again and again ("sees attacks": the lexicon's class `recurrence-verb`). */
  readonly recurrenceVerbs?: ReadonlySet<string>;
  /** Verbs of motion whose "to" phrase is a destination ("went to the village to arrest": the lexicon's class `motion-verb`). */
  readonly motionVerbs?: ReadonlySet<string>;
  /** Participles that, after a hyphen, name a backer ("Turkey-backed": the lexicon's class `backer`). */
  readonly backers?: ReadonlySet<string>;
  /** Prefixes that, before a hyphen, name whom a noun sides with or opposes ("pro-Saudi", "anti-Taliban": the lexicon's class `stance-prefix`). */
  readonly stancePrefixes?: ReadonlySet<string>;
  /** Verbs that pass a message or thing to a recipient ("given", "sent", "issued": the lexicon's class `recipient-verb`). */
  readonly recipientVerbs?: ReadonlySet<string>;
  /** Verbs of aiming an act at someone ("targeted", "hit", "aimed": the lexicon's class `aim-verb`), whose subject may be the act's own word. */
  readonly aimVerbs?: ReadonlySet<string>;
  /** Verbs of driving into something ("crashed", "rammed": the lexicon's class `ram-verb`), aimed at their "into" phrase. */
  readonly ramVerbs?: ReadonlySet<string>;
  /** Words of allegiance whose "to"/"with" phrase post-modifies the noun before them ("loyal", "affiliated": the lexicon's class `allegiance-word`). */
  readonly allegianceWords?: ReadonlySet<string>;
  /** Verbs and nouns of claiming a deed ("admitted responsibility for": the lexicon's classes `claim-verb`, `claim-noun`). */
  readonly claimVerbs?: ReadonlySet<string>;
  readonly claimNouns?: ReadonlySet<string>;
  /** Endings of abstract nouns ("-tion", "-ment": content-noun-endings.tsv), whose bare phrase names what an act is about. */
  readonly contentNounEndings?: readonly string[];
  /** Past tenses of event verbs with no -ed ("shot", "struck": the lexicon's class `irregular-past`), which the tagger may read as nouns. */
  readonly irregularPasts?: ReadonlySet<string>;
  /** Nouns for people in general ("people", "persons": the lexicon's class `generic-people`), whose comma list after a count breaks it down. */
  readonly genericPeople?: ReadonlySet<string>;
  /** Nouns for the people of an organisation ("members", "groups", "soldiers": the lexicon's class `member`). */
  readonly members?: ReadonlySet<string>;
  /** Singular nouns for a body of people that "they" may stand for ("the group", "the government": the lexicon's class `collective`). */
  readonly collectives?: ReadonlySet<string>;
  /** Nouns of vehicles, columns and shelters that hold people ("a convoy of gold miners", "a bus carrying pilgrims"). */
  readonly carriers?: ReadonlySet<string>;
  /** Event nouns whose possessive determiner undergoes them ("his arrest", "their deaths": the lexicon's class `possessor-undergoes`). */
  readonly possessorUndergoes?: ReadonlySet<string>;
  /** Nouns that tie their possessor to an event named after them ("the government's responsibility for the massacre": the lexicon's class `agent-link`). */
  readonly agentLinks?: ReadonlySet<string>;
  /** Nouns whose "to" infinitive their possessor or their verb's subject does ("the right to", "an attempt to": the lexicon's class `control-noun`). */
  readonly controlNouns?: ReadonlySet<string>;
  /** Words that make a number a bound ("at least", "more than", "some": quantity-modifiers.tsv), by first word: a role phrase starts after them. */
  readonly quantityBounds?: ReadonlyMap<string, readonly { readonly words: readonly string[] }[]>;
  /** What steps read once per sentence and keep (SentenceMemo); absent on views built elsewhere, whose readers keep it in a WeakMap. */
  readonly memo?: SentenceMemo;
}

/**
 * Readings of one sentence kept on its view for the article's later steps: the role phrases of each trigger
 * (find-role-phrases.ts) and the contexts the sentence names (describe-mention.ts). On the view rather than
 * in WeakMaps keyed by it: a WeakMap's table holds every view made since V8's last full collection, and
 * adding to it was ~1% of the stage's CPU samples (cpu-prof over the bench set).
 */
export interface SentenceMemo {
  roles: Map<string, { actor: RolePhrase | null; target: RolePhrase | null }> | undefined;
  contexts: ReadonlySet<string> | undefined;
}

const ASIDE_OPENERS = EVENT_WORDS.get("aside-openers");

/** Builds sentence views from the sentence and token layers; tokens outside any sentence are ignored. */
export function viewSentences(doc: Document, lex: EventsLexicons): SentenceView[] {
  const sentences = layer(doc, "sentence");
  const tokens = layer(doc, "token");
  // By sentence number: the segmenter numbers sentences 0, 1, 2 ..., so an array (a Map's hashed lookup per token was
  // ~1% of the stage's CPU samples); a number that is no small index goes to the Map.
  const bySentence: LayerAnnotation<"token">[][] = [];
  const otherNumbers = new Map<number, LayerAnnotation<"token">[]>();
  // Indexed: an array iterator allocates a result object per token where the loop is not optimised.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const n = t.data.sentence;
    const small = n >= 0 && n <= MAX_INDEXED_SENTENCE && Number.isInteger(n);
    const list = small ? bySentence[n] : otherNumbers.get(n);
    if (list) list.push(t);
    else if (small) {
      // Filled in order so the array stays packed: a gap (a sentence with no token) gets an empty list of its own.
      while (bySentence.length < n) bySentence.push([]);
      bySentence[n] = [t];
    } else otherNumbers.set(n, [t]);
  }
  const tokensOf = (n: number): LayerAnnotation<"token">[] => (n >= 0 && n <= MAX_INDEXED_SENTENCE && Number.isInteger(n) ? bySentence[n] : otherNumbers.get(n)) ?? [];
  const shared = sharedFieldsOf(lex);
  const cache = viewCacheOf(lex);
  const isEventWord = (d: TokenData) => cache.get(lex, d, "").triggerRows.length > 0;
  const isPartyNoun = (d: TokenData) => lex.actorClasses.has(d.normal);
  const isViolenceWord = (d: TokenData) => cache.get(lex, d, "").triggerRows.some((r) => r.type === "ASSAULT");
  const opening = sentences[storyOpening(sentences)]?.data.index;
  return sentences.map((s) => {
    const toks = inTextOrder(tokensOf(s.data.index));
    const n = toks.length;
    // The surface is read only for a token the segmenter gave no normal form.
    const surfaceOf = surfaceReader(doc.text, toks);
    const tagged: TokenData[] = new Array(n);
    // Each token's view as tagged, looked up once: the repairs read which tokens are event words from it, and a token
    // they leave as it was (most) keeps it.
    const taggedViews: CachedView[] = new Array(n);
    const eventWords: boolean[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const d = toks[i]!.data;
      tagged[i] = d;
      const cached = cache.get(lex, d, d.normal ? "" : surfaceOf(i));
      taggedViews[i] = cached;
      // (isEventWord looks a word up by its normal form alone, even an empty one.)
      eventWords[i] = d.normal ? cached.triggerRows.length > 0 : isEventWord(d);
    }
    // The tagger's two misreadings that hide a doer ("IS attacks", "Protesters clash with police"), mended here (repair-tags.ts).
    const datas = repairTags(tagged, surfaceOf, isEventWord, shared.irregularPasts, isPartyNoun, shared.quantityBounds, isViolenceWord, eventWords);
    // One pass fills every per-token column (a map per column made seven arrays and walks a sentence).
    const views: TokenView[] = new Array(n);
    const triggerRows: (readonly TriggerRow[])[] = new Array(n);
    const triggerStarts: (readonly TriggerRow[])[] = new Array(n);
    const words: string[] = new Array(n);
    const nameAndDateKinds: (NameOrDateWord | undefined)[] = new Array(n);
    const casualtyEntries: (CasualtyWord | undefined)[] = new Array(n);
    const formContexts: (readonly string[])[] = new Array(n);
    const cueStarts: number[] = new Array(n);
    const clause: number[] = new Array(n);
    let c = 0;
    for (let i = 0; i < n; i++) {
      const d = datas[i]!;
      const cached = d === tagged[i] ? taggedViews[i]! : cache.get(lex, d, d.normal ? "" : surfaceOf(i));
      const v: TokenView = cached;
      views[i] = v;
      triggerRows[i] = cached.triggerRows;
      triggerStarts[i] = cached.triggerStarts;
      words[i] = v.normal;
      nameAndDateKinds[i] = cached.nameAndDateKind;
      casualtyEntries[i] = cached.casualtyEntry;
      formContexts[i] = cached.formContexts;
      cueStarts[i] = cached.cueStart;
      if (i > 0 && cached.clauseBoundary) c++;
      clause[i] = c;
    }
    const aside = markAsides(views);
    rejoinClausesAcrossAsides(clause, aside, words, views);
    // One literal with every field (a word class the lexicon lacks is undefined): every view has one shape.
    // The token annotations serve as the spans (read-only offsets), so no object is made per token.
    return {
      index: s.data.index,
      opening: s.data.index === opening,
      headline: s.data.headline === true,
      start: s.start,
      end: s.end,
      tokens: views,
      triggerRows,
      triggerStarts,
      words,
      nameAndDateKinds,
      casualtyEntries,
      formContexts,
      cueStarts,
      cueIndexes: shared.cueIndexes,
      spans: toks,
      clause,
      aside,
      sites: shared.sites,
      pluralSites: shared.pluralSites,
      weapons: shared.weapons,
      times: shared.times,
      placeObjects: shared.placeObjects,
      supportVerbs: shared.supportVerbs,
      participationVerbs: shared.participationVerbs,
      accusationVerbs: shared.accusationVerbs,
      participationNouns: shared.participationNouns,
      targetModifiers: shared.targetModifiers,
      receiptVerbs: shared.receiptVerbs,
      reportVerbs: shared.reportVerbs,
      members: shared.members,
      recipientVerbs: shared.recipientVerbs,
      aimVerbs: shared.aimVerbs,
      ramVerbs: shared.ramVerbs,
      allegianceWords: shared.allegianceWords,
      claimVerbs: shared.claimVerbs,
      claimNouns: shared.claimNouns,
      contentNounEndings: shared.contentNounEndings,
      irregularPasts: shared.irregularPasts,
      genericPeople: shared.genericPeople,
      weaponVerbs: shared.weaponVerbs,
      recurrenceVerbs: shared.recurrenceVerbs,
      motionVerbs: shared.motionVerbs,
      backers: shared.backers,
      stancePrefixes: shared.stancePrefixes,
      collectives: shared.collectives,
      carriers: shared.carriers,
      possessorUndergoes: shared.possessorUndergoes,
      agentLinks: shared.agentLinks,
      controlNouns: shared.controlNouns,
      quantityBounds: shared.quantityBounds,
      memo: { roles: undefined, contexts: undefined },
    };
  });
}

/** Sentence numbers up to this index an array in viewSentences (an article has a few hundred sentences at most). */
const MAX_INDEXED_SENTENCE = 100_000;

/** The fields every sentence view of one lexicon shares (its word classes), built once per lexicon. */
type SharedFields = Pick<SentenceView, "cueIndexes" | "sites" | "pluralSites" | "weapons" | "times" | "placeObjects" | "supportVerbs" | "participationVerbs" | "accusationVerbs" | "participationNouns" | "targetModifiers" | "receiptVerbs" | "reportVerbs" | "members" | "recipientVerbs" | "aimVerbs" | "ramVerbs" | "allegianceWords" | "claimVerbs" | "claimNouns" | "contentNounEndings" | "irregularPasts" | "genericPeople" | "weaponVerbs" | "recurrenceVerbs" | "motionVerbs" | "backers" | "stancePrefixes" | "quantityBounds" | "collectives" | "carriers" | "possessorUndergoes" | "agentLinks" | "controlNouns">;
const sharedFields = new WeakMap<EventsLexicons, SharedFields>();

function sharedFieldsOf(lex: EventsLexicons): SharedFields {
  let shared = sharedFields.get(lex);
  if (shared) return shared;
  const c = lex.wordClasses;
  shared = {
    cueIndexes: cueStartsOf(lex).indexes,
    sites: unionOf(c.get("site"), c.get("site-plural")),
    pluralSites: c.get("site-plural"),
    weapons: c.get("weapon"),
    times: c.get("time"),
    placeObjects: c.get("place-object"),
    supportVerbs: c.get("support-verb"),
    participationVerbs: c.get("participation-verb"),
    accusationVerbs: c.get("accusation-verb"),
    participationNouns: c.get("participation-noun"),
    targetModifiers: c.get("target-modifier"),
    receiptVerbs: c.get("receipt-verb"),
    reportVerbs: c.get("report-verb"),
    members: c.get("member"),
    recipientVerbs: c.get("recipient-verb"),
    aimVerbs: c.get("aim-verb"),
    ramVerbs: c.get("ram-verb"),
    allegianceWords: c.get("allegiance-word"),
    claimVerbs: c.get("claim-verb"),
    claimNouns: c.get("claim-noun"),
    contentNounEndings: lex.contentNounEndings,
    irregularPasts: c.get("irregular-past"),
    genericPeople: c.get("generic-people"),
    weaponVerbs: c.get("weapon-verb"),
    recurrenceVerbs: c.get("recurrence-verb"),
    motionVerbs: c.get("motion-verb"),
    backers: c.get("backer"),
    stancePrefixes: c.get("stance-prefix"),
    quantityBounds: lex.quantityModifiers,
    collectives: c.get("collective"),
    carriers: c.get("carrier"),
    possessorUndergoes: c.get("possessor-undergoes"),
    agentLinks: c.get("agent-link"),
    controlNouns: c.get("control-noun"),
  };
  sharedFields.set(lex, shared);
  return shared;
}

/**
 * Token views by the three things a view is made of (the normal or surface form, the lemma, the POS):
 * an article repeats most of its words, and a corpus its vocabulary, so each distinct word is viewed
 * once, with its trigger rows (find-triggers.ts), rather than once per token of every article. Views
 * are read-only and compared by their fields, never by identity. One cache per lexicon, since trigger
 * rows are the lexicon's.
 *
 * Bounded as the entity tagger's word cache is (models/ner/features.ts): two generations of at most
 * VIEW_CACHE_WORDS_PER_GENERATION words; when the young one is full the old one is dropped, so words
 * that recur, found again in the old generation and moved up, stay, while the unbounded vocabulary of a
 * corpus (numbers, names, misspellings) cannot grow it. A single Map cleared past 100,000 words held
 * 25.6 MB live in a worker after 4,200 distinct articles (heap snapshot, 2026-12-04), a quarter of the
 * worker's live heap; about 250 bytes a word, so these two generations hold at most ~5 MB.
 */
interface CachedView extends TokenView {
  /**
   * The view's own fields (normal, pos, forms) are the entry's: the sentence view holds the entry as the token's view,
   * so a token's lookup and every later read of its view touch one object, not two (in the pipeline, where the other
   * stages' tables have pushed these out of the CPU's caches, each object read for a token is a cache miss).
   */
  readonly lemma: string;
  readonly triggerRows: readonly TriggerRow[];
  /**
   * The trigger rows whose pattern's first element the word matches: findTriggers tried every row's first
   * element at every token of every article, ~5% of the stage's CPU in the pipeline, for a test of the word alone.
   */
  readonly triggerStarts: readonly TriggerRow[];
  /** Whether the view's normal form is one of the lexicon's clause boundaries (looked up once per word, not per token). */
  readonly clauseBoundary: boolean;
  /** The word's lexicon entries the sentence view carries per token (SentenceView's nameAndDateKinds, casualtyEntries, formContexts). */
  readonly nameAndDateKind: NameOrDateWord | undefined;
  readonly casualtyEntry: CasualtyWord | undefined;
  readonly formContexts: readonly string[];
  /** The cues the word may start (SentenceView's cueStarts). */
  readonly cueStart: number;
  /** The word classes isLocative tests (locative-bits.ts), looked up once per word. */
  readonly locativeBits: number;
  /**
   * The word's view with another lemma or part of speech, if any (most words have one). A chain from
   * the map's entry rather than an array per word: a token's lookup reads one object less, and in the
   * pipeline, where the other stages' tables have pushed these out of the CPU's caches, each object
   * read is a cache miss.
   */
  readonly next: CachedView | undefined;
}

class ViewCache {
  private readonly words = new TwoGenerationCache<CachedView>(VIEW_CACHE_WORDS_PER_GENERATION);

  get(lex: EventsLexicons, data: TokenData, surface: string): CachedView {
    const word = data.normal || surface;
    const first = this.words.get(word);
    // The part of speech first: its strings come from wink's small tag list, so unequal ones differ at once.
    for (let v = first; v !== undefined; v = v.next) if (v.pos === data.pos && v.lemma === data.lemma) return v;
    return this.add(lex, data, surface, word, first);
  }

  /**
   * A word's view not met before (or not with this lemma and part of speech), made and kept. A method
   * of its own so that `get`, run for every token, stays small enough for TurboFan to inline into the
   * sentence loop; this part runs once per distinct word.
   */
  private add(lex: EventsLexicons, data: TokenData, surface: string, word: string, first: CachedView | undefined): CachedView {
    // What is kept must not keep the article's text alive: the strings a view is made of are copied
    // when they may be cut from it.
    const lemma = detachedString(data.lemma);
    const view = viewToken({ ...data, normal: detachedString(data.normal), lemma }, detachedString(surface));
    // A new variant goes first: the views already made keep their order behind it (any order finds the one asked for).
    const triggerRows = triggerRowsOf(lex, view);
    const triggerStarts = triggerRows.every((r) => startsPattern(r.pattern, view)) ? triggerRows : triggerRows.filter((r) => startsPattern(r.pattern, view));
    const entry: CachedView = {
      normal: view.normal,
      pos: view.pos,
      forms: view.forms,
      lemma,
      triggerRows,
      triggerStarts,
      clauseBoundary: lex.clauseBoundaries.has(view.normal),
      nameAndDateKind: lex.nameAndDateWords.get(view.normal),
      casualtyEntry: lex.casualtyWords.get(view.normal),
      formContexts: contextsOfForms(lex, view),
      cueStart: mayStartCue(lex, view),
      locativeBits: locativeBitsOf(view.normal),
      next: first,
    };
    this.words.set(detachedString(word), entry);
    return entry;
  }
}

/** The contexts a word's forms name (contexts.tsv), in form order, repeats kept: the order sentenceContexts adds them in. */
function contextsOfForms(lex: EventsLexicons, view: TokenView): readonly string[] {
  let out: string[] | undefined;
  for (const f of view.forms) {
    const c = lex.contextWords.get(f);
    if (c) (out ??= []).push(c);
  }
  return out ?? NO_CONTEXTS;
}
const NO_CONTEXTS: readonly string[] = [];

/** The cues a word may start (SentenceView's cueStarts): a bit per cue index one of its forms is a first word of, and SENSE_CUE_START. */
function mayStartCue(lex: EventsLexicons, view: TokenView): number {
  const starts = cueStartsOf(lex);
  let bits = 0;
  for (const [index, bit] of starts.indexes) for (const f of view.forms) if (index.has(f)) bits |= bit;
  return startsPattern(starts.senseFirst, view) ? bits | SENSE_CUE_START : bits;
}

/** Per lexicon: the first words of the cue indexes cueStarts covers, and every sense cue's first element merged into one. */
interface CueStartWords {
  readonly indexes: ReadonlyMap<ReadonlyMap<string, readonly unknown[]>, number>;
  /** A pattern of one element whose alternatives are those of every sense cue's first element: a token matches it when it matches any of them. */
  readonly senseFirst: TokenPattern;
}
const cueStartWords = new WeakMap<EventsLexicons, CueStartWords>();

function cueStartsOf(lex: EventsLexicons): CueStartWords {
  let found = cueStartWords.get(lex);
  if (found) return found;
  const indexes = new Map<ReadonlyMap<string, readonly unknown[]>, number>();
  for (const index of [lex.backgroundIndex, lex.modalityIndex, lex.subordinateIndex, lex.cumulativeIndex]) if (!indexes.has(index)) indexes.set(index, SENSE_CUE_START << (indexes.size + 1));
  const alts: PatternAlt[] = [];
  const plain = new Set<string>();
  const exact = new Set<string>();
  const special: PatternAlt[] = [];
  for (const rows of lex.senseIndex.values()) {
    for (const row of rows) {
      const first = row.cue?.elements[0];
      if (!first || first.kind !== "word") continue;
      alts.push(...first.alts);
      for (const w of first.plain) plain.add(w);
      for (const w of first.exact) exact.add(w);
      special.push(...first.special);
    }
  }
  found = { indexes, senseFirst: { source: "", elements: [{ kind: "word", alts, plain, exact, special }] } };
  cueStartWords.set(lex, found);
  return found;
}

const viewCaches = new WeakMap<EventsLexicons, ViewCache>();
const VIEW_CACHE_WORDS_PER_GENERATION = 10_000;

function viewCacheOf(lex: EventsLexicons): ViewCache {
  let cache = viewCaches.get(lex);
  if (!cache) viewCaches.set(lex, (cache = new ViewCache()));
  return cache;
}

/**
 * The surface of a sentence's token i. Made by a module function because a closure bound to a name
 * inside the per-sentence loop costs a defineProperty of that name per sentence under the bundler's
 * keepNames (and tsx); a returned arrow is anonymous.
 */
function surfaceReader(text: string, toks: readonly LayerAnnotation<"token">[]): (i: number) => string {
  return (i) => text.slice(toks[i]!.start, toks[i]!.end);
}

/**
 * The tokens by start offset; the token layer is written in text order, so most lists come back as they are. The
 * list is viewSentences' own, made for this sentence: it is sorted in place, not copied.
 */
function inTextOrder(tokens: LayerAnnotation<"token">[]): LayerAnnotation<"token">[] {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.start < tokens[i - 1]!.start) return tokens.sort((a, b) => a.start - b.start);
  return tokens;
}

/** Words that close an "including ..." aside written without commas ("15 militants including a commander were killed"). */
const ASIDE_CLOSERS = new Set([",", ".", ";", ":", "and", "or", "but"]);

/** Marks ", including ... ," and "( ... )" stretches, and "including ..." up to the verb it stands before. */
/**
 * "15 of them civilians", "most of them women and children": a part of the group just counted, set off by commas
 * ("20 people died, 15 of them civilians, after clashes").
 */
function opensPartitive(views: readonly TokenView[], i: number): boolean {
  return (views[i]?.pos === "NUM" || PART_QUANTIFIERS.has(views[i]?.normal ?? "")) && views[i + 1]?.normal === "of" && (views[i + 2]?.normal === "them" || views[i + 2]?.normal === "whom");
}
/** Quantifiers of a part of a counted group ("most of them", "many of whom"). */
const PART_QUANTIFIERS: ReadonlySet<string> = new Set(["most", "many", "some", "all", "half", "several"]);

/**
 * "Gunmen killed at least 50 people, most of them women and children, in an attack on a village": the commas
 * of an aside open clauses of their own, but the words after the aside go on the clause it interrupted (the
 * attack is the killing's, its doer the gunmen). The aside's own words keep their clause.
 */
function rejoinClausesAcrossAsides(clause: number[], aside: readonly boolean[], words: readonly string[], views?: readonly TokenView[]): void {
  for (let i = 1; i < clause.length; i++) {
    // A comma aside, or a bracket inside the clause ("the National Liberation Army (ELN) during an operation");
    // not one a dash follows: "BEIRUT (AP) -" closes a dateline, whose clause is not the story's.
    if (!aside[i] || aside[i - 1] || (words[i] !== "," && words[i] !== "(")) continue;
    let end = i;
    while (end + 1 < clause.length && aside[end + 1]) end++;
    const after = end + 1;
    if (after >= clause.length) return;
    if (words[i] === "(" && !continuesAfterBracket(words, i, after, views)) { i = end; continue; }
    const from = clause[after]!, to = clause[i - 1]!;
    if (from !== to) for (let k = after; k < clause.length && clause[k] === from; k++) clause[k] = to;
    i = end;
  }
}

/**
 * A bracket inside a clause that the clause goes on after: well into the sentence (a dateline's "(AP)" stands
 * in its first words), and followed by a lower-case word ("(ELN) during an operation"), not a dash or a
 * capitalised word that opens the story ("MEXICO CITY (AP) Mexico's Senate").
 */
function continuesAfterBracket(words: readonly string[], open: number, after: number, views?: readonly TokenView[]): boolean {
  if (!/^\p{Ll}/u.test(words[after] ?? "")) return false;
  // "Islamic State (Afghanistan) claimed the attack", "Rioters (India) burned": a verb in lower case right after a
  // bracket in the first words goes on the clause (ACLED's country of a party); no dateline is followed by one.
  return open > DATELINE_BRACKET_MAX_TOKEN || views?.[after]?.pos === "VERB";
}
/** The last token at which a dateline's bracketed agency may open ("NEW YORK CITY (AP)": 3). */
const DATELINE_BRACKET_MAX_TOKEN = 3;

function markAsides(views: readonly TokenView[]): boolean[] {
  const aside = views.map(() => false);
  for (let i = 0; i < views.length; i++) {
    const v = views[i]!;
    if (v.normal === "(") {
      let j = i;
      while (j < views.length && views[j]!.normal !== ")") aside[j++] = true;
      if (j < views.length) aside[j] = true;
      i = j;
    } else if (v.normal === "," && (ASIDE_OPENERS.has(views[i + 1]?.normal ?? "") || opensPartitive(views, i + 1))) {
      let j = i;
      aside[j++] = true;
      while (j < views.length && views[j]!.normal !== "," && views[j]!.normal !== ".") aside[j++] = true;
      if (j < views.length && views[j]!.normal === ",") aside[j] = true;
      i = j;
    } else if (v.normal === "," && isAppositionAfterName(views, i)) {
      // "took control of Bukavu, the second-largest city in eastern Congo, on Sunday after troops withdrew": a noun phrase
      // in apposition to a name, between two commas, interrupts the clause, which goes on after it.
      let j = i;
      aside[j++] = true;
      while (views[j]!.normal !== ",") aside[j++] = true;
      aside[j] = true;
      i = j;
    } else if (v.normal === "including" && i > 0 && (views[i - 1]!.pos === "NOUN" || views[i - 1]!.pos === "PROPN")) {
      // "15 Taliban militants including a commander were killed": the count is the 15, the commander one of them.
      let j = i + 1;
      while (j < views.length && !ASIDE_CLOSERS.has(views[j]!.normal) && views[j]!.pos !== "VERB" && views[j]!.pos !== "AUX") j++;
      // Closed by a list word or the sentence's end, the stretch may be the sentence's object: not an aside.
      if (j >= views.length || (views[j]!.normal !== "," && views[j]!.pos !== "VERB" && views[j]!.pos !== "AUX")) continue;
      for (let k = i; k < j; k++) aside[k] = true;
      i = j - 1;
    }
  }
  return aside;
}

/** Articles that open a noun phrase in apposition ("Bukavu, the second-largest city in eastern Congo,"). */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** Most words an apposition between commas may have. Unit: tokens. */
const APPOSITION_MAX_TOKENS = 12;

/**
 * Whether the comma at `i` opens a noun phrase in apposition to the name before it: an article right after the comma,
 * then up to APPOSITION_MAX_TOKENS words with no verb, closed by another comma that no verb follows.
 */
function isAppositionAfterName(views: readonly TokenView[], i: number): boolean {
  if (views[i - 1]?.pos !== "PROPN" || !APPOSITION_ARTICLES.has(views[i + 1]?.normal ?? "")) return false;
  for (let j = i + 2; j < views.length && j <= i + 1 + APPOSITION_MAX_TOKENS; j++) {
    const w = views[j]!;
    // Right before the verb it is the subject's apposition, which the role phrases read as the subject ("McCarthy, a
    // senator from Wisconsin, threatened"): only one the clause goes on after with other words interrupts it.
    if (w.normal === ",") return j > i + 2 && views[j + 1]?.pos !== "VERB" && views[j + 1]?.pos !== "AUX";
    if (w.pos === "VERB" || w.pos === "AUX" || w.normal === "." || w.normal === ";") return false;
  }
  return false;
}

/** Index of the first token starting at or after `offset` (the first that ends after it), or -1. */
export function tokenAt(s: SentenceView, offset: number): number {
  return firstEndingAfter(s.spans, offset);
}

/**
 * Index of the first span that ends after `offset`, or -1: a binary search, since a sentence's tokens are
 * in text order and do not overlap, so their ends rise with them (a scan from the sentence's start read
 * ~50 tokens per call, for every place, date and name of the article).
 */
export function firstEndingAfter(spans: readonly { readonly end: number }[], offset: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < spans.length ? lo : -1;
}

/** Index in `sentences` (in text order) of the sentence holding `offset`, or -1. */
export function findSentenceAt(sentences: readonly SentenceView[], offset: number): number {
  return findSpanAt(sentences, offset);
}

/** Both word classes as one set (either may be missing from a trimmed lexicon). */
function unionOf(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (!a || !b) return a ?? b;
  return new Set([...a, ...b]);
}

/** A participle right after a comma, the adjunct of the clause before it: "..., killing five". */
export function isCommaParticiple(s: SentenceView, i: number): boolean {
  return s.words[i - 1] === "," && s.words[i]!.endsWith("ing");
}
