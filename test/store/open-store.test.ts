import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sql, type Kysely } from "kysely";
import { openStore, redact, storeLocation } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { POSTGRES_TEST_URL, postgresTestDatabase } from "./test-databases.js";
import { isSitrepError } from "../../src/core/errors.js";

describe("where the store is", () => {
  it("is ./sitrep.db by default, SITREP_DB or --db otherwise, PostgreSQL when a URL says so", () => {
    expect(storeLocation({ env: {} })).toEqual({ dialect: "sqlite", path: "./sitrep.db" });
    expect(storeLocation({ env: { SITREP_DB: "/data/c.db" } })).toEqual({ dialect: "sqlite", path: "/data/c.db" });
    expect(storeLocation({ db: "x.db", env: { SITREP_DB: "/data/c.db" } })).toEqual({ dialect: "sqlite", path: "x.db" });
    expect(storeLocation({ env: { SITREP_DATABASE_URL: "postgres://u:p@h/db", SITREP_DB: "c.db" } })).toEqual({ dialect: "postgres", url: "postgres://u:p@h/db" });
    // An explicit --db wins over the environment; a --db that is a URL selects PostgreSQL.
    expect(storeLocation({ db: "x.db", env: { SITREP_DATABASE_URL: "postgres://u:p@h/db" } })).toEqual({ dialect: "sqlite", path: "x.db" });
    expect(storeLocation({ db: "postgresql://h/db", env: {} })).toEqual({ dialect: "postgres", url: "postgresql://h/db" });
    expect(storeLocation({ databaseUrl: "postgres://h/a", db: "x.db", env: {} })).toEqual({ dialect: "postgres", url: "postgres://h/a" });
  });

  it("says STORE_UNAVAILABLE for a file it cannot create and a server it cannot reach, without the password", async () => {
    await expect(openStore({ db: "/nonexistent-dir/sub/x.db" })).rejects.toSatisfy((e) => isSitrepError(e) && e.code === "STORE_UNAVAILABLE");
    const err = await openStore({ databaseUrl: "postgres://u:secret@127.0.0.1:1/db" }).catch((e: unknown) => e);
    expect(isSitrepError(err) && err.code).toBe("STORE_UNAVAILABLE");
    expect(String((err as Error).message)).not.toContain("secret");
    expect(redact("postgres://u:secret@h/db")).toBe("postgres://u:***@h/db");
  });

  it("loads better-sqlite3 and pg only when a store is opened (no static import in src/)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) {
          const text = readFileSync(path, "utf8");
          if (/^import\s+(?!type\b)[^;]*from\s+"(better-sqlite3|pg)"/m.test(text)) offenders.push(path);
        }
      }
    };
    walk(new URL("../../src", import.meta.url).pathname);
    expect(offenders).toEqual([]);
  });
});

describe("migrations landed out of order", () => {
  it("applies a migration missing from a store that already has a later one", async () => {
    const { default: Database } = await import("better-sqlite3");
    const { sqliteTestDatabase } = await import("./test-databases.js");
    const database = sqliteTestDatabase();
    const first = await openStore({ db: database.db });
    const all = await first.appliedMigrations();
    await first.close();
    // As if 0002 had landed after the store was migrated with everything else: its column and record gone.
    const sqlite = new Database(database.db);
    sqlite.exec("drop index events_candidates; alter table events drop column version; delete from kysely_migration where name = '0002-event-version'");
    sqlite.close();
    const again = await openStore({ db: database.db });
    expect(await again.appliedMigrations()).toEqual(all);
    expect(await again.listEvents({})).toEqual({ items: [], next: null });
    await again.close();
    const check = new Database(database.db);
    expect((check.prepare("select name from pragma_table_info('events') where name = 'version'").all() as unknown[]).length).toBe(1);
    check.close();
    await database.drop();
  });
});

describe("SQLite's temporary storage", () => {
  it("keeps savepoint journals in memory, so a batch's per-article savepoints write no temporary files", async () => {
    const { sqliteTestDatabase } = await import("./test-databases.js");
    const database = sqliteTestDatabase();
    const store = await openStore({ db: database.db });
    try {
      const db = (store as unknown as { db: Kysely<unknown> }).db;
      // 2 is MEMORY (0 the build's default, 1 FILE).
      expect((await sql<{ temp_store: number }>`pragma temp_store`.execute(db)).rows[0]?.temp_store).toBe(2);
    } finally {
      await store.close();
      await database.drop();
    }
  });
});

describe.skipIf(!POSTGRES_TEST_URL)("asynchronous commits on PostgreSQL (the ingest and queue-worker commands)", () => {
  /** synchronous_commit as each of `n` connections of the store's pool sees it (held at once, so they are distinct). */
  async function settingsOf(store: Store, n: number): Promise<string[]> {
    const db = (store as unknown as { db: Kysely<unknown> }).db;
    const seen: string[] = [];
    const hold = Array.from({ length: n }, () =>
      db.connection().execute(async (conn) => {
        seen.push(String((await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(conn)).rows[0]?.synchronous_commit));
        await sql`select pg_sleep(0.05)`.execute(conn);
      }),
    );
    await Promise.all(hold);
    return seen;
  }

  it("is off on every connection with asyncCommit, and left as the server says without it", async () => {
    const database = await postgresTestDatabase("sitrep_async");
    try {
      const fast = await openStore({ db: database.db, asyncCommit: true, poolSize: 3 });
      expect(await settingsOf(fast, 3)).toEqual(["off", "off", "off"]);
      await fast.close();
      const durable = await openStore({ db: database.db, poolSize: 2 });
      expect(await settingsOf(durable, 2)).toEqual(["on", "on"]);
      await durable.close();
    } finally {
      await database.drop();
    }
  });
});
