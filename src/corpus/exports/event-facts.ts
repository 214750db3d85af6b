/**
 * What every export says of a corpus event beyond its chosen values: the report that leads it, its
 * outlets, its evidence by source, the PLOVER contexts its modality implies, and which fields conflict.
 */
import type { CorpusEvent, EventReport, TollSummary } from "../records.js";
import { acledActorsOf, acledNameOfParty, type AcledActors, type AcledParty } from "../../stages/events/acled-actors.js";

/**
 * The report that leads the event: the one whose toll is the figure coded (the lowest, as ACLED codes
 * it), else the first. Its evidence is the event's notes and PLOVER text.
 */
export function leadReport(event: CorpusEvent): EventReport | null {
  const coded = event.fatalities.acled;
  if (coded !== null) {
    const r = event.reports.find((x) => x.fatalities?.min === coded);
    if (r) return r;
  }
  return event.reports[0] ?? null;
}

/** Distinct outlets of the event's reports, in report order. */
export function outletsOf(event: CorpusEvent): string[] {
  const seen = new Set<string>();
  for (const r of event.reports) {
    const o = r.source.outlet ?? r.source.url ?? r.articleId;
    if (o) seen.add(o);
  }
  return [...seen];
}

/** Distinct article URLs of the event's reports. */
export function urlsOf(event: CorpusEvent): string[] {
  return [...new Set(event.reports.map((r) => r.source.url).filter((u): u is string => !!u))];
}

/** Distinct evidence sentences, each with the outlet that reported it ("[Reuters] ..."). */
export function evidenceBySource(event: CorpusEvent): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const r of event.reports) {
    const text = oneLine(r.evidence.text);
    const outlet = r.source.outlet ?? r.articleId;
    const line = `[${outlet}] ${text}`;
    if (!seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  return lines;
}

/** The reported toll texts with their outlets: `"at least 12 killed" (Reuters)`. */
export function tollTexts(toll: TollSummary): string[] {
  return toll.values.map((v) => `"${oneLine(v.value.text)}" (${v.outlets.join(", ") || v.reports.join(", ")})`);
}

/**
 * PLOVER contexts implied by the event's modality and background flag: hypothetical, negation, future
 * (intended or pledged), historical (background: past context in the article).
 */
export function ploverContexts(event: CorpusEvent): string[] {
  const contexts: string[] = [];
  const modality = event.modality.value;
  if (modality === "hypothetical") contexts.push("hypothetical");
  if (modality === "negated") contexts.push("negation");
  if (modality === "intended" || modality === "pledged") contexts.push("future");
  if (event.reports.length > 0 && event.reports.every((r) => r.background)) contexts.push("historical");
  return contexts;
}

/** Names of the fields whose reports disagree (and the tolls, when they conflict). */
export function conflictsOf(event: CorpusEvent): string[] {
  const fields: string[] = [];
  for (const name of ["type", "mode", "modality", "actor", "target", "place", "date"] as const) {
    if (event[name].conflict) fields.push(name);
  }
  if (event.fatalities.conflict) fields.push("fatalities");
  if (event.injuries.conflict) fields.push("injuries");
  return fields;
}

/** The text with its runs of white space (line breaks too) made one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The ACLED row an event is part of (stages/events/fold-policing-into-protests.ts: a demonstration's arrests), as the
 * report key of the event that stands for that row ("<article>/v2"), or null when the event is a row of its own.
 */
export function acledPartOf(event: CorpusEvent): string | null {
  const r = event.reports.find((x) => x.acled?.partOf);
  return r ? `${r.articleId}/${r.acled!.partOf}` : null;
}

/** ACLED's fatalities for the event's row: the lowest figure reported, or the deaths of the events folded into the row when they are more. */
export function acledRowFatalities(event: CorpusEvent): number {
  if (event.fatalities.chosenBy === "analyst") return event.fatalities.acled ?? 0;
  return Math.max(event.fatalities.acled ?? 0, event.acled?.fatalities ?? 0);
}

/**
 * ACLED's parties for the event from its reports' parties (acledActorsOf), with a role they leave empty taken from
 * the lead report's own coding, which may name a party no text role carries (the police that broke up a protest).
 */
export function acledPartiesOf(event: CorpusEvent, country: string | null): AcledActors | null {
  const coded = acledActorsOf(event.acled, event.actor.value, event.target.value, country);
  if (!coded) return null;
  const party = (name: string | null | undefined): AcledParty | null => (name ? { name, acledName: name } : null);
  const actor1 = coded.actor1 ?? (party(event.acled?.actor1) && event.acled?.actor1 !== acledNameOfParty(coded.actor2) ? party(event.acled?.actor1) : null);
  const actor2 = coded.actor2 ?? (party(event.acled?.actor2) && event.acled?.actor2 !== acledNameOfParty(actor1) ? party(event.acled?.actor2) : null);
  return actor1 === coded.actor1 && actor2 === coded.actor2 ? coded : { ...coded, actor1, actor2 };
}

