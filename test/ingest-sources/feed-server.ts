import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Words enough for an article (FULL_CONTENT_MIN_WORDS) so a feed item can carry it whole. */
export const LONG_BODY = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} says that officials met in Kabul on Monday.</p>`).join("");

export function rssFeed(base: string, items: ReadonlyArray<{ path: string; title: string; date: string; content?: string }>): string {
  const entries = items
    .map((i) => `<item><title>${i.title}</title><link>${base}${i.path}</link><pubDate>${i.date}</pubDate><description>A summary.</description>${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ""}</item>`)
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test feed</title><link>${base}/</link>${entries}</channel></rss>`;
}

export interface Answer {
  status: number;
  headers?: Record<string, string | undefined>;
  body?: string;
}

export interface Route {
  (req: { url: string; headers: IncomingHttpHeaders; count: number }): Answer;
}

/** A local HTTP server (no network) whose answers tests script per path; it records every request. */
export async function startServer(routes: Record<string, Route>): Promise<{ base: string; requests: Array<{ url: string; headers: IncomingHttpHeaders }>; close(): Promise<void> }> {
  const requests: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    requests.push({ url, headers: req.headers });
    const count = (counts.get(url) ?? 0) + 1;
    counts.set(url, count);
    const route = routes[url];
    const answer = route ? route({ url, headers: req.headers, count }) : { status: 404, body: "not found" };
    res.writeHead(answer.status, Object.fromEntries(Object.entries(answer.headers ?? {}).filter((e): e is [string, string] => e[1] !== undefined)));
    res.end(answer.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const page = (title: string, text: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;
