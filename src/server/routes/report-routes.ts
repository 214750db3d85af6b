import type { FastifyInstance } from "fastify";
import { buildSituationReport, type SituationReportRequest } from "../../app/build-situation-report.js";
import { SitrepError } from "../../core/errors.js";
import type { CorpusReader } from "../../store/store.js";
import { day, errorResponses, ref } from "../api-schemas.js";

const bucketList = { type: "array", items: ref("Bucket") } as const;

export function registerReportRoutes(app: FastifyInstance, reader: CorpusReader): void {
  app.get<{ Querystring: SituationReportRequest }>(
    "/api/sitrep",
    {
      schema: {
        tags: ["reports"],
        summary: "Situation report of a period and a region: counts by type and region, deadliest incidents, key quotes by speaker",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            from: day,
            to: day,
            country: { type: "string", pattern: "^[A-Za-z]{2}$" },
            admin1: { type: "string", maxLength: 200 },
          },
        },
        response: {
          200: {
            type: "object",
            required: ["request", "totals", "byType", "byRegion", "deadliest", "quotes"],
            properties: {
              request: { type: "object", additionalProperties: true },
              totals: { type: "object", required: ["events", "fatalities"], properties: { events: { type: "integer" }, fatalities: { type: "number" } } },
              byType: bucketList,
              byRegion: { type: "object", required: ["level", "buckets"], properties: { level: { type: "string" }, buckets: bucketList } },
              deadliest: { type: "array", items: ref("CorpusEvent") },
              quotes: {
                type: "array",
                items: {
                  type: "object",
                  required: ["speaker", "affiliation", "count", "quotes"],
                  properties: {
                    speaker: { type: "string" },
                    affiliation: { anyOf: [{ type: "string" }, { type: "null" }] },
                    count: { type: "integer" },
                    quotes: { type: "array", items: ref("QuoteRecord") },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { from, to, country, admin1 } = request.query;
      if (from && to && from > to) throw new SitrepError("BAD_ARGUMENT", `from (${from}) is after to (${to})`);
      return buildSituationReport(reader, {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(country ? { country: country.toUpperCase() } : {}),
        ...(admin1 ? { admin1 } : {}),
      });
    },
  );
}
