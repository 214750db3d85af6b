import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { insertRows, QueryShapes, withDirectStatements } from "../../src/store/query-shapes.js";

interface Schema {
  t: { id: string; n: number | null; note: string | null };
}

function open() {
  const sqlite = new Database(":memory:");
  sqlite.exec("create table t (id text primary key, n integer, note text default 'none')");
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
}

describe("QueryShapes", () => {
  it("inside withDirectStatements runs a kept shape on the connection's statement, not through Kysely, with the same rows", async () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("create table t (id text primary key, n integer, note text default 'none')");
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
    const shapes = new QueryShapes();
    const prepared: string[] = [];
    const statements = { prepare: (text: string) => (prepared.push(text), sqlite.prepare(text)) };
    const select = (min: number) => shapes.execute<{ id: string }>(db, "ids from", [min], ([v]) => db.selectFrom("t").select("id").where("n", ">=", v as number).orderBy("id"));
    const rows = [{ id: "a", n: 1, note: null }, { id: "b", n: 2, note: null }];
    const viaKysely = await withDirectStatements(db, undefined, async () => {
      await insertRows(shapes, db, "t", rows);
      return (await select(2)).rows;
    });
    expect(prepared).toEqual([]);
    await db.deleteFrom("t").execute();
    const direct = await withDirectStatements(db, statements, async () => {
      await insertRows(shapes, db, "t", rows);
      return (await select(2)).rows;
    });
    expect(prepared).toHaveLength(2);
    expect(direct).toEqual(viaKysely);
    expect(direct).toEqual([{ id: "b" }]);
    // Once the transaction is over, Kysely runs the shapes again.
    expect((await select(1)).rows).toEqual([{ id: "a" }, { id: "b" }]);
    expect(prepared).toHaveLength(2);
    await db.destroy();
  });

  it("builds a shape once and runs it again with new values, constants of the query kept", async () => {
    const db = open();
    const shapes = new QueryShapes();
    for (const [id, n] of [["a", 1], ["b", 2], ["c", 3]] as const) await insertRows(shapes, db, "t", [{ id, n, note: null }]);
    let built = 0;
    const select = (min: number) =>
      shapes.execute<{ id: string }>(db, "ids above", [min], ([v]) => {
        built++;
        // The constant 10 is the builder's own: kept as compiled.
        return db.selectFrom("t").select("id").where("n", ">=", v as number).where("n", "<", 10).orderBy("id");
      });
    expect((await select(2)).rows).toEqual([{ id: "b" }, { id: "c" }]);
    expect((await select(3)).rows).toEqual([{ id: "c" }]);
    expect(built).toBe(1);
    expect(shapes.misses).toBe(2);
    expect(shapes.hits).toBe(3);
    await db.destroy();
  });

  it("writes multi-row inserts with returning and on-conflict tails, and raw statements", async () => {
    const db = open();
    const shapes = new QueryShapes();
    const rows = [
      { id: "x", n: 1, note: "one" },
      { id: "y", n: null, note: "two" },
    ];
    expect((await insertRows<{ id: string }>(shapes, db, "t", rows, { returning: ["id"] })).rows).toEqual([{ id: "x" }, { id: "y" }]);
    await insertRows(shapes, db, "t", [{ id: "x", n: 5, note: "again" }], { onConflictDoNothing: ["id"] });
    await shapes.execute(db, "raw update", ["changed", "y"], ([note, id]) => sql`update t set note = ${note} where id = ${id}`.compile(db));
    expect(await db.selectFrom("t").selectAll().orderBy("id").execute()).toEqual([
      { id: "x", n: 1, note: "one" },
      { id: "y", n: null, note: "changed" },
    ]);
    await db.destroy();
  });

  it("builds a query with an undefined value as Kysely would (the column takes its default), never from a shape", async () => {
    const db = open();
    const shapes = new QueryShapes();
    await insertRows(shapes, db, "t", [{ id: "a", n: 1, note: "set" }]);
    await insertRows(shapes, db, "t", [{ id: "b", n: 2, note: undefined }]);
    expect(await db.selectFrom("t").select(["id", "note"]).orderBy("id").execute()).toEqual([
      { id: "a", note: "set" },
      { id: "b", note: "none" },
    ]);
    await db.destroy();
  });

  it("refuses a row whose columns differ from the first row's, and a value the query does not bind", async () => {
    const db = open();
    const shapes = new QueryShapes();
    await expect(insertRows(shapes, db, "t", [{ id: "a", n: 1, note: null }, { n: 2, id: "b", note: null }])).rejects.toThrow(/columns other than the first row's/);
    await expect(shapes.execute(db, "lost", [1], () => db.selectFrom("t").select("id"))).rejects.toThrow(/value 0 is not a parameter/);
    await db.destroy();
  });
});
