/**
 * The corpus's records: what the store keeps of each article and what it makes of many articles.
 *
 * A document (docs/output.md) speaks of one article and points to its own actors, places and dates
 * by id. The corpus needs each event as a self-contained *report* (one article's telling of one
 * happening, with its actor, place and date written out), and then *corpus events*: the happenings,
 * each made of the reports of every article that told it. These types are the contract between the
 * pure corpus modules (src/corpus: reports, cross-article identity, exports, near-duplicates), the
 * store (src/store) and the readers (CLI export, HTTP API, web app). Keep names stable; add fields.
 */

/** A reported count as the text gives it ("more than 60" is {min: 60, max: null}). */
export interface Count {
  readonly min: number | null;
  readonly max: number | null;
  readonly text: string;
}

/** A span of an article's cleaned text, with the text it covers. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The outlet and article a report comes from: enough to cite it without opening the article. */
export interface ReportSource {
  /** The store's id of the article. */
  readonly articleId: string;
  /** Where the text came from (fetched or manifest URL), else null. */
  readonly url: string | null;
  /** The outlet: the page's site name, else the URL's host, else the input's name. */
  readonly outlet: string | null;
  readonly title: string | null;
  /** The article's dateline, YYYY-MM-DD. */
  readonly published: string | null;
}

export interface ReportActor {
  readonly name: string;
  readonly kind: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
  readonly partyType: string | null;
  readonly acledName: string | null;
}

export interface ReportPlace {
  /** The gazetteer's name ("Kabul"). */
  readonly name: string;
  /** The words of the article ("the Afghan capital" or "Kabul"). */
  readonly text: string;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly geonameid: number | null;
  /** GeoNames feature code (PPL, ADM1, PCLI...). */
  readonly feature: string;
}

export interface ReportDate {
  /** ISO 8601 prefix at its precision ("2021-10-08", "2021-W40", "2021-08", "2021"); null if unresolved. */
  readonly value: string | null;
  readonly precision: string;
  readonly text: string;
}

/**
 * An event's ACLED coding as its document gave it (design/OUTPUT.md): type and sub-type, and where the document
 * coded them, the parties, `partOf` (the id, in the same document, of the event whose ACLED row this one is part of:
 * a demonstration's arrests) and `fatalities` (the row's toll when the events folded into it report more).
 */
export interface AcledCoding {
  readonly eventType: string;
  readonly subEventType: string;
  readonly actor1?: string | null;
  readonly actor2?: string | null;
  readonly partOf?: string;
  readonly fatalities?: number;
}

/**
 * One article's telling of one event: the document's event with its references written out.
 * `key` is `${articleId}/${eventId}` and never changes for an analysis; a re-analysis of the same
 * article under a new pipeline version gives new reports.
 */
export interface EventReport {
  readonly key: string;
  readonly articleId: string;
  /** The event's id inside its document ("v3"). */
  readonly eventId: string;
  readonly source: ReportSource;
  readonly type: string;
  readonly mode: string | null;
  readonly modality: string;
  readonly background: boolean;
  readonly actor: ReportActor | null;
  readonly target: ReportActor | null;
  readonly place: ReportPlace | null;
  readonly geoPrecision: "exact" | "near" | "region" | "country" | null;
  readonly acledGeoPrecision: 1 | 2 | 3 | null;
  /** The event's own date; null when the article gives none (the dateline is in `source.published`). */
  readonly date: ReportDate | null;
  readonly fatalities: Count | null;
  readonly injuries: Count | null;
  readonly evidence: Evidence;
  readonly trigger: Evidence | null;
  readonly cameo: string | null;
  readonly acled: AcledCoding | null;
  /** Version of the pipeline that made the report (package version plus a hash of its data). */
  readonly pipelineVersion: string;
}

/** The fields of a corpus event that sources can disagree on and analysts can correct. */
export type EventField =
  | "type"
  | "mode"
  | "modality"
  | "actor"
  | "target"
  | "place"
  | "date"
  | "fatalities"
  | "injuries";

