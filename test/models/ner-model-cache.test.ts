import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_NER_MODEL_PATH } from "../../src/models/ner/lexicon-paths.js";
import { compareNerModels, nerModelCacheKey, nerModelCachePath, readNerModelCache } from "../../src/models/ner/model-cache.js";
import { buildNerModelCache, loadNerModel } from "../../src/models/ner/model-io.js";

/** A package root with no src/ (as installed): the key is the model file's bytes alone. */
const root = pathToFileURL(`${mkdtempSync(join(tmpdir(), "sitrep-ner-cache-"))}/`);

describe("the entity model's decoded-tables cache", () => {
  const built = buildNerModelCache(root);

  it("is written by the build and reads back as the decoded model, table for table", () => {
    expect(built).not.toHaveProperty("error");
    const key = nerModelCacheKey(readFileSync(DEFAULT_NER_MODEL_PATH), root);
    const cached = readNerModelCache(nerModelCachePath(root), key);
    expect(cached).not.toBeNull();
    const decoded = loadNerModel(DEFAULT_NER_MODEL_PATH);
    expect(compareNerModels(decoded, cached!)).toBeNull();
    const sentences = [["Taliban", "fighters", "met", "Zalmay", "Khalilzad", "in", "Doha", "on", "Friday", "."], ["The", "U.N.", "Security", "Council", "said", "so", "."]];
    expect(cached!.tagDocument(sentences)).toEqual(decoded.tagDocument(sentences));
    expect(cached!.tagDocument(sentences).flat().length).toBeGreaterThan(2);
  });

  it("is ignored for another model file or another decoder: the key differs", () => {
    const bytes = readFileSync(DEFAULT_NER_MODEL_PATH);
    const other = Buffer.from(bytes);
    other[other.length - 1] = other[other.length - 1]! ^ 1;
    expect(readNerModelCache(nerModelCachePath(root), nerModelCacheKey(other, root))).toBeNull();
    // In a checkout the entity model's source is part of the key too.
    expect(nerModelCacheKey(bytes)).not.toBe(nerModelCacheKey(bytes, root));
  });

  it("a damaged cache file reads as no cache (loadNerModel then decodes the model)", () => {
    const path = nerModelCachePath(root);
    writeFileSync(path, "not a cache");
    const key = nerModelCacheKey(readFileSync(DEFAULT_NER_MODEL_PATH), root);
    expect(readNerModelCache(path, key)).toBeNull();
  });
});
