/**
 * Prepared statements kept for reuse on SQLite. Kysely's SQLite driver asks the database to
 * `prepare` every query it runs, and better-sqlite3 compiles the SQL anew each time: saving one
 * article ran ~130 statements, and preparing them was a third of the store's CPU. The store's
 * queries come from a few dozen shapes (values are bound parameters), so a small cache keyed by the
 * SQL text serves nearly every prepare from memory. Kysely is handed this wrapper as its database.
 */
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * Statements kept. The save path's multi-row inserts make one shape per row count (chunked, so at
 * most a few dozen), the read path a few dozen more; 256 holds them all with room, and a statement
 * is a few KB of memory.
 */
export const STATEMENT_CACHE_SIZE = 256;

/** What the wrapper needs of a better-sqlite3 database and its statements. */
export interface PreparingDatabase {
  prepare(sql: string): SqliteStatement & { readonly busy?: boolean };
  close(): void;
}

export class StatementCache implements SqliteDatabase {
  private readonly statements = new Map<string, SqliteStatement & { readonly busy?: boolean }>();
  /** Prepares served from the cache and prepares compiled, for tests and measurements. */
  hits = 0;
  misses = 0;

  constructor(
    private readonly db: PreparingDatabase,
    private readonly capacity = STATEMENT_CACHE_SIZE,
  ) {}

  prepare(sql: string): SqliteStatement {
    const cached = this.statements.get(sql);
    // A statement still being iterated (a streamed query) cannot run again until it is done: the
    // second user gets a statement of its own, compiled now and not kept.
    if (cached && !cached.busy) {
      this.hits++;
      // Most recently used last: a Map keeps insertion order.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    this.misses++;
    const statement = this.db.prepare(sql);
    if (!cached) {
      this.statements.set(sql, statement);
      if (this.statements.size > this.capacity) {
        const oldest = this.statements.keys().next().value;
        if (oldest !== undefined) this.statements.delete(oldest);
      }
    }
    return statement;
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}
