import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Document, EntityType } from "../../src/core/index.js";
import { actorNamed, actors, byDictionaryId, mentionTexts, runActors, type EntitySpec } from "./build-document.js";

/**
 * The founding article against its hand-made gold entities, run twice: with a spaCy-style entity
 * layer built from the gold mentions, and with no entity layer at all (dictionary and rules alone).
 */
const dir = new URL("../golden/founding/", import.meta.url);
const text = readFileSync(new URL("article.txt", dir), "utf8");
const gold = JSON.parse(readFileSync(new URL("gold.json", dir), "utf8")) as {
  entities: { name: string; type: EntityType; title?: string; affiliation?: string; mentions: string[] }[];
};

/** Every occurrence of every gold mention string, longest first, as entity annotations. */
function goldEntities(): EntitySpec[] {
  const forms = gold.entities.flatMap((e) => e.mentions.map((m) => ({ m, type: e.type }))).sort((a, b) => b.m.length - a.m.length);
  const taken: [number, number][] = [];
  const specs: { spec: EntitySpec; at: number }[] = [];
  for (const { m, type } of forms) {
    const re = new RegExp(`(?<![\\w-])${m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "g");
    let occurrence = -1;
    for (let x = re.exec(text); x; x = re.exec(text)) {
      occurrence = countBefore(m, x.index);
      const s = x.index;
      const e = s + m.length;
      if (taken.some(([a, b]) => a < e && s < b)) continue;
      taken.push([s, e]);
      specs.push({ spec: [m, type, occurrence], at: s });
    }
  }
  return specs.sort((a, b) => a.at - b.at).map((s) => s.spec);
}

/** Occurrence index of `m` at `at` as runActors counts them (every indexOf hit, words or not). */
function countBefore(m: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf(m); i >= 0 && i < at; i = text.indexOf(m, i + 1)) n++;
  return n;
}

const ACTOR_TYPES = new Set(["PERSON", "ORG", "NORP"]);
const COUNTRIES = new Set(["United States", "Afghanistan", "Qatar"]);

function checkAgainstGold(doc: Document) {
  for (const g of gold.entities) {
    if (!ACTOR_TYPES.has(g.type) && !COUNTRIES.has(g.name)) continue;
    const holders = actors(doc).filter((a) => mentionTexts(doc, a).some((t) => g.mentions.includes(t) || g.mentions.some((m) => t.startsWith(m))));
    expect(holders.length, `${g.name}: one actor holds its mentions`).toBeGreaterThanOrEqual(1);
    const main = holders[0]!;
    for (const m of g.mentions) expect(mentionTexts(doc, main).some((t) => t.includes(m)), `${g.name}: mention "${m}"`).toBe(true);
  }
  const muttaqi = actorNamed(doc, "Amir Khan Muttaqi")!;
  expect(muttaqi.data).toMatchObject({ kind: "person", title: "foreign minister", affiliation: byDictionaryId(doc, "group:taliban")!.id, country: "AF" });
  expect(mentionTexts(doc, muttaqi)).toHaveLength(4);
  expect(actorNamed(doc, "Tom West")!.data).toMatchObject({ title: "Deputy Special Representative", affiliation: byDictionaryId(doc, "gov:US:state")!.id });
  expect(actorNamed(doc, "Sarah Charles")!.data).toMatchObject({ title: "top USAID humanitarian official", affiliation: byDictionaryId(doc, "gov:US:usaid")!.id });
  expect(byDictionaryId(doc, "media:bakhtar")!.data).toMatchObject({ kind: "media", country: "AF" });
  expect(byDictionaryId(doc, "media:afp")!.data.kind).toBe("media");
  const official = actors(doc).find((a) => a.data.kind === "person" && a.data.title === "official")!;
  expect(mentionTexts(doc, official)).toEqual(["a US State Department official", "the official"]);
  expect(official.data).toMatchObject({ country: "US", affiliation: byDictionaryId(doc, "gov:US:state")!.id });
  // Exactly the four people of the article: no person made of a place, a title or a headline word.
  expect(actors(doc).filter((a) => a.data.kind === "person").map((a) => a.data.name).sort()).toEqual(["Amir Khan Muttaqi", "Sarah Charles", "Tom West", "US State Department official"]);
  // Places are places, not actors.
  for (const place of ["Doha", "Kabul", "Jalalabad", "Parwan"]) expect(actors(doc).some((a) => a.data.name === place)).toBe(false);
}

describe("founding article", () => {
  it("matches the gold entities with a spaCy-style entity layer", () => {
    checkAgainstGold(runActors(text, goldEntities()));
  });

  it("matches the gold entities with no entity layer", () => {
    checkAgainstGold(runActors(text));
  });
});
