import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { SitrepError } from "../../core/errors.js";
import type { CorpusReader } from "../../store/store.js";
import { EXPORT_FORMATS, eventFilterOf as exportEventFilterOf, writeExport, type ExportSubject } from "../../app/export-corpus.js";
import { day, errorResponses } from "../api-schemas.js";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  csv: "text/csv; charset=utf-8",
  json: "application/x-ndjson; charset=utf-8",
  plover: "application/x-ndjson; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
};
const EXTENSIONS: Readonly<Record<string, string>> = { csv: "csv", json: "jsonl", plover: "plover.jsonl", geojson: "geojson" };

interface ExportQuery {
  readonly from?: string;
  readonly to?: string;
  readonly country?: string;
  readonly type?: string;
  readonly actor?: string;
  readonly acledOnly?: boolean;
}

/** The options' errors before the answer starts, so that a bad filter is a 400 and not a cut download. */
function checkExportOptions(subject: ExportSubject, q: ExportQuery): void {
  if (subject === "events") exportEventFilterOf(q);
  else if (subject === "quotes" && (q.country !== undefined || q.type !== undefined)) throw new SitrepError("BAD_ARGUMENT", "quotes are filtered by from, to and actor (the speaker) only");
  else if (subject === "actors" && (q.from !== undefined || q.to !== undefined || q.type !== undefined)) throw new SitrepError("BAD_ARGUMENT", "actors are filtered by country and actor (the name) only");
  if (subject !== "events") exportEventFilterOf({ ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(subject === "actors" && q.country ? { country: q.country } : {}) });
}

/**
 * /api/export/{events|quotes|actors}.{format}: the exports of `sitrep export` (docs/exports.md),
 * streamed record by record as the client reads them.
 */
export function registerExportRoutes(app: FastifyInstance, reader: CorpusReader): void {
  app.get<{ Params: { subject: ExportSubject; format: string }; Querystring: ExportQuery }>(
    "/api/export/:subject.:format",
    {
      schema: {
        tags: ["exports"],
        summary: "The store's events (csv: ACLED's columns, json, plover, geojson), quotes (csv, json) or actors (csv, json), as `sitrep export` writes them",
        params: {
          type: "object",
          required: ["subject", "format"],
          properties: { subject: { type: "string", enum: ["events", "quotes", "actors"] }, format: { type: "string", enum: ["csv", "json", "plover", "geojson"] } },
        },
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            from: day,
            to: day,
            country: { type: "string", maxLength: 100, description: "ISO 3166-1 alpha-2 or alpha-3, or the country's name" },
            type: { type: "string", maxLength: 500, description: "PLOVER types separated by commas" },
            actor: { type: "string", maxLength: 200 },
            acledOnly: { type: "boolean" },
          },
        },
        response: { 200: { description: "the export, streamed", type: "string" }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { subject, format } = request.params;
      if (!EXPORT_FORMATS[subject].includes(format)) throw new SitrepError("BAD_ARGUMENT", `${subject} export in ${format}: one of ${EXPORT_FORMATS[subject].join(", ")}`);
      checkExportOptions(subject, request.query);
      const out = new PassThrough();
      // A failure once the answer has started can only cut it short: the client sees a broken download.
      writeExport(reader, subject, { ...request.query, format }, out, true).catch((e) => {
        request.log.error({ err: e }, "export failed");
        out.destroy(e instanceof Error ? e : new Error(String(e)));
      });
      return reply
        .type(CONTENT_TYPES[format]!)
        .header("content-disposition", `attachment; filename="sitrep-${subject}.${EXTENSIONS[format]}"`)
        .send(out);
    },
  );
}
