/**
 * The actor filter's index (migration 0005-event-list-indexes): `actor_names` holds each distinct
 * lower-cased actor or target name and ACLED name events carry, `event_actors` which event carries
 * which. A substring filter scans the distinct names (far fewer than events) and reaches the events
 * through the (name, event) index, instead of matching every event's actor text.
 */
import type { Kysely } from "kysely";
import { sql } from "./kysely-runtime.js";
import type { CorpusEvent, ReportActor } from "../corpus/records.js";
import type { StoreSchema } from "./schema.js";
import { insertRows, type QueryShapes } from "./query-shapes.js";

type Db = Kysely<StoreSchema>;

/** Rows per statement: well under both stores' bound-parameter limits. */
const CHUNK = 500;

/** The names the actor filter searches: actor and target names and ACLED names, every source's, lower case. */
export function actorNames(event: CorpusEvent): string[] {
  const names = new Set<string>();
  const add = (a: ReportActor | null) => {
    if (!a) return;
    names.add(a.name.toLowerCase());
    if (a.acledName) names.add(a.acledName.toLowerCase());
  };
  for (const field of [event.actor, event.target]) {
    add(field.value);
    for (const v of field.values) add(v.value);
  }
  return [...names];
}

/**
 * Writes the events' rows of event_actors, in a few statements for any number of events: the rows of
 * the events in `clear` (those that had rows) are deleted first. A deleted event's rows go with it
 * (on delete cascade).
 */
export async function writeEventActors(shapes: QueryShapes, db: Db, events: ReadonlyArray<{ readonly id: string; readonly names: readonly string[] }>, clear: readonly string[]): Promise<void> {
  for (let i = 0; i < clear.length; i += CHUNK) await db.deleteFrom("event_actors").where("event_id", "in", clear.slice(i, i + CHUNK)).execute();
  const pairs = events.flatMap((e) => e.names.map((name) => [e.id, name] as const));
  const names = [...new Set(pairs.map(([, name]) => name))];
  for (let i = 0; i < names.length; i += CHUNK) {
    await insertRows(
      shapes,
      db,
      "actor_names",
      names.slice(i, i + CHUNK).map((name) => ({ name })),
      { onConflictDoNothing: ["name"] },
    );
  }
  // (event, name) pairs joined to the names' ids; a VALUES list's columns are column1, column2 in both dialects.
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    await shapes.execute(db, `event actors x${chunk.length}`, chunk.flat(), (v) => {
      const values = sql.join(chunk.map((_, k) => sql`(${v[2 * k]}, ${v[2 * k + 1]})`));
      return sql`insert into event_actors (event_id, name_id)
      select v.column1, n.id from (values ${values}) as v join actor_names n on n.name = v.column2`.compile(db);
    });
  }
}
