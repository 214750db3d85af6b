/**
 * The store contract against both stores: SQLite in a temp file always; PostgreSQL in a fresh
 * database when SITREP_TEST_DATABASE_URL is set (.ci/run sets it; a set URL whose server is
 * unreachable fails the run instead of skipping it).
 */
import { beforeAll, describe } from "vitest";
import { buildFixtures, type Fixtures } from "./fixtures.js";
import { storeContract } from "./contract.js";
import { POSTGRES_TEST_URL, postgresTestDatabase, sqliteTestDatabase } from "./test-databases.js";

let fixtures: Fixtures;
beforeAll(async () => {
  fixtures = await buildFixtures();
});

storeContract({ name: "sqlite", create: async () => sqliteTestDatabase() }, () => fixtures);

describe.skipIf(!POSTGRES_TEST_URL)("PostgreSQL", () => {
  storeContract({ name: "postgres", create: () => postgresTestDatabase() }, () => fixtures);
});
