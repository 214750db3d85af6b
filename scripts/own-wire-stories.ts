/**
 * A proxy for issue 6's held-out "unseen wire stories" (which we do not have): 20 stories the sitrep authors wrote in
 * AP/Reuters/AFP style (scripts/wire-stories/*.txt) with hand-made gold (scripts/wire-stories/gold.json, committed
 * before the first run). Each story goes through extractDocument with its publication date; its events are matched
 * to the gold events (scripts/wire-stories/score.ts) and the script prints, per story and in total: gold events found,
 * found with every field right (type, first actor, target, place within 50 km, date, deaths as ACLED codes them),
 * per-field accuracy over the gold events, and spurious predictions (unmatched, not over an optional telling, not
 * marked background, negated or hypothetical) with their ratio to the real events. Not a test and not an eval corpus.
 *
 * Set 2 (scripts/wire-stories/set-2/, `--set 2`) is a second 20 stories with its own gold, written later as a clean
 * check of the rules read from set 1; set 3 (scripts/wire-stories/set-3/, `--set 3`) a third, written as a clean check of
 * the rules read from sets 1 and 2, in other regions and with five stories that must yield no violence. Each set's
 * first run is in the header of its gold.json.
 *
 *   npx tsx scripts/own-wire-stories.ts [tree root, default this checkout] [--set 1|2|3] [--only 05] [--quiet]
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { FIELDS, scoreStory, type Field, type WireGoldStory } from "./wire-stories/score.js";

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const only = flag("--only");
const set = flag("--set") ?? "1";
if (!["1", "2", "3"].includes(set)) throw new Error(`--set: 1, 2 or 3, not ${set}`);
const quiet = args.includes("--quiet") ? (args.splice(args.indexOf("--quiet"), 1), true) : false;
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(args[0] ?? resolve(here, ".."));
const { extractDocument } = (await import(`${root}/src/index.js`)) as typeof import("../src/index.js");

const folder = resolve(here, "wire-stories", set === "1" ? "." : `set-${set}`);
const gold = JSON.parse(readFileSync(resolve(folder, "gold.json"), "utf8")) as { stories: Record<string, WireGoldStory> };
const files = readdirSync(folder).filter((f) => f.endsWith(".txt") && (!only || f.startsWith(only))).sort();

let nGold = 0, nFound = 0, nAll = 0, nSpurious = 0, nNotEvent = 0, nAbsorbed = 0;
const fieldRight: Record<Field, number> = { type: 0, actor: 0, target: 0, place: 0, date: 0, deaths: 0 };
const rows: string[] = [];
for (const file of files) {
  const story = gold.stories[file];
  if (!story) throw new Error(`no gold for ${file}`);
  const text = readFileSync(resolve(folder, file), "utf8");
  const doc = (await extractDocument({ text } as never, { published: story.published })) as never as Parameters<typeof scoreStory>[0];
  for (const x of [...story.events, ...story.optional, ...story.not_events]) if (!doc.text.includes(x.evidence)) console.log(`  ! evidence not in the cleaned text: ${x.evidence}`);
  const s = scoreStory(doc, story);
  const all = s.pairs.filter((p) => FIELDS.every((f) => p.fields[f].ok)).length;
  nGold += story.events.length; nFound += s.pairs.length; nAll += all; nSpurious += s.spurious.length; nNotEvent += s.notEventHits.length; nAbsorbed += s.absorbed;
  for (const p of s.pairs) for (const f of FIELDS) fieldRight[f] += +p.fields[f].ok;
  rows.push(`${file.padEnd(28)} found ${s.pairs.length}/${story.events.length}  all-right ${all}  spurious ${s.spurious.length}`);
  if (quiet) continue;
  console.log(`== ${file} (${story.published}): found ${s.pairs.length}/${story.events.length}, every field right ${all}, spurious ${s.spurious.length}`);
  for (const p of s.pairs) {
    const bad = FIELDS.filter((f) => !p.fields[f].ok);
    console.log(`  ${bad.length ? "-" : "+"} ${p.gold.id}: ${p.pred.type} "${p.pred.trigger?.text ?? ""}"${bad.length ? "  WRONG " + bad.map((f) => `${f}=${p.fields[f].got}`).join("; ") : ""}`);
  }
  for (const g of s.missed) console.log(`  x ${g.id} missed (${g.types.join("|")}): ${g.evidence}`);
  for (const e of s.spurious) console.log(`  ? spurious ${e.type} "${e.trigger?.text ?? ""}" ${e.fatalities?.min ?? ""} | ${(e.evidence.text ?? "").slice(0, 110)}`);
  for (const h of s.notEventHits) console.log(`    (inside not-event: ${h.evidence.slice(0, 70)})`);
}
console.log(rows.join("\n"));
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "-");
console.log(`\nwire stories${set === "1" ? "" : " set " + set} ${files.length}: gold events ${nGold}; found ${nFound} (${pct(nFound, nGold)}%); every field right ${nAll} (${pct(nAll, nGold)}%)`);
console.log(`per field, of ${nGold} gold events: ${FIELDS.map((f) => `${f} ${fieldRight[f]} (${pct(fieldRight[f], nGold)}%)`).join("  ")}`);
console.log(`spurious ${nSpurious} (${nNotEvent} inside a not-event phrase); per real event ${(nSpurious / nGold).toFixed(2)} (target <= 0.33); optional tellings absorbed ${nAbsorbed}`);