/** One source's value of one field, with where it said so. */
export interface SourcedValue<T> {
  readonly value: T;
  /** Report keys that gave this value. */
  readonly reports: readonly string[];
  /** Distinct outlets among them. */
  readonly outlets: readonly string[];
}

/** A field of a corpus event: the value shown, every value reported, and whether they conflict. */
export interface FieldValues<T> {
  readonly value: T;
  /** How the value shown was chosen: "agreed", "majority", "most-specific", "lowest" (ACLED tolls), "analyst"... */
  readonly chosenBy: string;
  readonly values: readonly SourcedValue<T>[];
  /** True when reports gave values that cannot all be true together. */
  readonly conflict: boolean;
}

/** Tolls across reports: the range reported and the figure ACLED would code (the lowest). */
export interface TollSummary {
  /** The lowest figure any report gives as a lower bound (ACLED codes the most conservative). */
  readonly acled: number | null;
  /**
   * The range of figures reported: the lowest lower bound, and the highest figure ("at least 12" and
   * "15" give 12-15); max is null when an open-ended report ("more than 20") reaches past every closed
   * figure, or when no report gives one.
   */
  readonly min: number | null;
  readonly max: number | null;
  readonly values: readonly SourcedValue<Count>[];
  readonly conflict: boolean;
  /** How `acled` was chosen: "agreed" (one figure), "lowest" (ACLED's most conservative of several), "analyst", "none". */
  readonly chosenBy?: string;
}

/** Why a report was put into a corpus event: which fields matched and how closely. */
export interface MergeExplanation {
  /** The report that was added. */
  readonly report: string;
  /** The report (already in the event) it matched best. */
  readonly matched: string;
  readonly score: number;
  /** Field name -> what was compared and the verdict, e.g. {type: "same (ASSAULT)", place: "12 km (both exact)"}. */
  readonly fields: Readonly<Record<string, string>>;
  /** Who merged it: "identity" (the automatic rule), or "analyst". */
  readonly by: string;
}

/** An analyst's correction of one field of a corpus event; survives re-analysis. */
export interface Correction {
  readonly eventId: string;
  readonly field: EventField;
  /** The value as JSON (a ReportActor, ReportPlace, ReportDate, Count, or a string). */
  readonly value: unknown;
  readonly by: string | null;
  readonly note: string | null;
  /** ISO 8601 date-time. */
  readonly at: string;
}

/** A happening in the corpus: every report of it, merged. */
export interface CorpusEvent {
  /** Stable id ("E" + digits or a hash), kept across re-analysis where the same reports recur. */
  readonly id: string;
  readonly type: FieldValues<string>;
  readonly mode: FieldValues<string | null>;
  readonly modality: FieldValues<string>;
  readonly actor: FieldValues<ReportActor | null>;
  readonly target: FieldValues<ReportActor | null>;
  readonly place: FieldValues<ReportPlace | null>;
  readonly date: FieldValues<ReportDate | null>;
  /** The date to sort and filter by: the event's date, else the earliest dateline, YYYY-MM-DD prefix. */
  readonly day: string | null;
  readonly fatalities: TollSummary;
  readonly injuries: TollSummary;
  readonly geoPrecision: "exact" | "near" | "region" | "country" | null;
  readonly acledGeoPrecision: 1 | 2 | 3 | null;
  readonly cameo: string | null;
  readonly acled: AcledCoding | null;
  readonly reports: readonly EventReport[];
  readonly sourceCount: number;
  readonly articleCount: number;
  readonly merges: readonly MergeExplanation[];
  readonly corrections: readonly Correction[];
}

/** A quote as the corpus keeps it: the quote with its speaker written out and its article cited. */
export interface QuoteRecord {
  /** `${articleId}/${quoteId}`. */
  readonly key: string;
  readonly articleId: string;
  readonly quoteId: string;
  readonly source: ReportSource;
  readonly kind: "direct" | "indirect" | "mixed";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly speaker: ReportActor | null;
  /** The speaker's words in the article ("a Taliban spokesman"). */
  readonly speakerText: string | null;
  /** The speaker's organisation or government, by name. */
  readonly affiliation: string | null;
  readonly cue: string | null;
  /** The date of the article (quotes are dated by their dateline). */
  readonly date: string | null;
}
