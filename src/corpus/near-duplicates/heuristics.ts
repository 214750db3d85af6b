/**
 * Tunables of near-duplicate detection, with the reason for each value (measured with
 * scripts/measure-near-duplicates.ts; figures in docs/ingest.md, "Near-duplicates").
 */

/**
 * Words per shingle. Two-word shingles separate best on PolNeAR and IndiaPoliceEvents: with one
 * word, stories on one topic share most of their vocabulary (distinct pairs from 0-3 bits apart);
 * with three or four, each changed word disturbs more shingles, so lightly edited copies drift as
 * far as 8-10 bits while distinct stories are no further apart than with two.
 */
export const SHINGLE_WORDS = 2;

/**
 * Most differing bits (of 64) for two texts to be near-duplicates. Measured (docs/ingest.md): the
 * closest pair of distinct stories (word-trigram Jaccard < 0.5) in either corpus is 9 bits apart;
 * every pair within 8 bits is the same story re-published or revised (Jaccard 0.52-1.0); of lightly
 * edited copies, 87% (PolNeAR) and 83% (IndiaPoliceEvents) fall within 6 bits, 45-55% within 3. Six
 * keeps a margin of two bits below the first distinct pair: a false link costs a story its events,
 * a missed one only leaves the copy's events to the cross-article identity rule.
 */
export const NEAR_DUPLICATE_MAX_BITS = 6;

/**
 * The store indexes a SimHash as this many bands of 16 bits (src/store). Two hashes within 3 bits
 * agree exactly on at least one band; within 7, at least one band differs in at most one bit, so
 * looking up each band and its 16 one-bit variants finds every pair within NEAR_DUPLICATE_MAX_BITS.
 */
export const SIMHASH_BANDS = 4;
