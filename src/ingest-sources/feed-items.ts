import { parseFeed } from "feedsmith";
import { FULL_CONTENT_MIN_WORDS } from "./heuristics.js";

/** One entry of a feed, as ingest uses it. */
export interface FeedItem {
  /** The item's article URL, absolute. */
  readonly link: string;
  readonly title?: string;
  /** The publication date as the feed writes it, YYYY-MM-DD (the publisher's own calendar day). */
  readonly published?: string;
  /** The whole article as HTML, when the feed carries it (not a summary). */
  readonly content?: string;
}

export interface ParsedFeed {
  readonly format: "rss" | "atom" | "rdf" | "json";
  readonly title?: string;
  readonly items: readonly FeedItem[];
}

// Kept in a module of its own (no feed parser loaded): article-inputs.ts asks it of every file.
export { looksLikeFeed } from "./looks-like-feed.js";

/**
 * The items of a feed (feedsmith parses RSS 0.9x-2.0, Atom 0.3/1.0, RDF and JSON Feed). Links are
 * made absolute against `baseUrl` (the feed's URL); items without a usable http(s) link are left
 * out. Throws when the text is not a feed.
 */
export function parseFeedItems(text: string, baseUrl?: string): ParsedFeed {
  const parsed = parseFeed(text) as { format: ParsedFeed["format"]; feed: Record<string, unknown> };
  const feed = parsed.feed;
  const raw: Array<{ link?: string; title?: string; date?: string; content?: string }> = [];
  switch (parsed.format) {
    case "rss":
    case "rdf":
      for (const item of (feed.items as RssItem[] | undefined) ?? []) {
        raw.push({ link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined), title: item.title, date: item.pubDate ?? item.dc?.date ?? item.dc?.dates?.[0], content: item.content?.encoded ?? item.description });
      }
      break;
    case "atom":
      for (const entry of (feed.entries as AtomEntry[] | undefined) ?? []) {
        const link = entry.links?.find((l) => !l.rel || l.rel === "alternate")?.href ?? entry.links?.[0]?.href;
        raw.push({ link, title: textOf(entry.title), date: entry.published ?? entry.updated, content: textOf(entry.content) ?? textOf(entry.summary) });
      }
      break;
    case "json":
      for (const item of (feed.items as JsonItem[] | undefined) ?? []) {
        raw.push({ link: item.url ?? item.external_url, title: item.title, date: item.date_published ?? item.date_modified, content: item.content_html ?? item.content_text });
      }
      break;
  }
  const items: FeedItem[] = [];
  for (const r of raw) {
    const link = absoluteHttpUrl(r.link, baseUrl);
    if (!link) continue;
    const published = r.date ? feedDate(r.date) : undefined;
    const title = r.title?.trim();
    items.push({ link, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(r.content && isFullContent(r.content) ? { content: r.content } : {}) });
  }
  const title = typeof feed.title === "string" ? feed.title : textOf(feed.title as AtomText | undefined);
  return { format: parsed.format, ...(title ? { title } : {}), items };
}

/** True when a feed item's content is the article, not a summary (FULL_CONTENT_MIN_WORDS). */
export function isFullContent(html: string): boolean {
  // Tags out, then a count of words: one character class under one quantifier each, linear time.
  const text = html.replace(/<[^<>]*>/g, " ");
  let words = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) if (++words >= FULL_CONTENT_MIN_WORDS) return true;
  return false;
}

const MONTHS: Readonly<Record<string, string>> = { jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12" };

/**
 * The calendar day a feed date names, as written (the publisher's day, not UTC's):
 * "2021-10-11T23:30:00-05:00" -> 2021-10-11, "Mon, 11 Oct 2021 23:30:00 -0500" -> 2021-10-11.
 */
export function feedDate(value: string): string | undefined {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})/.exec(value);
  const month = rfc ? MONTHS[rfc[2]!.toLowerCase()] : undefined;
  if (rfc && month) return `${rfc[3]}-${month}-${rfc[1]!.padStart(2, "0")}`;
  return undefined;
}

function absoluteHttpUrl(link: string | undefined, base: string | undefined): string | undefined {
  if (!link?.trim()) return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

type AtomText = string | { value?: string } | undefined;
function textOf(t: AtomText): string | undefined {
  return typeof t === "string" ? t : t?.value;
}
interface RssItem {
  link?: string;
  title?: string;
  pubDate?: string;
  description?: string;
  guid?: { value?: string; isPermaLink?: boolean };
  content?: { encoded?: string };
  dc?: { date?: string; dates?: string[] };
}
interface AtomEntry {
  links?: Array<{ href?: string; rel?: string }>;
  title?: AtomText;
  published?: string;
  updated?: string;
  content?: AtomText;
  summary?: AtomText;
}
interface JsonItem {
  url?: string;
  external_url?: string;
  title?: string;
  date_published?: string;
  date_modified?: string;
  content_html?: string;
  content_text?: string;
}
