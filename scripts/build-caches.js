// The last step of `npm run build` (after tsc): prebuilds the gazetteer index into dist/cache from
// whatever the gazetteer builder produces, the entity model's decoded tables, wink's parsed core model and
// the stages' compiled lexicons (src/lexicons/compiled-lexicon-cache.ts), then stamps the build. Plain JavaScript: it runs the
// compiled code, without tsx. A cache that cannot be made is reported, not fatal: sitrep then
// builds the index at run time (about a second more per start).
import { writeFileSync } from "node:fs";
import { buildGazetteerCache } from "../dist/stages/places/gazetteer-cache.js";
import { buildNerModelCache } from "../dist/models/ner/model-io.js";
import { buildWinkCoreCache } from "../dist/models/wink-model.js";
import { buildCompiledLexiconCaches } from "../dist/lexicons/compiled-lexicon-cache.js";
// Imported for its stages' lexicon loaders, which register the lexicons the build caches.
import "../dist/pipelines/resources.js";

const root = new URL("../", import.meta.url);
const result = buildGazetteerCache(root);
if ("error" in result) process.stderr.write(`build: no gazetteer cache (${result.error}); sitrep will build the index at run time\n`);
else process.stderr.write(`build: gazetteer index cached in ${result.path} (${(result.bytes / 1e6).toFixed(1)} MB)\n`);
const ner = buildNerModelCache(root);
if ("error" in ner) process.stderr.write(`build: no entity model cache (${ner.error}); sitrep will decode the model at run time\n`);
else process.stderr.write(`build: entity model tables cached in ${ner.path} (${(ner.bytes / 1e6).toFixed(1)} MB)\n`);
const wink = buildWinkCoreCache();
if ("error" in wink) process.stderr.write(`build: no wink model cache (${wink.error}); sitrep will parse the model file at run time\n`);
else process.stderr.write(`build: wink's core model cached in ${wink.path} (${(wink.bytes / 1e6).toFixed(1)} MB)\n`);
for (const lexicon of buildCompiledLexiconCaches()) {
  if (lexicon.error) process.stderr.write(`build: no cache of the ${lexicon.name} lexicons (${lexicon.error}); sitrep will compile them at run time\n`);
  else process.stderr.write(`build: ${lexicon.name} lexicons cached compiled (${(lexicon.bytes / 1e6).toFixed(2)} MB)\n`);
}
writeFileSync(new URL("dist/.build-stamp", root), `${new Date().toISOString()}\n`);
