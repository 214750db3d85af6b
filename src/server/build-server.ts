/**
 * The HTTP API and the analyst's web app in one Fastify instance. Routes are schema-first (one JSON
 * schema validates, serialises and documents each), errors answer stable codes (api-error.ts), and
 * the app's files are served from web/ with its libraries from their npm packages: nothing is
 * fetched from another origin.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import type { CorpusReader } from "../store/store.js";
import { checkAccessOptions, checkHost, type AccessOptions } from "./access-guard.js";
import { errorBody, handleError } from "./api-error.js";
import { SHARED_SCHEMAS } from "./api-schemas.js";
import type { SubmitArticle } from "./article-submission.js";
import { addSecurityHeaders } from "./security-headers.js";
import { registerActorRoutes } from "./routes/actor-routes.js";
import { registerArticleRoutes } from "./routes/article-routes.js";
import { registerEventRoutes } from "./routes/event-routes.js";
import { registerQuoteRoutes } from "./routes/quote-routes.js";
import { registerReportRoutes } from "./routes/report-routes.js";

export interface ServerOptions {
  readonly reader: CorpusReader;
  /** Analyses and saves a submitted article; null leaves POST /api/articles out (a read-only server). */
  readonly submitArticle: SubmitArticle | null;
  readonly access: AccessOptions;
  /** Extra routes (e.g. exports) registered with the others. */
  readonly plugins?: ReadonlyArray<(app: FastifyInstance) => void>;
  /** Serve the web app (default true). */
  readonly webApp?: boolean;
  readonly logger?: boolean;
  readonly version?: string;
}

/** web/ beside src/ and dist/: both are one level below the package root. */
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  checkAccessOptions(options.access);
  const app = Fastify({
    logger: options.logger ?? false,
    // Query strings parsed by Node's own parser: no arrays or nested objects to trip the schemas.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: false } },
  });
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  // Response schemas document the API (OpenAPI); the body is written by JSON.stringify. Records are
  // nested and open, where fast-json-stringify would check every item against anyOf branches
  // (measured: 25-35 ms for 7 full events against 5-10 ms) and drop any field a schema lacks.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => reply.code(404).send(errorBody("NOT_FOUND", `No route ${request.method} ${request.url.split("?")[0]}; the API is described at /api/openapi.json.`)));
  app.addHook("onRequest", async (request) => checkHost(request, options.access));
  addSecurityHeaders(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "sitrep API",
        version: options.version ?? "0",
        description: "Events, articles, actors and quotes of a sitrep store (docs/web.md). Errors: {error: {code, message}} with the codes of docs/errors.md.",
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });

  registerArticleRoutes(app, options.reader, options.submitArticle, options.access);
  registerEventRoutes(app, options.reader);
  registerActorRoutes(app, options.reader);
  registerQuoteRoutes(app, options.reader);
  registerReportRoutes(app, options.reader);
  for (const plugin of options.plugins ?? []) plugin(app);

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  if (options.webApp ?? true) await registerWebApp(app);
  return app;
}

async function registerWebApp(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, { root: join(PACKAGE_ROOT, "web"), prefix: "/", index: "index.html", cacheControl: false });
  const vendor: ReadonlyArray<[string, string]> = [
    ["/vendor/leaflet/", join(packageDir("leaflet"), "dist")],
    ["/vendor/leaflet.markercluster/", join(packageDir("leaflet.markercluster"), "dist")],
    ["/vendor/topojson-client/", join(packageDir("topojson-client"), "src")],
    ["/vendor/world-atlas/", packageDir("world-atlas")],
  ];
  for (const [prefix, root] of vendor) {
    await app.register(fastifyStatic, { root, prefix, decorateReply: false, maxAge: "1d" });
  }
}
