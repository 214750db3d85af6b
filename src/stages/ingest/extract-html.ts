import { createRequire } from "node:module";
import type * as ReadabilityModule from "@mozilla/readability";
import type * as Linkedom from "linkedom";
import type { RemovedText } from "../../core/document.js";
import { SitrepError } from "../../core/errors.js";
import { measureMarkup } from "./measure-markup.js";
import type { Provenance } from "../../core/annotation.js";
import { MAX_BODY_LINK_DENSITY, MAX_FURNITURE_CHARS, MAX_HTML_DEPTH, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS, MIN_STANDFIRST_WORDS, MAX_LINK_BLOCK_WORDS, READABILITY_CHAR_THRESHOLD } from "./heuristics.js";

// linkedom and Readability take ~0.15 s of CPU to load: they are loaded on the first HTML page, so a
// run over plain text never pays for them (a synchronous require keeps extractHtml synchronous).
const require = createRequire(import.meta.url);
let htmlLibraries: { parseHTML: typeof Linkedom.parseHTML; Readability: typeof ReadabilityModule.Readability } | undefined;
function loadHtmlLibraries(): NonNullable<typeof htmlLibraries> {
  return (htmlLibraries ??= {
    parseHTML: (require("linkedom") as typeof Linkedom).parseHTML,
    Readability: (require("@mozilla/readability") as typeof ReadabilityModule).Readability,
  });
}

export interface HtmlMeta {
  readonly title?: string;
  readonly published?: string;
  /** The page's own claim of its address (link rel=canonical, og:url), resolved against the page's URL. */
  readonly canonicalUrl?: string;
  /** The page's own claim of its publisher (og:site_name). */
  readonly siteName?: string;
  readonly language?: string;
}

export interface RemovedBlock extends RemovedText {
  readonly source: Provenance;
}

export interface ExtractedArticle {
  /** The article's main text, paragraphs separated by "\n\n". */
  readonly text: string;
  readonly meta: HtmlMeta;
  /** In-body blocks dropped: captions, related-story links, headings. */
  readonly removed: readonly RemovedBlock[];
}

/**
 * Elements that are never article text; removed before Readability looks at the page. Not <form>:
 * ASP.NET pages wrap the whole page, article included, in one.
 */
const NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, button, select, input, textarea, nav, footer, aside, [role=navigation], [role=complementary], [aria-hidden=true], [hidden]";
/** Widgets named for what they are: share bars, newsletter boxes, related lists, ads, comments. */
const FURNITURE = /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|subscription|promo|related|recommended|read-?more|also-?read|more-?stories|outbrain|taboola|advert|ads?|ad-slot|sponsor|breadcrumbs?|comments?|tags|byline|author-bio|paywall|cookie)(?:$|[\s_-])/i;
const BLOCKS = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE", "PRE", "FIGURE", "FIGCAPTION", "TABLE", "TR", "TD", "TH", "DL", "DT", "DD", "HR", "ADDRESS", "DETAILS", "SUMMARY"]);
const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);

/**
 * Extracts an article's main text and metadata from an HTML page: Readability (on linkedom) finds
 * the body; then captions, paragraphs that are mostly link text (related stories) and headings are
 * dropped and listed, and the rest is written out as paragraphs separated by blank lines.
 */
export function extractHtml(html: string, pageUrl?: string): ExtractedArticle {
  // Measured by the parser linkedom uses, in a linear pass that stops past the limit (a regex count of
  // tags missed `<div/>`, which HTML does not close, and was quadratic on unclosed `<a `).
  const size = measureMarkup(html, MAX_HTML_DEPTH);
  if (size.depth > MAX_HTML_DEPTH) throw new SitrepError("INPUT_UNREADABLE_HTML", `elements nested more than ${MAX_HTML_DEPTH} deep`);
  // Readability's time grows with the square of the nesting depth or worse (a page 1,000 divs deep
  // takes it 20 s) and by ~40 µs an element: past either limit the whole body is read as the article.
  const useReadability = size.depth <= MAX_READABILITY_DEPTH && size.elements <= MAX_READABILITY_ELEMENTS;
  try {
    return extractFromDom(parsePage(html), pageUrl, useReadability);
  } catch (e) {
    if (e instanceof SitrepError) throw e;
    // Broken markup can leave linkedom without a document element (an <html> tag inside a script,
    // say): parse it again as a body fragment, without the structural tags.
    try {
      return extractFromDom(parsePage(`<!doctype html><html><head></head><body>${html.replace(STRUCTURAL_TAGS, " ")}</body></html>`), pageUrl, useReadability);
    } catch (e) {
      throw new SitrepError("INPUT_UNREADABLE_HTML", (e as Error).message);
    }
  }
}

