import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { StatementCache } from "../../src/store/statement-cache.js";

describe("StatementCache", () => {
  const open = (capacity?: number) => {
    const sqlite = new Database(":memory:");
    sqlite.exec("create table t (n integer)");
    return new StatementCache(sqlite, capacity);
  };

  it("prepares a statement once and reuses it with new parameters", () => {
    const db = open();
    const insert = "insert into t (n) values (?)";
    for (const n of [1, 2, 3]) db.prepare(insert).run([n]);
    expect(db.prepare("select n from t order by n").all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(db.prepare(insert)).toBe(db.prepare(insert));
    expect(db.misses).toBe(2);
    db.close();
  });

  it("gives a statement still being iterated a fresh one, and keeps only the newest statements", () => {
    const db = open(2);
    for (const n of [1, 2]) db.prepare("insert into t (n) values (?)").run([n]);
    const select = "select n from t order by n";
    const outer = db.prepare(select).iterate([]);
    outer.next();
    // The cached statement is busy: the nested query runs on its own statement.
    expect(db.prepare(select).all([])).toEqual([{ n: 1 }, { n: 2 }]);
    expect([...outer]).toEqual([{ n: 2 }]);
    db.prepare("select 1");
    db.prepare("select 2");
    const misses = db.misses;
    db.prepare(select);
    expect(db.misses).toBe(misses + 1);
    db.close();
  });
});
