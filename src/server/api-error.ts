/**
 * Errors of the HTTP API: every failure answers `{error: {code, message}}` with a code from the
 * catalogue (src/core/errors.ts, docs/errors.md) and an HTTP status that follows from the code.
 * Clients branch on `code`, never on the message.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { ERROR_CODES, SitrepError, type ErrorCode } from "../core/errors.js";

/** HTTP status of each code the API can answer; codes not listed are the client's input (400). */
const STATUS: Partial<Record<ErrorCode, number>> = {
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  HOST_NOT_ALLOWED: 403,
  INPUT_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  FETCH_FAILED: 502,
  FETCH_TIMEOUT: 504,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 400;
}

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** Fastify's own errors (validation, body parsing) as catalogue codes. */
function codeOfFastifyError(error: FastifyError): ErrorCode | undefined {
  if (error.validation) return "BAD_ARGUMENT";
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "INPUT_TOO_LARGE";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "UNSUPPORTED_MEDIA_TYPE";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return "BAD_ARGUMENT";
    default:
      return undefined;
  }
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof SitrepError) return reply.code(statusOf(error.code)).send(errorBody(error.code, error.message));
  const fastifyError = error as FastifyError;
  const code = codeOfFastifyError(fastifyError);
  if (code) {
    const detail = fastifyError.validation ? `${fastifyError.validationContext ?? "request"}${fastifyError.message.replace(/^(body|querystring|params|headers)/, "")}` : fastifyError.message;
    return reply.code(statusOf(code)).send(errorBody(code, `${ERROR_CODES[code]} (${detail})`));
  }
  // Anything else is a bug: logged with its stack, answered without internals.
  request.log.error({ err: error }, "request failed");
  return reply.code(500).send(errorBody("INTERNAL", "The server failed on this request; this is a bug, please report it with the request."));
}

export function notFound(what: string): SitrepError {
  return new SitrepError("NOT_FOUND", what);
}
