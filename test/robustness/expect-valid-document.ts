import { expect } from "vitest";
import { layer, type Document } from "../../src/core/index.js";
import { isSitrepError, type ErrorCode } from "../../src/core/errors.js";
import { presentDocument } from "../../src/app/present/present-document.js";
import { documentJsonSchema, type DocumentJson } from "../../src/app/present/document-schema.js";
import { findInvariantViolations } from "./find-invariant-violations.js";
import { findLostWords } from "./find-lost-words.js";

/**
 * A document that keeps every promise: its JSON passes the schema, every annotation lies inside the
 * text with matching text and live references, and no word of the raw input is lost.
 */
export function expectValidDocument(doc: Document, raw: string = doc.raw): DocumentJson {
  const json = presentDocument(doc);
  const parsed = documentJsonSchema.safeParse(json);
  expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  expect(findInvariantViolations(doc, json)).toEqual([]);
  expect(findLostWords(raw, doc).lost).toEqual([]);
  return json;
}

/** An empty result with the given code and a reason, and nothing annotated. */
export function expectEmptyResult(doc: Document, code: string): void {
  expect(doc.empty?.code).toBe(code);
  expect(doc.empty?.reason).toMatch(/\w/);
  const json = expectValidDocument(doc);
  expect([json.events, json.entities, json.quotes, json.places, json.dates, json.actors]).toEqual([[], [], [], [], [], []]);
}

/** The SitrepError code a call or promise ends with; anything else thrown fails the test with its message. */
export async function codeOf(run: () => unknown): Promise<ErrorCode | "no error"> {
  try {
    await run();
    return "no error";
  } catch (e) {
    if (isSitrepError(e)) return e.code;
    throw e;
  }
}

export function eventCount(doc: Document): number {
  return layer(doc, "event").length;
}
