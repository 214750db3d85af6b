import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SitrepError } from "../../src/core/errors.js";
import { fetchUrl } from "../../src/stages/ingest/fetch-url.js";
import { isBlockedAddress } from "../../src/stages/ingest/blocked-address.js";

const ARTICLE = "<html><head><title>Talks in Doha</title></head><body><p>The Taliban met US officials in Doha.</p></body></html>";
/** 20 MB of text that gzips to ~20 kB: a decompression bomb against a 1 MB limit. */
const BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024, "a"));
const compressed = (res: import("node:http").ServerResponse, encoding: string, body: Buffer) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": encoding, "content-length": String(body.length) });
  res.end(body);
};
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case "/article":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(ARTICLE);
      case "/redirect":
        res.writeHead(302, { location: "/article" });
        return res.end();
      case "/redirect-private":
        res.writeHead(302, { location: "http://10.0.0.1/admin" });
        return res.end();
      case "/loop":
        res.writeHead(302, { location: "/loop" });
        return res.end();
      case "/slow":
        return; // never answers
      case "/huge-declared":
        res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
        return res.write("<p>start</p>"); // and never sends the rest
      case "/huge-streamed": {
        res.writeHead(200, { "content-type": "text/plain" });
        const chunk = "x".repeat(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < 800 && res.write(chunk)) sent++;
          if (sent < 800) res.once("drain", pump);
          else res.end();
        };
        res.on("close", () => (sent = 800));
        return pump();
      }
      case "/gzip":
        return compressed(res, "gzip", gzipSync(ARTICLE));
      case "/deflate":
        return compressed(res, "deflate", deflateSync(ARTICLE));
      case "/br":
        return compressed(res, "br", brotliCompressSync(ARTICLE));
      case "/bomb":
        return compressed(res, "gzip", BOMB);
      case "/corrupt-gzip":
        return compressed(res, "gzip", Buffer.concat([gzipSync(ARTICLE).subarray(0, 10), Buffer.from("not gzip at all, not at all")]));
      case "/zstd":
        return compressed(res, "zstd", Buffer.from(ARTICLE));
      case "/declared-small": {
        // An honest Content-Length over a small limit, the whole body sent at once with the headers.
        res.writeHead(200, { "content-type": "text/html", "content-length": String(Buffer.byteLength(ARTICLE)) });
        return res.end(ARTICLE);
      }
      case "/untyped":
        res.writeHead(200);
        return res.end("Plain words.\n\nA second paragraph.");
      case "/image":
        res.writeHead(200, { "content-type": "image/png" });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case "/missing":
        res.writeHead(404, { "content-type": "text/html" });
        return res.end("not found");
      default:
        res.writeHead(500);
        return res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The local test server is the one private address allowed; every other non-public address stays blocked. */
const onlyTheTestServer = (address: string) => address === "127.0.0.1" || !isBlockedAddress(address);
const codeOf = async (p: Promise<unknown>) => p.then(() => "no error", (e) => (e instanceof SitrepError ? e.code : `not a SitrepError: ${String(e)}`));

