/**
 * Drops a benchmark's scratch PostgreSQL database. A plain DROP first, a few times: it ends the
 * autovacuum workers PostgreSQL started on the new tables by itself, while DROP ... WITH (FORCE)
 * refuses, for a role that is not a superuser, to end those superuser-owned backends (error 42501,
 * "must be a member of the role whose process is being terminated"). WITH (FORCE) only when a
 * session of the bench's own role still holds it. A database that cannot be dropped is reported,
 * not thrown: the figures are already measured.
 */
import type pg from "pg";

const ATTEMPTS = 10;
const PAUSE_MS = 300;

export async function dropScratchDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < ATTEMPTS; i++) {
    try {
      await admin.query(`drop database if exists ${name}`);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, PAUSE_MS));
    }
  }
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } catch (e) {
    console.error(`bench: the scratch database ${name} was left behind (${(e as Error).message}); drop it by hand`);
  }
}