/** Tags that give a page its skeleton; dropped when the markup is too broken to parse with them. */
const STRUCTURAL_TAGS = /<\/?(?:!doctype|html|head|body)\b[^<>]*>/gi;

type HtmlDocument = ReturnType<typeof Linkedom.parseHTML>["document"];

function parsePage(html: string): HtmlDocument {
  // linkedom leaves a bare fragment without a body; wrap it so it parses like a page.
  const { document } = loadHtmlLibraries().parseHTML(/<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  if (!document.documentElement || !document.body) throw new Error("no document element");
  // A page that leaves out <body> ("<html><head>...</head><p>...</p></html>", which HTML allows) has its
  // text outside linkedom's empty body: parse it again as a fragment rather than read nothing.
  if (!/\S/.test(document.body.textContent ?? "")) {
    const outside = (document.documentElement.textContent ?? "").length - (document.head?.textContent ?? "").length;
    if (outside > 0 && /[\p{L}\p{N}]/u.test(document.documentElement.textContent ?? "")) throw new Error("text outside the body");
  }
  return document;
}

function extractFromDom(document: HtmlDocument, pageUrl: string | undefined, useReadability: boolean): ExtractedArticle {
  const meta = readMeta(document, pageUrl);
  for (const el of [...document.querySelectorAll(NEVER_TEXT)]) el.remove();
  for (const el of [...document.querySelectorAll("[class], [id]")]) {
    if (isFurniture(el)) el.remove();
  }
  const fallbackBody = document.body.innerHTML;
  let articleHtml: string | null | undefined;
  if (useReadability) {
    try {
      const parsed = new (loadHtmlLibraries().Readability)(document as unknown as Document, { charThreshold: READABILITY_CHAR_THRESHOLD }).parse();
      articleHtml = parsed?.content;
    } catch {
      articleHtml = null;
    }
  }
  let collected = collectFrom(articleHtml || fallbackBody, meta.title);
  if (collected.paragraphs.length === 0 && articleHtml) collected = collectFrom(fallbackBody, meta.title);
  return { text: collected.paragraphs.join("\n\n"), meta, removed: collected.removed };
}

function collectFrom(html: string, title: string | undefined): { paragraphs: string[]; removed: RemovedBlock[] } {
  const { document } = loadHtmlLibraries().parseHTML(`<!doctype html><html><head></head><body>${html.replace(STRUCTURAL_TAGS, " ")}</body></html>`);
  if (!document.body) return { paragraphs: [], removed: [] };
  return collectParagraphs(document.body as unknown as Element, title);
}

/**
 * A widget named as furniture (share bar, related list, ad...). A large, text-rich element is kept
 * whatever its name: article bodies carry classes like "story-body share-enabled".
 */
function isFurniture(el: Element): boolean {
  if (el.tagName === "BODY" || el.tagName === "HTML" || el.tagName === "ARTICLE" || el.tagName === "MAIN") return false;
  if (!FURNITURE.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`)) return false;
  const text = (el.textContent ?? "").replace(/\s+/g, "");
  if (text.length <= MAX_FURNITURE_CHARS) return true;
  const linkText = [...el.querySelectorAll("a")].reduce((n, a) => n + (a.textContent ?? "").replace(/\s+/g, "").length, 0);
  return linkText / text.length >= MAX_BODY_LINK_DENSITY;
}

interface Paragraph {
  text: string;
  linkChars: number;
  kind: "text" | "caption" | "heading";
}

/** Walks the article DOM, cutting text into paragraphs at block boundaries and judging each one. */
function collectParagraphs(root: Element, title: string | undefined): { paragraphs: string[]; removed: RemovedBlock[] } {
  const paragraphs: string[] = [];
  const removed: RemovedBlock[] = [];
  let current: Paragraph = { text: "", linkChars: 0, kind: "text" };

  const flush = () => {
    const text = current.text.replace(/[ \t\f\r\u00a0]+/g, " ").replace(/ ?\n ?/g, "\n").trim();
    if (text === "•") {
      // A list item whose text sits in a child block: the bullet goes to that block.
      current = { text: "• ", linkChars: 0, kind: "text" };
      return;
    }
    const judged = judgeParagraph({ ...current, text }, title);
    if (judged) removed.push(judged);
    else if (text) paragraphs.push(text);
    current = { text: "", linkChars: 0, kind: "text" };
  };

  const walk = (node: Node, inLink: boolean, kind: Paragraph["kind"]) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      current.text += value.replace(/\s+/g, " ");
      if (inLink) current.linkChars += value.replace(/\s+/g, "").length;
      if (kind !== "text") current.kind = kind;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === "BR") {
      current.text += "\n";
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block) flush();
    // A list item keeps its bullet, so the clean stage reads it as a list item, not a stray headline.
    if (el.tagName === "LI") current.text += "• ";
    const childKind = el.tagName === "FIGCAPTION" ? "caption" : HEADINGS.has(el.tagName) ? "heading" : kind;
    for (const child of [...el.childNodes]) walk(child, inLink || el.tagName === "A", childKind);
    if (block) flush();
  };
  walk(root, false, "text");
  flush();
  return { paragraphs, removed };
}

/** Returns the removal record for a paragraph that is not body text, or null to keep it. */
function judgeParagraph(p: Paragraph, title: string | undefined): RemovedBlock | null {
  if (!p.text) return null;
  if (p.kind === "caption") return { text: p.text, reason: "photo caption", source: { stage: "ingest", rule: "html:figcaption" } };
  if (p.kind === "heading") {
    const isTitle = title !== undefined && normalise(p.text) === normalise(title);
    // A heading written as a sentence is a standfirst ("The U.S. has long been heralded as ..."): text, not furniture.
    if (!isTitle && isSentence(p.text)) return null;
    return { text: p.text, reason: isTitle ? "headline" : "heading", source: { stage: "ingest", rule: isTitle ? "html:title-heading" : "html:heading" } };
  }
  const letters = p.text.replace(/\s+/g, "").length;
  const words = p.text.split(/\s+/).length;
  if (letters > 0 && p.linkChars / letters >= MAX_BODY_LINK_DENSITY && words <= MAX_LINK_BLOCK_WORDS) {
    return { text: p.text.replace(/^• /, ""), reason: "related-story link", source: { stage: "ingest", rule: "html:link-density" } };
  }
  return null;
}

function isSentence(text: string): boolean {
  return /[.!?]["”’']?$/.test(text) && text.split(/\s+/).length >= MIN_STANDFIRST_WORDS;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Title, publication date, canonical URL, site name and language from the page's head: the page's claims, kept as such. */
function readMeta(document: HtmlDocument, pageUrl: string | undefined): HtmlMeta {
  const content = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || undefined;
  const siteName = content('meta[property="og:site_name"]');
  const rawTitle = content('meta[property="og:title"]') ?? content('meta[name="twitter:title"]') ?? (document.querySelector("title")?.textContent?.trim() || undefined);
  const title = rawTitle === undefined ? undefined : stripSiteName(rawTitle, siteName);
  const publishedRaw =
    content('meta[property="article:published_time"]') ??
    content('meta[name="article:published_time"]') ??
    content('meta[itemprop="datePublished"]') ??
    content('meta[name="pubdate"]') ??
    content('meta[name="publish-date"]') ??
    content('meta[name="date"]') ??
    content('meta[name="dc.date"]') ??
    content('meta[name="DC.date.issued"]') ??
    findJsonLdDate(document) ??
    (document.querySelector("article time[datetime]") ?? document.querySelector("time[datetime]"))?.getAttribute("datetime") ??
    undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || content('meta[property="og:url"]');
  const canonicalUrl = resolveUrl(canonical, pageUrl);
  const language = document.documentElement?.getAttribute("lang")?.trim() || undefined;
  const published = toIsoDate(publishedRaw);
  return { ...(title ? { title } : {}), ...(published ? { published } : {}), ...(canonicalUrl ? { canonicalUrl } : {}), ...(siteName ? { siteName } : {}), ...(language ? { language } : {}) };
}

const SITE_NAME_SEPARATORS = "-–—|:·•";

/** "Obama admits ... - BBC News" is titled "Obama admits ...": the site's name is not part of the headline. */
function stripSiteName(title: string, siteName: string | undefined): string {
  const name = siteName?.trim();
  if (!name) return title;
  // Written as code, not a regex built from the site's name: "<white space><separator><white space><name>" at the end.
  const end = title.trimEnd();
  if (end.length < name.length || end.slice(end.length - name.length).toLowerCase() !== name.toLowerCase()) return title;
  const beforeName = end.slice(0, end.length - name.length);
  const separatorEnd = beforeName.trimEnd();
  if (separatorEnd.length === beforeName.length || !SITE_NAME_SEPARATORS.includes(separatorEnd.at(-1) ?? "")) return title;
  const head = separatorEnd.slice(0, -1);
  if (head.trimEnd().length === head.length) return title;
  return head.trim() || title;
}

function findJsonLdDate(document: HtmlDocument): string | undefined {
  for (const script of [...document.querySelectorAll('script[type="application/ld+json"]')]) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    if (m) return m[1];
  }
  return undefined;
}

/** The calendar date as written in the page ("2021-10-10T08:15:00+05:30" is 2021-10-10 where it was published). */
export function toIsoDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    return undefined;
  }
}
