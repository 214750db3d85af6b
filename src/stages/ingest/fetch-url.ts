import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { Agent, request } from "undici";
import type { Readable } from "node:stream";
import { SitrepError } from "../../core/errors.js";
import { isBlockedAddress } from "./blocked-address.js";
import { ACCEPTED_ENCODINGS, DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, MAX_REDIRECTS, MAX_TIMER_MS } from "./heuristics.js";
import { readLimited } from "./read-limited.js";
import { decodeContent, isSupportedEncoding } from "./decode-content.js";
import { FetchStatusError } from "./fetch-status-error.js";

export interface FetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses (off by default). */
  readonly allowPrivate?: boolean;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Which resolved addresses may be connected to; defaults from allowPrivate. Tests narrow it. */
  readonly isAllowedAddress?: (address: string) => boolean;
  /** Also accept RSS, Atom, RDF and JSON feeds (XML and JSON media types), for feed URLs. */
  readonly acceptFeeds?: boolean;
  /**
   * A conditional request: what the server said of the last copy (its ETag, its Last-Modified). A
   * server that has nothing newer answers 304 and the page comes back with `notModified` and no bytes.
   */
  readonly conditional?: { readonly etag?: string; readonly lastModified?: string };
}

export interface FetchedPage {
  /** The body, decoded from its Content-Encoding (gzip, deflate, br) when it had one. */
  readonly bytes: Uint8Array;
  /** The URL asked for (normalised by the URL parser). */
  readonly requestedUrl: string;
  /** The final URL, after redirects. */
  readonly url: string;
  /** The media type the server declared, lower case; "" when it declared none (the content is then sniffed). */
  readonly contentType: string;
  readonly charset?: string;
  /** The server's ETag and Last-Modified of this copy, for the next conditional request. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** True when a conditional request was answered 304 Not Modified (bytes is then empty). */
  readonly notModified?: boolean;
}

// In a module of its own, so a poller can tell it without loading the HTTP client (undici).
export { FetchStatusError };

const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+(xml|json)|application\/xml|text\/xml|application\/json)$/;
const ACCEPTED_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;

/**
 * Fetches an http(s) page safely: every host is resolved first and every resolved address
 * (IPv4 and IPv6) is checked before connecting, and the connection uses only checked addresses,
 * so a DNS answer cannot switch to a private address between check and connect. Redirects are
 * followed by hand, at most MAX_REDIRECTS, each hop checked again. The body is streamed, decoded
 * from gzip, deflate or brotli, and abandoned as soon as the decoded bytes pass maxBytes (so a
 * decompression bomb costs at most maxBytes); the whole exchange must finish within timeoutMs.
 * Every failure is a SitrepError with a stable code.
 */
export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const isAllowed = options.isAllowedAddress ?? (options.allowPrivate ? () => true : (a: string) => !isBlockedAddress(a));
  const dispatcher = new Agent({ connect: { lookup: makeCheckedLookup(isAllowed) }, connections: 2 });
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMER_MS) {
    throw new SitrepError("BAD_ARGUMENT", `the fetch timeout must be a whole number of milliseconds from 1 to ${MAX_TIMER_MS}, not ${timeoutMs}`);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let url = parseHttpUrl(input);
    const requestedUrl = url.href;
    for (let hop = 0; ; hop++) {
      checkLiteralHost(url, isAllowed);
      const headers: Record<string, string> = {
        "user-agent": "sitrep (+https://github.com/sitrep)",
        accept: options.acceptFeeds ? "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.1" : "text/html, text/plain;q=0.9, */*;q=0.1",
        "accept-encoding": ACCEPTED_ENCODINGS,
        ...(options.conditional?.etag ? { "if-none-match": options.conditional.etag } : {}),
        ...(options.conditional?.lastModified ? { "if-modified-since": options.conditional.lastModified } : {}),
      };
      const res = await request(url, { method: "GET", dispatcher, signal, headers });
      if (res.statusCode === 304 && options.conditional) {
        await res.body.dump();
        return { bytes: new Uint8Array(0), requestedUrl, url: url.href, contentType: "", notModified: true, ...validators(res.headers) };
      }
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        await res.body.dump();
        if (hop >= MAX_REDIRECTS) throw new SitrepError("FETCH_FAILED", `more than ${MAX_REDIRECTS} redirects`);
        url = parseHttpUrl(new URL(String(res.headers.location), url).toString());
        continue;
      }
      if (res.statusCode >= 400) {
        await res.body.dump();
        throw new FetchStatusError(res.statusCode, parseRetryAfter(res.headers["retry-after"]), `HTTP ${res.statusCode} from ${url.href}`);
      }
      const { type, charset } = parseContentType(String(res.headers["content-type"] ?? ""));
      if (type && !ACCEPTED_TYPES.test(type) && !(options.acceptFeeds && FEED_TYPES.test(type))) {
        await res.body.dump();
        throw new SitrepError("FETCH_UNSUPPORTED_TYPE", `${type} from ${url.href}`);
      }
      const encoding = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
      if (!isSupportedEncoding(encoding)) {
        discard(res.body);
        throw new SitrepError("FETCH_UNSUPPORTED_TYPE", `content encoding "${encoding}" from ${url.href}`);
      }
      // A compressed body decodes to more than its declared length, so a declared length over the
      // limit is over it decoded too.
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        discard(res.body);
        throw new SitrepError("INPUT_TOO_LARGE", `${url.href} declares ${declared} bytes, the limit is ${maxBytes}`);
      }
      const bytes = await readLimited(decodeContent(res.body, encoding, url.href), maxBytes, encoding ? `decoded from ${encoding}` : undefined);
      return { bytes, requestedUrl, url: url.href, contentType: type, ...(charset ? { charset } : {}), ...validators(res.headers) };
    }
  } catch (e) {
    throw toSitrepError(e, signal, input);
  } finally {
    void dispatcher.destroy().catch(() => undefined);
  }
}

