/**
 * The article's main country, one rule for every stage that needs it: the country the article names
 * most often, the one named first on a tie. Each stage counts what it can see (the actors stage
 * names, demonyms and capitals; the places stage its resolved toponyms; the events stage its place
 * annotations) and asks here which country leads, with its own bar for a prior worth using.
 */
export class CountryTally {
  private readonly counts = new Map<string, { n: number; first: number }>();
  private sum = 0;

  /** One more mention of `country` (weighing `weight`), at position `at` (any order key: offset, index). */
  add(country: string | null | undefined, at: number, weight = 1): void {
    if (!country) return;
    this.sum += weight;
    const c = this.counts.get(country);
    if (c) c.n += weight;
    else this.counts.set(country, { n: weight, first: at });
  }

  /** Every mention counted, of any country. */
  get total(): number {
    return this.sum;
  }

  entries(): IterableIterator<[string, { readonly n: number; readonly first: number }]> {
    return this.counts.entries();
  }
}

/** How much of the tally the leading country must hold to count as the article's main country. */
export interface MainCountryBar {
  /** Fewest mentions (weights) of the leading country. */
  readonly minCount?: number;
  /** Smallest share of all mentions, 0 to 1. */
  readonly minShare?: number;
}

/** The country with most mentions, first named on a tie; null when none leads or the leader is under the bar. */
export function mainCountry(tally: CountryTally, bar: MainCountryBar = {}): string | null {
  let best: string | null = null;
  let bestN = 0;
  let bestFirst = Infinity;
  for (const [country, c] of tally.entries()) {
    if (c.n > bestN || (c.n === bestN && c.first < bestFirst)) {
      best = country;
      bestN = c.n;
      bestFirst = c.first;
    }
  }
  if (!best) return null;
  if (bar.minCount !== undefined && bestN < bar.minCount) return null;
  if (bar.minShare !== undefined && bestN / tally.total < bar.minShare) return null;
  return best;
}
