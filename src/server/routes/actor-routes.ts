import type { FastifyInstance } from "fastify";
import type { CorpusReader } from "../../store/store.js";
import { errorResponses, limit, pageOf, ref } from "../api-schemas.js";
import { notFound } from "../api-error.js";

/** Events and quotes shown with an actor: a page each (the lists link on to the full filters). */
export const ACTOR_PAGE = 100;

export function registerActorRoutes(app: FastifyInstance, reader: CorpusReader): void {
  app.get<{ Querystring: { q?: string; country?: string; limit: number; cursor?: string } }>(
    "/api/actors",
    {
      schema: {
        tags: ["actors"],
        summary: "Actors of the corpus with their counts of events and quotes",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            q: { type: "string", maxLength: 200, description: "part of the name, any case" },
            country: { type: "string", pattern: "^[A-Za-z]{2}$" },
            limit: limit(500, 50),
            cursor: { type: "string", maxLength: 500 },
          },
        },
        response: { 200: pageOf("ActorSummary"), ...errorResponses },
      },
    },
    async (request) => {
      const { q, country, limit: size, cursor } = request.query;
      return reader.listActors({ ...(q ? { q } : {}), ...(country ? { country: country.toUpperCase() } : {}) }, { limit: size, cursor: cursor ?? null });
    },
  );

  app.get<{ Params: { name: string } }>(
    "/api/actors/:name",
    {
      schema: {
        tags: ["actors"],
        summary: "One actor (by its exact name) with the events it took part in and what it said",
        params: { type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1, maxLength: 300 } } },
        response: {
          200: {
            type: "object",
            required: ["actor", "events", "quotes"],
            properties: { actor: ref("ActorSummary"), events: pageOf("CorpusEvent"), quotes: pageOf("QuoteRecord") },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const name = request.params.name;
      const candidates = await reader.listActors({ q: name }, { limit: 50 });
      const actor = candidates.items.find((a) => a.name === name) ?? candidates.items.find((a) => a.name.toLowerCase() === name.toLowerCase());
      if (!actor) throw notFound(`actor ${name}`);
      // The store's actor filter matches part of a name: keep the events where this actor is a party.
      const events = await reader.listEvents({ actor: actor.name }, "-date", { limit: ACTOR_PAGE });
      const isParty = (a: { name: string } | null) => a?.name === actor.name;
      const own = events.items.filter((e) => e.reports.some((r) => isParty(r.actor) || isParty(r.target)));
      const quotes = await reader.listQuotes({ speaker: actor.name }, { limit: ACTOR_PAGE });
      return {
        actor,
        events: { items: own, next: events.next },
        quotes: { items: quotes.items.filter((q) => q.speaker?.name === actor.name), next: quotes.next },
      };
    },
  );
}


