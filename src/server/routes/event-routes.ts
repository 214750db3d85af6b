import type { FastifyInstance } from "fastify";
import type { CorpusReader, EventSort } from "../../store/store.js";
import { errorResponses, limit, ref } from "../api-schemas.js";
import { notFound } from "../api-error.js";
import { EVENT_SORTS, eventFilterOf, eventFilterProperties, type EventQuery } from "../event-query.js";

interface ListQuery extends EventQuery {
  readonly sort: EventSort;
  readonly limit: number;
  readonly cursor?: string;
  readonly view: "full" | "brief";
}

/** Events a page: a table's worth in full, a map's worth in brief. */
export const MAX_FULL_PAGE = 200;
export const MAX_BRIEF_PAGE = 5000;

export function registerEventRoutes(app: FastifyInstance, reader: CorpusReader): void {
  app.get<{ Querystring: ListQuery }>(
    "/api/events",
    {
      schema: {
        tags: ["events"],
        summary: "Events of the corpus, filtered, sorted, a page at a time",
        description: `view=full gives each event with every report and every source's values (at most ${MAX_FULL_PAGE} a page); view=brief the fields a map or a table needs (at most ${MAX_BRIEF_PAGE} a page, of which the store gives at most 1,000). Pass the page's next as cursor for the next page. A page carries no total: counting every match would cost each request a pass over the whole result; /api/events/counts gives totals when they are wanted.`,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            ...eventFilterProperties,
            sort: { type: "string", enum: EVENT_SORTS, default: "-date" },
            limit: limit(MAX_BRIEF_PAGE, 50),
            cursor: { type: "string", maxLength: 500 },
            view: { type: "string", enum: ["full", "brief"], default: "full" },
          },
        },
        response: {
          200: {
            type: "object",
            required: ["items", "next"],
            properties: { items: { type: "array", items: { anyOf: [ref("CorpusEvent"), ref("EventBrief")] } }, next: { anyOf: [{ type: "string" }, { type: "null" }] } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const filter = eventFilterOf(q);
      const max = q.view === "brief" ? MAX_BRIEF_PAGE : MAX_FULL_PAGE;
      const page = await reader.listEventsJson(filter, q.sort, { limit: Math.min(q.limit, max), cursor: q.cursor ?? null }, q.view);
      // The events' JSON as stored, spliced into the page: a string with a JSON type is sent as it is
      // (parsing 50 summaries and serialising them again was most of a request's CPU).
      reply.type("application/json; charset=utf-8");
      return `{"items":[${page.items.join(",")}],"next":${JSON.stringify(page.next)}}`;
    },
  );

  app.get<{ Querystring: EventQuery & { by: "type" | "country" | "admin1" | "day" } }>(
    "/api/events/counts",
    {
      schema: {
        tags: ["events"],
        summary: "Events and fatalities counted by type, country, province or day",
        querystring: {
          type: "object",
          additionalProperties: false,
          required: ["by"],
          properties: { ...eventFilterProperties, by: { type: "string", enum: ["type", "country", "admin1", "day"] } },
        },
        response: { 200: { type: "object", required: ["items"], properties: { items: { type: "array", items: ref("Bucket") } } }, ...errorResponses },
      },
    },
    async (request) => ({ items: await reader.countEvents(eventFilterOf(request.query), request.query.by) }),
  );

  app.get<{ Querystring: EventQuery }>(
    "/api/events/histogram",
    {
      schema: {
        tags: ["events"],
        summary: "Events a day by type: the timeline",
        querystring: { type: "object", additionalProperties: false, properties: eventFilterProperties },
        response: {
          200: {
            type: "object",
            required: ["types"],
            properties: {
              types: {
                type: "array",
                items: { type: "object", required: ["type", "days"], properties: { type: { type: "string" }, days: { type: "array", items: ref("Bucket") } } },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      // One query for every type's days (it was one query per type).
      const result: Array<{ type: string; days: Array<{ key: string | null; events: number; fatalities: number }> }> = [];
      for (const r of await reader.countEventsByTypeAndDay(eventFilterOf(request.query))) {
        if (result.at(-1)?.type !== r.type) result.push({ type: r.type, days: [] });
        result.at(-1)!.days.push({ key: r.day, events: r.events, fatalities: r.fatalities });
      }
      return { types: result };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/events/:id",
    {
      schema: {
        tags: ["events"],
        summary: "One event: every report, every source's values, conflicts, merges and corrections",
        params: { type: "object", required: ["id"], properties: { id: { type: "string", maxLength: 200 } } },
        response: { 200: ref("CorpusEvent"), ...errorResponses },
      },
    },
    async (request) => {
      const event = await reader.getEvent(request.params.id);
      if (!event) throw notFound(`event ${request.params.id}`);
      return event;
    },
  );
}

