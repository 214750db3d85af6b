/**
 * `sitrep serve`: the HTTP API and the web app over the store (docs/web.md). Loopback by default;
 * bound beyond it, writes need a token. With --examples, an empty store is first filled with the
 * bundled example articles (what `npm start` does).
 */
import type { Command } from "commander";
import { SitrepError } from "../core/errors.js";
import { openCorpusStore } from "../app/open-corpus-store.js";
import { pipelineVersion } from "../app/pipeline-version.js";
import { saveDocument } from "../app/ingest-articles.js";
import { buildServer } from "../server/build-server.js";
import { createSubmitter } from "../server/analyze-submission.js";
import { checkAccessOptions, isLoopbackHost } from "../server/access-guard.js";
import { loadExamples } from "../server/load-examples.js";
import { registerExportRoutes } from "../server/routes/export-routes.js";

interface ServeOptions {
  readonly db?: string;
  readonly port: string;
  readonly host: string;
  readonly token?: string;
  readonly examples?: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = "127.0.0.1";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SitrepError("BAD_ARGUMENT", `--port ${value}: a whole number from 0 to 65535`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api, described at /api/openapi.json) and the analyst's web app over the store (docs/web.md)")
    .option("--db <path>", "the SQLite store (default: $SITREP_DB, else ./sitrep.db); $SITREP_DATABASE_URL selects PostgreSQL")
    .option("--port <n>", "the port to listen on", String(DEFAULT_PORT))
    .option("--host <address>", "the address to listen on; beyond loopback, writes need a token", DEFAULT_HOST)
    .option("--token <token>", "the token writes need (Authorization: Bearer <token>); default $SITREP_TOKEN")
    .option("--examples", "fill an empty store with the bundled example articles first")
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port);
      const token = options.token ?? process.env.SITREP_TOKEN ?? null;
      const access = { host: options.host, token: token || null };
      // Refused before the store is opened: a wrong command line changes nothing on disk.
      checkAccessOptions(access);
      const version = pipelineVersion();
      const { store, context } = await openCorpusStore({ ...(options.db ? { db: options.db } : {}), pipelineVersion: version });
      try {
        if (options.examples && (await store.listArticles({ limit: 1 })).items.length === 0) {
          process.stderr.write("sitrep: the store is empty: loading the example articles...\n");
          const summary = await loadExamples(store, context);
          process.stderr.write(`sitrep: loaded ${summary.new + summary.near} example articles (${summary.reports} event reports)\n`);
        }
        const app = await buildServer({
          reader: store,
          submitArticle: createSubmitter((doc, label) => saveDocument(doc, label, context)),
          access,
          plugins: [(server) => registerExportRoutes(server, store)],
          version,
        });
        const stop = async () => {
          await app.close();
          await store.close();
        };
        process.once("SIGINT", () => void stop().then(() => process.exit(130)));
        process.once("SIGTERM", () => void stop().then(() => process.exit(143)));
        try {
          await app.listen({ host: options.host, port });
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === "EADDRINUSE") throw new SitrepError("BAD_ARGUMENT", `port ${port} on ${options.host} is in use: pass another --port`);
          if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new SitrepError("BAD_ARGUMENT", `--host ${options.host} is not an address of this machine`);
          throw e;
        }
        const address = app.server.address();
        const shown = typeof address === "object" && address ? address : { address: options.host, port };
        const host = shown.address.includes(":") ? `[${shown.address}]` : shown.address;
        const events = (await store.countEvents({}, "type")).reduce((n, b) => n + b.events, 0);
        process.stdout.write(`sitrep: serving ${events} events at http://${host}:${shown.port}/ (API: /api, described at /api/openapi.json)${isLoopbackHost(options.host) ? "" : "; writes need the token"}\n`);
      } catch (e) {
        await store.close();
        throw e;
      }
    });
}
