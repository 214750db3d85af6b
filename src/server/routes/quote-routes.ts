import type { FastifyInstance } from "fastify";
import type { CorpusReader } from "../../store/store.js";
import { day, errorResponses, limit, pageOf } from "../api-schemas.js";

export function registerQuoteRoutes(app: FastifyInstance, reader: CorpusReader): void {
  app.get<{ Querystring: { speaker?: string; q?: string; from?: string; to?: string; articleId?: string; limit: number; cursor?: string } }>(
    "/api/quotes",
    {
      schema: {
        tags: ["quotes"],
        summary: "Quotes, by speaker and full-text search over their words",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            speaker: { type: "string", maxLength: 200, description: "part of the speaker's name" },
            q: { type: "string", maxLength: 500, description: "words the quote contains (full-text search)" },
            from: day,
            to: day,
            articleId: { type: "string", maxLength: 200 },
            limit: limit(500, 50),
            cursor: { type: "string", maxLength: 500 },
          },
        },
        response: { 200: pageOf("QuoteRecord"), ...errorResponses },
      },
    },
    async (request) => {
      const { limit: size, cursor, ...rest } = request.query;
      const filter = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== ""));
      return reader.listQuotes(filter, { limit: size, cursor: cursor ?? null });
    },
  );

  app.get<{ Querystring: { q: string; limit: number; cursor?: string } }>(
    "/api/search",
    {
      schema: {
        tags: ["articles"],
        summary: "Full-text search across the articles' text and titles",
        querystring: {
          type: "object",
          additionalProperties: false,
          required: ["q"],
          properties: { q: { type: "string", minLength: 1, maxLength: 500 }, limit: limit(200, 20), cursor: { type: "string", maxLength: 500 } },
        },
        response: { 200: pageOf("SearchHit"), ...errorResponses },
      },
    },
    async (request) => reader.searchArticles(request.query.q, { limit: request.query.limit, cursor: request.query.cursor ?? null }),
  );
}
