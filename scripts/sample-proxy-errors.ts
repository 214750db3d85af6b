/**
 * Draws a reproducible random sample of the errors sitrep's own proxy sets print, with sample-errors.ts's seeded splice
 * draw, for error analysis that is not cherry-picked:
 *   npx tsx scripts/own-wire-stories.ts . --set 3 > w3.txt   (and sets 1, 2; or own-incident-notes.ts --set a ... e)
 *   node --import tsx scripts/sample-proxy-errors.ts wire|notes N SEED FILE...
 * Wire files: every wrong field line ("- ... WRONG"), missed event ("x ... missed") and invented event ("? spurious").
 * Notes files: every failing field (actor, place, toll, date) of every note.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createSeededRandom } from "../src/models/ner/seeded-random.js";

const [kind, nArg, seedArg, ...files] = process.argv.slice(2);
if ((kind !== "wire" && kind !== "notes") || files.length === 0) {
  process.stderr.write("usage: sample-proxy-errors.ts wire|notes N SEED FILE...\n");
  process.exit(2);
}
const WIRE_ERROR = /^\s+(?:- .*WRONG|x .* missed|\? spurious)/;
const NOTE_LINE = /^([+-])A ([+-])P ([+-])T ([+-])D {2}(.*)$/;
const NOTE_FIELDS = ["actor", "place", "toll", "date"] as const;

const items: string[] = [];
for (const file of files) {
  const lines = readFileSync(file, "utf8").split("\n");
  const tag = basename(file);
  let story = "";
  let note = 0;
  lines.forEach((line, i) => {
    if (kind === "wire") {
      const head = /^== (\S+)/.exec(line);
      if (head) story = head[1]!;
      else if (WIRE_ERROR.test(line)) items.push(`${tag} ${story} ${line.trim()}`);
      return;
    }
    const m = NOTE_LINE.exec(line);
    if (!m) return;
    note++;
    NOTE_FIELDS.forEach((field, j) => { if (m[j + 1] === "-") items.push(`${tag} #${note} ${field} | ${m[5]} | ${(lines[i + 1] ?? "").trim()}`); });
  });
}
const random = createSeededRandom(Number(seedArg ?? 6));
const pool = [...items];
const picked: string[] = [];
while (picked.length < Number(nArg ?? 20) && pool.length > 0) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
process.stdout.write(`${items.length} error lines\n`);
picked.forEach((x, i) => process.stdout.write(`${i + 1}. ${x}\n`));
