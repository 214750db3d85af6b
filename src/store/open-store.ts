/**
 * Opens the store the options or the environment select: PostgreSQL when a postgres:// URL is given
 * (`databaseUrl`, a `db` that is such a URL, or SITREP_DATABASE_URL), else SQLite at `db`, SITREP_DB or
 * ./sitrep.db. better-sqlite3 and pg are imported here, lazily, so a command that opens no store
 * never loads them. Opening applies pending migrations.
 */
import { Kysely, PostgresDialect, SqliteDialect } from "./kysely-runtime.js";
import { SitrepError } from "../core/errors.js";
import { KyselyStore } from "./kysely-store.js";
import { StatementCache } from "./statement-cache.js";
import type { CandidateQuery, Store, SummarizeEvent } from "./store.js";
import type { StoreSchema } from "./schema.js";

export interface OpenStoreOptions {
  /** SQLite file path (`--db PATH`), or a postgres:// URL. */
  readonly db?: string;
  /** PostgreSQL connection URL; wins over `db`. */
  readonly databaseUrl?: string;
  /** Recomputes a corpus event from its reports; required by saveAnalysis, splits, merges and corrections. */
  readonly summarize?: SummarizeEvent;
  readonly candidates?: CandidateQuery;
  /** SQLite: keep candidate rows and SimHash bands in memory across batches (default true; src/store/store-memo.ts). */
  readonly memo?: boolean;
  /**
   * PostgreSQL: commits that do not wait for their WAL flush (`synchronous_commit = off` on every
   * connection), for the writers of analyses and queue state (`sitrep ingest`, `sitrep work`). A
   * killed client loses nothing it committed; a crash of the server or its machine can lose the last
   * commits (about 0.6 s of them), each whole: what SQLite's WAL at synchronous=NORMAL risks on a power
   * loss. Default false: analysts' corrections, merges and splits wait for the flush. SQLite: no effect.
   */
  readonly asyncCommit?: boolean;
  /** Connections in the PostgreSQL pool (default 4). */
  readonly poolSize?: number;
  /** Environment to read SITREP_DATABASE_URL and SITREP_DB from (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const DEFAULT_DB_PATH = "./sitrep.db";
/** How long a SQLite writer waits for another process's write lock before failing (ms). */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;
const POSTGRES_URL = /^postgres(ql)?:\/\//i;
/**
 * WAL frames a commit may leave before SQLite copies the WAL back into the database file (a
 * checkpoint): 10,000 pages of 4 KB, 40 MB, instead of SQLite's 1,000. An ingest's commits rewrite the
 * same pages batch after batch (the events table's indexes, the full-text index, the tables' last
 * leaves), and each checkpoint copied every page changed since the last one: with fewer checkpoints a
 * page rewritten by several batches is copied once. `sitrep ingest` of 500 IndiaPoliceEvents articles
 * from the build, --jobs 0: 6.53 -> 6.34 s of the process's CPU (medians of 8 runs alternated with the
 * previous setting, the final checkpoint at close included; --jobs 1 the same within the machine's
 * noise). The last connection to close checkpoints the rest and removes
 * the WAL, as before; a reader open meanwhile sees a larger WAL, which SQLite indexes in shared memory.
 */
const SQLITE_WAL_AUTOCHECKPOINT_PAGES = 10_000;

export type StoreLocation = { readonly dialect: "sqlite"; readonly path: string } | { readonly dialect: "postgres"; readonly url: string };

/** Where the options and environment say the store is, without opening it. */
export function storeLocation(options: OpenStoreOptions = {}): StoreLocation {
  const env = options.env ?? process.env;
  const url = options.databaseUrl ?? (options.db && POSTGRES_URL.test(options.db) ? options.db : undefined);
  if (url) return { dialect: "postgres", url };
  if (options.db) return { dialect: "sqlite", path: options.db };
  if (env.SITREP_DATABASE_URL) return { dialect: "postgres", url: env.SITREP_DATABASE_URL };
  return { dialect: "sqlite", path: env.SITREP_DB || DEFAULT_DB_PATH };
}

function missingSummarize(): never {
  throw new Error("this store was opened without a summarize function (openStore({summarize})): it can read but not change events");
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const location = storeLocation(options);
  const summarize: SummarizeEvent = options.summarize ?? missingSummarize;
  let store: KyselyStore;
  let afterMigrations: (() => void) | undefined;
  if (location.dialect === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    let sqlite: import("better-sqlite3").Database;
    try {
      sqlite = new Database(location.path);
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("foreign_keys = ON");
      sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      // WAL with synchronous=NORMAL is durable across application crashes (only a power loss can lose the last commits).
      sqlite.pragma("synchronous = NORMAL");
      sqlite.pragma(`wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT_PAGES}`);
    } catch (e) {
      throw new SitrepError("STORE_UNAVAILABLE", `${location.path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    // Each article saved in a batch is a savepoint of the batch's transaction (kysely-store.ts), and
    // SQLite keeps the pages a savepoint may have to restore in a statement journal: by default a
    // temporary file, written with a system call per page (about 200 an article, more than the
    // database and its WAL took). In memory it holds one article's pages at most (it is emptied when
    // the savepoint is released), and the other temporary tables this store's queries make are small.
    // Set once the migrations have run: one that builds an index over a large table sorts it in
    // temporary files, which are better left on disk.
    const sqliteOpened = sqlite;
    afterMigrations = () => void sqliteOpened.pragma("temp_store = MEMORY");
    const statements = new StatementCache(sqlite);
    const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: statements }) });
    store = new KyselyStore(db, "sqlite", { summarize, candidates: options.candidates, statements, ...(options.memo !== undefined ? { memo: options.memo } : {}) });
  } else {
    const pg = (await import("pg")).default;
    const pool = new pg.Pool({
      connectionString: location.url,
      max: options.poolSize ?? 4,
      // int8 (counts, bigserial keys, lease deadlines in ms) as numbers: every value the store keeps fits in 2^53.
      types: { getTypeParser: ((oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text"))) as typeof pg.types.getTypeParser },
    });
    // Queued on each new connection before anything the store sends on it (a client runs its queries
    // in order); if it fails, that connection commits synchronously, as by default.
    if (options.asyncCommit) pool.on("connect", (client) => void client.query("set synchronous_commit = off").catch(() => undefined));
    try {
      const client = await pool.connect();
      client.release();
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new SitrepError("STORE_UNAVAILABLE", `${redact(location.url)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
    store = new KyselyStore(db, "postgres", { summarize, candidates: options.candidates });
  }
  try {
    await store.migrate();
    afterMigrations?.();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<malformed database URL>";
  }
}
