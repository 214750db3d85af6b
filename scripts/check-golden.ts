// Validates every test/golden/<slug>/gold.json against its article.txt.
// Gold strings are located by exact search, so a single edited character in an
// article or a typo in a gold string silently breaks every offset-based test;
// this script makes that failure loud. Usage: npx tsx scripts/check-golden.ts [dir]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const PLOVER_TYPES = new Set([
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]);
const ENTITY_TYPES = new Set(["PERSON", "ORG", "GPE", "LOC", "NORP"]);
const QUOTE_KINDS = new Set(["direct", "indirect"]);
const REQUIRED_KEYS = ["about", "document", "published", "language", "boilerplate", "entities", "places", "dates", "quotes", "events", "not_events"];
// day, month or year precision, or an ISO week ("2016-W52") for "this weekend"-style expressions
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/;

type Json = Record<string, unknown>;

export function listGoldDirs(root: string): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, "gold.json")));
}

function checkSubstring(problems: string[], article: string, where: string, value: unknown): void {
  if (typeof value !== "string" || value.length === 0) {
    problems.push(`${where}: expected a non-empty string, got ${JSON.stringify(value)}`);
  } else if (!article.includes(value)) {
    problems.push(`${where}: not an exact substring of article.txt: ${JSON.stringify(value)}`);
  }
}

function checkDateValue(problems: string[], where: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value !== "string" || !ISO_DATE.test(value)) problems.push(`${where}: not an ISO date: ${JSON.stringify(value)}`);
}

function asList(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

function checkCasualties(problems: string[], article: string, where: string, value: unknown): void {
  if (value === undefined) return;
  const c = value as Json;
  const bounds = ["exact", "min", "max"].filter((k) => c[k] !== undefined);
  if (bounds.length === 0 && c.unknown !== true) problems.push(`${where}: needs exact, min or max (or unknown: true)`);
  for (const k of bounds) {
    if (c[k] !== null && typeof c[k] !== "number") problems.push(`${where}.${k}: not a number`);
  }
  if (c.text !== undefined) checkSubstring(problems, article, `${where}.text`, c.text);
}

export function checkGold(dir: string): string[] {
  const problems: string[] = [];
  const articlePath = join(dir, "article.txt");
  if (!existsSync(articlePath)) return [`missing article.txt`];
  const article = readFileSync(articlePath, "utf8");
  let gold: Json;
  try {
    gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Json;
  } catch (error) {
    return [`gold.json is not valid JSON: ${(error as Error).message}`];
  }
  for (const key of REQUIRED_KEYS) if (!(key in gold)) problems.push(`missing key "${key}"`);
  if (!existsSync(join(dir, "SOURCE.md")) && !dir.endsWith("founding")) problems.push("missing SOURCE.md");
  if (typeof gold.published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(gold.published)) problems.push("published: not YYYY-MM-DD");

  asList(gold.boilerplate).forEach((line, i) => checkSubstring(problems, article, `boilerplate[${i}]`, line));
  asList(gold.entities).forEach((entity, i) => {
    if (!ENTITY_TYPES.has(String(entity.type))) problems.push(`entities[${i}] ${String(entity.name)}: bad type ${String(entity.type)}`);
    asList(entity.mentions).forEach((m, j) => checkSubstring(problems, article, `entities[${i}].mentions[${j}]`, m));
  });
  asList(gold.places).forEach((place, i) => {
    checkSubstring(problems, article, `places[${i}].text`, place.text);
    if (typeof place.lat !== "number" || Math.abs(place.lat) > 90) problems.push(`places[${i}]: bad lat`);
    if (typeof place.lon !== "number" || Math.abs(place.lon) > 180) problems.push(`places[${i}]: bad lon`);
    // null is allowed for places outside any one country (continents, seas)
    if (place.country !== null && (typeof place.country !== "string" || !/^[A-Z]{2}$/.test(place.country))) problems.push(`places[${i}]: country is not ISO2 or null`);
  });
  asList(gold.dates).forEach((date, i) => {
    checkSubstring(problems, article, `dates[${i}].text`, date.text);
    checkDateValue(problems, `dates[${i}].value`, date.value);
  });
  asList(gold.quotes).forEach((quote, i) => {
    if (!QUOTE_KINDS.has(String(quote.kind))) problems.push(`quotes[${i}]: bad kind ${String(quote.kind)}`);
    if (typeof quote.speaker !== "string") problems.push(`quotes[${i}]: missing speaker`);
    checkSubstring(problems, article, `quotes[${i}].text`, quote.text);
  });
  const ids = new Set<string>();
  asList(gold.events).forEach((event, i) => {
    const where = `events[${i}] ${String(event.id)}`;
    if (typeof event.id !== "string" || ids.has(event.id)) problems.push(`${where}: missing or duplicate id`);
    ids.add(String(event.id));
    if (!PLOVER_TYPES.has(String(event.type))) problems.push(`${where}: bad type ${String(event.type)}`);
    for (const t of asList(event.accept)) if (!PLOVER_TYPES.has(String(t))) problems.push(`${where}: bad accepted type ${String(t)}`);
    if (Array.isArray(event.accept) && !event.accept.includes(event.type)) problems.push(`${where}: accept does not include type`);
    checkSubstring(problems, article, `${where}.evidence`, event.evidence);
    const when = event.when as Json | undefined;
    if (when) {
      checkDateValue(problems, `${where}.when.value`, when.value);
      for (const v of asList(when.accept)) checkDateValue(problems, `${where}.when.accept`, v);
    }
    checkCasualties(problems, article, `${where}.fatalities`, event.fatalities);
    checkCasualties(problems, article, `${where}.injuries`, event.injuries);
  });
  asList(gold.not_places).forEach((n, i) => checkSubstring(problems, article, `not_places[${i}].text`, n.text));
  asList(gold.not_events).forEach((n, i) => {
    checkSubstring(problems, article, `not_events[${i}].evidence`, n.evidence);
    if (typeof n.why !== "string") problems.push(`not_events[${i}]: missing why`);
    for (const t of asList(n.forbidden_types)) if (!PLOVER_TYPES.has(String(t))) problems.push(`not_events[${i}]: bad forbidden type ${String(t)}`);
  });
  return problems;
}

function main(root: string): void {
  let failed = 0;
  for (const dir of listGoldDirs(root)) {
    const problems = checkGold(dir);
    if (problems.length > 0) failed += 1;
    console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${dir}`);
    for (const p of problems) console.log(`     ${p}`);
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

// Run as a script (`npx tsx scripts/check-golden.ts [dir]`); importing it (the tests do) runs nothing.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) main(process.argv[2] ?? "test/golden");
