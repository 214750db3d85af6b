import type { Located } from "./assign-arguments.js";
import { inDateline } from "./place-setting.js";
import type { SentenceView } from "./sentence-view.js";

/**
 * A dateline names where a report was filed. "Moscow (USSR), 14 Nov 89 (Izvestiya) -- FMLN
 * detachments have conducted the largest military operation in the history of the Salvadoran
 * conflict", "Panama City (Panama), 3 Nov 89 -- Guatemalan Archbishop ... reported the kidnapping of
 * a nun": a bureau abroad reports what happened in the country the story is about. When the
 * article's places lie mostly in one country (`mainCountry`, the prior that decides homonyms), the
 * dateline's town is in another, and nothing else in the story belongs to that other country (no
 * place outside the dateline, no party: `otherEvidence` holds the countries that have some), the
 * town is no scene: it sets no event's place, neither in the story's first sentence nor as the
 * dateline fallback. A dateline of a country the story names again ("San Salvador, 10 Jan 90 --
 * Salvadoran judges ...") keeps its town, as does a story with no main country.
 */
export function withoutDatelineAbroad(first: SentenceView | undefined, located: readonly Located[], mainCountry: string | null, otherEvidence: ReadonlySet<string>): readonly Located[] {
  if (!first || mainCountry === null) return located;
  // Anonymous arrows over a module function: a closure bound to a name cost a defineProperty per call under keepNames.
  return located.some((p) => isAbroad(p, first, mainCountry, otherEvidence)) ? located.filter((p) => !isAbroad(p, first, mainCountry, otherEvidence)) : located;
}

/** A dateline's place in another country than the story's, which nothing else in the story names. */
function isAbroad(p: Located, first: SentenceView, mainCountry: string, otherEvidence: ReadonlySet<string>): boolean {
  return !!p.country && p.country !== mainCountry && !otherEvidence.has(p.country) && inDateline(first, p.first, p.last);
}

/**
 * The countries the story names outside its dateline: those of its places after the dateline's
 * words and of its parties (actors with a country). `datelineEnd` is the character offset where the
 * first sentence's dateline names end (0 when it has none).
 */
export function countriesBeyondDateline(places: readonly { start: number; data: { country: string | null } }[], actors: readonly { data: { country: string | null }; source: { rule: string } }[], datelineEnd: number): Set<string> {
  const out = new Set<string>();
  for (const p of places) if (p.start >= datelineEnd && p.data.country) out.add(p.data.country);
  for (const a of actors) if (a.data.country && !GUESSED_COUNTRY.test(a.source.rule)) out.add(a.data.country);
  return out;
}

/**
 * Rules of descriptions whose country the actors stage only guessed from the story's focus ("some civilians may
 * have died" in a Myanmar story filed from BANGKOK reads as Thailand's): no evidence of their own for that country.
 */
const GUESSED_COUNTRY = /\+(?:context-country|focus-country)(?:\+|$)/;
