/**
 * Temporary databases for store tests: a SQLite file in a fresh temp folder, or a fresh PostgreSQL
 * database created through SITREP_TEST_DATABASE_URL (a role that may CREATE DATABASE) and dropped
 * after. Other test suites that need a store use these too.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TestDatabase {
  /** For openStore: a file path (SQLite) or a postgres:// URL. */
  readonly db: string;
  drop(): Promise<void>;
}

export const POSTGRES_TEST_URL = process.env.SITREP_TEST_DATABASE_URL;

/** How long dropping a test database waits for the connections of a store just closed to go (ms). */
const DROP_WAIT_MS = 5_000;

export function sqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
  return { db: join(dir, "test.db"), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function postgresTestDatabase(prefix = "sitrep_store"): Promise<TestDatabase> {
  if (!POSTGRES_TEST_URL) throw new Error("SITREP_TEST_DATABASE_URL is not set");
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_TEST_URL);
  url.pathname = `/${name}`;
  return {
    db: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await c.connect();
      try {
        // pg's Pool.end() resolves before its connections have closed: terminating them under it (the
        // drop's FORCE) makes the closing clients raise an error in the test process. Wait for them first.
        for (let waited = 0; waited < DROP_WAIT_MS; waited += 100) {
          const { rows } = await c.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
