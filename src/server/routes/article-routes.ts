import type { FastifyInstance } from "fastify";
import { SitrepError } from "../../core/errors.js";
import type { CorpusReader } from "../../store/store.js";
import { checkWriteAccess, type AccessOptions } from "../access-guard.js";
import { day, errorResponses, limit, pageOf, ref } from "../api-schemas.js";
import { notFound } from "../api-error.js";
import type { ArticleSubmission, SubmitArticle } from "../article-submission.js";

/** Largest article body the API takes: the pipeline's own input limit (docs/errors.md, INPUT_TOO_LARGE). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export function registerArticleRoutes(app: FastifyInstance, reader: CorpusReader, submit: SubmitArticle | null, access: AccessOptions): void {
  app.get<{ Querystring: { limit: number; cursor?: string } }>(
    "/api/articles",
    {
      schema: {
        tags: ["articles"],
        summary: "Articles in the store, newest ingested first",
        querystring: { type: "object", additionalProperties: false, properties: { limit: limit(200, 50), cursor: { type: "string", maxLength: 500 } } },
        response: { 200: pageOf("StoredArticle"), ...errorResponses },
      },
    },
    async (request) => reader.listArticles({ limit: request.query.limit, cursor: request.query.cursor ?? null }),
  );

  app.get<{ Params: { id: string } }>(
    "/api/articles/:id",
    {
      schema: {
        tags: ["articles"],
        summary: "One article with all its annotations: the stored record and its document JSON (docs/output.md)",
        params: { type: "object", required: ["id"], properties: { id: { type: "string", maxLength: 200 } } },
        response: {
          200: { type: "object", required: ["article", "document"], properties: { article: ref("StoredArticle"), document: ref("Document") } },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const article = await reader.getArticle(request.params.id);
      const document = article ? await reader.getDocument(article.id) : undefined;
      if (!article || !document) throw notFound(`article ${request.params.id}`);
      return { article, document };
    },
  );

  if (!submit) return;
  app.post<{ Body: ArticleSubmission }>(
    "/api/articles",
    {
      bodyLimit: MAX_ARTICLE_BYTES,
      schema: {
        tags: ["articles"],
        summary: "Analyses an article (text, HTML page or URL) and saves it with its events and quotes",
        description:
          "Give exactly one of text, html and url. Needs Authorization: Bearer <token> when the server has a token (always when it listens beyond loopback). Answers 201 for a new article, 200 when the same text was already stored.",
        security: [{ bearer: [] }],
        body: {
          type: "object",
          additionalProperties: false,
          properties: {
            text: { type: "string", minLength: 1 },
            html: { type: "string", minLength: 1 },
            url: { type: "string", minLength: 1, maxLength: 2000 },
            title: { type: "string", maxLength: 1000 },
            published: day,
            sourceUrl: { type: "string", maxLength: 2000 },
            id: { type: "string", minLength: 1, maxLength: 200 },
          },
        },
        response: {
          200: submissionResponse(),
          201: submissionResponse(),
          ...errorResponses,
          502: ref("Error"),
          504: ref("Error"),
        },
      },
      preHandler: async (request) => checkWriteAccess(request, access),
    },
    async (request, reply) => {
      const body = request.body;
      const given = [body.text, body.html, body.url].filter((v) => v !== undefined).length;
      if (given !== 1) throw new SitrepError("BAD_ARGUMENT", "give exactly one of text, html and url");
      const result = await submit(body);
      const article = await reader.getArticle(result.articleId);
      if (!article) throw new Error(`article ${result.articleId} was saved but cannot be read back`);
      return reply.code(result.status === "added" ? 201 : 200).send({ ...result, article });
    },
  );
}

function submissionResponse() {
  return {
    type: "object",
    required: ["articleId", "status", "article"],
    properties: { articleId: { type: "string" }, status: { type: "string", enum: ["added", "duplicate", "near-duplicate"] }, article: ref("StoredArticle") },
  };
}
