/**
 * Queries built and compiled by Kysely once per shape, then run again with new values. Building a
 * query (immutable operation nodes, frozen at every step) and compiling it to SQL cost more of the
 * store's CPU than SQLite's own work for the small statements that saving an article runs a dozen
 * times (issue 8 item 6). The queries are still written once, with Kysely, for both dialects: the
 * first time a shape is met it is built from placeholders, compiled, and the compiled SQL kept with
 * where each placeholder went among its parameters; later runs only fill the parameters in.
 *
 * A shape's key must fix everything about the query except the values passed (table, columns, row
 * count, list lengths, which optional conditions are there). Values the builder adds itself
 * (constants such as `source_count > 0`) are kept as compiled. A query whose values include
 * `undefined` (which Kysely turns into DEFAULT or drops) is built as before, never from a shape.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from "kysely";

/** A placeholder for the value at `index`, recognised among the compiled parameters. */
class Slot {
  constructor(readonly index: number) {}
}

interface Shape {
  readonly compiled: CompiledQuery;
  /** For each parameter: the index of the value that fills it, or -1 for a constant of the query. */
  readonly slots: Int32Array;
}

/** Shapes kept: the save path's few dozen (one per row count of each multi-row insert) with room. */
export const QUERY_SHAPES_SIZE = 512;

/** What running a statement directly needs of SQLite (src/store/statement-cache.ts). */
export interface DirectStatements {
  prepare(sql: string): { readonly reader: boolean; all(parameters: readonly unknown[]): unknown[]; run(parameters: readonly unknown[]): unknown };
}

/**
 * Kysely instances bound to one SQLite connection for the length of a transaction the store holds
 * (src/store/kysely-store.ts, `transaction`), with that connection's statements. A kept shape run
 * on one of them goes to its prepared statement directly: the same statement Kysely's SQLite driver
 * would run (no plugin is installed, and the store reads only `rows` of a result), without the
 * driver's promise chain, connection mutex and result objects around each of the ~20 statements of
 * saving an article. Outside a transaction every query goes through Kysely, which makes it wait for
 * a transaction in progress.
 */
const direct = new WeakMap<Kysely<any>, DirectStatements>();

/** Runs `fn` with kept shapes on `db` (bound to the transaction's connection) going straight to `statements`. */
export async function withDirectStatements<T>(db: Kysely<any>, statements: DirectStatements | undefined, fn: () => Promise<T>): Promise<T> {
  if (!statements) return fn();
  direct.set(db, statements);
  try {
    return await fn();
  } finally {
    direct.delete(db);
  }
}

export class QueryShapes {
  private readonly shapes = new Map<string, Shape>();
  /** Runs served from a kept shape, and shapes built, for tests and measurements. */
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = QUERY_SHAPES_SIZE) {}

  /**
   * Runs the query `build` makes of `values` on `db`. `build` is called only when the shape of `key`
   * is not kept yet (then with placeholders), or when a value is undefined (then with the values).
   */
  async execute<R>(db: Kysely<any>, key: string, values: readonly unknown[], build: (values: readonly unknown[]) => Compilable<R> | CompiledQuery<R>): Promise<QueryResult<R>> {
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) return db.executeQuery(compile(build(values)));
    let shape = this.shapes.get(key);
    if (shape) {
      this.hits++;
    } else {
      this.misses++;
      shape = shapeOf(compile(build(values.map((_, i) => new Slot(i)))), values.length);
      if (this.shapes.size >= this.capacity) this.shapes.clear();
      this.shapes.set(key, shape);
    }
    const { compiled, slots } = shape;
    const parameters = new Array<unknown>(slots.length);
    for (let i = 0; i < slots.length; i++) parameters[i] = slots[i]! >= 0 ? values[slots[i]!] : compiled.parameters[i];
    const statements = direct.get(db);
    if (statements) {
      // As Kysely's SQLite driver runs it: a statement that returns rows is read, any other run.
      const statement = statements.prepare(compiled.sql);
      if (statement.reader) return { rows: statement.all(parameters) as R[] };
      statement.run(parameters);
      return { rows: [] };
    }
    return db.executeQuery<R>({ ...compiled, parameters } as CompiledQuery<R>);
  }
}

/** A builder's compiled query (a raw `sql` template is compiled by the caller, against its db). */
function compile<R>(query: Compilable<R> | CompiledQuery<R>): CompiledQuery<R> {
  return "compile" in query ? query.compile() : query;
}

function shapeOf(compiled: CompiledQuery, valueCount: number): Shape {
  const slots = new Int32Array(compiled.parameters.length);
  const seen = new Uint8Array(valueCount);
  compiled.parameters.forEach((p, i) => {
    slots[i] = p instanceof Slot ? p.index : -1;
    if (p instanceof Slot) seen[p.index] = 1;
  });
  // A value the builder did not bind (inlined, or left out) would be silently lost on every later run.
  const lost = seen.indexOf(0);
  if (lost >= 0) throw new Error(`query shape: value ${lost} is not a parameter of ${compiled.sql}`);
  return { compiled, slots };
}

/** How insertRows ends its INSERT. */
export interface InsertTail {
  /** ON CONFLICT (these columns) DO NOTHING. */
  readonly onConflictDoNothing?: readonly string[];
  readonly returning?: readonly string[];
}

/**
 * Inserts `rows` in one multi-row statement of a kept shape. Every row must have the same columns in
 * the same order (object literals of one form), as Kysely would make one column list of them.
 */
export async function insertRows<R = unknown>(shapes: QueryShapes, db: Kysely<any>, table: string, rows: ReadonlyArray<Readonly<Record<string, unknown>>>, tail: InsertTail = {}): Promise<QueryResult<R>> {
  const columns = Object.keys(rows[0]!);
  const width = columns.length;
  const values = new Array<unknown>(rows.length * width);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let c = 0;
    for (const column in row) {
      if (columns[c] !== column) throw new Error(`insertRows: row ${r} of ${table} has columns other than the first row's`);
      values[r * width + c++] = row[column];
    }
    if (c !== width) throw new Error(`insertRows: row ${r} of ${table} has columns other than the first row's`);
  }
  const key = `insert ${table} (${columns.join(",")}) x${rows.length} conflict(${tail.onConflictDoNothing?.join(",") ?? ""}) returning(${tail.returning?.join(",") ?? ""})`;
  return shapes.execute<R>(db, key, values, (v) => {
    const built = Array.from({ length: rows.length }, (_, r) => Object.fromEntries(columns.map((column, c) => [column, v[r * width + c]])));
    let q = db.insertInto(table).values(built);
    const conflict = tail.onConflictDoNothing;
    if (conflict) q = q.onConflict((oc) => oc.columns(conflict as string[]).doNothing());
    return tail.returning ? q.returning(tail.returning as string[]) : q;
  });
}
