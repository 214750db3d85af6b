/**
 * Prints the first events sitrep reads in a seeded sample of CASE 2021 snippets (ACLED-style event notes,
 * ../shared/eval/case2021/dev.tsv), for a person to judge the first actor as an ACLED coder writes it: per
 * snippet its id, gold label and text, then up to three events with type and mode, ACLED sub-type, the text's
 * actor and target (with ACLED names), `acled.actor1` / `acled.actor2` (C1 / C2, conventions included),
 * place, toll, modality and trigger. The hand-judged figures of the closing notes (samples 2, 4 and 5) come
 * from this listing. Not a test and not an eval scorer: CASE has no actor gold.
 *
 *   npx tsx scripts/case-first-events.ts [--seed 4] [--n 30] [--root TREE]
 *
 * `--root` runs another checkout's pipeline (a tree with the same src/index.ts) on the same sample.
 */
import { caseRows as rows, extractDocument, flag } from "./case-script-setup.js";

const seed = Number(flag("seed", "4"));
const n = Number(flag("n", "30"));

// A small linear congruential generator: the same sample for a seed on every machine and tree.
let state = seed * 7919 + 13;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const picked = rows.map((_, i) => [random(), i] as const).sort((a, b) => a[0] - b[0]).slice(0, n).map(([, i]) => i);

for (const i of picked) {
  const [id, text, label] = rows[i]!;
  const doc = await extractDocument({ text: text! }, { published: "2019-06-01" });
  console.log(`#${id} [${label}] ${text!.slice(0, 600)}`);
  const name = (ref: string | null) => {
    const a = doc.actors.find((x) => x.id === ref);
    return a ? `${a.name}${a.acledName ? ` {${a.acledName}}` : ""}` : "-";
  };
  for (const e of doc.events.slice(0, 3)) {
    const p = doc.places.find((x) => x.id === e.place);
    const f = e.fatalities;
    const coded = e.acled ? ` | C1=${e.acled.actor1 ?? "-"} | C2=${e.acled.actor2 ?? "-"}${e.acled.assocActor1 ? ` | AS=${e.acled.assocActor1}` : ""}` : "";
    console.log(`   ${e.type}/${e.mode ?? ""} ${e.acled?.subEventType ?? ""} | A1=${name(e.actor)} | A2=${name(e.target)}${coded} | P=${p ? `${p.name},${p.country ?? ""}` : "-"} | F=${f ? `${f.min}-${f.max ?? ""}` : "-"} | ${e.modality} | "${e.trigger?.text ?? ""}"`);
  }
}
