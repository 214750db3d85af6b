/**
 * ACLED rows of the CASE 2021 snippets a coder labelled as a demonstration (peaceful protest, protest with
 * intervention, excessive force, violent demonstration, mob violence): each snippet is one ACLED event, so an
 * analyst's `--acled-only` export should hold one row for it. Counts, per snippet, the events told as happening
 * that carry an ACLED coding and are no part of another's row (`acled.partOf`, fold-policing-into-protests.ts),
 * and prints the totals; `--folds` lists every fold decision on the whole dev set (the part, the row it joined,
 * the snippet) for a person to judge, leaving out the ids given to `--skip` (those already read). The figures
 * of the closing note come from this listing. Not a test and not an eval scorer: CASE has no row gold.
 *
 *   npx tsx scripts/acled-rows.ts [--root TREE] [--folds] [--skip 187,269,...]
 */
import { args, caseRows as rows, extractDocument, flag } from "./case-script-setup.js";

const listFolds = args.includes("--folds");
const skip = new Set(flag("skip", "").split(",").filter(Boolean));

const DEMONSTRATION_LABELS = new Set(["PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL"]);

let snippets = 0, acledRows = 0, severalRows = 0, folds = 0;
for (const [id, text, label] of rows) {
  const demonstration = DEMONSTRATION_LABELS.has(label!);
  if (!demonstration && !listFolds) continue;
  const doc = await extractDocument({ text: text! }, { published: "2019-06-01" });
  const told = doc.events.filter((e) => e.acled && !e.background && (e.modality === "asserted" || e.modality === "claimed"));
  if (demonstration) {
    const own = told.filter((e) => !e.acled!.partOf).length;
    snippets++;
    acledRows += own;
    if (own > 1) severalRows++;
  }
  if (!listFolds || skip.has(id!)) continue;
  for (const e of doc.events) {
    if (!e.acled?.partOf) continue;
    const row = doc.events.find((x) => x.id === e.acled!.partOf)!;
    folds++;
    console.log(`${folds}. #${id} [${label}] ${e.type}/${e.mode ?? "-"} "${e.trigger?.text}" -> ${row.type} "${row.trigger?.text}": ${row.acled!.subEventType}, ${row.acled!.actor1 ?? "-"} / ${row.acled!.actor2 ?? "-"}\n   ${text!.slice(0, 400)}`);
  }
}
console.log(`demonstration snippets ${snippets}: ACLED rows ${acledRows}, snippets with more than one row ${severalRows}${listFolds ? `; fold decisions listed ${folds}` : ""}`);
