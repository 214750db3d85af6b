/**
 * Tunables of ingest sources (files, folders, feeds, `sitrep watch`), with their unit and reason.
 */

/**
 * A feed item whose content has at least this many words carries the whole article, which is then
 * analysed as given instead of fetching the item's page. Feeds that carry only a summary give one
 * to three sentences (20-80 words); a news article is rarely under 150.
 */
export const FULL_CONTENT_MIN_WORDS = 150;

/** Item links remembered per feed, so a poll fetches only items it has not seen: a busy feed lists 20-100. */
export const SEEN_ITEMS_PER_FEED = 1000;

/** Bytes read from the start of a file to tell a feed or a binary file from an article. */
export const SNIFF_BYTES = 4096;

/** `sitrep watch`: default seconds between two polls of one feed (news feeds update every few minutes). */
export const DEFAULT_POLL_INTERVAL_S = 300;

/**
 * After a failed poll the feed waits interval x 2^(failures - 1), at most this many seconds (a day
 * is too long for news; an hour keeps a broken feed from being hammered and a recovered one found soon).
 */
export const MAX_BACKOFF_S = 3600;

/** A server's Retry-After longer than this (seconds) is capped: a typo of a header must not park a feed for weeks. */
export const MAX_RETRY_AFTER_S = 24 * 3600;
