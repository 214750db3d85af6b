/**
 * Kysely's run-time values for the store, from its CommonJS build. Its ES build is ~260 modules, and
 * from the TypeScript sources (tsx, as the benchmarks, the tests and `npx tsx src/cli/main.ts` run)
 * every ES module is resolved and loaded through the loader hook's thread one at a time: importing
 * kysely took ~0.5 s of the process's CPU at the start of every from-source ingest, its CommonJS build
 * ~0.2 s (plain node: ~0.12 s and ~0.07 s). The CLI bundle inlines it either way (`require` is there,
 * and esbuild bundles what it names: scripts/bundle-cli.js). Types still come from "kysely"; the two
 * builds' objects work together (Kysely tells its builders apart by their properties, not their class),
 * so a caller's own Kysely instance can still be handed to the store.
 */
import { createRequire } from "node:module";
import type * as KyselyModule from "kysely";

declare const require: NodeJS.Require | undefined;

const kysely = (typeof require === "function" ? require("kysely") : createRequire(import.meta.url)("kysely")) as typeof KyselyModule;

export const { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } = kysely;
export type Migrator = KyselyModule.Migrator;
