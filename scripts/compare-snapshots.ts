/**
 * Compares two snapshots written by scripts/snapshot-documents.ts (the same texts, two trees) and prints, for each
 * document whose JSON differs, the events that only one side has, one line each (type/mode, actor, target, place, date,
 * dead, the evidence's start): the documents to read before a change is kept. Not a test.
 *
 *   node --import tsx scripts/compare-snapshots.ts BEFORE.jsonl AFTER.jsonl
 */
import { readFileSync } from "node:fs";

interface Named { readonly id: string; readonly name?: string; readonly value?: string }
interface SnapshotEvent {
  readonly type: string; readonly mode?: string | null; readonly actor?: string | null; readonly target?: string | null;
  readonly place?: string | null; readonly date?: string | null; readonly background?: boolean;
  readonly fatalities?: { readonly min: number | null; readonly max: number | null } | null;
  readonly evidence?: { readonly text: string };
}
interface SnapshotDocument { readonly events?: readonly SnapshotEvent[]; readonly actors?: readonly Named[]; readonly places?: readonly Named[]; readonly dates?: readonly Named[] }

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  process.stderr.write("usage: compare-snapshots.ts BEFORE.jsonl AFTER.jsonl\n");
  process.exit(2);
}
const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
const before = lines(beforeFile);
const after = lines(afterFile);
if (before.length !== after.length) process.stderr.write(`the snapshots hold ${before.length} and ${after.length} documents: compared up to the shorter\n`);

/** One line per event, with the names its ids stand for. */
function describeEvents(doc: SnapshotDocument): string[] {
  const name = (list: readonly Named[] | undefined, id: string | null | undefined) => (id ? list?.find((x) => x.id === id) : undefined);
  return (doc.events ?? []).map((e) => {
    const dead = e.fatalities ? `${e.fatalities.min ?? "?"}-${e.fatalities.max ?? ""}` : "-";
    const parts = [
      `${e.type}/${e.mode ?? ""}${e.background ? " (background)" : ""}`,
      `actor=${name(doc.actors, e.actor)?.name ?? "-"}`,
      `target=${name(doc.actors, e.target)?.name ?? "-"}`,
      `place=${name(doc.places, e.place)?.name ?? "-"}`,
      `date=${name(doc.dates, e.date)?.value ?? "-"}`,
      `dead=${dead}`,
    ];
    return `${parts.join(" ")} :: ${(e.evidence?.text ?? "").slice(0, 100)}`;
  });
}

let differing = 0;
for (let i = 0; i < Math.min(before.length, after.length); i++) {
  if (before[i] === after[i]) continue;
  differing++;
  const a = describeEvents(JSON.parse(before[i]!) as SnapshotDocument);
  const b = describeEvents(JSON.parse(after[i]!) as SnapshotDocument);
  const onlyA = a.filter((x) => !b.includes(x));
  const onlyB = b.filter((x) => !a.includes(x));
  process.stdout.write(`### document ${i}${onlyA.length + onlyB.length === 0 ? " (events alike; other fields differ)" : ""}\n`);
  for (const x of onlyA) process.stdout.write(`  - ${x}\n`);
  for (const x of onlyB) process.stdout.write(`  + ${x}\n`);
}
process.stdout.write(`${differing} of ${Math.min(before.length, after.length)} documents differ\n`);
