/**
 * Who may call the API. Reads are open to whoever can reach the server; writes (submitting articles)
 * need the server's token when it has one, and a server bound beyond loopback must have one. A
 * server on loopback also checks the Host header, so a web page elsewhere cannot reach it through a
 * DNS name rebound to 127.0.0.1 (DNS rebinding).
 */
import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyRequest } from "fastify";
import { SitrepError } from "../core/errors.js";

export interface AccessOptions {
  /** The address the server listens on. */
  readonly host: string;
  /** The token writes need; null for none (loopback only). */
  readonly token: string | null;
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function isLoopbackHost(host: string): boolean {
  if (LOOPBACK_NAMES.has(host)) return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

/** Refuses a configuration that would take writes from the network without a token. */
export function checkAccessOptions(options: AccessOptions): void {
  if (!isLoopbackHost(options.host) && !options.token) {
    throw new SitrepError(
      "BAD_ARGUMENT",
      `serving on ${options.host} (beyond loopback) needs a token for writes: set SITREP_TOKEN or pass --token`,
    );
  }
}

/** The host name of a Host header ("127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "::1"). */
function hostName(header: string): string {
  if (header.startsWith("[")) return header.slice(1, header.indexOf("]"));
  const colon = header.lastIndexOf(":");
  return colon === -1 ? header : header.slice(0, colon);
}

export function checkHost(request: FastifyRequest, options: AccessOptions): void {
  if (!isLoopbackHost(options.host)) return;
  const header = request.headers.host;
  // fastify.inject and HTTP/1.0 clients may send none; a browser always does.
  if (header === undefined) return;
  const name = hostName(header).toLowerCase();
  if (!isLoopbackHost(name)) throw new SitrepError("HOST_NOT_ALLOWED", `Host: ${header}`);
}

export function checkWriteAccess(request: FastifyRequest, options: AccessOptions): void {
  if (!options.token) return;
  const header = request.headers.authorization ?? "";
  const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
  const a = Buffer.from(given);
  const b = Buffer.from(options.token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new SitrepError("UNAUTHORIZED");
}