describe("fetchUrl", () => {
  it("fetches a page with --allow-private", async () => {
    const page = await fetchUrl(`${base}/article`, { allowPrivate: true });
    expect(new TextDecoder().decode(page.bytes)).toBe(ARTICLE);
    expect(page).toMatchObject({ contentType: "text/html", charset: "utf-8" });
  });

  it("blocks a loopback address without --allow-private", async () => {
    expect(await codeOf(fetchUrl(`${base}/article`))).toBe("FETCH_BLOCKED_ADDRESS");
  });

  it("blocks a host name that resolves to a loopback address (checked after DNS)", async () => {
    const port = (server.address() as AddressInfo).port;
    expect(await codeOf(fetchUrl(`http://localhost:${port}/article`))).toBe("FETCH_BLOCKED_ADDRESS");
  });

  it("follows a redirect and reports the URL asked for and the final URL", async () => {
    const page = await fetchUrl(`${base}/redirect`, { allowPrivate: true });
    expect(page.url).toBe(`${base}/article`);
    expect(page.requestedUrl).toBe(`${base}/redirect`);
  });

  it.each(["gzip", "deflate", "br"])("decodes a %s-encoded body", async (encoding) => {
    const page = await fetchUrl(`${base}/${encoding}`, { allowPrivate: true });
    expect(new TextDecoder().decode(page.bytes)).toBe(ARTICLE);
  });

  it("refuses a decompression bomb with INPUT_TOO_LARGE: the limit applies to the decoded bytes", async () => {
    expect(BOMB.length).toBeLessThan(1024 * 1024);
    expect(await codeOf(fetchUrl(`${base}/bomb`, { allowPrivate: true, maxBytes: 1024 * 1024 }))).toBe("INPUT_TOO_LARGE");
  });

  it("reports a corrupt compressed body as FETCH_FAILED and an unknown encoding as FETCH_UNSUPPORTED_TYPE", async () => {
    expect(await codeOf(fetchUrl(`${base}/corrupt-gzip`, { allowPrivate: true }))).toBe("FETCH_FAILED");
    expect(await codeOf(fetchUrl(`${base}/zstd`, { allowPrivate: true }))).toBe("FETCH_UNSUPPORTED_TYPE");
  });

  it("refuses a declared size over the limit when the small body has already arrived, without an unhandled error", async () => {
    const unhandled: unknown[] = [];
    const onError = (e: unknown) => unhandled.push(e);
    process.on("uncaughtException", onError);
    try {
      expect(await codeOf(fetchUrl(`${base}/declared-small`, { allowPrivate: true, maxBytes: 20 }))).toBe("INPUT_TOO_LARGE");
      // The aborted body's error event fires on a later tick: give it those ticks.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("uncaughtException", onError);
    }
  });

  it("refuses a timeout outside what timers take with BAD_ARGUMENT", async () => {
    expect(await codeOf(fetchUrl(`${base}/article`, { allowPrivate: true, timeoutMs: 5_000_000_000 }))).toBe("BAD_ARGUMENT");
    expect(await codeOf(fetchUrl(`${base}/article`, { allowPrivate: true, timeoutMs: 0 }))).toBe("BAD_ARGUMENT");
  });

  it("blocks a redirect to a private address", async () => {
    expect(await codeOf(fetchUrl(`${base}/redirect-private`, { isAllowedAddress: onlyTheTestServer }))).toBe("FETCH_BLOCKED_ADDRESS");
  });

  it("gives up after too many redirects", async () => {
    expect(await codeOf(fetchUrl(`${base}/loop`, { allowPrivate: true }))).toBe("FETCH_FAILED");
  });

  it("times out on a server that never answers", async () => {
    expect(await codeOf(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }))).toBe("FETCH_TIMEOUT");
  });

  it("refuses a body whose declared length passes the limit", async () => {
    expect(await codeOf(fetchUrl(`${base}/huge-declared`, { allowPrivate: true }))).toBe("INPUT_TOO_LARGE");
  });

  it("stops streaming a body past the limit", async () => {
    expect(await codeOf(fetchUrl(`${base}/huge-streamed`, { allowPrivate: true, maxBytes: 1024 * 1024 }))).toBe("INPUT_TOO_LARGE");
  });

  it("leaves an undeclared type empty, for the content to be sniffed", async () => {
    const page = await fetchUrl(`${base}/untyped`, { allowPrivate: true });
    expect(page.contentType).toBe("");
  });

  it("refuses content that is neither HTML nor text", async () => {
    expect(await codeOf(fetchUrl(`${base}/image`, { allowPrivate: true }))).toBe("FETCH_UNSUPPORTED_TYPE");
  });

  it("reports an HTTP error status", async () => {
    expect(await codeOf(fetchUrl(`${base}/missing`, { allowPrivate: true }))).toBe("FETCH_FAILED");
  });

  it("refuses credentials and other schemes in the URL", async () => {
    expect(await codeOf(fetchUrl("http://user:pw@example.com/"))).toBe("FETCH_BAD_URL");
    expect(await codeOf(fetchUrl("javascript:alert(1)"))).toBe("FETCH_BAD_URL");
  });
});
