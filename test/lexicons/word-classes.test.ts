import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseWordClasses, stageWordClasses } from "../../src/lexicons/word-classes.js";

const HEADER = "# source: written for a test\n# license: CC0\n# version: 2026-12-06\nid\tclass\twords\tnotes\n";
const good = `${HEADER}wc:a\tkill-verbs\tkill|killed|Killed\twhat kills\nwc:b\ttime-words\ta.m.|o'clock\twhat tells the time\n`;

describe("word classes as data", () => {
  it("gives each class its words exactly as written, the same Set on every ask", () => {
    const classes = parseWordClasses(good);
    expect([...classes.get("kill-verbs")]).toEqual(["kill", "killed", "Killed"]);
    expect(classes.get("time-words").has("o'clock")).toBe(true);
    expect(classes.get("kill-verbs")).toBe(classes.get("kill-verbs"));
    expect(classes.names).toEqual(["kill-verbs", "time-words"]);
  });

  it("throws for a class the file does not have instead of giving an empty set", () => {
    expect(() => parseWordClasses(good).get("kill-verb")).toThrow(/no word class kill-verb/);
  });

  it("rejects a repeated id, a repeated class, an empty class, an empty word and a row without a note", () => {
    expect(() => parseWordClasses(`${good}wc:a\tother\tx\tnote\n`)).toThrow(/duplicate id wc:a/);
    expect(() => parseWordClasses(`${good}wc:c\tkill-verbs\tx\tnote\n`)).toThrow(/class kill-verbs is given twice/);
    expect(() => parseWordClasses(`${good}wc:c\t\\N\tx\tnote\n`)).toThrow(/class "" is empty/);
    expect(() => parseWordClasses(`${good}wc:c\tKill Verbs\tx\tnote\n`)).toThrow(/not a lower-case hyphenated name/);
    expect(() => parseWordClasses(`${good}wc:c\tnone\t\\N\tnote\n`)).toThrow(/class none has no words/);
    expect(() => parseWordClasses(`${good}wc:c\tgap\tx||y\tnote\n`)).toThrow(/class gap has no words or an empty one/);
    expect(() => parseWordClasses(`${good}wc:c\tbare\tx\t\\N\n`)).toThrow(/class bare has no note/);
  });

  it("rejects a file without its provenance or whose version is no plain date", () => {
    expect(() => parseWordClasses(good.replace("# license: CC0\n", ""))).toThrow(/no "# license:" header/);
    expect(() => parseWordClasses(good.replace("2026-12-06", "2026-12-06 (moved)"))).toThrow(/plain date/);
  });
});

/** Every `<X>_WORDS.get("class")` of the stages' code, by the stage whose word classes `<X>_WORDS` holds. */
function classesAskedFor(): Map<string, Set<string>> {
  const src = fileURLToPath(new URL("../../src/", import.meta.url));
  const asked = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".ts")) {
        const text = readFileSync(path, "utf8");
        const holders = new Map([...text.matchAll(/const (\w+) = stageWordClasses\("([a-z-]+)"\)/g)].map((m) => [m[1]!, m[2]!] as const));
        for (const [holder, stage] of holders) {
          for (const m of text.matchAll(new RegExp(`\\b${holder}\\.get\\("([^"]+)"\\)`, "g"))) {
            const set = asked.get(stage) ?? new Set<string>();
            set.add(m[1]!);
            asked.set(stage, set);
          }
        }
        if (/stageWordClasses\(/.test(text) && holders.size === 0 && !path.endsWith(join("lexicons", "word-classes.ts"))) throw new Error(`${relative(src, path)}: stageWordClasses not held in a module constant`);
      }
    }
  };
  walk(src);
  return asked;
}

describe("the stages' word-classes.tsv files", () => {
  const asked = classesAskedFor();

  it("are asked for by the code", () => {
    expect(asked.size).toBeGreaterThan(0);
  });

  for (const [stage, names] of asked) {
    it(`${stage}: has every class its code asks for, each used by the code, none empty`, () => {
      const classes = stageWordClasses(stage);
      expect([...names].filter((n) => !classes.names.includes(n))).toEqual([]);
      expect(classes.names.filter((n) => !names.has(n))).toEqual([]);
      for (const n of classes.names) expect(classes.get(n).size).toBeGreaterThan(0);
    });
  }
});
