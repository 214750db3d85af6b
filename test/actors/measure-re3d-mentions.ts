/**
 * Development measurement (not a test): how well actor mentions cover re3d's Person, Organisation
 * and Nationality annotations, with the entity model and without it (dictionary and rules alone).
 *   npx tsx test/actors/measure-re3d-mentions.ts [--no-entities] [--errors N]
 * Reads ../shared/eval/re3d (SITREP_EVAL_DATA overrides); nothing from it is stored in the repo.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assemblePipeline, createDocument, defineStage, layer, type Stage } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { actorsStage } from "../../src/stages/actors/actors-stage.js";
import { loadActorsResources } from "../../src/stages/actors/resources.js";
import { entitiesStage } from "../../src/stages/entities/entities-stage.js";
import { loadEntitiesResources } from "../../src/stages/entities/resources.js";
import { segmentStage } from "../../src/stages/segment/segment-stage.js";

const root = join(process.env.SITREP_EVAL_DATA ?? "../shared/eval", "re3d");
if (!existsSync(root)) throw new Error(`re3d not found at ${root}`);
const noEntities = process.argv.includes("--no-entities");
const errorsArg = process.argv.indexOf("--errors");
const showErrors = errorsArg > 0 ? Number(process.argv[errorsArg + 1]) : 0;

const emptyEntities = defineStage({ name: "entities", requires: [], provides: ["entity"], run: () => ({ entity: [] }) });
const stages: Stage[] = [segmentStage, noEntities ? emptyEntities : entitiesStage, actorsStage];
const pipeline = assemblePipeline(stages, { resources: { segmenter: loadWinkSegmenter(), ...(noEntities ? {} : loadEntitiesResources()), ...loadActorsResources() } });

interface Gold { begin: number; end: number; type: string; value: string }
const ACTOR_TYPES = new Set(["Person", "Organisation", "Nationality"]);
let goldN = 0, goldHit = 0, predN = 0, predHit = 0, typedHit = 0, namedN = 0, namedHit = 0;
/** Gold mentions with a capital letter past a leading determiner: names, not pronouns or descriptions. */
const isNamed = (v: string) => /\p{Lu}/u.test(v.replace(/^(The|A|An|This|These|Those|Our|Their|His|Her|Its)\s+/, "")) && !/^(He|She|It|They|We|I|You)$/.test(v);
const misses: string[] = [];
const spurious: string[] = [];
let ms = 0;
for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const read = (f: string) => readFileSync(join(root, dir.name, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const golds = new Map<string, Gold[]>();
  for (const e of read("entities.json")) golds.set(e.documentId, [...(golds.get(e.documentId) ?? []), e]);
  for (const d of read("documents.json")) {
    const t = performance.now();
    const doc = pipeline.run(createDocument(d.text));
    ms += performance.now() - t;
    const gold = (golds.get(d._id) ?? []).filter((g) => ACTOR_TYPES.has(g.type));
    const locations = (golds.get(d._id) ?? []).filter((g) => g.type === "Location");
    const mentions = layer(doc, "actor").flatMap((a) => a.data.mentions.map((m) => ({ ...m, kind: a.data.kind, name: a.data.name })));
    const overlaps = (a: { start: number; end: number }, g: Gold) => a.start < g.end && g.begin < a.end;
    for (const g of gold) {
      goldN++;
      const hit = mentions.find((m) => overlaps(m, g));
      if (isNamed(g.value)) {
        namedN++;
        if (hit) namedHit++;
      }
      if (hit) {
        goldHit++;
        const personal = hit.kind === "person";
        if ((g.type === "Person") === personal) typedHit++;
      } else if (isNamed(g.value)) misses.push(`${g.type}: ${g.value}  [${d.text.slice(Math.max(0, g.begin - 40), g.end + 20).replace(/\s+/g, " ")}]`);
    }
    for (const m of mentions) {
      predN++;
      const ok = gold.some((g) => overlaps(m, g)) || (m.kind === "country" && locations.some((g) => overlaps(m, g)));
      if (ok) predHit++;
      else spurious.push(`${m.kind} ${m.name}: "${d.text.slice(m.start, m.end)}"  [${d.text.slice(Math.max(0, m.start - 40), m.end + 20).replace(/\s+/g, " ")}]`);
    }
  }
}
const p = predHit / predN, r = goldHit / goldN;
console.log(`re3d actor mentions (${noEntities ? "no entity model" : "with entity model"}): gold Person/Organisation/Nationality ${goldN}, predicted mentions ${predN}`);
console.log(`overlap recall ${(100 * r).toFixed(1)}  precision ${(100 * p).toFixed(1)}  F1 ${((200 * p * r) / (p + r)).toFixed(1)}  person/non-person agreement on hits ${((100 * typedHit) / goldHit).toFixed(1)}%  pipeline ${ms.toFixed(0)} ms`);
console.log(`recall on named gold mentions (${namedN}): ${((100 * namedHit) / namedN).toFixed(1)}`);
if (showErrors > 0) {
  const sample = (xs: string[]) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / showErrors)) === 0).slice(0, showErrors);
  console.log("\n-- missed gold --\n" + sample(misses).join("\n"));
  console.log("\n-- spurious --\n" + sample(spurious).join("\n"));
}