/**
 * Abandons a response body. The error an aborted body emits (undici emits one even when the body
 * had already arrived whole) is caught here: unhandled, it would kill the process and the batch.
 */
function discard(body: Readable): void {
  body.on("error", () => undefined);
  body.destroy();
}

function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new SitrepError("FETCH_BAD_URL", input);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new SitrepError("FETCH_BAD_URL", `${url.protocol} in ${input}`);
  if (url.username || url.password) throw new SitrepError("FETCH_BAD_URL", "credentials in the URL are not accepted");
  return url;
}

/** A host written as an IP address skips DNS, so it is checked here. */
function checkLiteralHost(url: URL, isAllowed: (a: string) => boolean): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !isAllowed(host)) throw new SitrepError("FETCH_BLOCKED_ADDRESS", `${host}`);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup replacement for net.connect that resolves all addresses and refuses if any is blocked. */
function makeCheckedLookup(isAllowed: (a: string) => boolean): LookupFunction {
  const lookup = (hostname: string, opts: { all?: boolean; family?: number } | number | undefined, callback: LookupCallback): void => {
    const family = typeof opts === "number" ? opts : (opts?.family ?? 0);
    dnsLookup(hostname, { all: true, family }, (err, addresses) => {
      if (err) return callback(err, []);
      const blocked = addresses.find((a) => !isAllowed(a.address));
      if (blocked || addresses.length === 0) {
        return callback(new SitrepError("FETCH_BLOCKED_ADDRESS", `${hostname} resolves to ${blocked?.address ?? "nothing"}`) as unknown as NodeJS.ErrnoException, []);
      }
      if (typeof opts === "object" && opts?.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  return lookup as unknown as LookupFunction;
}

/** The validators of a response, for the next conditional request. */
function validators(headers: Record<string, string | string[] | undefined>): { etag?: string; lastModified?: string } {
  const etag = headers["etag"];
  const lastModified = headers["last-modified"];
  return { ...(typeof etag === "string" && etag ? { etag } : {}), ...(typeof lastModified === "string" && lastModified ? { lastModified } : {}) };
}

/** Retry-After in ms: a number of seconds, or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function parseContentType(header: string): { type: string; charset?: string } {
  const [type = "", ...params] = header.split(";").map((s) => s.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.slice(8);
  return { type: type.toLowerCase(), ...(charset ? { charset } : {}) };
}

function toSitrepError(e: unknown, signal: AbortSignal, input: string): SitrepError {
  if (e instanceof SitrepError) return e;
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof SitrepError) return cause;
  if (signal.aborted) return new SitrepError("FETCH_TIMEOUT", input);
  const name = (e as { code?: string; name?: string }).code ?? (e as Error).name;
  if (name === "UND_ERR_HEADERS_TIMEOUT" || name === "UND_ERR_BODY_TIMEOUT" || name === "UND_ERR_CONNECT_TIMEOUT") return new SitrepError("FETCH_TIMEOUT", input);
  return new SitrepError("FETCH_FAILED", `${input}: ${(e as Error).message ?? String(e)}`);
}
